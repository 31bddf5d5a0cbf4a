"""Search as the clerk types, at 300,000 members: from the last key event to the first painted row of its hits.

The member page runs in a child process (offscreen, and on the X display too when `DISPLAY` is set, e.g. under
`xvfb-run`); keys go in as real QKeyEvents: pinyin, initials and digits a letter at a time 90 ms apart,
a Chinese name as one input-method commit. The clock stops at the first paint of the table's viewport that shows the
final query's hits. Beside it, in the same run: the service call alone and sqlite3 answering with one indexed GLOB."""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.harness import WORK, Row, Section, median, ms, p95, run_child

CHILD = r"""
import json, sys, time
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from unionoffice.domain.common.permissions import Role
from unionoffice.services.core.context import Actor
from unionoffice.services.core.startup import open_database
from unionoffice.services.members.search import search_member_ids
from unionoffice.ui.members.members_page import MembersPage
from unionoffice.ui.shell.context import AppContext

db = open_database("sqlite:///" + sys.argv[1])
queries = json.loads(sys.argv[2])
actor = Actor(username="clerk", role=Role.CLERK)
page = MembersPage(AppContext(db, actor))
page.resize(1280, 800)
page.show()

def spin(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)

spin(1.5)  # first paint, the union tree's counts

class Watch(QObject):
    expected = None
    painted = None
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and self.painted is None and self.expected is not None:
            ids = page.model.search_ids
            if ids is not None and ids[:len(self.expected)] == self.expected:
                self.painted = time.perf_counter()
        return False

watch = Watch()
page.table.viewport().installEventFilter(watch)

def key(text):
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        app.sendEvent(page.search_edit, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, text))

results = []
for query, strokes in queries:
    page.search_edit.clear()
    spin(0.4)
    expected = search_member_ids(db, actor, query)  # warm, and what the last paint must show
    t = time.perf_counter(); search_member_ids(db, actor, query); service = time.perf_counter() - t
    watch.expected, watch.painted = None, None
    for i, stroke in enumerate(strokes):
        if i == len(strokes) - 1:
            watch.expected = expected
            last = time.perf_counter()
        key(stroke)
        spin(0.09 if i < len(strokes) - 1 else 0)
    deadline = time.perf_counter() + 3
    while watch.painted is None and time.perf_counter() < deadline:
        app.processEvents()
    painted = (watch.painted or deadline) - last
    counted = None
    if len(expected) >= 200:
        deadline = time.perf_counter() + 5
        while not page._all_counted and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        counted = time.perf_counter() - last
    results.append({"query": query, "painted": painted, "service": service, "hits": page.model.rowCount(),
                    "counted": counted, "status": page.status_label.text()})
print(json.dumps(results, ensure_ascii=False))
"""


def _database(members: int) -> Path:
    """The members benchmark's demo database when it is there (generating one takes minutes), else a new one."""
    path = WORK / f"members-{members}.db"
    if not path.exists():
        WORK.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "unionoffice", "--db", str(path), "demo", "--members", str(members)],
                       check=True, capture_output=True)
    return path


def _queries(path: Path, count: int, rng: random.Random) -> list[tuple[str, list[str]]]:
    """(query, the key events that type it): names as one commit, pinyin and digits a key at a time."""
    from unionoffice.domain.members.pinyin import syllables

    conn = sqlite3.connect(path)
    sample = conn.execute("SELECT name, pinyin_full, pinyin_initials, id_number, phone FROM member "
                          "WHERE deleted_at IS NULL ORDER BY random() LIMIT ?", (count,)).fetchall()
    conn.close()
    out: list[tuple[str, list[str]]] = []
    for i, (name, full, initials, id_number, phone) in enumerate(sample):
        kind = i % 6
        if kind == 0:
            out.append((name, [name]))
            continue
        if kind == 1:
            text = full[: rng.randrange(3, len(full) + 1)]
        elif kind == 2:
            text = initials
        elif kind == 3:
            parts = syllables(name)
            text = parts[0] + "".join(p[0] for p in parts[1:])  # zhangjg
        elif kind == 4:
            text = id_number[-4:]
        else:
            text = (phone or "139")[:3]
        out.append((text, list(text)))
    return out


def _raw(path: Path, queries: list[tuple[str, list[str]]]) -> list[float]:
    raw = sqlite3.connect(path)
    times = []
    for q, _keys in queries:
        column = "id_reversed" if q.isdigit() else ("pinyin_full" if q.isascii() else "name")
        pattern = (q[::-1] if q.isdigit() else q) + "*"
        start = time.perf_counter()
        raw.execute(f"SELECT id FROM member WHERE deleted_at IS NULL AND {column} GLOB ? LIMIT 200",
                    (pattern,)).fetchall()
        times.append(time.perf_counter() - start)
    raw.close()
    return times


def run(args: argparse.Namespace) -> Section:
    members = args.members
    section = Section("search_typing", f"Search as you type ({members:,} members): last key → painted row")
    path = _database(members)
    queries = _queries(path, 60, random.Random(14))
    raw = _raw(path, queries)
    # Offscreen always; the X server too when there is one (xvfb-run), as the real window paints.
    platforms = ["offscreen"] + (["xcb"] if os.environ.get("DISPLAY") else [])
    for platform in platforms:
        out, _wall, _peak = run_child(CHILD, str(path), json.dumps(queries, ensure_ascii=False),
                                      env={"QT_QPA_PLATFORM": platform})
        results = json.loads(out.strip().splitlines()[-1])
        painted = [r["painted"] for r in results]
        service = [r["service"] for r in results]
        section.rows.append(Row(f"{len(results)} queries typed into the member page (names as an input-method "
                                "commit; pinyin, initials, mixed pinyin like zhangjg, ID tails, phone heads a key at "
                                f"a time, 90 ms apart; Qt platform {platform}): last key event → first painted row "
                                "of its hits",
                                f"p95 {ms(p95(painted))}, median {ms(median(painted))}, max {ms(max(painted))}",
                                f"the service call alone: p95 {ms(p95(service))}; sqlite3 one indexed GLOB: "
                                f"p95 {ms(p95(raw))}", "p95 < 150 ms", p95(painted) < 0.150))
        counted = [r["counted"] for r in results if r["counted"] is not None]
        if counted:
            section.rows.append(Row(f"the {len(counted)} of them with more than 200 hits ({platform}): last key → "
                                    "all hits counted and listed (共 N 条, the list scrolls on), in the background",
                                    f"p95 {ms(p95(counted))}, median {ms(median(counted))}", "", "", None))
        slowest = sorted(results, key=lambda r: -r["painted"])[:3]
        section.notes.append(f"Slowest ({platform}): " + "; ".join(
            f"“{r['query']}” {ms(r['painted'])} ({r['hits']:,} hits, service {ms(r['service'])})" for r in slowest)
            + ".")
    load = os.getloadavg()[0]
    section.notes.append(f"Load average when the run ended: {load:.1f} on {os.cpu_count()} cores (other work on the "
                         "machine shares it: compare the sqlite3 baseline with a quiet run).")
    section.notes.append("Before this change the page waited 150 ms after every key and searched on the GUI thread; "
                         "the trial in issue 14 saw 0.48–0.81 s on the real window. Now a search starts 25 ms after "
                         "the last key, off the GUI thread (a newer query replaces an older one), and only its first "
                         "200 hits are shown at once; the rest are counted once typing pauses (250 ms).")
    return section
