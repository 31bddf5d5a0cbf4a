"""The honours page driven like a clerk would: draft a list, watch the quota while adding, finalise, revoke, print."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.helpers.honours import WELDING_PRIZE, YEAR, Office, may_day_list, office, record_prize
from tests.helpers.messages import MessageLog
from tests.helpers.pdfcheck import page_count
from unionoffice.db.engine import Database
from unionoffice.db.models import Member
from unionoffice.domain.honours.rules import BasisKind, HonourType, ListStatus
from unionoffice.services.core.context import Actor
from unionoffice.services.honours import listing as hl
from unionoffice.services.honours import register as rg
from unionoffice.ui.honours.honour_dialog import HonourDialog
from unionoffice.ui.honours.honours_page import HonoursPage
from unionoffice.ui.honours.list_dialogs import FinaliseDialog, RevokeDialog
from unionoffice.ui.honours.member_honours import MemberHonoursWidget
from unionoffice.ui.shell.context import AppContext

Accepted, Rejected = QDialog.DialogCode.Accepted, QDialog.DialogCode.Rejected


@pytest.fixture
def place(db: Database) -> Office:
    return office(db)


def open_page(qtbot: QtBot, db: Database, actor: Actor, list_id: int | None = None) -> HonoursPage:
    page = HonoursPage(AppContext(db, actor))
    qtbot.addWidget(page)
    page.resize(1024, 768)
    page.show()
    qtbot.waitExposed(page)
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(YEAR))
    if list_id is not None:
        row = [r.id for r in page.lists.rows].index(list_id)
        page.ui.listView.setCurrentIndex(page.lists.index(row, 0))
    return page


def instead_of_exec(monkeypatch: pytest.MonkeyPatch, dialog_class: type[QDialog],
                    act: Callable[[QDialog], None]) -> None:
    """The page's next `dialog_class(...).exec()` runs `act` on the shown dialog and returns its result."""

    def exec_(dialog: QDialog) -> int:
        dialog.show()
        act(dialog)
        return int(dialog.result()) if dialog.result() else int(Rejected)

    monkeypatch.setattr(dialog_class, "exec", exec_)


def name_of(db: Database, member_id: int) -> str:
    with db.read() as session:
        return str(session.scalar(select(Member.name).where(Member.id == member_id)))


def id_number_of(db: Database, member_id: int) -> str:
    with db.read() as session:
        return str(session.scalar(select(Member.id_number).where(Member.id == member_id)))


def add_by_keyboard(qtbot: QtBot, db: Database, member_id: int, deed: str) -> Callable[[QDialog], None]:
    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, HonourDialog)
        dialog.ui.typeCombo.setCurrentIndex(dialog.ui.typeCombo.findData(HonourType.MAY_DAY_MEDAL.value))
        qtbot.keyClicks(dialog.ui.memberEdit, id_number_of(db, member_id))  # the clerk types the ID number
        qtbot.waitUntil(lambda: dialog.ui.memberList.count() > 0)  # the search runs as the clerk pauses
        for row in range(dialog.ui.memberList.count()):
            if dialog.ui.memberList.item(row).data(Qt.ItemDataRole.UserRole) == member_id:
                dialog.ui.memberList.setCurrentRow(row)
        dialog.ui.basisCombo.setCurrentIndex(dialog.ui.basisCombo.findData(BasisKind.DEED.value))
        dialog.ui.detailEdit.setText(deed)
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)

    return act


