#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Byway's two commands (and their parts), for a Debian 12 machine, as root:
#
#   bash scripts/dev.sh run [--keep]   deps + build + the main job: bywayd in a lab
#                                      namespace, its status, and the GUI on it
#   bash scripts/dev.sh test           deps + build + the whole ctest suite, then
#                                      the sanitizer pass and the fuzzers
#
#   bash scripts/dev.sh deps | build | clean-lab
#
# Everything is idempotent: installed packages are not reinstalled, the build
# is incremental, and lab leftovers of killed runs are cleaned at start.
# Environment: BYWAY_BUILD_DIR (default: build), CI=true (-Werror, no skips),
# BYWAY_SANITIZE=0 / FUZZ_SECONDS=0 leave the sanitizer pass / fuzzers out.
set -euo pipefail

export LC_ALL=C.UTF-8
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BYWAY_BUILD_DIR:-$ROOT/build}"
case "$BUILD" in /*) ;; *) BUILD="$ROOT/$BUILD" ;; esac
LAB="$ROOT/tests/lab"

say() { if [ -t 2 ]; then printf '\033[1m==> %s\033[0m\n' "$*" >&2; else printf '==> %s\n' "$*" >&2; fi; }
die() { printf 'dev.sh: %s\n' "$*" >&2; exit 1; }
is_ci() { case "${CI:-}" in 1 | true | TRUE | yes) return 0 ;; esac; return 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null; then
        sudo "$@"
    else
        die "need root for: $* (run as root or install sudo)"
    fi
}

# --- deps -------------------------------------------------------------------

packages() { sed -e 's/#.*//' -e 's/[[:space:]]//g' "$ROOT/scripts/deps.txt" | grep -v '^$'; }

missing_packages() {
    local installed
    # dpkg-query exits 1 when it never heard of a package: that is an answer here.
    installed="$(dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' $(packages) 2>/dev/null | awk '$2 == "ii" { print $1 }' || true)"
    comm -23 <(packages | sort -u) <(printf '%s\n' "$installed" | sort -u)
}

cmd_deps() {
    command -v dpkg-query >/dev/null || die "not a Debian system (dpkg-query missing)"
    local missing
    missing="$(missing_packages)"
    if [ -z "$missing" ]; then
        say "deps: all $(packages | wc -l) packages installed"
        return
    fi
    say "deps: installing $(echo "$missing" | wc -l) package(s): $(echo $missing)"
    export DEBIAN_FRONTEND=noninteractive
    # A fresh machine (or container) has no package lists yet.
    if ! compgen -G '/var/lib/apt/lists/*_Packages' >/dev/null; then
        as_root apt-get update -q
    fi
    # shellcheck disable=SC2086
    if ! as_root apt-get install -y -q --no-install-recommends $missing; then
        say "deps: install failed, refreshing package lists and retrying"
        as_root apt-get update -q
        # shellcheck disable=SC2086
        as_root apt-get install -y -q --no-install-recommends $missing
    fi
    missing="$(missing_packages)"
    [ -z "$missing" ] || die "still missing after apt-get: $missing"
}

# --- build ------------------------------------------------------------------

cmd_build() {
    # CI turns -Werror on; elsewhere the cached choice stays, so switching
    # between `test` under CI=true and `run` does not rebuild everything.
    local flags=()
    is_ci && flags=(-DBYWAY_WERROR=ON)
    say "build: $BUILD${flags[*]:+ (${flags[*]})}"
    cmake -S "$ROOT" -B "$BUILD" -G Ninja "${flags[@]}" >/dev/null
    ninja -C "$BUILD"
}

# --- run: the main job ------------------------------------------------------

cmd_run() {
    local keep=()
    for a in "$@"; do
        case "$a" in
            --keep) keep=(--keep) ;;
            *) die "run: unknown option $a (only --keep)" ;;
        esac
    done
    cmd_deps
    cmd_build
    [ "$(id -u)" -eq 0 ] || die "run needs root: bywayd runs in a lab network namespace"
    say "run: client ↔ router ↔ upstream, bywayd in the router namespace"
    export BYWAYD="${BYWAYD:-$BUILD/helper/bywayd}" BYWAYCTL="${BYWAYCTL:-$BUILD/app/bywayctl/bywayctl}"
    export BYWAY_GUI="${BYWAY_GUI:-$BUILD/app/byway/byway}"
    export BYWAY_BUILD_DIR="$BUILD"
    [ -x "$BYWAYD" ] || die "bywayd was not built ($BYWAYD)"
    cd "$LAB"
    python3 -m bywaylab run client-router-upstream --bywayd "${keep[@]}" -- bash "$ROOT/scripts/dev.sh" _show
}

