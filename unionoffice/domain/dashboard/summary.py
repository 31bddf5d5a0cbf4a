"""The annual report's text, written from the figures by rules the office can read: one template per section, each a
list of clauses. A clause names its figures in braces; it is left out when any of them is zero or not recorded, so
no sentence speaks of a figure that is not there.

    {key}          the figure as the report prints it: 万元 for money (to the yuan, trailing zeros dropped),
                   person-times and persons as counted (no thousands separators), ‰ shares as a percentage
    {key|较上年}    the change against last year's same figure: "，较上年增长12.3%", "，较上年下降4.0%",
                   "，与上年持平"; nothing when last year's figure is zero or missing
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

MONEY = "元"

# section key → its clauses, in the order they are read. Edit the words, keep the {keys}.
TEMPLATES: dict[str, tuple[str, ...]] = {
    "members": ("年末共有会员{members}人{members|较上年}", "其中女会员{women}人", "农民工会员{migrants}人",
                "全年新发展会员{flow_入会}人{flow_入会|较上年}", "转入会员{flow_转入}人", "转出会员{flow_转出}人"),
    "files": ("在档困难职工{in_file}户{in_file|较上年}", "全年新建档{filed}户", "脱困撤档{closed}户"),
    "aid": ("全年金秋助学筹集资金{golden_budget}{golden_budget|较上年}",
            "资助困难职工子女{children_workers}人、困难农民工子女{children_migrants}人",
            "各类帮扶核定资金{approved}{approved|较上年}", "已发放{paid}", "受助职工{recipients}人"),
    "recuperation": ("组织职工疗休养{person_times}人次{person_times|较上年}", "其中赴边境地区{border}人次",
                     "占{border_share}"),
    "training": ("工匠学院开办培训班{classes}个", "培训职工{person_times}人次{person_times|较上年}",
                 "累计{hours}学时", "结业{completions}人"),
    "competitions": ("职工技能竞赛预赛参赛{stage_预赛}人次", "决赛参赛{stage_决赛}人次",
                     "{prizes}人获奖{prizes|较上年}",
                     "推荐技术能手{titles}人"),
    "honours": ("表彰先进集体和个人{honours}项{honours|较上年}", "其中五一劳动奖章{type_五一劳动奖章}人",
                "工人先锋号{type_工人先锋号}个", "五一劳动奖状{type_五一劳动奖状}个", "劳动模范{type_劳动模范}人"),
}

_FIELD = re.compile(r"\{([^{}|]+)(?:\|([^{}]+))?\}")


@dataclass(frozen=True)
class Value:
    value: int | None
    unit: str


def wan_yuan(fen: int) -> str:
    """474.369万元: the sum in 万元 to the yuan, trailing zeros dropped."""
    yuan = round(fen / 100)
    text = f"{yuan / 10_000:.4f}".rstrip("0").rstrip(".")
    return f"{text}万元"


def show(value: Value) -> str:
    number = int(value.value or 0)
    if value.unit == MONEY:
        return wan_yuan(number)
    if value.unit == "‰":
        return f"{number / 10:.1f}%"
    return str(number)  # 289590人: no thousands separators in running text


def change(current: int, previous: int | None) -> str:
    """"，较上年增长12.3%" — or nothing when there is nothing to compare with."""
    if not previous:
        return ""
    if current == previous:
        return "，与上年持平"
    pct = (current - previous) * 100 / previous
    word = "增长" if pct > 0 else "下降"
    return f"，较上年{word}{abs(pct):.1f}%"


def clause(template: str, now: Mapping[str, Value], before: Mapping[str, Value]) -> str | None:
    """The clause with its figures filled in, or None when one of them is zero or missing."""
    for key, _ in _FIELD.findall(template):
        found = now.get(key)
        if found is None or not found.value:
            return None

    def fill(match: re.Match[str]) -> str:
        key, how = match.group(1), match.group(2)
        if how == "较上年":
            prior = before.get(key)
            return change(int(now[key].value or 0), prior.value if prior is not None else None)
        return show(now[key])

    return _FIELD.sub(fill, template)


def sentence(section: str, now: Mapping[str, Value], before: Mapping[str, Value],
             templates: Mapping[str, tuple[str, ...]] = TEMPLATES) -> str:
    """The section's sentence ("…，…。"), or "" when none of its figures is there."""
    parts = [c for t in templates.get(section, ()) if (c := clause(t, now, before))]
    return "，".join(parts) + "。" if parts else ""
