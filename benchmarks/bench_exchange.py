"""Import 100,000 members from xlsx and export 300,000 to xlsx, each beside the raw libraries in the same run."""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import time
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.harness import WORK, Row, Section, run_child

IMPORT_ROWS = 100_000
UNION_COUNT = 200
HEADER = ["序号", "姓名", "性别", "民族", "身份证号", "政治面貌", "文化程度", "手机", "工作单位", "所属基层工会",
          "入会时间", "是否农民工", "会员卡号", "户籍类型", "技能等级", "备注"]


def _people(count: int) -> list[dict[str, Any]]:
    """Valid, distinct members drawn by the demo generator's own rules (names, IDs, phones, cards)."""
    import random

    from unionoffice.services.demo.district import _member_row, _People

    people = _People(random.Random(7), date(2025, 1, 1))
    unions = list(range(1, UNION_COUNT + 1))
    return [_member_row(people, unions, {u: f"长春第{u}制造有限公司" for u in unions}) for _ in range(count)]


def _write_source(path: Path, people: list[dict[str, Any]]) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False})
    sheet = book.add_worksheet("会员")
    sheet.write_string(0, 0, "长春市南关区会员花名册")
    for c, h in enumerate(HEADER):
        sheet.write_string(1, c, h)
    for r, p in enumerate(people, start=2):
        values = [str(r - 1), p["name"], p["sex"], p["ethnicity"], p["id_number"], p["political_status"],
                  p["education"], p["phone"] or "", p["employer"], f"长春第{p['union_id']}制造有限公司工会",
                  p["join_date"].isoformat(), "是" if p["is_migrant"] else "否", p["card_number"] or "",
                  p["hukou_type"], p["skill_grade"] or "", ""]
        for c, v in enumerate(values):
            sheet.write_string(r, c, v)
    book.close()


def _fresh_db(path: Path) -> None:
    from unionoffice.domain.common.permissions import Role
    from unionoffice.services.core.context import Actor
    from unionoffice.services.core.startup import open_database
    from unionoffice.services.members.organisations import UnionDraft, create_district, create_union

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_database(f"sqlite:///{path}", create=True)
    admin = Actor("admin", Role.ADMIN, 1)
    create_district(db, admin, "长春市南关区总工会", "220102")
    for u in range(1, UNION_COUNT + 1):
        create_union(db, admin, UnionDraft(name=f"长春第{u}制造有限公司工会"))
    db.dispose()


