# SPDX-License-Identifier: GPL-3.0-or-later
"""A fleet of lab boxes managed by real ansible-playbook (lab.fleet and
bench/fleet).

    fleet-ctl (controller: ansible-playbook, bridge fbr 10.77.0.1/24)
      ├── fbr-fleet-b01 ── eth0 fleet-b01 10.77.0.11  bywayd --remote-listen 10.77.0.11:7443
      ├── fbr-fleet-b02 ── eth0 fleet-b02 10.77.0.12  bywayd ...
      └── ...

Each box is a namespace with its own bywayd (own socket, config and state
dir) listening for remote clients; the controller reaches them over the
bridge. Each box gets an admin token (bywayctl token create, as an admin
does at the box) and its certificate's fingerprint is read from bywayctl
status, as docs/deploy.md says. The collection in ansible/ is built with
ansible-galaxy and installed into a temp collections path."""

import concurrent.futures
import glob
import json
import os
import shutil
import subprocess

from . import paths
from .lab import LabError

CONTROLLER = "fleet-ctl"
BRIDGE = "fbr"
SUBNET = "10.77.0"
CONTROLLER_ADDRESS = f"{SUBNET}.1"
PORT = 7443
COLLECTION_SOURCE = os.path.join(paths.SOURCE_DIR, "ansible")
PLAYBOOKS = os.path.join(paths.SOURCE_DIR, "tests", "lab", "fleet")
MAX_BOXES = 200


def tools_problem():
    for tool in ("ansible-playbook", "ansible-galaxy"):
        if shutil.which(tool) is None:
            return f"`{tool}` is not installed (Debian package ansible-core; bash scripts/dev.sh deps)"
    return None


def box_name(i):
    return f"fleet-b{i:02d}"


class Box:
    def __init__(self, name, address, daemon):
        self.name = name
        self.address = address
        self.daemon = daemon
        self.token = None
        self.fingerprint = None


