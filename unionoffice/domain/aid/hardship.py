"""Hardship category from income against the local lines, with the reason shown to the clerk (docs/domain.md (b)).

The lines are settings of the year (`Standard`): 低保 and the relative and accident ceilings as multiples of it in
per mille (1500 = 1.5 × 低保: Yuyao; 2000: Pingdingshan). Nothing here is a local constant."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from unionoffice.domain.aid.kinds import ACCIDENT_CAUSES, Cause, HardshipCategory
from unionoffice.domain.aid.money import format_yuan
from unionoffice.domain.common.errors import ValidationError


@dataclass(frozen=True)
class Standard:
    """The local lines of one year."""

    year: int
    dibao_fen: int  # monthly 低保 per person
    relative_permille: int  # ceiling of relative hardship, per mille of 低保
    accident_permille: int  # ceiling of accident-caused hardship, per mille of 低保

    def __post_init__(self) -> None:
        if self.dibao_fen <= 0:
            raise ValidationError("低保标准必须大于 0", field="低保标准")
        if not 1000 <= self.relative_permille <= self.accident_permille:
            raise ValidationError("相对困难上限应不低于低保，意外致困上限应不低于相对困难上限", field="困难认定标准")

    @property
    def relative_ceiling_fen(self) -> int:
        return self.dibao_fen * self.relative_permille // 1000

    @property
    def accident_ceiling_fen(self) -> int:
        return self.dibao_fen * self.accident_permille // 1000


@dataclass(frozen=True)
class Income:
    """A household's monthly figures: income after essential costs, divided over its members."""

    household_income_fen: int
    essential_costs_fen: int  # 刚性支出: illness, disability, schooling
    household_size: int

    @property
    def per_capita_fen(self) -> int:
        if self.household_size < 1:
            raise ValidationError("家庭人口至少 1 人", field="家庭人口")
        net = max(0, self.household_income_fen - self.essential_costs_fen)
        return net // self.household_size


@dataclass(frozen=True)
class Classification:
    category: HardshipCategory | None  # None: above every line, not eligible for filing
    reason: str


def classify(per_capita_fen: int, causes: Iterable[Cause | str], standard: Standard) -> Classification:
    """Deep hardship always means income ≤ 低保; relative up to the relative ceiling; accident-caused between the
    relative and accident ceilings, and only for an accidental cause (never school fees or low income alone)."""
    income = format_yuan(per_capita_fen)
    dibao = format_yuan(standard.dibao_fen)
    if per_capita_fen <= standard.dibao_fen:
        return Classification(HardshipCategory.DEEP, f"人均月收入 {income} 元，不高于{standard.year}年低保 {dibao} 元")
    relative = standard.relative_ceiling_fen
    if per_capita_fen <= relative:
        return Classification(HardshipCategory.RELATIVE,
                              f"人均月收入 {income} 元，高于低保 {dibao} 元、"
                              f"不高于相对困难上限 {format_yuan(relative)} 元"
                              f"（低保的 {standard.relative_permille / 1000:g} 倍）")
    accident = standard.accident_ceiling_fen
    accidental = sorted(c.value for c in (Cause(x) for x in causes) if c in ACCIDENT_CAUSES)
    if per_capita_fen <= accident and accidental:
        return Classification(HardshipCategory.ACCIDENT,
                              f"人均月收入 {income} 元，不高于意外致困上限 {format_yuan(accident)} 元，"
                              f"致困原因：{'、'.join(accidental)}")
    if per_capita_fen <= accident:
        return Classification(None, f"人均月收入 {income} 元，高于相对困难上限 {format_yuan(relative)} 元；"
                                    "仅因学费或收入低致困的不属于意外致困")
    return Classification(None, f"人均月收入 {income} 元，高于意外致困上限 {format_yuan(accident)} 元，不符合建档条件")
