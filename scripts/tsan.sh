#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the "tsan" preset (gcc, ThreadSanitizer) into build-tsan/, only what
# the compat capture's tests need (byway-capture and the tst_capture_* unit
# tests), and runs those unit tests and the capture's lab tests under it. Any
# TSan report fails the run: reports go to build-tsan/tsan-reports/ (the lab
# tests keep byway-capture's stderr in a temp dir they delete), and each one
# is printed. Prints the time of each step.
#
#   bash scripts/tsan.sh
#   TSAN_LAB="^lab\.capture$" bash scripts/tsan.sh   (ctest -R regex of lab tests)
set -euo pipefail
export LC_ALL=C.UTF-8
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$ROOT/build-tsan"
# The lab tests that run byway-capture: TUN (IPv4, IPv6, two workers handing
# packets over) and AF_PACKET.
LAB="${TSAN_LAB:-^lab\.capture(_packet|_v6|_handover)?$}"
REPORTS="$BUILD/tsan-reports"
say() { printf '==> tsan: %s\n' "$*" >&2; }

# halt_on_error=0: every race of a run is reported, not only the first.
# Suppressions: third-party code only (scripts/tsan.supp says why for each).
export TSAN_OPTIONS="${TSAN_OPTIONS:-halt_on_error=0:second_deadlock_stack=1:history_size=4:suppressions=$ROOT/scripts/tsan.supp:log_path=$REPORTS/tsan}"

t0=$SECONDS
cmake --preset tsan -S "$ROOT" >/dev/null
units=()
for src in "$ROOT"/tests/unit/capture/tst_*.cpp; do
    units+=("$(basename "$src" .cpp)")
done
ninja -C "$BUILD" byway-capture "${units[@]}"
say "build: $((SECONDS - t0)) s"

rm -rf "$REPORTS"
mkdir -p "$REPORTS"
rc=0
t1=$SECONDS
ctest --test-dir "$BUILD" -R '^unit\.tst_capture_' --output-on-failure || rc=1
say "capture unit tests under TSan: $((SECONDS - t1)) s"

t2=$SECONDS
BYWAY_CAPTURE="$BUILD/helper/capture/byway-capture" ctest --test-dir "$BUILD" -R "$LAB" --output-on-failure || rc=1
say "capture lab tests under TSan ($LAB): $((SECONDS - t2)) s"

reports=("$REPORTS"/tsan.*)
if [ -e "${reports[0]}" ]; then
    for r in "${reports[@]}"; do
        say "report $r:"
        cat "$r" >&2
    done
    say "${#reports[@]} process(es) with TSan reports"
    rc=1
fi
say "tsan.sh total: $((SECONDS - t0)) s"
exit "$rc"