class Fleet:
    """`count` boxes in `lab`; run(...) runs a playbook over them."""

    def __init__(self, lab, count, debug=None):
        if not 1 <= count <= MAX_BOXES:
            raise LabError(f"fleet size {count}: 1..{MAX_BOXES}")
        self.lab = lab
        # Before the threads below: the lab's temp dir is made on first use, not thread-safely.
        self.dir = lab.make_tmpdir("fleet")
        lab.add_node(CONTROLLER)
        lab.bridge(CONTROLLER, BRIDGE)
        lab.addr(CONTROLLER, BRIDGE, f"{CONTROLLER_ADDRESS}/24")
        names = [box_name(i + 1) for i in range(count)]
        for i, name in enumerate(names):
            lab.add_node(name)
            lab.plug(name, "eth0", CONTROLLER, BRIDGE)
            lab.addr(name, "eth0", f"{SUBNET}.{11 + i}/24")
            lab.route(name, "default", "via", CONTROLLER_ADDRESS)

        def start(i_name):
            i, name = i_name
            address = f"{SUBNET}.{11 + i}"
            d = lab.start_bywayd(name, name=f"fleet-{lab.pid}-{name}", debug=debug, ready_timeout=60,
                                 extra_args=["--remote-listen", f"{address}:{PORT}"])
            box = Box(name, address, d)
            made = d.ctl("-o", "json", "token", "create", "--role", "admin", "--name", "ansible")
            if made.returncode != 0:
                raise LabError(f"{name}: token create: {made.stderr.strip()}")
            box.token = json.loads(made.stdout)["token"]
            status = d.ctl("-o", "json", "status")
            if status.returncode != 0:
                raise LabError(f"{name}: status: {status.stderr.strip()}")
            box.fingerprint = json.loads(status.stdout)["remote"]["fingerprintSha256"]
            return box

        # bywayd start-up (TLS key, first probe) dominates: a few at a time.
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            self.boxes = list(pool.map(start, enumerate(names)))
        self.collections = os.path.join(self.dir, "collections")
        self.install_collection()

    # --- the collection, as an admin installs it ------------------------------

    def install_collection(self):
        dist = os.path.join(self.dir, "dist")
        self._run_tool(["ansible-galaxy", "collection", "build", COLLECTION_SOURCE, "--output-path", dist])
        tarballs = glob.glob(os.path.join(dist, "byway-appliance-*.tar.gz"))
        if len(tarballs) != 1:
            raise LabError(f"ansible-galaxy built {tarballs or 'nothing'} in {dist}")
        self._run_tool(["ansible-galaxy", "collection", "install", "--offline", tarballs[0], "-p", self.collections])

    def env(self, forks=None):
        env = dict(os.environ)
        env.update({
            "ANSIBLE_COLLECTIONS_PATH": self.collections,
            "ANSIBLE_HOME": os.path.join(self.dir, "ansible-home"),
            "ANSIBLE_LOCAL_TEMP": os.path.join(self.dir, "ansible-tmp"),
            # The lab's own (tests/lab/fleet/callback_plugins): ansible-core has no JSON one.
            "ANSIBLE_CALLBACK_PLUGINS": os.path.join(PLAYBOOKS, "callback_plugins"),
            "ANSIBLE_STDOUT_CALLBACK": "lab_json",
            "ANSIBLE_NOCOLOR": "1",
            "ANSIBLE_RETRY_FILES_ENABLED": "0",
            "ANSIBLE_FORKS": str(forks or min(len(self.boxes), 20)),
        })
        return env

    def _run_tool(self, argv):
        p = subprocess.run(argv, capture_output=True, text=True, timeout=120, env=self.env())
        if p.returncode != 0:
            raise LabError(f"{' '.join(argv)} failed ({p.returncode}): {p.stderr.strip() or p.stdout.strip()}")
        return p

    # --- inventory and runs ---------------------------------------------------

    def inventory(self, host_vars=None):
        """The inventory shape docs/deploy.md shows: hosts with connection
        local, each with byway_host/port/token/fingerprint (+ `host_vars`)."""
        hosts = {}
        for b in self.boxes:
            hosts[b.name] = {"byway_host": b.address, "byway_port": PORT, "byway_token": b.token,
                             "byway_fingerprint": b.fingerprint, **((host_vars or {}).get(b.name) or {})}
        doc = {"byway": {"hosts": hosts, "vars": {"ansible_connection": "local",
                                                  "ansible_python_interpreter": "/usr/bin/python3"}}}
        path = os.path.join(self.dir, f"inventory-{len(os.listdir(self.dir))}.yml")
        with open(path, "w") as f:
            json.dump(doc, f, indent=2)  # JSON is YAML
        os.chmod(path, 0o600)  # it holds tokens
        return path

    def run(self, playbook="site.yml", host_vars=None, extra_vars=None, args=(), forks=None, timeout=240):
        """One ansible-playbook run in the controller namespace. Returns
        (exit code, the lab_json callback's document)."""
        argv = ["ansible-playbook", "-i", self.inventory(host_vars), os.path.join(PLAYBOOKS, playbook), *args]
        if extra_vars:
            argv += ["-e", json.dumps(extra_vars)]
        p = self.lab.run(CONTROLLER, *argv, check=False, timeout=timeout, env=self.env(forks))
        try:
            out = json.loads(p.stdout)
        except ValueError:
            raise LabError(f"ansible-playbook printed no JSON (exit {p.returncode}):\n{p.stdout[-3000:]}\n"
                           f"{p.stderr[-3000:]}")
        return p.returncode, out

    def nft_table(self, box):
        """`nft list table inet byway` in the box's namespace ('' when there is none)."""
        p = self.lab.run(box.name, "nft", "list", "table", "inet", "byway", check=False)
        return p.stdout if p.returncode == 0 else ""


def task_results(out, task_name):
    """{host: result} of the task named `task_name` in a lab_json document."""
    for play in out.get("plays", []):
        for task in play.get("tasks", []):
            if task["task"]["name"] == task_name:
                return task["hosts"]
    return {}
