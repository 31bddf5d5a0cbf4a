"""The commendation decision's words: its default title and body, and its name list grouped by honour and event.

A 表彰决定 names each honour once, with the first honouree and the count ("授予张三等12名同志“示例区五一劳动
奖章”"), and attaches the full list: one section per honour in the order of `TYPE_ORDER`, and inside an honour
given partly for competition results, one group per competition event, then innovation winners, then the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from unionoffice.domain.honours.rules import (
    QUOTA_TYPES,
    TYPE_ORDER,
    BasisKind,
    HonourType,
    QuotaFigures,
    RecipientKind,
    honour_name,
)

CHINESE_NUMERALS = "一二三四五六七八九十"
OTHERS = "其他"


@dataclass(frozen=True)
class Honouree:
    """One line of the name list: who, where they work, what the honour rests on."""

    honour_type: HonourType
    name: str  # a person, a unit, or a unit's team
    unit: str = ""  # the person's employer ("" for collectives, whose name says it)
    basis: BasisKind = BasisKind.DEED
    event: str = ""  # the competition event, for competition-based honours

    @property
    def line(self) -> str:
        return f"{self.name}　{self.unit}" if self.unit else self.name


@dataclass(frozen=True)
class Group:
    heading: str  # "" when an honour has no competition or innovation winners: its names follow the heading
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    heading: str  # 一、示例区五一劳动奖章（12名）
    groups: tuple[Group, ...]

    @property
    def count(self) -> int:
        return sum(len(g.lines) for g in self.groups)


def ordinal(number: int) -> str:
    """1 → 一, 12 → 十二, 21 → 二十一: the numbers of 一、 and （一） headings."""
    if number <= 10:
        return CHINESE_NUMERALS[number - 1]
    tens, units = divmod(number, 10)
    head = "十" if tens == 1 else CHINESE_NUMERALS[tens - 1] + "十"
    return head + (CHINESE_NUMERALS[units - 1] if units else "")


def _groups(people: Sequence[Honouree]) -> tuple[Group, ...]:
    """By event for competition results (in the order events first appear), then innovation, then the rest."""
    events: dict[str, list[str]] = {}
    innovation: list[str] = []
    others: list[str] = []
    for person in people:
        if person.basis is BasisKind.COMPETITION:
            events.setdefault(person.event or BasisKind.COMPETITION.value, []).append(person.line)
        elif person.basis is BasisKind.INNOVATION:
            innovation.append(person.line)
        else:
            others.append(person.line)
    if not events and not innovation:
        return (Group("", tuple(others)),)
    labelled = [*((f"{event}获奖者", lines) for event, lines in events.items())]
    if innovation:
        labelled.append((f"{BasisKind.INNOVATION.value}获奖者", innovation))
    if others:
        labelled.append((OTHERS, others))
    return tuple(Group(f"（{ordinal(i)}）{label}", tuple(lines)) for i, (label, lines) in enumerate(labelled, 1))


def name_list(region: str, honourees: Sequence[Honouree]) -> tuple[Section, ...]:
    """The decision's attachment: every honouree exactly once, in honour order, grouped by event."""
    by_type: dict[HonourType, list[Honouree]] = {}
    for person in honourees:
        by_type.setdefault(person.honour_type, []).append(person)
    sections = []
    for number, honour_type in enumerate((t for t in TYPE_ORDER if t in by_type), start=1):
        people = by_type[honour_type]
        counter = honour_type.spec.recipient.counter
        heading = f"{ordinal(number)}、{honour_name(region, honour_type)}（{len(people)}{counter}）"
        sections.append(Section(heading, _groups(people)))
    return tuple(sections)


def default_list_name(year: int, region: str, types: Sequence[HonourType]) -> str:
    """2024年度示例区五一劳动奖和工人先锋号 when the list holds May-Day honours, else 先进集体和先进个人."""
    if any(t.spec.in_quota for t in types) or not types:
        return f"{year}年度{region}五一劳动奖和工人先锋号"
    return f"{year}年度{region}先进集体和先进个人"


def decision_title(list_name: str) -> str:
    return f"关于表彰{list_name}的决定"


def attachment_title(list_name: str) -> str:
    return f"{list_name}获得者名单"


def _grant_clause(region: str, honour_type: HonourType, people: Sequence[Honouree]) -> str:
    spec = honour_type.spec
    whom = {RecipientKind.MEMBER: "同志", RecipientKind.UNION: "单位", RecipientKind.TEAM: "集体"}[spec.recipient]
    first = people[0].name
    who = first if len(people) == 1 else f"{first}等{len(people)}{spec.recipient.counter}{whom}"
    if len(people) == 1 and spec.recipient is RecipientKind.MEMBER:
        who = f"{first}同志"
    title = "称号" if spec.is_title else ""
    return f"授予{who}“{honour_name(region, honour_type)}”{title}"


def default_body(year: int, region: str, honourees: Sequence[Honouree], quota: QuotaFigures | None) -> str:
    """The decision's body as a clerk would start from it; paragraphs are lines. The quota paragraph says how many
    of the May-Day and Worker-Pioneer honours went to competition and innovation winners."""
    by_type: dict[HonourType, list[Honouree]] = {}
    for person in honourees:
        by_type.setdefault(person.honour_type, []).append(person)
    clauses = [_grant_clause(region, t, by_type[t]) for t in TYPE_ORDER if t in by_type]
    paragraphs = [
        f"{year}年以来，{region}各级工会组织和广大职工围绕中心、服务大局，在各自岗位上拼搏奉献、建功立业，涌现出一批"
        "先进集体和先进个人。为表彰先进、树立典型，大力弘扬劳模精神、劳动精神、工匠精神，经研究，决定：",
        ("；".join(clauses) + "。") if clauses else "",
    ]
    if quota is not None and quota.total and any(h.honour_type in QUOTA_TYPES for h in honourees):
        paragraphs.append(
            f"在五一劳动奖和工人先锋号中，授予在职业技能竞赛和技术创新中取得优异成绩的职工和集体{quota.winners}个，"
            f"占总数{quota.total}个的{quota.share_text()}。")
    paragraphs.append(
        "希望受到表彰的先进集体和个人珍惜荣誉、再接再厉，充分发挥示范引领作用。各级工会组织和广大职工要以先进为榜样，"
        "立足本职、爱岗敬业、勇于创新，为推动高质量发展作出新的更大贡献。")
    return "\n".join(p for p in paragraphs if p)
