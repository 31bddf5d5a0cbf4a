"""A name list set as text on the GB/T 9704 grid: 一、 headings in 黑体, （一） groups in 楷体, one name a line.

The commendation decision attaches its honourees this way, grouped by honour and by competition event; a table
(documents/table.py) suits lists with figures, this suits lists of names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from unionoffice.documents import text as tx
from unionoffice.documents.fonts import Role
from unionoffice.documents.gbt9704 import BODY_SIZE, CHAR_SPACE, GbtComposer


@dataclass(frozen=True)
class NameGroup:
    heading: str  # （一）焊工赛项获奖者; "" when the names follow the section heading directly
    lines: Sequence[str]


@dataclass(frozen=True)
class NameSection:
    heading: str  # 一、示例区五一劳动奖章（12名）
    groups: Sequence[NameGroup]


def draw_name_list(composer: GbtComposer, sections: Sequence[NameSection]) -> None:
    """Headings indented two characters like paragraphs; a heading never ends a page without a name under it."""
    kai = tx.TextStyle(Role.KAI, BODY_SIZE, char_space=CHAR_SPACE)
    for section in sections:
        composer.ensure(2)
        composer.flush_left(section.heading, composer.styles.heading, indent_chars=2)
        for group in section.groups:
            if group.heading:
                composer.ensure(2)
                composer.flush_left(group.heading, kai, indent_chars=2)
            for line in group.lines:
                composer.flush_left(line, composer.styles.body, indent_chars=2)
