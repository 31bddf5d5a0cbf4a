"""SIGKILL a 100,000-row member import at random moments; after each kill the database must be whole.

    python tools/kill_import.py [--runs 50] [--rows 100000] [--seed 1]

Each run copies a prepared database (1,000 members, one earlier import batch), starts a child that imports the
same xlsx of new members, and kills it at a random moment: half of the moments fall anywhere in the child's life
(as long as a first, uninterrupted run took), half inside its write transaction (after the child reports that
it has begun, for a random part of the time the transaction took in the first run). Then, with plain sqlite3:
`PRAGMA integrity_check` is "ok", `PRAGMA foreign_key_check` is empty, and either nothing of the import is
there (members, join events, n-grams, batch header, audit entries all as before) or all of it is
(docs/reliability.md A1).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD = r"""
import sys, time
from datetime import date
from unionoffice.domain.common.permissions import Role
from unionoffice.services.core.context import Actor
from unionoffice.services.members import importing as mi
from unionoffice.services.core.startup import open_database
start = time.perf_counter()
def mark(text):
    print(f"{time.perf_counter() - start:.3f} {text}", flush=True)
db = open_database("sqlite:///" + sys.argv[1])
clerk = Actor("kill-test", Role.CLERK, None)
mark("read")
source = mi.open_member_file(db, clerk, sys.argv[2])
mark("check")
plan = mi.plan_member_import(db, clerk, source, mi.ImportOptions(), today=date(2025, 1, 1))
mark("write")
first = []
def progress(done, total):
    if not first:
        first.append(1)
        mark("in-transaction")
result = mi.commit_member_import(db, clerk, plan, mi.ImportOptions(), progress=progress)
mark(f"committed {result.created}")
"""


@dataclass
class Tally:
    runs: int = 0
    completed: int = 0
    corrupt: int = 0
    partial: int = 0
    by_phase: dict[str, int] = field(default_factory=dict)


def prepare(work: Path, rows: int) -> tuple[Path, Path, int]:
    from benchmarks.bench_exchange import _fresh_db, _people, _write_source
    from unionoffice.domain.common.permissions import Role
    from unionoffice.services.core.context import Actor
    from unionoffice.services.core.startup import open_database
    from unionoffice.services.members.importing import ImportOptions, import_members

    base, source, earlier = work / "base.db", work / f"members-{rows}.xlsx", work / "earlier.xlsx"
    people = _people(rows + 1000)
    _fresh_db(base)
    _write_source(earlier, people[rows:])
    _write_source(source, people[:rows])
    db = open_database(f"sqlite:///{base}", create=True)
    _plan, result = import_members(db, Actor("setup", Role.CLERK, None), earlier, ImportOptions())
    db.dispose()
    with sqlite3.connect(base) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return base, source, result.created


def counts(path: Path) -> tuple[str, int, tuple[int, int, int, int, int]]:
    con = sqlite3.connect(path)
    try:
        integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
        problems = len(con.execute("PRAGMA foreign_key_check").fetchall())
        numbers = tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                        for t in ("member", "membership_event", "member_name_gram", "import_batch", "audit_entry"))
    finally:
        con.close()
    return integrity, problems, numbers  # type: ignore[return-value]


def child(db: Path, source: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(source)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, cwd=ROOT)


def fresh_copy(base: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copy(base, target)


def calibrate(base: Path, source: Path, work: Path) -> tuple[float, float, tuple[int, int, int, int, int]]:
    target = work / "calibrate.db"
    fresh_copy(base, target)
    proc = child(target, source)
    out, _ = proc.communicate()
    marks = {line.split(" ", 1)[1].split()[0]: float(line.split()[0]) for line in out.splitlines()}
    if proc.returncode != 0 or "committed" not in marks:
        raise SystemExit(f"the uninterrupted import failed:\n{out}")
    return marks["in-transaction"], marks["committed"], counts(target)[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=ROOT / "benchmarks" / "_work" / "kill")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(args.seed)
    base, source, old = prepare(args.work, args.rows)
    before = counts(base)[2]
    write_from, finished, after = calibrate(base, source, args.work)
    print(f"uninterrupted import: write transaction from {write_from:.1f} s, committed at {finished:.1f} s; "
          f"rows before {before}, after {after}")
    tally = Tally()
    target = args.work / "victim.db"
    for run in range(args.runs):
        fresh_copy(base, target)
        proc = child(target, source)
        assert proc.stdout is not None
        started = time.perf_counter()
        seen: list[str] = []
        if run % 2 == 0:  # anywhere in the child's life
            time.sleep(rng.uniform(0, finished * 1.05))
        else:  # inside the write transaction: wait until the child says it is in it, then a random part of it
            while (line := proc.stdout.readline()) and "in-transaction" not in line:
                seen.append(line)
            seen.append(line)
            time.sleep(rng.uniform(0, (finished - write_from) * 1.02))
        moment = time.perf_counter() - started
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        out, _ = proc.communicate()
        lines = [x for x in "".join(seen).splitlines() + out.splitlines() if x.strip()]
        phase = lines[-1].split()[1] if lines else "start"
        tally.runs += 1
        tally.by_phase[phase] = tally.by_phase.get(phase, 0) + 1
        integrity, problems, numbers = counts(target)
        if integrity != "ok" or problems:
            tally.corrupt += 1
        if numbers not in (before, after):
            tally.partial += 1
        if numbers == after:
            tally.completed += 1
        print(f"run {run + 1:2d}: kill at {moment:5.2f} s during {phase:<14} integrity={integrity} "
              f"fk_problems={problems} members/events/grams/batches/audit={numbers}", flush=True)
    print(f"\n{tally.runs} runs: {tally.corrupt} corrupt, {tally.partial} partial, {tally.completed} committed before "
          f"the kill, {tally.runs - tally.completed} rolled back; last phase seen: {tally.by_phase}")
    print(f"(before: {before}; after a complete import: {after}; earlier batch of {old} members)")
    raise SystemExit(1 if tally.corrupt or tally.partial else 0)


if __name__ == "__main__":
    main()
