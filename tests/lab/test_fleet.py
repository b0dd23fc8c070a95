#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Five lab boxes, each a namespace with its own bywayd --remote-listen,
managed by real ansible-playbook (ansible-core) through the byway.appliance
collection built from ansible/ with ansible-galaxy: one playbook run per
step, checked from its JSON output and from each box's kernel.

  1. first run: 5 changed, every kernel holds the pool's masquerade;
  2. the same again: 0 changed, zero kernel writes;
  3. --check --diff with another pool (and a whole config document the
     role-level options merge into): 5 "changed", no kernel touched;
  4. a bad pool on 2 hosts: exactly those fail, naming /pools/0/subnet; the
     other 3 hold the new config;
  4b. a wrong fingerprint fails that host before its token is sent;
  4c. someone else stores a config between the task's read and its apply
     (the installed module run in the controller's namespace, the other
     writer slipped in before its config.apply): the task fails with
     `conflict`, changed false, and the box keeps the other writer's config;
  5. (step_health_rollback, on when bywayd has the health-checked confirm)
     a check that cannot pass on one box rolls back that box only."""

import json
import os
import subprocess
import sys

from bywaylab import testing
from bywaylab.fleet import CONTROLLER, CONTROLLER_ADDRESS, PORT, Fleet, task_results, tools_problem
from bywaylab.lab import connect_in
from bywaylab.testing import LabTestCase

BOXES = 5
CONFIG_TASK = "Desired config"
FACTS_TASK = "Facts"

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "ansible", "plugins",
                                "module_utils"))


# byway_config as ansible runs it (the installed collection, its args from
# the JSON in argv[2]), with another writer's config.set slipped in just
# before its config.apply: it read the config and planned, then lost the race.
RACE = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from ansible.module_utils import basic
from ansible.module_utils.common.text.converters import to_bytes
args = json.loads(sys.argv[2])
basic._ANSIBLE_ARGS = to_bytes(json.dumps({"ANSIBLE_MODULE_ARGS": args}))
from ansible_collections.byway.appliance.plugins.module_utils import byway_client
from ansible_collections.byway.appliance.plugins.modules import byway_config
real = byway_client.BywayClient.call
def call(self, method, params=None, timeout=None):
    if method == "config.apply":
        with byway_client.BywayClient(args["host"], args["token"], args["fingerprint"], port=args["port"]) as other:
            cfg = real(other, "config.get")["config"]
            cfg.setdefault("nat", {})["mssClamp"] = not cfg["nat"].get("mssClamp", True)
            real(other, "config.set", {"config": cfg})
    return real(self, method, params, timeout)
byway_client.BywayClient.call = call
byway_config.main()
"""


def masquerade_of(table, pool):
    """The box's nft table masquerades `pool` (the rule bywayd makes for nat.masquerade)."""
    return any(pool in line and "masquerade" in line for line in table.splitlines())


