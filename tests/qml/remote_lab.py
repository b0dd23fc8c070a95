#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs tst_remotelab against a real bywayd remote listener: bywayd with
--remote-listen 127.0.0.1:PORT in a network namespace of its own (so its
probe, config and listener touch nothing of the host), an admin and a view
token from `bywayctl token create`, and the certificate fingerprint bywayd
reports in status.get; the test binary runs in the same namespace.
--move: the node of a bypass router instead (guilab.bypass: lan0
192.168.10.2/24), whose LAN port also carries MOVE_TO and BLOCKED (the OS's
network config; Byway never assigns bypass.address); bywayd listens on
0.0.0.0:PORT; an nftables rule of the test drops TCP to BLOCKED:PORT, an
address the GUI cannot reach. The test gets them as BYWAY_MOVE_TO and
BYWAY_MOVE_BLOCKED, and a settings folder and keychain of its own (none).
--wrap SCRIPT: the test runs under it (keychain_session.sh: a real keychain).
Needs root and `ip`; exits 77 (skip) otherwise, 1 under CI=true."""
import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import guilab  # noqa: E402

PORT = 7443
FAILURES = 3  # --remote-ratelimit: a block after this many bad tokens
MOVE_FROM, MOVE_TO, BLOCKED = "192.168.10.2", "192.168.10.3", "192.168.10.4"


def bypass_with_addresses(lab) -> str:
    node = guilab.bypass(lab, "remote")
    for address in (MOVE_TO, BLOCKED):
        lab.addr(node, "lan0", f"{address}/24")
    rules = (f"table inet reconnectgui_block {{\n chain out {{\n type filter hook output priority 0;\n"
             f" ip daddr {BLOCKED} tcp dport {PORT} drop\n }}\n}}\n")
    lab.run(node, "nft", "-f", "-", input=rules)
    return node


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bywayd", default="")
    ap.add_argument("--bywayctl", required=True)
    ap.add_argument("--test", required=True)
    ap.add_argument("--move", action="store_true")
    ap.add_argument("--wrap", default="", help="a script the test runs under (keychain_session.sh)")
    args = ap.parse_args()
    if (rc := guilab.cannot_run(args.bywayd)) is not None:
        return rc
    with guilab.new_lab() as lab:
        if args.move:
            bypass_with_addresses(lab)
        else:
            lab.add_node("remote")
        host, listen = (MOVE_FROM, f"0.0.0.0:{PORT}") if args.move else ("127.0.0.1", f"127.0.0.1:{PORT}")
        daemon = guilab.start_bywayd(lab, "remote", args.bywayd,
                                     "gui-address-move" if args.move else "gui-remote-lab",
                                     extra=["--remote-listen", listen,
                                            "--remote-ratelimit", f"{FAILURES}:60:20"])
        remote = daemon.call("status.get").get("remote", {})
        if not remote.get("enabled"):
            print(f"FAIL: bywayd reports no remote listener: {remote}", file=sys.stderr)
            return 1
        tokens = {}
        for role in ("admin", "view"):
            r = subprocess.run([args.bywayctl, "--socket", daemon.socket, "-o", "json", "token", "create",
                                "--role", role, "--name", f"lab-{role}"], capture_output=True, text=True, check=True)
            tokens[role] = json.loads(r.stdout)["token"]
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BYWAY_REMOTE_HOST=host,
                   BYWAY_REMOTE_PORT=str(PORT), BYWAY_REMOTE_FINGERPRINT=remote["fingerprintSha256"],
                   BYWAY_ADMIN_TOKEN=tokens["admin"], BYWAY_VIEW_TOKEN=tokens["view"],
                   BYWAY_RATE_FAILURES=str(FAILURES), BYWAY_SOCKET=daemon.socket)
        if args.move:
            config = Path(daemon.socket).parent / "gui-config"
            env.update(BYWAY_MOVE_TO=MOVE_TO, BYWAY_MOVE_BLOCKED=BLOCKED, XDG_CONFIG_HOME=str(config),
                       DBUS_SESSION_BUS_ADDRESS="unix:path=/nonexistent/byway-no-bus")
        argv = [args.wrap, args.test] if args.wrap else [args.test]
        rc = subprocess.run(lab.cmd("remote", *argv), env=env).returncode
        if rc != 0:
            print(f"bywayd's log: {daemon.log_path}", file=sys.stderr)
            print(daemon.log_text()[-4000:], file=sys.stderr)
        return rc


if __name__ == "__main__":
    sys.exit(main())
