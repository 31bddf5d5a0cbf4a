"""Taking applications through their workflow (docs/domain.md (c)): one step or a batch, each batch one transaction.

Who: casework steps need MANAGE_AID, decisions REVIEW, payment PAY_AID (domain/aid/workflow.py names the duty).
Approval fixes the amount (the tier and category of that day: docs/domain.md (f) 7, 8), checks every rule of the
programme, the union's quota and the budget — reserved in the same transaction that reads it, with the programme
row locked (services/aid/budget.py) — and refuses before the 公示 period has ended, naming its last day.
A batch takes every application it can and reports the others with the rule they break; Cancel rolls it all back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from unionoffice.db.base import utcnow
from unionoffice.db.bulk import bulk_insert, bulk_update
from unionoffice.db.engine import Database
from unionoffice.db.models import Member
from unionoffice.db.models.aid import AidApplication, AidProgramme, AidStep, HardshipFile
from unionoffice.domain.aid.kinds import AID_TYPES_OF, AidType, ApplicationState, ProgrammeType
from unionoffice.domain.aid.money import format_yuan
from unionoffice.domain.aid.rules import Rule, Verdict, evaluate, refusal_messages
from unionoffice.domain.aid.tiers import tier_amount
from unionoffice.domain.aid.workflow import TRANSITIONS, Step, Transition, check_step, step_to, waiting_refusal
from unionoffice.domain.aid.workflow import Actor as Duty
from unionoffice.domain.common.errors import NotFoundError, UnionOfficeError, ValidationError
from unionoffice.domain.common.idnumber import parse_id
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.aid.applications import ApplicationDraft, household_file_id
from unionoffice.services.aid.budget import lock_programme, over_budget, quota_places, quota_use
from unionoffice.services.aid.eligibility import Ledger, among
from unionoffice.services.aid.listing import ApplicationFilter
from unionoffice.services.aid.programmes import tier_table
from unionoffice.services.aid.rules import rules_in
from unionoffice.services.aid.standards import work_calendar
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.retry import retrying
from unionoffice.services.core.tasks import CancelToken, Progress, report

DUTY_PERMISSION = {Duty.CASEWORK: Permission.MANAGE_AID, Duty.REVIEW: Permission.REVIEW,
                   Duty.PAYMENT: Permission.PAY_AID}
MAX_BATCH = 20_000
STEP_EVERY = 200  # applications between progress reports


@dataclass
class App:
    """The columns a step reads and writes; lighter than the ORM row for batches of thousands."""

    id: int
    member_id: int
    union_id: int
    file_id: int | None
    state: str
    aid_type: str
    amount_asked_fen: int
    amount_fen: int | None
    child_id_number: str | None
    school_level: str | None
    tier: str | None
    new_student: bool
    school_kind: str | None
    aided_elsewhere: bool
    bank_card: str | None
    override_reason: str | None
    publicity_end: date | None
    changes: dict[str, object] = field(default_factory=dict)


_LOADED = (AidApplication.id, AidApplication.member_id, AidApplication.union_id, AidApplication.file_id,
           AidApplication.state, AidApplication.aid_type, AidApplication.amount_asked_fen, AidApplication.amount_fen,
           AidApplication.child_id_number, AidApplication.school_level, AidApplication.tier,
           AidApplication.new_student, AidApplication.school_kind, AidApplication.aided_elsewhere,
           AidApplication.bank_card, AidApplication.override_reason, AidApplication.publicity_end)


@dataclass(frozen=True)
class BatchResult:
    step: Step
    done: list[int]
    refused: dict[int, str]  # application id -> why (Chinese, quoting the rule), headed by the field in 「」
    amount_fen: int  # approved or paid by this batch
    # The same refusals without the field's heading: one application's refusal reads as a sentence, not a report.
    reasons: dict[int, str] = field(default_factory=dict)

    @property
    def summary(self) -> str:
        money = f"，金额 {format_yuan(self.amount_fen)} 元" if self.amount_fen else ""
        refused = f"，未办理 {len(self.refused)} 件" if self.refused else ""
        return f"{self.step.value} {len(self.done)} 件{money}{refused}"


def advance(db: Database, actor: Actor, app_id: int, step: Step, *, comment: str = "", on: date | None = None) -> None:
    """One application one step; a refusal is raised with its reason."""
    result = batch_advance(db, actor, [app_id], step, comment=comment, on=on)
    if result.refused:
        raise ValidationError(result.refused[app_id], field="申请")


def application_state(db: Database, actor: Actor, app_id: int) -> ApplicationState:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        state = session.execute(select(AidApplication.state).where(AidApplication.id == app_id)).scalar()
    if state is None:
        raise NotFoundError(f"没有编号为 {app_id} 的帮扶申请")
    return ApplicationState(state)


@dataclass(frozen=True)
class StepOptions:
    """What the workflow allows a selection of applications on a day: the states among them, and the steps those
    states allow but none of them can take that day, each with the refusal `batch_advance` would give."""

    states: frozenset[ApplicationState]
    waiting: dict[Step, str]


def step_options(db: Database, actor: Actor, flt: ApplicationFilter, app_ids: Sequence[int] | None = None, *,
                 on: date | None = None) -> StepOptions:
    """For the page's step menu (`app_ids`, else every application `flt` shows): one query for the distinct
    (state, end of 公示) pairs, judged by the same rule as the batch (`waiting_refusal`), so a step is greyed with
    its reason before the opinion dialog instead of refused after it."""
    actor.require(Permission.VIEW_RECORDS)
    day = on or date.today()
    with db.read() as session:
        programme = session.get(AidProgramme, flt.programme_id)
        if programme is None:
            raise NotFoundError(f"没有编号为 {flt.programme_id} 的帮扶项目")
        stmt = select(AidApplication.state, AidApplication.publicity_end).where(
            AidApplication.programme_id == flt.programme_id).distinct()
        if flt.state is not None:
            stmt = stmt.where(AidApplication.state == flt.state.value)
        if app_ids is not None:
            stmt = stmt.where(among(AidApplication.id, list(app_ids), session))
        # The earliest end of 公示 first: the reason given is the day the first of them may be approved.
        pairs = sorted(((ApplicationState(s), end) for s, end in session.execute(stmt)),
                       key=lambda pair: (pair[1] is None, pair[1] or date.min))
        days, name = programme.publicity_days, programme.name
    waiting: dict[Step, str] = {}
    for step, transition in TRANSITIONS.items():
        reasons = [waiting_refusal(step, state, publicity_days=days, publicity_end=end, programme=name, on=day)
                   for state, end in pairs if state in transition.sources]
        if reasons and all(reasons):
            waiting[step] = str(reasons[0])
    return StepOptions(frozenset(state for state, _end in pairs), waiting)


def advance_to(db: Database, actor: Actor, app_id: int, target: ApplicationState, *, comment: str = "",
               on: date | None = None) -> Step:
    """`unionoffice aid advance --to STATE`: the step that leads there from where the application is."""
    step = step_to(application_state(db, actor, app_id), target)
    advance(db, actor, app_id, step, comment=comment, on=on)
    return step


def batch_advance(db: Database, actor: Actor, app_ids: Sequence[int], step: Step, *, comment: str = "",
                  on: date | None = None, progress: Progress | None = None,
                  cancel: CancelToken | None = None) -> BatchResult:
    """Take `step` for every application of one programme that allows it, in one transaction."""
    transition = TRANSITIONS[step]
    actor.require(DUTY_PERMISSION[transition.duty])
    if transition.needs_comment and not comment.strip():
        check_step(step, next(iter(transition.sources)), comment)  # raises with the right wording
    ids = list(dict.fromkeys(app_ids))
    if not ids:
        return BatchResult(step, [], {}, 0)
    if len(ids) > MAX_BATCH:
        raise ValidationError(f"一次最多办理 {MAX_BATCH:,} 件", field="批量办理")
    day = on or date.today()

    def once() -> BatchResult:
        with db.write() as session:
            # The programme's row lock first, then the applications as they are now: a batch that waited for the
            # lock sees what the one before it wrote (its states and the budget it reserved), never an older read.
            programme = lock_programme(session, _one_programme(session, ids))
            apps = _load(session, ids)
            batch = _Batch(session, actor, programme, transition, comment.strip(), day, apps)
            for done, app in enumerate(apps):
                if done % STEP_EVERY == 0:
                    report(progress, done, len(apps), cancel)
                batch.take(app)
            batch.write()
            report(progress, len(apps), len(apps), cancel)
            found = {a.id for a in apps}
            missing = {i: f"没有编号为 {i} 的帮扶申请" for i in ids if i not in found}
            return BatchResult(step, batch.done, {**missing, **batch.refused}, batch.amount_fen,
                               {**missing, **batch.reasons})

    return retrying(once, what=f"批量{step.value}")


def _load(session: Session, ids: list[int]) -> list[App]:
    found: dict[int, App] = {}
    for row in session.execute(select(*_LOADED).where(among(AidApplication.id, ids, session))):
        found[row[0]] = App(*row)  # type: ignore[call-arg]  # the columns of _LOADED, in order
    return [found[i] for i in ids if i in found]


def _one_programme(session: Session, ids: list[int]) -> int:
    programmes = set(session.execute(select(AidApplication.programme_id).where(
        among(AidApplication.id, ids, session)).distinct()).scalars())
    if len(programmes) != 1:
        raise ValidationError("批量办理的申请须属于同一个帮扶项目", field="批量办理")
    return programmes.pop()


class _Batch:
    """One step over many applications: decides each, then writes all changes, steps and audit entries at once."""

    def __init__(self, session: Session, actor: Actor, programme: AidProgramme, transition: Transition,
                 comment: str, on: date, apps: list[App]) -> None:
        self.session, self.actor, self.programme = session, actor, programme
        self.transition, self.comment, self.on = transition, comment, on
        self.done: list[int] = []
        self.refused: dict[int, str] = {}
        self.reasons: dict[int, str] = {}
        self.amount_fen = 0
        self.updates: list[App] = []
        step = transition.step
        self.ledger = Ledger(session, programme, apps) if step in (Step.SUBMIT, Step.APPROVE) else None
        self.rules = rules_in(session, programme.id) if self.ledger else []
        self.tiers = tier_table(session, programme.id) if step is Step.APPROVE else {}
        self.places = quota_places(session, programme.id) if step is Step.APPROVE else {}
        self.used = quota_use(session, programme.id) if self.places else {}
        self.publicity_end = (work_calendar(session).add_working_days(on, programme.publicity_days)
                              if step is Step.PUBLICISE and programme.publicity_days else None)
        self.cards = _payment_cards(session, apps) if step is Step.PAY else {}
        self.committed_fen = programme.committed_fen  # the locked row's figure, raised as approvals are taken
        self.sources = frozenset(s.value for s in transition.sources)

    def take(self, app: App) -> None:
        try:
            if app.state not in self.sources:
                check_step(self.transition.step, ApplicationState(app.state), self.comment)  # raises with the why
            handler = _HANDLERS.get(self.transition.step)
            if handler is not None:
                handler(self, app)
        except UnionOfficeError as exc:
            self.refused[app.id] = exc.message
            self.reasons[app.id] = exc.reason if isinstance(exc, ValidationError) else exc.message
            return
        app.changes["state"] = self.transition.target.value
        self.updates.append(app)
        self.done.append(app.id)

    # -- what each step does beyond moving the state --------------------------------------------------------------

    def submit(self, app: App) -> None:
        assert self.ledger is not None
        submit_verdict(self.rules, self.ledger, app).raise_first()
        app.changes["submitted_on"] = self.on

    def publicise(self, app: App) -> None:
        self._wait_for_publicity(app)
        assert self.publicity_end is not None  # the programme has a 公示 period, or the line above refused
        app.changes.update(publicity_start=self.on, publicity_end=self.publicity_end)

    def object(self, app: App) -> None:
        app.changes.update(publicity_start=None, publicity_end=None)

    def _wait_for_publicity(self, app: App) -> None:
        why = waiting_refusal(self.transition.step, ApplicationState(app.state),
                              publicity_days=self.programme.publicity_days, publicity_end=app.publicity_end,
                              programme=self.programme.name, on=self.on)
        if why:
            raise ValidationError(why, field="公示")

    def approve(self, app: App) -> None:
        self._wait_for_publicity(app)
        assert self.ledger is not None
        amount = app.amount_asked_fen
        if self.programme.type == _GOLDEN:
            amount = tier_amount(self.tiers, app.school_level or "", app.tier or "")
        evaluate(self.rules, self.ledger.facts(app, amount)).raise_first()
        places = self.places.get(app.union_id)
        if places is not None and self.used.get(app.union_id, 0) >= places:
            raise ValidationError(f"所属基层工会在本项目的 {places} 个名额已用完", field="名额")
        refusal = over_budget(self.programme, amount, self.committed_fen)
        if refusal and not app.override_reason:
            raise ValidationError(refusal + "（管理员可说明理由后准予超预算审批）", field="预算")
        self.committed_fen += amount
        self.amount_fen += amount
        self.used[app.union_id] = self.used.get(app.union_id, 0) + 1
        self.ledger.granted(app, amount)
        app.changes.update(amount_fen=amount, approved_tier=app.tier, category=self.ledger.category_of(app),
                           decided_on=self.on)

    def reject(self, app: App) -> None:
        app.changes["decided_on"] = self.on

    def pay(self, app: App) -> None:
        card = app.bank_card or self.cards.get(app.id)
        if not card:
            raise ValidationError("没有实名发放的银行卡号（申请或困难职工档案中登记）", field="银行卡号")
        assert app.amount_fen is not None
        self.amount_fen += app.amount_fen
        app.changes.update(paid_on=self.on, bank_card=card)

    # -- writing --------------------------------------------------------------------------------------------------

    def write(self) -> None:
        if not self.updates:
            return
        if self.transition.step is Step.APPROVE:
            self.programme.committed_fen = self.committed_fen
        elif self.transition.step is Step.PAY:
            self.programme.paid_fen += self.amount_fen
        t = AidApplication.__table__
        assert isinstance(t, Table)
        by_columns: dict[tuple[str, ...], list[dict[str, object]]] = {}
        for app in self.updates:
            keys = tuple(sorted(app.changes))
            by_columns.setdefault(keys, []).append({"id": app.id, **app.changes})
        for rows in by_columns.values():
            bulk_update(self.session, t, "id", rows, increment="version")
        step, target = self.transition.step.value, self.transition.target.value
        person, role = self.actor.display_name or self.actor.username, self.actor.role.value
        bulk_insert(self.session, AidStep.__table__, [  # type: ignore[arg-type]
            {"application_id": a.id, "step": step, "from_state": a.state, "to_state": target, "done_on": self.on,
             "at": utcnow(), "username": self.actor.username, "person": person, "role": role,
             "comment": self.comment or None} for a in self.updates])
        # The state change is in each summary; the steps table holds the rest of the history.
        audit.record_many(self.session, self.actor, "update", [
            audit.Change(f"帮扶申请 {a.id}：{step}（{a.state}→{target}）" + _money(a) +
                         (f"：{self.comment}" if self.comment else ""), "aid_application", a.id) for a in self.updates])
        self.session.flush()


def submit_verdict(rules: Sequence[Rule], ledger: Ledger, app: App) -> Verdict:
    """The programme's rules on the facts of one application as 提交 sees them (the amount asked)."""
    return evaluate(rules, ledger.facts(app, app.amount_asked_fen))


