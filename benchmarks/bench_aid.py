"""Aid: batch-approving 1,000 applications with every rule and the budget; the first paint of a 10,000-application
list. Each beside the raw library doing the same job in the same run."""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import time
from datetime import date
from pathlib import Path

from benchmarks.harness import WORK, Row, Section, median, ms, run_child

BATCH = 1_000
LIST_SIZE = 10_000
MEMBERS = 20_000
REPEATS = 3
WARM_UP = 10  # approved first on the same engine: a running program has compiled its statements long before


def _database() -> tuple[Path, int, list[int], int]:
    """A demo district, a Golden Autumn programme with every rule kind on, 1,000 applications in 公示 whose period
    has ended, and a second programme holding 10,000 applications for the list."""
    from sqlalchemy import select

    from unionoffice.db.base import utcnow
    from unionoffice.db.bulk import bulk_insert
    from unionoffice.db.models import Member
    from unionoffice.db.models.aid import AidApplication
    from unionoffice.domain.aid.hardship import Standard
    from unionoffice.domain.aid.kinds import ProgrammeType, SchoolLevel, Tier
    from unionoffice.domain.aid.rules import Rule, RuleKind
    from unionoffice.domain.common.idnumber import check_char
    from unionoffice.services.aid import programmes as pg
    from unionoffice.services.aid import rules as ru
    from unionoffice.services.aid import standards
    from unionoffice.services.core.context import SYSTEM
    from unionoffice.services.core.startup import open_database
    from unionoffice.services.demo.district import generate_demo

    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / "aid.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_database(f"sqlite:///{path}", create=True)
    generate_demo(db, SYSTEM, MEMBERS, seed=3, today=date(2024, 6, 1))
    standards.save_standard(db, SYSTEM, Standard(2024, 125_500, 1500, 2000))
    golden = pg.create_programme(db, SYSTEM, pg.ProgrammeDraft(2024, ProgrammeType.GOLDEN_AUTUMN, "2024年金秋助学",
                                                               10**10, 5))
    listed = pg.create_programme(db, SYSTEM, pg.ProgrammeDraft(2024, ProgrammeType.GOLDEN_AUTUMN,
                                                               "2024年金秋助学（二）", 10**10, 5))
    tiers = {(level.value, tier.value): 400_000 for level in SchoolLevel for tier in Tier}
    for programme in (golden, listed):
        pg.save_tiers(db, SYSTEM, programme, tiers)
    ru.save_rules(db, SYSTEM, golden, [
        *ru.programme_rules(db, SYSTEM, golden),
        Rule(RuleKind.NEW_ENTRANTS_ONLY, "在读生可连续资助", flag=True),
        Rule(RuleKind.NO_DOUBLE_FUNDING, "同年已获困难职工帮扶的不重复资助", values=("困难职工帮扶",)),
        Rule(RuleKind.CAP_PER_GRANT, "每次不超过6个月低保", dibao_months=6),
        Rule(RuleKind.CAP_PER_PERSON_YEAR, "每名学生每年不超过1万元", amount_fen=1_000_000),
        Rule(RuleKind.CAP_PER_HOUSEHOLD_YEAR, "每户每年不超过2万元", amount_fen=2_000_000)])
    with db.write() as session:
        people = list(session.execute(select(Member.id, Member.union_id, Member.id_number)
                                      .where(Member.status == "在会").limit(LIST_SIZE)).all())
        now = utcnow()

        def row(programme: int, index: int, state: str) -> dict[str, object]:
            member, union, number = people[index % len(people)]
            body = f"{number[:6]}{2004 + index % 4}0{1 + index % 9}1{index % 9}{index % 1000:03d}"
            return {"programme_id": programme, "member_id": member, "union_id": union, "aid_type": "金秋助学",
                    "state": state, "amount_asked_fen": 400_000, "child_name": f"学生{index}",
                    "child_id_number": body + check_char(body), "school": "吉林大学", "school_level": "本科",
                    "school_kind": "普通院校", "tier": "非建档", "new_student": True, "aided_elsewhere": False,
                    "publicity_start": date(2024, 9, 30), "publicity_end": date(2024, 10, 11),
                    "created_at": now, "updated_at": now, "version": 1}

        bulk_insert(session, AidApplication.__table__, [row(golden, i, "公示中") for i in range(BATCH + WARM_UP)])  # type: ignore[arg-type]
        bulk_insert(session, AidApplication.__table__, [row(listed, i, "已提交") for i in range(LIST_SIZE)])  # type: ignore[arg-type]
        ids = list(session.execute(select(AidApplication.id).where(AidApplication.programme_id == golden)
                                   .order_by(AidApplication.id)).scalars())  # the first WARM_UP warm the engine
    db.dispose()
    return path, golden, ids, listed


