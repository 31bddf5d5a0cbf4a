"""A command-line search costs the same in a small and a large office: no whole-file check before every command.

Issue 12 item 20: every command used to run `PRAGMA quick_check` over the whole file first (0.5 s at 300,000
members). Now the check runs where it pays (after an unclean end, a restore, a migration, at GUI start, on
`unionoffice check`), and a search's whole process is measured on 1,000 and on 300,000 members in one run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.harness import WORK, Row, Section, median

SMALL = 1_000
QUERIES = ("张伟", "zw", "1234")
ROUNDS = 5
RAW_SEARCH = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
for pattern in ("张伟*", "zw*"):
    conn.execute("SELECT id, name, id_number FROM member WHERE deleted_at IS NULL AND (name GLOB ? OR "
                 "pinyin_initials GLOB ?) ORDER BY name LIMIT 50", (pattern, pattern)).fetchall()
conn.execute("SELECT id FROM member WHERE id_reversed GLOB ? LIMIT 50", ("4321*",)).fetchall()
"""


def _demo(members: int) -> Path:
    """A demo database of `members`, made by the program's own `demo` command (kept between runs)."""
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"cli-{members}.db"
    if not path.exists():
        subprocess.run([sys.executable, "-m", "unionoffice", "--db", str(path), "demo", "--members", str(members)],
                       check=True, capture_output=True)
    return path


def _search(path: Path, query: str) -> float:
    env = {**os.environ, "UNIONOFFICE_PASSWORD": "demo"}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "unionoffice", "--db", str(path), "--user", "viewer", "members", "search",
                    query, "--limit", "50"], check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def _raw(path: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", RAW_SEARCH, str(path)], check=True, capture_output=True)
    return time.perf_counter() - start


def _leave_unclean(path: Path) -> None:
    """What a killed process leaves: an open marker naming a process that is gone."""
    from unionoffice.db import file_locks

    marker = file_locks.run_folder(path) / f"open-{file_locks.host_name()}-999999.json"
    marker.parent.mkdir(exist_ok=True)
    marker.write_text(file_locks.Holder(999999, file_locks.host_name(), "", "命令行", "").to_json(), encoding="utf-8")


def run(args: argparse.Namespace) -> Section:
    large = args.members
    section = Section("cli", f"Command line: a search costs the same at {SMALL:,} and {large:,} members")
    paths = {SMALL: _demo(SMALL), large: _demo(large)}
    for path in paths.values():
        _search(path, "warm")  # page cache and the first sign-in, for both alike
    ours: dict[int, list[float]] = {SMALL: [], large: []}
    raw: dict[int, list[float]] = {SMALL: [], large: []}
    for _ in range(ROUNDS):  # alternate the sizes, so a busy moment of the machine hits both alike
        for members, path in paths.items():
            ours[members].append(sum(_search(path, q) for q in QUERIES) / len(QUERIES))
            raw[members].append(_raw(path))
    small, big = median(ours[SMALL]), median(ours[large])
    ratio = big / small
    section.rows.append(Row(
        f"`members search` whole process (start, sign-in, search, print, exit), median of {ROUNDS}×{len(QUERIES)} "
        f"queries, {large:,} vs {SMALL:,} members", f"{big:.2f} s vs {small:.2f} s = {ratio:.2f}×",
        f"python + sqlite3, the same three lookups, whole process: {median(raw[large]):.2f} s vs "
        f"{median(raw[SMALL]):.2f} s", "≤ 1.2×", ratio <= 1.2))
    _leave_unclean(paths[large])
    after_kill = _search(paths[large], QUERIES[0])
    again = _search(paths[large], QUERIES[0])
    size_mb = paths[large].stat().st_size / 1e6
    section.notes.append(f"After an unclean end (a killed process's open marker left behind) the next command runs the "
                         f"quick check of the {size_mb:.0f} MB file once: {after_kill:.2f} s; the command after it "
                         f"{again:.2f} s again.")
    section.notes.append("Each search signs in with argon2 (the same cost at both sizes) and writes its sign-in audit "
                         "row; the databases are made by `unionoffice demo` and kept in benchmarks/_work.")
    return section
