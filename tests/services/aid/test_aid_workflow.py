"""The application workflow: every step by every role, the rules, 公示, the budget, one transaction per batch."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from tests.helpers.aid import (
    ADMIN,
    AFTER_PUBLICITY,
    CLERK,
    PUBLICITY_START,
    REVIEWER,
    VIEWER,
    YEAR,
    AidWorld,
    bring_to,
    child_id,
    golden_draft,
)
from unionoffice.db.models import AuditEntry
from unionoffice.db.models.aid import AidApplication, AidProgramme, AidStep
from unionoffice.domain.aid.kinds import ApplicationState as S
from unionoffice.domain.aid.kinds import ProgrammeType, SchoolLevel, Tier
from unionoffice.domain.aid.rules import Rule, RuleKind
from unionoffice.domain.aid.workflow import TRANSITIONS, Step
from unionoffice.domain.common.errors import CancelledError, PermissionDeniedError, ValidationError
from unionoffice.domain.common.permissions import Role
from unionoffice.services.aid import applications as ap
from unionoffice.services.aid import programmes as pg
from unionoffice.services.aid import rules as ru
from unionoffice.services.aid import workflow as wf
from unionoffice.services.core import audit, audit_trail
from unionoffice.services.core.context import Actor
from unionoffice.services.core.tasks import CancelToken

ACTORS = {Role.ADMIN: ADMIN, Role.CLERK: CLERK, Role.REVIEWER: REVIEWER, Role.VIEWER: VIEWER}
# Who may take each step, written out from docs/architecture.md "Roles": the clerk does casework and pays, the
# reviewer reviews and decides; the administrator and the viewer take no step.
ALLOWED = {Step.SUBMIT: {Role.CLERK}, Step.RECALL: {Role.CLERK}, Step.FIRST_REVIEW: {Role.CLERK},
           Step.REVIEW: {Role.REVIEWER}, Step.PUBLICISE: {Role.REVIEWER}, Step.OBJECT: {Role.CLERK},
           Step.APPROVE: {Role.REVIEWER}, Step.REJECT: {Role.REVIEWER}, Step.PAY: {Role.CLERK}}
SOURCE = {Step.SUBMIT: S.DRAFT, Step.RECALL: S.SUBMITTED, Step.FIRST_REVIEW: S.SUBMITTED,
          Step.REVIEW: S.FIRST_REVIEWED, Step.PUBLICISE: S.REVIEWED, Step.OBJECT: S.PUBLICISED,
          Step.APPROVE: S.PUBLICISED, Step.REJECT: S.REVIEWED, Step.PAY: S.APPROVED}


def _state(world: AidWorld, app_id: int) -> str:
    with world.db.read() as session:
        return session.execute(select(AidApplication.state).where(AidApplication.id == app_id)).scalar_one()


def _programme(world: AidWorld, programme_id: int) -> tuple[int, int]:
    with world.db.read() as session:
        p = session.get(AidProgramme, programme_id)
        assert p is not None
        return p.committed_fen, p.paid_fen


def _new(world: AidWorld, parent: int = 0, seq: int = 100, **kw: object) -> int:
    return ap.create_application(world.db, CLERK, golden_draft(world, parent, seq, **kw), today=date(2024, 8, 1))


def test_golden_autumn_from_draft_to_paid(world: AidWorld) -> None:
    app = _new(world)
    bring_to(world.db, [app], S.PAID)
    detail = ap.application_detail(world.db, REVIEWER, app)
    assert detail.state is S.PAID
    assert detail.amount_fen == 400_000  # Tianmen: 本科, not on file
    assert detail.approved_tier == Tier.NOT_FILED.value
    assert detail.publicity_end == date(2024, 10, 11)
    steps = ["登记", "提交", "基层初审通过", "区总审核通过", "开始公示", "批准", "发放"]
    assert [s.step for s in detail.steps] == steps
    assert [s.role for s in detail.steps][3:6] == ["审核人"] * 3
    assert _programme(world, world.golden) == (400_000, 400_000)
    assert audit_trail.verify_chain(world.db, ADMIN) is None


@pytest.mark.parametrize("role", list(Role), ids=[r.name.lower() for r in Role])
@pytest.mark.parametrize("step", list(Step), ids=[s.name.lower() for s in Step])
def test_every_step_by_every_role(world: AidWorld, step: Step, role: Role) -> None:
    app = _new(world)
    bring_to(world.db, [app], SOURCE[step])
    on = AFTER_PUBLICITY if step in (Step.APPROVE, Step.PAY) else PUBLICITY_START
    call = lambda: wf.advance(world.db, ACTORS[role], app, step, comment="异议：收入情况需复核", on=on)  # noqa: E731
    if role in ALLOWED[step]:
        call()
        assert _state(world, app) == TRANSITIONS[step].target.value
    else:
        with pytest.raises(PermissionDeniedError):
            call()
        assert _state(world, app) == SOURCE[step].value


def test_a_rejection_needs_a_reason_and_is_final(world: AidWorld) -> None:
    app = _new(world)
    bring_to(world.db, [app], S.REVIEWED)
    with pytest.raises(ValidationError, match="驳回理由"):
        wf.advance(world.db, REVIEWER, app, Step.REJECT, comment="  ")
    wf.advance(world.db, REVIEWER, app, Step.REJECT, comment="家庭人均收入超过标准")
    assert ap.application_detail(world.db, REVIEWER, app).steps[-1].comment == "家庭人均收入超过标准"
    with pytest.raises(ValidationError, match="已驳回"):
        wf.advance_to(world.db, REVIEWER, app, S.APPROVED)


def test_approval_before_the_publicity_ends_is_refused_with_its_last_day(world: AidWorld) -> None:
    app = _new(world)
    bring_to(world.db, [app], S.PUBLICISED)
    with pytest.raises(ValidationError, match="公示期至 2024-10-11 结束，2024-10-12 起方可批准"):
        wf.advance(world.db, REVIEWER, app, Step.APPROVE, on=date(2024, 10, 11))
    wf.advance(world.db, REVIEWER, app, Step.APPROVE, on=date(2024, 10, 12))


def test_the_step_options_say_before_the_dialog_what_approving_would_refuse(world: AidWorld) -> None:
    """The trial: 批准 was offered during 公示 and refused only after the opinion dialog. The page asks this first;
    the reason is the batch's own refusal, word for word."""
    from unionoffice.services.aid.listing import ApplicationFilter

    shown, reviewed = _new(world, 0, 1), _new(world, 1, 2)
    bring_to(world.db, [shown], S.PUBLICISED)
    bring_to(world.db, [reviewed], S.REVIEWED)
    everything = ApplicationFilter(world.golden)
    last_day = date(2024, 10, 11)
    during = wf.step_options(world.db, VIEWER, everything, [shown], on=last_day)
    assert during.states == {S.PUBLICISED}
    assert during.waiting == {Step.APPROVE: "公示期至 2024-10-11 结束，2024-10-12 起方可批准"}
    refused = wf.batch_advance(world.db, REVIEWER, [shown], Step.APPROVE, on=last_day)
    assert refused.reasons == {shown: during.waiting[Step.APPROVE]}
    assert refused.refused == {shown: "「公示」：" + during.waiting[Step.APPROVE]}
    assert wf.step_options(world.db, VIEWER, everything, [reviewed], on=last_day).waiting == {
        Step.APPROVE: "须经公示后方可批准"}
    # Either of two waiting for different reasons: still not possible, told by the earliest end of 公示.
    assert wf.step_options(world.db, VIEWER, everything, on=last_day).waiting[Step.APPROVE].startswith("公示期至")
    # The day after, the one in 公示 may be approved, so the step is open to the pair (the batch takes what it can).
    assert Step.APPROVE not in wf.step_options(world.db, VIEWER, everything, on=AFTER_PUBLICITY).waiting
    warmth = pg.create_programme(world.db, ADMIN, pg.ProgrammeDraft(YEAR, ProgrammeType.WARMTH, "春节送温暖", 10**7, 0))
    app = ap.create_application(world.db, CLERK, ap.ApplicationDraft(warmth, world.parents[0], amount_asked_fen=80_000))
    bring_to(world.db, [app], S.REVIEWED)
    assert wf.step_options(world.db, VIEWER, ApplicationFilter(warmth), [app]).waiting == {
        Step.PUBLICISE: "“春节送温暖”不公示（公示期为 0 个工作日），审核后可直接批准"}


