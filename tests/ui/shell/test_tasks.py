"""The task runner on real threads: results and errors arrive on the GUI thread, progress and Cancel work, a
cancelled write rolls back, writes never overlap, reads run beside a write, and closing drops pending work."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.helpers.messages import MessageLog
from unionoffice.db.engine import Database
from unionoffice.db.models import Setting
from unionoffice.domain.common.errors import CancelledError, ValidationError
from unionoffice.services.core.tasks import CancelToken, Progress, report
from unionoffice.ui.shell import task_feedback, tasks

WAIT_MS = 10_000


@pytest.fixture
def threaded(gui: MessageLog, monkeypatch: pytest.MonkeyPatch) -> Iterator[MessageLog]:
    """Captured message boxes, and the runner on its real threads (the `gui` fixture runs tasks inline)."""
    monkeypatch.setattr(tasks, "synchronous", False)
    yield gui
    tasks.shutdown()


@pytest.fixture
def page(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def setting_count(db: Database) -> int:
    """Rows these tests write (the test database starts with the office settings, tests/conftest.py)."""
    with db.read() as session:
        query = select(func.count()).select_from(Setting).where(~Setting.key.startswith("office_"))
        return int(session.execute(query).scalar_one())


def on_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def test_a_read_runs_on_a_worker_and_its_result_arrives_on_the_gui_thread(qtbot: QtBot, page: QWidget,
                                                                          threaded: MessageLog) -> None:
    ran_on: list[bool] = []
    results: list[tuple[str, bool]] = []

    def job() -> str:
        ran_on.append(on_gui_thread())
        return "统计表"

    task = tasks.run_read(page, job, lambda result: results.append((result, on_gui_thread())))
    with qtbot.waitSignal(task.signals.settled, timeout=WAIT_MS):
        pass
    assert ran_on == [False]
    assert results == [("统计表", True)]
    assert QApplication.overrideCursor() is None  # the busy cursor is gone with the result


def test_progress_arrives_and_the_dialog_shows_it(qtbot: QtBot, page: QWidget, threaded: MessageLog) -> None:
    go, finish = threading.Event(), threading.Event()
    seen: list[tuple[int, int]] = []

    def job(progress: Progress, cancel: CancelToken) -> int:
        go.wait()
        for done in range(1, 4):
            report(progress, done, 3, cancel)
        finish.wait()
        return 3

    task = tasks.run_long(page, "正在处理…", job, lambda result: None, write=False)
    task.signals.progressed.connect(lambda done, total: seen.append((done, total)))
    dialog = page.findChild(QProgressDialog)
    assert isinstance(dialog, QProgressDialog)
    assert not dialog.isVisible()  # not for a job that may be over in a moment
    with qtbot.waitSignal(task.signals.progressed, timeout=WAIT_MS,
                          check_params_cb=lambda done, total: done == total):
        go.set()
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert (dialog.value(), dialog.maximum()) == (3, 3)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)  # a job still running after the delay shows its dialog
    with qtbot.waitSignal(task.signals.settled, timeout=WAIT_MS):
        finish.set()
    assert not dialog.isVisible()


def test_cancel_in_the_dialog_stops_a_write_and_rolls_it_back(qtbot: QtBot, page: QWidget, db: Database,
                                                             threaded: MessageLog) -> None:
    def insert_rows(progress: Progress, cancel: CancelToken) -> int:
        with db.write() as session:
            for number in range(5):
                session.add(Setting(key=f"row-{number}", value="x"))
                session.flush()
                report(progress, number + 1, 10, cancel)
            cancel.wait()  # the rest of a long import, until the user gives up
            report(progress, 6, 10, cancel)
        return 10

    done: list[int] = []
    task = tasks.run_long(page, "正在导入…", insert_rows, done.append, write=True)
    dialog = page.findChild(QProgressDialog)
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.value() == 5, timeout=WAIT_MS)
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None
    with qtbot.waitSignal(task.signals.settled, timeout=WAIT_MS):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert done == []
    assert threaded.texts("info") == [CancelledError().message]
    assert setting_count(db) == 0


def test_an_error_in_the_worker_is_delivered_on_the_gui_thread(qtbot: QtBot, page: QWidget,
                                                               threaded: MessageLog) -> None:
    failures: list[tuple[type[BaseException], bool, str]] = []

    def broken() -> None:
        raise KeyError("no such column")

    task = tasks.run_read(page, broken, lambda result: None,
                         lambda exc, trace: failures.append((type(exc), on_gui_thread(), trace)))
    with qtbot.waitSignal(task.signals.settled, timeout=WAIT_MS):
        pass
    ((kind, gui_thread, trace),) = failures
    assert kind is KeyError
    assert gui_thread
    assert "no such column" in trace
    assert threaded.shown == []


def test_without_on_error_a_bug_and_a_rule_get_their_messages(qtbot: QtBot, page: QWidget,
                                                              threaded: MessageLog) -> None:
    def bug() -> None:
        raise ZeroDivisionError("division by zero")

    problem = ValidationError("身份证号校验位不对", field="身份证号")

    def rule() -> None:
        raise problem

    first = tasks.run_write(page, bug, lambda result: None)
    second = tasks.run_write(page, rule, lambda result: None)
    with qtbot.waitSignals([first.signals.settled, second.signals.settled], timeout=WAIT_MS):
        pass
    assert threaded.texts("error") == [task_feedback.UNEXPECTED, problem.message]


def test_two_writes_never_overlap(qtbot: QtBot, page: QWidget, threaded: MessageLog) -> None:
    log: list[str] = []
    release = threading.Event()

    def write(name: str, hold: bool) -> str:
        log.append(f"{name} in")
        if hold:
            release.wait()
        log.append(f"{name} out")
        return name

    first = tasks.run_write(page, lambda: write("A", True), lambda result: None)
    qtbot.waitUntil(lambda: log == ["A in"], timeout=WAIT_MS)
    second = tasks.run_write(page, lambda: write("B", False), lambda result: None)
    read_done: list[str] = []
    reader = tasks.run_read(page, lambda: "read", read_done.append)
    with qtbot.waitSignal(reader.signals.settled, timeout=WAIT_MS):
        pass
    assert log == ["A in"]  # B waits for A, though a read got through meanwhile
    with qtbot.waitSignals([first.signals.settled, second.signals.settled], timeout=WAIT_MS):
        release.set()
    assert log == ["A in", "A out", "B in", "B out"]


def test_a_read_runs_while_a_write_is_running(qtbot: QtBot, page: QWidget, db: Database,
                                             threaded: MessageLog) -> None:
    inside, release = threading.Event(), threading.Event()

    def slow_write() -> None:
        with db.write() as session:
            session.add(Setting(key="writing", value="x"))
            session.flush()
            inside.set()
            release.wait()

    writer = tasks.run_write(page, slow_write, lambda result: None)
    assert inside.wait(WAIT_MS / 1000)
    counts: list[int] = []
    reader = tasks.run_read(page, lambda: setting_count(db), counts.append)
    with qtbot.waitSignal(reader.signals.settled, timeout=WAIT_MS):
        pass
    assert counts == [0]  # the write is still open: the reader sees the state before it
    assert not writer.settled
    with qtbot.waitSignal(writer.signals.settled, timeout=WAIT_MS):
        release.set()
    assert setting_count(db) == 1


def test_a_newer_request_replaces_an_older_one(qtbot: QtBot, page: QWidget, threaded: MessageLog) -> None:
    release = threading.Event()
    shown: list[str] = []

    def render(text: str, hold: bool) -> str:
        if hold:
            release.wait()
        return text

    older = tasks.run_read(page, lambda: render("old", True), shown.append)
    newer = tasks.run_read(page, lambda: render("new", False), shown.append, replacing=older)
    assert older.token.cancelled
    with qtbot.waitSignal(newer.signals.settled, timeout=WAIT_MS):
        pass
    release.set()
    qtbot.waitUntil(lambda: not tasks.task_lanes.busy(), timeout=WAIT_MS)
    tasks.shutdown()  # the older job has finished too; whatever it returned was thrown away
    QApplication.processEvents()
    assert shown == ["new"]
    assert QApplication.overrideCursor() is None


def test_a_result_for_a_closed_page_is_dropped(qtbot: QtBot, threaded: MessageLog) -> None:
    release = threading.Event()
    gone = QWidget()
    results: list[Any] = []
    task = tasks.run_read(gone, lambda: release.wait() and "late", results.append)
    gone.deleteLater()
    qtbot.waitUntil(lambda: not tasks.task_lanes.alive(gone), timeout=WAIT_MS)
    with qtbot.waitSignal(task.signals.settled, timeout=WAIT_MS):
        release.set()
    assert results == []


def test_closing_drops_queued_work_cancels_the_running_and_finishes_what_must_finish(
        qtbot: QtBot, page: QWidget, db: Database, threaded: MessageLog) -> None:
    inside = threading.Event()
    ran: list[str] = []
    delivered: list[str] = []

    def running(progress: Progress, cancel: CancelToken) -> None:
        with db.write() as session:
            session.add(Setting(key="half-done", value="x"))
            session.flush()
            inside.set()
            cancel.wait()
            report(progress, 1, 2, cancel)

    def audit_row() -> None:
        ran.append("audit")
        with db.write() as session:
            session.add(Setting(key="login", value="recorded"))

    tasks.run_long(page, "正在导入…", running, delivered.append, lambda exc, trace: delivered.append("error"),
                   write=True)
    assert inside.wait(WAIT_MS / 1000)
    tasks.run_write(page, lambda: ran.append("queued"), delivered.append)
    tasks.run_in_background(audit_row, delivered.append, write=True, finish_on_exit=True)
    tasks.shutdown()
    QApplication.processEvents()
    assert ran == ["audit"]
    assert delivered == []  # nobody is left to tell
    with db.read() as session:
        keys = session.execute(select(Setting.key).where(~Setting.key.startswith("office_"))).scalars().all()
        assert keys == ["login"]  # the office settings of tests/conftest.py aside
    assert QApplication.overrideCursor() is None


def test_wait_keeps_the_gui_alive_until_the_task_settles(qtbot: QtBot, threaded: MessageLog) -> None:
    results: list[int] = []
    task = tasks.run_in_background(lambda: 6 * 7, results.append, write=True)
    tasks.wait(task)
    assert task.settled
    assert results == [42]


def test_synchronous_mode_runs_inline(gui: MessageLog) -> None:
    results: list[str] = []
    task = tasks.run_write(None, lambda: "inline", results.append)
    assert results == ["inline"]
    assert task.settled