def _fresh(path: Path, name: str) -> Path:
    copy = WORK / name
    for suffix in ("-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(path, copy)
    return copy


def _approve(path: Path, ids: list[int]) -> float:
    from unionoffice.domain.aid.workflow import Step
    from unionoffice.domain.common.permissions import Role
    from unionoffice.services.aid.workflow import batch_advance
    from unionoffice.services.core.context import Actor
    from unionoffice.services.core.startup import open_database

    db = open_database(f"sqlite:///{_fresh(path, 'aid-run.db')}", create=True)
    reviewer = Actor("bench", Role.REVIEWER, 3, "审核人")
    batch_advance(db, reviewer, ids[:WARM_UP], Step.APPROVE, on=date(2024, 10, 14))
    ids = ids[WARM_UP:]
    start = time.perf_counter()
    result = batch_advance(db, reviewer, ids, Step.APPROVE, on=date(2024, 10, 14))
    seconds = time.perf_counter() - start
    db.dispose()
    if len(result.done) != len(ids):
        raise RuntimeError(f"approved {len(result.done)} of {len(ids)}: {list(result.refused.items())[:3]}")
    return seconds


def _raw_update(path: Path, ids: list[int], programme: int) -> float:
    """The same rows written by sqlite3 alone: the applications, their steps, the audit rows, the budget."""
    import hashlib

    copy = _fresh(path, "aid-raw.db")
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.execute("PRAGMA synchronous=FULL")
    now = "2024-10-14 09:00:00.000000"
    start = time.perf_counter()
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("UPDATE aid_application SET state='已批准', amount_fen=400000, approved_tier='非建档', "
                     "decided_on='2024-10-14', version=version+1 WHERE id=?", [(i,) for i in ids])
    conn.executemany("INSERT INTO aid_step (application_id, step, from_state, to_state, done_on, at, username, "
                     "person, role) VALUES (?, '批准', '公示中', '已批准', '2024-10-14', ?, 'bench', "
                     "'审核人', '审核人')",
                     [(i, now) for i in ids])
    prev = "0" * 64
    rows = []
    for i in ids:
        digest = hashlib.sha256(f"{prev}{i}".encode()).hexdigest()
        rows.append((now, "bench", f"帮扶申请 {i}：批准", str(i), prev, digest))
        prev = digest
    conn.executemany("INSERT INTO audit_entry (at, user_id, username, action, entity, entity_id, summary, prev_hash, "
                     "hash) VALUES (?, 3, ?, 'update', 'aid_application', ?, ?, ?, ?)",
                     [(at, user, entity_id, summary, p, h) for at, user, summary, entity_id, p, h in rows])
    conn.execute("UPDATE aid_programme SET committed_fen = committed_fen + ? WHERE id = ?", (400_000 * len(ids),
                                                                                          programme))
    conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    conn.close()
    return seconds


def _paint(path: Path, programme: int) -> tuple[float, float, int]:
    code = f"""
import time, sys, sqlite3
from PySide6.QtWidgets import QApplication, QTableView
from PySide6.QtGui import QStandardItemModel, QStandardItem
app = QApplication(sys.argv)
from unionoffice.services.core.startup import open_database
from unionoffice.services.core.context import SYSTEM
from unionoffice.services.aid.listing import ApplicationFilter
from unionoffice.ui.aid.models import ApplicationTableModel
db = open_database("sqlite:///{path}")
t0 = time.perf_counter()
model = ApplicationTableModel(db, SYSTEM)
model.set_filter(ApplicationFilter({programme}))
view = QTableView(); view.setModel(model); view.resize(1000, 700); view.show()
app.processEvents()
ours = time.perf_counter() - t0
loaded = model.loaded_row_count()
t1 = time.perf_counter()
conn = sqlite3.connect("{path}")
rows = conn.execute("SELECT a.id, m.name, m.id_number, o.name, a.aid_type, a.state, a.amount_asked_fen, "
                    "a.child_name, a.child_id_number, a.school, a.school_level, a.tier, a.submitted_on, a.paid_on "
                    "FROM aid_application a "
                    "JOIN member m ON m.id = a.member_id JOIN organisation o ON o.id = a.union_id "
                    "WHERE a.programme_id = {programme} ORDER BY a.id LIMIT 200").fetchall()
bare = QStandardItemModel(len(rows), 14)
for r, row in enumerate(rows):
    for c, value in enumerate(row):
        bare.setItem(r, c, QStandardItem("" if value is None else str(value)))
view2 = QTableView(); view2.setModel(bare); view2.resize(1000, 700); view2.show()
app.processEvents()
raw = time.perf_counter() - t1
print(ours, raw, loaded, model.rowCount())
"""
    out, _wall, _peak = run_child(code)
    ours, raw, loaded, count = out.split()
    if int(count) != LIST_SIZE:
        raise RuntimeError(f"the list shows {count} rows, not {LIST_SIZE}")
    return float(ours), float(raw), int(loaded)


def run(args: argparse.Namespace) -> Section:
    section = Section("aid", "Aid casework")
    path, golden, ids, listed = _database()
    ours = [_approve(path, ids) for _ in range(REPEATS)]
    raw = [_raw_update(path, ids[WARM_UP:], golden) for _ in range(REPEATS)]
    ratio = median(ours) / median(raw)
    section.rows.append(Row(f"batch-approve {BATCH:,} applications: every rule of the programme checked "
                            "(9 rules: every kind that applies to Golden Autumn), quota and budget reserved under "
                            "the programme lock, amounts fixed, steps and audit "
                            f"entries written, one transaction; median of {REPEATS}",
                            f"{ms(median(ours))} ({ratio:.1f}× raw)",
                            f"sqlite3 executemany of the same rows (applications, steps, audit rows, budget): "
                            f"{ms(median(raw))}", "< 2 s and ≤ 5× raw", median(ours) < 2 and ratio <= 5))
    try:
        paint, bare, loaded = _paint(path, listed)
        section.rows.append(Row(f"applications list of a programme with {LIST_SIZE:,} applications: model + view to "
                                f"first rows painted ({loaded} rows fetched)", ms(paint),
                                "sqlite3 query of the first 200 rows into a QStandardItemModel + QTableView: "
                                f"{ms(bare)}",
                                "< 150 ms", paint < 0.150))
    except (ImportError, RuntimeError) as exc:
        section.notes.append(f"GUI figure not measured: {exc}")
    section.notes.append(f"Demo district of {MEMBERS:,} members; the raw baseline skips what the program adds on top: "
                         "reading the facts the rules need, the rules themselves, the lock and the check of the "
                         "budget, and the audit entries' real hash chain.")
    return section
