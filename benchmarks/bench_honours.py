"""Honours: the live quota line, finalising a 300-honour list, its commendation decision and its certificates."""

from __future__ import annotations

import argparse
import io
import sqlite3
import time
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from benchmarks.bench_documents import PLAIN_FONT, _register_plain_font
from benchmarks.bench_training import MM_, _CompletionPage
from benchmarks.harness import WORK, Row, Section, median, ms, p95

MEMBERS = 20_000
YEARS = (2022, 2023, 2024)
MEDALS, UNITS, TEAMS = 200, 40, 60  # 300 honours a list: a large district's May-Day list
QUOTA_READS = 50


def _database() -> tuple[Path, Any, dict[int, int]]:
    """A demo district and one draft own list of 300 honours per year; returns {year: list id}."""
    from sqlalchemy import select

    from unionoffice.db.models import Member, Organisation
    from unionoffice.domain.common.permissions import Role
    from unionoffice.domain.honours.rules import BasisKind, HonourType
    from unionoffice.services.core.context import SYSTEM, Actor
    from unionoffice.services.core.startup import open_database
    from unionoffice.services.demo.district import generate_demo
    from unionoffice.services.demo.office import set_up_demo_office
    from unionoffice.services.honours.register import HonourDraft, ListDraft, add_honour_in, create_list_in

    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / "honours.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_database(f"sqlite:///{path}", create=True)
    generate_demo(db, SYSTEM, MEMBERS, seed=3, today=date(2024, 3, 1))
    set_up_demo_office(db, SYSTEM)  # real certificates need the office's seal, as `unionoffice demo` sets it up
    clerk = Actor("bench", Role.CLERK, user_id=1)
    lists: dict[int, int] = {}
    with db.write() as session:
        people = list(session.scalars(select(Member.id).where(Member.status == "在会").order_by(Member.id)))
        unions = list(session.scalars(select(Organisation.id).where(Organisation.kind == "grassroots")))
        for year in YEARS:
            honour_list = create_list_in(session, clerk, ListDraft(year))
            for i in range(MEDALS):
                basis = (BasisKind.COMPETITION, BasisKind.INNOVATION, BasisKind.DEED)[min(2, i // 20)]
                add_honour_in(session, clerk, honour_list, HonourDraft(
                    HonourType.MAY_DAY_MEDAL, member_id=people[i], basis_kind=basis,
                    basis_text=f"第三届职工职业技能大赛赛项{i % 10 + 1}一等奖" if basis is BasisKind.COMPETITION
                    else "爱岗敬业、攻坚克难，带领班组完成技术改造项目十余项"))
            for i in range(UNITS):
                add_honour_in(session, clerk, honour_list, HonourDraft(
                    HonourType.MAY_DAY_CERTIFICATE, organisation_id=unions[i % len(unions)],
                    basis_text="建家工作成效显著"))
            for i in range(TEAMS):
                add_honour_in(session, clerk, honour_list, HonourDraft(
                    HonourType.WORKER_PIONEER, organisation_id=unions[i % len(unions)], team_name=f"检修{i + 1}班",
                    basis_text="攻坚克难"))
            lists[year] = honour_list.id
    return path, db, lists


_QUOTA_SQL = ("SELECT h.honour_type, h.basis_kind, count(*) FROM honour h JOIN honour_list l ON l.id = h.list_id "
              "WHERE l.year = ? AND l.own = 1 AND (l.status = '已定稿' OR l.id = ?) AND h.revoked_at IS NULL "
              "GROUP BY h.honour_type, h.basis_kind")


def _quota(db: Any, path: Path, year: int, list_id: int) -> tuple[list[float], list[float]]:
    from unionoffice.domain.common.permissions import Role
    from unionoffice.services.core.context import Actor
    from unionoffice.services.honours.granting import year_quota

    clerk = Actor("bench", Role.CLERK, user_id=1)
    ours, raw = [], []
    conn = sqlite3.connect(path)
    for _ in range(QUOTA_READS):
        start = time.perf_counter()
        year_quota(db, clerk, year, list_id)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        conn.execute(_QUOTA_SQL, (year, list_id)).fetchall()
        raw.append(time.perf_counter() - start)
    conn.close()
    return ours, raw


def _finalise(db: Any, path: Path, lists: dict[int, int]) -> tuple[list[float], list[float]]:
    """Each list finalised through the service, beside sqlite3 writing the same rows in one committed transaction."""
    from unionoffice.domain.common.permissions import Role
    from unionoffice.services.core.context import Actor
    from unionoffice.services.honours.granting import finalise_list

    clerk = Actor("bench", Role.CLERK, user_id=1)
    ours, raw = [], []
    for serial, (year, list_id) in enumerate(lists.items(), start=1):
        start = time.perf_counter()
        finalise_list(db, clerk, list_id, date(year, 4, 28), doc_serial=serial)
        ours.append(time.perf_counter() - start)
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA synchronous=FULL")
        members = [m for (m,) in conn.execute("SELECT member_id FROM honour WHERE list_id = ? AND member_id IS NOT "
                                              "NULL", (list_id,))]
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(_QUOTA_SQL, (year, list_id)).fetchall()
        conn.execute("UPDATE honour_list SET status = '已定稿', doc_number = ? WHERE id = ?",
                     (f"bench{serial}", list_id))
        conn.executemany("INSERT INTO member_distinction (member_id, kind, title, year, source_type, source_id) "
                         "VALUES (?, '五一劳动奖章', '示例区五一劳动奖章', ?, 'bench', ?)",
                         [(m, year, i) for i, m in enumerate(members)])
        conn.execute("COMMIT")
        raw.append(time.perf_counter() - start)
        conn.execute("DELETE FROM member_distinction WHERE source_type = 'bench'")
        conn.close()
    return ours, raw


def _plain_decision(lines: list[str]) -> bytes:
    """The decision's text drawn with plain reportlab calls on the same 22-line A4 grid: banner, body, the names."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(210 * MM_, 297 * MM_), initialFontName=PLAIN_FONT)
    left, top, pitch = 28 * MM_, (297 - 37) * MM_, 225 * MM_ / 22
    y = top
    canvas.setFillColorRGB(0.784, 0.063, 0.180)
    canvas.setFont(PLAIN_FONT, 58)
    canvas.drawCentredString(105 * MM_, top - 35 * MM_, "示例区总工会文件")
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(PLAIN_FONT, 16)
    y = top - 35 * MM_ - 3 * pitch
    page = 1
    for line in lines:
        if y < top - 22 * pitch:
            canvas.drawString(180 * MM_, 20 * MM_, f"— {page} —")
            canvas.showPage()
            canvas.setFont(PLAIN_FONT, 16)
            page, y = page + 1, top
        canvas.drawString(left, y, line)
        y -= pitch
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _decision(db: Any, list_id: int) -> tuple[list[float], list[float], int]:
    from unionoffice.domain.common.permissions import Role
    from unionoffice.services.core.context import Actor
    from unionoffice.services.honours.documents import decision_document, print_decision

    clerk = Actor("bench", Role.CLERK, user_id=1)
    with db.read() as session:
        template, data = decision_document(session, list_id)
    lines = [template.title, *template.body.splitlines()] + [
        line for s in data.name_list for g in s.groups for line in (s.heading, g.heading, *g.lines) if line]
    ours, plain, pages = [], [], 0
    for _ in range(3):
        target = WORK / "decision.pdf"
        start = time.perf_counter()
        pages = print_decision(db, clerk, list_id, target)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        _plain_decision(lines)
        plain.append(time.perf_counter() - start)
        target.unlink(missing_ok=True)
    return ours, plain, pages


class _HonourPage(_CompletionPage):
    """The honour certificate drawn with plain reportlab calls: the completion page's frame plus the addressee."""

    def draw(self, c: Canvas, p: Any) -> None:
        c.setFont(PLAIN_FONT, self.t.body_size + 2)
        c.drawString(self.lay.text_left, self.lay.addressee_y + self.t.body_size * 2, f"{p.name}{p.fields['称谓']}：")
        super().draw(c, p)


def _certificates(db: Any, list_id: int) -> tuple[float, float, float, int]:
    from unionoffice.documents.templates import DocumentKind
    from unionoffice.domain.common.permissions import Role
    from unionoffice.services.certificates.issuing import certificates_of, to_document
    from unionoffice.services.certificates.templates import load_template
    from unionoffice.services.core.context import Actor
    from unionoffice.services.honours import documents as hd

    clerk = Actor("bench", Role.CLERK, user_id=1)
    _register_plain_font()
    target = WORK / "honour-certificates.pdf"
    start = time.perf_counter()
    issued = hd.issue_list_certificates(db, clerk, list_id)
    middle = time.perf_counter()
    hd.print_list_certificates(db, clerk, list_id, target)
    ours, issuing = time.perf_counter() - start, middle - start
    people = [to_document(c) for c in certificates_of(db, clerk, hd.SOURCE_TYPE, list_id)]
    template = load_template(db, DocumentKind.HONOUR)
    start = time.perf_counter()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(297 * MM_, 210 * MM_), initialFontName=PLAIN_FONT)
    page = _HonourPage(template, "path")
    for person in people:
        page.draw(canvas, person)
    canvas.save()
    plain = time.perf_counter() - start
    target.unlink(missing_ok=True)
    return ours, issuing, plain, len(issued.certificate_ids)


def run(args: argparse.Namespace) -> Section:
    total = MEDALS + UNITS + TEAMS
    section = Section("honours", f"Honours ({total} honours a list, {MEMBERS:,} members)")
    _register_plain_font()
    path, db, lists = _database()
    first_year, first_list = next(iter(lists.items()))
    ours, raw = _quota(db, path, first_year, first_list)
    section.rows.append(Row(f"the live quota line while a list of {total} is drafted (year_quota: one read)",
                            f"median {ms(median(ours))}, p95 {ms(p95(ours))}",
                            f"sqlite3 the same GROUP BY: median {ms(median(raw))}", "< 50 ms", p95(ours) < 0.050))
    ours, raw = _finalise(db, path, lists)
    section.rows.append(Row(f"finalise a list of {total} (quota check, 文号, {MEDALS} members' distinctions, audit, "
                            "one transaction)", f"median {ms(median(ours))}",
                            f"sqlite3 the same check, update and {MEDALS} inserts committed: median {ms(median(raw))}",
                            "< 1 s", max(ours) < 1.0))
    ours, plain, pages = _decision(db, first_list)
    section.rows.append(Row(f"the commendation decision of {total} honourees ({pages} pages, GB/T 9704 grid, "
                            "grouped name list, seal, audited)", f"median {ms(median(ours))}",
                            f"plain reportlab drawing the same lines on A4: median {ms(median(plain))}", "< 2 s",
                            max(ours) < 2.0))
    ours_c, issuing, plain_c, count = _certificates(db, first_list)
    section.rows.append(Row(f"issue + print {count} honour certificates (numbers in one transaction, audit, one "
                            "PDF with QR)", f"{ours_c:.2f} s (of which issuing {issuing:.2f} s)",
                            f"plain reportlab drawing the same {count} pages: {plain_c:.2f} s", "< 3 s",
                            ours_c < 3.0))
    section.notes.append(f"{QUOTA_READS} quota reads; {len(lists)} lists finalised on their own year; 3 decision "
                         "runs. The baselines read or write the same rows with sqlite3 (WAL, synchronous=FULL) or "
                         "draw the same strings with plain reportlab calls (one font, no fallback, no grid).")
    db.dispose()
    return section
