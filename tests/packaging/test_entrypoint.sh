#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The container entrypoint without Docker: run it in a lab network namespace
# with a temp data volume and the build tree's bywayd, check that it seeds
# the volume, that bywayd answers, that an existing config is kept on the
# next start, and that SIGTERM to the entrypoint stops bywayd cleanly.
#   test_entrypoint.sh BYWAYD BYWAYCTL SOURCE_DIR
set -euo pipefail

bywayd=$(realpath "$1")
bywayctl=$(realpath "$2")
src=$(realpath "$3")
entry=$src/packaging/container/entrypoint.sh
ns=bwk$$
tmp=$(mktemp -d /tmp/byway-entry.XXXXXX)

t0=$SECONDS
export t0
# shellcheck source=tests/packaging/lib.sh
source "$src/tests/packaging/lib.sh"
need_root "network namespaces"
need_tools ip

entry_pid=""
cleanup() {
    set +e
    [[ -n $entry_pid ]] && kill -TERM "$entry_pid" 2>/dev/null && wait "$entry_pid" 2>/dev/null
    ip netns del "$ns" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
ip netns add "$ns"
ip -n "$ns" link set lo up

export BYWAY_DATA=$tmp/data BYWAYD=$bywayd BYWAY_VENDOR_CONFIG=$src/packaging/config/byway.json
export BYWAY_SOCKET=$tmp/run/bywayd.sock

# start RUN: the entrypoint in the namespace, in the background; waits for the socket.
start() {
    ip netns exec "$ns" bash "$entry" >"$tmp/entry-$1.log" 2>&1 &
    entry_pid=$!
    for _ in $(seq 100); do [[ -S $BYWAY_SOCKET ]] && return 0; sleep 0.1; done
    cat "$tmp/entry-$1.log"; fail "run $1: no socket $BYWAY_SOCKET"
}
# stop RUN: SIGTERM to the entrypoint (what `docker stop` does to PID 1).
stop() {
    local t0=$SECONDS status=0
    kill -TERM "$entry_pid"
    wait "$entry_pid" || status=$?
    entry_pid=""
    cat "$tmp/entry-$1.log"
    [[ $status == 0 ]] || fail "run $1: entrypoint exited $status after SIGTERM"
    ((SECONDS - t0 <= 10)) || fail "run $1: took $((SECONDS - t0)) s to stop"
    grep -q "bywayd exited with status 0" "$tmp/entry-$1.log" || fail "run $1: no clean exit logged"
    ! pgrep -f "$bywayd.*$tmp/data" >/dev/null || fail "run $1: bywayd still running"
}

# Run 1: empty volume.
mkdir -p "$BYWAY_DATA"
start 1
[[ $(stat -c %a "$BYWAY_DATA/byway.json") == 600 ]] || fail "seeded config mode $(stat -c %a "$BYWAY_DATA/byway.json")"
[[ $(stat -c %a "$BYWAY_DATA/state") == 700 ]] || fail "state dir mode $(stat -c %a "$BYWAY_DATA/state")"
cmp -s "$BYWAY_DATA/byway.json" "$BYWAY_VENDOR_CONFIG" || fail "seeded config differs from the vendor default"
ip netns exec "$ns" "$bywayctl" --socket "$BYWAY_SOCKET" status | tee "$tmp/status1.txt"
# Change the config through bywayd, as an admin would.
ip netns exec "$ns" "$bywayctl" --socket "$BYWAY_SOCKET" -o json config get >"$tmp/config.json"
python3 - "$tmp/config.json" "$tmp/changed.json" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
cfg = doc.get("config", doc)
cfg["debug"]["categories"] = ["config"]
json.dump(cfg, open(sys.argv[2], "w"), indent=4)
PY
ip netns exec "$ns" "$bywayctl" --socket "$BYWAY_SOCKET" config set "$tmp/changed.json"
stop 1

# Run 2: same volume (container recreated or host rebooted): the config is kept.
start 2
grep -q '"config"' "$BYWAY_DATA/byway.json" || fail "run 2: the volume's config was replaced"
ip netns exec "$ns" "$bywayctl" --socket "$BYWAY_SOCKET" -o json config get | grep -q '"config"' ||
    fail "run 2: bywayd does not serve the kept config"
stop 2
echo ok
