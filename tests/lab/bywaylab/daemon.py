# SPDX-License-Identifier: GPL-3.0-or-later
"""bywayd inside a lab namespace, and bywayctl against it."""

import copy
import json
import os
import signal
import subprocess
import time

from . import paths
from .lab import LabError
from .rpc import RpcConnection, wait_answering


def default_config():
    """The shipped default (role none: changes nothing in the kernel)."""
    with open(paths.default_config_file()) as f:
        return json.load(f)


class Bywayd:
    """One bywayd process in `node`, with its socket, config and state in a
    fresh temp dir and its output kept as an artifact (artifacts/<name>.log)."""

    def __init__(self, lab, node, name="bywayd", config=None, socket_mode=None, socket_group=None,
                 debug=None, extra_args=(), ready_timeout=15):
        self.lab = lab
        self.node = node
        self.name = name
        self.config = copy.deepcopy(config) if config is not None else default_config()
        self.socket_mode = socket_mode
        self.socket_group = socket_group
        self.debug = debug
        self.extra_args = list(extra_args)
        self.ready_timeout = ready_timeout
        self.dir = lab.make_tmpdir(name)
        self.socket = os.path.join(self.dir, "bywayd.sock")
        self.config_path = os.path.join(self.dir, "byway.json")
        self.state_dir = os.path.join(self.dir, "state")
        self.log_path = os.path.join(paths.artifacts_dir(), f"{name}.log")
        self.process = None
        self.returncode = None

    def argv(self):
        argv = [paths.bywayd(), "--socket", self.socket, "--config", self.config_path,
                "--state-dir", self.state_dir]
        if self.socket_mode is not None:
            argv += ["--socket-mode", self.socket_mode]
        if self.socket_group is not None:
            argv += ["--socket-group", self.socket_group]
        if self.debug:
            argv += ["--debug", self.debug]
        return argv + self.extra_args

    def start(self):
        binary = paths.bywayd()
        if not os.access(binary, os.X_OK):
            raise LabError(f"bywayd not built at {binary} (set BYWAYD or build the bywayd target)")
        os.makedirs(self.state_dir, exist_ok=True)
        restart = self.process is not None
        if not restart:
            # A restart keeps what bywayd saved; only the first start seeds it.
            with open(self.config_path, "w") as f:
                json.dump(self.config, f, indent=2)
        log = open(self.log_path, "a" if restart else "w")
        where = "the host" if self.node is None else f"node {self.lab.ns(self.node)}"
        log.write(f"# {where}: {' '.join(self.argv())}\n")
        log.flush()
        self.process = self.lab.popen(self.node, *self.argv(), stdout=log, stderr=subprocess.STDOUT,
                                      stdin=subprocess.DEVNULL)
        log.close()
        problem = wait_answering(self.socket, self.ready_timeout, alive=lambda: self.process.poll() is None)
        if problem:
            self.stop()
            raise LabError(f"bywayd in {self.node} did not start: {problem}\n"
                           f"--- {self.log_path} (last lines) ---\n{self.log_tail()}")
        return self

    def log_text(self):
        try:
            with open(self.log_path, errors="replace") as f:
                return f.read()
        except OSError:
            return ""

    def log_tail(self, lines=30):
        return "\n".join(self.log_text().splitlines()[-lines:])

    @property
    def pid(self):
        return self.process.pid if self.process else None

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def rss_kib(self):
        """Resident set size. `ip netns exec` execs the command, so the pid is bywayd's."""
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        raise LabError("no VmRSS")

    def stop(self, timeout=5):
        """SIGTERM, then SIGKILL after `timeout`. Returns the exit code."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
                with open(self.log_path, "a") as f:
                    f.write(f"# bywaylab: no exit {timeout}s after SIGTERM, killed\n")
        self.returncode = self.process.returncode
        return self.returncode

    def rpc(self, timeout=10):
        return RpcConnection(self.socket, timeout=timeout)

    def call(self, method, params=None, timeout=10):
        with self.rpc() as c:
            return c.call(method, params, timeout=timeout)

    def ctl(self, *args, user=None, timeout=30, input=None):
        return run_ctl(self.socket, *args, user=user, timeout=timeout, input=input)

    def write_json(self, name, doc):
        """`doc` as the file `name` in this bywayd's directory (a bywayctl
        FILE argument); returns its path."""
        path = os.path.join(self.dir, name)
        with open(path, "w") as f:
            json.dump(doc, f)
        return path


class User:
    """A non-root identity for setpriv. `groups` are names (created if missing)."""

    def __init__(self, uid, groups=(), gid=None):
        self.uid = uid
        self.gid = uid if gid is None else gid
        self.groups = list(groups)

    def setpriv(self):
        """The primary group is the user's own; `groups` are supplementary,
        as for an admin added to group byway."""
        gids = [str(ensure_group(g)) for g in self.groups]
        argv = ["setpriv", "--reuid", str(self.uid), "--regid", str(self.gid)]
        argv += ["--groups", ",".join(gids)] if gids else ["--clear-groups"]
        return argv + ["--"]


def ensure_group(name):
    """The gid of `name`, created (groupadd -f) if missing. Retries because
    parallel tests can hold the /etc/group lock."""
    import grp
    for attempt in range(50):
        try:
            return grp.getgrnam(name).gr_gid
        except KeyError:
            pass
        p = subprocess.run(["groupadd", "-f", name], capture_output=True, text=True)
        if p.returncode != 0 and attempt == 49:
            raise LabError(f"groupadd -f {name}: {p.stderr.strip()}")
        time.sleep(0.1)
    return grp.getgrnam(name).gr_gid


def run_ctl(socket, *args, user=None, timeout=30, input=None, env=None):
    """Runs bywayctl against `socket` (as `user`, a User, when given)."""
    binary = paths.bywayctl()
    if not os.access(binary, os.X_OK):
        raise LabError(f"bywayctl not built at {binary} (set BYWAYCTL or build the bywayctl target)")
    argv = [binary, "--socket", socket, *map(str, args)]
    run_env = dict(os.environ if env is None else env)
    if user is not None:
        argv = user.setpriv() + argv
        # Nothing of root's home for the other user.
        run_env["HOME"] = "/tmp"
        run_env.pop("XDG_RUNTIME_DIR", None)
    return subprocess.run(argv, capture_output=True, text=True, timeout=timeout, input=input, env=run_env)
