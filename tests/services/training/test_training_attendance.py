"""Attendance marks, hours credited, the completion rule and its override, statistics, ledger and history."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.helpers.training import academy, class_draft, enrolment_ids, members
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry
from unionoffice.domain.common.errors import NotFoundError, PermissionDeniedError, ValidationError
from unionoffice.domain.training.rules import Assessment, CompletionRule, Mark
from unionoffice.services.core.context import Actor
from unionoffice.services.reporting import lists
from unionoffice.services.training import attendance as at
from unionoffice.services.training import classes as tr
from unionoffice.services.training import enrolment as en
from unionoffice.services.training import statistics as st


@pytest.fixture
def setup(db: Database, clerk: Actor) -> tuple[int, list[int], dict[int, int], list[int]]:
    """A class of 9 sessions (35 学时: 4+4+4+4, 4+4+4+4, 3) with four trainees and one on the waiting list."""
    people = members(db)
    class_id = tr.create_class(db, clerk, class_draft(academy(db, clerk), capacity=4))
    en.enrol_members(db, clerk, class_id, people[:5])
    return class_id, people, enrolment_ids(db, class_id), tr.class_detail(db, clerk, class_id).session_ids


def mark_all(db: Database, actor: Actor, enrolment_id: int, sessions: list[int], mark: Mark = Mark.PRESENT) -> None:
    at.set_marks(db, actor, _class_of(db, enrolment_id), [(enrolment_id, s, mark) for s in sessions])


def _class_of(db: Database, enrolment_id: int) -> int:
    from unionoffice.db.models.training import Enrolment

    with db.read() as session:
        return session.execute(select(Enrolment.class_id).where(Enrolment.id == enrolment_id)).scalar_one()


def test_grid_holds_enrolled_trainees_by_sessions(db: Database, clerk: Actor, setup: tuple) -> None:
    class_id, people, ids, sessions = setup
    at.set_mark(db, clerk, ids[people[0]], sessions[0], Mark.PRESENT)
    at.set_mark(db, clerk, ids[people[0]], sessions[1], Mark.LATE)
    grid = at.load_grid(db, clerk, class_id)
    assert len(grid.enrolment_ids) == 4
    assert len(grid.sessions) == 9
    assert grid.total_tenths == 350
    assert ids[people[4]] not in grid.enrolment_ids  # the waiting list is not on the grid
    row = grid.enrolment_ids.index(ids[people[0]])
    assert [grid.mark(row, c) for c in range(3)] == [Mark.PRESENT, Mark.LATE, None]
    assert grid.credited(row) == 80
    at.set_mark(db, clerk, ids[people[0]], sessions[1], None)  # blank again
    assert at.load_grid(db, clerk, class_id).mark(row, 1) is None


def test_marks_are_refused_for_other_classes_and_the_waiting_list(db: Database, clerk: Actor, viewer: Actor,
                                                                  setup: tuple) -> None:
    class_id, people, ids, sessions = setup
    with pytest.raises(ValidationError, match="候补"):
        at.set_mark(db, clerk, ids[people[4]], sessions[0], Mark.PRESENT)
    other = tr.create_class(db, clerk, class_draft(academy(db, clerk, "吉林省新材料工匠学院", "新材料")))
    foreign = tr.class_detail(db, clerk, other).session_ids[0]
    with pytest.raises(NotFoundError):
        at.set_mark(db, clerk, ids[people[0]], foreign, Mark.PRESENT)
    with pytest.raises(NotFoundError):
        at.set_marks(db, clerk, class_id, [(ids[people[0]], foreign, Mark.PRESENT)])
    with pytest.raises(PermissionDeniedError):
        at.set_mark(db, viewer, ids[people[0]], sessions[0], Mark.PRESENT)


def test_completion_needs_eighty_percent_of_hours_and_a_pass(db: Database, clerk: Actor, setup: tuple) -> None:
    class_id, people, ids, sessions = setup
    full, short, late = ids[people[0]], ids[people[1]], ids[people[2]]
    mark_all(db, clerk, full, sessions)
    at.set_marks(db, clerk, class_id, [(short, s, Mark.PRESENT) for s in sessions[2:]]
                 + [(short, sessions[0], Mark.EXCUSED), (short, sessions[1], Mark.ABSENT)])  # 27/35 学时
    at.set_marks(db, clerk, class_id, [(late, s, Mark.LATE) for s in sessions])
    at.set_assessment(db, clerk, class_id, [full, short, late], Assessment.PASSED, 90)
    rows = {r.enrolment_id: r for r in at.class_trainees(db, clerk, class_id)}
    assert rows[full].completion
    assert rows[full].completion.completed
    assert rows[full].credited_tenths == 350
    assert rows[short].completion
    assert not rows[short].completion.completed
    assert rows[short].credited_tenths == 270
    assert "不足 80%" in rows[short].completion.reason
    assert rows[late].completion
    assert rows[late].completion.completed
    assert rows[ids[people[4]]].status == "候补"
    assert rows[ids[people[4]]].completion is None
    at.set_assessment(db, clerk, class_id, [full], Assessment.FAILED, 40)
    assert not at.class_trainees(db, clerk, class_id)[0].completion.completed  # type: ignore[union-attr]


def test_half_credit_for_late_arrivals_is_set_on_the_class(db: Database, clerk: Actor, setup: tuple) -> None:
    class_id, people, ids, sessions = setup
    detail = tr.class_detail(db, clerk, class_id)
    draft = class_draft(detail.draft.academy_id, capacity=4, modules=detail.draft.modules,
                        sessions=detail.draft.sessions, rule=CompletionRule(80, False, 50))
    tr.update_class(db, clerk, class_id, draft)
    at.set_marks(db, clerk, class_id, [(ids[people[0]], s, Mark.LATE) for s in sessions])
    grid = at.load_grid(db, clerk, class_id)
    row = grid.enrolment_ids.index(ids[people[0]])
    assert grid.credited(row) == 175
    assert not grid.completion(row).completed
    trainee = next(r for r in at.class_trainees(db, clerk, class_id) if r.enrolment_id == ids[people[0]])
    assert trainee.credited_tenths == 175  # the SQL path credits exactly as the grid does


def test_reviewer_overrides_with_a_reason_and_can_return_to_the_rule(db: Database, clerk: Actor, reviewer: Actor,
                                                                     setup: tuple) -> None:
    class_id, people, ids, sessions = setup
    target = ids[people[3]]
    with pytest.raises(PermissionDeniedError):
        at.override_completion(db, clerk, target, True, "补课合格")
    with pytest.raises(ValidationError, match="改判理由"):
        at.override_completion(db, reviewer, target, True, "  ")
    at.override_completion(db, reviewer, target, True, "因公出差缺课，已补课并经考核合格")
    row = next(r for r in at.class_trainees(db, clerk, class_id) if r.enrolment_id == target)
    assert row.completion
    assert row.completion.completed
    assert row.completion.overridden
    assert not row.completion.computed
    assert row.override_by == "reviewer"
    assert row.override_reason.startswith("因公出差")
    grid = at.load_grid(db, clerk, class_id)
    assert grid.completion(grid.enrolment_ids.index(target)).label == "结业（改判）"
    at.override_completion(db, reviewer, target, None, "")
    row = next(r for r in at.class_trainees(db, clerk, class_id) if r.enrolment_id == target)
    assert row.completion
    assert not row.completion.completed
    assert row.override_reason == ""
    with db.read() as session:
        audit = list(session.execute(select(AuditEntry.summary).where(AuditEntry.username == "reviewer")).scalars())
    assert len(audit) == 2
    assert "改判为结业" in audit[0]
    assert "取消改判" in audit[1]


def test_every_mark_is_audited(db: Database, clerk: Actor, setup: tuple) -> None:
    class_id, people, ids, sessions = setup
    at.set_mark(db, clerk, ids[people[0]], sessions[0], Mark.PRESENT)
    at.set_mark(db, clerk, ids[people[0]], sessions[0], Mark.PRESENT)  # unchanged: nothing written
    at.set_mark(db, clerk, ids[people[0]], sessions[0], Mark.ABSENT)
    with db.read() as session:
        entries = list(session.execute(select(AuditEntry.changes).where(AuditEntry.entity == "training_attendance")
                                       .order_by(AuditEntry.id)).scalars())
    assert entries == ['{"mark": [null, "P"]}', '{"mark": ["P", "A"]}']


def test_statistics_ledger_and_member_history(db: Database, clerk: Actor, tmp_path: Path, setup: tuple) -> None:
    class_id, people, ids, sessions = setup
    second = tr.create_class(db, clerk, class_draft(academy(db, clerk, "吉林省新材料工匠学院", "新材料"), capacity=10,
                                                    name="碳纤维原丝生产工艺培训班"))
    en.enrol_members(db, clerk, second, people[:2])
    second_ids = enrolment_ids(db, second)
    second_sessions = tr.class_detail(db, clerk, second).session_ids
    mark_all(db, clerk, ids[people[0]], sessions)
    mark_all(db, clerk, second_ids[people[0]], second_sessions)
    at.set_assessment(db, clerk, class_id, [ids[people[0]]], Assessment.PASSED)
    at.set_assessment(db, clerk, second, [second_ids[people[0]]], Assessment.PASSED)

    by_academy = st.training_statistics(db, clerk, year=2024, group_by=st.GroupBy.ACADEMY)
    assert [(r.label, r.classes, r.person_times, r.persons, r.course_tenths, r.trainee_tenths, r.completions)
            for r in by_academy.rows] == [("吉林省新能源工匠学院", 1, 4, 4, 350, 350, 1),
                                          ("吉林省新材料工匠学院", 1, 2, 2, 350, 350, 1)]
    total = by_academy.total
    assert (total.classes, total.person_times, total.persons, total.completions) == (2, 6, 4, 2)  # persons once
    by_sector = st.training_statistics(db, clerk, year=2024, group_by=st.GroupBy.SECTOR)
    assert [r.label for r in by_sector.rows] == ["新能源", "新材料"]
    assert st.training_statistics(db, clerk, year=2023, group_by=st.GroupBy.YEAR).rows == []

    out = st.export_statistics(db, clerk, by_sector, tmp_path / "培训统计.xlsx")
    sheet = load_workbook(out).active
    assert sheet is not None
    assert sheet["A1"].value == "长春市南关区总工会2024年职工培训情况统计表（按产业方向）"
    assert [c.value for c in sheet[4]][:3] == ["产业方向", "培训班（个）", "培训人次"]
    assert [c.value for c in sheet[5]] == ["新能源", 1, 4, 4, 35, 35, 1]
    assert [c.value for c in sheet[7]] == ["合计", 2, 6, 4, 70, 70, 2]  # persons counted once, not summed
    with db.read() as session:
        exported = session.execute(select(AuditEntry.summary).where(AuditEntry.action == "export")).scalar_one()
    assert "培训情况统计表" in exported

    ledger = st.hours_ledger(db, clerk, 2024)
    assert (ledger[0].member_id, ledger[0].classes, ledger[0].hours, ledger[0].completions) == (people[0], 2, "70", 2)
    assert "*" in ledger[0].id_number
    assert len(ledger) == 4
    printed = lists.export_list(db, clerk, st.hours_ledger_document(db, clerk, 2024), tmp_path / "台账.xlsx")
    sheet = load_workbook(printed.path, read_only=True).active
    assert sheet is not None
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0][0] == "2024年职工培训学时台账"
    assert rows[4][1:7] == [ledger[0].name, ledger[0].id_number, ledger[0].unit, 2, 70, 2]
    assert rows[-1][0] == "合计"
    assert printed.rows == 4

    history = st.member_training(db, clerk, people[0])
    assert {h.class_name for h in history} == {"风电场升压站设备巡视及维护培训班", "碳纤维原丝生产工艺培训班"}
    assert all(h.completion == "结业" and h.credited_tenths == 350 for h in history)
    assert st.member_training(db, clerk, people[4])[0].status == "候补"
    assert date(2024, 9, 2) == history[0].start_date
