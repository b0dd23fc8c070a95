#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The socket under abuse: garbage, an oversize line, thousands of short
connections and hundreds held open. bywayd keeps serving everyone else and
gives back what it took (fds, memory)."""

import os
import socket
import threading
import time
import unittest

from bywaylab import testing
from bywaylab.rpc import RpcConnection
from bywaylab.testing import LabTestCase


class RobustnessTest(LabTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.d = cls.start_bywayd("robust")

    def fds(self):
        return len(os.listdir(f"/proc/{self.d.pid}/fd"))

    def assertServing(self, within=2.0):
        t = time.monotonic()
        with RpcConnection(self.d.socket, timeout=within + 1) as c:
            status = c.call("status.get", timeout=within + 1)
        self.assertLess(time.monotonic() - t, within, "status.get was slow")
        self.assertIn("version", status)

    def error_code(self, msg):
        self.assertIn("error", msg, f"expected an error reply, got {msg}")
        return msg["error"]["data"]["code"]

    def test_garbage_lines(self):
        with RpcConnection(self.d.socket) as c:
            cases = [
                (b"hello\n", "parse_error"),
                (b"{not json\n", "parse_error"),
                (b"\x00\xff\xfe\n", "parse_error"),
                (b"[]\n", "invalid_request"),
                (b"42\n", "invalid_request"),
                (b'{"jsonrpc":"2.0"}\n', "invalid_request"),
                (b'{"jsonrpc":"1.0","id":1,"method":"status.get"}\n', "invalid_request"),
                (b'{"jsonrpc":"2.0","id":2,"method":"no.such"}\n', "method_not_found"),
                (b'{"jsonrpc":"2.0","id":3,"method":"config.set","params":{"config":7}}\n', "invalid_params"),
                (b'{"jsonrpc":"2.0","id":4,"method":"logs.subscribe","params":{"backlog":"x"}}\n', "invalid_params"),
            ]
            for line, code in cases:
                c.send_raw(line)
                msg = c.read_message()
                self.assertIsNotNone(msg, f"connection closed after {line!r}")
                self.assertEqual(self.error_code(msg), code, f"reply to {line!r}: {msg}")
            # Still the same, usable connection.
            self.assertIn("version", c.call("status.get"))
        self.assertServing()

    def test_oversize_line(self):
        fds = self.fds()
        other = RpcConnection(self.d.socket)
        victim = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        victim.connect(self.d.socket)  # blocking: waits out a full accept queue
        victim.settimeout(10)
        payload = b'{"jsonrpc":"2.0","id":1,"method":"status.get","params":{"pad":"' + b"a" * (2 << 20) + b'"}}\n'

        def send():
            try:
                victim.sendall(payload)
            except OSError:
                pass  # bywayd closed on us mid-send: that is the point
        sender = threading.Thread(target=send)
        sender.start()
        data = b""
        while True:
            try:
                chunk = victim.recv(65536)
            except ConnectionResetError:
                # bywayd closed with our unread bytes in its queue: on a Unix
                # socket that is ECONNRESET after the queued data, i.e. a close.
                break
            except (TimeoutError, socket.timeout) as e:
                self.fail(f"no error reply and close for a 2 MiB line: {e}")
            if not chunk:
                break
            data += chunk
        sender.join(10)
        victim.close()
        lines = [l for l in data.split(b"\n") if l.strip()]
        self.assertEqual(len(lines), 1, f"want one error line before the close, got {data[:500]!r}")
        import json
        self.assertEqual(self.error_code(json.loads(lines[0])), "message_too_large")
        # Others unaffected, on an existing connection and on a new one.
        self.assertIn("version", other.call("status.get"))
        other.close()
        self.assertServing()
        self.assertLessEqual(self.fds(), fds + 1)

    def test_many_short_connections(self):
        fds, rss = self.fds(), self.d.rss_kib()
        t = time.monotonic()
        for i in range(2000):
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.connect(self.d.socket)
            if i % 3 == 1:
                s.sendall(b'{"jsonrpc":"2.0","id":1,"method":"status.get"}\n')  # gone before the reply
            elif i % 3 == 2:
                s.sendall(b'{"jsonrpc":"2.0","id":1,"meth')  # half a request
            s.close()
        elapsed = time.monotonic() - t
        self.assertServing()
        deadline = time.monotonic() + 5
        while self.fds() > fds + 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        self.assertLessEqual(self.fds(), fds + 2, "bywayd kept fds of closed connections")
        self.assertLess(self.d.rss_kib() - rss, 32 * 1024)
        self.assertLess(elapsed, 60)

    def test_held_connections(self):
        fds = self.fds()
        held = []
        try:
            for i in range(300):
                s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                s.connect(self.d.socket)
                if i % 2:
                    s.sendall(b'{"jsonrpc":"2.0","id":1,"method":"logs.subscribe","params":{"backlog":0}}\n')
                held.append(s)
            time.sleep(0.5)
            self.assertGreaterEqual(self.fds(), fds + 300 - 5, "bywayd did not accept the held connections")
            self.assertServing()
            p = self.d.ctl("status")
            self.assertCtl(p)
        finally:
            for s in held:
                s.close()
        deadline = time.monotonic() + 5
        while self.fds() > fds + 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        self.assertLessEqual(self.fds(), fds + 2)
        self.assertServing()


if __name__ == "__main__":
    testing.main()
