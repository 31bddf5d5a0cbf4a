"""Academies, classes and enrolment: capacity, the waiting list, duplicates, withdrawal, lists matched by ID."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from tests.helpers.training import START, academy, class_draft, enrolment_ids, members, new_class, statuses
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry, Member
from unionoffice.db.models.training import Attendance, ClassSession
from unionoffice.domain.common.errors import DuplicateError, PermissionDeniedError, ValidationError
from unionoffice.domain.members.membership import EventKind
from unionoffice.domain.training.rules import CompletionRule, Mark
from unionoffice.services.core.context import Actor
from unionoffice.services.members.records import record_event
from unionoffice.services.training import classes as tr
from unionoffice.services.training import enrolment as en
from unionoffice.services.training.attendance import set_mark


def test_class_with_modules_gets_scheduled_sessions(db: Database, clerk: Actor) -> None:
    class_id = new_class(db, clerk)
    detail = tr.class_detail(db, clerk, class_id)
    assert detail.hours_tenths == 350
    assert [m.sessions for m in detail.draft.modules] == [4, 4, 1]
    sessions = detail.draft.sessions or []
    assert len(sessions) == 9
    assert sessions[0].day == START
    assert sessions[0].period == "上午"
    assert all(START <= s.day <= date(2024, 9, 6) for s in sessions)
    rows = tr.list_classes(db, clerk, year=2024)
    assert [(r.name, r.capacity, r.enrolled, r.hours_tenths) for r in rows] == [
        ("风电场升压站设备巡视及维护培训班", 3, 0, 350)]
    assert tr.list_classes(db, clerk, year=2023) == []


def test_class_rules_are_checked(db: Database, clerk: Actor) -> None:
    academy_id = academy(db, clerk)
    with pytest.raises(ValidationError, match="结束日期"):
        tr.create_class(db, clerk, class_draft(academy_id, end_date=date(2024, 9, 1)))
    with pytest.raises(ValidationError, match="计划人数"):
        tr.create_class(db, clerk, class_draft(academy_id, capacity=0))
    with pytest.raises(ValidationError, match="结业出勤比例"):
        tr.create_class(db, clerk, class_draft(academy_id, rule=CompletionRule(120)))
    with pytest.raises(DuplicateError, match="同名学院"):
        academy(db, clerk)
    with pytest.raises(ValidationError, match="产业方向"):
        tr.create_academy(db, clerk, tr.AcademyDraft("某学院", "新能量"))


def test_viewer_cannot_create_and_reviewer_cannot_enrol(db: Database, viewer: Actor, reviewer: Actor,
                                                         clerk: Actor) -> None:
    with pytest.raises(PermissionDeniedError):
        academy(db, viewer)
    class_id = new_class(db, clerk)
    with pytest.raises(PermissionDeniedError):
        en.enrol_members(db, reviewer, class_id, [1])


def test_capacity_then_waiting_list_in_order(db: Database, clerk: Actor) -> None:
    people = members(db)
    class_id = new_class(db, clerk, capacity=3)
    result = en.enrol_members(db, clerk, class_id, people[:5])
    assert len(result.enrolled) == 3
    assert len(result.waiting) == 2
    state = statuses(db, class_id)
    assert [state[m] for m in people[:5]] == [("已报名", None)] * 3 + [("候补", 1), ("候补", 2)]
    more = en.enrol_members(db, clerk, class_id, [people[5]])
    assert more.enrolled == []
    assert statuses(db, class_id)[people[5]] == ("候补", 3)
    row = tr.list_classes(db, clerk)[0]
    assert (row.enrolled, row.waiting) == (3, 3)


def test_the_same_member_cannot_be_enrolled_twice(db: Database, clerk: Actor) -> None:
    people = members(db)
    class_id = new_class(db, clerk, capacity=2)
    en.enrol_members(db, clerk, class_id, people[:3])
    with pytest.raises(DuplicateError, match="已报名") as exc:
        en.enrol_members(db, clerk, class_id, [people[5], people[0]])
    assert "未做任何更改" in str(exc.value)
    with pytest.raises(DuplicateError, match="候补"):
        en.enrol_members(db, clerk, class_id, [people[2]])
    with pytest.raises(DuplicateError, match="重复"):
        en.enrol_members(db, clerk, class_id, [people[6], people[6]])
    assert people[5] not in statuses(db, class_id)  # the refused call enrolled nobody
    assert en.class_member_statuses(db, clerk, class_id) == {people[0]: "已报名", people[1]: "已报名",
                                                             people[2]: "候补"}


def test_withdrawal_moves_the_waiting_list_up(db: Database, clerk: Actor) -> None:
    people = members(db)
    class_id = new_class(db, clerk, capacity=2)
    en.enrol_members(db, clerk, class_id, people[:5])
    ids = {m: e for m, e in enrolment_ids(db, class_id).items()}
    promoted = en.withdraw(db, clerk, class_id, [ids[people[0]]], "工作调动")
    state = statuses(db, class_id)
    assert len(promoted) == 1
    assert state[people[2]] == ("已报名", None)
    assert state[people[0]] == ("已退出", None)
    assert state[people[3]] == ("候补", 1)
    assert state[people[4]] == ("候补", 2)
    en.withdraw(db, clerk, class_id, [ids[people[3]]], "个人原因")  # leaving the queue renumbers it
    assert statuses(db, class_id)[people[4]] == ("候补", 1)
    with pytest.raises(ValidationError, match="退出原因"):
        en.withdraw(db, clerk, class_id, [ids[people[1]]], " ")
    # someone who withdrew may enrol again, at the end of the queue when the class is full
    again = en.enrol_members(db, clerk, class_id, [people[0]])
    assert again.waiting
    assert statuses(db, class_id)[people[0]] == ("候补", 2)


def test_raising_capacity_promotes_and_lowering_below_enrolled_is_refused(db: Database, clerk: Actor) -> None:
    people = members(db)
    academy_id = academy(db, clerk)
    class_id = tr.create_class(db, clerk, class_draft(academy_id, capacity=2))
    en.enrol_members(db, clerk, class_id, people[:4])
    detail = tr.class_detail(db, clerk, class_id)
    promoted = tr.update_class(db, clerk, class_id, class_draft(academy_id, capacity=3, sessions=detail.draft.sessions,
                                                                modules=detail.draft.modules))
    assert len(promoted) == 1
    assert statuses(db, class_id)[people[2]] == ("已报名", None)
    with pytest.raises(ValidationError, match="已有 3 人报名"):
        tr.update_class(db, clerk, class_id, class_draft(academy_id, capacity=2))


def test_sessions_with_marks_are_never_dropped(db: Database, clerk: Actor) -> None:
    people = members(db)
    academy_id = academy(db, clerk)
    class_id = tr.create_class(db, clerk, class_draft(academy_id))
    en.enrol_members(db, clerk, class_id, people[:1])
    detail = tr.class_detail(db, clerk, class_id)
    enrolment_id = enrolment_ids(db, class_id)[people[0]]
    set_mark(db, clerk, enrolment_id, detail.session_ids[7], Mark.PRESENT)  # the last 实操 session, seq 8
    planned = detail.draft.sessions or []
    with pytest.raises(ValidationError, match="第 8 课次已有考勤记录"):
        tr.update_class(db, clerk, class_id, class_draft(academy_id, modules=detail.draft.modules,
                                                         sessions=planned[:7] + planned[8:]))
    # moving the theory module to three sessions keeps the marked session and renumbers the rest
    theory = tr.ModuleDraft("理论", "升压站设备原理", 160, 3, id=detail.draft.modules[0].id)
    tr.update_class(db, clerk, class_id, class_draft(academy_id, modules=[theory, *detail.draft.modules[1:]],
                                                     sessions=planned[:3] + planned[4:]))
    with db.read() as session:
        seqs = list(session.execute(select(ClassSession.seq, ClassSession.hours_tenths)
                                    .where(ClassSession.class_id == class_id).order_by(ClassSession.seq)))
        marked = session.execute(select(ClassSession.seq).join(Attendance)).scalar_one()
    assert [s for s, _ in seqs] == list(range(1, 9))
    assert marked == 7
    assert [h for _, h in seqs][:3] == [60, 50, 50]  # 16 学时 over three sessions


def test_members_who_left_the_union_cannot_enrol(db: Database, clerk: Actor) -> None:
    people = members(db)
    class_id = new_class(db, clerk)
    record_event(db, clerk, people[0], EventKind.WITHDRAW, date(2024, 8, 1), reason="离职", today=date(2024, 8, 1))
    with pytest.raises(ValidationError, match="退会"):
        en.enrol_members(db, clerk, class_id, [people[0]])


def test_enrolment_is_audited_in_the_same_transaction(db: Database, clerk: Actor) -> None:
    people = members(db)
    class_id = new_class(db, clerk, capacity=1)
    en.enrol_members(db, clerk, class_id, people[:2])
    with db.read() as session:
        summaries = list(session.execute(select(AuditEntry.summary).where(AuditEntry.username == "clerk")).scalars())
    assert any("报名 1 人，候补 1 人" in s for s in summaries)


def test_list_matched_by_id_number_reports_every_problem(db: Database, clerk: Actor) -> None:
    people = members(db)
    class_id = new_class(db, clerk, capacity=10)
    en.enrol_members(db, clerk, class_id, people[:1])
    with db.read() as session:
        rows = {m.id: m for m in session.execute(select(Member).where(Member.id.in_(people[:4]))).scalars()}
        first, second, third, fourth = (rows[i] for i in people[:4])
        session.expunge_all()
    file_rows = [
        en.FileRow(2, first.name, first.id_number),  # already on the class
        en.FileRow(3, second.name, second.id_number.lower()),  # lower-case x is fine
        en.FileRow(4, "错名字", third.id_number),  # the name differs
        en.FileRow(5, fourth.name, "2.20102E+17"),  # damaged by Excel
        en.FileRow(6, "查无此人", "220102198503140028"),  # valid, but no such member
        en.FileRow(7, second.name, second.id_number),  # the same person again
    ]
    match = en.match_rows(db, clerk, class_id, file_rows)
    assert match.member_ids == [second.id]
    assert not match.clean
    assert [p.row for p in match.already] == [2]
    assert [(p.row, "姓名" in p.reason or "重复" in p.reason) for p in match.ambiguous] == [(4, True), (7, True)]
    assert [p.row for p in match.unmatched] == [5, 6]
    assert "科学计数法" in match.unmatched[0].reason
    assert "*" in match.ambiguous[0].id_number


def test_enrolment_list_from_a_gbk_csv_and_an_xlsx(db: Database, clerk: Actor, tmp_path: Path) -> None:
    people = members(db)
    class_id = new_class(db, clerk, capacity=10)
    with db.read() as session:
        found = [(m.name, m.id_number) for m in session.execute(select(Member).where(Member.id.in_(people[:3]))
                                                                 .order_by(Member.id)).scalars()]
    csv = tmp_path / "名单.csv"
    lines = ["新能源培训班报名表", "序号,学员姓名,身份证号码,工作单位"]
    lines += [f"{i},{name},{number},某厂" for i, (name, number) in enumerate(found[:2], start=1)]
    lines += ["3,王五,2.20102E+17,某厂", "合计,3人,,"]
    csv.write_bytes("\r\n".join(lines).encode("gb18030"))
    match = en.match_file(db, clerk, class_id, csv)
    assert match.names == [found[0][0], found[1][0]]
    assert [(p.row, "科学计数法" in p.reason) for p in match.unmatched] == [(5, True)]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["姓名", "身份证号"])
    sheet.append([found[2][0], found[2][1]])
    xlsx = tmp_path / "名单.xlsx"
    book.save(xlsx)
    clean = en.match_file(db, clerk, class_id, xlsx)
    assert clean.clean
    assert clean.member_ids == [people[2]]
    en.enrol_members(db, clerk, class_id, clean.member_ids, source=en.SOURCE_FILE)
    assert statuses(db, class_id) == {people[2]: ("已报名", None)}