class FleetTest(LabTestCase):
    need_bywayd = True

    @classmethod
    def setUpClass(cls):
        problem = tools_problem()
        if problem:
            testing.cannot_run(problem)
        super().setUpClass()
        cls.fleet = Fleet(cls.lab, BOXES)
        cls.hosts = [b.name for b in cls.fleet.boxes]

    # --- helpers ------------------------------------------------------------

    def run_play(self, expect_rc=0, hosts=None, **kwargs):
        rc, out = self.fleet.run(**kwargs)
        self.assertEqual(rc, expect_rc, f"ansible-playbook exit {rc}; stats {out.get('stats')}\n"
                                        f"{task_results(out, CONFIG_TASK) or out}")
        self.assertEqual(sorted(out["stats"]), hosts or self.hosts, "the play did not reach every host")
        return out

    def changed_hosts(self, out):
        return sorted(h for h, s in out["stats"].items() if s["changed"])

    def failed_hosts(self, out):
        return sorted(h for h, s in out["stats"].items() if s["failures"] or s["unreachable"])

    def assertKernels(self, pools):
        """Each box's kernel masquerades exactly its pool from `pools` ({host: pool}; None: none of them)."""
        for box in self.fleet.boxes:
            table = self.fleet.nft_table(box)
            want = pools[box.name]
            if want is not None:
                self.assertTrue(masquerade_of(table, want), f"{box.name}: no masquerade of {want} in\n{table}")
            for other in set(pools.values()) - {want, None}:
                self.assertFalse(masquerade_of(table, other), f"{box.name}: still masquerades {other}:\n{table}")

    # --- the steps, in order -----------------------------------------------

    def test_fleet(self):
        self.step_first_run()
        self.step_second_run()
        self.step_check_mode()
        self.step_bad_config_isolated()
        self.step_pinned_fingerprint()
        self.step_race_conflict()

    def step_first_run(self):
        for box in self.fleet.boxes:
            self.assertEqual(self.fleet.nft_table(box), "", f"{box.name} has a byway table before the first run")
        out = self.run_play()
        self.assertEqual(self.changed_hosts(out), self.hosts, "first run: every box changes")
        printed = json.dumps(out)
        for box in self.fleet.boxes:
            self.assertNotIn(box.token.split("_")[2], printed, "a token is in ansible-playbook's output")
        for host, r in task_results(out, CONFIG_TASK).items():
            self.assertTrue(r["changed"], r)
            self.assertGreater(r["writes"], 0, r)
            self.assertTrue(r["config_changed"], r)
            self.assertEqual(r["plan"]["nft_action"], "create", r)
        for host, r in task_results(out, FACTS_TASK).items():
            facts = r["ansible_facts"]["byway"]
            self.assertEqual(facts["role"], "vpn-gateway", facts)
            self.assertEqual(facts["apply"]["state"], "applied", facts)
            self.assertEqual(facts["findings"]["error"], [], facts)
            self.assertIn(facts["mode"], ("standard", "compat", "limited"), facts)
            self.assertIsNone(facts["pending"], facts)
            self.assertGreaterEqual(facts["revision"], 1, facts)
        self.assertKernels({h: "10.20.0.0/24" for h in self.hosts})
        type(self).revisions = {h: r["revision"] for h, r in task_results(out, CONFIG_TASK).items()}

    def step_second_run(self):
        out = self.run_play()
        self.assertEqual(self.changed_hosts(out), [], "second run: nothing changes")
        for host, r in task_results(out, CONFIG_TASK).items():
            self.assertFalse(r["changed"], r)
            self.assertEqual(r["writes"], 0, r)
            self.assertFalse(r["config_changed"], r)
            self.assertFalse(r["plan"]["changes"], r)
            self.assertEqual(r["revision"], self.revisions[host], r)
        self.assertKernels({h: "10.20.0.0/24" for h in self.hosts})

    def step_check_mode(self):
        before = {b.name: self.fleet.nft_table(b) for b in self.fleet.boxes}
        # The whole-document form too, as a JSON string: the role-level options merge into it.
        document = {"version": 1, "role": "none", "capture": {"mtu": 1280}}
        out = self.run_play(extra_vars={"byway_pool": "10.21.0.0/24", "byway_config": json.dumps(document)},
                            args=["--check", "--diff"])
        self.assertEqual(self.changed_hosts(out), self.hosts, "check mode reports the change on every box")
        for host, r in task_results(out, CONFIG_TASK).items():
            self.assertTrue(r["changed"], r)
            self.assertEqual(r["writes"], 0, r)
            self.assertTrue(r["plan"]["changes"], r)
            self.assertIn("10.21.0.0/24", r["plan"]["text"], r)
            diff = r["diff"]
            self.assertIn("10.20.0.0/24", diff[0]["before"])
            self.assertIn("10.21.0.0/24", diff[0]["after"])
            self.assertIn('"mtu": 1300', diff[0]["before"])
            self.assertIn('"mtu": 1280', diff[0]["after"])
            self.assertIn('"role": "vpn-gateway"', diff[0]["after"])
            # As bywayd reads it (config.plan withConfig): defaults the document did not name filled in.
            self.assertIn('"tableBase": 2100', diff[0]["after"])
            self.assertIn("10.21.0.0/24", diff[1]["prepared"])
            self.assertEqual(r["revision"], self.revisions[host], r)
        for box in self.fleet.boxes:
            # Rules carry counters; the ruleset itself must be what it was.
            strip = lambda t: [l for l in t.splitlines() if "counter" not in l]  # noqa: E731
            self.assertEqual(strip(self.fleet.nft_table(box)), strip(before[box.name]),
                             f"{box.name}: check mode changed the kernel")
        self.assertKernels({h: "10.20.0.0/24" for h in self.hosts})
        for box in self.fleet.boxes:
            got = self.ctl_json(box.daemon, "config", "get")
            self.assertEqual(got["revision"], self.revisions[box.name], "check mode stored a config")

    def step_bad_config_isolated(self):
        bad = self.hosts[1:3]
        host_vars = {h: {"byway_pool": "10.22.0.5/24" if h in bad else "10.22.0.0/24"} for h in self.hosts}
        out = self.run_play(expect_rc=2, host_vars=host_vars)
        self.assertEqual(self.failed_hosts(out), bad, "exactly the hosts with the bad pool fail")
        results = task_results(out, CONFIG_TASK)
        for host in bad:
            r = results[host]
            self.assertTrue(r.get("failed"), r)
            self.assertTrue(r["msg"].startswith("validation_failed: "), r["msg"])
            self.assertIn("/pools/0/subnet", r["msg"])
            self.assertEqual(r["error"]["code"], "validation_failed", r)
            self.assertIn("/pools/0/subnet", [e["path"] for e in r["error"]["errors"]], r)
        for host in set(self.hosts) - set(bad):
            self.assertTrue(results[host]["changed"], results[host])
        self.assertKernels({h: "10.20.0.0/24" if h in bad else "10.22.0.0/24" for h in self.hosts})
        for box in self.fleet.boxes:
            if box.name in bad:
                got = self.ctl_json(box.daemon, "config", "get")
                self.assertEqual(got["revision"], self.revisions[box.name], f"{box.name}: a refused config was stored")

    def step_pinned_fingerprint(self):
        """Another certificate than the pinned one: the task fails before the token is sent."""
        box = self.fleet.boxes[-1]
        tokens = lambda: self.ctl_json(box.daemon, "token", "list")["tokens"]  # noqa: E731
        before = tokens()
        wrong = ":".join(["00"] * 32)
        out = self.run_play(expect_rc=2, hosts=[box.name], args=["--limit", box.name, "--tags", "facts"],
                            host_vars={box.name: {"byway_fingerprint": wrong}})
        r = task_results(out, FACTS_TASK)[box.name]
        self.assertTrue(r["msg"].startswith("fingerprint_mismatch: "), r)
        self.assertIn(box.fingerprint, r["msg"])
        self.assertEqual(r["error"]["field"], "fingerprint", r)
        self.assertEqual(tokens(), before, "the token was used although the certificate did not match")

    def step_race_conflict(self):
        box = self.fleet.boxes[-1]
        before = self.ctl_json(box.daemon, "config", "get")
        args = {"host": box.address, "port": PORT, "token": box.token, "fingerprint": box.fingerprint,
                "role": "vpn-gateway", "wan": ["eth0"], "tunnels": ["vpns*"],
                "pools": [{"name": "vpn", "subnet": "10.24.0.0/24", "users": []}],
                "masquerade": [{"source": "10.24.0.0/24", "out": "eth0"}]}
        p = self.lab.run(CONTROLLER, "/usr/bin/python3", "-c", RACE, self.fleet.collections, json.dumps(args),
                         check=False, timeout=120, env=self.fleet.env())
        try:
            r = json.loads(p.stdout.strip().splitlines()[-1])
        except (ValueError, IndexError):
            self.fail(f"the module printed no result (exit {p.returncode}):\n{p.stdout}\n{p.stderr}")
        self.assertTrue(r.get("failed"), r)
        self.assertEqual(r["error"]["code"], "conflict", r)
        self.assertTrue(r["msg"].startswith("conflict: ") and "changed since revision" in r["msg"], r)
        self.assertFalse(r["changed"], r)
        self.assertEqual(r["revision"], before["revision"], r)
        after = self.ctl_json(box.daemon, "config", "get")
        self.assertEqual(after["revision"], before["revision"] + 1, "the other writer's store")
        self.assertEqual(after["config"]["nat"]["mssClamp"], not before["config"]["nat"]["mssClamp"],
                         "the other writer's config was replaced")
        self.assertNotIn("10.24.0.0/24", json.dumps(after["config"]), "the task's config was stored after all")
        self.assertFalse(masquerade_of(self.fleet.nft_table(box), "10.24.0.0/24"), "the task's pool reached the kernel")

    def test_docs(self):
        """ansible-doc reads both modules from the installed collection."""
        for module in ("byway_config", "byway_facts"):
            p = subprocess.run(["ansible-doc", f"byway.appliance.{module}"], capture_output=True, text=True,
                               timeout=120, env=self.fleet.env())
            self.assertEqual(p.returncode, 0, f"ansible-doc {module}: {p.stderr}")
            for text in ("fingerprint", "EXAMPLES", "RETURN VALUES"):
                self.assertIn(text, p.stdout, f"ansible-doc {module}")

    # --- health-checked confirm -------------------------------------------

    def test_health_rollback(self):
        self.step_health_rollback()

    def step_health_rollback(self):
        """A config whose health check fails rolls back on that box only."""
        problem = self.confirm_problem()
        if problem:
            self.fail(f"step_health_rollback cannot run: {problem}")
        # What each box holds now (the earlier steps left two pools around).
        pools = {}
        for box in self.fleet.boxes:
            held = self.ctl_json(box.daemon, "config", "get")["config"]["pools"]
            pools[box.name] = held[0]["subnet"] if held else None
        # A TCP service on the controller the good boxes' checks reach; port 9
        # (closed: the kernel answers RST) for the one that must roll back.
        self.lab.start_web(CONTROLLER, CONTROLLER_ADDRESS, port=8080)
        loser = self.hosts[0]

        def confirm(port):
            return {"withinSec": 4, "wait": True,
                    "checks": [{"kind": "tcp", "target": f"{CONTROLLER_ADDRESS}:{port}", "timeoutMs": 500}]}

        host_vars = {h: {"byway_pool": "10.23.0.0/24", "byway_confirm": confirm(9 if h == loser else 8080)}
                     for h in self.hosts}
        out = self.run_play(expect_rc=2, host_vars=host_vars)
        self.assertEqual(self.failed_hosts(out), [loser], "only the box whose check fails")
        results = task_results(out, CONFIG_TASK)
        r = results[loser]
        self.assertTrue(r["msg"].startswith("rolled_back: "), r)
        self.assertEqual(r["confirm"]["state"], "rolled_back", r)
        self.assertEqual(r["error"]["code"], "rolled_back", r)
        for host in set(self.hosts) - {loser}:
            self.assertTrue(results[host]["changed"], results[host])
            self.assertEqual(results[host]["confirm"]["state"], "confirmed", results[host])
        self.assertKernels({h: pools[h] if h == loser else "10.23.0.0/24" for h in self.hosts})

    def confirm_problem(self):
        """None when bywayd takes `confirm` on config.apply: an invalid one is
        refused naming /confirm. An older bywayd ignores the parameter and
        applies the (stored, so unchanged) config."""
        from byway_client import BywayClient, BywayError
        box = self.fleet.boxes[0]
        # The collection's own client, connected from the controller's namespace.
        sock = connect_in(self.lab.ns(CONTROLLER), box.address, PORT)
        with BywayClient(box.address, box.token, box.fingerprint, port=PORT, sock=sock) as client:
            stored = client.call("config.get")["config"]
            try:
                client.call("config.apply", {"config": stored, "confirm": {"withinSec": 0, "checks": []}})
            except BywayError as e:
                if (e.field or "").startswith("/confirm"):
                    return None
                return f"config.apply with an invalid confirm: {e.text()}"
        return "this bywayd ignores config.apply's `confirm` (no health-checked confirm: merge h-confirm)"


if __name__ == "__main__":
    testing.main()
