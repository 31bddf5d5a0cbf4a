"""Finalising: the 10 % quota enforced with its figures, the 文号, members' distinctions; revoking an honour."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.helpers.honours import WHEN, YEAR, Office, may_day_list, medal, office
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry, MemberDistinction
from unionoffice.domain.common.errors import ConflictError, DuplicateError, ValidationError
from unionoffice.domain.honours.rules import BasisKind, HonourType, ListStatus
from unionoffice.domain.members.distinctions import DistinctionKind
from unionoffice.services.certificates.issuing import certificates_of, verify_code
from unionoffice.services.core.context import Actor
from unionoffice.services.honours import documents as hd
from unionoffice.services.honours import granting as gr
from unionoffice.services.honours import listing as hl
from unionoffice.services.honours import register as rg
from unionoffice.services.members.distinctions import distinctions_of, merit_priority


@pytest.fixture
def place(db: Database) -> Office:
    return office(db)


def test_finalising_is_refused_below_ten_percent_with_the_figures(db: Database, clerk: Actor, place: Office) -> None:
    list_id = may_day_list(db, clerk, place, winners=1, deeds=10)
    live = gr.year_quota(db, clerk, YEAR, list_id)
    assert (live.total, live.winners, live.required, live.met) == (11, 1, 2, False)
    with pytest.raises(ValidationError) as refused:
        gr.finalise_list(db, clerk, list_id, WHEN, doc_serial=12)
    message = refused.value.message
    assert "共 11 个" in message
    assert "获奖者 1 个（9.1%）" in message
    assert "至少应有 2 个" in message
    assert "还差 1 个" in message
    assert rg.list_row(db, clerk, list_id).status is ListStatus.DRAFT
    with db.read() as session:
        assert session.scalars(select(MemberDistinction)).first() is None  # nothing granted
    rg.add_honour(db, clerk, list_id, rg.HonourDraft(HonourType.WORKER_PIONEER, organisation_id=place.unions[0],
                                                     team_name="焊接班", basis_kind=BasisKind.COMPETITION,
                                                     basis_text="全省职工职业技能大赛团体一等奖"))
    assert gr.year_quota(db, clerk, YEAR, list_id).met
    result = gr.finalise_list(db, clerk, list_id, WHEN, doc_serial=12)
    assert (result.doc_number, result.granted, result.distinctions) == ("示工发〔2024〕12号", 12, 11)
    assert result.quota is not None
    assert (result.quota.total, result.quota.winners) == (12, 2)


def test_the_quota_counts_the_whole_year_of_this_office_s_finalised_lists(db: Database, clerk: Actor,
                                                                         place: Office) -> None:
    first = may_day_list(db, clerk, place, winners=3, deeds=7)
    gr.finalise_list(db, clerk, first, WHEN, doc_serial=12)
    second = may_day_list(db, clerk, place, deeds=10, skip=10)  # none of them winners: 3 of 20 still keeps 10 %
    assert gr.year_quota(db, clerk, YEAR, second).winners == 3
    gr.finalise_list(db, clerk, second, WHEN, doc_serial=13)
    third = may_day_list(db, clerk, place, deeds=11, skip=20)  # 3 of 31 does not
    with pytest.raises(ValidationError, match="共 31 个"):
        gr.finalise_list(db, clerk, third, WHEN, doc_serial=14)
    other_year = may_day_list(db, clerk, place, deeds=3, winners=1, year=YEAR + 1)
    assert gr.year_quota(db, clerk, YEAR + 1, other_year).total == 4
    # honours recorded from above are not this office's to divide
    province = rg.create_list(db, clerk, rg.ListDraft(YEAR, "吉林省五一劳动奖章", "省级", "吉林省总工会", "吉林省",
                                                      own=False))
    rg.add_honour(db, clerk, province, medal(place.members[40]))
    gr.finalise_list(db, clerk, province, WHEN, doc_number="吉工发〔2024〕8号")
    assert gr.year_quota(db, clerk, YEAR).total == 20


def test_the_share_is_an_office_setting(db: Database, admin: Actor, clerk: Actor, place: Office) -> None:
    list_id = may_day_list(db, clerk, place, winners=1, deeds=8)
    assert gr.year_quota(db, clerk, YEAR, list_id).met
    gr.set_quota_percent(db, admin, 20)
    figures = gr.year_quota(db, clerk, YEAR, list_id)
    assert (figures.percent, figures.required, figures.met) == (20, 2, False)
    with pytest.raises(ValidationError, match="不低于 20%"):
        gr.finalise_list(db, clerk, list_id, WHEN, doc_serial=12)
    with pytest.raises(ValidationError, match="0～100"):
        gr.set_quota_percent(db, admin, 120)


def test_the_document_number_comes_from_the_template_and_is_used_once(db: Database, clerk: Actor,
                                                                      place: Office) -> None:
    first = may_day_list(db, clerk, place, winners=1, deeds=1)
    gr.finalise_list(db, clerk, first, WHEN, doc_serial=7)
    second = may_day_list(db, clerk, place, winners=1, deeds=1, skip=5)
    with pytest.raises(DuplicateError, match="示工发〔2024〕7号"):
        gr.finalise_list(db, clerk, second, WHEN, doc_serial=7)
    province = rg.create_list(db, clerk, rg.ListDraft(YEAR, "吉林省劳动模范", "省级", "吉林省人民政府", "吉林省",
                                                      own=False))
    rg.add_honour(db, clerk, province, rg.HonourDraft(HonourType.MODEL_WORKER, member_id=place.members[30],
                                                      basis_text="省级表彰"))
    with pytest.raises(ValidationError, match="文号"):
        gr.finalise_list(db, clerk, province, WHEN)
    empty = rg.create_list(db, clerk, rg.ListDraft(YEAR, "空名单"))
    with pytest.raises(ValidationError, match="还没有荣誉"):
        gr.finalise_list(db, clerk, empty, WHEN, doc_serial=8)


def test_granted_members_hold_distinctions_and_rank_first_for_recuperation(db: Database, clerk: Actor,
                                                                           place: Office) -> None:
    model_worker, medallist, cadre, nobody = place.members[30:34]
    province = rg.create_list(db, clerk, rg.ListDraft(YEAR, "吉林省劳动模范", "省级", "吉林省人民政府", "吉林省",
                                                      own=False))
    rg.add_honour(db, clerk, province, rg.HonourDraft(HonourType.MODEL_WORKER, member_id=model_worker,
                                                      basis_text="省级表彰"))
    gr.finalise_list(db, clerk, province, WHEN, doc_number="吉政发〔2024〕15号")
    own = rg.create_list(db, clerk, rg.ListDraft(YEAR))
    rg.add_honour(db, clerk, own, medal(medallist, BasisKind.INNOVATION, "数控改造"))
    rg.add_honour(db, clerk, own, rg.HonourDraft(HonourType.UNION_CADRE, member_id=cadre, basis_text="工会工作"))
    rg.add_honour(db, clerk, own, rg.HonourDraft(HonourType.MAY_DAY_CERTIFICATE, organisation_id=place.unions[0],
                                                 basis_text="建家"))
    gr.finalise_list(db, clerk, own, WHEN, doc_serial=12)
    held = distinctions_of(db, clerk, model_worker)
    assert [(d.kind, d.title, d.level, d.granted_on, d.source_type) for d in held] == [
        (DistinctionKind.MODEL_WORKER, "吉林省劳动模范", "省级", WHEN, "honour_award")]
    with db.read() as session:
        ranks = merit_priority(session, [nobody, cadre, medallist, model_worker])
    assert sorted(ranks, key=ranks.__getitem__) == [model_worker, medallist, cadre]
    assert nobody not in ranks


def test_revoking_withdraws_the_distinction_and_the_certificate_in_one_go(db: Database, clerk: Actor,
                                                                          place: Office) -> None:
    list_id = may_day_list(db, clerk, place, winners=1, deeds=9)
    with pytest.raises(ConflictError, match="直接删去"):
        gr.revoke_honour(db, clerk, hl.honour_rows(db, clerk, list_id)[0].id, "弄错了")
    gr.finalise_list(db, clerk, list_id, WHEN, doc_serial=12)
    hd.issue_list_certificates(db, clerk, list_id)
    winner = next(r for r in hl.honour_rows(db, clerk, list_id) if r.basis_kind is BasisKind.INNOVATION)
    assert winner.member_id is not None
    assert distinctions_of(db, clerk, winner.member_id)
    with pytest.raises(ValidationError, match="撤销原因"):
        gr.revoke_honour(db, clerk, winner.id, " ")
    result = gr.revoke_honour(db, clerk, winner.id, "事迹材料不实")
    assert result.certificate == winner.certificate
    assert result.quota is not None
    assert not result.quota.met
    assert distinctions_of(db, clerk, winner.member_id) == []
    row = hl.honour_row(db, clerk, winner.id)
    assert (row.status, row.revoke_reason) == (hl.REVOKED, "事迹材料不实")
    with pytest.raises(ConflictError, match="已于此前撤销"):
        gr.revoke_honour(db, clerk, winner.id, "再撤一次")
    cert = next(c for c in certificates_of(db, clerk, hd.SOURCE_TYPE, list_id) if c.number == winner.certificate)
    assert verify_code(db, cert.verification_code).status == "revoked"
    with db.read() as session:
        summaries = list(session.scalars(select(AuditEntry.summary).order_by(AuditEntry.id.desc()).limit(2)))
    assert summaries[0].startswith("撤销")
    assert summaries[1].startswith("作废证书")


def test_a_list_without_may_day_honours_is_not_held_to_the_share(db: Database, clerk: Actor, place: Office) -> None:
    may_day = may_day_list(db, clerk, place, winners=1, deeds=9)
    gr.finalise_list(db, clerk, may_day, WHEN, doc_serial=12)
    winner = next(r for r in hl.honour_rows(db, clerk, may_day) if r.basis_kind is BasisKind.INNOVATION)
    assert gr.revoke_honour(db, clerk, winner.id, "事迹材料不实").quota is not None
    assert not gr.year_quota(db, clerk, YEAR).met  # the year now falls short …
    union_work = rg.create_list(db, clerk, rg.ListDraft(YEAR, "2024年度示例区优秀工会干部"))
    rg.add_honour(db, clerk, union_work, rg.HonourDraft(HonourType.UNION_CADRE, member_id=place.members[50],
                                                        basis_text="工会工作"))
    result = gr.finalise_list(db, clerk, union_work, WHEN, doc_serial=13)  # … which this list cannot change
    assert result.quota is None
    title, body = hd.default_decision_texts(db, clerk, union_work)
    assert title == "关于表彰2024年度示例区优秀工会干部的决定"
    assert "五一劳动奖和工人先锋号" not in body