def test_an_objection_sends_the_application_back_to_review(world: AidWorld) -> None:
    app = _new(world)
    bring_to(world.db, [app], S.PUBLICISED)
    with pytest.raises(ValidationError, match="说明"):
        wf.advance(world.db, CLERK, app, Step.OBJECT)
    wf.advance(world.db, CLERK, app, Step.OBJECT, comment="群众反映家中有营运车辆")
    assert _state(world, app) == S.REVIEWED.value
    with pytest.raises(ValidationError, match="须经公示"):
        wf.advance(world.db, REVIEWER, app, Step.APPROVE, on=AFTER_PUBLICITY)
    detail = ap.application_detail(world.db, REVIEWER, app)
    assert detail.publicity_end is None


def test_a_programme_without_publicity_approves_after_review(world: AidWorld) -> None:
    warmth = pg.create_programme(world.db, ADMIN, pg.ProgrammeDraft(YEAR, ProgrammeType.WARMTH, "春节送温暖", 10**7, 0))
    app = ap.create_application(world.db, CLERK, ap.ApplicationDraft(warmth, world.parents[0], amount_asked_fen=80_000,
                                                                      bank_card="6217000011112222"))
    bring_to(world.db, [app], S.REVIEWED)
    with pytest.raises(ValidationError, match="不公示"):
        wf.advance(world.db, REVIEWER, app, Step.PUBLICISE)
    wf.advance(world.db, REVIEWER, app, Step.APPROVE)
    assert _state(world, app) == S.APPROVED.value


