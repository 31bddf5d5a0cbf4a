"""What a finalised list prints: numbered, verifiable honour certificates and the 表彰决定 in GB/T 9704 layout."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.helpers.honours import WHEN, YEAR, Office, may_day_list, medal, office, record_prize
from tests.helpers.pdfcheck import page_count, pypdf_text
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry
from unionoffice.domain.common.errors import ConflictError, NotFoundError, ValidationError
from unionoffice.domain.honours.rules import BasisKind, HonourType
from unionoffice.services.certificates.issuing import certificates_of, verify_code
from unionoffice.services.core.context import Actor
from unionoffice.services.honours import documents as hd
from unionoffice.services.honours import granting as gr
from unionoffice.services.honours import listing as hl
from unionoffice.services.honours import register as rg
from unionoffice.services.reporting import lists


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def place(db: Database) -> Office:
    return office(db, 160)


@pytest.fixture
def granted(db: Database, clerk: Actor, place: Office) -> int:
    """A finalised list: two welding winners, one car-repair winner, an innovation, 36 deeds, a unit, and a team that
    won a contest above the district (5 winners of 42: the quota kept)."""
    members = place.members
    list_id = rg.create_list(db, clerk, rg.ListDraft(YEAR))
    prizes = [("示例区第三届职工职业技能大赛焊工赛项一等奖", 1),
              ("示例区第三届职工职业技能大赛汽车维修工赛项一等奖", 2),
              ("示例区第三届职工职业技能大赛焊工赛项二等奖", 3)]
    for member, (title, source_id) in zip(members, prizes, strict=False):
        source = record_prize(db, member, title, source_id)
        rg.add_honour(db, clerk, list_id, medal(member, BasisKind.COMPETITION, source=source))
    rg.add_honour(db, clerk, list_id, medal(members[3], BasisKind.INNOVATION, "焊接机器人离线编程"))
    for member in members[4:40]:
        rg.add_honour(db, clerk, list_id, medal(member))
    rg.add_honour(db, clerk, list_id, rg.HonourDraft(HonourType.MAY_DAY_CERTIFICATE, organisation_id=place.unions[0],
                                                     basis_text="建家工作成效显著"))
    rg.add_honour(db, clerk, list_id, rg.HonourDraft(HonourType.WORKER_PIONEER, organisation_id=place.unions[1],
                                                     team_name="检修一班", basis_kind=BasisKind.COMPETITION,
                                                     basis_text="全省职工职业技能大赛团体一等奖"))
    gr.finalise_list(db, clerk, list_id, WHEN, doc_serial=12)
    return list_id


def test_the_decision_is_a_gbt_9704_document_with_the_honourees_grouped(db: Database, clerk: Actor, granted: int,
                                                                       tmp_path: Path) -> None:
    rows = hl.honour_rows(db, clerk, granted)
    revoked = rows[-1]
    gr.revoke_honour(db, clerk, revoked.id, "重复推荐")
    out = tmp_path / "表彰决定.pdf"
    pages = hd.print_decision(db, clerk, granted, out)
    assert pages == page_count(out) >= 4
    texts = [flat(t) for t in pypdf_text(out)]
    first = texts[0]
    for part in ("示例区总工会文件", "示工发〔2024〕12号", "关于表彰2024年度示例区五一劳动奖和工人先锋号的决定",
                 "各基层工会："):
        assert part in first
    body = "".join(texts[:2])
    assert "授予" in body
    assert "等40名同志“示例区五一劳动奖章”" in body
    assert "“示例区工人先锋号”" not in body  # the revoked team's honour is gone from the decision
    assert "职工和集体4个，占总数41个的9.8%" in body  # and from the figures
    assert "附件：2024年度示例区五一劳动奖和工人先锋号获得者名单" in body
    assert "2024年4月28日" in "".join(texts)
    for number, text in enumerate(texts, start=1):
        assert f"—{number}—" in text  # — N — on every page
    attachment = "".join(texts[2:])
    headings = ["一、示例区五一劳动奖状（1个）", "二、示例区五一劳动奖章（40名）",
                "（一）示例区第三届职工职业技能大赛焊工赛项获奖者",
                "（二）示例区第三届职工职业技能大赛汽车维修工赛项获奖者",
                "（三）技术创新成果获奖者", "（四）其他"]
    positions = [attachment.index(h) for h in headings]
    assert positions == sorted(positions)
    assert "工人先锋号（" not in attachment
    for row in rows[:-1]:
        assert attachment.count(flat(row.name)) >= 1
    assert "抄送" in texts[-1]
    assert "印发" in texts[-1]
    with db.read() as session:
        printed = session.scalars(select(AuditEntry.summary).where(AuditEntry.action == "print")).one()
    assert printed.startswith("打印表彰决定 示工发〔2024〕12号")


def test_a_decision_needs_a_finalised_own_list(db: Database, clerk: Actor, place: Office, tmp_path: Path) -> None:
    draft = may_day_list(db, clerk, place, winners=1, deeds=2)
    with pytest.raises(ConflictError, match="还没有定稿"):
        hd.print_decision(db, clerk, draft, tmp_path / "x.pdf")
    with pytest.raises(NotFoundError, match="草拟中"):
        hd.own_list_of_year(db, clerk, YEAR)
    province = rg.create_list(db, clerk, rg.ListDraft(YEAR, "吉林省五一劳动奖章", "省级", "吉林省总工会", "吉林省",
                                                      own=False))
    rg.add_honour(db, clerk, province, medal(place.members[50]))
    gr.finalise_list(db, clerk, province, WHEN, doc_number="吉工发〔2024〕8号")
    with pytest.raises(ConflictError, match="由授予单位制发"):
        hd.print_decision(db, clerk, province, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    gr.finalise_list(db, clerk, draft, WHEN, doc_serial=1)
    assert hd.own_list_of_year(db, clerk, YEAR) == draft
    second = may_day_list(db, clerk, place, winners=1, deeds=1, skip=20)
    gr.finalise_list(db, clerk, second, WHEN, doc_serial=2)
    with pytest.raises(ValidationError, match="--list"):
        hd.own_list_of_year(db, clerk, YEAR)


def test_certificates_are_numbered_once_verifiable_and_address_collectives_by_name(
        db: Database, clerk: Actor, granted: int, tmp_path: Path) -> None:
    first = hd.issue_list_certificates(db, clerk, granted)
    assert first.new == len(first.certificate_ids) == 42
    again = hd.issue_list_certificates(db, clerk, granted)
    assert (again.new, again.certificate_ids) == (0, first.certificate_ids)
    rows = hl.honour_rows(db, clerk, granted)
    numbers = [r.certificate for r in rows]
    assert numbers[0] == "2024-RY-00001"
    assert len(set(numbers)) == 42
    out = tmp_path / "荣誉证书.pdf"
    hd.print_list_certificates(db, clerk, granted, out)
    pages = [flat(t) for t in pypdf_text(out)]
    assert len(pages) == 42
    unit, person, team = rows[0], rows[1], rows[-1]
    assert f"{flat(unit.name)}：" in pages[0]
    assert "同志" not in pages[0]
    assert "荣获2024年度示例区五一劳动奖状。" in pages[0]
    assert f"{flat(person.name)}同志：" in pages[1]
    assert f"{flat(team.name)}：" in pages[-1]
    assert "荣获2024年度示例区工人先锋号。" in pages[-1]
    cert = certificates_of(db, clerk, hd.SOURCE_TYPE, granted)[1]
    result = verify_code(db, cert.verification_code)
    assert result.genuine
    assert result.kind_name == "荣誉证书"
    assert result.person_name == cert.person_name


def test_certificates_only_for_a_finalised_own_list(db: Database, clerk: Actor, place: Office) -> None:
    draft = may_day_list(db, clerk, place, winners=1, deeds=1)
    with pytest.raises(ConflictError, match="还没有定稿"):
        hd.issue_list_certificates(db, clerk, draft)


def test_the_register_as_a_list_to_print_and_export(db: Database, clerk: Actor, granted: int) -> None:
    document = hd.honours_document(db, clerk, list_id=granted)
    with db.read() as session:
        assert document.count(session) == 42
        rows = list(document.rows(session))
        assert document.filter_text(session) == "2024年度示例区五一劳动奖和工人先锋号"
    assert rows[0][:3] == [1, YEAR, "示例区五一劳动奖状"]
    assert rows[1][9] == "示工发〔2024〕12号"
    assert rows[1][10] == "已授予"
    by_year = hd.honours_document(db, clerk, year=YEAR)
    with db.read() as session:
        assert by_year.count(session) == 42


def test_the_page_s_list_exports_and_prints_through_reporting(db: Database, clerk: Actor, granted: int,
                                                              tmp_path: Path) -> None:
    document = hd.honours_document(db, clerk, list_id=granted)
    exported = lists.export_list(db, clerk, document, tmp_path / "荣誉表彰名单.csv")
    assert exported.rows == 42
    text = (tmp_path / "荣誉表彰名单.csv").read_text(encoding="utf-8-sig")
    assert "示工发〔2024〕12号" in text
    assert "示例区第三届职工职业技能大赛焊工赛项" in text
    lists.print_list(db, clerk, document, tmp_path / "名单.pdf")
    assert "荣誉表彰名单" in pypdf_text(tmp_path / "名单.pdf")[0]
