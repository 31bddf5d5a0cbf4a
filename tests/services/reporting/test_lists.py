"""Any list printed or exported: the rows a page shows, masked alike, complete or absent, audited."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.helpers.pdfcheck import page_count, pdftotext
from tests.helpers.people import make_district, member_draft
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry
from unionoffice.domain.common.errors import PermissionDeniedError, ValidationError
from unionoffice.services.core.context import Actor
from unionoffice.services.members.listing import MemberFilter, member_list_document
from unionoffice.services.members.records import create_member
from unionoffice.services.reporting import lists


@pytest.fixture
def members(db: Database, clerk: Actor) -> list[int]:
    union, other = make_district(db)
    return [create_member(db, clerk, member_draft(union if i % 3 else other, seq=2 * i + 1, name=f"张{'伟芳娜'[i % 3]}",
                                                  phone=f"139001390{i:02d}"))
            for i in range(12)]


def test_member_list_exports_what_the_page_shows_masked(db: Database, clerk: Actor, members: list[int],
                                                        tmp_path: Path) -> None:
    union = make_union_of(db, members[1])
    doc = member_list_document(db, clerk, MemberFilter(union_id=union))
    result = lists.export_list(db, clerk, doc, tmp_path / "名单.xlsx")
    sheet = load_workbook(result.path, read_only=True).active
    assert sheet is not None
    values = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    ids = [r[3] for r in values if isinstance(r[3], str) and len(r[3]) == 18]
    assert len(ids) == result.rows == 8
    assert all(i[6:14] == "********" for i in ids)
    with db.read() as session:
        entry = session.execute(select(AuditEntry).where(AuditEntry.action == "export")).scalars().one()
        assert "会员名单" in entry.summary
        assert entry.changes is not None


def test_search_hits_print_as_a_pdf_in_their_order(db: Database, clerk: Actor, members: list[int],
                                                   tmp_path: Path) -> None:
    chosen = [members[5], members[2], members[9]]
    doc = member_list_document(db, clerk, MemberFilter(), ids=chosen)
    result = lists.export_list(db, clerk, doc, tmp_path / "名单.pdf")
    assert result.rows == 3
    assert page_count(result.path) == 1
    text = pdftotext(result.path)
    assert "会员名单" in text
    assert "********" in text


def test_a_viewer_may_not_print_or_export_and_bad_names_are_refused(db: Database, viewer: Actor, clerk: Actor,
                                                                    members: list[int], tmp_path: Path) -> None:
    doc = member_list_document(db, viewer, MemberFilter())
    with pytest.raises(PermissionDeniedError):
        lists.export_list(db, viewer, doc, tmp_path / "x.xlsx")
    with pytest.raises(PermissionDeniedError):
        lists.export_list(db, viewer, doc, tmp_path / "x.pdf")
    with pytest.raises(ValidationError, match=r"\.xlsx"):
        lists.export_list(db, clerk, member_list_document(db, clerk, MemberFilter()), tmp_path / "x.doc")
    assert not list(tmp_path.glob("x.*"))


def test_printing_is_refused_above_the_limit(db: Database, clerk: Actor, members: list[int], tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lists, "MAX_PRINTED_ROWS", 5)
    with pytest.raises(ValidationError, match="打印上限"):
        lists.export_list(db, clerk, member_list_document(db, clerk, MemberFilter()), tmp_path / "x.pdf")


def make_union_of(db: Database, member_id: int) -> int:
    from unionoffice.db.models import Member

    with db.read() as session:
        member = session.get(Member, member_id)
        assert member is not None
        return member.union_id
