"""Builders for the widget tests: a small district with one known member, and the context a page takes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from unionoffice.db.engine import Database
from unionoffice.domain.common.idnumber import check_char
from unionoffice.domain.common.permissions import Role
from unionoffice.domain.members.rules import MemberDraft
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.members.organisations import UnionDraft, create_district, create_union
from unionoffice.services.members.records import create_member
from unionoffice.ui.shell.context import AppContext

CLERK = Actor(username="clerk", role=Role.CLERK, user_id=2, display_name="经办人")


def make_id(birth: str = "19900307", sequence: str = "123", area: str = "220102") -> str:
    body = area + birth + sequence
    return body + check_char(body)


@dataclass
class District:
    db: Database
    north: int
    south: int
    zhang: int  # 张三丰, a member of `north`


def make_district_with_member(db: Database) -> District:
    """A district with two grassroots unions and one known member."""
    create_district(db, SYSTEM, "南关区总工会", "220102")
    north = create_union(db, SYSTEM, UnionDraft(name="一汽北厂工会", employer="一汽北厂", unit_nature="企业"))
    south = create_union(db, SYSTEM, UnionDraft(name="南湖医院工会", employer="南湖医院", unit_nature="事业"))
    zhang = create_member(db, CLERK, MemberDraft(name="张三丰", id_number=make_id("19800101", "011"),
                                                  union_id=north, join_date=date(2005, 3, 1), phone="13904310001"))
    return District(db, north, south, zhang)


def context(db: Database, actor: Actor) -> AppContext:
    return AppContext(db=db, actor=actor)
