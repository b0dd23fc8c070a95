#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Log streaming: backlog, follow, debug switched at run time, and a slow
subscriber that gets drops reported instead of growing bywayd's memory."""

import json
import os
import select
import socket
import subprocess
import threading
import time
import unittest

from bywaylab import paths, testing
from bywaylab.rpc import RpcConnection
from bywaylab.testing import LabTestCase


def hammer(socket_path, count, method="config.validate", params=None, window=64):
    """Sends `count` requests on one connection, at most `window` in flight.
    Returns (replies, seconds)."""
    start = time.monotonic()
    with RpcConnection(socket_path, timeout=30) as c:
        sent = answered = 0
        while answered < count:
            while sent < count and sent - answered < window:
                c.send(method, params if params is not None else {"config": {"version": 1, "role": "bogus"}})
                sent += 1
            msg = c.read_message(timeout=30)
            if msg is None:
                raise ConnectionError("bywayd closed the hammer connection")
            if "id" in msg:
                answered += 1
    return answered, time.monotonic() - start


class Follower:
    """`bywayctl -o json logs -f ...` in the background, lines collected."""

    def __init__(self, daemon, *args):
        self.proc = subprocess.Popen([paths.bywayctl(), "--socket", daemon.socket, "-o", "json", "logs", "-f", *args],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.lines = []
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self):
        for line in self.proc.stdout:
            with self.lock:
                self.lines.append(json.loads(line))

    def snapshot(self):
        with self.lock:
            return list(self.lines)

    def wait_for(self, pred, timeout=10):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            hits = [l for l in self.snapshot() if pred(l)]
            if hits:
                return hits
            if self.proc.poll() is not None:
                raise AssertionError(f"bywayctl logs -f exited {self.proc.returncode}: {self.proc.stderr.read()}")
            time.sleep(0.05)
        return []

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=5)
        self.thread.join(timeout=5)
        self.proc.stdout.close()
        self.proc.stderr.close()


