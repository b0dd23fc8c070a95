#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""GUI benches, in one go, against their anchors:

1. Cold start to first frame: exec of `byway` (overview page, 1280x800,
   offscreen, software renderer) until its first frame is swapped, median of
   N runs; anchor: a bare Qt Quick Controls window on the same Qt and
   renderer (bench/gui/anchor, built here). Page cache warm: every run is a
   new process, but the libraries stay cached (dropping caches would hit the
   other users of this machine).
2. RSS (VmRSS) with the Logs page open and idle, 3 s after start; anchor:
   the same bare window.
3. Log ingestion: a stand-in bywayd (fake_bywayd.py, on a Unix socket, the
   GUI reads it exactly as bywayd's) streams 10,000 logs.line per second for
   20 s to `byway --page logs`. Per frame the render cost (beforeSynchronizing
   → frameSwapped) and the interval between frames, p50/p99; RSS sampled every
   0.5 s: growth must stop once the 5000-line ring is full. A frame is timed
   from the window's UpdateRequest (before items are polished: ListView makes
   and lays out its delegates there) to frameSwapped, in wall time and in the
   GUI thread's CPU time (on shared cores wall time includes waiting for one);
   sync → swapped alone is printed too. Anchor for frames: the 16.7 ms budget
   of a 60 Hz display.

  python3 bench/gui/gui_bench.py [--byway build/app/byway/byway] [--runs 7]
                                 [--rate 10000] [--seconds 20] [--only startup,rss,ingest]
