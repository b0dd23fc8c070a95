#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The remote listener (bywayd --remote-listen) as a remote GUI meets it: TLS
from another namespace, access tokens made with bywayctl on the local socket,
auth.token first, roles, rate limiting per source, revocation closing live
connections, the certificate's fingerprint, and no secret on disk or in the
log. Clients: the lab's client (10.0.1.2 and fd00:1::2) and upstream
(10.0.2.2) talk to bywayd on the router, listening on [::]:7443."""

import hashlib
import json
import os
import re
import ssl
import stat
import time
import unittest

from bywaylab import testing
from bywaylab.lab import connect_in
from bywaylab.testing import LabTestCase

PORT = 7443
BLOCK_SEC = 3


class Remote:
    """A remote GUI's connection: TLS without CA checks (the GUI pins the
    certificate's SHA-256 instead), newline-delimited JSON-RPC."""

    def __init__(self, ns, address, timeout=10):
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        self.sock = ctx.wrap_socket(connect_in(ns, address, PORT, timeout=timeout))
        self.der = self.sock.getpeercert(binary_form=True)
        self.buf = b""
        self.next_id = 1

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def send(self, method, params=None):
        msg = {"jsonrpc": "2.0", "id": self.next_id, "method": method}
        if params is not None:
            msg["params"] = params
        self.next_id += 1
        self.sock.sendall(json.dumps(msg).encode() + b"\n")
        return msg["id"]

    def line(self, timeout=10):
        """The next JSON line, or None when bywayd closed the connection."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no line within {timeout}s")
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(65536)
            except (ssl.SSLError, ConnectionResetError):
                return None
            if not chunk:
                return None
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return json.loads(line)

    def reply(self, id, timeout=10):
        """The reply to request `id` (notifications before it are skipped)."""
        while True:
            msg = self.line(timeout)
            if msg is None:
                raise ConnectionError("bywayd closed the connection")
            if msg.get("id") == id:
                return msg

    def call(self, method, params=None, timeout=10):
        return self.reply(self.send(method, params), timeout)

    def closed_within(self, seconds):
        """True when bywayd closes the connection within `seconds` (lines before the close are dropped)."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                if self.line(timeout=max(0.05, deadline - time.monotonic())) is None:
                    return True
            except TimeoutError:
                return False
        return False


def code(msg):
    return ((msg or {}).get("error") or {}).get("data", {}).get("code")


