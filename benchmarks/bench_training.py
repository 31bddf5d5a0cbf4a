"""Training: the 500 × 20 attendance grid opening and saving a mark; issuing and printing 500 certificates."""

from __future__ import annotations

import argparse
import io
import random
import sqlite3
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from benchmarks.bench_documents import PLAIN_FONT, PlainPage, _register_plain_font
from benchmarks.harness import WORK, Row, Section, median, ms, p95

CLASS_SIZE = 500
SESSIONS = 20
MEMBERS = 20_000
CERT_RUNS = 3


def _database() -> tuple[Path, Any, list[int]]:
    """A demo district with one grid class and CERT_RUNS certificate classes, each 500 trainees × 20 sessions."""
    from unionoffice.domain.common.permissions import Role
    from unionoffice.domain.training.rules import Assessment, CompletionRule, Mark
    from unionoffice.services.core.context import SYSTEM, Actor
    from unionoffice.services.core.startup import open_database
    from unionoffice.services.demo.district import generate_demo
    from unionoffice.services.demo.office import set_up_demo_office
    from unionoffice.services.training import attendance as at
    from unionoffice.services.training import classes as tr
    from unionoffice.services.training import enrolment as en

    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / "training.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_database(f"sqlite:///{path}", create=True)
    generate_demo(db, SYSTEM, MEMBERS, seed=3, today=date(2024, 6, 1))
    set_up_demo_office(db, SYSTEM)  # real certificates need the office's seal (issue 13), as `unionoffice demo` sets
    clerk = Actor("bench", Role.CLERK, user_id=1)
    academy = tr.create_academy(db, clerk, tr.AcademyDraft("吉林省新能源工匠学院", "新能源", "国网吉林省电力有限公司"))
    with db.read() as session:
        from sqlalchemy import select

        from unionoffice.db.models import Member

        people = list(session.execute(select(Member.id).where(Member.status == "在会").order_by(Member.id)
                                      .limit(CLASS_SIZE * (1 + CERT_RUNS))).scalars())
    rng = random.Random(5)
    class_ids = []
    for i in range(1 + CERT_RUNS):
        name = f"风电场升压站设备巡视及维护培训班（第{i + 1}期）"
        modules = [tr.ModuleDraft("理论", "升压站设备原理", 400, 10), tr.ModuleDraft("实操", "设备巡视实操", 400, 10)]
        draft = tr.ClassDraft(academy, name, date(2024, 9, 2), date(2024, 9, 13), CLASS_SIZE, modules,
                              venue="职工教育中心", rule=CompletionRule(80, True, 100))
        class_id = tr.create_class(db, clerk, draft)
        en.enrol_members(db, clerk, class_id, people[i * CLASS_SIZE:(i + 1) * CLASS_SIZE])
        grid = at.load_grid(db, clerk, class_id)
        marks = [Mark.PRESENT] * 17 + [Mark.LATE, Mark.EXCUSED, Mark.ABSENT]
        at.set_marks(db, clerk, class_id, [(e, s.id, rng.choice(marks)) for e in grid.enrolment_ids
                                           for s in grid.sessions])
        at.set_assessment(db, clerk, class_id, grid.enrolment_ids, Assessment.PASSED)
        class_ids.append(class_id)
    return path, db, class_ids


def _grid_open(app: Any, db: Any, class_id: int, repeat: int = 15) -> tuple[list[float], Any]:
    from unionoffice.domain.common.permissions import Role
    from unionoffice.services.core.context import Actor
    from unionoffice.ui.shell.context import AppContext
    from unionoffice.ui.training.attendance_grid import AttendancePanel

    ctx = AppContext(db, Actor("bench", Role.CLERK, user_id=1))
    panel = AttendancePanel(ctx)
    panel.resize(1400, 820)
    panel.show()
    app.processEvents()
    times = []
    for _ in range(repeat + 1):
        start = time.perf_counter()
        panel.load(class_id)  # one service call: three queries, the compact grid, the model
        panel.grab()  # painted: header, the visible cells and the counts
        times.append(time.perf_counter() - start)
        app.processEvents()
    return times, panel  # times[0] is the cold first open (statement cache and fonts not yet warm)


class _BareModel:
    """The baseline's model: a plain QAbstractTableModel over lists, no colours, no totals, no completion."""

    @staticmethod
    def make(rows: list[list[str]], columns: int) -> Any:
        from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

        class Bare(QAbstractTableModel):
            def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
                return len(rows)

            def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
                return columns

            def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
                return rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None

        return Bare()


