"""A programme's eligibility rules and limits, kept as data the administrator edits (docs/domain.md (b), (f) 6–8)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models.aid import AidProgramme, AidRule
from unionoffice.domain.aid.kinds import AidType, ProgrammeType, SchoolKind
from unionoffice.domain.aid.rules import Rule, RuleKind, check_rule
from unionoffice.domain.common.errors import NotFoundError
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor

SEPARATOR = "、"

# The rules every programme of a type starts with: no amounts (caps are the office's settings, added by it).
_DEFAULTS: dict[ProgrammeType, tuple[Rule, ...]] = {
    ProgrammeType.GOLDEN_AUTUMN: (
        Rule(RuleKind.ACTIVE_MEMBER, "申请人须为会籍有效的工会会员"),
        Rule(RuleKind.ONCE_PER_CHILD_YEAR, "每名学生每年只能申请一次金秋助学"),
        Rule(RuleKind.EXCLUDED_SCHOOL, "就读军事院校、公费师范等免缴学费院校的学生不在资助范围",
             values=(SchoolKind.MILITARY.value, SchoolKind.FREE_TEACHER.value)),
        Rule(RuleKind.AIDED_ELSEWHERE, "已获其他部门或其他层级工会助学资助的学生不重复资助"),
    ),
    ProgrammeType.HARDSHIP: (
        Rule(RuleKind.ACTIVE_MEMBER, "申请人须为会籍有效的工会会员"),
        Rule(RuleKind.HARDSHIP_FILE, "生活、医疗、助学救助限在档困难职工家庭",
             values=(AidType.LIVING.value, AidType.MEDICAL.value, AidType.EDUCATION.value)),
    ),
    ProgrammeType.WARMTH: (
        Rule(RuleKind.ACTIVE_MEMBER, "送温暖对象为在会会员和保留会籍的退休困难职工", flag=True),
    ),
}


def default_rules(kind: ProgrammeType) -> tuple[Rule, ...]:
    return _DEFAULTS.get(kind, ())


def _plain(row: AidRule) -> Rule:
    values = tuple(v for v in (row.choices or "").split(SEPARATOR) if v)
    return Rule(RuleKind(row.kind), row.policy, row.amount_fen, row.dibao_months, row.flag, values, row.id)


def rules_in(session: Session, programme_id: int, *, enabled_only: bool = True) -> list[Rule]:
    stmt = select(AidRule).where(AidRule.programme_id == programme_id).order_by(AidRule.position, AidRule.id)
    if enabled_only:
        stmt = stmt.where(AidRule.enabled.is_(True))
    return [_plain(r) for r in session.execute(stmt).scalars()]


def write_rules(session: Session, programme_id: int, rules: Sequence[Rule]) -> None:
    session.execute(delete(AidRule).where(AidRule.programme_id == programme_id))
    session.add_all(AidRule(programme_id=programme_id, position=i, kind=r.kind.value, policy=r.policy.strip(),
                            amount_fen=r.amount_fen, dibao_months=r.dibao_months, flag=r.flag,
                            choices=SEPARATOR.join(r.values) or None, enabled=True) for i, r in enumerate(rules))


def programme_rules(db: Database, actor: Actor, programme_id: int) -> list[Rule]:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return rules_in(session, programme_id)


def save_rules(db: Database, actor: Actor, programme_id: int, rules: Sequence[Rule]) -> None:
    """Replace the programme's rules (in this order). Decisions already taken stand; the rules apply to the
    next step that checks them."""
    actor.require(Permission.MANAGE_AID_PROGRAMMES)
    for rule in rules:
        check_rule(rule)
    with db.write() as session:
        programme = session.get(AidProgramme, programme_id)
        if programme is None:
            raise NotFoundError(f"没有编号为 {programme_id} 的帮扶项目")
        old = [r.policy for r in rules_in(session, programme_id)]
        write_rules(session, programme_id, rules)
        audit.record(session, actor, "update", f"修改“{programme.name}”的资格规则（{len(rules)} 条）",
                     entity="aid_programme", entity_id=programme_id,
                     changes={"rules": (SEPARATOR.join(old), SEPARATOR.join(r.policy for r in rules))})
