#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (preset "fuzz": clang-16, ASan + UBSan) into
# build-fuzz/ and runs each for a bounded time over its checked-in seeds.
#
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 25)
#   FUZZ_TARGETS="fuzz_packet fuzz_socks5" bash scripts/fuzz.sh 60
#
# New corpus entries go to build-fuzz/corpus/<target> (the checked-in seeds
# stay small); a crash leaves build-fuzz/artifacts/<target>-crash-* and makes
# the script exit 1. Prints execs, coverage and time per target.
set -euo pipefail
export LC_ALL=C.UTF-8
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$ROOT/build-fuzz"
SECS="${1:-25}"
TARGETS="${FUZZ_TARGETS:-fuzz_dispatch fuzz_config fuzz_nft_route fuzz_packet fuzz_socks5}"

say() { printf '==> %s\n' "$*" >&2; }
for tool in clang++-16 cmake ninja; do
    command -v "$tool" >/dev/null || { echo "fuzz.sh: $tool missing (scripts/deps.txt: clang-16 libclang-rt-16-dev)" >&2; exit 1; }
done

t0=$SECONDS
say "configure + build $TARGETS"
cmake --preset fuzz -S "$ROOT" >/dev/null
# shellcheck disable=SC2086
ninja -C "$BUILD" $TARGETS
say "build took $((SECONDS - t0)) s"

mkdir -p "$BUILD/artifacts"
# LSan on (libFuzzer reports leaks per input with -detect_leaks=1, its default
# under ASan); UBSan findings are fatal (-fno-sanitize-recover in the preset).
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_LOGGING_RULES="*.debug=false"
failed=0
summary=()
for t in $TARGETS; do
    work="$BUILD/corpus/$t"
    mkdir -p "$work"
    log="$BUILD/artifacts/$t.log"
    s=$SECONDS
    rc=0
    "$BUILD/tests/fuzz/$t" -max_total_time="$SECS" -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$BUILD/artifacts/$t-" "$work" "$ROOT/tests/fuzz/corpus/$t" >"$log" 2>&1 || rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    cov=$(sed -n 's/.*cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.*ft: \([0-9]*\).*/\1/p' <<<"$last")
    corp=$(sed -n 's/.*corp: \([0-9]*\/[0-9a-zA-Z]*\).*/\1/p' <<<"$last")
    line="$t: ${execs:-?} execs, cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?}, $((SECONDS - s)) s"
    if [ "$rc" -ne 0 ]; then
        line="$line — FAILED (exit $rc), see $log"
        grep -E 'ERROR|runtime error|property violated' "$log" | head -5 >&2 || true
        failed=1
    fi
    say "$line"
    summary+=("$line")
done
printf '%s\n' "${summary[@]}"
say "fuzz.sh total $((SECONDS - t0)) s"
exit "$failed"
