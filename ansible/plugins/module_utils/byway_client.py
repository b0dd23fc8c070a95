# SPDX-License-Identifier: GPL-3.0-or-later
"""A client for bywayd's remote TLS API (docs/protocol.md, "Remote access"),
shared by the byway.appliance modules. Python standard library only.

TLS without CA checks: the peer's leaf certificate is pinned by the SHA-256
of its DER, compared before anything is sent. Then `auth.token`, then
JSON-RPC 2.0, one object per line, as on bywayd's local socket."""

from __future__ import absolute_import, division, print_function

__metaclass__ = type

import hashlib
import json
import re
import socket
import ssl
import time

DEFAULT_PORT = 7443
DEFAULT_TIMEOUT = 30
MAX_LINE = 1 << 20  # bywayd's limit per message, newline excluded


class BywayError(Exception):
    """An error from bywayd (its JSON-RPC error: code name, field, message,
    data) or from the way there (code unavailable, timeout, protocol_mismatch,
    fingerprint_mismatch)."""

    def __init__(self, code, message, field=None, data=None):
        self.code = code or "internal"
        self.message = message or ""
        self.field = field
        self.data = data or {}
        super(BywayError, self).__init__(self.text())

    @classmethod
    def from_rpc(cls, error):
        data = error.get("data") or {}
        return cls(data.get("code") or str(error.get("code")), error.get("message", ""), data.get("field"), data)

    def problems(self):
        """Every (path, message) bywayd named: each entry of a validation
        error, else the one field."""
        errors = self.data.get("errors") or []
        if errors:
            return [(e.get("path") or "", e.get("message") or e.get("code") or "") for e in errors]
        return [(self.field or "", self.message)]

    def text(self):
        """`code: /path: message; /other: message`: what a failed task says."""
        parts = []
        for path, message in self.problems():
            parts.append("%s: %s" % (path, message) if path else message)
        return "%s: %s" % (self.code, "; ".join(parts))

    def to_result(self):
        out = {"code": self.code, "message": self.message}
        if self.field:
            out["field"] = self.field
        if self.data.get("errors"):
            out["errors"] = self.data["errors"]
        if "retryAfterSec" in self.data:
            out["retryAfterSec"] = self.data["retryAfterSec"]
        return out


def normalize_fingerprint(text):
    """'ab:cd:...' / 'ABCD...' -> 'AB:CD:...' (what status.get shows), or
    raises ValueError saying what is wrong."""
    hexdigits = re.sub(r"[\s:]", "", text or "").upper()
    if not re.match(r"^[0-9A-F]{64}$", hexdigits):
        raise ValueError("must be the SHA-256 of the certificate: 64 hex digits, pairs may be separated by colons "
                         "(bywayctl status, line `remote cert`)")
    return ":".join(hexdigits[i:i + 2] for i in range(0, 64, 2))


def fingerprint_of(der):
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, 64, 2))


class BywayClient:
    """One authenticated connection. Use as a context manager. `sock`: an
    already connected TCP socket to use instead of connecting to host:port
    (the lab connects from inside a network namespace)."""

    def __init__(self, host, token, fingerprint, port=DEFAULT_PORT, timeout=DEFAULT_TIMEOUT, sock=None):
        self.host = host
        self.port = port
        self.timeout = timeout
        self.fingerprint = normalize_fingerprint(fingerprint)
        self.sock = None
        self.buf = b""
        self.next_id = 1
        self.auth = None
        self._connect(token, sock)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def close(self):
        if self.sock is not None:
            try:
                self.sock.close()
            except (OSError, ssl.SSLError):
                pass
            self.sock = None

    def _connect(self, token, raw):
        where = "%s:%s" % (self.host, self.port)
        try:
            if raw is None:
                raw = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except socket.timeout:
            raise BywayError("timeout", "%s: no TCP connection within %ss" % (where, self.timeout))
        except OSError as e:
            raise BywayError("unavailable", "%s: %s (is bywayd running with --remote-listen?)"
                             % (where, e.strerror or e))
        # No CA and no host name: the pinned fingerprint is the trust.
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
        ctx.minimum_version = ssl.TLSVersion.TLSv1_2
        try:
            self.sock = ctx.wrap_socket(raw, server_hostname=None)
        except (ssl.SSLError, OSError) as e:
            raw.close()
            raise BywayError("protocol_mismatch", "%s: TLS handshake failed: %s" % (where, e))
        seen = fingerprint_of(self.sock.getpeercert(binary_form=True))
        if seen != self.fingerprint:
            self.close()
            raise BywayError("fingerprint_mismatch",
                             "%s presented certificate %s, not the pinned %s: nothing was sent (a new certificate "
                             "on the box, or not the box you think)" % (where, seen, self.fingerprint),
                             field="fingerprint")
        try:
            self.auth = self.call("auth.token", {"token": token})
        except BywayError:
            self.close()
            raise

    def _send(self, method, params):
        msg = {"jsonrpc": "2.0", "id": self.next_id, "method": method}
        if params is not None:
            msg["params"] = params
        self.next_id += 1
        line = json.dumps(msg, separators=(",", ":")).encode("utf-8")
        if len(line) > MAX_LINE:
            raise BywayError("message_too_large", "%s: the request is %d bytes, bywayd takes at most %d"
                             % (method, len(line), MAX_LINE))
        self.sock.sendall(line + b"\n")
        return msg["id"]

    def _line(self, deadline):
        while b"\n" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise BywayError("timeout", "no reply from bywayd within %ss" % self.timeout)
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                continue
            except (ssl.SSLError, OSError) as e:
                raise BywayError("unavailable", "connection to bywayd lost: %s" % e)
            if not chunk:
                return None
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return line

    def call(self, method, params=None, timeout=None):
        """The result of `method`, or raises BywayError with bywayd's code,
        field and message. Notifications in between are skipped."""
        if self.sock is None:
            raise BywayError("unavailable", "not connected")
        wait = timeout if timeout is not None else self.timeout
        id_ = self._send(method, params)
        deadline = time.monotonic() + wait
        while True:
            line = self._line(deadline)
            if line is None:
                raise BywayError("unavailable", "bywayd closed the connection (waiting for %s)" % method)
            if not line.strip():
                continue
            try:
                msg = json.loads(line)
            except ValueError:
                raise BywayError("protocol_mismatch", "bywayd sent something that is not JSON")
            if msg.get("id") != id_ and not (msg.get("id") is None and "error" in msg):
                continue  # a notification, or a reply to someone else
            if "error" in msg:
                raise BywayError.from_rpc(msg["error"])
            return msg.get("result")


