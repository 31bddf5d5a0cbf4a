"""Crash drill for restore from backup (issue 12 item 6): SIGKILL a restore at random moments, or at named points.

    python tools/kill_restore.py [--kills 50] [--members 3000] [--seed N]

A prepared database (demo members, a backup, then more work: a marker setting changed and audit entries written
after the backup) is copied for each round; a child restores the backup into the copy and is killed after a random
delay drawn over the whole restore (as long as an uninterrupted one took). Then, with plain sqlite3, the copy must
pass `PRAGMA integrity_check` and be either the old database (its data and its whole trail, no restore entry) or
the restored one with every entry of the old trail and the restore entry last — never the backup's data without
its restore entry, never an audit entry lost. The last line is the summary; exit status 0 only if every round is.

The test suite runs the child with `--pause-at POINT` (safety, carried, staged, page:N, swapped) to kill at each
step.
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
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MARKER = "kill-restore-marker"


def child(path: Path, backup: Path, pause_at: str) -> None:
    """Restore `backup` into `path` the way the program does; print each step, and stop at `pause_at` if given."""
    from unionoffice.domain.common.permissions import Role
    from unionoffice.services.core import backups
    from unionoffice.services.core.context import Actor
    from unionoffice.services.core.startup import open_database

    def mark(point: str) -> None:
        sys.stdout.write(point + "\n")
        sys.stdout.flush()
        if point == pause_at:
            time.sleep(600)  # the parent kills us here

    def after(name: str, point: str) -> None:
        real = getattr(backups, name)

        def wrapped(*args: object, **kwargs: object) -> object:
            result = real(*args, **kwargs)
            mark(point)
            return result

        setattr(backups, name, wrapped)

    def stepping_copy(source: Path, live: Path, pages_done: object = None) -> None:
        """The swap, a few pages per step, so the drill can stop it in the middle."""
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(live)
        try:
            src.backup(dst, pages=4, progress=lambda status, remaining, total: mark(f"page:{total - remaining}"))
        finally:
            dst.close()
            src.close()

    after("_safety_copy", "safety")
    after("carry_trail", "carried")  # the staged copy still open, its newest pages in its WAL
    after("_stage", "staged")
    after("_swap_in", "swapped")
    if pause_at.startswith("page:"):
        backups._copy_into = stepping_copy  # type: ignore[assignment]
    db = open_database(f"sqlite:///{path}")
    mark("ready")
    backups.restore_backup(db, Actor(username="admin", role=Role.ADMIN, user_id=1), backup)
    mark("done")
    db.dispose()


def prepare(folder: Path, members: int) -> tuple[Path, Path]:
    """A database with a backup of it, then more work done after the backup (the entries a restore must keep)."""
    from unionoffice.db.models import Setting
    from unionoffice.domain.common.permissions import Role
    from unionoffice.services.core import audit
    from unionoffice.services.core.backups import create_backup
    from unionoffice.services.core.context import SYSTEM, Actor
    from unionoffice.services.core.startup import open_database
    from unionoffice.services.demo.district import generate_demo

    path = folder / "office.db"
    db = open_database(f"sqlite:///{path}", create=True)
    generate_demo(db, SYSTEM, members, seed=7)
    with db.write() as session:
        session.add(Setting(key=MARKER, value="backup"))
    admin = Actor(username="admin", role=Role.ADMIN, user_id=1)
    backup = create_backup(db, admin, folder / "stick")
    with db.write() as session:
        session.get(Setting, MARKER).value = "live"  # type: ignore[union-attr]
        for n in range(5):
            audit.record(session, admin, "update", f"备份之后的修改 {n}", entity="setting", entity_id=MARKER)
    db.dispose()
    return path, backup


@dataclass
class State:
    problems: list[str]
    marker: str
    trail: list[tuple[int, str]] = field(default_factory=list)  # (id, hash) in id order
    last_action: str = ""


def inspect(path: Path) -> State:
    conn = sqlite3.connect(path)
    try:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        problems = [] if problems == ["ok"] else problems
        marker = conn.execute("SELECT value FROM setting WHERE key = ?", (MARKER,)).fetchone()[0]
        trail = [(int(i), str(h)) for i, h in conn.execute("SELECT id, hash FROM audit_entry ORDER BY id")]
        last = conn.execute("SELECT action FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()[0]
        return State(problems, marker, trail, last)
    finally:
        conn.close()


def outcome(before: State, after: State) -> str:
    """"old", "restored", or what is wrong: corrupt, partial (backup data without its entry), lost entries."""
    if after.problems:
        return "corrupt"
    if after.marker == "live":
        return "old" if after.trail == before.trail else "changed"
    if after.marker != "backup":
        return "partial"
    if after.last_action != "restore_backup":
        return "partial"
    if after.trail[:len(before.trail)] != before.trail or len(after.trail) != len(before.trail) + 1:
        return "lost"
    return "restored"


def start_child(path: Path, backup: Path, data_dir: Path, pause_at: str = "") -> subprocess.Popen[bytes]:
    env = {**os.environ, "UNIONOFFICE_DATA_DIR": str(data_dir)}
    proc = subprocess.Popen([sys.executable, __file__, "--child", str(path), str(backup), pause_at],
                            stdout=subprocess.PIPE, cwd=ROOT, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if line.strip() != b"ready":
        proc.kill()
        raise SystemExit(f"child did not start: {line!r}")
    return proc


def kill_at(proc: subprocess.Popen[bytes], point: str) -> bool:
    """Read the child's steps until `point`, then kill it there. False if it finished without reaching it."""
    assert proc.stdout is not None
    for raw in proc.stdout:
        if raw.decode().strip() == point:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return True
    proc.wait()
    return False


