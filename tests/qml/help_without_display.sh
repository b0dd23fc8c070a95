#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# byway --help and --version exit 0 and say something without a display.
set -u
byway=$1
for opt in --help -h --version; do
    out=$("$byway" "$opt" 2>&1)
    rc=$?
    if [ "$rc" -ne 0 ]; then
        echo "FAIL: byway $opt exited $rc: $out" >&2
        exit 1
    fi
    case "$opt" in
        --version) expect="byway " ;;
        *) expect="--screenshot" ;;
    esac
    case "$out" in
        *"$expect"*) ;;
        *) echo "FAIL: byway $opt printed no '$expect': $out" >&2; exit 1 ;;
    esac
done
echo "byway --help, -h and --version: rc 0 without a display"
