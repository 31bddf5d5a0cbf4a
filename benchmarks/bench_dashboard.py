"""Dashboard: the year at a glance for a 300,000-member demo district and its full demo year — the service's
aggregates beside the same aggregates as raw SQL (sqlite3), and the page from the click to the last chart painted,
cold (a fresh process: the chart library imported then) and warm (opened again)."""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.harness import ROOT, WORK, Row, Section, median, ms, run_child

REPEAT = 5
TARGET_MS = 300


def _database(members: int) -> Path:
    """A demo database (`unionoffice demo`) of that size, made once and kept under benchmarks/_work."""
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"dashboard-{members}.db"
    if not path.exists():
        subprocess.run([sys.executable, "-m", "unionoffice", "--db", str(path), "demo", "--members", str(members)],
                       check=True, cwd=ROOT, capture_output=True)
    return path


def raw_sql(year: int) -> list[tuple[str, tuple[object, ...]]]:
    """The dashboard's aggregates written by hand: one GROUP BY per section (the training section also groups the
    attendance marks per enrolment, which the completion rule reads)."""
    end, start = f"{year}-12-31", f"{year}-01-01"
    c36, c46, c56 = (f"{year - n}-12-31" for n in (36, 46, 56))
    live = "m.deleted_at IS NULL"
    return [
        (f"""SELECT m.union_id, m.sex, m.is_migrant, m.skill_grade, count(*), sum(m.birth_date > ?),
             sum(m.birth_date > ?), sum(m.birth_date > ?)
             FROM member m WHERE {live} AND m.join_date <= ?
             AND (m.status IN ('在会', '转出中', '保留会籍') OR m.status_date > ?)
             GROUP BY m.union_id, m.sex, m.is_migrant, m.skill_grade""", (c36, c46, c56, end, end)),
        (f"""SELECT CAST(strftime('%m', e.event_date) AS INTEGER) AS mo, e.kind, count(*) FROM membership_event e
             JOIN member m ON m.id = e.member_id WHERE {live} AND e.event_date BETWEEN ? AND ?
             GROUP BY mo, e.kind""", (start, end)),
        ("""SELECT coalesce(category, '') AS c, sum(filed_on <= ? AND (closed_on IS NULL OR closed_on > ?)),
             sum(filed_on BETWEEN ? AND ?), sum(closed_on BETWEEN ? AND ?) FROM aid_hardship_file GROUP BY c""",
         (end, end, start, end, start, end)),
        ("""SELECT p.id, p.name, p.type, p.budget_fen, a.state, a.tier = '农民工' AS mig, count(a.id),
             coalesce(sum(a.amount_fen), 0) FROM aid_programme p LEFT JOIN aid_application a ON a.programme_id = p.id
             WHERE p.year = ? GROUP BY p.id, p.name, p.type, p.budget_fen, a.state, mig""", (year,)),
        ("""SELECT count(DISTINCT a.member_id) FROM aid_application a JOIN aid_programme p ON p.id = a.programme_id
             WHERE p.year = ? AND a.state IN ('已批准', '已发放')""", (year,)),
        ("""SELECT b.border_area, count(DISTINCT b.id), count(n.id) FROM aid_recuperation_batch b
             LEFT JOIN aid_recuperation_nomination n ON n.batch_id = b.id AND n.state = '已参加'
             WHERE b.year = ? GROUP BY b.border_area""", (year,)),
        ("""SELECT c.id, a.name, c.start_date FROM training_class c JOIN training_academy a ON a.id = c.academy_id
             WHERE c.deleted_at IS NULL AND c.start_date BETWEEN ? AND ?""", (start, end)),
        ("""SELECT t.enrolment_id, t.mark, s.hours_tenths, count(*) FROM training_attendance t
             JOIN training_session s ON s.id = t.session_id JOIN training_enrolment e ON e.id = t.enrolment_id
             JOIN training_class c ON c.id = e.class_id WHERE c.start_date BETWEEN ? AND ? AND e.status = '已报名'
             GROUP BY t.enrolment_id, t.mark, s.hours_tenths""", (start, end)),
        ("""SELECT s.name, min(s.seq), r.prize, coalesce(b.recommend_expert, 0), count(r.id) FROM competition_result r
             JOIN competition_stage s ON s.id = r.stage_id JOIN competition_event e ON e.id = s.event_id
             JOIN competition c ON c.id = e.competition_id
             LEFT JOIN competition_prize_band b ON b.event_id = e.id AND b.name = r.prize
             WHERE c.year = ? GROUP BY s.name, r.prize, coalesce(b.recommend_expert, 0)""", (year,)),
        ("""SELECT h.honour_type, count(*) FROM honour h JOIN honour_list l ON l.id = h.list_id
             WHERE l.year = ? AND l.status = '已定稿' AND h.revoked_at IS NULL GROUP BY h.honour_type""", (year,)),
    ]


