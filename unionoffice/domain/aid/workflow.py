"""The application workflow (docs/domain.md (c), Golden Autumn and hardship filing): which step leads from which
state to which, and what each step needs. Who may take a step is a permission the service checks
(services/aid/workflow.py); this table only names it, so the GUI and the service agree."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from unionoffice.domain.aid.kinds import ApplicationState as S
from unionoffice.domain.common.errors import ValidationError


class Step(StrEnum):
    SUBMIT = "提交"
    RECALL = "退回修改"
    FIRST_REVIEW = "基层初审通过"
    REVIEW = "区总审核通过"
    PUBLICISE = "开始公示"
    OBJECT = "公示异议"
    APPROVE = "批准"
    REJECT = "驳回"
    PAY = "发放"


class Actor(StrEnum):
    """Which duty a step belongs to: the clerk's casework, the reviewer's decision, or the payment."""

    CASEWORK = "casework"
    REVIEW = "review"
    PAYMENT = "payment"


@dataclass(frozen=True)
class Transition:
    step: Step
    sources: frozenset[S]
    target: S
    duty: Actor
    needs_comment: bool = False


TRANSITIONS: dict[Step, Transition] = {t.step: t for t in (
    Transition(Step.SUBMIT, frozenset({S.DRAFT}), S.SUBMITTED, Actor.CASEWORK),
    Transition(Step.RECALL, frozenset({S.SUBMITTED}), S.DRAFT, Actor.CASEWORK, needs_comment=True),
    # The grassroots union's first review and home visit, recorded by the district's clerk.
    Transition(Step.FIRST_REVIEW, frozenset({S.SUBMITTED}), S.FIRST_REVIEWED, Actor.CASEWORK),
    Transition(Step.REVIEW, frozenset({S.FIRST_REVIEWED}), S.REVIEWED, Actor.REVIEW),
    Transition(Step.PUBLICISE, frozenset({S.REVIEWED}), S.PUBLICISED, Actor.REVIEW),
    # An objection during 公示 sends the application back to the district's review.
    Transition(Step.OBJECT, frozenset({S.PUBLICISED}), S.REVIEWED, Actor.CASEWORK, needs_comment=True),
    # From 区总审核 only for a programme without 公示 (0 working days); the service checks that.
    Transition(Step.APPROVE, frozenset({S.PUBLICISED, S.REVIEWED}), S.APPROVED, Actor.REVIEW),
    Transition(Step.REJECT, frozenset({S.SUBMITTED, S.FIRST_REVIEWED, S.REVIEWED, S.PUBLICISED}), S.REJECTED,
               Actor.REVIEW, needs_comment=True),
    Transition(Step.PAY, frozenset({S.APPROVED}), S.PAID, Actor.PAYMENT),
)}

# `advance --to STATE` names the target; a target reached by one step from a source finds that step.
_BY_TARGET: dict[tuple[S, S], Step] = {(source, t.target): t.step for t in TRANSITIONS.values() for source in t.sources}


def step_to(current: S, target: S) -> Step:
    """The step that leads from `current` to `target`, or a refusal naming the steps possible from here."""
    step = _BY_TARGET.get((current, target))
    if step is None:
        possible = "、".join(f"{t.step.value}→{t.target.value}" for t in steps_from(current)) or "无（已办结）"
        raise ValidationError(f"申请当前为“{current.value}”，不能直接改为“{target.value}”；可办理：{possible}",
                              field="状态")
    return step


def steps_from(current: S) -> list[Transition]:
    return [t for t in TRANSITIONS.values() if current in t.sources]


def check_step(step: Step, current: S, comment: str) -> Transition:
    """The transition, if `step` may start from `current` and carries the comment it needs."""
    transition = TRANSITIONS[step]
    if current not in transition.sources:
        raise ValidationError(f"申请当前为“{current.value}”，不能办理“{step.value}”", field="状态")
    if transition.needs_comment and not comment.strip():
        what = "驳回理由" if step is Step.REJECT else "说明"
        raise ValidationError(f"“{step.value}”必须填写{what}", field=what)
    return transition


def waiting_refusal(step: Step, current: S, *, publicity_days: int, publicity_end: date | None, programme: str,
                    on: date) -> str | None:
    """Why `step` cannot be taken on `on` although `current` is one of its states: the 公示 period (docs/domain.md
    (c)). The batch refuses with these words and the page greys the step with them before the opinion dialog, so
    the two never disagree (trial 2026-12-07: 批准 was offered during 公示 and refused after the dialog)."""
    if step is Step.PUBLICISE and not publicity_days:
        return f"“{programme}”不公示（公示期为 0 个工作日），审核后可直接批准"
    if step is not Step.APPROVE:
        return None
    if current is S.REVIEWED and publicity_days:
        return "须经公示后方可批准"
    if publicity_end is not None and on <= publicity_end:
        first = publicity_end + timedelta(days=1)
        return f"公示期至 {publicity_end.isoformat()} 结束，{first.isoformat()} 起方可批准"
    return None
