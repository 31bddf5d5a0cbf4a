"""Hardship files, child data by role, recuperation, loans, a member's aid history, the purge guard."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date

import pytest

from tests.helpers.aid import ADMIN, CLERK, REVIEWER, VIEWER, YEAR, AidWorld, bring_to, child_id, golden_draft
from unionoffice.domain.aid.kinds import ApplicationState as S
from unionoffice.domain.aid.kinds import CloseReason
from unionoffice.domain.aid.workflow import Step
from unionoffice.domain.common.errors import PermissionDeniedError, ValidationError
from unionoffice.domain.members.distinctions import DistinctionKind
from unionoffice.services.aid import applications as ap
from unionoffice.services.aid import hardship_files as hf
from unionoffice.services.aid import loans as ln
from unionoffice.services.aid import recuperation as rc
from unionoffice.services.aid import workflow as wf
from unionoffice.services.aid.listing import ApplicationFilter, application_list_document, application_page
from unionoffice.services.aid.member_aid import member_aid
from unionoffice.services.members import purge
from unionoffice.services.members.distinctions import record_distinction
from unionoffice.services.members.records import delete_members

HIDDEN = "*" * 18


def _file(world: AidWorld, parent: int = 0, income: int = 300_000, **kw: object) -> int:
    spouse = hf.HouseholdPerson("王小丽", "配偶", health="慢性病")
    draft = hf.FileDraft(world.parents[parent], YEAR, income, 50_000, 2, "因病", ("失业",),
                         bank_card="6217000012345678", household=(spouse,), **kw)  # type: ignore[arg-type]
    return hf.create_file(world.db, CLERK, draft, today=date(2024, 3, 1))


def test_a_file_is_judged_filed_rechecked_and_closed(world: AidWorld) -> None:
    file_id = _file(world)  # (3,000 − 500) / 2 = ¥1,250 ≤ 低保 ¥1,255: deep hardship
    detail = hf.file_detail(world.db, VIEWER, file_id)
    assert detail.row.category == "深度困难"
    assert "不高于2024年低保 1,255.00 元" in detail.category_reason
    assert detail.draft.bank_card.endswith("5678")
    assert "*" in detail.draft.bank_card
    assert detail.draft.household[0].name == "王小丽"
    with pytest.raises(PermissionDeniedError):
        hf.approve_file(world.db, CLERK, file_id)
    hf.approve_file(world.db, REVIEWER, file_id, on=date(2023, 3, 1))
    due = hf.list_files(world.db, VIEWER, hf.FileQuery.RECHECK_DUE, today=date(2024, 6, 1))
    assert [r.id for r in due] == [file_id]
    assert [r.id for r in hf.list_files(world.db, VIEWER, hf.FileQuery.NEVER_AIDED)] == [file_id]
    category = hf.recheck_file(world.db, CLERK, file_id, replace(detail.draft, household_income_fen=400_000),
                               on=date(2024, 6, 1))
    assert category == "相对困难"  # (4,000 − 500) / 2 = ¥1,750: above 低保, under the relative line ¥1,882.50
    assert hf.list_files(world.db, VIEWER, hf.FileQuery.RECHECK_DUE, today=date(2024, 6, 2)) == []
    with pytest.raises(ValidationError, match="撤档原因"):
        hf.close_file(world.db, CLERK, file_id, CloseReason.RECOVERED, "")
    hf.close_file(world.db, CLERK, file_id, CloseReason.RECOVERED, "再就业，收入超过标准")
    assert [r.id for r in hf.list_files(world.db, VIEWER, hf.FileQuery.RECOVERED)] == [file_id]
    with pytest.raises(ValidationError, match="已撤档"):
        hf.update_file(world.db, CLERK, file_id, detail.draft)


def test_a_file_above_every_line_cannot_be_filed(world: AidWorld) -> None:
    file_id = _file(world, income=900_000)
    assert hf.file_detail(world.db, VIEWER, file_id).row.category == ""
    with pytest.raises(ValidationError, match="不符合建档条件"):
        hf.approve_file(world.db, REVIEWER, file_id)
    with pytest.raises(ValidationError, match="已有困难职工档案"):
        _file(world)


def test_a_year_without_a_standard_is_refused(world: AidWorld) -> None:
    with pytest.raises(ValidationError, match="2031 年的低保标准"):
        hf.create_file(world.db, CLERK, hf.FileDraft(world.parents[0], 2031, 1, 0, 1, "因病"))


def test_the_category_of_the_approval_date_stays_with_the_payment(world: AidWorld) -> None:
    """docs/domain.md (f) 8: a category change or 撤档 during the year leaves approved aid as it was."""
    file_id = _file(world)
    hf.approve_file(world.db, REVIEWER, file_id)
    app = ap.create_application(world.db, CLERK, ap.ApplicationDraft(world.hardship, world.parents[0],
                                                                      aid_type="生活救助", amount_asked_fen=200_000))
    bring_to(world.db, [app], S.APPROVED)
    hf.close_file(world.db, CLERK, file_id, CloseReason.RECOVERED, "再就业")
    assert ap.application_detail(world.db, VIEWER, app).category == "深度困难"
    history = member_aid(world.db, VIEWER, world.parents[0])
    assert history.file_status == "撤档"
    assert [(h.kind, h.amount_fen) for h in history.history] == [("生活救助", 200_000)]


def test_child_data_only_for_those_who_may_see_it(world: AidWorld) -> None:
    app = ap.create_application(world.db, CLERK, golden_draft(world, 0, 123))
    flt = ApplicationFilter(world.golden)
    for actor in (ADMIN, VIEWER):
        row = application_page(world.db, actor, flt, 0, 10)[0]
        assert (row.child_id_number, row.school) == (HIDDEN, "***")
        detail = ap.application_detail(world.db, actor, app)
        assert (detail.draft.child_id_number, detail.draft.school) == (HIDDEN, "***")
        with pytest.raises(PermissionDeniedError):
            ap.attachment_content(world.db, actor, 1)
    for actor in (CLERK, REVIEWER):
        row = application_page(world.db, actor, flt, 0, 10)[0]
        assert row.child_id_number == child_id(123)[:6] + "********" + child_id(123)[-4:]
        assert ap.application_detail(world.db, actor, app).draft.child_id_number == child_id(123)
    document = application_list_document(world.db, VIEWER, flt)
    with world.db.read() as session:
        exported = list(document.rows(session))
    assert exported[0][8] == HIDDEN
    assert exported[0][9] == "***"


def test_editing_before_the_first_review_only(world: AidWorld) -> None:
    app = ap.create_application(world.db, CLERK, golden_draft(world, 0, 124))
    draft = ap.application_detail(world.db, CLERK, app).draft
    ap.update_application(world.db, CLERK, app, replace(draft, reason="家庭困难", bank_card="6222000011112222"))
    changed = ap.application_detail(world.db, CLERK, app)
    assert (changed.draft.reason, changed.draft.child_id_number) == ("家庭困难", child_id(124))
    with pytest.raises(ValidationError, match="子女身份证号"):
        ap.update_application(world.db, CLERK, app, replace(draft, child_id_number="220102200609014320"))
    bring_to(world.db, [app], S.FIRST_REVIEWED)
    with pytest.raises(ValidationError, match="不能再修改"):
        ap.update_application(world.db, CLERK, app, draft)


def test_attachments_keep_their_hash(world: AidWorld) -> None:
    app = ap.create_application(world.db, CLERK, golden_draft(world, 0, 125))
    att = ap.add_attachment(world.db, CLERK, app, "录取通知书", "通知书.jpg", b"\xff\xd8proof")
    assert ap.attachment_content(world.db, REVIEWER, att) == ("通知书.jpg", b"\xff\xd8proof")
    stored = ap.application_detail(world.db, VIEWER, app).attachments[0]
    assert stored.sha256 == hashlib.sha256(b"\xff\xd8proof").hexdigest()
    with pytest.raises(ValidationError):
        ap.add_attachment(world.db, CLERK, app, "照片", "x.jpg", b"1")


def test_recuperation_ranks_merit_first_and_counts_person_times(world: AidWorld) -> None:
    batch = rc.create_batch(world.db, CLERK, rc.BatchDraft(YEAR, "第一批", "珲春防川", date(2024, 6, 3),
                                                           date(2024, 6, 7), 2, 70_000, border_area=True))
    record_distinction_tx(world, world.parents[3], DistinctionKind.MODEL_WORKER)
    assert rc.nominate(world.db, CLERK, batch, world.parents) == 4
    assert rc.nominate(world.db, CLERK, batch, world.parents[:1]) == 0
    with pytest.raises(PermissionDeniedError):
        rc.approve_list(world.db, CLERK, batch)
    assert rc.approve_list(world.db, REVIEWER, batch) == (2, 2)
    ranked = rc.nominations(world.db, VIEWER, batch)
    assert (ranked[0].member_id, ranked[0].merit, ranked[0].state) == (world.parents[3], "劳动模范", "已入选")
    assert ranked[1].member_id == world.parents[0]
    assert rc.record_attendance(world.db, CLERK, batch, [ranked[0].id]) == 1
    times = rc.person_times(world.db, VIEWER, YEAR)
    assert (times.total, times.border) == (1, 1)
    assert rc.list_batches(world.db, VIEWER, year=YEAR)[0].days == 5


def record_distinction_tx(world: AidWorld, member_id: int, kind: DistinctionKind) -> None:
    with world.db.write() as session:
        record_distinction(session, member_id, kind=kind, title="市级劳动模范", year=YEAR - 1, source_type="test",
                           source_id=1)


def test_a_loan_subsidy_is_paid_only_after_the_interest_statement(world: AidWorld) -> None:
    draft = ln.LoanDraft("会员", "吉林银行", 20_000_000, date(2024, 7, 1), 12, 34_500, 21_500,
                         member_id=world.parents[0])
    loan = ln.create_loan(world.db, CLERK, draft)
    periods = ln.loan_schedule(world.db, VIEWER, loan)
    assert [(p.year, p.days, p.subsidy_fen) for p in periods] == [(2024, 184, 132_889), (2025, 181, 130_723)]
    with pytest.raises(ValidationError, match="利息清单"):
        ln.pay_subsidy(world.db, CLERK, loan, 2024, date(2025, 1, 5))
    with pytest.raises(PermissionDeniedError):
        ln.pay_subsidy(world.db, REVIEWER, loan, 2024, date(2025, 1, 5))
    ln.record_statement(world.db, CLERK, loan, 2024, date(2025, 1, 3), 352_667)
    assert ln.pay_subsidy(world.db, CLERK, loan, 2024, date(2025, 1, 5)) == 132_889
    with pytest.raises(ValidationError, match="2024 年度贴息已拨付"):
        ln.settle_loan(world.db, CLERK, loan, date(2024, 12, 1))
    ln.settle_loan(world.db, CLERK, loan, date(2025, 3, 1))  # repaid early: 2025 pro-rated to 59 days
    periods = ln.loan_schedule(world.db, VIEWER, loan)
    assert [(p.year, p.days, p.state) for p in periods] == [(2024, 184, "已拨付"), (2025, 59, "待交利息清单")]
    rows = ln.list_loans(world.db, VIEWER)
    assert rows[0].paid_fen == 132_889


def test_a_firm_needs_its_own_union(world: AidWorld) -> None:
    firm = ln.LoanDraft("小微企业", "吉林银行", 5_000_000, date(2024, 1, 10), 12, 34_500, 0, firm_name="南关小吃店")
    with pytest.raises(ValidationError, match="须已建立工会"):
        ln.create_loan(world.db, CLERK, firm)
    assert ln.create_loan(world.db, CLERK, replace(firm, firm_union_id=world.unions[0]))


def test_a_member_with_aid_cannot_be_purged(world: AidWorld) -> None:
    app = ap.create_application(world.db, CLERK, golden_draft(world, 0, 126))
    bring_to(world.db, [app], S.SUBMITTED)
    delete_members(world.db, CLERK, [world.parents[0]])
    result = purge.purge_members(world.db, ADMIN, [world.parents[0]])
    assert result.purged == []
    assert "帮扶救助申请和发放记录" in result.kept[world.parents[0]]
    wf.batch_advance(world.db, REVIEWER, [app], Step.REJECT, comment="x")