def test_the_quota_is_shown_live_while_the_list_is_drafted(qtbot: QtBot, gui: MessageLog, db: Database,
                                                           clerk: Actor, place: Office,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    list_id = may_day_list(db, clerk, place, winners=1, deeds=9)
    page = open_page(qtbot, db, clerk, list_id)
    assert page.honours.rowCount() == 10
    assert "共 10 个" in page.ui.quotaLabel.text()
    assert "#2E7D32" in page.ui.quotaLabel.text()
    instead_of_exec(monkeypatch, HonourDialog, add_by_keyboard(qtbot, db, place.members[30], "服务群众热情周到"))
    page.add_honour()  # what “Add honour…” does, with the dialog driven in `act`
    assert page.honours.rowCount() == 11
    label = page.ui.quotaLabel.text()
    assert "共 11 个" in label
    assert "至少应有 2 个" in label
    assert "还差 1 个" in label
    assert "#C8102E" in label
    assert "服务群众热情周到" in [r.basis_text for r in page.honours.rows]


def test_finalising_below_the_share_is_refused_with_the_figures(qtbot: QtBot, gui: MessageLog, db: Database,
                                                                clerk: Actor, place: Office,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    list_id = may_day_list(db, clerk, place, winners=1, deeds=10)
    page = open_page(qtbot, db, clerk, list_id)
    seen: list[str] = []

    def act(dialog: QDialog) -> None:
        assert isinstance(dialog, FinaliseDialog)
        assert "还差 1 个" in dialog.ui.quotaLabel.text()
        dialog.ui.serialSpin.setValue(12)
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        seen.append(dialog.ui.errorLabel.text())
        assert dialog.isVisible()  # still open, the figures beside the form

    instead_of_exec(monkeypatch, FinaliseDialog, act)
    page.finalise()
    assert "不能定稿" in seen[0]
    assert "共 11 个" in seen[0]
    assert "还差 1 个" in seen[0]
    assert rg.list_row(db, clerk, list_id).status is ListStatus.DRAFT
    assert page.ui.addButton.isEnabled()


def test_finalise_revoke_and_print_the_decision(qtbot: QtBot, gui: MessageLog, db: Database, clerk: Actor,
                                                place: Office, monkeypatch: pytest.MonkeyPatch,
                                                tmp_path: Path) -> None:
    list_id = may_day_list(db, clerk, place, winners=1, deeds=9)
    page = open_page(qtbot, db, clerk, list_id)

    def finalise(dialog: QDialog) -> None:
        assert isinstance(dialog, FinaliseDialog)
        dialog.ui.dateEdit.setDate(QDate(2024, 4, 28))
        dialog.ui.serialSpin.setValue(12)
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    instead_of_exec(monkeypatch, FinaliseDialog, finalise)
    page.finalise()
    assert "示工发〔2024〕12号" in gui.texts("info")[-1]
    assert not page.ui.addButton.isEnabled()
    assert page.ui.revokeButton.isEnabled()
    assert page.ui.decisionButton.isEnabled()
    assert "示工发〔2024〕12号" in page.ui.listTitle.text()

    winner = next(i for i, r in enumerate(page.honours.rows) if r.basis_kind is BasisKind.INNOVATION)
    page.ui.honourView.selectRow(winner)

    def revoke(dialog: QDialog) -> None:
        assert isinstance(dialog, RevokeDialog)
        dialog.ui.reasonEdit.setText("事迹材料不实")  # typed with an input method: QTest has no keys for it
        dialog.ui.buttonBox.accepted.emit()

    instead_of_exec(monkeypatch, RevokeDialog, revoke)
    page.revoke()
    assert page.honours.rows[winner].status == hl.REVOKED
    assert "共 9 个" in gui.texts("warning")[-1]
    assert "获奖者 0 个" in gui.texts("warning")[-1]

    out = tmp_path / "决定.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(page.ui.decisionButton, Qt.MouseButton.LeftButton)
    assert page_count(out) >= 3
    assert str(out) in gui.texts("info")[-1]


def test_a_recorded_prize_is_offered_as_the_basis(qtbot: QtBot, gui: MessageLog, db: Database, clerk: Actor,
                                                  place: Office) -> None:
    winner = place.members[5]
    source = record_prize(db, winner)
    list_id = rg.create_list(db, clerk, rg.ListDraft(YEAR))
    dialog = HonourDialog(AppContext(db, clerk), rg.list_row(db, clerk, list_id))
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData(HonourType.WORKER_PIONEER.value))
    assert ui.teamEdit.isVisible()
    assert ui.unionCombo.isVisible()
    assert not ui.memberEdit.isVisible()
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData(HonourType.MAY_DAY_MEDAL.value))
    ui.basisCombo.setCurrentIndex(ui.basisCombo.findData(BasisKind.COMPETITION.value))
    assert ui.memberEdit.isVisible()
    assert ui.prizeCombo.isVisible()
    assert ui.eventEdit.isVisible()
    qtbot.keyClicks(ui.memberEdit, id_number_of(db, winner))
    dialog.run_search()
    for row in range(ui.memberList.count()):
        if ui.memberList.item(row).data(Qt.ItemDataRole.UserRole) == winner:
            ui.memberList.setCurrentRow(row)
    assert ui.prizeCombo.currentText() == WELDING_PRIZE
    assert ui.detailEdit.isReadOnly()
    assert ui.eventEdit.placeholderText() == "示例区第三届职工职业技能大赛焊工赛项"
    qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.result() == Accepted
    row = hl.honour_rows(db, clerk, list_id)[0]
    assert (row.basis_source, row.basis_text, row.member_id) == (source, WELDING_PRIZE, winner)


