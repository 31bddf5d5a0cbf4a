"""Names on public notices (公示): the surname and a star (docs/reliability.md R2)."""

from __future__ import annotations

# Two-character surnames a notice keeps whole (欧阳*, not 欧*): the common ones of the national register.
COMPOUND_SURNAMES = frozenset({
    "欧阳", "司马", "上官", "诸葛", "东方", "尉迟", "慕容", "皇甫", "公孙", "长孙", "宇文", "司徒", "夏侯", "令狐",
    "澹台", "轩辕", "端木", "独孤", "南宫", "西门", "呼延", "万俟", "闻人", "赫连", "申屠", "百里", "东郭", "左丘",
})


def mask_name(name: str) -> str:
    """张伟 → 张*, 欧阳娜娜 → 欧阳*, 阿依古丽·买买提 → 阿依古丽·*: what R2 allows a public notice to show."""
    text = " ".join(name.split())
    if not text:
        return ""
    if "·" in text:
        return text.split("·", 1)[0] + "·*"
    surname = text[:2] if text[:2] in COMPOUND_SURNAMES and len(text) > 2 else text[0]
    return surname + "*"