class RemoteTest(LabTestCase):
    topology = "client-router-upstream"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # Debug logging of control and config on: what it prints must not
        # contain tokens either.
        cls.d = cls.start_bywayd("router", debug="control,config", extra_args=[
            "--remote-listen", f"[::]:{PORT}", "--remote-ratelimit", f"5:60:{BLOCK_SEC}"])
        cls.client = cls.lab.ns("client")
        cls.upstream = cls.lab.ns("upstream")
        cls.router_v4 = cls.net["router_lan"]
        cls.router_v6 = cls.net["router_lan6"]
        cls.tokens = []  # every token string made, for the secrets check

    def make_token(self, role, name, *extra):
        data = self.ctl_json(self.d, "token", "create", "--role", role, "--name", name, *extra)
        self.assertRegex(data["token"], r"^byw_[0-9a-f]{12}_[0-9a-f]{64}$")
        self.assertEqual(data["role"], role)
        self.assertEqual(data["name"], name)
        self.assertEqual(data["token"].split("_")[1], data["id"])
        type(self).tokens.append(data["token"])
        return data

    def remote(self, ns=None, address=None):
        return Remote(ns or self.client, address or self.router_v4)

    def authed(self, token, ns=None, address=None):
        r = self.remote(ns, address)
        reply = r.call("auth.token", {"token": token})
        self.assertIn("result", reply, f"auth.token: {reply}")
        return r, reply["result"]

    # --- the handshake and auth.token ----------------------------------------

    def test_first_request_must_be_auth(self):
        with self.remote() as r:
            reply = r.call("status.get")
            self.assertEqual(code(reply), "unauthenticated", reply)
            self.assertEqual(reply["error"]["code"], -32012)
            self.assertTrue(r.closed_within(5), "connection left open after a request without auth")

    def test_wrong_token(self):
        real = self.make_token("view", "wrong-token-probe")
        for bad in ("byw_" + real["id"] + "_" + "0" * 64,   # right id, wrong secret
                    "byw_000000000000_" + "0" * 64,          # no such id
                    "not a token"):
            with self.remote(ns=self.client, address=self.router_v6) as r:
                reply = r.call("auth.token", {"token": bad})
                self.assertEqual(code(reply), "unauthenticated", reply)
                # One message for every way of being wrong.
                self.assertEqual(reply["error"]["message"], "authentication failed")
                self.assertTrue(r.closed_within(5), "connection left open after a failed auth")
        # Three failures stay under the limit (5): the right token still works.
        r, result = self.authed(real["token"], address=self.router_v6)
        r.close()
        self.assertEqual(result["role"], "view")

    def test_deadline_for_silent_clients(self):
        # A TLS client that never authenticates, and a TCP client that never
        # even starts TLS, both lose their slot after the deadline (5 s).
        started = time.monotonic()
        with self.remote() as r:
            self.assertTrue(r.closed_within(9), "unauthenticated TLS connection outlived the deadline")
        self.assertGreater(time.monotonic() - started, 3)
        s = connect_in(self.client, self.router_v4, PORT)
        s.settimeout(9)
        try:
            self.assertEqual(s.recv(100), b"", "plain TCP connection got data or was not closed")
        finally:
            s.close()

    def test_rate_limited_per_source(self):
        good = self.make_token("admin", "rate-limit-probe")
        wrong = "byw_" + good["id"] + "_" + "f" * 64
        up = self.net["router_wan"]
        for i in range(5):
            with self.remote(ns=self.upstream, address=up) as r:
                reply = r.call("auth.token", {"token": wrong})
                self.assertEqual(code(reply), "unauthenticated", f"attempt {i + 1}: {reply}")
        # Blocked now: even the right token is refused, with when to retry.
        with self.remote(ns=self.upstream, address=up) as r:
            reply = r.call("auth.token", {"token": good["token"]})
            self.assertEqual(code(reply), "rate_limited", reply)
            self.assertEqual(reply["error"]["code"], -32013)
            retry = reply["error"]["data"]["retryAfterSec"]
            self.assertIsInstance(retry, int)
            self.assertTrue(1 <= retry <= BLOCK_SEC, retry)
            self.assertTrue(r.closed_within(5))
        with self.remote(ns=self.upstream, address=up) as r:
            self.assertEqual(code(r.call("auth.token", {"token": wrong})), "rate_limited")
        # Another source is not affected.
        r, _ = self.authed(good["token"])
        r.close()
        time.sleep(retry + 0.3)
        r, result = self.authed(good["token"], ns=self.upstream, address=up)
        self.assertEqual(result["role"], "admin")
        r.close()
        log = self.d.log_text()
        self.assertIn("blocked for", log)

    # --- roles --------------------------------------------------------------

    def test_view_token(self):
        tok = self.make_token("view", "panel")
        r, result = self.authed(tok["token"])
        with r:
            self.assertEqual(result, {"role": "view", "tokenId": tok["id"], "name": "panel"})
            s = r.call("status.get")["result"]
            self.assertEqual(s["caller"]["role"], "view")
            self.assertEqual(s["caller"]["token"], "panel")
            self.assertEqual(s["caller"]["uid"], -1)
            self.assertTrue(s["remote"]["enabled"])
            cfg = r.call("config.get")["result"]
            for method, params in (("config.set", {"config": cfg["config"]}),
                                   ("token.create", {"name": "sneaky", "role": "view"}),
                                   ("token.list", None),
                                   ("logs.setDebug", {"category": "all", "enabled": True})):
                reply = r.call(method, params)
                self.assertEqual(code(reply), "permission_denied", f"{method}: {reply}")
                self.assertIn("token panel", reply["error"]["message"])
            # Still open after a refusal, as for a local reader.
            self.assertIn("result", r.call("status.get"))
        self.assertEqual(self.ctl_json(self.d, "config", "get")["revision"], cfg["revision"])
        names = [t["name"] for t in self.ctl_json(self.d, "token", "list")["tokens"]]
        self.assertNotIn("sneaky", names)

    def test_admin_token_changes_config(self):
        tok = self.make_token("admin", "laptop")
        r, result = self.authed(tok["token"])
        with r:
            self.assertEqual(result["role"], "admin")
            got = r.call("config.get")["result"]
            cfg = got["config"]
            cfg["capture"]["mtu"] = 1400 if cfg["capture"].get("mtu") != 1400 else 1380
            reply = r.call("config.set", {"config": cfg, "baseRevision": got["revision"]})
            self.assertIn("result", reply, reply)
            self.assertEqual(reply["result"]["revision"], got["revision"] + 1)
            self.assertIn("by token laptop (admin)", self.d.log_text())
            # An apply read-modify-written on the revision before: refused,
            # nothing applied or stored (the GUI's editor applies with the
            # revision it loaded: gui.configclick).
            history = len(r.call("config.history")["result"]["entries"])
            stale = r.call("config.apply", {"config": cfg, "baseRevision": got["revision"]})
            self.assertEqual(code(stale), "conflict", stale)
            self.assertEqual(stale["error"]["data"].get("field"), "/baseRevision", stale)
            self.assertEqual(self.ctl_json(self.d, "config", "get")["revision"], got["revision"] + 1)
            self.assertEqual(len(r.call("config.history")["result"]["entries"]), history)
            # A remote admin makes tokens too, recorded as made by its token.
            made = r.call("token.create", {"name": "from-laptop", "role": "view", "expiresInDays": 1})
            self.assertIn("result", made, made)
            type(self).tokens.append(made["result"]["token"])
            listed = {t["name"]: t for t in r.call("token.list")["result"]["tokens"]}
            self.assertEqual(listed["from-laptop"]["createdBy"], "token laptop")
            self.assertIsNotNone(listed["from-laptop"]["expires"])
            self.assertGreaterEqual(listed["laptop"]["connections"], 1)
            self.assertIsNotNone(listed["laptop"]["lastUsed"])
            # Logs stream over the remote connection like over the local socket.
            sub = r.call("logs.subscribe", {"categories": ["control"], "backlog": 20})
            self.assertTrue(sub["result"]["subscribed"])
            lines = [r.line() for _ in range(sub["result"]["backlog"])]
            self.assertTrue(all(l.get("method") == "logs.line" for l in lines), lines[:3])

    def test_history_names_the_token(self):
        tok = self.make_token("admin", "history-probe")
        r, _ = self.authed(tok["token"])
        with r:
            reply = r.call("config.apply", {}, timeout=60)
            self.assertIn("result", reply, reply)
            entries = r.call("config.history", {"limit": 1})["result"]["entries"]
        self.assertEqual(entries[0]["who"], "token history-probe",
                         "config history should name the token (helper/methods/applymethods.cpp "
                         "builds `who` from control::Caller::uid; control::Caller::who() says \"token <name>\")")

    def test_token_validation(self):
        self.make_token("view", "dup")
        before = self.ctl_json(self.d, "token", "list")["tokens"]
        for args, field in ((["--role", "view", "--name", "DUP"], "/name"),
                            (["--role", "root", "--name", "x"], "/role"),
                            (["--role", "view", "--name", "   "], "/name")):
            p = self.d.ctl("token", "create", *args)
            self.assertCtl(p, 2, f"token create {args}")
            self.assertIn(field, self.assertOneErrorLine(p, ["invalid_params"]))
        p = self.d.ctl("token", "revoke", "0123456789ab")
        self.assertCtl(p, 1)
        self.assertOneErrorLine(p, ["not_found"])
        self.assertEqual(self.ctl_json(self.d, "token", "list")["tokens"], before, "a refused create changed the list")

    # --- revocation ---------------------------------------------------------

    def test_revoke_closes_live_connection(self):
        tok = self.make_token("admin", "to-revoke")
        r, _ = self.authed(tok["token"])
        with r:
            self.assertIn("result", r.call("status.get"))
            p = self.d.ctl("token", "revoke", tok["id"])
            self.assertCtl(p)
            self.assertIn("1 live connection(s) closed", p.stdout)
            self.assertTrue(r.closed_within(5), "the revoked token's connection stayed open")
        with self.remote() as again:
            self.assertEqual(code(again.call("auth.token", {"token": tok["token"]})), "unauthenticated")
        ids = [t["id"] for t in self.ctl_json(self.d, "token", "list")["tokens"]]
        self.assertNotIn(tok["id"], ids)

    # --- what an admin checks at the box ------------------------------------

    def test_fingerprint_matches_handshake(self):
        s = self.ctl_json(self.d, "status")
        remote = s["remote"]
        self.assertTrue(remote["enabled"])
        self.assertEqual(remote["listen"], f"[::]:{PORT}")
        for ns, addr in ((self.client, self.router_v4), (self.client, self.router_v6)):
            with self.remote(ns, addr) as r:
                fp = hashlib.sha256(r.der).hexdigest().upper()
                self.assertEqual(remote["fingerprintSha256"], ":".join(fp[i:i + 2] for i in range(0, 64, 2)))
        human = self.d.ctl("status")
        self.assertCtl(human)
        self.assertRegex(human.stdout, rf"(?m)^remote\s+listening on \[::\]:{PORT}")
        self.assertIn(remote["fingerprintSha256"], human.stdout)
        # The generated pair: key 0600 in a 0700 directory.
        tls = os.path.join(self.d.state_dir, "tls")
        self.assertEqual(stat.S_IMODE(os.stat(tls).st_mode), 0o700)
        self.assertEqual(stat.S_IMODE(os.stat(os.path.join(tls, "key.pem")).st_mode), 0o600)
        self.assertEqual(remote["certificate"], os.path.join(tls, "cert.pem"))

    def test_off_by_default(self):
        d = self.start_bywayd("no-remote")
        try:
            s = self.ctl_json(d, "status")
            self.assertEqual(s["remote"], {"enabled": False})
            self.assertFalse(os.path.exists(os.path.join(d.state_dir, "tls")))
            p = d.ctl("status")
            self.assertRegex(p.stdout, r"(?m)^remote\s+off")
        finally:
            d.stop()

    def test_zz_no_secret_on_disk_or_in_log(self):
        # Runs last (alphabetically): every token the other tests made.
        self.assertTrue(self.tokens, "no tokens were made")
        path = os.path.join(self.d.state_dir, "tokens.json")
        self.assertEqual(stat.S_IMODE(os.stat(path).st_mode), 0o600)
        with open(path) as f:
            disk = f.read()
        log = self.d.log_text()
        self.assertIn("authenticated as token", log)  # the log does talk about tokens ...
        for token in self.tokens:
            secret = token.split("_", 2)[2]
            self.assertNotIn(secret, disk, "a token's secret is in tokens.json")
            self.assertNotIn(secret, log, "a token's secret is in bywayd's log")
            self.assertNotIn(secret.upper(), log)
        # ... and hashes only: each entry a salt and a SHA-256, nothing longer.
        for t in json.loads(disk)["tokens"]:
            self.assertRegex(t["sha256"], r"^[0-9a-f]{64}$")
            self.assertNotIn("token", t)
        self.assertIsNone(re.search(r"byw_[0-9a-f]{12}_[0-9a-f]{8}", log), "something token-shaped is in the log")


if __name__ == "__main__":
    testing.main()
