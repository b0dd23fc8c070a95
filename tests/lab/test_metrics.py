#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""lab.metrics: bywayd's Prometheus endpoint scraped by a real Prometheus.

bywayd runs in the router namespace with --metrics-listen 127.0.0.1:9477 and
the compat capture carrying the client's pool (upstream has no route back to
the pool: only the capture's own sockets reach it). A real Prometheus (the
Debian package) runs in the same namespace, scrapes every second and loads the
shipped alert rules. Checked: the endpoint's text is valid exposition format
(every sample has a TYPE, counters end in _total), 404/405, loopback only,
nothing listens without the option; the same over the TLS listener with a
view token (401 without one); Prometheus sees both targets up and the
capture's byte counters rise by what a real download carried (within 10%);
every shipped rule is healthy, promtool accepts the file, a removed nftables
table is counted as nft drift, BywayRollback fires after a rollback; the
Grafana dashboard asks only for metrics bywayd exports. About 12 s."""

import json
import math
import os
import re
import shutil
import subprocess
import time

from bywaylab import topologies
from bywaylab.testing import LabTestCase, cannot_run, main

SOURCE = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
MONITORING = os.path.join(SOURCE, "packaging", "monitoring")
RULES = os.path.join(MONITORING, "byway-alerts.yml")
DASHBOARD = os.path.join(MONITORING, "grafana-dashboard.json")
METRICS = "127.0.0.1:9477"
REMOTE = "127.0.0.1:7443"
PROMETHEUS = "127.0.0.1:9090"
WEB_PORT = 8080
DOWNLOAD = 16 << 20

_SAMPLE = re.compile(r"^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$")
_LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(,|$)')


def parse_exposition(text):
    """{family: {"type", "help", "samples": [(name, labels, value)]}}; an
    AssertionError names the first line that is not text format 0.0.4."""
    families = {}
    for n, line in enumerate(text.splitlines(), 1):
        if line.startswith("# HELP "):
            name, _, help_text = line[7:].partition(" ")
            families.setdefault(name, {"samples": []})["help"] = help_text
            continue
        if line.startswith("# TYPE "):
            name, _, kind = line[7:].partition(" ")
            f = families.setdefault(name, {"samples": []})
            assert "type" not in f and not f["samples"], f"line {n}: TYPE of {name} again or after its samples"
            assert kind in ("counter", "gauge", "histogram", "summary", "untyped"), f"line {n}: type {kind}"
            f["type"] = kind
            continue
        assert line and not line.startswith("#"), f"line {n}: {line!r}"
        m = _SAMPLE.match(line)
        assert m, f"line {n} is not a sample: {line!r}"
        name, labels_text, value = m.groups()
        labels = {}
        pos = 0
        while labels_text and pos < len(labels_text):
            lm = _LABEL.match(labels_text, pos)
            assert lm, f"line {n}: bad labels {labels_text!r}"
            labels[lm.group(1)] = re.sub(r"\\(.)", lambda e: "\n" if e.group(1) == "n" else e.group(1), lm.group(2))
            pos = lm.end()
        v = float(value)  # accepts +Inf, -Inf, NaN
        family = name
        if family not in families:
            for suffix in ("_bucket", "_sum", "_count"):
                if name.endswith(suffix) and families.get(name[:-len(suffix)], {}).get("type") == "histogram":
                    family = name[:-len(suffix)]
        assert family in families and "type" in families[family], f"line {n}: {name} has no # TYPE before it"
        families[family]["samples"].append((name, labels, v))
    return families


class MetricsTest(LabTestCase):
    topology = "client-router-upstream"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        for tool in ("prometheus", "promtool", "curl", "ss"):
            if shutil.which(tool) is None:
                cannot_run(f"{tool} is missing (Debian package prometheus / curl / iproute2: scripts/deps.txt)")
        lab = cls.lab
        # Only the capture can carry the pool: upstream has no way back to it.
        lab.ip("upstream", "route", "del", "10.0.1.0/24")
        lab.start_web("upstream", topologies.WEB_V4, port=WEB_PORT, body="x" * DOWNLOAD)
        cls.d = cls.start_bywayd("router", extra_args=["--metrics-listen", METRICS, "--remote-listen", REMOTE])
        # The same metrics over the TLS listener, for a Prometheus with a view token.
        cls.token = cls.d.call("token.create", {"name": "prometheus", "role": "view"})["token"]
        cls.config = {
            "version": 1, "role": "vpn-gateway", "capture": {"mode": "on"},
            "interfaces": {"wan": ["wan0"], "tunnels": ["lan*"]},
            "pools": [{"name": "l2tp", "subnet": "10.0.1.0/24",
                       "users": [{"name": "alice", "address": cls.net["client"]}]}],
            "nat": {"masquerade": [{"source": "10.0.1.0/24", "out": "wan0"}]}}
        cls.d.call("config.apply", {"config": cls.config})
        cls.start_prometheus()

    @classmethod
    def start_prometheus(cls):
        tmp = cls.lab.make_tmpdir("prometheus-metrics")
        config = os.path.join(tmp, "prometheus.yml")
        with open(config, "w") as f:
            f.write("global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n  evaluation_interval: 1s\n"
                    f"rule_files:\n  - {RULES}\n"
                    f"scrape_configs:\n  - job_name: byway\n    static_configs:\n      - targets: ['{METRICS}']\n"
                    "  - job_name: byway-tls\n    scheme: https\n    tls_config:\n      insecure_skip_verify: true\n"
                    f"    authorization:\n      credentials: {cls.token}\n"
                    f"    static_configs:\n      - targets: ['{REMOTE}']\n")
        cls.prom_log = os.path.join(tmp, "prometheus.log")
        with open(cls.prom_log, "w") as log:
            cls.prom = cls.lab.popen("router", "prometheus", f"--config.file={config}",
                                     f"--storage.tsdb.path={os.path.join(tmp, 'data')}",
                                     f"--web.listen-address={PROMETHEUS}", stdout=log, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if cls.http("router", f"http://{PROMETHEUS}/-/ready")[0] == 200:
                return
            if cls.prom.poll() is not None:
                break
            time.sleep(0.2)
        raise AssertionError(f"prometheus did not become ready:\n{cls.prom_log_tail()}")

    @classmethod
    def prom_log_tail(cls):
        with open(cls.prom_log, errors="replace") as f:
            return "\n".join(f.read().splitlines()[-20:])

    @classmethod
    def http(cls, node, url, *curl_args):
        """(status, body) of a request with curl from `node`; status 0 when it could not connect."""
        p = cls.lab.run(node, "curl", "-s", "-g", "--max-time", 5, "--noproxy", "*", "-o", "-",
                        "-w", "\n%{http_code}", *curl_args, url, check=False, timeout=15)
        body, _, code = p.stdout.rpartition("\n")
        return int(code or 0), body

    def scrape(self):
        status, text = self.http("router", f"http://{METRICS}/metrics")
        self.assertEqual(status, 200, text)
        return parse_exposition(text)

    def query(self, expr):
        """The instant vector of `expr` in Prometheus: [(labels, value)]."""
        status, body = self.http("router", f"http://{PROMETHEUS}/api/v1/query", "-G", "--data-urlencode",
                                 f"query={expr}")
        self.assertEqual(status, 200, body)
        reply = json.loads(body)
        self.assertEqual(reply["status"], "success", reply)
        return [(r["metric"], float(r["value"][1])) for r in reply["data"]["result"]]

    def wait_value(self, expr, pred, timeout=15, what=""):
        deadline = time.monotonic() + timeout
        seen = None
        while time.monotonic() < deadline:
            result = self.query(expr)
            seen = result[0][1] if result else None
            if seen is not None and pred(seen):
                return seen
            time.sleep(0.3)
        self.fail(f"{what or expr}: Prometheus has {seen} after {timeout}s\n{self.prom_log_tail()}")

    # --- the endpoint itself ------------------------------------------------------

    def test_1_exposition(self):
        # An error answered to a request is counted by its code.
        with self.d.rpc() as c:
            try:
                c.call("no.such.method")
            except Exception:
                pass
        families = self.scrape()
        for name, f in families.items():
            self.assertTrue(name.startswith("byway_"), name)
            self.assertIn("help", f, f"{name} has no # HELP")
            if f["type"] == "counter":
                self.assertTrue(name.endswith("_total"), f"counter {name} must end in _total")
            else:
                self.assertFalse(name.endswith("_total"), f"{f['type']} {name} must not end in _total")
        for name in ("byway_build_info", "byway_applies_total", "byway_apply_duration_seconds",
                     "byway_rollbacks_total", "byway_drift_events_total", "byway_confirm_pending",
                     "byway_probe_mode", "byway_findings", "byway_capture_active", "byway_capture_flows",
                     "byway_capture_bytes_total", "byway_capture_packets_total", "byway_capture_drops_total",
                     "byway_capture_user_bytes_total", "byway_capture_worker_packets_total",
                     "byway_capture_worker_handed_over_total", "byway_capture_left_to_kernel_total",
                     "byway_capture_offload_total", "byway_capture_udp_joined_total", "byway_path_bytes_total",
                     "byway_forward_dropped_packets_total", "byway_control_clients",
                     "byway_control_errors_total", "byway_remote_clients"):
            self.assertIn(name, families)
        value = lambda fam, **want: next(v for n, l, v in families[fam]["samples"]  # noqa: E731
                                         if n == fam and all(l.get(k) == w for k, w in want.items()))
        self.assertEqual(value("byway_capture_active"), 1)
        # The default bound (4096) fits in any file limit bywayd starts with.
        self.assertEqual(value("byway_capture_flow_limit"), 4096)
        self.assertEqual(value("byway_applies_total", action="apply", result="ok"), 1)
        self.assertGreaterEqual(value("byway_control_errors_total", code="method_not_found"), 1)
        self.assertEqual(value("byway_confirm_pending"), 0)
        # The histogram: cumulative buckets ending in +Inf = _count.
        buckets = [(l["le"], v) for n, l, v in families["byway_apply_duration_seconds"]["samples"]
                   if n.endswith("_bucket")]
        self.assertEqual(buckets[-1][0], "+Inf")
        self.assertEqual([v for _, v in buckets], sorted(v for _, v in buckets))
        count = next(v for n, _, v in families["byway_apply_duration_seconds"]["samples"] if n.endswith("_count"))
        self.assertEqual(buckets[-1][1], count)
        self.assertGreaterEqual(count, 1)
        self.assertTrue(all(math.isfinite(v) for f in families.values() for _, _, v in f["samples"]))
        # A path of the vpn-gateway topology, counted by the kernel's rules.
        self.assertTrue(any(l.get("path") == "up:l2tp" for _, l, _ in families["byway_path_bytes_total"]["samples"]))

    def test_2_http(self):
        self.assertEqual(self.http("router", f"http://{METRICS}/")[0], 404)
        self.assertEqual(self.http("router", f"http://{METRICS}/metrics", "-X", "POST", "-d", "x")[0], 405)
        self.assertEqual(self.http("router", f"http://{METRICS}/metrics", "-I")[0], 200)
        # 127.0.0.1 only: the LAN side does not reach it.
        self.assertEqual(self.http("client", f"http://{self.net['router_lan']}:9477/metrics")[0], 0)

    def test_3_off_without_option(self):
        listening = lambda: self.lab.run("client", "ss", "-Hltn").stdout.strip()  # noqa: E731
        before = listening()
        d = self.lab.start_bywayd("client", name="test_metrics-off")
        try:
            self.assertEqual(listening(), before, "bywayd without --metrics-listen must not listen on TCP")
        finally:
            d.stop()

    # --- a real Prometheus ----------------------------------------------------------

    def test_4_prometheus_sees_capture_bytes(self):
        self.wait_value('up{job="byway"}', lambda v: v == 1, what="target up")
        down = 'sum(byway_capture_bytes_total{job="byway",direction="down"})'
        alice = 'sum(byway_capture_user_bytes_total{job="byway",user="alice",direction="down"})'
        packets = 'sum(byway_capture_worker_packets_total{job="byway"})'
        before = self.wait_value(down, lambda v: True)
        before_alice = self.wait_value(alice, lambda v: True) if self.query(alice) else 0.0
        before_packets = self.wait_value(packets, lambda v: True)
        p = self.lab.run("client", "curl", "-s", "--noproxy", "*", "--max-time", 60, "-o", "/dev/null",
                         "-w", "%{size_download}", f"http://{topologies.WEB_V4}:{WEB_PORT}/", timeout=90)
        self.assertEqual(int(p.stdout), DOWNLOAD)
        after = self.wait_value(down, lambda v: v >= before + DOWNLOAD, what="capture bytes down")
        self.assertLessEqual(after - before, DOWNLOAD * 1.1)
        after_alice = self.wait_value(alice, lambda v: v >= before_alice + DOWNLOAD, what="alice's bytes down")
        self.assertLessEqual(after_alice - before_alice, DOWNLOAD * 1.1)
        exits = {l["exit"] for l, _ in self.query('byway_capture_bytes_total{job="byway"}')}
        self.assertEqual(exits, {"main"})
        # The workers read the client's side of it (its request and ACKs) from their queues.
        self.wait_value(packets, lambda v: v >= before_packets + 50, what="worker packets")

    def test_4b_tls_with_token(self):
        # Prometheus scrapes the TLS listener with its view token...
        self.wait_value('up{job="byway-tls"}', lambda v: v == 1, what="TLS target up")
        self.wait_value('byway_capture_active{job="byway-tls"}', lambda v: v == 1)
        # ...and without one, or with a wrong one, there is nothing to read.
        url = f"https://{REMOTE}/metrics"
        self.assertEqual(self.http("router", url, "-k")[0], 401)
        self.assertEqual(self.http("router", url, "-k", "-H", "Authorization: Bearer byw_000000000000_" + "0" * 64)[0],
                         401)
        status, text = self.http("router", url, "-k", "-H", f"Authorization: Bearer {self.token}")
        self.assertEqual(status, 200)
        self.assertIn("byway_capture_bytes_total", parse_exposition(text))

    def test_5_rules_and_dashboard(self):
        p = subprocess.run(["promtool", "check", "rules", RULES], capture_output=True, text=True, timeout=30)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
        # Loaded by the running Prometheus: every rule evaluates without error.
        deadline = time.monotonic() + 10
        while True:
            status, body = self.http("router", f"http://{PROMETHEUS}/api/v1/rules")
            rules = [r for g in json.loads(body)["data"]["groups"] for r in g["rules"]]
            if rules and all(r["health"] == "ok" for r in rules) or time.monotonic() > deadline:
                break
            time.sleep(0.3)
        self.assertGreaterEqual(len(rules), 5)
        self.assertEqual([r["name"] for r in rules if r["health"] != "ok"], [], rules)
        # Every expression of the dashboard asks for metrics bywayd exports.
        families = self.scrape()
        with open(DASHBOARD) as f:
            dashboard = json.load(f)
        exprs = [t["expr"] for p in dashboard["panels"] for t in p.get("targets", [])]
        self.assertGreaterEqual(len(exprs), 10)
        for expr in exprs:
            for name in re.findall(r"\b(byway_[a-z0-9_]+)", expr):
                base = re.sub(r"_(bucket|sum|count)$", "", name)
                self.assertTrue(name in families or families.get(base, {}).get("type") == "histogram",
                                f"dashboard asks for {name}, which bywayd does not export: {expr}")
        for p in dashboard["panels"]:
            if p["type"] != "row":
                self.assertEqual(p["datasource"]["uid"], "${DS_PROMETHEUS}", p["title"])

    def test_6_drift_counted(self):
        # Someone removes Byway's table: the drift is counted by kind (and repaired).
        tables = self.lab.run("router", "nft", "list", "tables").stdout.split("\n")
        family = next(t.split()[1] for t in tables if t.split() and t.split()[-1] == "byway")
        self.lab.run("router", "nft", "delete", "table", family, "byway")
        self.wait_value('byway_drift_events_total{job="byway",kind="nft"}', lambda v: v >= 1, what="nft drift")
        deadline = time.monotonic() + 10
        while "byway" not in self.lab.run("router", "nft", "list", "tables").stdout and time.monotonic() < deadline:
            time.sleep(0.2)

    def test_9_rollback_alert(self):
        # Another change, then back to ours: the alert rule sees the counter move.
        changed = json.loads(json.dumps(self.config))
        changed["pools"][0]["users"] = []
        self.d.call("config.apply", {"config": changed})
        self.d.call("config.rollback")
        self.wait_value('byway_rollbacks_total{job="byway",reason="manual"}', lambda v: v == 1, what="rollbacks")
        deadline = time.monotonic() + 15
        alerts = []
        while time.monotonic() < deadline:
            status, body = self.http("router", f"http://{PROMETHEUS}/api/v1/alerts")
            alerts = json.loads(body)["data"]["alerts"]
            if any(a["labels"]["alertname"] == "BywayRollback" and a["state"] == "firing" for a in alerts):
                break
            time.sleep(0.3)
        else:
            self.fail(f"BywayRollback did not fire: {alerts}")
        self.wait_value('byway_applies_total{job="byway",action="rollback",result="ok"}', lambda v: v == 1)


if __name__ == "__main__":
    main()
