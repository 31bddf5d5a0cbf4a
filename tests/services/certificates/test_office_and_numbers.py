"""Office settings on documents, numbers unique for ever whatever is renamed, 补发 on the page."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from tests.helpers.office import office_settings, scanned_seal, set_office
from tests.helpers.pdfcheck import pdftotext
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry
from unionoffice.db.models.documents import Certificate
from unionoffice.documents.images import image_bytes
from unionoffice.domain.common.errors import PermissionDeniedError, ValidationError
from unionoffice.services.certificates import issuing as cs
from unionoffice.services.certificates import office as of
from unionoffice.services.certificates.issuing import CertificateSubject
from unionoffice.services.certificates.verifying import verify_code
from unionoffice.services.core.context import Actor

DAY = date(2024, 10, 19)
HONOUR = {"年度": "2024", "荣誉称号": "优秀工会积极分子"}


def honour(*names: str) -> list[CertificateSubject]:
    return [CertificateSubject(name, HONOUR) for name in names]


def all_numbers(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(Certificate.number).order_by(Certificate.id)))


def test_real_documents_are_refused_while_only_the_specimen_seal_exists(db: Database, clerk: Actor) -> None:
    set_office(db, seal="")
    with pytest.raises(ValidationError, match="印章尚未导入"):
        cs.issue_certificates(db, clerk, "honour", honour("张堃"), None, DAY)
    assert all_numbers(db) == []
    set_office(db)
    assert cs.issue_certificates(db, clerk, "honour", honour("张堃"), None, DAY)[0].number == "2024-RY-00001"


def test_renaming_the_office_never_prints_a_number_twice(db: Database, clerk: Actor, tmp_path: Path) -> None:
    (first,) = cs.issue_certificates(db, clerk, "honour", honour("张堃"), None, DAY)
    set_office(db, name="示例市示例区总工会")
    (second,) = cs.issue_certificates(db, clerk, "honour", honour("王喆"), None, DAY)
    assert (first.number, second.number) == ("2024-RY-00001", "2024-RY-00002")
    assert (first.issuer, second.issuer) == ("示例区总工会", "示例市示例区总工会")
    cs.render_certificates(db, clerk, [second.id], tmp_path / "b.pdf")
    assert "示例市示例区总工会" in pdftotext(tmp_path / "b.pdf")


def test_the_database_refuses_a_printed_number_twice(db: Database, clerk: Actor) -> None:
    (cert,) = cs.issue_certificates(db, clerk, "honour", honour("张堃"), None, DAY)
    with pytest.raises(IntegrityError), db.write() as session:
        session.add(Certificate(number=cert.number, series="other-{serial}", kind="award", issuer="另一单位",
                                year=2024, serial=1, person_name="李四", subject="{}", issue_date=DAY,
                                verification_code="0000000000", reprint_count=0))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.one_of(st.tuples(st.just("issue"), st.integers(1, 4), st.sampled_from(["honour", "award"])),
                                st.tuples(st.just("reissue"), st.integers(0, 50), st.just("")),
                                st.tuples(st.just("rename"), st.integers(0, 3), st.just(""))),
                      min_size=1, max_size=8))
def test_no_interleaving_of_issues_reissues_and_renames_repeats_a_number(
        db: Database, clerk: Actor, tmp_path: Path, steps: list[tuple[str, int, str]]) -> None:
    fields = {"honour": HONOUR, "award": {"赛事名称": "大赛", "赛项": "焊工", "奖项": "一等奖"}}
    for step, value, kind in steps:
        if step == "issue":
            people = [CertificateSubject(f"张{i}", fields[kind]) for i in range(value)]
            cs.issue_certificates(db, clerk, kind, people, None, DAY)
        elif step == "rename":
            set_office(db, name=f"示例区总工会{'一二三四'[value]}")
        else:
            with db.read() as session:
                ids = list(session.scalars(select(Certificate.id).order_by(Certificate.id)))
            if ids:
                cs.reissue_certificates(db, clerk, [ids[value % len(ids)]], tmp_path / "again.pdf", on=DAY)
        numbers = all_numbers(db)
        assert len(numbers) == len(set(numbers))


def test_reissue_is_marked_on_the_page_keeps_number_and_code_and_shows_in_verify(
        db: Database, clerk: Actor, tmp_path: Path) -> None:
    (cert,) = cs.issue_certificates(db, clerk, "honour", honour("刘䶮"), None, DAY)
    paths = cs.reissue_certificates(db, clerk, [cert.id], tmp_path / "bufa.pdf", on=date(2025, 3, 1))
    text = pdftotext(paths[0])
    assert "补发" in text
    assert "二〇二五年三月一日" in text
    assert cert.number in text
    result = verify_code(db, cert.verification_code)
    assert result.genuine
    assert (result.number, result.reprint_count, result.reissued_on) == (cert.number, 1, date(2025, 3, 1))
    original = tmp_path / "original.pdf"
    cs.render_certificates(db, clerk, [cert.id], original)
    assert "补发" in pdftotext(original)  # once reissued, every later print says so
    with db.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "print")).all()
        assert any("补发证书" in e.summary for e in entries)


def test_a_scanned_seal_gets_a_transparent_background(db: Database) -> None:
    for kind in ("PNG", "JPEG", "BMP"):
        ref = of.seal_ref_from_scan(scanned_seal(kind))
        image = Image.open(io.BytesIO(image_bytes(ref))).convert("RGBA")
        assert image.getpixel((0, 0))[3] == 0, kind  # paper in the corner
        width, height = image.size
        red = image.getpixel((width // 2, height // 2))
        assert red[3] > 200, (kind, red)
        assert red[0] > 150, (kind, red)
    with pytest.raises(ValidationError, match="印章"):
        of.seal_ref_from_scan(b"not an image")


def test_office_settings_need_the_permission_and_are_audited(db: Database, clerk: Actor, admin: Actor) -> None:
    with pytest.raises(PermissionDeniedError):
        of.save_office(db, clerk, office_settings(name="别的名字"))
    of.save_office(db, admin, office_settings(name="示例区总工会", head="李华", verify_url="https://zgh.example.cn/cx"))
    office = of.load_office(db)
    assert (office.head, office.verify_url) == ("李华", "https://zgh.example.cn/cx")
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "setting")).one()
        changes = json.loads(entry.changes or "{}")
        assert set(changes) == {"head", "verify_url"}
    with pytest.raises(ValidationError, match="http"):
        of.save_office(db, admin, office_settings(verify_url="zgh.example.cn"))
    with pytest.raises(ValidationError, match="单位名称"):
        of.save_office(db, admin, office_settings(name="  "))
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.entity == "setting")) == 1
