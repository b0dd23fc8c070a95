# SPDX-License-Identifier: GPL-3.0-or-later
"""What the benches share: the lab (bywaylab's namespaces, so a killed bench
leaves nothing behind and the next lab run cleans up after it), the built
tools, and writing a section of docs/benchmarks.md.

    from benchlib import Lab, tool, write_doc_section
"""

import os
import sys

SOURCE_DIR = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.join(SOURCE_DIR, "tests", "lab"))

from bywaylab import Lab, LabError  # noqa: E402,F401
from bywaylab import paths  # noqa: E402

DOC = os.path.join(SOURCE_DIR, "docs", "benchmarks.md")

_TOOLS = {
    "byway-nft-tool": ("helper", "netfilter", "byway-nft-tool"),
    "byway-route-tool": ("helper", "routing", "byway-route-tool"),
    "byway-probe": ("helper", "probe", "byway-probe"),
}


def tool(name):
    """A built tool: $BYWAY_BIN_DIR/NAME, else the build directory's."""
    if os.environ.get("BYWAY_BIN_DIR"):
        path = os.path.join(os.environ["BYWAY_BIN_DIR"], name)
    else:
        path = os.path.join(paths.build_dir(), *_TOOLS[name])
    if not os.access(path, os.X_OK):
        raise SystemExit(f"{name} is not built ({path}); build it or set BYWAY_BIN_DIR")
    return path


def need_root():
    if os.geteuid() != 0:
        raise SystemExit("this bench needs root (network namespaces)")


def write_doc_section(heading, section):
    """Replaces the section that starts with `heading` (a "## ..." line) in
    docs/benchmarks.md with `section`, or appends it."""
    text = open(DOC).read() if os.path.exists(DOC) else "# Benchmarks\n"
    start = text.find(heading + "\n")
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + section
    else:
        end = text.find("\n## ", start + len(heading))
        text = text[:start] + section + (text[end + 1:] if end >= 0 else "")
    with open(DOC, "w") as f:
        f.write(text)
    print(f"wrote {DOC}")