def test_the_amount_and_tier_of_the_approval_date_stay(world: AidWorld) -> None:
    """docs/domain.md (f) 7: not on file → on file during the campaign changes neither approved nor paid aid."""
    approved, waiting = _new(world, 0, 101), _new(world, 1, 102)
    bring_to(world.db, [approved], S.APPROVED)
    bring_to(world.db, [waiting], S.REVIEWED)
    ap.change_tier(world.db, CLERK, approved, Tier.FILED.value)
    ap.change_tier(world.db, CLERK, waiting, Tier.FILED.value)
    first = ap.application_detail(world.db, REVIEWER, approved)
    assert (first.amount_fen, first.approved_tier, first.draft.tier) == (400_000, "非建档", "建档")
    assert ap.application_detail(world.db, REVIEWER, waiting).draft.amount_asked_fen == 500_000
    wf.advance(world.db, CLERK, approved, Step.PAY, on=AFTER_PUBLICITY)
    assert ap.application_detail(world.db, REVIEWER, approved).amount_fen == 400_000
    pg.save_tiers(world.db, ADMIN, world.golden, {(SchoolLevel.BACHELOR.value, "非建档"): 100})
    assert ap.application_detail(world.db, REVIEWER, approved).amount_fen == 400_000


def test_one_grant_per_child_per_year_across_programmes(world: AidWorld) -> None:
    second = pg.create_programme(world.db, ADMIN,
                                 pg.ProgrammeDraft(YEAR, ProgrammeType.GOLDEN_AUTUMN, "补充助学", 10**7))
    pg.save_tiers(world.db, ADMIN, second, {(SchoolLevel.BACHELOR.value, Tier.NOT_FILED.value): 400_000})
    first = _new(world, 0, 101)
    bring_to(world.db, [first], S.APPROVED)
    again = ap.create_application(world.db, CLERK, replace(golden_draft(world, 0, 101), programme_id=second))
    with pytest.raises(ValidationError, match="不符合规定“每名学生每年只能申请一次金秋助学”：该子女本年度已获资助"):
        wf.advance(world.db, CLERK, again, Step.SUBMIT)


