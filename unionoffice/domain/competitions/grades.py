"""Skill-grade steps for an event's best (docs/domain.md (b) Competition, (e) Incentives, (f) 9)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from unionoffice.domain.members.dictionaries import SKILL_GRADES

# Low to high: 五级/初级工 … 一级/高级技师 (docs/domain.md (a)).
GRADES: tuple[str, ...] = SKILL_GRADES[1:]
TECHNICIAN = GRADES[3]  # 二级/技师
SENIOR_TECHNICIAN = GRADES[4]  # 一级/高级技师
SKILLED = GRADES[2]  # 三级/高级工
DEFAULT_GRADE_PLACES = 10  # the article's "top 10 go up one grade"


class GradeRule(StrEnum):
    """Which step an eligible entrant is proposed for (an office setting)."""

    ONE_STEP = "晋升一级"  # the article: the top 10 of an event go up one grade
    BY_PRIZE = "按奖项晋升"  # Hainan: medallists → 二级, or 一级 if they hold 二级; merit awards → 三级


@dataclass(frozen=True, slots=True)
class GradeStep:
    current: str
    proposed: str | None  # None: no step, `reason` says why
    reason: str = ""


def grade_index(grade: str | None) -> int:
    """-1 for no grade, 0 for 五级 … 4 for 一级; a grade written without its 职业 name counts too (二级 = 二级/技师)."""
    text = (grade or "").strip()
    if not text:
        return -1
    for index, name in enumerate(GRADES):
        if text == name or text in name.split("/"):
            return index
    return -1


def proposed_step(current: str | None, rule: GradeRule, *, prize: str | None = None,
                  merit: bool = False) -> GradeStep:
    """One entrant's step under `rule`; never above 一级/高级技师 and never downwards."""
    held = grade_index(current)
    now = GRADES[held] if held >= 0 else ""
    if held == len(GRADES) - 1:
        return GradeStep(now, None, f"已是{SENIOR_TECHNICIAN}，不能再晋升")
    if rule is GradeRule.ONE_STEP:
        return GradeStep(now, GRADES[held + 1])
    if prize is None:
        return GradeStep(now, None, "未获奖，按奖项晋升的规则不晋级")
    if merit:
        target = GRADES.index(SKILLED)
    else:
        target = GRADES.index(SENIOR_TECHNICIAN if held == GRADES.index(TECHNICIAN) else TECHNICIAN)
    if target <= held:
        return GradeStep(now, None, f"已持有{now}，{prize}对应的等级不高于现有等级")
    return GradeStep(now, GRADES[target])
