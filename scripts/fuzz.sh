#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (preset "fuzz": clang-16, ASan + UBSan) into
# build-fuzz/ and runs each for a bounded time over its checked-in seeds and
# crash regressions. `bash scripts/dev.sh test` runs it after the ctest suite.
#
#   bash scripts/fuzz.sh [SECONDS_PER_TARGET]   (default $FUZZ_SECONDS, else 25)
#   FUZZ_TARGETS="fuzz_packet fuzz_socks5" bash scripts/fuzz.sh 60
#   FUZZ_RUNS=10000000 bash scripts/fuzz.sh 3600   (long run: stop at 10M execs or 1 h)
#   FUZZ_FLAGS="-max_len=2048" ...   (more libFuzzer flags, after tests/fuzz/<target>.options)
#   FUZZ_PRESET=fuzz-ub ...   (preset "fuzz-ub" into build-fuzz-ub/: UBSan without
#                              ASan, 3-10x the inputs a second, for long runs)
#
# New corpus entries go to build-fuzz/corpus/<target> (the checked-in seeds
# stay small). A crash, leak, timeout or violated property makes the script
# exit 1 and prints the reproducer (build-fuzz/artifacts/<target>-crash-*),
# the command that replays it, and where to check it in as a regression
# (tests/fuzz/regress/<target>/, replayed by `ctest -L fuzz` in the gcc
# builds). Prints execs, coverage, features, corpus and time per target.
set -euo pipefail
export LC_ALL=C.UTF-8
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PRESET="${FUZZ_PRESET:-fuzz}"
case "$PRESET" in fuzz | fuzz-ub) ;; *) echo "fuzz.sh: FUZZ_PRESET must be fuzz or fuzz-ub, not '$PRESET'" >&2; exit 2 ;; esac
BUILD="$ROOT/build-$PRESET"
SECS="${1:-${FUZZ_SECONDS:-25}}"
TARGETS="${FUZZ_TARGETS:-fuzz_dispatch fuzz_config fuzz_nft_route fuzz_packet fuzz_socks5 fuzz_socks5_udp fuzz_netlink}"
RUNS="${FUZZ_RUNS:-}"
case "$SECS" in '' | *[!0-9]*) echo "fuzz.sh: seconds must be a number, not '$SECS'" >&2; exit 2 ;; esac
case "$RUNS" in *[!0-9]*) echo "fuzz.sh: FUZZ_RUNS must be a number, not '$RUNS'" >&2; exit 2 ;; esac

say() { printf '==> fuzz: %s\n' "$*" >&2; }
for tool in clang++-16 cmake ninja; do
    command -v "$tool" >/dev/null || { echo "fuzz.sh: $tool missing (scripts/deps.txt: clang-16 libclang-rt-16-dev)" >&2; exit 1; }
done

t0=$SECONDS
say "configure + build $TARGETS"
cmake --preset "$PRESET" -S "$ROOT" >/dev/null
# shellcheck disable=SC2086
ninja -C "$BUILD" $TARGETS
say "build took $((SECONDS - t0)) s"

mkdir -p "$BUILD/artifacts"
# LSan on (libFuzzer reports leaks per input with -detect_leaks=1, its default
# under ASan); UBSan findings are fatal (-fno-sanitize-recover in the preset).
# Reports with function names and lines: the sanitizers do not find a
# versioned llvm-symbolizer-16 (package llvm-16) by themselves.
sym=""
for c in llvm-symbolizer-16 /usr/lib/llvm-16/bin/llvm-symbolizer llvm-symbolizer; do
    sym="$(command -v "$c" || true)"
    [ -n "$sym" ] && break
done
[ -n "$sym" ] || say "no llvm-symbolizer (package llvm-16): reports will show addresses only"
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1${sym:+:external_symbolizer_path=$sym}}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1${sym:+:external_symbolizer_path=$sym}}"
export QT_LOGGING_RULES="*.debug=false"
failed=0
summary=()
for t in $TARGETS; do
    work="$BUILD/corpus/$t"
    mkdir -p "$work"
    log="$BUILD/artifacts/$t.log"
    # Reproducers of an earlier run would be mistaken for this run's.
    rm -f "$BUILD/artifacts/$t-"*
    inputs=("$work" "$ROOT/tests/fuzz/corpus/$t")
    [ -d "$ROOT/tests/fuzz/regress/$t" ] && inputs+=("$ROOT/tests/fuzz/regress/$t")
    dict=()
    [ -f "$ROOT/tests/fuzz/$t.dict" ] && dict=(-dict="$ROOT/tests/fuzz/$t.dict")
    # Per-target flags: tests/fuzz/<target>.options, '#' lines are comments.
    extra=()
    [ -f "$ROOT/tests/fuzz/$t.options" ] && read -r -a extra <<<"$(grep -v '^#' "$ROOT/tests/fuzz/$t.options")"
    # shellcheck disable=SC2206
    [ -n "${FUZZ_FLAGS:-}" ] && extra+=($FUZZ_FLAGS)
    s=$SECONDS
    rc=0
    "$BUILD/tests/fuzz/$t" -max_total_time="$SECS" ${RUNS:+-runs="$RUNS"} -print_final_stats=1 -timeout=10 -rss_limit_mb=2048 \
        "${dict[@]}" "${extra[@]}" -artifact_prefix="$BUILD/artifacts/$t-" "${inputs[@]}" >"$log" 2>&1 || rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    cov=$(sed -n 's/.*cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.*ft: \([0-9]*\).*/\1/p' <<<"$last")
    corp=$(sed -n 's/.*corp: \([0-9]*\/[0-9a-zA-Z]*\).*/\1/p' <<<"$last")
    line="$t: ${execs:-?} execs (${rate:-?}/s), cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?}, $((SECONDS - s)) s"
    if [ "$rc" -ne 0 ]; then
        failed=1
        line="$line — FAILED (exit $rc), log $log"
        # The report and its stack, for a CI log that only keeps the output.
        grep -n -m1 -E 'ERROR: |runtime error|property violated|==[0-9]+==' "$log" >&2 || true
        tail -n 40 "$log" >&2
        for repro in "$BUILD/artifacts/$t-"*; do
            [ -f "$repro" ] && [ "$repro" != "$log" ] || continue
            say "reproducer: $repro"
            say "  replay:   $BUILD/tests/fuzz/$t $repro"
            say "  keep it:  mkdir -p tests/fuzz/regress/$t && cp $repro tests/fuzz/regress/$t/"
            line="$line, reproducer $repro"
        done
    fi
    say "$line"
    summary+=("$line")
done
printf 'fuzz: %s\n' "${summary[@]}"
say "total $((SECONDS - t0)) s ($SECS s per target)"
exit "$failed"