def test_siblings_against_the_household_cap_in_one_batch(world: AidWorld) -> None:
    """docs/domain.md (f) 6: twins of one parent, a cap per household of ¥6,000."""
    rules = [*ru.programme_rules(world.db, ADMIN, world.golden),
             Rule(RuleKind.CAP_PER_HOUSEHOLD_YEAR, "同一家庭每年资助合计不超过6000元", amount_fen=600_000)]
    ru.save_rules(world.db, ADMIN, world.golden, rules)
    twins = [_new(world, 0, 301), _new(world, 0, 302)]
    bring_to(world.db, twins, S.PUBLICISED)
    result = wf.batch_advance(world.db, REVIEWER, twins, Step.APPROVE, on=AFTER_PUBLICITY)
    assert result.done == [twins[0]]
    assert "同一家庭每年资助合计不超过6000元" in result.refused[twins[1]]
    assert "已获批 4,000.00 元" in result.refused[twins[1]]


def test_new_entrants_only_checks_earlier_years_by_the_childs_id(world: AidWorld) -> None:
    last_year = pg.create_programme(world.db, ADMIN, pg.ProgrammeDraft(YEAR - 1, ProgrammeType.GOLDEN_AUTUMN,
                                                                       "2023年金秋助学", 10**7, 0))
    pg.save_tiers(world.db, ADMIN, last_year, {(SchoolLevel.BACHELOR.value, Tier.NOT_FILED.value): 400_000})
    old = ap.create_application(world.db, CLERK, replace(golden_draft(world, 0, 401), programme_id=last_year))
    bring_to(world.db, [old], S.APPROVED, skip_publicity=True)
    ru.save_rules(world.db, ADMIN, world.golden, [Rule(RuleKind.NEW_ENTRANTS_ONLY, "金秋助学只资助当年新生")])
    continuing = _new(world, 0, 401, new_student=False)
    with pytest.raises(ValidationError, match="以往年度已获资助"):
        wf.advance(world.db, CLERK, continuing, Step.SUBMIT)
    ru.save_rules(world.db, ADMIN, world.golden, [Rule(RuleKind.NEW_ENTRANTS_ONLY, "在读生可连续资助", flag=True)])
    wf.advance(world.db, CLERK, continuing, Step.SUBMIT)


def test_exclusions_and_double_funding_refuse_with_the_rule(world: AidWorld) -> None:
    military = _new(world, 0, 501, school_kind="军事院校")
    elsewhere = _new(world, 1, 502, aided_elsewhere=True)
    result = wf.batch_advance(world.db, CLERK, [military, elsewhere], Step.SUBMIT)
    assert "军事院校" in result.refused[military]
    assert "已获其他部门或其他层级工会助学资助" in result.refused[elsewhere]
    hardship = ap.create_application(world.db, CLERK, ap.ApplicationDraft(
        world.hardship, world.parents[2], aid_type="临时救助", amount_asked_fen=100_000, bank_card="62170000111"))
    bring_to(world.db, [hardship], S.APPROVED)
    rules = [*ru.programme_rules(world.db, ADMIN, world.golden),
             Rule(RuleKind.NO_DOUBLE_FUNDING, "同年已获困难职工帮扶的家庭不重复资助", values=("困难职工帮扶",))]
    ru.save_rules(world.db, ADMIN, world.golden, rules)
    double = _new(world, 2, 503)
    with pytest.raises(ValidationError, match="本年度已获困难职工帮扶资助"):
        wf.advance(world.db, CLERK, double, Step.SUBMIT)


