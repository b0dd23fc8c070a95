#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs a GUI test against a real bywayd in a network namespace of its own
(a veth lan0 192.168.10.2/24, as for the screenshots): BYWAY_SOCKET points
the test at it. Whatever the test applies changes only that namespace.
Needs root and `ip`; exits 77 (skip) otherwise, 1 under CI=true.
  netns_run.py --bywayd BYWAYD -- TEST [ARGS...]"""
import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import guilab  # noqa: E402

SKIP = 77


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bywayd", default="")
    ap.add_argument("test", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    test = [a for a in args.test if a != "--"]
    ci = os.environ.get("CI") == "true"

    def skip(msg: str) -> int:
        print(("FAIL: " if ci else "SKIP: ") + msg, file=sys.stderr)
        return 1 if ci else SKIP

    if not args.bywayd or not os.access(args.bywayd, os.X_OK):
        return skip("no bywayd binary: this test needs a real helper")
    ns = guilab.bypass_netns()
    if not ns:
        return skip("needs root and ip(8) for a network namespace")
    daemon = None
    try:
        with tempfile.TemporaryDirectory(prefix="byway-gui-netns-") as t:
            tmp = Path(t)
            daemon = guilab.Bywayd(args.bywayd, tmp, ns)
            env = dict(os.environ, BYWAY_SOCKET=str(daemon.sock), QT_QPA_PLATFORM="offscreen")
            rc = subprocess.run(test, env=env).returncode
            if rc != 0:
                print(f"--- bywayd's log ({tmp / 'bywayd.log'}):", file=sys.stderr)
                print((tmp / "bywayd.log").read_text()[-4000:], file=sys.stderr)
            return rc
    finally:
        if daemon:
            daemon.stop()
        subprocess.run(["ip", "netns", "del", ns], capture_output=True)


if __name__ == "__main__":
    sys.exit(main())