Prints the tables as Markdown (for docs/benchmarks.md) and a JSON summary."""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))]


def env_for(tmp: Path, frames: Path | None, quit_first: bool) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software",
               XDG_CONFIG_HOME=str(tmp / "config"), XDG_RUNTIME_DIR=str(tmp / "run"))
    env.pop("BYWAY_SOCKET", None)
    if frames:
        env["BYWAY_BENCH_FRAMES"] = str(frames)
    if quit_first:
        env["BYWAY_BENCH_QUIT_AFTER_FIRST_FRAME"] = "1"
    return env


def first_frame_ms(cmd: list[str], tmp: Path) -> float:
    frames = tmp / "frames.txt"
    frames.unlink(missing_ok=True)
    start = time.monotonic_ns()
    r = subprocess.run(cmd, env=env_for(tmp, frames, True), capture_output=True, timeout=60)
    if r.returncode != 0:
        raise SystemExit(f"{cmd[0]} exited {r.returncode}: {r.stderr.decode()[-2000:]}")
    for line in frames.read_text().splitlines():
        if line.startswith("first "):
            return (int(line.split()[1]) - start) / 1e6
    raise SystemExit(f"{cmd[0]}: no first frame recorded")


def build_anchor(tmp: Path) -> Path:
    build = tmp / "anchor-build"
    subprocess.run(["cmake", "-S", str(HERE / "anchor"), "-B", str(build), "-G", "Ninja",
                    "-DCMAKE_BUILD_TYPE=RelWithDebInfo"], check=True, capture_output=True)
    subprocess.run(["nice", "ninja", "-C", str(build), "-j2"], check=True, capture_output=True)
    return build / "byway-bench-anchor"


class Fake:
    def __init__(self, tmp: Path, rate: int, seconds: float, start_file: Path | None):
        self.sock = tmp / "fake.sock"
        args = [sys.executable, str(HERE / "fake_bywayd.py"), str(self.sock), "--rate", str(rate),
                "--seconds", str(seconds)]
        if start_file:
            args += ["--start-file", str(start_file)]
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
        for _ in range(100):
            if self.sock.exists():
                return
            time.sleep(0.05)
        raise SystemExit("fake_bywayd did not start")

    def stop(self) -> str:
        self.proc.terminate()
        out, _ = self.proc.communicate(timeout=10)
        return out


def start_gui(byway: str, sock: Path, tmp: Path, frames: Path | None) -> subprocess.Popen:
    return subprocess.Popen([byway, "--socket", str(sock), "--page", "logs", "--size", "1280x800"],
                            env=env_for(tmp, frames, False), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def stop(p: subprocess.Popen) -> None:
    p.terminate()
    try:
        p.wait(timeout=10)
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()


def startup(args, anchor: Path, tmp: Path) -> dict:
    fake = Fake(tmp, 0, 0, tmp / "never")
    try:
        byway_ms, anchor_ms = [], []
        for _ in range(args.runs):
            shutil.rmtree(tmp / "config", ignore_errors=True)
            byway_ms.append(first_frame_ms([args.byway, "--socket", str(fake.sock), "--size", "1280x800"], tmp))
            anchor_ms.append(first_frame_ms([str(anchor)], tmp))
    finally:
        fake.stop()
    return {"byway_ms": byway_ms, "anchor_ms": anchor_ms,
            "byway_median": statistics.median(byway_ms), "anchor_median": statistics.median(anchor_ms)}


def idle_rss(args, anchor: Path, tmp: Path) -> dict:
    fake = Fake(tmp, 0, 0, tmp / "never")
    try:
        gui = start_gui(args.byway, fake.sock, tmp, None)
        time.sleep(3)
        logs_idle = rss_kib(gui.pid)
        stop(gui)
    finally:
        fake.stop()
    a = subprocess.Popen([str(anchor)], env=env_for(tmp, None, False), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(3)
    anchor_kib = rss_kib(a.pid)
    stop(a)
    return {"logs_idle_kib": logs_idle, "anchor_kib": anchor_kib}


def ingest(args, tmp: Path) -> dict:
    go = tmp / "go"
    go.unlink(missing_ok=True)
    frames = tmp / "ingest-frames.txt"
    fake = Fake(tmp, args.rate, args.seconds, go)
    samples = []
    try:
        gui = start_gui(args.byway, fake.sock, tmp, frames)
        time.sleep(3)
        before = rss_kib(gui.pid)
        load_before = os.getloadavg()[0]
        go.touch()
        t0 = time.monotonic_ns()
        while time.monotonic_ns() - t0 < (args.seconds + 1) * 1e9:
            time.sleep(0.5)
            samples.append(((time.monotonic_ns() - t0) / 1e9, rss_kib(gui.pid)))
        load_after = os.getloadavg()[0]
        alive = gui.poll() is None
        stop(gui)
    finally:
        counters = fake.stop().strip().splitlines()
    stream = json.loads(counters[0]) if counters else {}
    total, render, cpu, interval = [], [], [], []
    last_end = None
    for line in frames.read_text().splitlines():
        parts = line.split()
        if parts[0] != "frame":
            continue
        begin, sync, end, cpu_ns = int(parts[1]), int(parts[2]), int(parts[3]), int(parts[4])
        if end < t0 or end > t0 + args.seconds * 1e9:
            continue  # frames of the stream only
        total.append((end - begin) / 1e6)
        render.append((end - sync) / 1e6)
        if cpu_ns >= 0:
            cpu.append(cpu_ns / 1e6)
        if last_end is not None:
            interval.append((end - last_end) / 1e6)
        last_end = end
    rss_values = [r for _, r in samples]
    settled = [r for s, r in samples if s >= 5]
    stat = lambda v: {"p50": pct(v, 50), "p99": pct(v, 99), "max": max(v or [0])}
    return {
        "rate": args.rate, "seconds": args.seconds, "stream": stream, "alive": alive,
        "load": [load_before, load_after], "frames": len(total),
        "over_budget": sum(1 for v in total if v > 16.7),
        "total": stat(total), "render": stat(render), "cpu": stat(cpu), "interval": stat(interval),
        "rss_before_kib": before, "rss_max_kib": max(rss_values or [0]),
        "rss_at_5s_kib": settled[0] if settled else 0, "rss_end_kib": rss_values[-1] if rss_values else 0,
        "rss_growth_after_5s_kib": (max(settled) - settled[0]) if settled else 0,
    }


def report(args, results: dict) -> None:
    mib = lambda k: k / 1024
    if "startup" in results or "rss" in results:
        print("| | byway | anchor: bare Qt Quick window | ratio |")
        print("|---|---|---|---|")
    if "startup" in results:
        s = results["startup"]
        print(f"| first frame, median of {args.runs} (ms) | {s['byway_median']:.0f} | {s['anchor_median']:.0f} | "
              f"{s['byway_median'] / s['anchor_median']:.2f}x |")
    if "rss" in results:
        r = results["rss"]
        print(f"| RSS, Logs page idle (MiB) | {mib(r['logs_idle_kib']):.1f} | {mib(r['anchor_kib']):.1f} | "
              f"{r['logs_idle_kib'] / r['anchor_kib']:.2f}x |")
        print()
    if "ingest" in results:
        i = results["ingest"]
        print(f"Ingestion: {i['rate']} lines/s for {i['seconds']:.0f} s; delivered {i['stream'].get('sent')}, "
              f"dropped by the source's slow-reader rule {i['stream'].get('dropped')}; GUI alive: {i['alive']}; "
              f"load average {i['load'][0]:.1f} → {i['load'][1]:.1f}")
        print()
        print(f"| {i['frames']} frames | p50 | p99 | max | anchor: 16.7 ms (60 Hz) |")
        print("|---|---|---|---|---|")
        rows = [("whole frame, UpdateRequest → swapped, wall (ms)", "total"),
                ("whole frame, GUI thread CPU (ms)", "cpu"),
                ("sync → swapped, wall (ms)", "render")]
        for label, key in rows:
            v = i[key]
            print(f"| {label} | {v['p50']:.1f} | {v['p99']:.1f} | {v['max']:.1f} | p99 {v['p99'] / 16.7:.2f}x |")
        print(f"| frame interval (ms) | {i['interval']['p50']:.1f} | {i['interval']['p99']:.1f} | | |")
        print()
        print(f"Frames over 16.7 ms (wall): {i['over_budget']} of {i['frames']}")
        print(f"RSS: {mib(i['rss_before_kib']):.1f} MiB before the stream, {mib(i['rss_at_5s_kib']):.1f} MiB at 5 s, "
              f"{mib(i['rss_max_kib']):.1f} MiB max, {mib(i['rss_end_kib']):.1f} MiB at the end; "
              f"growth after 5 s: {i['rss_growth_after_5s_kib'] / 1024:.1f} MiB")
        print()
    print(json.dumps(results))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--byway", default=str(ROOT / "build" / "app" / "byway" / "byway"))
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--rate", type=int, default=10000)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--only", default="startup,rss,ingest", help="comma-separated parts to run")
    args = ap.parse_args()
    parts = set(args.only.split(","))
    if not parts <= {"startup", "rss", "ingest"}:
        print(f"--only: unknown part in {args.only!r} (startup, rss, ingest)", file=sys.stderr)
        return 2
    if not os.access(args.byway, os.X_OK):
        print(f"no byway at {args.byway} (--byway)", file=sys.stderr)
        return 2
    results: dict = {}
    with tempfile.TemporaryDirectory(prefix="byway-guibench-") as t:
        tmp = Path(t)
        (tmp / "run").mkdir(mode=0o700)
        anchor = build_anchor(tmp) if parts & {"startup", "rss"} else None
        # 1. Cold start to first frame (a helper socket that answers: the GUI connects during start).
        if "startup" in parts:
            results["startup"] = startup(args, anchor, tmp)
        # 2. RSS with the Logs page open, idle; the anchor's for comparison.
        if "rss" in parts:
            results["rss"] = idle_rss(args, anchor, tmp)
        # 3. Ingestion at `rate` lines/s for `seconds`, Logs page open.
        if "ingest" in parts:
            results["ingest"] = ingest(args, tmp)
    report(args, results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
