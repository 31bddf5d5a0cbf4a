"""Theory and practical weights of an event and the weighted total (docs/domain.md (b) Competition)."""

from __future__ import annotations

from dataclasses import dataclass

from unionoffice.domain.common.errors import ValidationError

# Office settings with these defaults: the usual split, and the housing ministry's cap on theory (docs/domain.md (b)).
DEFAULT_THEORY_PCT = 30
HOUSING_THEORY_CAP_PCT = 30
# A total is kept in ten-thousandths of a point: hundredths of a score × whole percent, exact.
TOTAL_SCALE = 10_000


@dataclass(frozen=True, slots=True)
class Weights:
    """Percent of the total taken by theory and by practical; they add up to 100."""

    theory: int = DEFAULT_THEORY_PCT
    practical: int = 100 - DEFAULT_THEORY_PCT

    def total(self, theory: int, practical: int) -> int:
        """Hundredths of a point in, ten-thousandths out: 80 and 90 at 30/70 give 87.0 → 870000."""
        return theory * self.theory + practical * self.practical

    @property
    def label(self) -> str:
        return f"理论 {self.theory}% / 实操 {self.practical}%"


def check_weights(theory_pct: int, *, housing_ministry: bool = False,
                  housing_cap_pct: int = HOUSING_THEORY_CAP_PCT, event: str = "") -> Weights:
    """The weights an event may use: whole percents from 0 to 100; for an event under the housing ministry's rule
    the theory weight may not exceed its cap (a setting, 30 % by default)."""
    name = f"“{event}”" if event else "该赛项"
    if isinstance(theory_pct, bool) or not isinstance(theory_pct, int) or not 0 <= theory_pct <= 100:
        raise ValidationError("应为 0～100 之间的整数", field="理论权重", key="theory_pct")
    if housing_ministry and theory_pct > housing_cap_pct:
        raise ValidationError(f"{name}执行住房和城乡建设部规定，理论成绩权重不得超过 {housing_cap_pct}%"
                              f"（现为 {theory_pct}%）", field="理论权重", key="theory_pct")
    return Weights(theory_pct, 100 - theory_pct)


def format_total(total: int | None) -> str:
    """870000 → "87", 896180 → "89.618"; None → ""."""
    if total is None:
        return ""
    whole, part = divmod(total, TOTAL_SCALE)
    return f"{whole}" if part == 0 else f"{whole}.{part:04d}".rstrip("0")
