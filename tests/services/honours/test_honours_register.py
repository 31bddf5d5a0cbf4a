"""Drafting honour lists: recipients by honour type, bases resting on recorded prizes, once a year, drafts only."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.helpers.honours import WELDING_PRIZE, WHEN, YEAR, Office, medal, office, record_prize
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry
from unionoffice.domain.common.errors import ConflictError, DuplicateError, NotFoundError, ValidationError
from unionoffice.domain.honours.rules import BasisKind, HonourType, ListStatus, RecipientKind
from unionoffice.services.core.context import Actor
from unionoffice.services.honours import listing as hl
from unionoffice.services.honours import register as rg
from unionoffice.services.honours.granting import finalise_list
from unionoffice.services.honours.recipients import competition_prizes
from unionoffice.services.members.records import delete_members


@pytest.fixture
def place(db: Database) -> Office:
    return office(db)


def test_a_new_list_takes_its_defaults_from_the_office_s_decision_template(db: Database, clerk: Actor) -> None:
    list_id = rg.create_list(db, clerk, rg.ListDraft(YEAR))
    row = rg.list_row(db, clerk, list_id)
    assert (row.name, row.issuer, row.region, row.level, row.own, row.status) == (
        "2024年度示例区五一劳动奖和工人先锋号", "示例区总工会", "示例区", "区县级", True, ListStatus.DRAFT)
    with pytest.raises(ValidationError, match="授予单位"):
        rg.create_list(db, clerk, rg.ListDraft(YEAR, own=False))
    province = rg.create_list(db, clerk, rg.ListDraft(YEAR, "2024年度吉林省劳动模范", "省级", "吉林省人民政府",
                                                      "吉林省", own=False))
    assert [r.id for r in rg.list_rows(db, clerk, YEAR)] == [list_id, province]  # own lists first
    assert rg.years(db, clerk) == [YEAR]


def test_each_honour_type_gets_its_own_kind_of_recipient(db: Database, clerk: Actor, place: Office) -> None:
    list_id = rg.create_list(db, clerk, rg.ListDraft(YEAR))
    union = place.unions[0]
    rg.add_honour(db, clerk, list_id, medal(place.members[0]))
    rg.add_honour(db, clerk, list_id, rg.HonourDraft(HonourType.MAY_DAY_CERTIFICATE, organisation_id=union,
                                                     basis_text="建家工作成效显著"))
    rg.add_honour(db, clerk, list_id, rg.HonourDraft(HonourType.WORKER_PIONEER, organisation_id=union,
                                                     team_name=" 检修  一班 ", basis_text="攻坚克难"))
    rows = hl.honour_rows(db, clerk, list_id)
    assert [r.recipient_kind for r in rows] == [RecipientKind.UNION, RecipientKind.MEMBER, RecipientKind.TEAM]
    unit = rows[0].name
    assert rows[2].name == f"{unit}检修 一班"
    assert rows[2].team_name == "检修 一班"
    assert rows[1].unit  # a person is printed with the place they work
    with pytest.raises(ValidationError, match="会员"):
        rg.add_honour(db, clerk, list_id, rg.HonourDraft(HonourType.MAY_DAY_MEDAL, organisation_id=union,
                                                         basis_text="x"))
    with pytest.raises(ValidationError, match="基层工会"):
        rg.add_honour(db, clerk, list_id, rg.HonourDraft(HonourType.WORKER_PIONEER, member_id=place.members[1],
                                                         team_name="甲班", basis_text="x"))
    with pytest.raises(ValidationError, match="班组名称"):
        rg.add_honour(db, clerk, list_id, rg.HonourDraft(HonourType.WORKER_PIONEER, organisation_id=union,
                                                         basis_text="x"))


def test_a_competition_basis_rests_on_the_member_s_own_recorded_prize(db: Database, clerk: Actor,
                                                                       place: Office) -> None:
    winner, other = place.members[:2]
    source = record_prize(db, winner)
    assert [p.title for p in competition_prizes(db, clerk, winner)] == [WELDING_PRIZE]
    list_id = rg.create_list(db, clerk, rg.ListDraft(YEAR))
    honour_id = rg.add_honour(db, clerk, list_id, medal(winner, BasisKind.COMPETITION, source=source))
    row = hl.honour_row(db, clerk, honour_id)
    assert (row.basis_text, row.basis_event, row.basis_source) == (
        WELDING_PRIZE, "示例区第三届职工职业技能大赛焊工赛项", source)
    with pytest.raises(ValidationError, match="没有这项竞赛获奖记录"):
        rg.add_honour(db, clerk, list_id, medal(other, BasisKind.COMPETITION, source=source))
    with pytest.raises(ValidationError, match="只有个人的竞赛获奖依据"):
        rg.add_honour(db, clerk, list_id, medal(other, BasisKind.DEED, source=source))
    national = "第八届全国职工职业技能大赛焊工赛项优秀奖"
    typed = rg.add_honour(db, clerk, list_id, medal(other, BasisKind.COMPETITION, national))
    assert hl.honour_row(db, clerk, typed).basis_event == "第八届全国职工职业技能大赛焊工赛项"
    with pytest.raises(ValidationError, match="技术创新成果"):
        rg.add_honour(db, clerk, list_id, medal(place.members[2], BasisKind.INNOVATION, "  "))


def test_the_same_honour_goes_to_a_recipient_once_a_year(db: Database, clerk: Actor, place: Office) -> None:
    member = place.members[0]
    first = rg.create_list(db, clerk, rg.ListDraft(YEAR))
    second = rg.create_list(db, clerk, rg.ListDraft(YEAR, "2024年度示例区第二批五一劳动奖章"))
    rg.add_honour(db, clerk, first, medal(member))
    with pytest.raises(DuplicateError, match="同一荣誉一年只授予一次"):
        rg.add_honour(db, clerk, second, medal(member))
    rg.add_honour(db, clerk, second, rg.HonourDraft(HonourType.UNION_CADRE, member_id=member, basis_text="工会工作"))
    later = rg.create_list(db, clerk, rg.ListDraft(YEAR - 1, "2023年度示例区五一劳动奖章"))
    rg.add_honour(db, clerk, later, medal(member))
    with pytest.raises(DuplicateError, match="同一荣誉一年只授予一次"):  # moved into 2024, it would give it twice
        rg.update_list(db, clerk, later, rg.ListDraft(YEAR, "2024年度示例区五一劳动奖章"))
    province = rg.create_list(db, clerk, rg.ListDraft(YEAR, "吉林省五一劳动奖章", "省级", "吉林省总工会", "吉林省",
                                                      own=False))
    rg.add_honour(db, clerk, province, medal(member))  # the province's medal is another honour
    next_year = rg.create_list(db, clerk, rg.ListDraft(YEAR + 1))
    rg.add_honour(db, clerk, next_year, medal(member))


def test_drafts_change_and_finalised_lists_do_not(db: Database, clerk: Actor, place: Office) -> None:
    list_id = rg.create_list(db, clerk, rg.ListDraft(YEAR))
    honour_id = rg.add_honour(db, clerk, list_id, medal(place.members[0]))
    gone = rg.add_honour(db, clerk, list_id, medal(place.members[1]))
    rg.update_honour(db, clerk, honour_id, medal(place.members[0], BasisKind.INNOVATION, "带领班组攻关"))
    assert rg.remove_honours(db, clerk, [gone]) == 1
    rg.update_list(db, clerk, list_id, rg.ListDraft(YEAR, "2024年度示例区五一劳动奖章",
                                                    decision_body=" 第一段 \n\n 第二段 "))
    assert rg.list_draft(db, clerk, list_id).decision_body == "第一段\n第二段"
    assert [r.basis_text for r in hl.honour_rows(db, clerk, list_id)] == ["带领班组攻关"]
    with pytest.raises(ValidationError, match="发文序号"):
        finalise_list(db, clerk, list_id, WHEN)
    finalise_list(db, clerk, list_id, WHEN, doc_serial=3)
    for change in (lambda: rg.add_honour(db, clerk, list_id, medal(place.members[2])),
                   lambda: rg.update_honour(db, clerk, honour_id, medal(place.members[0])),
                   lambda: rg.remove_honours(db, clerk, [honour_id]),
                   lambda: rg.update_list(db, clerk, list_id, rg.ListDraft(YEAR)),
                   lambda: rg.delete_list(db, clerk, list_id)):
        with pytest.raises(ConflictError, match="已定稿"):
            change()


def test_deleting_a_draft_list_takes_its_honours_and_is_audited(db: Database, clerk: Actor, place: Office) -> None:
    list_id = rg.create_list(db, clerk, rg.ListDraft(YEAR))
    rg.add_honour(db, clerk, list_id, medal(place.members[0]))
    assert rg.delete_list(db, clerk, list_id) == 1
    with pytest.raises(NotFoundError):
        hl.honour_rows(db, clerk, list_id)
    with db.read() as session:
        summaries = list(session.scalars(select(AuditEntry.summary).where(AuditEntry.entity.in_(
            ["honour", "honour_list"])).order_by(AuditEntry.id)))
    assert summaries[0].startswith("新建表彰名单")
    assert "拟授予" in summaries[1]
    assert "删除草拟的表彰名单" in summaries[2]


def test_a_deleted_member_cannot_be_honoured_and_the_tab_lists_a_member_s_honours(db: Database, clerk: Actor,
                                                                                 place: Office) -> None:
    list_id = rg.create_list(db, clerk, rg.ListDraft(YEAR))
    rg.add_honour(db, clerk, list_id, medal(place.members[0]))
    rows = hl.member_honours(db, clerk, place.members[0])
    assert [(r.year, r.honour, r.status) for r in rows] == [(YEAR, "示例区五一劳动奖章", "草拟")]
    delete_members(db, clerk, [place.members[1]])
    with pytest.raises(ValidationError, match="已删除的会员不能授予"):
        rg.add_honour(db, clerk, list_id, medal(place.members[1]))
