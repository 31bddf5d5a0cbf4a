"""Crash drill (docs/reliability.md A1): SIGKILL a process writing one large transaction at random moments, then check.

    python tools/kill_test.py [--kills 50] [--rows 50000] [--db PATH] [--seed N]

Each round starts a child that opens the database the way the app does (WAL, synchronous=FULL, BEGIN IMMEDIATE)
and writes one transaction: a batch header row in `setting` plus `--rows` members. The parent kills it with
SIGKILL after a random delay drawn over the whole write, commit included, then reopens the file and checks that
`PRAGMA integrity_check` and `foreign_key_check` pass and that the batch is all there (header and every row) or
not there at all. Committed batches are deleted again so the file stays small. Exit status 0 only if every
round is clean; the last line is the summary.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def child(path: Path, batch: int, rows: int) -> None:
    """Write batch `batch` as one transaction through the application's own Database."""
    from unionoffice.db.base import utcnow
    from unionoffice.db.bulk import bulk_insert
    from unionoffice.db.engine import Database
    from unionoffice.db.models import Member, Setting

    db = Database(f"sqlite:///{path}")
    now = utcnow()
    members = [{
        "name": f"测试{n}", "sex": "男", "ethnicity": "汉族", "id_type": "居民身份证",
        "id_number": f"B{batch:05d}{n:012d}", "id_reversed": f"{n:012d}{batch:05d}B"[::-1],
        "birth_date": date(1980, 1, 1), "union_id": 2, "join_date": date(2010, 1, 1), "status": "在会",
        "status_date": date(2010, 1, 1), "pinyin_full": "ceshi", "pinyin_initials": "cs", "note": f"batch-{batch}",
        "is_migrant": False, "created_at": now, "updated_at": now, "version": 1,
    } for n in range(rows)]
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    with db.write() as session:
        session.add(Setting(key=f"kill-test-batch-{batch}", value=str(rows)))
        session.flush()
        for start in range(0, rows, 5000):
            bulk_insert(session, Member.__table__, members[start:start + 5000])  # type: ignore[arg-type]
    db.dispose()


def prepare(path: Path) -> None:
    from unionoffice.db.models import Organisation
    from unionoffice.services.core.startup import open_database

    db = open_database(f"sqlite:///{path}", create=True)
    with db.write() as session:
        district = Organisation(kind="district", name="测试区总工会", admin_code="220102")
        session.add(district)
        session.flush()
        session.add(Organisation(kind="grassroots", name="测试工会", parent_id=district.id))
    db.dispose()


def start_child(path: Path, batch: int, rows: int) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen([sys.executable, __file__, "--child", str(path), str(batch), str(rows)],
                            stdout=subprocess.PIPE, cwd=ROOT)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if line.strip() != b"ready":
        proc.kill()
        raise SystemExit(f"child did not start: {line!r}")
    return proc


def inspect(path: Path, batch: int) -> tuple[list[str], int, bool]:
    """(integrity problems, rows of this batch, header present) after reopening the file (WAL recovery runs)."""
    conn = sqlite3.connect(path)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        problems = [] if problems == ["ok"] else problems
        problems += [f"foreign key: {r}" for r in conn.execute("PRAGMA foreign_key_check")]
        count = conn.execute("SELECT count(*) FROM member WHERE note = ?", (f"batch-{batch}",)).fetchone()[0]
        header = conn.execute("SELECT 1 FROM setting WHERE key = ?", (f"kill-test-batch-{batch}",)).fetchone()
        return problems, count, header is not None
    finally:
        conn.close()


def remove_batch(path: Path, batch: int) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM member WHERE note = ?", (f"batch-{batch}",))
        conn.execute("DELETE FROM setting WHERE key = ?", (f"kill-test-batch-{batch}",))
        conn.execute("COMMIT")
    finally:
        conn.close()


def calibrate(path: Path, rows: int) -> float:
    """Seconds from the child's "ready" to its exit when nobody kills it."""
    proc = start_child(path, 0, rows)
    started = time.perf_counter()
    proc.wait()
    elapsed = time.perf_counter() - started
    remove_batch(path, 0)
    return elapsed


def drill(path: Path, kills: int, rows: int, rng: random.Random) -> int:
    prepare(path)
    window = calibrate(path, rows)
    print(f"one transaction of {rows} rows takes {window:.2f} s from start to exit; "
          f"killing within 0–{window * 1.1:.2f} s")
    corrupt = partial = rolled_back = committed = 0
    for batch in range(1, kills + 1):
        proc = start_child(path, batch, rows)
        time.sleep(rng.uniform(0, window * 1.1))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        problems, count, header = inspect(path, batch)
        if problems:
            corrupt += 1
            print(f"round {batch}: CORRUPT {problems[:3]}")
        if (count, header) == (rows, True):
            committed += 1
            remove_batch(path, batch)
        elif (count, header) == (0, False):
            rolled_back += 1
        else:
            partial += 1
            print(f"round {batch}: PARTIAL {count} rows, header {'present' if header else 'missing'}")
    ok = corrupt == 0 and partial == 0
    print(f"kill test: {kills} kills, {corrupt} corrupt, {partial} partial "
          f"({rolled_back} rolled back, {committed} committed, {rows} rows each) — {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--db", type=Path, help="database file to use (default: a new one in a temporary folder)")
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--child", nargs=3, metavar=("PATH", "BATCH", "ROWS"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(Path(args.child[0]), int(args.child[1]), int(args.child[2]))
        return 0
    rng = random.Random(args.seed)
    if args.db:
        return drill(args.db, args.kills, args.rows, rng)
    with tempfile.TemporaryDirectory(prefix="uo-kill-") as folder:
        return drill(Path(folder) / "kill.db", args.kills, args.rows, rng)


if __name__ == "__main__":
    sys.exit(main())
