"""The member table's data: counts and pages in SQL over indexed orders, masked for the user's role."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import Select, func, select

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, Organisation
from unionoffice.domain.common.idnumber import mask_id
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.common.phone import mask_account, mask_phone
from unionoffice.services.core.context import Actor


class SortKey(StrEnum):
    """Orders the table can be sorted by; each is backed by a partial index over live members."""

    NAME = "name"
    JOIN_DATE = "join_date"
    STATUS = "status"
    UNION = "union"
    REGISTERED = "registered"


@dataclass(frozen=True)
class MemberRow:
    id: int
    name: str
    sex: str
    id_number: str  # masked unless the role may see full numbers in lists (never, by design)
    union_name: str
    phone: str
    join_date: date
    status: str
    card_number: str
    is_migrant: bool
    hardship_category: str


@dataclass(frozen=True)
class MemberFilter:
    union_id: int | None = None
    status: str | None = None


_COLUMNS = (Member.id, Member.name, Member.sex, Member.id_number, Organisation.name, Member.phone, Member.join_date,
            Member.status, Member.card_number, Member.is_migrant, Member.hardship_category)


def _order(sort: SortKey, descending: bool) -> list[Any]:
    keys: dict[SortKey, list[Any]] = {
        SortKey.NAME: [Member.pinyin_full, Member.id],
        SortKey.JOIN_DATE: [Member.join_date, Member.id],
        SortKey.STATUS: [Member.status, Member.id],
        SortKey.UNION: [Member.union_id, Member.pinyin_full, Member.id],
        SortKey.REGISTERED: [Member.id],
    }
    return [k.desc() if descending else k.asc() for k in keys[sort]]


_S = TypeVar("_S", bound="Select[*tuple[Any, ...]]")


def _where(stmt: _S, flt: MemberFilter) -> _S:
    stmt = stmt.where(Member.deleted_at.is_(None))
    if flt.union_id is not None:
        stmt = stmt.where(Member.union_id == flt.union_id)
    if flt.status is not None:
        stmt = stmt.where(Member.status == flt.status)
    return stmt


def to_row(values: Any, actor: Actor) -> MemberRow:
    """Lists always mask IDs and card numbers (docs/reliability.md R2); phones unless the role may see them."""
    (mid, name, sex, id_number, union, phone, joined, status, card, migrant, hardship) = values
    full_phone = actor.may(Permission.VIEW_FULL_PHONE)
    shown_phone = (phone or "") if full_phone else mask_phone(phone)
    return MemberRow(mid, name, sex, mask_id(id_number), union or "", shown_phone, joined, status, mask_account(card),
                     bool(migrant), hardship or "")


def count_members(db: Database, actor: Actor, flt: MemberFilter) -> int:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return int(session.execute(_where(select(func.count()).select_from(Member), flt)).scalar_one())


def member_page(db: Database, actor: Actor, flt: MemberFilter, sort: SortKey, descending: bool, offset: int,
                limit: int) -> list[MemberRow]:
    """Rows offset..offset+limit in the chosen order.

    The ids come from an index-only walk of a partial index (deep offsets stay cheap because no table
    row is read for the rows skipped); only the page's own rows are then fetched and joined.
    """
    actor.require(Permission.VIEW_RECORDS)
    ids_stmt = _where(select(Member.id), flt).order_by(*_order(sort, descending)).offset(offset).limit(limit)
    with db.read() as session:
        ids = list(session.execute(ids_stmt).scalars())
    return member_rows(db, actor, ids)


def member_rows(db: Database, actor: Actor, ids: list[int]) -> list[MemberRow]:
    """Rows for these member ids, in the order given (search results keep their ranking)."""
    actor.require(Permission.VIEW_RECORDS)
    if not ids:
        return []
    stmt = select(*_COLUMNS).join(Organisation, Organisation.id == Member.union_id).where(Member.id.in_(ids))
    with db.read() as session:
        by_id = {r[0]: to_row(r, actor) for r in session.execute(stmt)}
    return [by_id[i] for i in ids if i in by_id]