def test_hardship_file_required_and_inactive_members(world: AidWorld) -> None:
    living = ap.create_application(world.db, CLERK, ap.ApplicationDraft(world.hardship, world.parents[0],
                                                                        aid_type="生活救助", amount_asked_fen=150_000))
    with pytest.raises(ValidationError, match="没有在档的困难职工档案"):
        wf.advance(world.db, CLERK, living, Step.SUBMIT)
    from unionoffice.domain.members.membership import EventKind
    from unionoffice.services.members.records import record_event

    record_event(world.db, CLERK, world.parents[1], EventKind.RETAIN, date(2024, 6, 1), reason="退休")
    retired = _new(world, 1, 601)
    with pytest.raises(ValidationError, match="会籍状态为“保留会籍”"):
        wf.advance(world.db, CLERK, retired, Step.SUBMIT)


def test_budget_exhaustion_under_a_batch_and_the_administrators_override(world: AidWorld) -> None:
    pg.update_programme(world.db, ADMIN, world.golden, replace(pg.get_programme(world.db, ADMIN, world.golden).draft,
                                                               budget_fen=1_000_000))
    apps = [_new(world, i % 4, 700 + i) for i in range(4)]
    bring_to(world.db, apps, S.PUBLICISED)
    result = wf.batch_advance(world.db, REVIEWER, apps, Step.APPROVE, on=AFTER_PUBLICITY)
    assert result.done == apps[:2]
    assert result.amount_fen == 800_000
    assert "超出“2024年金秋助学”预算" in result.refused[apps[2]]
    assert "余额 2,000.00 元" in result.refused[apps[2]]
    assert _programme(world, world.golden)[0] == 800_000
    with pytest.raises(PermissionDeniedError):
        wf.override_budget(world.db, REVIEWER, apps[2], "特殊困难")
    with pytest.raises(ValidationError, match="理由"):
        wf.override_budget(world.db, ADMIN, apps[2], " ")
    wf.override_budget(world.db, ADMIN, apps[2], "家庭遭遇火灾，经主席办公会同意")
    wf.advance(world.db, REVIEWER, apps[2], Step.APPROVE, on=AFTER_PUBLICITY)
    assert _programme(world, world.golden)[0] == 1_200_000
    assert _state(world, apps[3]) == S.PUBLICISED.value
    with pytest.raises(ValidationError, match="预算不能低于已批准"):
        pg.update_programme(world.db, ADMIN, world.golden, replace(
            pg.get_programme(world.db, ADMIN, world.golden).draft, budget_fen=100))


def test_quota_per_grassroots_union(world: AidWorld) -> None:
    pg.save_quotas(world.db, ADMIN, world.golden, {world.unions[0]: 1})
    apps = [_new(world, 0, 801), _new(world, 2, 802), _new(world, 1, 803)]  # parents 0 and 2 in union 0
    bring_to(world.db, apps, S.PUBLICISED)
    result = wf.batch_advance(world.db, REVIEWER, apps, Step.APPROVE, on=AFTER_PUBLICITY)
    assert result.done == [apps[0], apps[2]]
    assert "名额已用完" in result.refused[apps[1]]
    assert pg.programme_quotas(world.db, VIEWER, world.golden)[0].used == 1


