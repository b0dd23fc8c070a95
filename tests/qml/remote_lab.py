#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs tst_remotelab against a real bywayd remote listener: bywayd with
--remote-listen 127.0.0.1:PORT in a network namespace of its own (so its
probe, config and listener touch nothing of the host), an admin and a view
token from `bywayctl token create`, and the certificate fingerprint bywayd
reports in status.get; the test binary runs in the same namespace.
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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bywayd", default="")
    ap.add_argument("--bywayctl", required=True)
    ap.add_argument("--test", required=True)
    args = ap.parse_args()
    if (rc := guilab.cannot_run(args.bywayd)) is not None:
        return rc
    with guilab.new_lab() as lab:
        lab.add_node("remote")
        daemon = guilab.start_bywayd(lab, "remote", args.bywayd, "gui-remote-lab",
                                     extra=["--remote-listen", f"127.0.0.1:{PORT}",
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
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BYWAY_REMOTE_HOST="127.0.0.1",
                   BYWAY_REMOTE_PORT=str(PORT), BYWAY_REMOTE_FINGERPRINT=remote["fingerprintSha256"],
                   BYWAY_ADMIN_TOKEN=tokens["admin"], BYWAY_VIEW_TOKEN=tokens["view"],
                   BYWAY_RATE_FAILURES=str(FAILURES), BYWAY_SOCKET=daemon.socket)
        rc = subprocess.run(lab.cmd("remote", args.test), env=env).returncode
        if rc != 0:
            print(f"bywayd's log: {daemon.log_path}", file=sys.stderr)
            print(daemon.log_text()[-4000:], file=sys.stderr)
        return rc


if __name__ == "__main__":
    sys.exit(main())
