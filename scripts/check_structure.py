#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Structure limits for helper/ and backend/, run by ctest (unit.structure).

- no .cpp file over 500 lines;
- no function body over 80 lines (a function defined at namespace scope, a
  member defined out of line, or an inline member in a class body);
- no include cycle between folders (helper/reconcile -> helper/daemon ->
  helper/reconcile ...), counted on `#include "..."` lines resolved against
  the including file's folder and the source roots.

Prints every violation as FILE:LINE: what, and exits 1 when there is one.
`--report` prints the longest files and functions too. With `--baseline
FILE` the violations listed there (one key a line: "FILE lines", "FILE
function NAME", "cycle A B") are known debts: only a new one fails, and a
listed one that is gone is reported so the list only shrinks.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

ROOTS = ("helper", "backend")
MAX_FILE_LINES = 500
MAX_FUNCTION_LINES = 80

_TOKEN = re.compile(
    r'//[^\n]*'                      # line comment
    r'|/\*.*?\*/'                    # block comment
    r'|R"([^(\s]*)\(.*?\)\1"'        # raw string
    r'|"(?:\\.|[^"\\\n])*"'          # string
    r"|'(?:\\.|[^'\\\n])*'",         # char
    re.S)


def blank_literals(text: str) -> str:
    """Comments and literals become spaces; newlines are kept so lines count."""
    def repl(m: re.Match[str]) -> str:
        return re.sub(r'[^\n]', ' ', m.group(0))
    return _TOKEN.sub(repl, text)


_NOT_FUNCTION = re.compile(r'^\s*(namespace|struct|class|union|enum|extern)\b')
_CONTROL = re.compile(r'\b(if|for|while|switch|catch|do|else)\s*$')


def functions(text: str) -> list[tuple[int, int, str]]:
    """(first line, body lines, name) of each function body in a C++ file.

    A brace opens a function body when the code before it (since the last
    `;`, `{` or `}`) ends like a declarator: `name(...) [const] [noexcept]
    [-> T] [: inits]`. Lambdas and control blocks inside a body belong to
    that body; classes and namespaces are looked into.
    """
    code = blank_literals(text)
    out: list[tuple[int, int, str]] = []
    stack: list[tuple[str, int, str]] = []  # (kind, line, name)
    head_start = 0
    line = 1
    in_function = 0
    for i, ch in enumerate(code):
        if ch == '\n':
            line += 1
            continue
        if ch == '{':
            head = code[head_start:i]
            kind, name = 'block', ''
            if in_function == 0:
                flat = ' '.join(head.split())
                flat = re.sub(r'^(#[^\n]*\s)+', '', flat)
                if _NOT_FUNCTION.match(flat) or re.search(r'\b(class|struct|union|enum)\s+[\w:]+\s*(final\s*)?(:[^()]*)?$', flat):
                    kind = 'scope'
                elif ('(' in flat and not flat.rstrip().endswith('=')
                      and not _CONTROL.search(flat.split('(')[0])
                      and not re.search(r'=\s*[\w:<>]*\s*$', flat)):
                    m = re.search(r'([~\w:]+(?:operator\s*\S+?)?)\s*\(', flat)
                    if m and not flat.lstrip().startswith(('return', '=')):
                        kind, name = 'function', m.group(1)
            if kind == 'function':
                in_function += 1
            elif in_function:
                in_function += 1
            stack.append((kind, line, name))
            head_start = i + 1
        elif ch == '}':
            if stack:
                kind, start, name = stack.pop()
                if kind == 'function':
                    out.append((start, line - start + 1, name))
                if in_function:
                    in_function -= 1
            head_start = i + 1
        elif ch == ';':
            head_start = i + 1
    return out


def include_graph(repo: Path) -> dict[str, set[tuple[str, str]]]:
    """folder -> {(included folder, evidence)} for quoted includes."""
    graph: dict[str, set[tuple[str, str]]] = {}
    roots = [repo / r for r in ROOTS]
    for root in roots:
        for f in root.rglob('*'):
            if f.suffix not in ('.h', '.cpp'):
                continue
            src_dir = f.parent
            for n, text in enumerate(f.read_text(errors='replace').splitlines(), 1):
                m = re.match(r'\s*#\s*include\s+"([^"]+)"', text)
                if not m:
                    continue
                target = None
                for base in [src_dir, *roots, repo]:
                    cand = (base / m.group(1)).resolve()
                    if cand.is_file():
                        target = cand
                        break
                if target is None:
                    continue
                a = str(src_dir.relative_to(repo))
                b = str(target.parent.relative_to(repo)) if target.is_relative_to(repo) else None
                if b and a != b:
                    graph.setdefault(a, set()).add((b, f"{f.relative_to(repo)}:{n}"))
    return graph


def cycles(graph: dict[str, set[tuple[str, str]]]) -> list[list[str]]:
    """Strongly connected components with more than one folder (Tarjan)."""
    edges = {a: {b for b, _ in bs} for a, bs in graph.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in list(edges):
        if v not in index:
            visit(v)
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--repo', default=str(Path(__file__).resolve().parent.parent))
    ap.add_argument('--report', action='store_true', help='also list the longest files and functions')
    ap.add_argument('--baseline', help='known violations, one key a line; only new ones fail')
    args = ap.parse_args()
    repo = Path(args.repo)
    problems: list[tuple[str, str]] = []  # (key, text)
    sizes: list[tuple[int, str]] = []
    fns: list[tuple[int, str]] = []
    for root in ROOTS:
        for f in sorted((repo / root).rglob('*')):
            if f.suffix not in ('.cpp', '.h'):
                continue
            rel = f.relative_to(repo)
            text = f.read_text(errors='replace')
            n = text.count('\n')
            if f.suffix == '.cpp':
                sizes.append((n, str(rel)))
                if n > MAX_FILE_LINES:
                    problems.append((f"{rel} lines", f"{rel}:1: {n} lines (at most {MAX_FILE_LINES}): split it by verb or feature"))
            for start, length, name in functions(text):
                fns.append((length, f"{rel}:{start} {name}"))
                if length > MAX_FUNCTION_LINES:
                    problems.append((f"{rel} function {name}",
                                     f"{rel}:{start}: function {name} is {length} lines (at most {MAX_FUNCTION_LINES})"))
    graph = include_graph(repo)
    for comp in cycles(graph):
        evidence = [f"{a} -> {b} ({ev})" for a in comp for b, ev in sorted(graph.get(a, ())) if b in comp]
        problems.append(("cycle " + " ".join(comp),
                         "include cycle between folders " + ", ".join(comp) + ":\n    " + "\n    ".join(evidence[:12])))
    if args.report:
        print("longest .cpp files:")
        for n, name in sorted(sizes, reverse=True)[:10]:
            print(f"  {n:5} {name}")
        print("longest functions:")
        for n, name in sorted(fns, reverse=True)[:15]:
            print(f"  {n:5} {name}")
    known: set[str] = set()
    if args.baseline:
        with open(args.baseline) as f:
            known = {line.strip() for line in f if line.strip() and not line.startswith('#')}
    new = [text for key, text in problems if key not in known]
    gone = sorted(known - {key for key, _ in problems})
    for key, text in problems:
        print(("known: " if key in known else "") + text)
    for key in gone:
        print(f"fixed, remove it from {args.baseline}: {key}")
    if new or gone:
        print(f"check_structure: {len(new)} new problem(s), {len(gone)} baseline entr(y/ies) to remove", file=sys.stderr)
        return 1
    print(f"check_structure: ok ({len(sizes)} .cpp files, {len(fns)} functions, {len(graph)} folders with includes"
          + (f"; {len(problems)} known in {args.baseline}" if problems else "") + ")")
    return 0

if __name__ == '__main__':
    sys.exit(main())
