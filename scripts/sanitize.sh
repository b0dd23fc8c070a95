#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the "asan" preset (gcc, ASan + UBSan, GUI off) into build-asan/ and
# runs the unit tests (incl. fuzz corpus replays) and the key lab tests under
# it. LSan is on; there are no suppressions. Prints the time of each step.
#
#   bash scripts/sanitize.sh
#   SANITIZE_LAB="control|roles" bash scripts/sanitize.sh   (ctest -R regex of lab tests)
set -euo pipefail
export LC_ALL=C.UTF-8
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="$ROOT/build-asan"
# The lab tests that drive bywayd's own code paths. lab.wan is left out: it
# preloads libbywaymark into an uninstrumented curl, and a preload built in
# this tree pulls in the ASan runtime, which then refuses to start.
LAB="${SANITIZE_LAB:-^kernel\.|^lab\.(control|roles|auth|compat)$|^reliability\.(privilege|faults|capture_faults)$}"
say() { printf '==> %s\n' "$*" >&2; }

# abort_on_error: a report fails the test at once; detect_leaks: LSan on.
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

t0=$SECONDS
# BYWAY_FUZZ=ON with gcc: the fuzz targets link a replay main, so the seed
# corpora and crash regressions run under the sanitizers as unit tests.
cmake --preset asan -S "$ROOT" -DBYWAY_FUZZ=ON >/dev/null
ninja -C "$BUILD"
say "build: $((SECONDS - t0)) s"

t1=$SECONDS
ctest --test-dir "$BUILD" -L unit --output-on-failure -j2
say "unit tests under ASan/UBSan: $((SECONDS - t1)) s"

t2=$SECONDS
ctest --test-dir "$BUILD" -R "$LAB" --output-on-failure
say "lab tests under ASan/UBSan ($LAB): $((SECONDS - t2)) s"
# bywayd runs as a child of the lab: its ASan report goes to its log.
if grep -lE 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$BUILD"/lab-artifacts/*.log 2>/dev/null; then
    say "sanitizer report in a bywayd log above"
    exit 1
fi
say "sanitize.sh total: $((SECONDS - t0)) s"