def _grid_baseline(app: Any, path: Path, class_id: int, repeat: int = 15) -> list[float]:
    """sqlite3 reading the same three result sets + a bare QTableView of the same size painted."""
    from PySide6.QtWidgets import QTableView

    conn = sqlite3.connect(path)
    view = QTableView()
    view.resize(1400, 820)
    view.show()
    app.processEvents()
    times = []
    for _ in range(repeat + 1):
        start = time.perf_counter()
        sessions = conn.execute("SELECT id FROM training_session WHERE class_id=? ORDER BY seq", (class_id,)).fetchall()
        people = conn.execute("SELECT e.id, m.name FROM training_enrolment e JOIN member m ON m.id=e.member_id "
                              "WHERE e.class_id=? AND e.status='已报名' ORDER BY m.pinyin_full, m.id",
                              (class_id,)).fetchall()
        marks = conn.execute("SELECT a.enrolment_id, a.session_id, a.mark FROM training_attendance a JOIN "
                             "training_session s ON s.id=a.session_id WHERE s.class_id=?", (class_id,)).fetchall()
        column = {sid: i + 1 for i, (sid,) in enumerate(sessions)}
        row_of = {eid: i for i, (eid, _n) in enumerate(people)}
        rows = [[name] + [""] * len(sessions) for _e, name in people]
        for eid, sid, mark in marks:
            rows[row_of[eid]][column[sid]] = mark
        model = _BareModel.make(rows, len(sessions) + 1)
        view.setModel(model)
        view.grab()
        times.append(time.perf_counter() - start)
        app.processEvents()
    conn.close()
    return times[1:]


def _mark_saves(app: Any, panel: Any, count: int = 200) -> tuple[list[float], list[float]]:
    """A key press on the grid (service call, audit entry, commit, repaint) and the service call alone."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from unionoffice.domain.training.rules import Mark
    from unionoffice.services.training.attendance import set_mark

    view, model = panel.view, panel.model
    grid = model.grid
    rng = random.Random(9)
    keys, calls = [], []
    for i in range(count):
        row, col = rng.randrange(len(grid.enrolment_ids)), rng.randrange(len(grid.sessions))
        view.setCurrentIndex(model.index(row, col + 1))
        view.clearSelection()
        app.processEvents()  # the jump (a scroll and a full repaint) is not part of saving a mark
        key = Qt.Key.Key_A if grid.mark(row, col) is not Mark.ABSENT else Qt.Key.Key_P
        start = time.perf_counter()
        QTest.keyClick(view, key)
        app.processEvents()
        keys.append(time.perf_counter() - start)
        new = Mark.LATE if i % 2 else Mark.EXCUSED
        start = time.perf_counter()
        set_mark(panel.ctx.db, panel.ctx.actor, grid.enrolment_ids[row], grid.sessions[col].id, new)
        calls.append(time.perf_counter() - start)
    return keys, calls


def _mark_baseline(path: Path, class_id: int, count: int = 200) -> list[float]:
    """sqlite3 with the app's pragmas (WAL, synchronous=FULL): one upsert committed per mark."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=FULL")
    cells = conn.execute("SELECT a.enrolment_id, a.session_id FROM training_attendance a JOIN training_session s "
                         "ON s.id=a.session_id WHERE s.class_id=? LIMIT ?", (class_id, count)).fetchall()
    times = []
    for i, (eid, sid) in enumerate(cells):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO training_attendance (enrolment_id, session_id, mark) VALUES (?, ?, ?) "
                     "ON CONFLICT (enrolment_id, session_id) DO UPDATE SET mark = excluded.mark",
                     (eid, sid, "PL"[i % 2]))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return times


class _CompletionPage(PlainPage):
    """The completion certificate drawn with plain reportlab calls (same strings, font, seal, QR path)."""

    def draw(self, c: Canvas, p: Any) -> None:
        t, lay = self.t, self.lay
        m = lay.margin
        c.setStrokeColorRGB(0.72, 0.53, 0.04)
        c.setLineWidth(3)
        c.rect(m, m, lay.width - 2 * m, lay.height - 2 * m)
        c.setFillColorRGB(0.784, 0.063, 0.180)
        c.setFont(PLAIN_FONT, t.title_size)
        c.drawCentredString(lay.width / 2, lay.title_y, " ".join(t.title))
        c.setFillColorRGB(0, 0, 0)
        c.setFont(PLAIN_FONT, max(9.0, t.body_size * 0.5))
        c.drawString(m + 9 * MM_, lay.height - m - 9 * MM_ - 11, f"证书编号：{p.number}")
        c.setFont(PLAIN_FONT, t.body_size)
        y = lay.addressee_y
        body = t.body
        for key, value in {**p.fields, "姓名": p.name}.items():
            body = body.replace("{" + key + "}", str(value))
        for paragraph in body.splitlines():
            for line in simpleSplit("　　" + paragraph, PLAIN_FONT, t.body_size, lay.text_right - lay.text_left):
                c.drawString(lay.text_left, y, line)
                y -= t.body_size * 1.75
        date_y = lay.issuer_y - t.body_size * 1.6
        c.drawCentredString(lay.issuer_x, lay.issuer_y, t.issuer)
        c.drawCentredString(lay.issuer_x, date_y, str(p.issue_date))
        d = t.seal_diameter_mm * MM_
        c.drawImage(self.seal, lay.issuer_x - d / 2, (lay.issuer_y + date_y) / 2 - d / 2, d, d, mask="auto")
        self._qr(c, p)
        c.showPage()


