"""The audit page: paged model (qtmodeltester), filters, details with masked changes, chain verification."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.helpers.messages import MessageLog
from tests.helpers.tamper import tampering
from unionoffice.db.engine import Database
from unionoffice.services.core import audit
from unionoffice.services.core.audit_anchor import record_anchor
from unionoffice.services.core.context import Actor
from unionoffice.ui.admin import audit_page
from unionoffice.ui.admin.audit_page import AuditPage, AuditTableModel, RecordHistoryDialog
from unionoffice.ui.shell.context import AppContext


def write_entries(db: Database, actor: Actor, count: int) -> None:
    with db.write() as session:
        for n in range(count):
            audit.record(session, actor, "update" if n % 2 else "create", f"会员 {n} 的记录", entity="member",
                         entity_id=n % 5, changes={"name": (f"旧{n}", f"新{n}"), "phone": ("13800138000", None)})


def test_the_model_pages_as_the_view_scrolls(qtbot: QtBot, qtmodeltester, db: Database, clerk: Actor,
                                             reviewer: Actor, monkeypatch) -> None:
    monkeypatch.setattr(audit_page, "PAGE_SIZE", 20)
    write_entries(db, clerk, 45)
    model = AuditTableModel(AppContext(db, reviewer))
    model.set_filter(audit_page.AuditFilter())
    assert model.rowCount() == 20
    assert model.canFetchMore(audit_page.QModelIndex())
    qtmodeltester.check(model)
    model.fetchMore(audit_page.QModelIndex())
    model.fetchMore(audit_page.QModelIndex())
    assert model.rowCount() == 45
    assert not model.canFetchMore(audit_page.QModelIndex())
    assert [r.id for r in model.rows] == list(range(45, 0, -1))


def test_filters_details_and_verification(qtbot: QtBot, db: Database, db_path: Path, clerk: Actor, admin: Actor,
                                          gui: MessageLog) -> None:
    write_entries(db, clerk, 12)
    write_entries(db, admin, 3)
    page = AuditPage(AppContext(db, admin))
    qtbot.addWidget(page)
    assert page.ui.countLabel.text() == "15 entries"
    page.ui.userCombo.setCurrentIndex(page.ui.userCombo.findData("clerk"))
    page.ui.recordEdit.setText("member#2")
    page.search()
    assert page.ui.countLabel.text() == "2 entries"
    page.ui.entriesView.selectRow(0)
    details = page.ui.detailsEdit.toPlainText()
    assert "姓名：旧7 → 新7" in details
    assert "手机：138****8000 → （空）" in details
    record_anchor(db, "exit")  # what a clean exit or a backup leaves outside the file
    page.verify_chain()
    assert "intact" in page.ui.chainLabel.text()
    page.clear()
    page.resize(980, 560)
    page.grab().save("/tmp/uo_audit_page.png")
    with tampering(db_path) as conn:
        conn.execute("UPDATE audit_entry SET summary = '改过' WHERE id = 3")
    page.verify_chain()
    assert "broken" in page.ui.chainLabel.text()
    assert "第 3 条" in page.ui.chainLabel.text()


def test_a_record_history_dialog(qtbot: QtBot, db: Database, clerk: Actor, viewer: Actor,
                                 gui: MessageLog) -> None:
    write_entries(db, clerk, 10)
    dialog = RecordHistoryDialog(AppContext(db, viewer), "member", 3, "张伟")
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "会员 3 的记录" in text
    assert "会员 8 的记录" in text
    assert "会员 4" not in text
    assert "13800138000" not in text


def test_the_trail_names_people_classes_and_sessions_and_spells_out_codes(qtbot: QtBot, db: Database, clerk: Actor,
                                                                           admin: Actor, gui: MessageLog) -> None:
    """Issue 14: no `app_user#1`, `training_attendance#4420:785`, `member#12` or “空→P” on the audit page."""
    from sqlalchemy import select

    from tests.helpers.training import enrolment_ids, members, new_class
    from unionoffice.db.models import Member
    from unionoffice.db.models.training import ClassSession
    from unionoffice.domain.training.rules import Mark
    from unionoffice.services.core.audit_names import RecordRef, describe_records
    from unionoffice.services.training import attendance, enrolment

    people = members(db, 12)
    class_id = new_class(db, clerk, capacity=5)
    enrolment.enrol_members(db, clerk, class_id, [people[0]])
    enrolment_id = enrolment_ids(db, class_id)[people[0]]
    with db.read() as session:
        session_id, day = session.execute(select(ClassSession.id, ClassSession.day)
                                          .where(ClassSession.class_id == class_id)
                                          .order_by(ClassSession.day)).first()
        name = session.execute(select(Member.name).where(Member.id == people[0])).scalar_one()
    attendance.set_mark(db, clerk, enrolment_id, session_id, Mark.PRESENT)
    with db.write() as session:
        audit.record(session, admin, "update", "重设密码", entity="app_user", entity_id=1)
    page = AuditPage(AppContext(db, admin))
    qtbot.addWidget(page)
    model = page.model
    shown = {model.data(model.index(r, audit_page.COL_RECORD)) for r in range(model.rowCount())}
    assert f"考勤 {name}，风电场升压站设备巡视及维护培训班 {day:%Y-%m-%d} 的课" in shown
    assert "用户 演示管理员（admin）" in shown  # app_user#1
    assert "培训班 风电场升压站设备巡视及维护培训班" in shown
    users = {model.data(model.index(r, audit_page.COL_USER)) for r in range(model.rowCount())}
    assert "演示经办人（clerk）" in users
    assert not any(text.startswith(("app_user", "member#", "training_attendance")) for text in shown)
    mark_row = next(r for r in range(model.rowCount()) if model.rows[r].entity == "training_attendance")
    page.ui.entriesView.selectRow(mark_row)
    details = page.ui.detailsEdit.toPlainText()
    assert "未登记 → 出勤" in details
    assert "→P" not in details
    assert "空→" not in model.rows[mark_row].summary
    named = describe_records(db, admin, [RecordRef("member", str(people[0])), RecordRef("member", "999999"),
                                         RecordRef("competition", "7"), RecordRef("database", None)])
    assert named[RecordRef("member", str(people[0]))] == f"会员 {name}"
    assert named[RecordRef("member", "999999")] == "会员 #999999"  # deleted since: its kind and number
    assert named[RecordRef("competition", "7")] == "竞赛 #7"
    assert named[RecordRef("database", None)] == "数据库"
