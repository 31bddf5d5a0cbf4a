"""Golden Autumn amounts by school level × tier, as the office sets them per programme (docs/domain.md (b))."""

from __future__ import annotations

from collections.abc import Mapping

from unionoffice.domain.aid.money import format_yuan
from unionoffice.domain.common.errors import ValidationError

TierTable = Mapping[tuple[str, str], int]  # (school level, tier) -> amount in fen


def tier_amount(table: TierTable, level: str, tier: str) -> int:
    """The amount for this level and tier; a combination the programme does not fund is refused."""
    amount = table.get((level, tier))
    if amount is None:
        raise ValidationError(f"本项目没有设定“{level}·{tier}”的资助标准", field="资助档次")
    return amount


def describe(table: TierTable) -> str:
    return "；".join(f"{level}·{tier} {format_yuan(fen)} 元" for (level, tier), fen in sorted(table.items()))