def test_approval_and_budget_update_are_one_transaction(world: AidWorld, monkeypatch: pytest.MonkeyPatch) -> None:
    apps = [_new(world, i, 900 + i) for i in range(3)]
    bring_to(world.db, apps, S.PUBLICISED)

    def broken(*_args: object, **_kw: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(audit, "record_many", broken)
    with pytest.raises(OSError, match="disk full"):
        wf.batch_advance(world.db, REVIEWER, apps, Step.APPROVE, on=AFTER_PUBLICITY)
    assert {_state(world, a) for a in apps} == {S.PUBLICISED.value}
    assert _programme(world, world.golden) == (0, 0)
    with world.db.read() as session:
        assert session.execute(select(func.count()).select_from(AidStep).where(AidStep.step == "批准")).scalar() == 0


def test_cancel_rolls_the_whole_batch_back(world: AidWorld) -> None:
    apps = [_new(world, i % 4, 940 + i) for i in range(5)]
    token = CancelToken()
    token.cancel()
    with pytest.raises(CancelledError):
        wf.batch_advance(world.db, CLERK, apps, Step.SUBMIT, cancel=token)
    assert {_state(world, a) for a in apps} == {S.DRAFT.value}


def test_each_step_writes_an_audit_entry_without_the_childs_id(world: AidWorld) -> None:
    app = _new(world, 0, 960)
    bring_to(world.db, [app], S.PAID)
    with world.db.read() as session:
        texts = session.execute(select(AuditEntry.summary, AuditEntry.changes).where(
            AuditEntry.entity == "aid_application", AuditEntry.entity_id == str(app))).all()
    assert len(texts) >= 7
    assert not any(child_id(960) in f"{s}{c}" for s, c in texts)


def test_a_batch_must_stay_in_one_programme(world: AidWorld) -> None:
    golden = _new(world)
    other = ap.create_application(world.db, CLERK, ap.ApplicationDraft(world.hardship, world.parents[1],
                                                                       aid_type="临时救助", amount_asked_fen=1000))
    with pytest.raises(ValidationError, match="同一个帮扶项目"):
        wf.batch_advance(world.db, CLERK, [golden, other], Step.SUBMIT)


def test_paying_needs_a_real_name_card(world: AidWorld) -> None:
    app = _new(world, 0, 970, bank_card="")
    bring_to(world.db, [app], S.APPROVED)
    with pytest.raises(ValidationError, match="银行卡号"):
        wf.advance(world.db, CLERK, app, Step.PAY, on=AFTER_PUBLICITY)


def test_viewer_actor_is_refused_everything(world: AidWorld) -> None:
    with pytest.raises(PermissionDeniedError):
        ap.create_application(world.db, VIEWER, golden_draft(world, 0, 980))
    with pytest.raises(PermissionDeniedError):
        wf.batch_advance(world.db, Actor("v", Role.VIEWER), [1], Step.APPROVE)


def test_the_editors_check_says_what_submitting_refuses(world: AidWorld) -> None:
    """submit_refusals (the editor's check while the clerk types) gives the message 提交 itself refuses with."""
    draft = ap.ApplicationDraft(programme_id=world.hardship, member_id=world.parents[0], aid_type="生活救助",
                                amount_asked_fen=200_000)
    expected = "不符合规定“生活、医疗、助学救助限在档困难职工家庭”：申请人没有在档的困难职工档案"
    assert wf.submit_refusals(world.db, CLERK, draft) == [expected]
    app_id = ap.create_application(world.db, CLERK, draft)
    assert wf.submit_refusals(world.db, VIEWER, draft, app_id=app_id) == [expected]  # reading it is enough
    result = wf.batch_advance(world.db, CLERK, [app_id], Step.SUBMIT, on=PUBLICITY_START)
    assert result.refused[app_id].endswith(expected)  # 提交 puts the rule's name before it
    assert wf.submit_refusals(world.db, CLERK, replace(draft, aid_type="临时救助")) == []
    # Golden Autumn with the child's ID still half typed: the rules that need it wait, the others speak.
    golden = golden_draft(world, 0, 1, child_id_number="2201", aided_elsewhere=True)
    assert wf.submit_refusals(world.db, CLERK, golden) == [
        "不符合规定“已获其他部门或其他层级工会助学资助的学生不重复资助”：已获其他部门或其他层级工会资助"]


def test_the_rows_of_applications_in_the_list(world: AidWorld) -> None:
    from unionoffice.services.aid.listing import ApplicationFilter, application_positions

    ids = [ap.create_application(world.db, CLERK, golden_draft(world, i % 4, i)) for i in range(1, 6)]
    bring_to(world.db, ids[1:3], S.SUBMITTED)
    everything, submitted = ApplicationFilter(world.golden), ApplicationFilter(world.golden, S.SUBMITTED)
    assert application_positions(world.db, VIEWER, everything, [ids[4], ids[0]]) == {ids[4]: 4, ids[0]: 0}
    assert application_positions(world.db, VIEWER, submitted, [ids[2], ids[0]]) == {ids[2]: 1}
    assert wf.step_options(world.db, VIEWER, everything).states == {S.DRAFT, S.SUBMITTED}
