"""Completion certificates for a class: who gets one, numbering, re-issuing, printing; rosters and sign-in sheets."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.helpers.training import academy, class_draft, enrolment_ids, members
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry
from unionoffice.domain.common.errors import PermissionDeniedError, ValidationError
from unionoffice.domain.training.rules import Assessment, Mark
from unionoffice.services.core.context import Actor
from unionoffice.services.training import attendance as at
from unionoffice.services.training import classes as tr
from unionoffice.services.training import documents as td
from unionoffice.services.training import enrolment as en


@pytest.fixture
def finished(db: Database, clerk: Actor) -> tuple[int, list[int], dict[int, int], list[int]]:
    """Five trainees; the first three attended everything and passed, the fourth passed but missed too much."""
    people = members(db)
    class_id = tr.create_class(db, clerk, class_draft(academy(db, clerk), capacity=5))
    en.enrol_members(db, clerk, class_id, people[:5])
    ids = enrolment_ids(db, class_id)
    sessions = tr.class_detail(db, clerk, class_id).session_ids
    cells = [(ids[m], s, Mark.PRESENT) for m in people[:3] for s in sessions]
    cells += [(ids[people[3]], s, Mark.ABSENT) for s in sessions]
    at.set_marks(db, clerk, class_id, cells)
    at.set_assessment(db, clerk, class_id, [ids[m] for m in people[:4]], Assessment.PASSED)
    return class_id, people, ids, sessions


def text_of(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_certificates_go_to_those_who_completed_with_consecutive_numbers(db: Database, clerk: Actor,
                                                                        finished: tuple) -> None:
    class_id, people, ids, _sessions = finished
    result = td.issue_class_certificates(db, clerk, class_id)
    assert result.new == 3
    assert len(result.certificates) == 3
    assert result.no_longer_completed == []
    numbers = [c.number for c in result.certificates]
    assert numbers == ["2024-JY-00001", "2024-JY-00002", "2024-JY-00003"]  # year of the class's end date
    assert {c.member_id for c in result.certificates} == set(people[:3])
    assert all(len(c.code) == 11 and c.code[5] == "-" for c in result.certificates)
    trainees = {r.member_id: r.certificate for r in at.class_trainees(db, clerk, class_id)}
    assert {m: trainees[m] for m in people[:4]} == {**{c.member_id: c.number for c in result.certificates},
                                                    people[3]: ""}


def test_reissuing_keeps_numbers_and_numbers_only_newcomers(db: Database, clerk: Actor, reviewer: Actor,
                                                            finished: tuple) -> None:
    class_id, people, ids, _sessions = finished
    first = td.issue_class_certificates(db, clerk, class_id)
    again = td.issue_class_certificates(db, clerk, class_id)
    assert again.new == 0
    assert again.certificates == first.certificates
    at.override_completion(db, reviewer, ids[people[3]], True, "病假期间完成线上补学，经学院审核同意结业")
    third = td.issue_class_certificates(db, clerk, class_id)
    assert third.new == 1
    assert third.certificates[:3] == first.certificates
    assert third.certificates[3].number == "2024-JY-00004"
    assert third.certificates[3].member_id == people[3]
    at.set_assessment(db, clerk, class_id, [ids[people[0]]], Assessment.FAILED)
    held = td.issue_class_certificates(db, clerk, class_id)
    assert held.new == 0
    assert len(held.no_longer_completed) == 1


def test_issuing_needs_the_print_permission_and_certified_enrolments_stay(db: Database, clerk: Actor,
                                                                         viewer: Actor, finished: tuple) -> None:
    class_id, people, ids, _sessions = finished
    with pytest.raises(PermissionDeniedError):
        td.issue_class_certificates(db, viewer, class_id)
    td.issue_class_certificates(db, clerk, class_id)
    with pytest.raises(ValidationError, match="已发结业证书"):
        en.delete_enrolments(db, clerk, class_id, [ids[people[0]]])
    promoted = en.delete_enrolments(db, clerk, class_id, [ids[people[4]]])
    assert promoted == []
    assert people[4] not in en.class_member_statuses(db, clerk, class_id)


def test_batch_pdf_holds_one_page_per_certificate(db: Database, clerk: Actor, tmp_path: Path,
                                                  finished: tuple) -> None:
    class_id, *_rest = finished
    issued = td.issue_class_certificates(db, clerk, class_id)
    out = tmp_path / "结业证书.pdf"
    td.print_class_certificates(db, clerk, class_id, out)
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    first = reader.pages[0].extract_text()
    assert "结业" in first
    assert issued.certificates[0].number in first
    assert issued.certificates[0].name in first
    folder = td.print_class_certificates(db, clerk, class_id, tmp_path / "每人一份", per_person=True)
    assert sorted(p.name for p in folder) == sorted(f"{c.number}_{c.name}.pdf" for c in issued.certificates)


def test_roster_sign_in_sheets_and_summary(db: Database, clerk: Actor, tmp_path: Path, finished: tuple) -> None:
    class_id, people, _ids, sessions = finished
    assert td.print_roster(db, clerk, class_id, tmp_path / "roster.pdf") == 1
    roster = text_of(tmp_path / "roster.pdf")
    assert "学员花名册" in roster
    assert "身份证号" in roster
    assert "********" in roster
    pages = td.print_sign_in_sheets(db, clerk, class_id, tmp_path / "signin.pdf", session_ids=sessions[:2])
    sheet = text_of(tmp_path / "signin.pdf")
    assert pages == 2
    assert sheet.count("签到表") == 2
    assert "本人签名" in sheet
    assert "第 2 课次" in sheet
    td.print_attendance_summary(db, clerk, class_id, tmp_path / "summary.pdf")
    summary = text_of(tmp_path / "summary.pdf")
    assert "考勤汇总表" in summary
    assert "合计" in summary
    assert "未结业" in summary
    with db.read() as session:
        prints = list(session.execute(select(AuditEntry.summary).where(AuditEntry.action == "print")).scalars())
    assert len(prints) == 3
    assert "签到表 2 个课次" in prints[1]
    with pytest.raises(ValidationError, match="课次"):
        td.print_sign_in_sheets(db, clerk, class_id, tmp_path / "none.pdf", session_ids=[-1])


def test_the_certificate_states_the_trainees_own_hours(db: Database, clerk: Actor, tmp_path: Path) -> None:
    """Issue 13: nobody who missed a session reads 完成全部…学时课程 on the certificate."""
    people = members(db)
    class_id = tr.create_class(db, clerk, class_draft(academy(db, clerk), capacity=2))
    en.enrol_members(db, clerk, class_id, people[:2])
    ids = enrolment_ids(db, class_id)
    sessions = tr.class_detail(db, clerk, class_id).session_ids
    cells = [(ids[m], s, Mark.PRESENT) for m in people[:2] for s in sessions]
    cells[len(sessions)] = (ids[people[1]], sessions[0], Mark.ABSENT)  # the second trainee misses 4 of 35 hours
    at.set_marks(db, clerk, class_id, cells)
    at.set_assessment(db, clerk, class_id, [ids[m] for m in people[:2]], Assessment.PASSED)
    result = td.issue_class_certificates(db, clerk, class_id)
    assert result.new == 2
    texts = {}
    for cert in result.certificates:
        target = tmp_path / f"{cert.id}.pdf"
        from unionoffice.services.certificates.issuing import render_certificates

        render_certificates(db, clerk, [cert.id], target)
        texts[cert.member_id] = "".join(text_of(target).split())
    assert "完成全部35学时课程" in texts[people[0]]
    assert "完成全部" not in texts[people[1]]
    assert "应修35学时，实修31学时" in texts[people[1]]
    assert "经考核合格" in texts[people[1]]