class LogsTest(LabTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.d = cls.start_bywayd("logs")

    def tearDown(self):
        self.assertCtl(self.d.ctl("debug", "off", "all"))

    def test_backlog_then_exit(self):
        # Something to find: every refused config.set leaves a config line
        # (config.validate's are debug lines: the GUI validates each edit).
        hammer(self.d.socket, 5, "config.set")
        t = time.monotonic()
        p = self.d.ctl("-o", "json", "logs", "--backlog", "20")
        self.assertCtl(p)
        self.assertLess(time.monotonic() - t, 5, "logs without -f must print the backlog and exit")
        lines = [json.loads(l) for l in p.stdout.splitlines()]
        self.assertTrue(lines, "empty backlog after activity")
        self.assertLessEqual(len(lines), 20 + 5)  # the backlog, plus what our own connection logged
        for l in lines:
            for key in ("seq", "time", "category", "level", "message"):
                self.assertIn(key, l)
        seqs = [l["seq"] for l in lines]
        self.assertEqual(seqs, sorted(seqs))

        human = self.d.ctl("logs", "--backlog", "5")
        self.assertCtl(human)
        self.assertRegex(human.stdout, r"(?m)^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} \w+\s+\w+: ")

    def test_follow_and_category_filter(self):
        f = Follower(self.d, "--category", "config", "--backlog", "0")
        try:
            time.sleep(0.3)
            hammer(self.d.socket, 10, "config.set")
            got = f.wait_for(lambda l: True)
            self.assertTrue(got, "no config lines followed")
            self.assertEqual({l["category"] for l in f.snapshot()}, {"config"})
        finally:
            f.stop()

    def test_follow_ends_when_bywayd_stops(self):
        d2 = self.start_bywayd("logs-stop")
        f = Follower(d2, "--backlog", "5")
        try:
            self.assertTrue(f.wait_for(lambda l: True), "no backlog lines")
            self.assertEqual(d2.stop(), 0, d2.log_tail())
            rc = f.proc.wait(timeout=10)
            self.assertEqual(rc, 3, "logs -f after bywayd went away")
            err = f.proc.stderr.read()
            self.assertEqual([l for l in err.splitlines() if l.startswith("bywayctl:")],
                             ["bywayctl: unavailable: connection to bywayd closed"], err)
        finally:
            f.stop()

    def test_debug_switched_at_run_time(self):
        f = Follower(self.d, "--level", "debug", "--backlog", "0")
        try:
            time.sleep(0.3)
            is_debug = lambda l: l["level"] == "debug" and l["category"] == "control"
            hammer(self.d.socket, 5, "status.get", {})
            time.sleep(0.5)
            self.assertFalse([l for l in f.snapshot() if is_debug(l)], "control debug lines before debug on")

            self.assertCtl(self.d.ctl("debug", "on", "control"))
            hammer(self.d.socket, 5, "status.get", {})
            self.assertTrue(f.wait_for(is_debug), "no control debug lines after `debug on control`")

            self.assertCtl(self.d.ctl("debug", "off", "control"))
            time.sleep(0.3)
            seen = len(f.snapshot())
            hammer(self.d.socket, 5, "status.get", {})
            time.sleep(0.5)
            self.assertFalse([l for l in f.snapshot()[seen:] if is_debug(l)], "debug lines after `debug off`")
        finally:
            f.stop()

        p = self.d.ctl("debug", "on", "no-such-category")
        self.assertNotEqual(p.returncode, 0)
        self.assertOneErrorLine(p, ["no-such-category"])

    def test_routine_polls_quiet_and_debug_state_readable(self):
        # What a viewer repeats every few seconds (status.get, topology.get,
        # flows.list) leaves no control debug line; other calls still do. And
        # logs.getDebug / logs.subscribe say which categories have debug on.
        self.assertEqual(self.d.call("logs.getDebug")["debug"].get("control"), False)
        f = Follower(self.d, "--level", "debug", "--backlog", "0")
        try:
            time.sleep(0.3)
            self.assertCtl(self.d.ctl("debug", "on", "control"))
            self.assertIs(self.d.call("logs.getDebug")["debug"]["control"], True)
            for method in ("status.get", "topology.get", "flows.list"):
                hammer(self.d.socket, 5, method, {})
            hammer(self.d.socket, 1, "config.get", {})
            calls = lambda: [l["message"] for l in f.snapshot() if l["category"] == "control" and " calls " in l["message"]]
            self.assertTrue(f.wait_for(lambda l: " calls config.get" in l["message"]), "no debug line for config.get")
            self.assertFalse([m for m in calls() if m.split(" calls ")[1].split()[0]
                              in ("status.get", "topology.get", "flows.list")], calls())
        finally:
            f.stop()
        with RpcConnection(self.d.socket, timeout=10) as c:
            c.send("logs.subscribe", {"backlog": 0})
            while True:
                msg = c.read_message(timeout=10)
                self.assertIsNotNone(msg, "no reply to logs.subscribe")
                if "id" in msg:
                    break
            self.assertIs(msg["result"]["debug"]["control"], True, msg)
            self.assertIs(msg["result"]["debug"]["probe"], False, msg)
        # No Qt internals in what an admin reads: no QList(...), no quoted names.
        p = self.d.ctl("-o", "json", "logs", "--backlog", "200")
        self.assertCtl(p)
        for l in (json.loads(x) for x in p.stdout.splitlines()):
            self.assertNotRegex(l["message"], r"QList\(|QStringList\(|QJsonObject\(", l)

    def test_slow_reader(self):
        rss_before = self.d.rss_kib()
        slow = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        slow.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
        slow.connect(self.d.socket)
        slow.sendall(b'{"jsonrpc":"2.0","id":1,"method":"logs.subscribe","params":{"minLevel":"debug","backlog":0}}\n')
        self.assertCtl(self.d.ctl("debug", "on", "all"))

        # Flood the log while the slow reader reads nothing; other clients
        # must keep getting answers quickly throughout.
        result = {}
        flood = threading.Thread(target=lambda: result.update(n=hammer(self.d.socket, 20000)))
        flood.start()
        worst = 0.0
        while flood.is_alive():
            t = time.monotonic()
            with RpcConnection(self.d.socket, timeout=5) as c:
                c.call("status.get")
            worst = max(worst, time.monotonic() - t)
            time.sleep(0.05)
        flood.join()
        self.assertEqual(result["n"][0], 20000)
        self.assertLess(worst, 2.0, "status.get stalled while a subscriber was not reading")
        rss_after = self.d.rss_kib()
        self.assertLess(rss_after - rss_before, 64 * 1024,
                        f"bywayd grew from {rss_before} to {rss_after} KiB with a stuck subscriber")

        # Now read: the stream resumes with the loss counted.
        slow.setblocking(False)
        buf, dropped, deadline = b"", 0, time.monotonic() + 15
        while time.monotonic() < deadline and not dropped:
            r, _, _ = select.select([slow], [], [], 0.5)
            if r:
                chunk = slow.recv(1 << 16)
                if not chunk:
                    break
                buf += chunk
            else:
                # Keep lines coming so a queued drop marker gets delivered.
                hammer(self.d.socket, 20, "status.get", {})
            *lines, buf = buf.split(b"\n")
            for line in lines:
                msg = json.loads(line)
                if msg.get("method") == "logs.line":
                    dropped += msg["params"].get("dropped", 0)
        slow.close()
        self.assertGreater(dropped, 0, "a stuck subscriber was never told lines were dropped")
        self.assertTrue(self.d.alive())


if __name__ == "__main__":
    testing.main()