# --- what the modules share ---------------------------------------------------

def connection_argument_spec():
    return dict(
        host=dict(type="str", required=True),
        port=dict(type="int", default=DEFAULT_PORT),
        token=dict(type="str", required=True, no_log=True),
        fingerprint=dict(type="str", required=True),
        timeout=dict(type="int", default=DEFAULT_TIMEOUT),
    )


def connect(module, timeout=None):
    """A BywayClient for the module's connection options, or fail_json with
    the reason (bad fingerprint, no connection, wrong token)."""
    p = module.params
    try:
        normalize_fingerprint(p["fingerprint"])
    except ValueError as e:
        module.fail_json(msg="fingerprint: %s" % e, error={"code": "invalid_params", "field": "fingerprint",
                                                            "message": str(e)})
    try:
        return BywayClient(p["host"], p["token"], p["fingerprint"], port=p["port"],
                           timeout=timeout or p["timeout"])
    except BywayError as e:
        fail(module, e)


def fail(module, error, **extra):
    module.fail_json(msg=error.text(), error=error.to_result(), **extra)


# --- a config that moves the management address ------------------------------

def reconnect_address(confirm):
    """The address of confirm's `reconnect` check ("ip", "ip:port",
    "[v6]:port"), or None."""
    for check in (confirm or {}).get("checks") or []:
        if isinstance(check, dict) and check.get("kind") == "reconnect":
            return check.get("address")
    return None


def split_address(address, default_port):
    if address.startswith("["):
        host, _, rest = address[1:].partition("]")
        return host, int(rest[1:]) if rest.startswith(":") else default_port
    if address.count(":") == 1:
        host, port = address.split(":")
        return host, int(port)
    return address, default_port


def outcome_on(client, applied_id, deadline):
    """Waits until the box has no pending confirm, then reads the outcome of
    the apply recorded as history entry `applied_id`: {state, reason, checks}."""
    while client.call("status.get").get("pending"):
        if time.monotonic() > deadline:
            raise BywayError("timeout", "the confirm still has no outcome")
        time.sleep(0.5)
    entries = client.call("config.history", {"limit": 20}).get("entries") or []
    for e in reversed(entries):
        if e.get("id", 0) > applied_id and e.get("action") in ("confirm-healthy", "health-rollback", "confirm-timeout"):
            return {"state": "confirmed" if e["action"] == "confirm-healthy" else "rolled_back",
                    "reason": e.get("reason", ""), "checks": e.get("checks", [])}
    return {"state": "superseded", "reason": "another change came first"}


def follow_reconnect(open_client, old, new, within, applied_id):
    """After an apply whose reconnect check names `new` (host, port): connect
    there (open_client(host, port) -> BywayClient, same pin and token) until
    the deadline; that request is what the check waits for. When `new`
    cannot be reached, ask `old`, where the box is after its rollback.
    Returns the outcome with `via`."""
    deadline = time.monotonic() + within
    for where, until in ((new, deadline), (old, deadline + 15)):
        while True:
            try:
                with open_client(*where) as client:
                    outcome = outcome_on(client, applied_id, until + 15)
                    outcome["via"] = "%s:%s" % where
                    return outcome
            except BywayError as e:
                if e.code not in ("unavailable", "timeout") or time.monotonic() > until:
                    break
                time.sleep(0.5)
    raise BywayError("unavailable", "neither %s:%s nor %s:%s answers: the confirm's outcome is unknown" % (new + old))