def test_a_refused_honour_keeps_the_dialog_open_with_the_reason(qtbot: QtBot, gui: MessageLog, db: Database,
                                                                clerk: Actor, place: Office) -> None:
    list_id = rg.create_list(db, clerk, rg.ListDraft(YEAR))
    dialog = HonourDialog(AppContext(db, clerk), rg.list_row(db, clerk, list_id))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.typeCombo.setCurrentIndex(dialog.ui.typeCombo.findData(HonourType.WORKER_PIONEER.value))
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "班组名称" in dialog.ui.errorLabel.text()


def test_a_viewer_reads_but_cannot_change(qtbot: QtBot, gui: MessageLog, db: Database, clerk: Actor, viewer: Actor,
                                          place: Office) -> None:
    list_id = may_day_list(db, clerk, place, winners=1, deeds=3)
    page = open_page(qtbot, db, viewer, list_id)
    assert page.honours.rowCount() == 4
    for button in (page.ui.newListButton, page.ui.addButton, page.ui.finaliseButton, page.ui.revokeButton,
                   page.ui.decisionButton, page.ui.certificatesButton):
        assert not button.isVisible()


def test_the_member_tab_lists_a_member_s_honours(qtbot: QtBot, gui: MessageLog, db: Database, clerk: Actor,
                                                 place: Office) -> None:
    may_day_list(db, clerk, place, winners=1, deeds=1)
    widget = MemberHonoursWidget(AppContext(db, clerk), place.members[0])
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 1
    assert widget.model.data(widget.model.index(0, 1)) == "示例区五一劳动奖章"
    assert "草拟" in widget.model.data(widget.model.index(0, 6))
    widget.set_member(place.members[50])
    assert widget.model.rowCount() == 0


def test_the_page_is_registered_and_a_new_list_can_be_drafted(qtbot: QtBot, gui: MessageLog, db: Database,
                                                              clerk: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    from unionoffice.ui.honours.list_dialogs import ListDialog
    from unionoffice.ui.members.member_tabs import MEMBER_TABS
    from unionoffice.ui.shell.pages import PAGES

    assert "honours" in [p.key for p in PAGES]
    assert any(t.target.endswith("MemberHonoursWidget") for t in MEMBER_TABS)
    page = open_page(qtbot, db, clerk)
    assert page.lists.rowCount() == 0
    assert not page.ui.addButton.isEnabled()

    def draft(dialog: QDialog) -> None:
        assert isinstance(dialog, ListDialog)
        dialog.ui.yearSpin.setValue(YEAR)
        qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    instead_of_exec(monkeypatch, ListDialog, draft)
    page.new_list()
    assert [r.name for r in page.lists.rows] == ["2024年度示例区五一劳动奖和工人先锋号"]
    assert page.ui.addButton.isEnabled()



def test_editing_an_honour_shows_its_recorded_prize_and_keeps_it(qtbot: QtBot, gui: MessageLog, db: Database,
                                                                 clerk: Actor, place: Office) -> None:
    winner = place.members[7]
    record_prize(db, winner, "示例区第三届职工职业技能大赛焊工赛项二等奖", 2)
    source = record_prize(db, winner)  # the newer prize (一等奖) is listed first; the honour rests on it
    list_id = rg.create_list(db, clerk, rg.ListDraft(YEAR))
    honour_id = rg.add_honour(db, clerk, list_id, rg.HonourDraft(
        HonourType.MAY_DAY_MEDAL, member_id=winner, basis_kind=BasisKind.COMPETITION, basis_source=source,
        basis_event="焊工赛项"))
    dialog = HonourDialog(AppContext(db, clerk), rg.list_row(db, clerk, list_id), hl.honour_row(db, clerk, honour_id))
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.prizeCombo.count() == 3
    assert ui.prizeCombo.currentText() == WELDING_PRIZE
    assert ui.eventEdit.text() == "焊工赛项"
    assert ui.memberList.currentItem() is not None
    qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.result() == Accepted
    row = hl.honour_row(db, clerk, honour_id)
    assert (row.basis_source, row.basis_event) == (source, "焊工赛项")