def _rows_written(people: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """What the import writes for these people: member rows, their join events and their name n-grams."""
    from unionoffice.services.members.records import derived_columns, name_grams

    now = "2025-01-01 00:00:00.000000+00:00"
    members, events, grams = [], [], []
    for i, p in enumerate(people, start=1):
        values = {k: v for k, v in p.items() if not k.startswith("_")}
        values.update(derived_columns(values))
        values.update(id=i, status="在会", status_date=values["join_date"], created_at=now, updated_at=now,
                      deleted_at=None, version=1)
        members.append(values)
        events.append({"member_id": i, "kind": "入会", "event_date": values["join_date"], "from_union_id": None,
                       "to_union_id": values["union_id"] + 1, "status_after": "在会", "reason": "导入",
                       "created_at": now, "created_by": "clerk"})
        grams.extend({"gram": g, "member_id": i} for g in name_grams(values["name"]))
    for m in members:
        m["union_id"] += 1  # the district is organisation 1, its unions follow
    return {"member": members, "membership_event": events, "member_name_gram": grams}


def _raw_insert(db_path: Path, tables: dict[str, list[dict[str, Any]]]) -> dict[str, float]:
    """sqlite3 executemany of the same rows into the same tables (indexes and pragmas as the app's)."""
    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("PRAGMA foreign_keys=ON")
    times: dict[str, float] = {}
    for table, rows in tables.items():
        keys = list(rows[0])
        params = [tuple(v.isoformat() if isinstance(v, date) else v for v in (r[k] for k in keys)) for r in rows]
        start = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.executemany(f"INSERT INTO {table} ({', '.join(keys)}) VALUES ({', '.join('?' * len(keys))})", params)
        con.execute("COMMIT")
        times[table] = time.perf_counter() - start
    con.close()
    return times


def bench_import(section: Section, work: Path) -> None:
    import python_calamine

    from unionoffice.domain.common.permissions import Role
    from unionoffice.services.core.context import Actor
    from unionoffice.services.core.startup import open_database
    from unionoffice.services.members.importing import ImportOptions, import_members

    people = _people(IMPORT_ROWS)
    source = work / "members-100k.xlsx"
    _write_source(source, people)
    base = work / "import-base.db"
    _fresh_db(base)
    raw_db, our_db = work / "import-raw.db", work / "import-ours.db"
    for target in (raw_db, our_db):
        shutil.copy(base, target)
    start = time.perf_counter()
    rows = python_calamine.CalamineWorkbook.from_path(str(source)).get_sheet_by_index(0).to_python()
    read = time.perf_counter() - start
    assert len(rows) == IMPORT_ROWS + 2
    inserts = _raw_insert(raw_db, _rows_written(people))
    db = open_database(f"sqlite:///{our_db}")
    start = time.perf_counter()
    _plan, result = import_members(db, Actor("clerk", Role.CLERK, 2), source, ImportOptions(),
                                   today=date(2025, 1, 1))
    ours = time.perf_counter() - start
    db.dispose()
    assert result.created == IMPORT_ROWS, result.summary
    members_only = read + inserts["member"]
    everything = read + sum(inserts.values())
    section.rows.append(Row(
        f"import {IMPORT_ROWS:,} members from xlsx, every row validated, one transaction", f"{ours:.2f} s",
        f"calamine read {read:.2f} s + sqlite3 executemany of the same rows: members {inserts['member']:.2f} s, "
        f"join events {inserts['membership_event']:.2f} s, name n-grams {inserts['member_name_gram']:.2f} s "
        f"= {everything:.2f} s", "≤ 2× baseline", ours <= 2 * everything))
    section.notes.append(f"Import ratio: {ours / everything:.2f}× the read plus every row it writes; "
                         f"{ours / members_only:.2f}× the read plus the member rows alone ({members_only:.2f} s).")


# VmHWM is this process's own peak; ru_maxrss of a fork+exec child starts at the parent's peak on Linux.
_PEAK = """
import resource
def peak_kib():
    try:
        with open("/proc/self/status") as status:
            return int(next(line for line in status if line.startswith("VmHWM")).split()[1])
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""

_EXPORT_CHILD = _PEAK + """
import sys, time
from pathlib import Path
from unionoffice.domain.common.permissions import Role
from unionoffice.services.core.context import Actor
from unionoffice.services.members.exports import MemberExport, export_members
from unionoffice.services.core.startup import open_database
db = open_database("sqlite:///" + sys.argv[1])
start = time.perf_counter()
result = export_members(db, Actor("clerk", Role.CLERK, 2), MemberExport(Path(sys.argv[2])))
print(time.perf_counter() - start, result.rows, peak_kib())
"""

_BASELINE_CHILD = _PEAK + """
import sqlite3, sys, time, datetime
import xlsxwriter
con = sqlite3.connect(sys.argv[1])
rows = con.execute("SELECT m.id, m.name, m.sex, m.ethnicity, m.id_number, m.birth_date, m.political_status, "
                   "m.education, m.phone, m.employer, o.name, m.join_date, m.status, m.is_migrant FROM member m "
                   "JOIN organisation o ON o.id = m.union_id WHERE m.deleted_at IS NULL ORDER BY m.id").fetchall()
cells = [[r[0], r[1], r[2], r[3], r[4][:6] + "********" + r[4][-4:], datetime.date.fromisoformat(r[5]), r[6] or "",
          r[7] or "", r[8] or "", r[9] or "", r[10], datetime.date.fromisoformat(r[11]), r[12], "是" if r[13] else "否"]
         for r in rows]
start = time.perf_counter()
book = xlsxwriter.Workbook(sys.argv[2], {"constant_memory": True})
sheet = book.add_worksheet()
dated = book.add_format({"num_format": "yyyy-mm-dd"})
for r, row in enumerate(cells, start=4):
    sheet.write_number(r, 0, row[0])
    for c in (1, 2, 3, 4, 6, 7, 8, 9, 10, 12, 13):
        sheet.write_string(r, c, row[c])
    sheet.write_datetime(r, 5, row[5], dated)
    sheet.write_datetime(r, 11, row[11], dated)
book.close()
print(time.perf_counter() - start, len(cells), peak_kib())
"""


def _demo_db(work: Path, members: int) -> Path:
    path = work / f"export-{members}.db"
    if path.exists():
        return path
    from unionoffice.services.core.context import SYSTEM
    from unionoffice.services.core.startup import open_database
    from unionoffice.services.demo.district import generate_demo

    db = open_database(f"sqlite:///{path}", create=True)
    generate_demo(db, SYSTEM, members)
    db.dispose()
    return path


def bench_export(section: Section, work: Path, members: int) -> None:
    db_path = _demo_db(work, members)
    out, _wall, _peak = run_child(_BASELINE_CHILD, str(db_path), str(work / "baseline.xlsx"))
    base_time, base_rows, base_kib = out.split()
    out, _wall, _peak = run_child(_EXPORT_CHILD, str(db_path), str(work / "ours.xlsx"))
    ours, rows, peak_kib = out.split()
    peak_mb = int(peak_kib) / 1024
    ratio = float(ours) / float(base_time)
    section.rows.append(Row(f"export {int(rows):,} members to xlsx (report layout, masked, audited)",
                            f"{float(ours):.1f} s ({ratio:.2f}×)",
                            f"xlsxwriter constant_memory, same {int(base_rows):,} rows × 14 cells: "
                            f"{float(base_time):.1f} s", "≤ 1.5× baseline", ratio <= 1.5))
    section.rows.append(Row("peak memory of the export process", f"{peak_mb:.0f} MB",
                            f"baseline process, its rows held in a list: {int(base_kib) / 1024:.0f} MB", "< 300 MB",
                            peak_mb < 300))


def run(args: argparse.Namespace) -> Section:
    section = Section("exchange", "Spreadsheet exchange")
    work = WORK / "exchange"
    work.mkdir(parents=True, exist_ok=True)
    bench_import(section, work)
    bench_export(section, work, int(getattr(args, "members", 300_000)))
    section.notes.append("The raw insert uses the app's own schema, indexes and pragmas (WAL, synchronous=FULL) "
                         "with SQLite's default page cache; the import raises the cache to 64 MB for its transaction.")
    section.notes.append("The baseline inserts exactly the rows the import writes (members, their join events, their "
                         "name n-grams); the import also checks every row, looks up existing members by ID number, "
                         "and writes the batch header and the audit entry in the same transaction.")
    section.notes.append("Atomicity under SIGKILL is checked separately by tools/kill_import.py "
                         "(docs/reliability.md A1).")
    return section
