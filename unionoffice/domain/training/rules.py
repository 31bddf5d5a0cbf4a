"""Training rules: attendance marks, hours credited per mark, the completion rule, and the waiting list."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from unionoffice.domain.common.errors import ValidationError

# Hours (学时) are kept as integer tenths, as money is kept in fen: 3.5 学时 is 35, so sums never drift.
HOURS_SCALE = 10
MAX_SESSION_TENTHS = 120  # 12 学时: more than a full day in one session is a typing error

SECTORS: tuple[str, ...] = ("新能源", "新旅游", "新农业", "新电商", "新材料", "新装备")
HQ_SECTOR = "综合"  # the "1" of "1+6+N": the federation's own academy spans every sector
ALL_SECTORS: tuple[str, ...] = (HQ_SECTOR, *SECTORS)
MODULE_KINDS: tuple[str, ...] = ("理论", "实操", "党史教育", "劳模工匠精神", "公共管理")
PERIODS: tuple[str, ...] = ("上午", "下午", "晚上", "全天")


class Mark(StrEnum):
    """One attendance mark; stored as one letter because a year holds hundreds of thousands of them."""

    PRESENT = "P"
    LATE = "L"
    EXCUSED = "E"
    ABSENT = "A"

    @property
    def label(self) -> str:
        return MARK_LABELS[self]


MARK_LABELS: dict[Mark, str] = {Mark.PRESENT: "出勤", Mark.LATE: "迟到", Mark.EXCUSED: "请假", Mark.ABSENT: "缺勤"}
# Keys a clerk types in the grid: the letters, or 1–4 on the number pad.
MARK_KEYS: dict[str, Mark] = {
    "P": Mark.PRESENT, "1": Mark.PRESENT,
    "L": Mark.LATE, "2": Mark.LATE,
    "E": Mark.EXCUSED, "3": Mark.EXCUSED,
    "A": Mark.ABSENT, "4": Mark.ABSENT,
}
_CYCLE: tuple[Mark | None, ...] = (None, Mark.PRESENT, Mark.LATE, Mark.EXCUSED, Mark.ABSENT)


def next_mark(current: Mark | None) -> Mark | None:
    """Space in the grid: blank → 出勤 → 迟到 → 请假 → 缺勤 → blank."""
    return _CYCLE[(_CYCLE.index(current) + 1) % len(_CYCLE)]


class EnrolmentStatus(StrEnum):
    ENROLLED = "已报名"
    WAITING = "候补"
    WITHDRAWN = "已退出"


class Assessment(StrEnum):
    PENDING = "未考核"
    PASSED = "合格"
    FAILED = "不合格"


def parse_hours(text: str | int | float, field: str = "学时") -> int:
    """'3.5' → 35 tenths. Rejects negatives and more than one decimal place."""
    try:
        value = Decimal(str(text).strip() or "0")
    except InvalidOperation:
        raise ValidationError(f"“{text}”不是数字", field=field) from None
    tenths = value * HOURS_SCALE
    if value < 0 or tenths != tenths.to_integral_value():
        raise ValidationError("应为不小于 0 的数，最多一位小数", field=field)
    return int(tenths)


def format_hours(tenths: int) -> str:
    """35 → '3.5', 40 → '4'."""
    whole, part = divmod(tenths, HOURS_SCALE)
    return str(whole) if part == 0 else f"{whole}.{part}"


def split_hours(total_tenths: int, sessions: int) -> list[int]:
    """A module's hours spread over its sessions, whole 学时 where possible; the sum is always the total."""
    if sessions < 1:
        raise ValidationError("至少安排 1 个课次", field="课次")
    whole = total_tenths // HOURS_SCALE
    base, extra = divmod(whole, sessions)
    parts = [(base + (1 if i < extra else 0)) * HOURS_SCALE for i in range(sessions)]
    parts[-1] += total_tenths - whole * HOURS_SCALE
    return parts


def plan_sessions(start: date, end: date, counts: Sequence[int]) -> list[tuple[int, date, str]]:
    """(module index, day, period) for each module's sessions in order: mornings and afternoons of the
    working days first, then evenings; a short class with many sessions doubles up on the last slots."""
    total = sum(counts)
    if total < 1:
        raise ValidationError("至少安排 1 个课次", field="课次")
    days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
    working = [d for d in days if d.weekday() < 5] or days
    slots = [(d, p) for d in working for p in PERIODS[:2]]
    if len(slots) < total:
        slots += [(d, PERIODS[2]) for d in working]
        slots.sort(key=lambda slot: (slot[0], PERIODS.index(slot[1])))
    plan: list[tuple[int, date, str]] = []
    for index, count in enumerate(counts):
        for _ in range(count):
            day, period = slots[min(len(plan), len(slots) - 1)]
            plan.append((index, day, period))
    return plan


