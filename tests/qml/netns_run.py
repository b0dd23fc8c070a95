#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs a GUI test against a real bywayd in a network namespace of its own
(a veth lan0 192.168.10.2/24, as for the screenshots): BYWAY_SOCKET points
the test at it. Whatever the test applies changes only that namespace.
--flows: instead, guilab.FlowsLab's client -- router -- upstream with the
compat capture carrying three live TCP flows from each of three clients.
Needs root and `ip`; exits 77 (skip) otherwise, 1 under CI=true.
  netns_run.py --bywayd BYWAYD [--flows] -- TEST [ARGS...]"""
import argparse
import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import guilab  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bywayd", default="")
    ap.add_argument("--flows", action="store_true")
    ap.add_argument("test", nargs=argparse.REMAINDER)
    args = ap.parse_args()
    test = [a for a in args.test if a != "--"]
    if (rc := guilab.cannot_run(args.bywayd)) is not None:
        return rc
    with guilab.new_lab() as lab:
        name = f"gui-{Path(test[0]).name}"
        if args.flows:
            daemon = guilab.FlowsLab(args.bywayd, lab=lab, name=name).daemon
        else:
            daemon = guilab.start_bywayd(lab, guilab.bypass(lab), args.bywayd, name=name)
        env = dict(os.environ, BYWAY_SOCKET=daemon.socket, QT_QPA_PLATFORM="offscreen")
        rc = subprocess.run(test, env=env).returncode
        if rc != 0:
            print(f"--- bywayd's log ({daemon.log_path}):", file=sys.stderr)
            print(daemon.log_text()[-4000:], file=sys.stderr)
        return rc


if __name__ == "__main__":
    sys.exit(main())
