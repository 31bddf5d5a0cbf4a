"""Eligibility and limits as data: each rule an office keeps has a kind, its parameters and the policy text it
cites; `evaluate` checks the facts of one application against them, and every refusal quotes that text.

The kinds cover docs/domain.md (b) and (f) 6–8: active membership (retirees with retained membership may be
excluded), a hardship file where the programme requires one, one Golden Autumn grant per child per year (or new
entrants only), excluded schools (military academies, fee-free teacher training), aid from elsewhere, no double
funding across programmes, and caps per grant, per person and per household a year (an amount, or months of 低保)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from unionoffice.domain.aid.kinds import AidType, ProgrammeType, SchoolKind
from unionoffice.domain.aid.money import format_yuan
from unionoffice.domain.common.errors import ValidationError


class RuleKind(StrEnum):
    ACTIVE_MEMBER = "会籍有效"
    HARDSHIP_FILE = "须在档困难职工"
    ONCE_PER_CHILD_YEAR = "每名子女每年一次"
    NEW_ENTRANTS_ONLY = "仅资助新生"
    EXCLUDED_SCHOOL = "不资助的院校"
    AIDED_ELSEWHERE = "已获其他资助"
    NO_DOUBLE_FUNDING = "不重复资助"
    CAP_PER_GRANT = "单次上限"
    CAP_PER_PERSON_YEAR = "每人每年上限"
    CAP_PER_HOUSEHOLD_YEAR = "每户每年上限"


CAP_KINDS = frozenset({RuleKind.CAP_PER_GRANT, RuleKind.CAP_PER_PERSON_YEAR, RuleKind.CAP_PER_HOUSEHOLD_YEAR})
# Kinds whose `values` name the aid types they apply to (empty: every type of the programme): Hubei caps living,
# medical and education aid differently, and temporary aid is for people not on file.
SCOPED_KINDS = CAP_KINDS | {RuleKind.HARDSHIP_FILE}

# What each kind's parameters mean, for the rule editor.
KIND_HELP: dict[RuleKind, str] = {
    RuleKind.ACTIVE_MEMBER: "申请人须为在会会员；勾选“允许保留会籍”则退休等保留会籍人员也可申请",
    RuleKind.HARDSHIP_FILE: "申请人须有在档的困难职工档案（参数：适用的救助类型，空为全部）",
    RuleKind.ONCE_PER_CHILD_YEAR: "同一子女（按身份证号）同一年度只能获批一次",
    RuleKind.NEW_ENTRANTS_ONLY: "以往年度已获资助的子女不再资助；勾选“允许在读生”则在读生可连续申请",
    RuleKind.EXCLUDED_SCHOOL: "就读院校类别在“参数”中（如 军事院校、公费师范，用顿号分隔）的不予资助",
    RuleKind.AIDED_ELSEWHERE: "已获其他部门或其他层级工会资助的不予资助",
    RuleKind.NO_DOUBLE_FUNDING: "同一年度已获“参数”所列项目类型资助的不予资助（空为任何其他项目）",
    RuleKind.CAP_PER_GRANT: "每次资助金额不超过上限（金额，或低保月数；参数：适用的救助类型，空为全部）",
    RuleKind.CAP_PER_PERSON_YEAR: "同一人（金秋助学为同一子女）每年获批的适用类型金额合计不超过上限",
    RuleKind.CAP_PER_HOUSEHOLD_YEAR: "同一户（同一档案，或同一职工的子女）每年获批的适用类型金额合计不超过上限",
}


@dataclass(frozen=True)
class Rule:
    kind: RuleKind
    policy: str  # the text it cites, e.g. "每名学生每年只能申请一次金秋助学"
    amount_fen: int | None = None  # caps: an amount …
    dibao_months: int | None = None  # … or months of the year's 低保
    flag: bool = False  # ACTIVE_MEMBER: retained membership allowed; NEW_ENTRANTS_ONLY: continuing allowed
    values: tuple[str, ...] = ()  # school kinds; programme types (NO_DOUBLE_FUNDING); aid types (SCOPED_KINDS)
    id: int | None = None

    def cap_fen(self, dibao_fen: int | None) -> int | None:
        if self.amount_fen is not None:
            return self.amount_fen
        if self.dibao_months is not None and dibao_fen is not None:
            return self.dibao_months * dibao_fen
        return None


def check_rule(rule: Rule) -> None:
    """What the editor refuses to save."""
    if not rule.policy.strip():
        raise ValidationError("请填写所依据的政策条文（拒绝时向申请人引用）", field="政策依据")
    if rule.kind in CAP_KINDS:
        if (rule.amount_fen is None) == (rule.dibao_months is None):
            raise ValidationError("上限须填写金额或低保月数（二者选一）", field="上限")
        if (rule.amount_fen or 0) < 0 or (rule.dibao_months or 0) < 0:
            raise ValidationError("上限不能为负数", field="上限")
    if rule.kind in SCOPED_KINDS:
        unknown_types = [v for v in rule.values if v not in {t.value for t in AidType}]
        if unknown_types:
            raise ValidationError(f"“{'、'.join(unknown_types)}”不是救助类型", field="参数")
    if rule.kind is RuleKind.NO_DOUBLE_FUNDING:
        unknown_types = [v for v in rule.values if v not in {t.value for t in ProgrammeType}]
        if unknown_types:
            raise ValidationError(f"“{'、'.join(unknown_types)}”不是项目类型", field="参数")
    if rule.kind is RuleKind.EXCLUDED_SCHOOL:
        unknown = [v for v in rule.values if v not in {k.value for k in SchoolKind}]
        if unknown or not rule.values:
            raise ValidationError(f"院校类别应为 {'、'.join(k.value for k in SchoolKind)} 之一", field="参数")


@dataclass(slots=True)  # not frozen: built once per application of a batch of thousands, frozen costs 3x
class Facts:
    """Everything the rules look at for one application, gathered by the service in its transaction.

    Sums are of approved and paid aid in the programme's year by aid type, without this application."""

    amount_fen: int
    member_status: str
    aid_type: str = AidType.GOLDEN_AUTUMN.value
    member_name: str = ""
    has_filed_hardship: bool = False
    child_id: str | None = None
    child_aided_this_year: bool = False
    child_aided_before: bool = False
    new_student: bool = True
    school_kind: str = SchoolKind.ORDINARY.value
    aided_elsewhere: bool = False
    other_programme_types: frozenset[str] = frozenset()  # types of other programmes that aided them this year
    person_year_fen: Mapping[str, int] = field(default_factory=dict)  # aid type -> fen
    household_year_fen: Mapping[str, int] = field(default_factory=dict)
    dibao_fen: int | None = None


