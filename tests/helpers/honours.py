"""Builders for the honours tests: a small district, recorded competition prizes, lists filled to a quota."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, Organisation
from unionoffice.db.models.organisation import GRASSROOTS
from unionoffice.domain.honours.rules import BasisKind, HonourType
from unionoffice.domain.members.distinctions import DistinctionKind
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.demo.district import generate_demo
from unionoffice.services.honours import register as rg
from unionoffice.services.members.distinctions import record_distinction

YEAR = 2024
WHEN = date(2024, 4, 28)
WELDING_PRIZE = "示例区第三届职工职业技能大赛焊工赛项一等奖"


@dataclass(frozen=True)
class Office:
    members: list[int]  # active members, in id order
    unions: list[int]


def office(db: Database, count: int = 80) -> Office:
    """A demo district of `count` members (three or more grassroots unions)."""
    generate_demo(db, SYSTEM, count, seed=11, today=date(2024, 3, 1))
    with db.read() as session:
        members = list(session.scalars(select(Member.id).where(Member.status == "在会").order_by(Member.id)))
        unions = list(session.scalars(select(Organisation.id).where(Organisation.kind == GRASSROOTS)
                                      .order_by(Organisation.id)))
    return Office(members, unions)


def record_prize(db: Database, member_id: int, title: str = WELDING_PRIZE, source_id: int = 1) -> tuple[str, int]:
    """A competition prize as the competitions module records it when results are final."""
    with db.write() as session:
        record_distinction(session, member_id, kind=DistinctionKind.COMPETITION_PRIZE, title=title, year=YEAR,
                           source_type="competition_entry", source_id=source_id)
    return "competition_entry", source_id


def medal(member_id: int, basis: BasisKind = BasisKind.DEED, text: str = "爱岗敬业，成绩突出",
          source: tuple[str, int] | None = None) -> rg.HonourDraft:
    return rg.HonourDraft(HonourType.MAY_DAY_MEDAL, member_id=member_id, basis_kind=basis,
                          basis_text="" if source else text, basis_source=source)


def may_day_list(db: Database, clerk: Actor, place: Office, *, deeds: int, winners: int = 0,
                 year: int = YEAR, skip: int = 0) -> int:
    """A draft own list: `winners` medals for innovation, then `deeds` medals for deeds (members from `skip` on)."""
    list_id = rg.create_list(db, clerk, rg.ListDraft(year))
    people = iter(place.members[skip:])
    for _ in range(winners):
        rg.add_honour(db, clerk, list_id, medal(next(people), BasisKind.INNOVATION, "焊接机器人改造"))
    for _ in range(deeds):
        rg.add_honour(db, clerk, list_id, medal(next(people)))
    return list_id