MM_ = 72 / 25.4


def _certificates(db: Any, class_ids: list[int]) -> tuple[list[float], list[float], list[float], int]:
    from unionoffice.documents.templates import DocumentKind
    from unionoffice.domain.common.permissions import Role
    from unionoffice.services.certificates.issuing import certificates_of, to_document
    from unionoffice.services.certificates.templates import load_template
    from unionoffice.services.core.context import Actor
    from unionoffice.services.training import documents as td

    clerk = Actor("bench", Role.CLERK, user_id=1)
    _register_plain_font()
    template = load_template(db, DocumentKind.COMPLETION)
    ours, issue_only, plain = [], [], []
    pages = 0
    for class_id in class_ids:
        target = WORK / f"certificates-{class_id}.pdf"
        start = time.perf_counter()
        issued = td.issue_class_certificates(db, clerk, class_id)
        middle = time.perf_counter()
        td.print_class_certificates(db, clerk, class_id, target)
        ours.append(time.perf_counter() - start)
        issue_only.append(middle - start)
        pages = len(issued.certificates)
        people = [to_document(c) for c in certificates_of(db, clerk, td.SOURCE_TYPE, class_id)]
        start = time.perf_counter()
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=(297 * MM_, 210 * MM_), initialFontName=PLAIN_FONT)
        page = _CompletionPage(template, "path")
        for person in people:
            page.draw(canvas, person)
        canvas.save()
        plain.append(time.perf_counter() - start)
        target.unlink(missing_ok=True)
    return ours, issue_only, plain, pages


def run(args: argparse.Namespace) -> Section:
    from PySide6.QtWidgets import QApplication

    section = Section("training", f"Training ({CLASS_SIZE} trainees × {SESSIONS} sessions, {MEMBERS:,} members)")
    app = QApplication.instance() or QApplication(sys.argv)
    path, db, class_ids = _database()
    all_opens, panel = _grid_open(app, db, class_ids[0])
    cold, opens = all_opens[0], all_opens[1:]
    bare = _grid_baseline(app, path, class_ids[0])
    section.rows.append(Row(f"attendance grid {CLASS_SIZE} × {SESSIONS}: load (3 queries, compact marks) to painted",
                            f"median {ms(median(opens))}, p95 {ms(p95(opens))} (first, cold: {ms(cold)})",
                            f"sqlite3 same rows + bare QTableView painted: median {ms(median(bare))}",
                            "< 200 ms", max(all_opens) < 0.200))
    keys, calls = _mark_saves(app, panel)
    raw = _mark_baseline(path, class_ids[0])
    section.rows.append(Row("a mark from the keyboard: key press → service (upsert + audit entry, committed "
                            "with synchronous=FULL) → cell, hours and completion repainted",
                            f"median {ms(median(keys))}, p95 {ms(p95(keys))}",
                            f"sqlite3 one upsert + COMMIT: median {ms(median(raw))}, p95 {ms(p95(raw))}",
                            "< 50 ms", p95(keys) < 0.050))
    section.rows.append(Row("the same save as a bare service call (set_mark)",
                            f"median {ms(median(calls))}, p95 {ms(p95(calls))}", "", "", None))
    ours, issue_only, plain, pages = _certificates(db, class_ids[1:])
    section.rows.append(Row(f"issue + print the completion certificates of a {CLASS_SIZE}-person class "
                            f"({pages} completed: numbers in one transaction, audit, one PDF)",
                            f"median {median(ours):.2f} s (of which issuing {median(issue_only):.2f} s)",
                            f"plain reportlab drawing the same {pages} pages: {median(plain):.2f} s",
                            "< 3 s", max(ours) < 3.0))
    section.notes.append(f"{len(opens)} grid opens, {len(keys)} key presses and {len(raw)} raw upserts; "
                         f"{len(ours)} certificate runs on fresh classes. Each mark writes an audit entry chained "
                         "to the previous one, in the same transaction.")
    db.dispose()
    return section
