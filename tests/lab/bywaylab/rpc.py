# SPDX-License-Identifier: GPL-3.0-or-later
"""A raw JSON-RPC client for bywayd's socket: for tests that must misbehave
(garbage, oversize lines, slow readers) or look at the wire itself."""

import json
import select
import socket
import time


class RpcError(Exception):
    def __init__(self, error):
        self.error = error
        data = error.get("data") or {}
        self.code = data.get("code")
        self.message = error.get("message", "")
        self.data = data
        super().__init__(f"{self.code}: {self.message}")


class RpcConnection:
    def __init__(self, path, timeout=10):
        self.path = path
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(timeout)
        # A full accept queue answers a non-blocking connect with EAGAIN
        # (Python uses one whenever a timeout is set); a real client such as
        # QLocalSocket retries, and so do we, within the timeout.
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.sock.connect(path)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    self.sock.close()
                    raise TimeoutError(f"{path}: accept queue stayed full for {timeout}s")
                time.sleep(0.01)
            except OSError:
                self.sock.close()
                raise
        self.buffer = b""
        self.next_id = 1
        self.notifications = []
        self.closed = False

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def send_raw(self, data):
        self.sock.sendall(data)

    def send(self, method, params=None, id=None):
        if id is None:
            id = self.next_id
            self.next_id += 1
        msg = {"jsonrpc": "2.0", "id": id, "method": method}
        if params is not None:
            msg["params"] = params
        self.send_raw(json.dumps(msg).encode() + b"\n")
        return id

    def read_line(self, timeout=10):
        """The next line (bytes, without newline); None when the peer closed."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no line from bywayd within {timeout}s")
            r, _, _ = select.select([self.sock], [], [], left)
            if not r:
                continue
            try:
                chunk = self.sock.recv(1 << 16)
            except ConnectionResetError:
                chunk = b""
            if not chunk:
                self.closed = True
                return None
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line

    def read_message(self, timeout=10):
        line = self.read_line(timeout)
        return None if line is None else json.loads(line)

    def wait_reply(self, id, timeout=10):
        """The reply object for `id`; notifications meanwhile are kept in
        self.notifications."""
        deadline = time.monotonic() + timeout
        while True:
            msg = self.read_message(max(0.01, deadline - time.monotonic()))
            if msg is None:
                raise ConnectionError("bywayd closed the connection")
            if "method" in msg and "id" not in msg:
                self.notifications.append(msg)
                continue
            if msg.get("id") == id or (msg.get("id") is None and "error" in msg):
                return msg

    def call(self, method, params=None, timeout=10):
        msg = self.wait_reply(self.send(method, params), timeout)
        if "error" in msg:
            raise RpcError(msg["error"])
        return msg.get("result")

    def drain_closed(self, timeout=10):
        """Reads until the peer closes; returns the messages read. Raises on timeout."""
        msgs = []
        while True:
            line = self.read_line(timeout)
            if line is None:
                return msgs
            if line.strip():
                msgs.append(json.loads(line))


def wait_answering(path, timeout=10, alive=lambda: True):
    """Polls `path` until status.get answers. Returns None or the last problem."""
    deadline = time.monotonic() + timeout
    problem = "socket never appeared"
    while time.monotonic() < deadline:
        if not alive():
            return "bywayd exited"
        try:
            with RpcConnection(path, timeout=2) as c:
                c.call("status.get", timeout=2)
                return None
        except (OSError, TimeoutError, ConnectionError, RpcError, ValueError) as e:
            problem = str(e) or type(e).__name__
        time.sleep(0.05)
    return f"no answer within {timeout}s: {problem}"
