"""What a public notice (公示) may show of a person (docs/reliability.md R2): a partly masked name, no ID number."""

from __future__ import annotations


def notice_name(name: str) -> str:
    """张三明 → 张*明; 张三 → 张*; 欧阳明华 → 欧**华; a single character stays (nothing to hide behind it)."""
    chars = list(name.strip())
    if len(chars) <= 1:
        return "".join(chars)
    if len(chars) == 2:
        return chars[0] + "*"
    return chars[0] + "*" * (len(chars) - 2) + chars[-1]


def mask_child_text(text: str | None) -> str:
    """A child's school for someone without the child-data permission: nothing of it shows."""
    return "***" if text else ""
