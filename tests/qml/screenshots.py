#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders every page of the GUI in every language at desktop and kiosk size
against a real bywayd, into OUT/<lang>-<page>-<size>.png, and checks that each
file is a non-empty PNG and that the page title differs per language (so it
was translated). Under CI=true a missing bywayd fails instead of skipping.

As root (with `ip`), bywayd runs in a network namespace of its own with a
veth lan0 (192.168.10.2/24) and gets a bypass-router config applied, so the
topology and configuration pages show a real role; the host's network is never
touched. Otherwise it runs as is and the pages show role none."""
import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LANGS = ["en", "zh_CN", "ko"]
PAGES = ["overview", "topology", "configuration", "logs", "settings"]
SIZES = [("1280x800", []), ("800x480", ["--kiosk"])]
SKIP = 77


BYPASS = {"version": 1, "role": "bypass-router",
          "interfaces": {"lan": ["lan0"]},
          "bypass": {"mainRouter": "192.168.10.1", "address": "192.168.10.2/24", "dhcp": "main"}}


def make_netns() -> str | None:
    """A namespace with lo and a veth lan0 (peer lan0p), or None when that cannot be done here."""
    if os.geteuid() != 0 or not shutil.which("ip"):
        return None
    ns = f"byway-shots-{os.getpid()}"
    try:
        for cmd in (["ip", "netns", "add", ns],
                    ["ip", "-n", ns, "link", "set", "lo", "up"],
                    ["ip", "-n", ns, "link", "add", "lan0", "type", "veth", "peer", "name", "lan0p"],
                    ["ip", "-n", ns, "addr", "add", "192.168.10.2/24", "dev", "lan0"],
                    ["ip", "-n", ns, "link", "set", "lan0", "up"],
                    ["ip", "-n", ns, "link", "set", "lan0p", "up"]):
            subprocess.run(cmd, check=True, capture_output=True)
    except (subprocess.CalledProcessError, OSError) as e:
        print(f"note: no network namespace ({e}); topology shows role none", file=sys.stderr)
        subprocess.run(["ip", "netns", "del", ns], capture_output=True)
        return None
    return ns


def rpc(sock: Path, method: str, params: dict) -> dict:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(30)
        s.connect(str(sock))
        s.sendall((json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params}) + "\n").encode())
        buf = b""
        while not buf.endswith(b"\n"):
            chunk = s.recv(65536)
            if not chunk:
                break
            buf += chunk
    return json.loads(buf.splitlines()[0])


def start_bywayd(bywayd: str, tmp: Path, ns: str | None) -> tuple[subprocess.Popen, Path]:
    sock = tmp / "bywayd.sock"
    (tmp / "etc").mkdir()
    (tmp / "state").mkdir()
    prefix = ["ip", "netns", "exec", ns] if ns else []
    proc = subprocess.Popen([*prefix, bywayd, "--socket", str(sock), "--config", str(tmp / "etc" / "byway.json"),
                             "--state-dir", str(tmp / "state")],
                            stdout=subprocess.DEVNULL, stderr=open(tmp / "bywayd.log", "w"))
    for _ in range(100):
        if sock.exists():
            return proc, sock
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    proc.kill()
    raise SystemExit(f"bywayd did not create {sock}; see {tmp / 'bywayd.log'}")


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
        ns = make_netns()
        proc, sock = start_bywayd(args.bywayd, tmp, ns)
        if ns:
            reply = rpc(sock, "config.apply", {"config": BYPASS})
            if "error" in reply:
                failures.append(f"config.apply of the bypass config failed: {reply['error']}")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software",
                   XDG_CONFIG_HOME=str(tmp / "config"), XDG_RUNTIME_DIR=str(tmp))
        env.pop("BYWAY_SOCKET", None)
        titles: dict[tuple[str, str], dict[str, str]] = {}
        try:
            for size, extra in SIZES:
                for page in PAGES:
                    for lang in LANGS:
                        png = out / f"{lang}-{page}-{size}.png"
                        png.unlink(missing_ok=True)
                        r = subprocess.run([args.byway, "--socket", str(sock), "--lang", lang, "--page", page,
                                            "--size", size, "--screenshot", str(png), *extra],
                                           env=env, capture_output=True, text=True, timeout=60)
                        title = next((l.split("title: ", 1)[1] for l in r.stderr.splitlines()
                                      if l.startswith("byway: title: ")), "")
                        titles.setdefault((page, size), {})[lang] = title
                        if r.returncode != 0:
                            failures.append(f"{png.name}: byway exited {r.returncode}: {r.stderr.strip()}")
                        elif r.stdout.strip() != str(png.resolve()):
                            failures.append(f"{png.name}: printed {r.stdout.strip()!r}, not the path")
                        elif not png.exists() or png.stat().st_size < 1000 or png.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
                            failures.append(f"{png.name}: missing, empty or not a PNG")
                        else:
                            print(f"ok {png} ({title})")
        finally:
            proc.terminate()
            proc.wait(timeout=10)
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
