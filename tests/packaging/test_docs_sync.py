#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The man pages and the bash completion name every command and option the
programs themselves list in --help: a new command cannot ship undocumented.

usage: test_docs_sync.py BYWAYCTL BYWAYD SOURCE_DIR"""

import re
import subprocess
import sys


def help_text(binary):
    p = subprocess.run([binary, "--help"], capture_output=True, text=True, timeout=30)
    if p.returncode != 0:
        raise SystemExit(f"{binary} --help failed ({p.returncode}): {p.stderr}")
    return p.stdout


def man_words(path):
    # roff escapes: "\-" is "-", "\f." switches fonts.
    text = open(path, encoding="utf-8").read()
    return re.sub(r"\\f.", "", text.replace("\\-", "-"))


def main():
    bywayctl, bywayd, src = sys.argv[1:4]
    problems = []

    ctl_help = help_text(bywayctl)
    commands = re.findall(r"^  ([a-z]+(?: (?:get|validate|set|create|list|revoke))?)\b", ctl_help.split("Options:")[0], re.M)
    if len(commands) < 10:
        problems.append(f"could not read the command list from bywayctl --help: {commands}")
    man = man_words(f"{src}/packaging/man/bywayctl.1")
    completion = open(f"{src}/packaging/completion/bywayctl", encoding="utf-8").read()
    for cmd in commands:
        first = cmd.split()[0]
        if not re.search(rf"^\.B[IR]? \"?{re.escape(cmd)}\b", man, re.M):
            problems.append(f"bywayctl.1 does not describe `{cmd}`")
        if not re.search(rf"\b{re.escape(first)}\b", completion):
            problems.append(f"the bash completion does not offer `{first}`")
    for opt in set(re.findall(r"(--[a-z][a-z-]+)", ctl_help.split("Options:")[0])):
        if opt not in completion:
            problems.append(f"the bash completion does not know {opt}")

    d_help = help_text(bywayd)
    man8 = man_words(f"{src}/packaging/man/bywayd.8")
    d_options = re.findall(r"^\s+(--[a-z][a-z-]+)", d_help, re.M)
    for opt in d_options:
        if opt not in man8:
            problems.append(f"bywayd.8 does not describe {opt}")

    for p in problems:
        print("FAIL:", p)
    print(f"{len(commands)} bywayctl commands, {len(d_options)} bywayd options checked")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