def drill(folder: Path, kills: int, members: int, rng: random.Random) -> int:
    prepared, backup = prepare(folder, members)
    data_dir = folder / "data"
    os.environ["UNIONOFFICE_DATA_DIR"] = str(data_dir)
    before = inspect(prepared)
    trial = folder / "trial.db"
    shutil.copyfile(prepared, trial)
    proc = start_child(trial, backup, data_dir)
    started = time.perf_counter()
    proc.wait()
    window = time.perf_counter() - started
    print(f"one restore of a {prepared.stat().st_size / 1e6:.1f} MB database takes {window:.2f} s; "
          f"killing within 0–{window * 1.1:.2f} s")
    counts = {"old": 0, "restored": 0, "corrupt": 0, "partial": 0, "lost": 0, "changed": 0}
    for round_no in range(1, kills + 1):
        for suffix in ("-wal", "-shm"):
            Path(f"{trial}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(prepared, trial)
        proc = start_child(trial, backup, data_dir)
        time.sleep(rng.uniform(0, window * 1.1))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        result = outcome(before, inspect(trial))
        counts[result] += 1
        if result not in ("old", "restored"):
            print(f"round {round_no}: {result.upper()}")
    bad = counts["corrupt"] + counts["partial"] + counts["lost"] + counts["changed"]
    print(f"restore kill test: {kills} kills, {counts['old']} left the old database, {counts['restored']} restored "
          f"with the restore entry, {counts['corrupt']} corrupt, {counts['partial']} partial, "
          f"{counts['lost']} with audit entries lost — {'PASS' if bad == 0 else 'FAIL'}")
    return 0 if bad == 0 else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--members", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--child", nargs=3, metavar=("PATH", "BACKUP", "PAUSE_AT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(Path(args.child[0]), Path(args.child[1]), args.child[2])
        return 0
    with tempfile.TemporaryDirectory(prefix="uo-kill-restore-") as folder:
        return drill(Path(folder), args.kills, args.members, random.Random(args.seed))


if __name__ == "__main__":
    sys.exit(main())