@dataclass(frozen=True)
class Refusal:
    rule: Rule
    detail: str  # what in this case breaks it

    @property
    def message(self) -> str:
        return f"不符合规定“{self.rule.policy}”：{self.detail}"


@dataclass
class Verdict:
    refusals: list[Refusal] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.refusals

    def raise_first(self) -> None:
        if self.refusals:
            raise ValidationError(self.refusals[0].message, field=self.refusals[0].rule.kind.value)


def evaluate(rules: Iterable[Rule], facts: Facts) -> Verdict:
    """Every rule in order; each broken one gives a refusal quoting its policy text."""
    verdict = Verdict()
    for rule in rules:
        detail = _broken(rule, facts)
        if detail:
            verdict.refusals.append(Refusal(rule, detail))
    return verdict


def _broken(rule: Rule, f: Facts) -> str | None:
    kind = rule.kind
    if kind in SCOPED_KINDS and rule.values and f.aid_type not in rule.values:
        return None
    if kind is RuleKind.ACTIVE_MEMBER:
        allowed = {"在会", "保留会籍"} if rule.flag else {"在会"}
        return None if f.member_status in allowed else f"申请人会籍状态为“{f.member_status}”"
    if kind is RuleKind.HARDSHIP_FILE:
        return None if f.has_filed_hardship else "申请人没有在档的困难职工档案"
    if kind is RuleKind.ONCE_PER_CHILD_YEAR:
        return "该子女本年度已获资助" if f.child_id and f.child_aided_this_year else None
    if kind is RuleKind.NEW_ENTRANTS_ONLY:
        if f.child_id and f.child_aided_before and not (rule.flag and not f.new_student):
            return "该子女以往年度已获资助"
        return None
    if kind is RuleKind.EXCLUDED_SCHOOL:
        return f"就读院校为{f.school_kind}" if f.school_kind in rule.values else None
    if kind is RuleKind.AIDED_ELSEWHERE:
        return "已获其他部门或其他层级工会资助" if f.aided_elsewhere else None
    if kind is RuleKind.NO_DOUBLE_FUNDING:
        hits = f.other_programme_types & set(rule.values) if rule.values else f.other_programme_types
        return f"本年度已获{'、'.join(sorted(hits))}资助" if hits else None
    return _cap_broken(rule, f)


def _cap_broken(rule: Rule, f: Facts) -> str | None:
    cap = rule.cap_fen(f.dibao_fen)
    if cap is None:
        return "未设定本年度低保标准，无法计算上限" if rule.dibao_months is not None else None
    if rule.kind is RuleKind.CAP_PER_GRANT:
        if f.amount_fen <= cap:
            return None
        return f"本次 {format_yuan(f.amount_fen)} 元，超过上限 {format_yuan(cap)} 元"
    # Only the total this rule caps (a batch of 1,000 approvals checks three caps on each).
    person = rule.kind is RuleKind.CAP_PER_PERSON_YEAR
    scope = rule.values or None
    granted = f.person_year_fen if person else f.household_year_fen
    earlier = sum(v for t, v in granted.items() if scope is None or t in scope)
    if earlier + f.amount_fen <= cap:
        return None
    already = f"已获批 {format_yuan(earlier)} 元，" if earlier else ""
    who = "本人本年" if person else "本户本年"
    return f"{who}{already}加上本次 {format_yuan(f.amount_fen)} 元，超过上限 {format_yuan(cap)} 元"


def refusal_messages(verdict: Verdict) -> Sequence[str]:
    return [r.message for r in verdict.refusals]