def submit_refusals(db: Database, actor: Actor, draft: ApplicationDraft, *, app_id: int | None = None) -> list[str]:
    """What 提交 would refuse in this draft as it stands — the same rules on the same facts as `batch_advance`'s
    submit — so the editor can say so while the clerk enters it (issue 14: eligibility one step late). Each message
    quotes the rule's policy text; empty when the rules let it through. Fields not yet valid count as not entered:
    saving names them."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        programme = session.get(AidProgramme, draft.programme_id)
        if programme is None:
            raise NotFoundError(f"没有编号为 {draft.programme_id} 的帮扶项目")
        app = _draft_app(session, programme, draft, app_id)
        return list(refusal_messages(submit_verdict(rules_in(session, programme.id), Ledger(session, programme, [app]),
                                                    app)))


def _draft_app(session: Session, programme: AidProgramme, draft: ApplicationDraft, app_id: int | None) -> App:
    golden = programme.type == _GOLDEN
    try:
        child = parse_id(draft.child_id_number).number if golden and draft.child_id_number.strip() else None
    except ValidationError:
        child = None
    try:
        file_id = household_file_id(session, draft.member_id, draft.file_id)
    except ValidationError:
        file_id = household_file_id(session, draft.member_id)
    kinds = AID_TYPES_OF.get(ProgrammeType(programme.type), ())
    aid_type = draft.aid_type or (kinds[0].value if kinds else "")
    amount = draft.amount_asked_fen
    if golden:
        aid_type = AidType.GOLDEN_AUTUMN.value
        amount = tier_table(session, programme.id).get((draft.school_level, draft.tier), 0)
    return App(id=app_id or 0, member_id=draft.member_id, union_id=0, file_id=file_id,
               state=ApplicationState.DRAFT.value, aid_type=aid_type, amount_asked_fen=amount, amount_fen=None,
               child_id_number=child, school_level=draft.school_level or None, tier=draft.tier or None,
               new_student=draft.new_student, school_kind=draft.school_kind or None,
               aided_elsewhere=draft.aided_elsewhere, bank_card=None, override_reason=None, publicity_end=None)


def _money(app: App) -> str:
    amount = app.changes.get("amount_fen")
    return f"，{format_yuan(amount)} 元" if isinstance(amount, int) else ""


_GOLDEN = ProgrammeType.GOLDEN_AUTUMN.value
_HANDLERS = {Step.SUBMIT: _Batch.submit, Step.PUBLICISE: _Batch.publicise, Step.OBJECT: _Batch.object,
             Step.APPROVE: _Batch.approve, Step.REJECT: _Batch.reject, Step.PAY: _Batch.pay}


def _payment_cards(session: Session, apps: list[App]) -> dict[int, str]:
    """The real-name card of each application without one of its own: the household file's, else the member's."""
    need = [a for a in apps if not a.bank_card]
    files = {f: c for f, c in session.execute(select(HardshipFile.id, HardshipFile.bank_card).where(
        HardshipFile.id.in_({a.file_id for a in need if a.file_id}))) if c}
    members = {m: c for m, c in session.execute(select(Member.id, Member.card_number).where(
        Member.id.in_({a.member_id for a in need}))) if c}
    return {a.id: files.get(a.file_id or 0) or members.get(a.member_id, "") for a in need}


def override_budget(db: Database, actor: Actor, app_id: int, reason: str) -> None:
    """An administrator lets one application be approved beyond the budget, with the reason on record."""
    actor.require(Permission.OVERRIDE_BUDGET)
    if not reason.strip():
        raise ValidationError("请填写超预算审批的理由", field="理由")
    with db.write() as session:
        app = session.get(AidApplication, app_id)
        if app is None:
            raise NotFoundError(f"没有编号为 {app_id} 的帮扶申请")
        if app.state in (ApplicationState.APPROVED.value, ApplicationState.PAID.value, ApplicationState.REJECTED.value):
            raise ValidationError(f"申请已{app.state}，无需准予超预算", field="状态")
        app.override_reason, app.override_by = reason.strip(), actor.username
        app.version += 1
        audit.record(session, actor, "update", f"准予帮扶申请 {app_id} 超预算审批：{reason.strip()}",
                     entity="aid_application", entity_id=app_id, changes={"override_reason": (None, reason.strip())})

