# SPDX-License-Identifier: GPL-3.0-or-later
"""unittest glue for lab tests: a base class that builds a lab per test class,
and a main() that reports "skipped" to ctest with exit code 77.

Under CI=true a test that cannot do its real part (not root, no netns, no
veth, binaries missing) fails with the reason; elsewhere it is skipped with it."""

import json
import os
import sys
import unittest

from . import paths
from .lab import Lab, requirements_problem
from .daemon import User

SKIP_RETURN_CODE = 77

# Fixed identities for authorization tests, created by the test if missing.
# System users without a home or login shell; their groups are (re)set each run.
USERS = {
    "nobody": ("bywaylab-none", []),
    "view": ("bywaylab-view", ["byway-view"]),
    # With the socket 0660 root:byway-view an admin needs byway-view to open
    # it at all; "admin-only" is in byway alone (for a world-open socket).
    "admin": ("bywaylab-admin", ["byway", "byway-view"]),
    "admin-only": ("bywaylab-adm2", ["byway"]),
}


def in_ci():
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def cannot_run(reason):
    """Skip (developer machine) or fail (CI) a test class with `reason`."""
    if in_ci():
        raise AssertionError(f"lab test cannot run under CI=true: {reason}")
    raise unittest.SkipTest(reason)


def binaries_problem(need_gui=False):
    for what, path in (("bywayd", paths.bywayd()), ("bywayctl", paths.bywayctl())):
        if not os.access(path, os.X_OK):
            return f"{what} is not built ({path})"
    if need_gui and not os.access(paths.byway_gui(), os.X_OK):
        return f"byway (GUI) is not built ({paths.byway_gui()})"
    return None


class LabTestCase(unittest.TestCase):
    """Builds `topology` (a name from topologies.BUILDERS, or None for a
    single "router" namespace) once per class; subclasses start bywayd with
    self.lab.start_bywayd(...) or cls.start_bywayd(...)."""

    topology = None
    need_bywayd = True

    @classmethod
    def setUpClass(cls):
        problem = requirements_problem() or (binaries_problem() if cls.need_bywayd else None)
        if problem:
            cannot_run(problem)
        cls.lab = Lab()
        cls.addClassCleanup(cls.lab.close)
        if cls.topology:
            from . import topologies
            cls.net = topologies.BUILDERS[cls.topology](cls.lab)
        else:
            cls.lab.add_node("router", forwarding=True)
            cls.net = {"router": "router"}

    @classmethod
    def start_bywayd(cls, name, **kwargs):
        test_file = os.path.splitext(os.path.basename(sys.modules[cls.__module__].__file__ or "lab"))[0]
        return cls.lab.start_bywayd(cls.net["router"], name=f"{test_file}-{name}", **kwargs)

    # --- assertions that say what went wrong ---------------------------------

    def assertCtl(self, proc, code=0, msg=None):
        """bywayctl exited with `code`; on mismatch show everything it printed."""
        if proc.returncode != code:
            self.fail(f"{msg or 'bywayctl'}: exit {proc.returncode}, expected {code}\n"
                      f"argv: {' '.join(proc.args)}\nstdout: {proc.stdout}\nstderr: {proc.stderr}")

    def assertOneErrorLine(self, proc, contains=()):
        """stderr holds exactly one "bywayctl: ..." reason line (field lines, indented, may follow)."""
        lines = [l for l in proc.stderr.splitlines() if l.startswith("bywayctl:")]
        self.assertEqual(len(lines), 1, f"want one reason line, stderr was:\n{proc.stderr}")
        for text in contains:
            self.assertIn(text, lines[0], f"reason line: {lines[0]}")
        return lines[0]

    def ctl_json(self, daemon, *args, user=None):
        p = daemon.ctl("-o", "json", *args, user=user)
        self.assertCtl(p)
        return json.loads(p.stdout)

    @staticmethod
    def user(kind):
        """A User (setpriv identity) for "nobody", "view" or "admin", created if missing."""
        import pwd
        import subprocess
        from .daemon import ensure_group
        name, groups = USERS[kind]
        for g in groups:
            ensure_group(g)
        try:
            pw = pwd.getpwnam(name)
        except KeyError:
            subprocess.run(["useradd", "--system", "--no-create-home", "--user-group", "--shell", "/usr/sbin/nologin",
                            name], check=True, capture_output=True)
            pw = pwd.getpwnam(name)
        # Membership in /etc/group too, for a bywayd that looks groups up by name.
        subprocess.run(["usermod", "-G", ",".join(groups), name], check=True, capture_output=True)
        return User(pw.pw_uid, groups, gid=pw.pw_gid)


def main():
    """unittest.main, but exit 77 (ctest SKIP_RETURN_CODE) when everything was skipped."""
    program = unittest.main(exit=False, verbosity=2)
    result = program.result
    if not result.wasSuccessful():
        sys.exit(1)
    if result.skipped and result.testsRun - len(result.skipped) <= 0:
        sys.exit(SKIP_RETURN_CODE)
    sys.exit(0)


def run_ctl_raw(*args, user=None):
    """bywayctl with exactly these arguments (no --socket added)."""
    import subprocess
    return subprocess.run([paths.bywayctl(), *map(str, args)], capture_output=True, text=True, timeout=30)