def _raw(path: Path, year: int) -> float:
    conn = sqlite3.connect(path)
    try:
        start = time.perf_counter()
        for sql, params in raw_sql(year):
            conn.execute(sql, params).fetchall()
        return time.perf_counter() - start
    finally:
        conn.close()


def _service(path: Path, year: int) -> float:
    from unionoffice.domain.dashboard.model import Period
    from unionoffice.services.core.context import SYSTEM
    from unionoffice.services.core.startup import open_database
    from unionoffice.services.dashboard.figures import year_dashboard

    db = open_database(f"sqlite:///{path}")
    try:
        start = time.perf_counter()
        year_dashboard(db, SYSTEM, Period(year))
        return time.perf_counter() - start
    finally:
        db.dispose()


CHILD = """
import json, sqlite3, sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication([])
from unionoffice.ui.shell import fonts, tasks
fonts.install_ui_font(app)
from unionoffice.services.core.context import SYSTEM
from unionoffice.services.core.startup import open_database
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.pages import PAGES
path, year, repeat = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
db = open_database("sqlite:///" + path)
ctx = AppContext(db, SYSTEM)


def raw(sql):
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(sql)
    conn.close()


def open_page(until_up_to_date):
    # The navigation click: the page is built, shown, its stored figures read on the task runner, then drawn;
    # `until_up_to_date` also waits for the stale sections recounted in the background.
    click = time.perf_counter()
    page = PAGES[0].create(ctx)
    page.resize(1600, 1000)
    page.show()
    while page.dashboard is None or (until_up_to_date and not page.up_to_date) or (
            page.stored is not None and page.stored.dashboard is None and not page.up_to_date):
        app.processEvents()
    while not page.charts_in_view() or any(c.real is None for c in page.charts_in_view()):
        app.processEvents()              # the charts in view are made right after their places are painted
    page.scroll_area.viewport().grab()   # what the window shows, every chart in it painted
    in_view = time.perf_counter() - click
    for place in page.charts:            # then every chart, also those below the fold
        place.widget()
    page.body.resize(page.body.sizeHint())
    page.body.grab()
    every = time.perf_counter() - click
    while not page.up_to_date:
        app.processEvents()
    if page.store_task is not None:
        tasks.wait(page.store_task)
    done = time.perf_counter() - click
    charts = (len(page.charts_in_view()), len(page.charts))
    page.close(); page.deleteLater(); app.processEvents()
    return in_view, every, done, charts


found = {"first": [], "fresh": [], "fresh_all": [], "stale_painted": [], "stale_done": []}
for attempt in range(repeat):
    raw("DELETE FROM dashboard_snapshot")
    in_view, every, done, charts = open_page(True)
    found["first"].append(in_view)
for attempt in range(repeat):
    in_view, every, done, charts = open_page(False)
    found["fresh"].append(in_view)
    found["fresh_all"].append(every)
for attempt in range(repeat):
    raw("UPDATE data_version SET version = version + 1 WHERE entity = 'member'")  # as a new member would
    in_view, every, done, charts = open_page(False)
    found["stale_painted"].append(in_view)
    found["stale_done"].append(done)
tasks.shutdown()
found["charts"] = charts
found["process"] = time.perf_counter() - t0
print(json.dumps(found))
"""


