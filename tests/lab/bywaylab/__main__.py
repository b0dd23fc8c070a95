# SPDX-License-Identifier: GPL-3.0-or-later
"""python3 -m bywaylab  up|run|cleanup|list

  up TOPOLOGY [--bywayd]        build it (and start bywayd in its router) and
                                hold it until Ctrl-C / SIGTERM
  run TOPOLOGY [--bywayd] [--keep] -- CMD...
                                build, run CMD with BYWAY_SOCKET and
                                BYWAYLAB_NS_<NODE> set, tear down (--keep:
                                hold until Ctrl-C afterwards); exits with CMD's status
  cleanup [--all]               remove leftovers of dead runs (--all: of every run)
  list                          lab namespaces that exist now
"""

import argparse
import os
import signal
import subprocess
import sys

from . import topologies
from .lab import Lab, LabError, cleanup_leftovers, list_namespaces, requirements_problem, PREFIX


def _build(args):
    problem = requirements_problem()
    if problem:
        raise LabError(problem)
    lab = Lab()
    info = topologies.BUILDERS[args.topology](lab)
    env = dict(os.environ)
    for node in lab.nodes:
        env[f"BYWAYLAB_NS_{node.upper()}"] = lab.ns(node)
    daemon = None
    if args.bywayd:
        daemon = lab.start_bywayd(info["router"], name=f"bywayd-{args.topology}")
        env["BYWAY_SOCKET"] = daemon.socket
    print(f"bywaylab: {args.topology} up: " + ", ".join(lab.ns(n) for n in lab.nodes), file=sys.stderr)
    if daemon:
        print(f"bywaylab: bywayd (pid {daemon.pid}) in {lab.ns(info['router'])}, socket {daemon.socket}, "
              f"log {daemon.log_path}", file=sys.stderr)
    return lab, daemon, env


def _hold(lab, daemon):
    print("bywaylab: holding the lab; Ctrl-C or SIGTERM tears it down", file=sys.stderr)
    while True:
        signal.pause()


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python3 -m bywaylab", description="Byway network lab")
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("up", "run"):
        p = sub.add_parser(name)
        p.add_argument("topology", choices=sorted(topologies.BUILDERS))
        p.add_argument("--bywayd", action="store_true", help="start bywayd in the topology's router")
        if name == "run":
            p.add_argument("--keep", action="store_true", help="hold the lab after CMD until Ctrl-C")
    p = sub.add_parser("cleanup")
    p.add_argument("--all", action="store_true", help="also the namespaces of runs still alive")
    sub.add_parser("list")
    argv = list(sys.argv[1:] if argv is None else argv)
    # Everything after "--" is the command to run, never options of ours.
    cmd = argv[argv.index("--") + 1:] if "--" in argv else []
    argv = argv[:argv.index("--")] if "--" in argv else argv
    args = parser.parse_args(argv)

    if args.command == "cleanup":
        removed = cleanup_leftovers(all_runs=args.all, verbose=True)
        print(f"bywaylab: removed {len(removed)} leftover(s)")
        return 0
    if args.command == "list":
        for ns in list_namespaces():
            if ns.startswith(PREFIX):
                print(ns)
        return 0

    try:
        lab, daemon, env = _build(args)
    except LabError as e:
        print(f"bywaylab: {e}", file=sys.stderr)
        return 1
    with lab:
        if args.command == "up":
            _hold(lab, daemon)
            return 0
        rc = 0
        if cmd:
            rc = subprocess.run(cmd, env=env).returncode
        if args.keep:
            _hold(lab, daemon)
        if daemon and not daemon.alive():
            print(f"bywaylab: bywayd exited early ({daemon.process.returncode}); log {daemon.log_path}",
                  file=sys.stderr)
            rc = rc or 1
        return rc


if __name__ == "__main__":
    sys.exit(main())