@dataclass(frozen=True)
class CompletionRule:
    """What a class asks for completion (结业): share of hours attended, a passed assessment, late credit."""

    min_attendance_pct: int = 80
    require_assessment: bool = True
    late_credit_pct: int = 100  # a late arrival earns this share of the session's hours

    def validated(self) -> CompletionRule:
        if not 0 <= self.min_attendance_pct <= 100:
            raise ValidationError("应在 0～100 之间", field="结业出勤比例")
        if not 0 <= self.late_credit_pct <= 100:
            raise ValidationError("应在 0～100 之间", field="迟到计学时比例")
        return self

    def describe(self) -> str:
        parts = [f"出勤学时不少于 {self.min_attendance_pct}%"]
        if self.require_assessment:
            parts.append("考核合格")
        return "且".join(parts)


def credited_tenths(mark: Mark | None, session_tenths: int, late_credit_pct: int = 100) -> int:
    """Hours a mark earns: present = all, late = the class's share (rounded down), excused/absent/blank = 0."""
    if mark is Mark.PRESENT:
        return session_tenths
    if mark is Mark.LATE:
        return session_tenths * late_credit_pct // 100
    return 0


def credited_total(marks: Iterable[tuple[Mark | None, int]], late_credit_pct: int = 100) -> int:
    """Sum over (mark, session hours) pairs."""
    return sum(credited_tenths(mark, hours, late_credit_pct) for mark, hours in marks)


def credited_from_groups(groups: Mapping[tuple[Mark, int], int], late_credit_pct: int = 100) -> int:
    """The same sum from SQL's GROUP BY (mark, session hours) → count, so no row is fetched one by one."""
    return sum(credited_tenths(mark, hours, late_credit_pct) * count for (mark, hours), count in groups.items())


@dataclass(frozen=True)
class Completion:
    """The outcome for one trainee. `computed` is what the rule says; `completed` includes a reviewer's override."""

    completed: bool
    computed: bool
    overridden: bool
    reason: str
    credited_tenths: int = 0
    total_tenths: int = 0

    @property
    def label(self) -> str:
        text = "结业" if self.completed else "未结业"
        return text + "（改判）" if self.overridden else text


def attendance_met(rule: CompletionRule, credited: int, total: int) -> bool:
    """Integer comparison, so 80% of 36 学时 needs exactly 28.8 and 28.7 fails."""
    return total > 0 and credited * 100 >= total * rule.min_attendance_pct


def evaluate(rule: CompletionRule, credited: int, total: int, assessment: Assessment | str,
             override: bool | None = None) -> Completion:
    """Apply the class's rule; an override (True/False) set by a reviewer wins over the computed result."""
    assessment = Assessment(assessment)
    reasons: list[str] = []
    if total <= 0:
        reasons.append("未安排课次")
    elif not attendance_met(rule, credited, total):
        reasons.append(f"出勤 {format_hours(credited)}/{format_hours(total)} 学时，不足 {rule.min_attendance_pct}%")
    if rule.require_assessment and assessment is not Assessment.PASSED:
        reasons.append("考核不合格" if assessment is Assessment.FAILED else "尚未考核")
    computed = not reasons
    reason = "符合结业条件" if computed else "；".join(reasons)
    if override is None or override == computed:
        return Completion(computed, computed, False, reason, credited, total)
    return Completion(override, computed, True, reason, credited, total)


@dataclass(frozen=True)
class WaitingMove:
    """What a capacity change or a withdrawal does to the waiting list: who moves up, new positions."""

    promoted: list[int]
    positions: dict[int, int]


def move_up(capacity: int, enrolled: int, waiting: Sequence[int]) -> WaitingMove:
    """Fill free places from the head of the waiting list (ids in queue order) and renumber the rest 1…n."""
    free = max(0, capacity - enrolled)
    promoted = list(waiting[:free])
    rest = waiting[free:]
    return WaitingMove(promoted, {enrolment_id: i + 1 for i, enrolment_id in enumerate(rest)})
