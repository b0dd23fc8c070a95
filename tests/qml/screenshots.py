#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders every page of the GUI in every language at desktop and kiosk size
against a real bywayd, into OUT/<lang>-<page>-<size>.png, and checks that each
file is a non-empty PNG and that the page title differs per language (so it
was translated). Under CI=true a missing bywayd fails instead of skipping.

As root (with `ip`), bywayd runs in network namespaces of its own (guilab.py):
one with a veth lan0 (192.168.10.2/24) and a bypass-router config applied, so
the topology and configuration pages show a real role, and for the Flows page
a client -- router -- upstream lab with the compat capture on and live TCP
flows of two users. The host's network is never touched. Otherwise bywayd
runs as is and the pages show role none and no capture. The Appliances page
shows two remote appliances seeded into the settings (no keychain here)."""

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import guilab  # noqa: E402

LANGS = ["en", "zh_CN", "ko"]
PAGES = ["overview", "topology", "configuration", "flows", "logs", "appliances", "settings"]
SIZES = [("1280x800", []), ("800x480", ["--kiosk"])]
SKIP = 77

# Two remote appliances for the Appliances page: one pinned with its token in
# the keychain, one not trusted yet. No token is stored anywhere by this.
APPLIANCES = """[appliances]
active=local
list\\1\\id=3f8a6c1e-0000-4000-8000-000000000001
list\\1\\name=Office gateway
list\\1\\host=gw.office.example
list\\1\\port=7443
list\\1\\pin=5E:0B:8C:21:7A:44:19:D3:6F:C2:90:1B:AA:37:E4:58:0D:9F:61:2C:B7:03:4E:88:D1:76:3A:C5:1F:E9:42:6B
list\\1\\tokenInKeychain=true
list\\2\\id=3f8a6c1e-0000-4000-8000-000000000002
list\\2\\name=Branch side router
list\\2\\host=10.20.0.1
list\\2\\port=7443
list\\2\\pin=
list\\2\\tokenInKeychain=false
list\\size=2
"""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--byway", required=True)
    ap.add_argument("--bywayd", default="")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    ci = os.environ.get("CI") == "true"
    if not args.bywayd or not os.access(args.bywayd, os.X_OK):
        msg = f"no bywayd binary ({args.bywayd or 'not built'}): screenshots need a real helper"
        print(("FAIL: " if ci else "SKIP: ") + msg, file=sys.stderr)
        return 1 if ci else SKIP

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    failures = []
    with tempfile.TemporaryDirectory(prefix="byway-shots-") as t:
        tmp = Path(t)
        ns = guilab.bypass_netns()
        daemon = guilab.Bywayd(args.bywayd, tmp / "bypass", ns)
        flows = None
        titles: dict[tuple[str, str], dict[str, str]] = {}
        try:
            if ns:
                try:
                    daemon.call("config.apply", {"config": guilab.BYPASS})
                except RuntimeError as e:
                    failures.append(f"config.apply of the bypass config failed: {e}")
                try:
                    flows = guilab.FlowsLab(args.bywayd, tmp / "flows")
                except (RuntimeError, OSError, subprocess.CalledProcessError) as e:
                    failures.append(f"the flows lab did not start: {e}")
            (tmp / "config" / "Byway").mkdir(parents=True)
            (tmp / "config" / "Byway" / "byway.conf").write_text(APPLIANCES)
            (tmp / "run").mkdir(mode=0o700)
            env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software",
                       XDG_CONFIG_HOME=str(tmp / "config"), XDG_RUNTIME_DIR=str(tmp / "run"))
            env.pop("BYWAY_SOCKET", None)
            # No session bus: the Appliances page shows how it says that there is no keychain.
            env["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/byway-shots-no-bus"
            for size, extra in SIZES:
                for page in PAGES:
                    sock = flows.sock if page == "flows" and flows else daemon.sock
                    for lang in LANGS:
                        png = out / f"{lang}-{page}-{size}.png"
                        png.unlink(missing_ok=True)
                        r = subprocess.run([args.byway, "--socket", str(sock), "--lang", lang, "--page", page,
                                            "--size", size, "--screenshot", str(png), *extra],
                                           env=env, capture_output=True, text=True, timeout=60)
                        title = next((l.split("title: ", 1)[1] for l in r.stderr.splitlines()
                                      if l.startswith("byway: title: ")), "")
                        titles.setdefault((page, size), {})[lang] = title
                        # QML warnings (binding loops, anchors in layouts, missing modules) are failures too.
                        warnings = [l for l in r.stderr.splitlines() if l.startswith("qrc:") or "QML" in l]
                        if r.returncode != 0:
                            failures.append(f"{png.name}: byway exited {r.returncode}: {r.stderr.strip()}")
                        elif r.stdout.strip() != str(png.resolve()):
                            failures.append(f"{png.name}: printed {r.stdout.strip()!r}, not the path")
                        elif not png.exists() or png.stat().st_size < 1000 or png.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
                            failures.append(f"{png.name}: missing, empty or not a PNG")
                        elif warnings:
                            failures.append(f"{png.name}: QML warnings: {warnings[:3]}")
                        else:
                            print(f"ok {png} ({title})")
        finally:
            if flows:
                flows.close()
            daemon.stop()
            if ns:
                subprocess.run(["ip", "netns", "del", ns], capture_output=True)
        for (page, size), by_lang in titles.items():
            if not all(by_lang.get(l) for l in LANGS):
                failures.append(f"{page} {size}: a title is missing: {by_lang}")
            elif len(set(by_lang.values())) != len(LANGS):
                failures.append(f"{page} {size}: title not translated in every language: {by_lang}")
    for f in failures:
        print("FAIL:", f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
