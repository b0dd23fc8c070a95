#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Renders every page of the GUI in every language at desktop and kiosk size
against a real bywayd, into OUT/<lang>-<page>-<size>.png, and checks that each
file is a non-empty PNG and that the page title differs per language (so it
was translated). Under CI=true a missing bywayd fails instead of skipping.

As root (with `ip`), bywayd runs in network namespaces of its own (guilab.py, on bywaylab):
one with a veth lan0 (192.168.10.2/24) and a bypass-router config applied, so
the topology and configuration pages show a real role, and for the Flows page
a client -- router -- upstream lab with the compat capture on and live TCP
flows of two users. The host's network is never touched. Otherwise bywayd
runs as is and the pages show role none and no capture. The Appliances page
shows two remote appliances seeded into the settings (no keychain here).

Then the pending banner: `bywayctl apply FILE --confirm-within 120` against
the same bywayd (as an admin at the CLI would), and overview, topology and
configuration shot again (OUT/pending-<lang>-<page>-<size>.png) with the
banner checked from what QML laid out (byway prints it): shown, counting
down, inside the window, Keep/Revert at least 48 px in the kiosk. After
`bywayctl confirm` it must be gone. Last, with a stored config the kernel
refuses (OUT/notapplied-<lang>-overview-<size>.png): "not applied" shown.
And a VPN gateway with findings and a counted drop (OUT/findings-*), and the
Configuration page with a refused file and its problem list (OUT/problems-*)."""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import guilab  # noqa: E402

LANGS = ["en", "zh_CN", "ko"]
PAGES = ["overview", "topology", "configuration", "flows", "logs", "appliances", "settings"]
PENDING_PAGES = ["overview", "topology", "configuration"]
BANNER = re.compile(r"^byway: banner: pending=(\d) secondsLeft=(\d+) notApplied=(\d) box=(-?\d+),(-?\d+),(\d+)x(\d+) "
                    r"window=(\d+)x(\d+) keep=(\d+)x(\d+) revert=(\d+)x(\d+)$", re.M)
MIN_TOUCH = 48
HEADER = re.compile(r"^byway: header: badge=(-?\d+),(-?\d+),(\d+)x(\d+) header=(-?\d+),(-?\d+),(\d+)x(\d+) connected=(\d)$", re.M)
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


def header_problem(stderr: str) -> str | None:
    """The kiosk's page header: its mode badge shown, once connected at the header's right end."""
    m = HEADER.search(stderr)
    if not m:
        return "no mode badge in the page header"
    bx, _, bw, _, hx, _, hw, _, connected = map(int, m.groups())
    if connected and abs((bx + bw) - (hx + hw)) > 1:
        return f"the mode badge ends at x={bx + bw}, the header at x={hx + hw}"
    return None


def shoot(args, env, sock, png, lang, page, size, extra):
    """Runs byway --screenshot; returns (problem or None, stderr)."""
    png.unlink(missing_ok=True)
    r = subprocess.run([args.byway, "--socket", str(sock), "--lang", lang, "--page", page,
                        "--size", size, "--screenshot", str(png), *extra],
                       env=env, capture_output=True, text=True, timeout=60)
    if r.returncode != 0:
        return f"{png.name}: byway exited {r.returncode}: {r.stderr.strip()}", r.stderr
    if r.stdout.strip() != str(png.resolve()):
        return f"{png.name}: printed {r.stdout.strip()!r}, not the path", r.stderr
    if not png.exists() or png.stat().st_size < 1000 or png.read_bytes()[:8] != b"\x89PNG\r\n\x1a\n":
        return f"{png.name}: missing, empty or not a PNG", r.stderr
    # QML warnings (binding loops, anchors in layouts, missing modules) are failures too.
    warnings = [l for l in r.stderr.splitlines() if l.startswith("qrc:") or "QML" in l]
    if warnings:
        return f"{png.name}: QML warnings: {warnings[:3]}", r.stderr
    return None, r.stderr


def pending_banner(args, daemon, env, out, tmp) -> list[str]:
    """An apply with a deadline from the CLI shows the banner on every page."""
    if not args.bywayctl or not os.access(args.bywayctl, os.X_OK):
        return [f"no bywayctl binary ({args.bywayctl or 'not given'}): the pending banner is not checked"]
    ctl = [args.bywayctl, "--socket", daemon.socket]
    failures = []
    cfg = daemon.call("config.get")["config"]
    cfg["capture"]["mtu"] = 1400 if cfg["capture"].get("mtu") != 1400 else 1380
    path = tmp / "pending.json"
    path.write_text(json.dumps(cfg))
    r = subprocess.run([*ctl, "apply", str(path), "--confirm-within", "120"], capture_output=True, text=True, timeout=60)
    if r.returncode != 0:
        return [f"bywayctl apply --confirm-within 120 failed ({r.returncode}): {r.stderr.strip()}"]
    human = subprocess.run([*ctl, "status"], capture_output=True, text=True, timeout=30).stdout
    if not re.search(r"(?m)^pending\s+revision \d+ applied by uid \d+ is unconfirmed: reverts at ", human) \
            or "bywayctl confirm" not in human or "bywayctl rollback" not in human:
        failures.append(f"bywayctl status does not show the pending confirm:\n{human}")
    try:
        for size, extra in SIZES:
            kiosk = "--kiosk" in extra
            for page in PENDING_PAGES:
                for lang in LANGS:
                    png = out / f"pending-{lang}-{page}-{size}.png"
                    problem, stderr = shoot(args, env, daemon.socket, png, lang, page, size, extra)
                    if problem:
                        failures.append(problem)
                        continue
                    m = BANNER.search(stderr)
                    if not m:
                        failures.append(f"{png.name}: byway printed no banner line: {stderr.strip()[-400:]}")
                        continue
                    (shown, left, _na, x, y, w, h, ww, wh, kw, kh, rw, rh) = map(int, m.groups())
                    problems = []
                    if not shown:
                        problems.append("banner not shown")
                    if not 0 < left <= 120:
                        problems.append(f"secondsLeft {left}")
                    if x < 0 or y < 0 or x + w > ww or y + h > wh:
                        problems.append(f"banner {x},{y} {w}x{h} outside the {ww}x{wh} window")
                    if kiosk and min(kw, kh, rw, rh) < MIN_TOUCH:
                        problems.append(f"Keep {kw}x{kh} / Revert {rw}x{rh} under {MIN_TOUCH} px")
                    if kiosk and h > wh * 0.4:
                        problems.append(f"banner {h} px high leaves too little of the {wh} px page")
                    if problems:
                        failures.append(f"{png.name}: " + "; ".join(problems))
                    else:
                        print(f"ok {png} (banner {w}x{h}, {left} s left)")
    finally:
        r = subprocess.run([*ctl, "confirm"], capture_output=True, text=True, timeout=30)
        if r.returncode != 0:
            failures.append(f"bywayctl confirm failed ({r.returncode}): {r.stderr.strip()}")
    png = out / "confirmed-en-overview-1280x800.png"
    problem, stderr = shoot(args, env, daemon.socket, png, "en", "overview", "1280x800", [])
    m = BANNER.search(stderr)
    if problem:
        failures.append(problem)
    elif not m or m.group(1) != "0":
        failures.append(f"{png.name}: the banner is still shown after bywayctl confirm")
    return failures


def not_applied_banner(args, env, out, lab, node) -> list[str]:
    """A stored config the kernel refuses at start-up (its LAN does not
    exist): every page says "not applied" with the reason. In the lab's own
    namespace, after the other bywayd stopped (this one would repair its
    state away as drift)."""
    failures = []
    d = None
    try:
        broken = dict(guilab.BYPASS, interfaces={"lan": ["nosuch0"]})
        d = guilab.start_bywayd(lab, node, args.bywayd, name="shots-broken", config=broken)
        for size, extra in SIZES:
            for lang in LANGS:
                png = out / f"notapplied-{lang}-overview-{size}.png"
                problem, stderr = shoot(args, env, d.socket, png, lang, "overview", size, extra)
                m = BANNER.search(stderr)
                if problem:
                    failures.append(problem)
                elif not m or m.group(3) != "1":
                    failures.append(f"{png.name}: the not-applied banner is not shown: {stderr.strip()[-300:]}")
                else:
                    print(f"ok {png} (not applied)")
    except (RuntimeError, OSError, guilab.RpcError) as e:
        failures.append(f"the not-applied bywayd did not start: {e}")
    finally:
        if d:
            d.stop()
    return failures


FINDINGS_PAGES = ["overview", "topology"]
FOCUS = re.compile(r"^byway: focus: field=(\S+) section=(\S*) at=(-?\d+),(-?\d+),(\d+)x(\d+) window=(\d+)x(\d+)$", re.M)


def findings_shots(args, env, out, tmp, lab) -> list[str]:
    """A VPN gateway whose VPN peer is outside every pool and a foreign
    forward chain with policy drop: the Overview lists bywayd's findings, the
    Topology shows them and the counted drop on the VPN path. Then the
    Configuration page with a file (--import) bywayd refuses: the problem list
    in words, with Show buttons (OUT/findings-*, OUT/problems-*), and after
    the first Show (OUT/problems-show-*): its field focused and in view."""
    if not guilab.can_netns():
        return []  # the bypass lab's own checks already say why there is no namespace
    failures = []
    d = None
    try:
        gw, peer = guilab.vpn(lab)
        d = guilab.start_bywayd(lab, gw, args.bywayd, name="shots-vpn")
        d.call("config.apply", {"config": guilab.VPN}, timeout=30)
        guilab.send_from_peer(lab, peer)
        topo = d.call("topology.get")
        dropped = sum(x.get("packets", 0) for x in topo.get("drops", []) if x.get("reason") == "source-outside-pools")
        ids = {f.get("id") for f in d.call("status.get").get("findings", [])}
        for want in ("env.pool.peers_outside", "env.foreign.policy_drop"):
            if want not in ids:
                failures.append(f"status.get has no {want} finding: {sorted(ids)}")
        if dropped <= 0:
            failures.append(f"topology.get counts no drop of the peer outside every pool: {topo.get('drops')}")
        broken = dict(guilab.VPN, pools=[{"name": "office", "subnet": "10.20.0.1/24",
                                          "users": [{"name": "alice", "address": "10.30.0.2"}]}],
                      nat={"masquerade": [{"source": "10.20.0.0/24", "out": "eth9"}]})
        (tmp / "broken-vpn.json").write_text(json.dumps(broken))
        for size, extra in SIZES:
            for lang in LANGS:
                for page in FINDINGS_PAGES:
                    png = out / f"findings-{lang}-{page}-{size}.png"
                    problem, _ = shoot(args, env, d.socket, png, lang, page, size, extra)
                    failures.append(problem) if problem else print(f"ok {png}")
                png = out / f"problems-{lang}-configuration-{size}.png"
                problem, _ = shoot(args, env, d.socket, png, lang, "configuration", size,
                                   [*extra, "--import", str(tmp / "broken-vpn.json")])
                failures.append(problem) if problem else print(f"ok {png}")
                png = out / f"problems-show-{lang}-configuration-{size}.png"
                problem, stderr = shoot(args, dict(env, BYWAY_SCREENSHOT_SHOW_PROBLEM="1"), d.socket, png, lang,
                                        "configuration", size, [*extra, "--import", str(tmp / "broken-vpn.json")])
                # byway pressed the first problem's Show: its field has the focus, in view.
                m = FOCUS.search(stderr)
                if problem:
                    failures.append(problem)
                elif not m:
                    failures.append(f"{png.name}: byway printed no focus line: {stderr.strip()[-300:]}")
                else:
                    field, section, x, y, w, h, ww, wh = m.group(1), m.group(2), *map(int, m.groups()[2:])
                    if field != "/pools/0/subnet" or section != "pools":
                        failures.append(f"{png.name}: Show focused {field} in {section}, not /pools/0/subnet in pools")
                    elif x < 0 or y < 0 or x + w > ww or y + h > wh:
                        failures.append(f"{png.name}: the focused field {x},{y} {w}x{h} is outside the {ww}x{wh} window")
                    else:
                        print(f"ok {png} (Show focused {field} at y={y})")
    except (RuntimeError, OSError, guilab.RpcError) as e:
        failures.append(f"the VPN findings lab failed: {e}")
    finally:
        if d:
            d.stop()
    return failures


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--byway", required=True)
    ap.add_argument("--bywayd", default="")
    ap.add_argument("--bywayctl", default="")
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
        lab = guilab.new_lab()
        # Without root there is no namespace: bywayd runs on the host and changes nothing.
        ns = guilab.bypass(lab) if guilab.can_netns() else None
        daemon = guilab.start_bywayd(lab, ns, args.bywayd, name="shots-bypass")
        flows = None
        titles: dict[tuple[str, str], dict[str, str]] = {}
        try:
            if ns:
                try:
                    daemon.call("config.apply", {"config": guilab.BYPASS}, timeout=30)
                except (RuntimeError, guilab.RpcError) as e:
                    failures.append(f"config.apply of the bypass config failed: {e}")
                try:
                    flows = guilab.FlowsLab(args.bywayd, lab=lab, name="shots-flows")
                except (RuntimeError, OSError, guilab.RpcError) as e:
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
                    sock = flows.sock if page == "flows" and flows else daemon.socket
                    for lang in LANGS:
                        png = out / f"{lang}-{page}-{size}.png"
                        problem, stderr = shoot(args, env, sock, png, lang, page, size, extra)
                        title = next((l.split("title: ", 1)[1] for l in stderr.splitlines()
                                      if l.startswith("byway: title: ")), "")
                        titles.setdefault((page, size), {})[lang] = title
                        if not problem and extra and (header := header_problem(stderr)):
                            problem = f"{png.name}: {header}"
                        if problem:
                            failures.append(problem)
                        else:
                            print(f"ok {png} ({title})")
            # Dozens of windows connected: each showed bywayd's last probe
            # (probe.get), none ran one (bywayd probes at start and after the apply).
            probes = daemon.log_text().count("probe started")
            if probes > 3:
                failures.append(f"bywayd probed {probes} times for the screenshots: a connecting GUI must not probe")
            failures += pending_banner(args, daemon, env, out, tmp)
            failures += findings_shots(args, env, out, tmp, lab)
        finally:
            daemon.stop()
            if ns and "env" in locals():  # the shots above ran
                failures += not_applied_banner(args, env, out, lab, ns)
            lab.close()
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
