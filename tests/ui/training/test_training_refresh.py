"""The training page follows every change to the records behind its figures (the change hub), and the attendance
grid keeps the keyboard: after the fill button focus is back on the grid, and arrow keys never switch pages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.helpers.messages import MessageLog
from tests.helpers.training import academy, class_draft, enrolment_ids, members
from unionoffice.db.engine import Database
from unionoffice.domain.training.rules import Assessment, Mark
from unionoffice.services.core.context import Actor
from unionoffice.services.training import attendance as at
from unionoffice.services.training import classes as tr
from unionoffice.services.training import enrolment as en
from unionoffice.ui.shell import changes, messages, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.main_window import MainWindow
from unionoffice.ui.training.attendance_grid import FIRST_SESSION
from unionoffice.ui.training.training_page import TrainingPage


@pytest.fixture
def class_id(db: Database, clerk: Actor) -> int:
    people = members(db, 3)
    class_id = tr.create_class(db, clerk, class_draft(academy(db, clerk), capacity=5,
                                                      start_date=date(2024, 9, 2), end_date=date(2024, 9, 6)))
    en.enrol_members(db, clerk, class_id, people)
    return class_id


def open_page(qtbot: QtBot, db: Database, actor: Actor) -> TrainingPage:
    page = TrainingPage(AppContext(db, actor))
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(2024))
    return page


def hours_column(page: TrainingPage) -> list[str]:
    return [page.trainees.index(r, 5).data() for r in range(page.trainees.rowCount())]


def test_hours_on_the_trainees_tab_follow_the_marks_without_an_assessment(
        qtbot: QtBot, db: Database, clerk: Actor, class_id: int, gui: MessageLog) -> None:
    page = open_page(qtbot, db, clerk)
    assert hours_column(page)[0].startswith("0/")
    page.show_attendance()
    view = page.attendance.view
    view.setFocus()
    view.setCurrentIndex(page.attendance.model.index(0, FIRST_SESSION))  # type: ignore[union-attr]
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert hours_column(page)[0].startswith("4/")  # the 学员 tab moved with the mark, no 考核 needed
    assert view.currentIndex().row() == 1  # the grid was not reloaded under the cursor
    assert view.model() is page.attendance.model


def test_a_change_made_elsewhere_reaches_the_page_through_the_task_runner(
        qtbot: QtBot, db: Database, clerk: Actor, class_id: int, gui: MessageLog) -> None:
    page = open_page(qtbot, db, clerk)
    sessions = tr.class_detail(db, clerk, class_id).session_ids
    enrolment = next(iter(enrolment_ids(db, class_id).values()))
    seen: list[frozenset[str]] = []
    changes.hub().changed.connect(seen.append)
    tasks.run_write(None, lambda: at.set_marks(db, clerk, class_id, [(enrolment, s, Mark.PRESENT) for s in sessions]),
                    lambda _r: None)
    assert frozenset({"training_attendance"}) <= seen[-1]
    row = next(r for r in page.trainees.rows if r.enrolment_id == enrolment)
    assert row.credited_tenths == row.total_tenths
    tasks.run_write(None, lambda: at.set_assessment(db, clerk, class_id, [enrolment], Assessment.PASSED),
                    lambda _r: None)
    assert "completed 1" in page.ui.traineeCount.text()


def test_a_threaded_write_refreshes_before_its_own_message(qtbot: QtBot, db: Database, clerk: Actor, class_id: int,
                                                          gui: MessageLog, monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_page(qtbot, db, clerk)
    monkeypatch.setattr(tasks, "synchronous", False)
    enrolment = next(iter(enrolment_ids(db, class_id).values()))
    counts_at_message: list[str] = []

    def done(_result: object) -> None:
        counts_at_message.append(page.ui.traineeCount.text())
        messages.info(page, "done")

    sessions = tr.class_detail(db, clerk, class_id).session_ids

    def job() -> None:
        at.set_marks(db, clerk, class_id, [(enrolment, s, Mark.PRESENT) for s in sessions])
        at.set_assessment(db, clerk, class_id, [enrolment], Assessment.PASSED)

    task = tasks.run_write(page, job, done)
    qtbot.waitUntil(lambda: task.settled, timeout=5000)
    assert counts_at_message
    assert "completed 1" in counts_at_message[0]


def test_certificate_count_is_current_when_the_message_opens(
        qtbot: QtBot, db: Database, clerk: Actor, class_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        gui: MessageLog) -> None:
    sessions = tr.class_detail(db, clerk, class_id).session_ids
    done = list(enrolment_ids(db, class_id).values())[:2]
    at.set_marks(db, clerk, class_id, [(e, s, Mark.PRESENT) for e in done for s in sessions])
    at.set_assessment(db, clerk, class_id, done, Assessment.PASSED)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "结业证书.pdf"), "")))
    page = open_page(qtbot, db, clerk)
    seen: list[str] = []
    original = messages.info

    def info(parent: object, text: str, **kwargs: object) -> None:
        seen.append(page.ui.traineeCount.text())
        original(parent, text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(messages, "info", info)
    page.ui.certificatesButton.click()
    assert seen
    assert seen[0].endswith("certificates 2")


def test_focus_returns_to_the_grid_after_the_fill_button(qtbot: QtBot, db: Database, clerk: Actor, class_id: int,
                                                        gui: MessageLog) -> None:
    page = open_page(qtbot, db, clerk)
    page.show_attendance()
    panel = page.attendance
    model = panel.model
    assert model is not None
    panel.view.setCurrentIndex(model.index(0, FIRST_SESSION + 2))
    assert "current session" in panel.all_present_button.toolTip()
    qtbot.mouseClick(panel.all_present_button, Qt.MouseButton.LeftButton)
    assert [model.grid.mark(r, 2) for r in range(3)] == [Mark.PRESENT] * 3
    assert [model.grid.mark(r, 1) for r in range(3)] == [None] * 3  # only the current session
    assert panel.view.hasFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    assert panel.view.currentIndex().row() == 1


def test_arrow_keys_on_a_page_never_switch_pages(qtbot: QtBot, db: Database, clerk: Actor, class_id: int,
                                                 gui: MessageLog) -> None:
    window = MainWindow(AppContext(db, clerk))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    row = window.page_keys().index("training")
    window.nav.setCurrentRow(row)
    page = window.page("training")
    assert isinstance(page, TrainingPage)
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(2024))
    page.show_attendance()
    qtbot.mouseClick(page.attendance.all_present_button, Qt.MouseButton.LeftButton)
    assert window.nav.focusPolicy() == Qt.FocusPolicy.ClickFocus
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Tab, Qt.Key.Key_Down):
        focused = window.focusWidget()
        assert focused is not None
        assert focused is not window.nav
        qtbot.keyClick(focused, key)
    assert window.nav.currentRow() == row
    assert window.stack.currentWidget() is page


def test_the_key_legend_is_only_for_those_who_mark(qtbot: QtBot, db: Database, viewer: Actor, class_id: int,
                                                   gui: MessageLog) -> None:
    page = open_page(qtbot, db, viewer)
    page.show_attendance()
    assert not page.attendance.legend.isVisible()
    assert not page.attendance.all_present_button.isVisible()