# Runs inside `bywaylab run`: BYWAY_SOCKET points at the lab's bywayd.
cmd_show() {
    say "bywayctl status  (socket $BYWAY_SOCKET)"
    "$BYWAYCTL" --socket "$BYWAY_SOCKET" status
    echo
    if [ ! -x "$BYWAY_GUI" ]; then
        die "the GUI is not built ($BYWAY_GUI): build with BYWAY_GUI=ON (the default) once app/byway exists"
    fi
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
        say "GUI: opening a window on ${WAYLAND_DISPLAY:-$DISPLAY}; close it to tear the lab down"
        "$BYWAY_GUI" --socket "$BYWAY_SOCKET"
    else
        local shot="$BUILD/main-job/overview.png"
        mkdir -p "$(dirname "$shot")"
        rm -f "$shot"
        say "GUI: no display, rendering offscreen"
        # Root without a login session has no runtime dir; Qt wants one.
        if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
            XDG_RUNTIME_DIR="$(mktemp -d)"
            export XDG_RUNTIME_DIR
            trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
        fi
        QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software "$BYWAY_GUI" --socket "$BYWAY_SOCKET" --screenshot "$shot"
        [ -s "$shot" ] || die "byway --screenshot exited 0 but wrote no $shot"
        echo "screenshot: $shot"
    fi
}

# --- test -------------------------------------------------------------------

cmd_test() {
    cmd_deps
    cmd_build
    local log="$BUILD/ctest.log" start=$SECONDS rc=0
    say "test: ctest in $BUILD (log $log)"
    (cd "$BUILD" && ctest --output-on-failure --timeout 600 -j "$(nproc)") 2>&1 | tee "$log" || rc=$?
    [ "$rc" -eq 0 ] || rc=1
    local summary
    summary="$(grep -E '^[0-9]+% tests passed' "$log" | tail -1 || true)"
    if is_ci && grep -qE '\*\*\*Skipped|Not Run' "$log"; then
        say "test: CI=true, but tests were skipped:"
        grep -E '\*\*\*Skipped|Not Run' "$log" >&2
        rc=1
    fi
    say "test: ${summary:-no ctest summary (see $log)} — $((SECONDS - start))s"
    # The same code again under ASan + UBSan (unit tests, fuzz corpus
    # replays and the lab tests of bywayd's own paths), in build-asan/.
    local suite_rc=$rc
    if [ "$suite_rc" -eq 0 ] && [ "${BYWAY_SANITIZE:-1}" != 0 ]; then
        say "test: sanitizers (BYWAY_SANITIZE=0 to leave out)"
        bash "$ROOT/scripts/sanitize.sh" || rc=1
    fi
    # The compat capture under ThreadSanitizer (gcc, build-tsan/): its unit
    # tests and the lab tests that run byway-capture.
    if [ "$suite_rc" -eq 0 ] && [ "${BYWAY_TSAN:-1}" != 0 ]; then
        say "test: TSan pass over the capture (BYWAY_TSAN=0 to leave out)"
        bash "$ROOT/scripts/tsan.sh" || rc=1
    fi
    # The libFuzzer targets (clang-16, build-fuzz/) for a bounded time each;
    # a crash fails the run and its reproducer is printed.
    local fuzz_s="${FUZZ_SECONDS:-25}"
    if [ "$suite_rc" -eq 0 ] && [ "$fuzz_s" != 0 ]; then
        say "test: fuzzers, $fuzz_s s per target (FUZZ_SECONDS=0 to leave out)"
        start=$SECONDS
        bash "$ROOT/scripts/fuzz.sh" "$fuzz_s" || rc=1
        say "test: fuzzers — $((SECONDS - start))s"
    fi
    return "$rc"
}

cmd_clean_lab() { cd "$LAB" && python3 -m bywaylab cleanup "$@"; }

usage() { sed -n '3,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

main() {
    local cmd="${1:-}"
    [ $# -gt 0 ] && shift
    case "$cmd" in
        deps) cmd_deps ;;
        build) cmd_deps && cmd_build ;;
        run) cmd_run "$@" ;;
        test) cmd_test ;;
        clean-lab) cmd_clean_lab "$@" ;;
        _show) cmd_show ;;
        -h | --help | help) usage ;;
        *) usage >&2; exit 2 ;;
    esac
}

main "$@"
