#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A stand-in for bywayd on a Unix socket, for the GUI benches: it answers
the GUI's read methods with small fixed replies and, after logs.subscribe,
streams logs.line notifications at a fixed rate (in 10 ms slices), the way
bywayd's log hub does, including its slow-subscriber rule: while more than
256 KiB are unsent to a client, lines are skipped and counted, and the next
delivered line carries `dropped`.

  fake_bywayd.py SOCKET [--rate LINES_PER_S] [--seconds S] [--start-file F]

The stream starts when the file given by --start-file exists (so a bench can
measure the idle GUI first) or at once without it. Counters go to stdout as
JSON when the stream ends: {sent, dropped, seconds}."""
import argparse
import asyncio
import json
import os
import random
import sys
import time

CATEGORIES = ["control", "config", "probe", "nft", "route", "reconcile", "tun", "packet", "netstack", "forwarder"]
LEVELS = ["debug"] * 6 + ["info"] * 3 + ["warning"]
MAX_UNSENT = 256 * 1024

STATUS = {"version": "0.1.0", "protocolVersion": 1, "pid": os.getpid(), "uptimeSec": 60,
          "startedAt": "2026-01-01T00:00:00.000Z",
          "config": {"path": "/etc/byway/byway.json", "revision": 1, "role": "none", "source": "file", "problem": ""},
          "mode": "standard", "probe": None, "caller": {"uid": 0, "role": "admin"}, "clients": 1,
          "capture": {"active": False}}
PROBE = {"mode": "standard", "modeReasons": ["nft.ok"], "featuresOff": [], "at": "2026-01-01T00:00:00.000Z",
         "findings": [{"check": "nftables", "status": "ok", "code": "nft.ok", "summary": "nf_tables usable and changeable",
                       "evidence": "", "consequence": "", "fix": "", "data": {}}]}
REPLIES = {
    "status.get": STATUS,
    "probe.run": PROBE,
    "config.get": {"revision": 1, "config": {"version": 1, "role": "none"}},
    "config.validate": {"valid": True},
    "config.history": {"entries": [], "pending": {}},
    "topology.get": {"role": "none", "nodes": [], "paths": [], "pending": {}},
    "flows.list": {"active": False, "flows": []},
    "logs.setDebug": {"debug": {c: True for c in CATEGORIES}},
}


class Stream:
    def __init__(self, rate: int, seconds: float, start_file: str | None):
        self.rate, self.seconds, self.start_file = rate, seconds, start_file
        self.sent = 0
        self.dropped = 0
        self.seq = 0
        self.done = asyncio.Event()
        self.started_at = 0.0

    def line(self, dropped: int) -> bytes:
        self.seq += 1
        cat = CATEGORIES[self.seq % len(CATEGORIES)]
        msg = f"flow {self.seq} {random.choice(['tcp', 'udp'])} 10.20.0.{self.seq % 250}:{40000 + self.seq % 20000} -> " \
              f"192.0.2.{self.seq % 200}:443 exit wan bytes {self.seq * 7 % 100000} state established"
        params = {"seq": self.seq, "time": time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime()),
                  "category": cat, "level": LEVELS[self.seq % len(LEVELS)], "message": msg}
        if dropped:
            params["dropped"] = dropped
        return (json.dumps({"jsonrpc": "2.0", "method": "logs.line", "params": params}) + "\n").encode()

    async def run(self, writer: asyncio.StreamWriter):
        if self.start_file:
            while not os.path.exists(self.start_file):
                await asyncio.sleep(0.05)
        self.started_at = time.monotonic()
        owed = 0
        tick = 0.01
        next_at = self.started_at
        while time.monotonic() - self.started_at < self.seconds:
            next_at += tick
            due = int((next_at - self.started_at) * self.rate) - (self.sent + self.dropped)
            chunk = []
            for _ in range(max(0, due)):
                if writer.transport.get_write_buffer_size() > MAX_UNSENT:
                    self.dropped += 1
                    self.seq += 1
                    owed += 1
                    continue
                chunk.append(self.line(owed))
                owed = 0
                self.sent += 1
            if chunk:
                writer.write(b"".join(chunk))
            delay = next_at - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
        self.done.set()


async def serve(args):
    stream = Stream(args.rate, args.seconds, args.start_file)

    async def client(reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        try:
            while line := await reader.readline():
                req = json.loads(line)
                method = req.get("method", "")
                if "id" not in req:
                    continue
                if method == "logs.subscribe":
                    result = {"subscribed": True, "categories": [], "minLevel": "debug", "backlog": 0, "lastSeq": 0}
                    asyncio.get_running_loop().create_task(stream.run(writer))
                else:
                    result = REPLIES.get(method, {})
                writer.write((json.dumps({"jsonrpc": "2.0", "id": req["id"], "result": result}) + "\n").encode())
        except (ConnectionError, json.JSONDecodeError):
            pass

    if os.path.exists(args.socket):
        os.unlink(args.socket)
    server = await asyncio.start_unix_server(client, path=args.socket, limit=2 * 1024 * 1024)
    async with server:
        await stream.done.wait()
        print(json.dumps({"sent": stream.sent, "dropped": stream.dropped,
                           "seconds": round(time.monotonic() - stream.started_at, 3)}), flush=True)
        await asyncio.sleep(args.linger)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("socket")
    ap.add_argument("--rate", type=int, default=10000)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--start-file")
    ap.add_argument("--linger", type=float, default=3600, help="keep answering this long after the stream")
    asyncio.run(serve(ap.parse_args()))


if __name__ == "__main__":
    sys.exit(main())