def _page(path: Path, year: int, repeat: int) -> dict[str, Any]:
    out, _wall, _peak = run_child(CHILD, str(path), str(year), str(repeat), env={"QT_QPA_PLATFORM": "offscreen"})
    found: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return found


SMALL = 10_000


def run(args: argparse.Namespace) -> Section:
    members = int(getattr(args, "members", 300_000))
    section = Section("dashboard", f"Dashboard (首页) at {members:,} members and a full demo year")
    year = date.today().year
    path = _database(members)
    _service(path, year)  # opens (and migrates) the database before anything is timed
    _raw(path, year)  # warm the page cache the same way for both
    raw = [_raw(path, year) for _ in range(REPEAT)]
    ours = [_service(path, year) for _ in range(REPEAT)]
    base = ms(median(raw))
    section.rows.append(Row("aggregates of every section, counted from the data (median of 5)", ms(median(ours)),
                            base, "", None))
    found = _page(path, year, 3)
    small = _page(_database(SMALL), year, 3)
    in_view, n = found["charts"]
    section.rows.append(Row(f"click → the {in_view} charts in view painted, first opening, nothing stored yet "
                            "(median of 3; every section counted, shown one by one, and stored)",
                            ms(median(found["first"])), base, "", None))
    section.rows.append(Row(f"click → the {in_view} charts in view painted, stored figures up to date (median of 3)",
                            ms(median(found["fresh"])), base, f"≤ {TARGET_MS} ms",
                            median(found["fresh"]) * 1000 <= TARGET_MS))
    section.rows.append(Row(f"the same at {SMALL:,} members (constant in the database's size)",
                            ms(median(small["fresh"])), "", f"≤ {TARGET_MS} ms",
                            median(small["fresh"]) * 1000 <= TARGET_MS))
    section.rows.append(Row(f"click → all {n} charts made and painted (scrolled through), stored figures up to date",
                            ms(median(found["fresh_all"])), base, f"≤ {TARGET_MS} ms",
                            median(found["fresh_all"]) * 1000 <= TARGET_MS))
    section.rows.append(Row(f"click → the {in_view} charts in view painted, stored figures stale after a new member "
                            "(shown with 截至 HH:MM; median of 3)", ms(median(found["stale_painted"])), base,
                            f"≤ {TARGET_MS} ms", median(found["stale_painted"]) * 1000 <= TARGET_MS))
    section.rows.append(Row("… and the two stale sections (members, training) recounted in the background, "
                            "repainted and stored (median of 3)", ms(median(found["stale_done"])), base, "", None))
    section.notes.append('Baseline: the same GROUP BY queries written by hand and run with sqlite3 in the '
                         'same run (the service adds the ORM, the training completion rule per enrolment '
                         'in Python, and folding the grouped counts into charts). The page is timed in a fresh '
                         "process from building it (the navigation click) to the charts in the window painted off "
                         "screen at 1600 × 1000 (`grab()` of the scroll area's viewport), or, for all charts, every "
                         "chart built and the whole scroll body grabbed; the figures read on the task runner. "
                         "Opening reads the stored sections (services/dashboard/snapshot.py: a few rows keyed by "
                         "period) and recounts only the sections whose data version moved, in the background; the "
                         "figures' arrival builds the section boxes and, in one go before the window paints, the "
                         "charts in view (the rest when scrolled to). A chart is a QWidget painting its bars, axes and "
                         "names with QPainter (docs/charts.md). Until 7 December a chart was a bare pyqtgraph "
                         "GraphicsView (about 15 ms of CPU to build and first paint), before that a PlotWidget "
                         "(about 100 ms each under load), and a placeholder painted before the layout settled could "
                         "build all 14 on opening: 435 ms in view, 528 ms for all.")
    load = ", ".join(f"{v:.1f}" for v in os.getloadavg())
    section.notes.append(f"Load average when the run ended: {load} (the machine's 2 cores are shared with other "
                         "builds and test runs; timings are inflated accordingly).")
    return section
