"""The training page driven like a clerk would: enrol from the search, mark attendance by keyboard, certificates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.helpers.messages import MessageLog
from tests.helpers.modal import when_modal
from tests.helpers.training import academy, class_draft, enrolment_ids, members
from unionoffice.db.engine import Database
from unionoffice.db.models import Member
from unionoffice.domain.members.membership import EventKind
from unionoffice.domain.training.rules import Assessment, Mark
from unionoffice.services.core.context import Actor
from unionoffice.services.members.records import record_event
from unionoffice.services.training import attendance as at
from unionoffice.services.training import classes as tr
from unionoffice.services.training import documents as td
from unionoffice.services.training import enrolment as en
from unionoffice.ui.shell import tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.training.attendance_grid import FIRST_SESSION, AttendanceModel
from unionoffice.ui.training.class_editor import ClassEditor, ReasonDialog
from unionoffice.ui.training.enrol_dialog import EnrolDialog
from unionoffice.ui.training.training_history import TrainingHistoryWidget
from unionoffice.ui.training.training_page import TrainingPage


@pytest.fixture
def people(db: Database) -> list[int]:
    return members(db, 60)


@pytest.fixture
def class_id(db: Database, clerk: Actor, people: list[int]) -> int:
    return tr.create_class(db, clerk, class_draft(academy(db, clerk), capacity=3,
                                                  start_date=date(2024, 9, 2), end_date=date(2024, 9, 6)))


def open_page(qtbot: QtBot, db: Database, actor: Actor, year: int = 2024) -> TrainingPage:
    page = TrainingPage(AppContext(db, actor))
    qtbot.addWidget(page)
    page.resize(1300, 760)
    page.show()
    qtbot.waitExposed(page)
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(year))
    return page


def names_of(db: Database, ids: list[int]) -> list[str]:
    with db.read() as session:
        found = dict(session.execute(select(Member.id, Member.name).where(Member.id.in_(ids))).all())
    return [found[i] for i in ids]


def test_enrol_several_members_from_the_instant_search(qtbot: QtBot, db: Database, clerk: Actor, people: list[int],
                                                       class_id: int, gui: MessageLog) -> None:
    page = open_page(qtbot, db, clerk)
    assert page.class_id == class_id
    names = names_of(db, people)
    surname = max({n[0] for n in names}, key=lambda c: sum(n.startswith(c) for n in names))
    target = next(n for n in names if not n.startswith(surname))

    def pick(dialog: QDialog) -> None:
        assert isinstance(dialog, EnrolDialog)
        dialog.ui.searchEdit.insert(target)  # Chinese arrives through the input method, not as key codes
        qtbot.keyClick(dialog.ui.searchEdit, Qt.Key.Key_Return)  # one found: Return adds it, as the label says
        assert [r.name for r in dialog.chosen.rows] == [target]
        assert dialog.ui.searchEdit.text() == ""  # ready for the next name
        assert dialog.isVisible()  # Return did not press OK
        dialog.ui.searchEdit.insert(surname)  # a common surname: many results, pick several
        qtbot.waitUntil(lambda: len(dialog.results.rows) > 3, timeout=2000)
        view, model = dialog.ui.resultsView, dialog.results
        chosen = list(range(3))
        for r in chosen:
            view.selectionModel().select(model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                                         | QItemSelectionModel.SelectionFlag.Rows)
        qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
        assert len(dialog.chosen.rows) == 4
        assert "1 go on the waiting list" in dialog.ui.placesLabel.text()
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    for _ in when_modal(qtbot, pick):
        page.ui.enrolButton.click()
    statuses = en.class_member_statuses(db, clerk, class_id)
    assert sorted(statuses.values()) == ["候补", "已报名", "已报名", "已报名"]
    assert gui.texts("info")[-1] == "Enrolled: 3. On the waiting list: 1."
    assert page.trainees.rowCount() == 4
    assert page.classes.rows[0].enrolled == 3


def test_members_already_on_the_class_cannot_be_picked_again(qtbot: QtBot, db: Database, clerk: Actor,
                                                             people: list[int], class_id: int) -> None:
    en.enrol_members(db, clerk, class_id, people[:1])
    dialog = EnrolDialog(AppContext(db, clerk), class_id)
    qtbot.addWidget(dialog)
    dialog.ui.searchEdit.insert(names_of(db, people[:1])[0])
    qtbot.keyClick(dialog.ui.searchEdit, Qt.Key.Key_Return)
    row = next(i for i, r in enumerate(dialog.results.rows) if r.id == people[0])
    assert not dialog.results.flags(dialog.results.index(row, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert dialog.results.index(row, 4).data() == "已报名"
    record_event(db, clerk, people[1], EventKind.WITHDRAW, date(2024, 8, 1), reason="离职", today=date(2024, 8, 1))
    dialog.ui.searchEdit.setText(names_of(db, people[1:2])[0])
    dialog.run_search()
    row = next(i for i, r in enumerate(dialog.results.rows) if r.id == people[1])
    assert not dialog.results.flags(dialog.results.index(row, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert "退会" in dialog.results.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)


@pytest.fixture
def enrolled(db: Database, clerk: Actor, people: list[int], class_id: int) -> dict[int, int]:
    en.enrol_members(db, clerk, class_id, people[:3])
    return enrolment_ids(db, class_id)


def test_attendance_is_marked_with_the_keyboard(qtbot: QtBot, db: Database, clerk: Actor, class_id: int,
                                                enrolled: dict[int, int], gui: MessageLog) -> None:
    page = open_page(qtbot, db, clerk)
    page.show_attendance()
    view = page.attendance.view
    model = page.attendance.model
    assert isinstance(model, AttendanceModel)
    assert model.rowCount() == 3
    assert model.sessions == 9
    view.setFocus()
    assert view.currentIndex().row() == 0
    assert view.currentIndex().column() == FIRST_SESSION
    qtbot.keyClick(view, Qt.Key.Key_P)  # marks and moves down the session's column
    qtbot.keyClick(view, Qt.Key.Key_L)
    qtbot.keyClick(view, Qt.Key.Key_4)  # 4 = absent
    assert view.currentIndex().row() == 2  # stays on the last row
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Space)  # blank → present
    qtbot.keyClick(view, Qt.Key.Key_Space)  # present → late
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_E)
    grid = at.load_grid(db, clerk, class_id)  # what was saved, read back
    assert [[grid.mark(r, c) for c in range(2)] for r in range(3)] == [
        [Mark.PRESENT, None], [Mark.LATE, Mark.EXCUSED], [Mark.ABSENT, Mark.LATE]]
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # clears without moving
    assert at.load_grid(db, clerk, class_id).mark(2, 1) is None
    # a whole column at once: select the third session and press A, then fill the rest as present
    view.selectColumn(FIRST_SESSION + 2)
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert [at.load_grid(db, clerk, class_id).mark(r, 2) for r in range(3)] == [Mark.ABSENT] * 3
    view.selectColumn(FIRST_SESSION + 3)
    page.attendance.all_present_button.click()
    assert [model.grid.mark(r, 3) for r in range(3)] == [Mark.PRESENT] * 3
    assert model.index(0, model.col_hours).data() == "8"  # sessions 1 and 4 present: 4 + 4 学时, live
    assert "3 present" in page.attendance.count_label.text()


def test_viewer_sees_the_grid_but_keys_do_not_mark(qtbot: QtBot, db: Database, clerk: Actor, viewer: Actor,
                                                   class_id: int, enrolled: dict[int, int]) -> None:
    page = open_page(qtbot, db, viewer)
    assert not page.ui.enrolButton.isVisible()
    assert not page.ui.certificatesButton.isVisible()
    page.show_attendance()
    qtbot.keyClick(page.attendance.view, Qt.Key.Key_P)
    assert at.load_grid(db, clerk, class_id).mark(0, 0) is None


def test_issue_and_print_certificates_from_the_page(qtbot: QtBot, db: Database, clerk: Actor, people: list[int],
                                                    class_id: int, enrolled: dict[int, int], tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    gui: MessageLog) -> None:
    sessions = tr.class_detail(db, clerk, class_id).session_ids
    done = [enrolled[m] for m in people[:2]]
    at.set_marks(db, clerk, class_id, [(e, s, Mark.PRESENT) for e in done for s in sessions])
    at.set_assessment(db, clerk, class_id, done, Assessment.PASSED)
    out = tmp_path / "结业证书.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    page = open_page(qtbot, db, clerk)
    page.ui.certificatesButton.click()
    assert "certificates to 2 trainee(s)" in gui.texts("confirm")[0]
    assert len(PdfReader(out).pages) == 2
    numbers = sorted(r.certificate for r in page.trainees.rows if r.certificate)
    assert numbers == ["2024-JY-00001", "2024-JY-00002"]
    page.ui.certificatesButton.click()  # again: numbers kept, nobody new
    assert "2 printed" in gui.texts("info")[-1]
    assert "0 new" in gui.texts("info")[-1]
    assert sorted(r.certificate for r in page.trainees.rows if r.certificate) == numbers


def test_the_administrator_prints_issued_certificates_but_numbers_none(
        qtbot: QtBot, db: Database, clerk: Actor, admin: Actor, people: list[int], class_id: int,
        enrolled: dict[int, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gui: MessageLog) -> None:
    sessions = tr.class_detail(db, clerk, class_id).session_ids
    done = [enrolled[m] for m in people[:2]]
    at.set_marks(db, clerk, class_id, [(e, s, Mark.PRESENT) for e in done for s in sessions])
    at.set_assessment(db, clerk, class_id, done, Assessment.PASSED)
    out = tmp_path / "结业证书.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    page = open_page(qtbot, db, admin)
    page.ui.certificatesButton.click()
    assert "a clerk numbers and issues them" in gui.texts("info")[-1]
    assert not out.exists()
    assert not any(r.certificate for r in page.trainees.rows)
    td.issue_class_certificates(db, clerk, class_id)
    page.reload_trainees()
    page.ui.certificatesButton.click()
    assert not gui.texts("confirm")  # printing what was issued asks nothing: no number is given out
    assert "2 issued certificate(s) printed" in gui.texts("info")[-1]
    assert len(PdfReader(out).pages) == 2


def test_reviewer_overrides_completion_with_a_reason(qtbot: QtBot, db: Database, reviewer: Actor, clerk: Actor,
                                                     class_id: int, enrolled: dict[int, int],
                                                     gui: MessageLog) -> None:
    page = open_page(qtbot, db, reviewer)
    assert page.ui.overrideButton.isVisible()
    assert not page.ui.withdrawButton.isVisible()
    page.ui.traineeView.selectRow(0)
    person = page.selected_trainees()[0]

    def decide(dialog: QDialog) -> None:
        assert isinstance(dialog, ReasonDialog)
        dialog.ui.choiceCombo.setCurrentIndex(0)  # completed
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()  # no reason yet: refused
        assert dialog.isVisible()
        assert dialog.ui.errorLabel.isVisible()
        dialog.ui.reasonEdit.insert("因公出差缺课，已补课")
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()

    for _ in when_modal(qtbot, decide):
        page.ui.overrideButton.click()
    row = next(r for r in page.trainees.rows if r.enrolment_id == person.enrolment_id)
    assert row.completion is not None
    assert row.completion.completed
    assert row.completion.overridden
    assert row.override_reason == "因公出差缺课，已补课"


def test_class_editor_creates_a_class_with_modules(qtbot: QtBot, db: Database, clerk: Actor) -> None:
    academy(db, clerk)
    dialog = ClassEditor(AppContext(db, clerk))
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.insert("光伏发电站设计培训班")
    dialog.ui.startEdit.setDate(date(2024, 10, 8))
    dialog.ui.endEdit.setDate(date(2024, 10, 11))
    dialog.ui.capacitySpin.setValue(40)
    dialog.ui.modulesTable.item(0, 1).setText("光伏电站原理")
    dialog.ui.modulesTable.item(1, 1).setText("光伏电站设计实操")
    dialog.reschedule()
    assert dialog.ui.sessionsTable.rowCount() == 8
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_id is not None
    detail = tr.class_detail(db, clerk, dialog.saved_id)
    assert detail.draft.name == "光伏发电站设计培训班"
    assert detail.hours_tenths == 320
    assert [m.title for m in detail.draft.modules] == ["光伏电站原理", "光伏电站设计实操"]


def test_member_training_history_widget(qtbot: QtBot, db: Database, clerk: Actor, people: list[int],
                                        class_id: int, enrolled: dict[int, int]) -> None:
    widget = TrainingHistoryWidget(AppContext(db, clerk), people[0])
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 1
    assert widget.model.index(0, 0).data() == "风电场升压站设备巡视及维护培训班"
    assert widget.model.index(0, 4).data() == "0/35"
    assert widget.summary.text().startswith("1 class(es)")
    widget.set_member(people[-1])
    assert widget.model.rowCount() == 0


def test_table_models_pass_the_model_tester(qtmodeltester, qtbot: QtBot, db: Database, clerk: Actor,  # type: ignore[no-untyped-def]
                                            class_id: int, enrolled: dict[int, int]) -> None:
    page = open_page(qtbot, db, clerk)
    page.show_attendance()
    assert page.attendance.model is not None
    qtmodeltester.check(page.attendance.model)
    qtmodeltester.check(page.trainees)
    qtmodeltester.check(page.classes)
    dialog = EnrolDialog(AppContext(db, clerk), class_id)
    qtbot.addWidget(dialog)
    dialog.ui.searchEdit.insert("a")
    dialog.run_search()
    qtmodeltester.check(dialog.results)


def test_sign_in_sheet_for_the_selected_session(qtbot: QtBot, db: Database, clerk: Actor, class_id: int,
                                                enrolled: dict[int, int], tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch, gui: MessageLog) -> None:
    out = tmp_path / "签到表.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    page = open_page(qtbot, db, clerk)
    page.show_attendance()
    page.attendance.view.setCurrentIndex(page.attendance.model.index(0, FIRST_SESSION + 4))  # type: ignore[union-attr]
    page.print_sign_in(True)
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "第 5 课次" in text
    assert "第 1 课次" not in text
    assert text.count("签到表") == 1
    assert gui.texts("info")[-1] == f"Saved to {out}"


def test_statistics_ledger_and_their_export_run_off_the_gui_thread(
        qtbot: QtBot, db: Database, clerk: Actor, people: list[int], class_id: int, enrolled: dict[int, int],
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, gui: MessageLog) -> None:
    sessions = tr.class_detail(db, clerk, class_id).session_ids
    at.set_marks(db, clerk, class_id, [(enrolled[people[0]], s, Mark.PRESENT) for s in sessions])
    monkeypatch.setattr(tasks, "synchronous", False)
    page = open_page(qtbot, db, clerk)
    page.ui.statsYearCombo.setCurrentIndex(page.ui.statsYearCombo.findData(2024))
    page.ui.tabs.setCurrentWidget(page.ui.statsTab)
    qtbot.waitUntil(lambda: page.stats.rowCount() > 0, timeout=10_000)
    total = page.stats.rows[-1]
    assert (total.classes, total.person_times, total.persons) == (1, 3, 3)

    page.ui.ledgerYearCombo.setCurrentIndex(page.ui.ledgerYearCombo.findData(2024))
    page.ui.tabs.setCurrentWidget(page.ui.ledgerTab)
    qtbot.waitUntil(lambda: page.ledger.rowCount() > 0, timeout=10_000)
    hours = {row.member_id: row.credited_tenths for row in page.ledger.rows}
    assert sorted(hours) == sorted(people[:3])
    assert hours[people[0]] > 0 == hours[people[1]]

    out = tmp_path / "培训统计.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    page.ui.exportStatsButton.click()
    qtbot.waitUntil(lambda: bool(gui.texts("info")), timeout=10_000)
    assert gui.texts("info") == [f"Saved to {out}"]
    assert out.stat().st_size > 0


def test_issuing_certificates_defaults_to_yes_and_names_the_file_after_the_class(
        qtbot: QtBot, db: Database, clerk: Actor, people: list[int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, gui: MessageLog) -> None:
    from PySide6.QtWidgets import QMessageBox

    from unionoffice.ui.shell import messages

    class_id = tr.create_class(db, clerk, class_draft(academy(db, clerk), name="汽车维修（智能网联/新能源）班",
                                                      start_date=date(2024, 9, 2), end_date=date(2024, 9, 6)))
    en.enrol_members(db, clerk, class_id, people[:2])
    enrolments = list(enrolment_ids(db, class_id).values())
    sessions = tr.class_detail(db, clerk, class_id).session_ids
    at.set_marks(db, clerk, class_id, [(e, s, Mark.PRESENT) for e in enrolments for s in sessions])
    at.set_assessment(db, clerk, class_id, enrolments, Assessment.PASSED)
    suggested: list[str] = []

    def save_dialog(parent: object, title: str, start: str, filters: str) -> tuple[str, str]:
        suggested.append(Path(start).name)
        return str(tmp_path / Path(start).name), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    defaults: list[QMessageBox.StandardButton] = []

    def exec_box(box: QMessageBox) -> int:  # the real message box, answered as Return would answer it
        button = box.defaultButton()
        defaults.append(box.standardButton(button))
        return box.standardButton(button).value

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    messages.set_hook(None)
    page = open_page(qtbot, db, clerk)
    page.ui.certificatesButton.click()
    assert defaults[0] == QMessageBox.StandardButton.Yes
    # the class name, with the slash Windows forbids in a file name replaced
    assert suggested == ["结业证书-汽车维修（智能网联_新能源）班.pdf"]
    assert len(PdfReader(tmp_path / suggested[0]).pages) == 2


def test_a_long_class_name_shows_two_lines_and_is_whole_in_the_tooltip(
        qtbot: QtBot, db: Database, clerk: Actor, people: list[int], gui: MessageLog, chinese_ui: None) -> None:
    """The trial saw “汽车维修…” in the class list at 1024 px: four characters of a twenty-character name."""
    name = "储能电站运行与维护培训班（2026年第3期）"
    tr.create_class(db, clerk, class_draft(academy(db, clerk), name=name, start_date=date(2024, 9, 2),
                                           end_date=date(2024, 9, 6)))
    page = open_page(qtbot, db, clerk)
    page.resize(1024, 700)
    view = page.ui.classView
    index = view.model().index(0, 0)
    assert index.data() == name
    assert name in index.data(Qt.ItemDataRole.ToolTipRole)
    assert view.wordWrap()
    assert view.rowHeight(0) >= 2 * view.fontMetrics().lineSpacing()
