"""Honour types, who may receive them, what they rest on, and the quota kept for competition and innovation winners.

The quota comes from the article (docs/domain.md (b) Competition, (e) Incentives): at least 10 % of each year's
May-Day and Worker-Pioneer honours go to winners of skill competitions or technical innovation. The share is an
office setting (the 10 % is the article's figure); the rule itself lives here, so the page that shows it while a list
is drafted and the service that enforces it on finalising compute the same figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.members.distinctions import DistinctionKind

DEFAULT_QUOTA_PERCENT = 10
LEVELS: tuple[str, ...] = ("区县级", "市级", "省级", "国家级")
MAX_TEXT = 200


class RecipientKind(StrEnum):
    MEMBER = "个人"
    UNION = "单位"  # a grassroots union's unit: 五一劳动奖状, 模范职工之家
    TEAM = "班组"  # a named team within a union's unit: 工人先锋号

    @property
    def counter(self) -> str:
        """The measure word for counting recipients: 12名 people, 3个 units or teams."""
        return "名" if self is RecipientKind.MEMBER else "个"


class HonourType(StrEnum):
    MAY_DAY_CERTIFICATE = "五一劳动奖状"
    MAY_DAY_MEDAL = "五一劳动奖章"
    WORKER_PIONEER = "工人先锋号"
    MODEL_WORKER = "劳动模范"
    TECHNICAL_EXPERT = "技术能手"
    UNION_CADRE = "优秀工会干部"
    UNION_ACTIVIST = "优秀工会积极分子"
    MODEL_HOME = "模范职工之家"

    @property
    def spec(self) -> HonourSpec:
        return SPECS[self]


@dataclass(frozen=True)
class HonourSpec:
    recipient: RecipientKind
    in_quota: bool  # counted in the May-Day and Worker-Pioneer quota
    distinction: DistinctionKind | None  # what a member holds once granted (None for collectives)
    is_title: bool  # printed "……称号" (a title), not a medal, certificate or banner


SPECS: dict[HonourType, HonourSpec] = {
    HonourType.MAY_DAY_CERTIFICATE: HonourSpec(RecipientKind.UNION, True, None, False),
    HonourType.MAY_DAY_MEDAL: HonourSpec(RecipientKind.MEMBER, True, DistinctionKind.MAY_DAY_MEDAL, False),
    HonourType.WORKER_PIONEER: HonourSpec(RecipientKind.TEAM, True, None, False),
    HonourType.MODEL_WORKER: HonourSpec(RecipientKind.MEMBER, False, DistinctionKind.MODEL_WORKER, True),
    HonourType.TECHNICAL_EXPERT: HonourSpec(RecipientKind.MEMBER, False, DistinctionKind.TECHNICAL_EXPERT, True),
    HonourType.UNION_CADRE: HonourSpec(RecipientKind.MEMBER, False, DistinctionKind.OTHER_HONOUR, True),
    HonourType.UNION_ACTIVIST: HonourSpec(RecipientKind.MEMBER, False, DistinctionKind.OTHER_HONOUR, True),
    HonourType.MODEL_HOME: HonourSpec(RecipientKind.UNION, False, None, True),
}
# The order of a decision and of every list: collective May-Day honours first, as decisions print them.
TYPE_ORDER: tuple[HonourType, ...] = tuple(HonourType)
QUOTA_TYPES: frozenset[HonourType] = frozenset(t for t in HonourType if SPECS[t].in_quota)


class BasisKind(StrEnum):
    COMPETITION = "竞赛获奖"  # a competition result, usually a member's recorded prize
    INNOVATION = "技术创新成果"
    DEED = "先进事迹"

    @property
    def is_winner(self) -> bool:
        """Counts toward the quota kept for competition and innovation winners."""
        return self is not BasisKind.DEED


class ListStatus(StrEnum):
    DRAFT = "草拟"
    FINAL = "已定稿"


def honour_name(region: str, honour_type: HonourType) -> str:
    """The honour as printed: 示例区五一劳动奖章, 吉林省劳动模范."""
    return f"{region}{honour_type.value}"


def region_of(issuer: str) -> str:
    """The place name an office puts before its honours: 长春市南关区总工会 → 长春市南关区."""
    name = issuer.strip()
    for suffix in ("总工会", "工会联合会", "工会"):
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


_PRIZE_TAIL = re.compile(r"(?:决赛)?(?:[一二三四五六七八九十]等奖|优秀奖|优胜奖|金奖|银奖|铜奖|"
                         r"第[一二三四五六七八九十\d]+名|冠军|亚军|季军)$")


def event_of(title: str) -> str:
    """The event a competition prize was won in, from the prize's recorded title: the title without its prize band
    (示例区第三届职工职业技能大赛焊工赛项一等奖 → 示例区第三届职工职业技能大赛焊工赛项). The decision groups the
    honourees of competition-based honours by this event."""
    text = " ".join(title.split())
    stripped = _PRIZE_TAIL.sub("", text).rstrip(" ·-—　")
    return stripped or text


def clean_text(value: str, label: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    """Trimmed single-spaced text, or a ValidationError naming the field."""
    text = " ".join(value.split())
    if required and not text:
        raise ValidationError(f"请填写{label}", field=label)
    if len(text) > limit:
        raise ValidationError(f"{label}不能超过 {limit} 个字", field=label)
    return text


def check_year(year: int) -> int:
    if not 1950 <= year <= 2100:
        raise ValidationError(f"年度 {year} 不合理", field="年度")
    return year


def check_percent(percent: int) -> int:
    if not 0 <= percent <= 100:
        raise ValidationError(f"比例 {percent}% 应在 0～100 之间", field="竞赛获奖者比例")
    return percent


@dataclass(frozen=True)
class QuotaCount:
    honour_type: HonourType
    total: int
    winners: int


@dataclass(frozen=True)
class QuotaFigures:
    """A year's May-Day and Worker-Pioneer honours, and how many of them went to competition or innovation winners."""

    year: int
    percent: int
    by_type: tuple[QuotaCount, ...]

    @property
    def total(self) -> int:
        return sum(c.total for c in self.by_type)

    @property
    def winners(self) -> int:
        return sum(c.winners for c in self.by_type)

    @property
    def required(self) -> int:
        """The fewest winners that make `percent` of the total: a share is met only when winners/total ≥ percent."""
        return -(-self.total * self.percent // 100)

    @property
    def met(self) -> bool:
        return self.winners >= self.required

    @property
    def short(self) -> int:
        return max(0, self.required - self.winners)

    def share_text(self) -> str:
        """8.0% — one decimal, as the figures in a message and in the decision read."""
        if not self.total:
            return "0%"
        tenths = (self.winners * 1000 + self.total // 2) // self.total
        return f"{tenths // 10}.{tenths % 10}%"

    def summary(self) -> str:
        """The figures in one Chinese sentence (the page's live line, the refusal on finalising)."""
        parts = "、".join(f"{c.honour_type.value} {c.total}" for c in self.by_type if c.total)
        head = f"{self.year}年五一劳动奖和工人先锋号共 {self.total} 个" + (f"（{parts}）" if parts else "")
        return (f"{head}，其中职业技能竞赛或技术创新获奖者 {self.winners} 个（{self.share_text()}），"
                f"按不低于 {self.percent}% 的要求至少应有 {self.required} 个")

    def refusal(self) -> str:
        return f"不能定稿：{self.summary()}，还差 {self.short} 个。请增加竞赛或创新获奖者，或减少其他人选。"


def quota_figures(year: int, honours: Iterable[tuple[HonourType, BasisKind]], percent: int) -> QuotaFigures:
    """The quota figures of `honours` (type and basis of each honour counted for the year)."""
    totals = {t: [0, 0] for t in TYPE_ORDER if t in QUOTA_TYPES}
    for honour_type, basis in honours:
        if honour_type in totals:
            totals[honour_type][0] += 1
            totals[honour_type][1] += basis.is_winner
    counts = tuple(QuotaCount(t, n, w) for t, (n, w) in totals.items())
    return QuotaFigures(year, check_percent(percent), counts)
