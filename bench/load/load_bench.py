#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Control socket load bench: bywayd under a bounded storm of clients.

Starts the already-built bywayd (as root, inside `unshare --net`, in a temp
dir with a fresh config), then:

  1. baseline: one probe client sends status.get every 50 ms for BASELINE s
     with nothing else connected;
  2. storm (STORM s, all at once, from a child process so the probe's timing
     is not disturbed by the storm's event loop):
       - WB well-behaved clients doing status.get in a loop,
       - SLOW slow readers: logs.subscribe (backlog 5000) after one
         logs.setDebug {category: all, enabled: true}, then never read
         (raw sockets: nothing reads them, not even a stream buffer),
       - READERS log viewers that keep up (default 0; --readers 50 is the
         first version's storm, whose "slow" readers in fact read 8 MiB each),
       - IDLE clients that connect and never send,
       - a stream of oversized (2 MiB) and malformed lines, each batch on a
         fresh connection;
     while the same probe keeps measuring status.get round trips;
  3. all storm clients closed, RSS measured again after a short settle.

Connections are opened in the order WB, SLOW, READERS, abuse stream, IDLE, so with the
defaults (300 + 50 + 200 + probe > 512 = --max-clients) the last idle clients
are the ones refused with `busy`; refusals are counted per group, never
retried. Only the local Unix socket is used; every loop is bounded by time.

Asserts (exit 1): bywayd alive after the storm, storm p99 < P99_LIMIT_MS,
RSS after the storm within RSS_SLACK_MIB of the RSS at start.

Also printed, to tell the machine from bywayd: the storm's first RAMP_S
seconds (the connection storm: accepts, subscriptions and their backlogs)
apart from the steady state after it, the five worst samples with their time
into the storm, and the CPU used by bywayd, by the storm client and by the
whole machine meanwhile (with the load average).

usage: sudo bench/load/load_bench.py [--storm S] [--baseline S] [--wb N]
       [--slow N] [--idle N] [--readers N] [--bywayd PATH] [--json FILE] [--perf FILE]"""

import argparse
import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

SOURCE_DIR = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEFAULT_BYWAYD = os.path.join(SOURCE_DIR, "build", "helper", "bywayd")
P99_LIMIT_MS = 250.0
RSS_SLACK_MIB = 32.0
PROBE_INTERVAL = 0.05
RAMP_S = 3.0
MAX_LINE = 1 << 20
BUSY = -32006


# ---------------------------------------------------------------- helpers

def rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def cpu_seconds(pid):
    """utime + stime of a process, in seconds (None when it is gone)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def machine_busy():
    """(busy, total) jiffies of all CPUs from /proc/stat."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    idle = v[3] + v[4]
    return sum(v) - idle, sum(v)


def alive(proc):
    return proc.poll() is None and os.path.exists(f"/proc/{proc.pid}")


def pct(values, p):
    if not values:
        return float("nan")
    s = sorted(values)
    k = min(len(s) - 1, max(0, int(round(p / 100.0 * len(s) + 0.5)) - 1))
    return s[k]


class Probe:
    """Blocking JSON-RPC client on one connection, for the latency probe."""

    def __init__(self, path):
        self.s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.s.settimeout(10)
        self.s.connect(path)
        self.buf = b""
        self.next_id = 1

    def call(self, method, params=None):
        rid = self.next_id
        self.next_id += 1
        msg = {"jsonrpc": "2.0", "id": rid, "method": method}
        if params is not None:
            msg["params"] = params
        self.s.sendall(json.dumps(msg).encode() + b"\n")
        while True:
            while b"\n" not in self.buf:
                chunk = self.s.recv(65536)
                if not chunk:
                    raise ConnectionError("bywayd closed the probe connection")
                self.buf += chunk
            line, self.buf = self.buf.split(b"\n", 1)
            reply = json.loads(line)
            if reply.get("id") == rid:
                return reply
            if reply.get("id") is None and "error" in reply:
                raise ConnectionError(f"probe refused: {reply['error']}")

    def close(self):
        self.s.close()


def measure(probe, seconds, pid, on_tick=None):
    """status.get every 50 ms for `seconds`; returns (latencies_ms, errors, peak_rss_kib)."""
    lat, errors, peak = [], 0, 0
    end = time.monotonic() + seconds
    nxt = time.monotonic()
    while time.monotonic() < end:
        t0 = time.perf_counter()
        try:
            r = probe.call("status.get")
            if "result" not in r:
                errors += 1
        except (OSError, ValueError, ConnectionError):
            errors += 1
            break
        lat.append((time.perf_counter() - t0) * 1000.0)
        r_kib = rss_kib(pid) or 0
        peak = max(peak, r_kib)
        if on_tick:
            on_tick()
        nxt += PROBE_INTERVAL
        delay = nxt - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        else:
            nxt = time.monotonic()
    return lat, errors, peak


# ---------------------------------------------------------------- storm (child process)

def req(rid, method, params=None):
    m = {"jsonrpc": "2.0", "id": rid, "method": method}
    if params is not None:
        m["params"] = params
    return json.dumps(m).encode() + b"\n"


async def storm(path, seconds, n_wb, n_slow, n_idle, n_readers):
    c = {k: 0 for k in (
        "wb_connected", "wb_busy", "wb_requests", "wb_errors", "wb_disconnects",
        "slow_connected", "slow_busy", "slow_subscribed", "readers_connected", "reader_lines",
        "idle_connected", "idle_busy",
        "abuse_conns", "abuse_busy", "oversized_sent", "too_large_replies",
        "malformed_sent", "parse_error_replies", "invalid_request_replies", "abuse_other", "connect_eagain")}
    deadline = time.monotonic() + seconds
    writers = []
    stop = asyncio.Event()

    async def raw_connect():
        # Non-blocking AF_UNIX connect fails with EAGAIN while the listen
        # backlog is full, and asyncio's sock_connect then reports a socket
        # that never connected as connected: connect here, retry (bounded).
        for _ in range(500):
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.setblocking(False)
            try:
                s.connect(path)
                return s
            except BlockingIOError:
                s.close()
                c["connect_eagain"] += 1
                await asyncio.sleep(0.02)
        raise OSError("listen backlog stayed full")

    async def open_conn():
        r, w = await asyncio.open_unix_connection(sock=await raw_connect(), limit=4 * MAX_LINE)
        writers.append(w)
        return r, w

    async def read_reply(r, timeout):
        line = await asyncio.wait_for(r.readline(), timeout)
        if not line:
            raise ConnectionError("closed")
        return json.loads(line)

    def is_busy(reply):
        return reply.get("id") is None and reply.get("error", {}).get("code") == BUSY

    async def wb():
        try:
            r, w = await open_conn()
        except OSError:
            c["wb_errors"] += 1
            return
        rid = 0
        while time.monotonic() < deadline and not stop.is_set():
            rid += 1
            try:
                w.write(req(rid, "status.get"))
                await w.drain()
                reply = await read_reply(r, 10)
            except (OSError, ConnectionError, asyncio.TimeoutError, ValueError):
                c["wb_disconnects"] += 1
                return
            if is_busy(reply):
                c["wb_busy"] += 1
                return
            if rid == 1:
                c["wb_connected"] += 1
            if "result" in reply:
                c["wb_requests"] += 1
            else:
                c["wb_errors"] += 1

    held = []  # raw sockets of the slow readers: no transport, so nothing reads them

    async def slow():
        # A raw socket, not asyncio streams: a StreamReader's transport keeps
        # reading into its buffer (up to twice its limit, 8 MiB here) whether
        # or not anybody calls read(), which made the "slow" readers of the
        # first version of this bench fast ones.
        loop = asyncio.get_running_loop()
        try:
            s = await raw_connect()
            await loop.sock_sendall(s, req(1, "logs.subscribe", {"minLevel": "debug", "backlog": 5000}))
        except OSError:
            return
        held.append(s)
        c["slow_connected"] += 1
        c["slow_subscribed"] += 1

    async def reader():
        # A log viewer that keeps up: subscribes and reads every line.
        try:
            r, w = await open_conn()
            w.write(req(1, "logs.subscribe", {"minLevel": "debug", "backlog": 5000}))
            await w.drain()
        except OSError:
            return
        c["readers_connected"] += 1
        while not stop.is_set():
            try:
                line = await asyncio.wait_for(r.readline(), 0.5)
            except asyncio.TimeoutError:
                continue
            except (OSError, ValueError):
                return
            if not line:
                return
            c["reader_lines"] += 1

    async def idle():
        try:
            r, w = await open_conn()
        except OSError:
            c["idle_busy"] += 1
            return
        c["idle_connected"] += 1
        # Never sends; reads only to notice a busy refusal.
        try:
            reply = await asyncio.wait_for(r.readline(), max(0.1, deadline - time.monotonic()))
            if reply and is_busy(json.loads(reply)):
                c["idle_busy"] += 1
                c["idle_connected"] -= 1
        except (asyncio.TimeoutError, OSError, ValueError):
            pass

    malformed = [b"{not json\n", b"[1,2,3]\n", b"\"scalar\"\n", b"{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"x\"}\n",
                 b"\xff\xfe\x00garbage\n", b"{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"status.get\"}\n"]
    big = b"x" * (2 * MAX_LINE) + b"\n"

    async def oversized():
        loop = asyncio.get_running_loop()
        try:
            s = await raw_connect()
        except OSError:
            return None
        try:
            try:
                await asyncio.wait_for(loop.sock_sendall(s, big), 5)
            except (OSError, asyncio.TimeoutError):
                pass  # bywayd stopped reading / closed after the 1 MiB limit: expected
            buf = b""
            while b"\n" not in buf:
                chunk = await asyncio.wait_for(loop.sock_recv(s, 65536), 5)
                if not chunk:
                    break
                buf += chunk
            if not buf:
                return None
            return json.loads(buf.split(b"\n", 1)[0]).get("error", {}).get("code")
        except (OSError, asyncio.TimeoutError, ValueError):
            return None
        finally:
            s.close()

    async def abuse():
        i = 0
        while time.monotonic() < deadline and not stop.is_set():
            i += 1
            c["abuse_conns"] += 1
            if i % 2 == 0:
                # raw socket: asyncio's transport drops its buffered input
                # when a write fails, and bywayd closes mid-line by design
                c["oversized_sent"] += 1
                code = await oversized()
                if code == -32001:
                    c["too_large_replies"] += 1
                elif code == BUSY:
                    c["abuse_busy"] += 1
                else:
                    c["abuse_other"] += 1
                await asyncio.sleep(0.02)
                continue
            try:
                r, w = await asyncio.wait_for(open_conn(), 5)
            except (OSError, asyncio.TimeoutError):
                c["abuse_other"] += 1
                await asyncio.sleep(0.05)
                continue
            try:
                w.write(b"".join(malformed))
                c["malformed_sent"] += len(malformed)
                await w.drain()
                for _ in malformed:
                    reply = await read_reply(r, 5)
                    if is_busy(reply):
                        c["abuse_busy"] += 1
                        break
                    code = reply.get("error", {}).get("code")
                    if code == -32700:
                        c["parse_error_replies"] += 1
                    elif code == -32600:
                        c["invalid_request_replies"] += 1
                    else:
                        c["abuse_other"] += 1
            except (OSError, ConnectionError, asyncio.TimeoutError, ValueError):
                c["abuse_other"] += 1
            finally:
                w.close()
                writers.remove(w)
            await asyncio.sleep(0.02)

    # debug on for every category, once, on its own connection
    r, w = await open_conn()
    w.write(req(1, "logs.setDebug", {"category": "all", "enabled": True}))
    await w.drain()
    dbg = await read_reply(r, 5)
    w.close()
    writers.remove(w)
    c["debug_on"] = "result" in dbg

    tasks = [asyncio.ensure_future(wb()) for _ in range(n_wb)]
    await asyncio.sleep(0.2)
    tasks += [asyncio.ensure_future(slow()) for _ in range(n_slow)]
    tasks += [asyncio.ensure_future(reader()) for _ in range(n_readers)]
    await asyncio.sleep(0.2)
    tasks.append(asyncio.ensure_future(abuse()))
    await asyncio.sleep(0.2)
    tasks += [asyncio.ensure_future(idle()) for _ in range(n_idle)]
    await asyncio.sleep(max(0, deadline - time.monotonic()))
    stop.set()
    await asyncio.wait(tasks, timeout=15)
    for t in tasks:
        t.cancel()
    for w in list(writers):
        w.close()
    for s_ in held:
        s_.close()
    await asyncio.sleep(0.2)
    return c


def storm_child(args):
    c = asyncio.run(storm(args.socket, args.storm, args.wb, args.slow, args.idle, args.readers))
    print(json.dumps(c), flush=True)
    return 0


# ---------------------------------------------------------------- main

def phase(lat, ts, t_from, t_to):
    sel = [l for l, t in zip(lat, ts) if t_from <= t < t_to]
    return {"n": len(sel), "p50": pct(sel, 50), "p99": pct(sel, 99), "max": max(sel) if sel else None}


def fmt(v, nd=1):
    return "—" if v is None else f"{v:.{nd}f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bywayd", default=os.environ.get("BYWAYD", DEFAULT_BYWAYD))
    ap.add_argument("--storm", type=float, default=20.0)
    ap.add_argument("--baseline", type=float, default=5.0)
    ap.add_argument("--wb", type=int, default=300)
    ap.add_argument("--slow", type=int, default=50)
    ap.add_argument("--idle", type=int, default=200)
    ap.add_argument("--readers", type=int, default=0,
                    help="log viewers that keep up: logs.subscribe (debug) and read every line")
    ap.add_argument("--settle", type=float, default=3.0, help="seconds after the storm before the RSS 'after'")
    ap.add_argument("--json", help="write the figures here too")
    ap.add_argument("--perf", metavar="FILE", help="perf record (DWARF call graphs) bywayd during the storm into FILE "
                    "(then: perf report -i FILE --no-children)")
    ap.add_argument("--storm-child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--socket", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.storm_child:
        return storm_child(args)

    if os.geteuid() != 0:
        sys.exit("needs root (bywayd runs as root, the bench connects as uid 0)")
    if not os.access(args.bywayd, os.X_OK):
        sys.exit(f"bywayd not built: {args.bywayd}")

    tmp = tempfile.mkdtemp(prefix="byway-load-")
    sock = os.path.join(tmp, "s.sock")
    os.makedirs(os.path.join(tmp, "state"))
    log = open(os.path.join(tmp, "bywayd.log"), "w")
    # unshare without --fork execs bywayd: the Popen pid is bywayd's pid
    proc = subprocess.Popen(["unshare", "--net", args.bywayd, "--socket", sock,
                             "--config", os.path.join(tmp, "byway.json"), "--state-dir", os.path.join(tmp, "state")],
                            stdout=subprocess.DEVNULL, stderr=log)
    child = None
    failures = []
    try:
        for _ in range(200):
            if os.path.exists(sock) or proc.poll() is not None:
                break
            time.sleep(0.05)
        if not os.path.exists(sock):
            sys.exit(f"bywayd did not create {sock}; see {tmp}/bywayd.log")
        probe = Probe(sock)
        st = probe.call("status.get")["result"]
        pid = proc.pid
        if st.get("pid") != pid:
            print(f"note: status.get pid {st.get('pid')} != Popen pid {pid}; using status.get's", file=sys.stderr)
            pid = st["pid"]
        time.sleep(0.5)
        rss_start = rss_kib(pid)

        base_lat, base_err, _ = measure(probe, args.baseline, pid)

        perf = None
        if args.perf:
            perf = subprocess.Popen(["perf", "record", "-q", "--call-graph", "dwarf,32768", "-F", "199",
                                     "-o", args.perf, "-p", str(pid)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(0.5)
        child = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--storm-child", "--socket", sock,
                                  "--storm", str(args.storm), "--wb", str(args.wb), "--slow", str(args.slow),
                                  "--idle", str(args.idle), "--readers", str(args.readers)],
                                 stdout=subprocess.PIPE, text=True)
        max_clients = [0]
        ticks = [0]

        def on_tick():
            ticks[0] += 1

        # clients seen by bywayd: a second probe-side status.get would disturb
        # timing, so read it from the probe's own replies instead (below).
        storm_lat, storm_err, rss_peak = [], 0, 0
        storm_t = []  # seconds since the storm started, per sample
        load_before = os.getloadavg()
        cpu0, busy0, wall0 = cpu_seconds(pid), machine_busy(), time.monotonic()
        child_cpu = 0.0
        end = time.monotonic() + args.storm + 0.5
        nxt = time.monotonic()
        while time.monotonic() < end and child.poll() is None:
            t0 = time.perf_counter()
            try:
                r = probe.call("status.get")
                ok = "result" in r
                if ok:
                    max_clients[0] = max(max_clients[0], r["result"].get("clients", 0))
                else:
                    storm_err += 1
            except (OSError, ValueError, ConnectionError):
                storm_err += 1
                break
            storm_lat.append((time.perf_counter() - t0) * 1000.0)
            storm_t.append(time.monotonic() - wall0)
            rss_peak = max(rss_peak, rss_kib(pid) or 0)
            child_cpu = cpu_seconds(child.pid) or child_cpu
            nxt += PROBE_INTERVAL
            d = nxt - time.monotonic()
            if d > 0:
                time.sleep(d)
            else:
                nxt = time.monotonic()
        cpu1, busy1, wall1 = cpu_seconds(pid), machine_busy(), time.monotonic()
        load_after = os.getloadavg()
        if perf is not None:
            perf.send_signal(signal.SIGINT)
            perf.wait(timeout=60)
        out, _ = child.communicate(timeout=60)
        counts = json.loads(out.strip().splitlines()[-1]) if out.strip() else {}
        child = None

        time.sleep(args.settle)
        is_alive = alive(proc)
        rss_after = rss_kib(pid)
        try:
            after = probe.call("status.get")["result"]
            clients_after = after.get("clients")
            probe.call("logs.setDebug", {"category": "all", "enabled": False})
        except (OSError, ValueError, ConnectionError, KeyError):
            clients_after = None
            is_alive = False
        probe.close()
    finally:
        if child is not None and child.poll() is None:
            child.kill()
            child.wait()

    mib = lambda k: None if k is None else k / 1024.0
    res = {
        "baseline": {"n": len(base_lat), "errors": base_err, "p50": pct(base_lat, 50), "p99": pct(base_lat, 99),
                     "max": max(base_lat) if base_lat else None},
        "storm": {"n": len(storm_lat), "errors": storm_err, "p50": pct(storm_lat, 50), "p99": pct(storm_lat, 99),
                  "max": max(storm_lat) if storm_lat else None},
        # The first RAMP seconds hold the connection storm (550 accepts, 50
        # subscriptions with their backlogs); after that the steady state.
        "storm_ramp": phase(storm_lat, storm_t, 0, RAMP_S),
        "storm_steady": phase(storm_lat, storm_t, RAMP_S, float("inf")),
        "worst": sorted(((round(l, 1), round(t, 2)) for l, t in zip(storm_lat, storm_t)), reverse=True)[:5],
        "cpu": {"bywayd_pct": None if cpu0 is None or cpu1 is None else 100.0 * (cpu1 - cpu0) / (wall1 - wall0),
                "storm_client_pct": 100.0 * child_cpu / (wall1 - wall0),
                "machine_busy_pct": 100.0 * (busy1[0] - busy0[0]) / max(1, busy1[1] - busy0[1]),
                "cores": os.cpu_count(), "loadavg_before": load_before[0], "loadavg_after": load_after[0]},
        "rss_mib": {"start": mib(rss_start), "peak": mib(rss_peak), "after": mib(rss_after)},
        "clients_max_seen": max_clients[0], "clients_after": clients_after,
        "alive": is_alive, "counts": counts,
        "params": {"storm_s": args.storm, "baseline_s": args.baseline, "wb": args.wb, "slow": args.slow,
                   "idle": args.idle, "readers": args.readers},
    }

    # stop bywayd (ours, by pid)
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    log.close()

    if not is_alive:
        failures.append("bywayd not alive after the storm")
    if not (res["storm"]["p99"] < P99_LIMIT_MS):
        failures.append(f"storm p99 {res['storm']['p99']:.1f} ms >= {P99_LIMIT_MS} ms")
    if rss_after is None or rss_start is None or (rss_after - rss_start) / 1024.0 > RSS_SLACK_MIB:
        failures.append(f"RSS after {fmt(mib(rss_after))} MiB not within {RSS_SLACK_MIB} MiB of start {fmt(mib(rss_start))} MiB")

    b, s, m = res["baseline"], res["storm"], res["rss_mib"]
    print()
    print(f"bywayd control socket load ({args.wb} status.get loops, {args.slow} slow log readers, "
          f"{args.readers} log readers that keep up, "
          f"{args.idle} idle, oversized/malformed stream; {args.storm:.0f} s storm, {args.baseline:.0f} s baseline)")
    print(f"{'':22}{'samples':>8}{'errors':>8}{'p50 ms':>9}{'p99 ms':>9}{'max ms':>9}")
    for name, x in (("status.get baseline", b), ("status.get storm", s),
                    (f"  first {RAMP_S:.0f} s (ramp)", res["storm_ramp"]), ("  after (steady)", res["storm_steady"])):
        print(f"{name:22}{x['n']:>8}{x.get('errors', 0):>8}{fmt(x['p50'], 2):>9}{fmt(x['p99'], 2):>9}{fmt(x['max'], 2):>9}")
    print(f"{'worst samples':22}" + ", ".join(f"{l} ms at {t} s" for l, t in res["worst"]))
    cpu = res["cpu"]
    print(f"{'CPU during storm':22}bywayd {fmt(cpu['bywayd_pct'])}% of a core, storm client {fmt(cpu['storm_client_pct'])}%, "
          f"machine {fmt(cpu['machine_busy_pct'])}% of {cpu['cores']} cores busy; "
          f"load average {cpu['loadavg_before']:.2f} -> {cpu['loadavg_after']:.2f}")
    print(f"{'RSS MiB':22}start {fmt(m['start'])}  peak {fmt(m['peak'])}  after {fmt(m['after'])}"
          f"  (after - start {fmt((m['after'] or 0) - (m['start'] or 0))})")
    print(f"{'clients':22}max seen by probe {res['clients_max_seen']}, after storm {clients_after}")
    c = counts
    print(f"{'storm counts':22}status.get answered {c.get('wb_requests')} ({c.get('wb_requests', 0) / args.storm:.0f}/s), "
          f"wb errors {c.get('wb_errors')}, wb disconnects {c.get('wb_disconnects')}")
    print(f"{'':22}busy: wb {c.get('wb_busy')}, slow {c.get('slow_busy')}, idle {c.get('idle_busy')}, "
          f"abuse {c.get('abuse_busy')}; held: wb {c.get('wb_connected')}, slow {c.get('slow_connected')}, "
          f"idle {c.get('idle_connected')}, readers {c.get('readers_connected')} "
          f"({c.get('reader_lines')} log lines read); connect EAGAIN retries {c.get('connect_eagain')}")
    print(f"{'':22}oversized sent {c.get('oversized_sent')} -> message_too_large {c.get('too_large_replies')}; "
          f"malformed sent {c.get('malformed_sent')} -> parse_error {c.get('parse_error_replies')}, "
          f"invalid_request {c.get('invalid_request_replies')}; other {c.get('abuse_other')}")
    print(f"{'bywayd':22}{'alive' if is_alive else 'DEAD'}; log {tmp}/bywayd.log")
    if args.json:
        with open(args.json, "w") as f:
            json.dump(res, f, indent=1)
    for f_ in failures:
        print("FAIL: " + f_)
    print("PASS" if not failures else "FAILED")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
