"""Certificates: gap-free numbers in the issuing transaction, verification, 补发, batch printing, templates."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests.helpers.pdfcheck import page_count, pdftotext
from tests.helpers.people import make_district, member_draft
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry, Setting
from unionoffice.db.models.documents import Certificate, CertificateSeries
from unionoffice.documents.templates import DocumentKind, default_template
from unionoffice.domain.common.errors import CancelledError, NotFoundError, PermissionDeniedError, ValidationError
from unionoffice.services.certificates import issuing as cs
from unionoffice.services.certificates import templates as ts
from unionoffice.services.certificates.issuing import CertificateSubject
from unionoffice.services.core.context import Actor
from unionoffice.services.core.tasks import CancelToken
from unionoffice.services.members.records import create_member

DAY = date(2024, 10, 19)
FIELDS = {"赛事名称": "示例区第三届职工职业技能大赛", "赛项": "焊工", "奖项": "一等奖"}
HONOUR = {"年度": "2024", "荣誉称号": "先进"}


def people(*names: str) -> list[CertificateSubject]:
    return [CertificateSubject(name, FIELDS) for name in names]


def course(*names: str) -> list[CertificateSubject]:
    values = {"班级名称": "焊工提升班", "学时": "80", "开始日期": "二〇二四年九月二日",
              "结束日期": "二〇二四年九月十三日", "完成情况": "完成全部80学时课程", "考核情况": "经考核合格"}
    return [CertificateSubject(name, values) for name in names]


def serials(db: Database) -> list[tuple[str, int, str]]:
    with db.read() as session:
        return [(c.kind, c.serial, c.number) for c in session.scalars(select(Certificate).order_by(Certificate.id))]


def audit_rows(db: Database, action: str | None = None) -> list[AuditEntry]:
    with db.read() as session:
        query = select(AuditEntry).where(AuditEntry.entity == "certificate").order_by(AuditEntry.id)
        rows = [r for r in session.scalars(query) if action is None or r.action == action]
        session.expunge_all()
        return rows


def test_numbers_are_consecutive_per_printed_series_and_year(db: Database, clerk: Actor) -> None:
    first = cs.issue_certificates(db, clerk, "award", people("张堃", "李𠇔", "王喆"), None, DAY, "competition", 1)
    second = cs.issue_certificates(db, clerk, "award", people("刘䶮", "陈𠮷祥"), None, DAY, "competition", 1)
    assert [c.number for c in first + second] == [f"2024-JN-{n:05d}" for n in range(1, 6)]
    honour = cs.issue_certificates(db, clerk, DocumentKind.HONOUR, [CertificateSubject("王喆", HONOUR)], None, DAY)
    next_year = cs.issue_certificates(db, clerk, "award", people("张堃"), None, date(2025, 1, 2))
    other_issuer = cs.issue_certificates(db, clerk, "award", people("张堃"), "另一区总工会", DAY)
    assert honour[0].number == "2024-RY-00001"  # each kind has its own sequence
    assert next_year[0].number == "2025-JN-00001"  # and each year starts again
    # The printed number does not name the issuer, so another issuer's name continues the same series
    # instead of printing 2024-JN-00001 a second time (issue 13).
    assert other_issuer[0].serial == 6
    assert other_issuer[0].number == "2024-JN-00006"
    assert other_issuer[0].issuer == "另一区总工会"
    with db.read() as session:
        sequence = session.get(CertificateSeries, "2024-JN-{serial}")
        assert sequence is not None
        assert sequence.last_serial == 6


def test_a_failed_issue_uses_no_number(db: Database, clerk: Actor) -> None:
    cs.issue_certificates(db, clerk, "award", people("张堃"), None, DAY)
    with pytest.raises(ValidationError, match="第2行"):
        cs.issue_certificates(db, clerk, "award", people("李𠇔", "  ", "王喆"), None, DAY)
    with pytest.raises(ValidationError, match="没有任何字体"):
        cs.issue_certificates(db, clerk, "award", people("王\U0010fffd"), None, DAY)
    cs.issue_certificates(db, clerk, "award", people("刘䶮"), None, DAY)
    assert [s for _, s, _ in serials(db)] == [1, 2]  # gap-free: the failed batches gave their numbers back


def test_numbering_rolls_back_with_the_callers_transaction(db: Database, clerk: Actor) -> None:
    """The training module issues inside its own transaction; when that fails, nothing is issued."""
    def issue_then_fail() -> None:
        with db.write() as session:
            cs.issue_in_session(session, clerk, "completion", course("张堃", "王喆"), None, DAY, "training_class", 9)
            raise RuntimeError("marking the class completed failed")

    with pytest.raises(RuntimeError, match="marking the class"):
        issue_then_fail()
    assert serials(db) == []
    issued = cs.issue_certificates(db, clerk, "completion", course("张堃"), None, DAY, "training_class", 9)
    assert issued[0].number == "2024-JY-00001"


def test_every_template_field_needs_a_value(db: Database, clerk: Actor) -> None:
    with pytest.raises(ValidationError, match="王喆 缺少模板字段「赛项」"):
        cs.issue_certificates(db, clerk, "award", [CertificateSubject("张堃", FIELDS),
                                                    CertificateSubject("王喆", {"赛事名称": "大赛", "奖项": "二等奖"})],
                              None, DAY)
    assert serials(db) == []


def test_issue_records_fields_member_and_audit(db: Database, clerk: Actor) -> None:
    union_id = make_district(db, 1)[0]
    member_id = create_member(db, clerk, member_draft(union_id, name="朱恩岐"))
    values: dict[str, str | int | date] = {"班级名称": "焊工提升班", "学时": 80, "开始日期": date(2024, 9, 2),
                                           "结束日期": date(2024, 9, 13), "完成情况": "完成全部80学时课程",
                                           "考核情况": "经考核合格"}
    subject = CertificateSubject("朱恩岐", values, member_id=member_id)
    (cert,) = cs.issue_certificates(db, clerk, "completion", [subject], None, DAY, "training_class", 3)
    assert cert.member_id == member_id
    assert (cert.source_type, cert.source_id) == ("training_class", 3)
    assert json.loads(cert.subject) == {"班级名称": "焊工提升班", "学时": "80", "开始日期": "二〇二四年九月二日",
                                        "结束日期": "二〇二四年九月十三日", "完成情况": "完成全部80学时课程",
                                        "考核情况": "经考核合格"}
    (entry,) = audit_rows(db, "create")
    assert entry.entity_id == str(cert.id)
    assert cert.number in entry.summary
    assert entry.username == "clerk"


def test_permissions(db: Database, viewer: Actor, clerk: Actor, admin: Actor) -> None:
    with pytest.raises(PermissionDeniedError):
        cs.issue_certificates(db, viewer, "award", people("张堃"), None, DAY)
    with pytest.raises(PermissionDeniedError):
        ts.save_template(db, clerk, default_template("award").with_changes(title="奖状"))
    ts.save_template(db, admin, default_template("award").with_changes(title="奖状"))
    with pytest.raises(ValidationError):
        cs.issue_certificates(db, clerk, "roster", people("张堃"), None, DAY)


def test_verification(db: Database, clerk: Actor, db_path: Path) -> None:
    a, b = cs.issue_certificates(db, clerk, "award", people("张堃", "李𠇔"), None, DAY)
    result = cs.verify_code(db, a.verification_code)
    assert result.genuine
    assert (result.number, result.person_name, result.issue_date) == (a.number, "张堃", DAY)
    assert result.kind_name == "获奖证书"
    assert result.issuer == "示例区总工会"
    scanned = cs.verify_code(db, f"UOV:{b.number}:{b.verification_code}")
    assert scanned.genuine
    assert scanned.person_name == "李𠇔"
    assert cs.verify_code(db, f"UOV:{a.number}:{b.verification_code}").status == "unknown"  # code of another
    assert cs.verify_code(db, "ABCDE-12345").status == "unknown"
    assert cs.verify_code(db, "not a code").status == "malformed"
    with db.write() as session:  # someone edits the name in the database behind the program's back
        session.execute(text("UPDATE certificate SET person_name = '张坤' WHERE id = :id"), {"id": a.id})
    assert cs.verify_code(db, a.verification_code).status == "altered"
    cs.revoke(db, clerk, b.id, "姓名录入错误")
    revoked = cs.verify_code(db, b.verification_code)
    assert revoked.status == "revoked"
    assert "姓名录入错误" in revoked.message


def test_the_office_key_is_made_once_and_kept(db: Database, clerk: Actor) -> None:
    with db.read() as session:
        assert session.get(Setting, cs.KEY_SETTING) is None
    cs.issue_certificates(db, clerk, "award", people("张堃"), None, DAY)
    with db.read() as session:
        key = session.get(Setting, cs.KEY_SETTING)
        assert key is not None
        assert len(bytes.fromhex(key.value)) == 32
        first = key.value
    cs.issue_certificates(db, clerk, "award", people("王喆"), None, DAY)
    with db.read() as session:
        key = session.get(Setting, cs.KEY_SETTING)
        assert key is not None
        assert key.value == first


def test_reprint_keeps_number_and_code_and_is_audited_as_bufa(db: Database, clerk: Actor, tmp_path: Path) -> None:
    (cert,) = cs.issue_certificates(db, clerk, "award", people("王喆"), None, DAY)
    paths = cs.render_certificates(db, clerk, [cert.id], tmp_path / "again.pdf", duplicate=True)
    cs.reprint(db, clerk, [cert.id])
    with db.read() as session:
        again = session.get(Certificate, cert.id)
        assert again is not None
        assert (again.number, again.verification_code, again.reprint_count) == (cert.number, cert.verification_code, 2)
    entries = audit_rows(db, "print")
    assert [e.summary for e in entries] == [f"补发证书 {cert.number}（王喆）第 {n} 次" for n in (1, 2)]
    assert json.loads(entries[1].changes or "{}") == {"reprint_count": [1, 2]}
    text_out = "".join(pdftotext(paths[0]).split())
    assert cert.number in text_out
    assert "王喆同志" in text_out
    cs.revoke(db, clerk, cert.id, "重复颁发")
    with pytest.raises(ValidationError, match="作废"):
        cs.reprint(db, clerk, [cert.id])


def test_batch_one_pdf_and_one_file_per_person(db: Database, clerk: Actor, tmp_path: Path) -> None:
    issued = cs.issue_certificates(db, clerk, "award", people("张堃", "李𠇔", "王喆", "刘䶮"), None, DAY,
                                   "competition", 5)
    progress: list[tuple[int, int]] = []
    (single,) = cs.render_source(db, clerk, "competition", 5, tmp_path / "all.pdf",
                                 progress=lambda d, t: progress.append((d, t)))
    assert page_count(single) == 4
    assert progress[-1] == (4, 4)
    folder = cs.render_source(db, clerk, "competition", 5, tmp_path / "each", per_person=True)
    assert sorted(p.name for p in folder) == sorted(f"{c.number}_{c.person_name}.pdf" for c in issued)
    prints = audit_rows(db, "print")
    assert len(prints) == 2
    assert prints[0].summary == "打印获奖证书 4 份：2024-JN-00001 至 2024-JN-00004"
    with db.read() as session:
        assert all(c.last_printed_at is not None for c in session.scalars(select(Certificate)))


def test_cancelled_print_leaves_nothing_and_is_not_audited(db: Database, clerk: Actor, tmp_path: Path) -> None:
    issued = cs.issue_certificates(db, clerk, "honour", [CertificateSubject(f"王{n}", {"年度": "2024",
                                   "荣誉称号": "先进"}) for n in range(6)], None, DAY)
    token = CancelToken()

    def progress(done: int, total: int) -> None:
        if done == 2:
            token.cancel()

    target = tmp_path / "out" / "honours.pdf"
    with pytest.raises(CancelledError):
        cs.render_certificates(db, clerk, [c.id for c in issued], target, progress=progress, cancel=token)
    assert list(target.parent.iterdir()) == []  # neither the PDF nor its .part file
    assert audit_rows(db, "print") == []


def test_printing_mixed_or_missing_certificates_is_refused(db: Database, clerk: Actor, tmp_path: Path) -> None:
    award = cs.issue_certificates(db, clerk, "award", people("张堃"), None, DAY)[0]
    subject = CertificateSubject("王喆", {"年度": "2024", "荣誉称号": "先进"})
    honour = cs.issue_certificates(db, clerk, "honour", [subject], None, DAY)[0]
    with pytest.raises(ValidationError):
        cs.render_certificates(db, clerk, [award.id, honour.id], tmp_path / "x.pdf")
    with pytest.raises(NotFoundError):
        cs.render_certificates(db, clerk, [9999], tmp_path / "x.pdf")
    with pytest.raises(NotFoundError):
        cs.render_source(db, clerk, "competition", 42, tmp_path / "x.pdf")


def test_print_uses_the_saved_template_and_the_issuing_body(db: Database, clerk: Actor, admin: Actor,
                                                           tmp_path: Path) -> None:
    ts.save_template(db, admin, ts.load_template(db, "award").with_changes(title="奖状", issuer="新名称总工会"))
    cert = cs.issue_certificates(db, clerk, "award", people("张堃"), "示例区总工会", DAY)[0]
    (path,) = cs.render_certificates(db, clerk, [cert.id], tmp_path / "x.pdf")
    printed = "".join(pdftotext(path).split())
    assert "奖状" in printed
    assert "示例区总工会" in printed
    assert "新名称总工会" not in printed


def test_templates_saved_audited_and_reset(db: Database, admin: Actor) -> None:
    assert not ts.is_customised(db, "honour")
    changed = ts.load_template(db, "honour").with_changes(title="荣誉证", seal_diameter_mm=40.0)
    ts.save_template(db, admin, changed)
    assert ts.load_template(db, "honour") == changed
    assert ts.saved_kinds(db) == ["honour"]
    ts.save_template(db, admin, changed)  # nothing changed: no second audit entry
    with db.read() as session:
        entries = list(session.scalars(select(AuditEntry).where(AuditEntry.entity == "document_template")))
        assert len(entries) == 1
        assert json.loads(entries[0].changes or "{}")["title"] == ["荣誉证书", "荣誉证"]
    assert ts.reset_template(db, admin, "honour") == default_template("honour")
    assert not ts.is_customised(db, "honour")
