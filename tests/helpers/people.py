"""Helpers shared by tests that need a district, unions and members."""

from __future__ import annotations

from datetime import date

from unionoffice.db.engine import Database
from unionoffice.domain.common.idnumber import check_char
from unionoffice.domain.members.rules import MemberDraft
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.members.organisations import UnionDraft, create_district, create_union


def make_district(db: Database, unions: int = 2) -> list[int]:
    create_district(db, SYSTEM, "长春市南关区总工会", "220102")
    return [create_union(db, SYSTEM, UnionDraft(name=f"第{i + 1}机械厂工会", employer=f"第{i + 1}机械厂"))
            for i in range(unions)]


def valid_id(seq: int, born: date = date(1985, 3, 14), area: str = "220102") -> str:
    body = f"{area}{born:%Y%m%d}{seq:03d}"
    return body + check_char(body)


def member_draft(union_id: int, seq: int = 2, **kw: object) -> MemberDraft:
    values: dict[str, object] = dict(name="张伟", id_number=valid_id(seq), union_id=union_id,
                                     join_date=date(2010, 5, 1), phone="13800138000")
    values.update(kw)
    return MemberDraft(**values)  # type: ignore[arg-type]


__all__ = ["Actor", "make_district", "member_draft", "valid_id"]
