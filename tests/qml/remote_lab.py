#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs tst_remotelab against a real bywayd remote listener: bywayd with
--remote-listen 127.0.0.1:PORT in a network namespace of its own (so its
probe, config and listener touch nothing of the host), an admin and a view
token from `bywayctl token create`, and the certificate fingerprint bywayd
reports in status.get; the test binary runs in the same namespace.
--move: the namespace of a bypass router instead (guilab.bypass_netns: lan0
192.168.10.2/24), whose LAN port also carries MOVE_TO and BLOCKED (the OS's
network config; Byway never assigns bypass.address); bywayd listens on
0.0.0.0:PORT; an nftables rule of the test drops TCP to BLOCKED:PORT, an
address the GUI cannot reach. The test gets them as BYWAY_MOVE_TO and
BYWAY_MOVE_BLOCKED, and a settings folder and keychain of its own (none).
Needs root and `ip`; exits 77 (skip) otherwise, 1 under CI=true."""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import guilab  # noqa: E402

SKIP = 77
PORT = 7443
FAILURES = 3  # --remote-ratelimit: a block after this many bad tokens
MOVE_FROM, MOVE_TO, BLOCKED = "192.168.10.2", "192.168.10.3", "192.168.10.4"


def bypass_with_addresses() -> str | None:
    ns = guilab.bypass_netns()
    if not ns:
        return None
    rules = (f"table inet reconnectgui_block {{\n chain out {{\n type filter hook output priority 0;\n"
             f" ip daddr {BLOCKED} tcp dport {PORT} drop\n }}\n}}\n")
    try:
        for address in (MOVE_TO, BLOCKED):
            guilab.ip("-n", ns, "addr", "add", f"{address}/24", "dev", "lan0")
        subprocess.run(["ip", "netns", "exec", ns, "nft", "-f", "-"], input=rules, text=True, check=True)
    except (subprocess.CalledProcessError, OSError) as e:
        print(f"note: could not set up the addresses ({e})", file=sys.stderr)
        subprocess.run(["ip", "netns", "del", ns], capture_output=True)
        return None
    return ns


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bywayd", default="")
    ap.add_argument("--bywayctl", required=True)
    ap.add_argument("--test", required=True)
    ap.add_argument("--move", action="store_true")
    args = ap.parse_args()
    ci = os.environ.get("CI") == "true"

    def skip(msg: str) -> int:
        print(("FAIL: " if ci else "SKIP: ") + msg, file=sys.stderr)
        return 1 if ci else SKIP

    if not args.bywayd or not os.access(args.bywayd, os.X_OK):
        return skip("no bywayd binary: the remote lab needs a real helper")
    if not guilab.can_netns():
        return skip("needs root and ip(8) for a network namespace")
    if args.move:
        ns = bypass_with_addresses()
        if not ns:
            return skip("could not make the bypass router's namespace")
    else:
        ns = f"byway-remote-{os.getpid()}"
        guilab.ip("netns", "add", ns)
        guilab.ip("-n", ns, "link", "set", "lo", "up")
    host, listen = (MOVE_FROM, f"0.0.0.0:{PORT}") if args.move else ("127.0.0.1", f"127.0.0.1:{PORT}")
    daemon = None
    try:
        with tempfile.TemporaryDirectory(prefix="byway-remote-lab-") as t:
            tmp = Path(t)
            daemon = guilab.Bywayd(args.bywayd, tmp, ns, ["--remote-listen", listen,
                                                          "--remote-ratelimit", f"{FAILURES}:60:20"])
            remote = daemon.call("status.get").get("remote", {})
            if not remote.get("enabled"):
                print(f"FAIL: bywayd reports no remote listener: {remote}", file=sys.stderr)
                return 1
            tokens = {}
            for role in ("admin", "view"):
                r = subprocess.run([args.bywayctl, "--socket", str(daemon.sock), "-o", "json", "token", "create",
                                    "--role", role, "--name", f"lab-{role}"], capture_output=True, text=True, check=True)
                tokens[role] = json.loads(r.stdout)["token"]
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BYWAY_REMOTE_HOST=host,
                       BYWAY_REMOTE_PORT=str(PORT), BYWAY_REMOTE_FINGERPRINT=remote["fingerprintSha256"],
                       BYWAY_ADMIN_TOKEN=tokens["admin"], BYWAY_VIEW_TOKEN=tokens["view"],
                       BYWAY_RATE_FAILURES=str(FAILURES), BYWAY_SOCKET=str(daemon.sock))
            if args.move:
                env.update(BYWAY_MOVE_TO=MOVE_TO, BYWAY_MOVE_BLOCKED=BLOCKED, XDG_CONFIG_HOME=str(tmp / "config"),
                           DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent/byway-no-bus")
            rc = subprocess.run(["ip", "netns", "exec", ns, args.test], env=env).returncode
            if rc != 0:
                print(f"bywayd's log: {tmp / 'bywayd.log'}", file=sys.stderr)
                print((tmp / "bywayd.log").read_text()[-4000:], file=sys.stderr)
            return rc
    finally:
        if daemon:
            daemon.stop()
        subprocess.run(["ip", "netns", "del", ns], capture_output=True)


if __name__ == "__main__":
    sys.exit(main())
