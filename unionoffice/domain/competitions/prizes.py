"""Prize bands of an event (一等奖 … 优秀奖), each by a number of places or a share of the ranked entrants."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from unionoffice.domain.common.errors import ValidationError


class BandMode(StrEnum):
    COUNT = "名额"  # a number of places
    SHARE = "比例"  # a percentage of the ranked entrants, rounded down


@dataclass(frozen=True, slots=True)
class PrizeBand:
    name: str
    mode: BandMode
    value: int
    recommend_expert: bool = False  # winners of this band are recommended for 技术能手
    merit: bool = False  # a merit award (优秀奖), not a medal: the by-prize grade rule treats them apart

    def describe(self) -> str:
        return f"{self.name} {self.value} 名" if self.mode is BandMode.COUNT else f"{self.name} {self.value}%"


# Anhui's tiers (docs/domain.md (b), a local example): 1 first, 3 second, 6 third, plus merit awards. An event's bands
# are its own and editable; these are what a new event starts with.
DEFAULT_BANDS: tuple[PrizeBand, ...] = (
    PrizeBand("一等奖", BandMode.COUNT, 1, recommend_expert=True),
    PrizeBand("二等奖", BandMode.COUNT, 3, recommend_expert=True),
    PrizeBand("三等奖", BandMode.COUNT, 6, recommend_expert=True),
    PrizeBand("优秀奖", BandMode.SHARE, 20, merit=True),
)


def band_limits(bands: Sequence[PrizeBand], ranked: int) -> list[int]:
    """The last place of each band, cumulative and never beyond the ranked entrants: (1, 3, 6, 20 %) of 100 → 1, 4,
    10, 30."""
    limits: list[int] = []
    last = 0
    for band in bands:
        size = band.value if band.mode is BandMode.COUNT else ranked * band.value // 100
        last = min(ranked, last + size)
        limits.append(last)
    return limits


def check_bands(bands: Sequence[PrizeBand]) -> tuple[PrizeBand, ...]:
    names = [b.name.strip() for b in bands]
    for row, (band, name) in enumerate(zip(bands, names, strict=True), start=1):
        if not name:
            raise ValidationError("奖项名称不能为空", field="奖项", row=row)
        if names.count(name) > 1:
            raise ValidationError(f"奖项“{name}”重复", field="奖项", row=row)
        if band.mode is BandMode.SHARE and not 0 <= band.value <= 100:
            raise ValidationError(f"“{name}”的比例应在 0～100 之间", field="奖项", row=row)
        if band.value < 0:
            raise ValidationError(f"“{name}”的名额不能为负数", field="奖项", row=row)
    return tuple(PrizeBand(n, b.mode, b.value, b.recommend_expert, b.merit) for b, n in zip(bands, names, strict=True))
