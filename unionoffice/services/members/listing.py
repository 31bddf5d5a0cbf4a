"""The member table's data: counts and pages in SQL over indexed orders, masked for the user's role."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import Select, func, select, tuple_
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, Organisation
from unionoffice.domain.common.idnumber import mask_id
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.common.phone import mask_account, mask_phone
from unionoffice.exchange.xlsx_report import DATE, INT, Column
from unionoffice.services.core.context import Actor
from unionoffice.services.core.lists import ListDocument


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


def _keys(sort: SortKey) -> list[Any]:
    keys: dict[SortKey, list[Any]] = {
        SortKey.NAME: [Member.pinyin_full, Member.id],
        SortKey.JOIN_DATE: [Member.join_date, Member.id],
        SortKey.STATUS: [Member.status, Member.id],
        SortKey.UNION: [Member.union_id, Member.pinyin_full, Member.id],
        SortKey.REGISTERED: [Member.id],
    }
    return keys[sort]


def _order(sort: SortKey, descending: bool) -> list[Any]:
    return [k.desc() if descending else k.asc() for k in _keys(sort)]


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


def member_position(db: Database, actor: Actor, flt: MemberFilter, sort: SortKey, descending: bool,
                    member_id: int) -> int | None:
    """The row `member_id` has in `member_page`'s order (so a list can select a member it just saved), or None when
    the filter leaves it out. Counts the rows before it along the sort's index, without reading them."""
    actor.require(Permission.VIEW_RECORDS)
    keys = _keys(sort)
    with db.read() as session:
        values = session.execute(_where(select(*keys), flt).where(Member.id == member_id)).first()
        if values is None:
            return None
        before = tuple_(*keys) > tuple_(*values) if descending else tuple_(*keys) < tuple_(*values)
        stmt = _where(select(func.count()).select_from(Member), flt).where(before)
        return int(session.execute(stmt).scalar_one())


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


_LIST_COLUMNS = (Column("编号", 8, INT), Column("姓名", 10), Column("性别", 5), Column("身份证号", 21),
                 Column("所属基层工会", 28), Column("手机", 13), Column("入会时间", 11, DATE), Column("会籍状态", 9),
                 Column("会员卡号", 14), Column("农民工", 7), Column("困难职工", 9))


def member_list_document(db: Database, actor: Actor, flt: MemberFilter, sort: SortKey = SortKey.NAME,
                         descending: bool = False, ids: list[int] | None = None) -> ListDocument:
    """The member list as the page shows it (its filter and order, or a search's hits in `ids`), masked alike."""
    actor.require(Permission.VIEW_RECORDS)

    def filter_text(session: Session) -> str:
        union = session.get(Organisation, flt.union_id) if flt.union_id is not None else None
        parts = [f"工会：{union.name}" if union is not None else "", f"会籍状态：{flt.status}" if flt.status else "",
                 f"查询结果 {len(ids)} 人" if ids is not None else ""]
        return "；".join(p for p in parts if p) or "全部会员"

    def rows(session: Session) -> Iterator[list[object]]:
        if ids is not None:
            chosen: Iterable[Sequence[int]] = (ids[i:i + 500] for i in range(0, len(ids), 500))
        else:
            walk = _where(select(Member.id), flt).order_by(*_order(sort, descending))
            chosen = session.execute(walk).scalars().partitions(500)
        for chunk in chosen:
            stmt = select(*_COLUMNS).join(Organisation, Organisation.id == Member.union_id).where(
                Member.id.in_(list(chunk)))
            by_id = {r[0]: to_row(r, actor) for r in session.execute(stmt)}
            for member_id in chunk:
                if (m := by_id.get(member_id)) is not None:
                    yield [m.id, m.name, m.sex, m.id_number, m.union_name, m.phone, m.join_date, m.status,
                           m.card_number, "是" if m.is_migrant else "否", m.hardship_category]

    def count(session: Session) -> int:
        if ids is not None:
            return len(ids)
        return int(session.execute(_where(select(func.count()).select_from(Member), flt)).scalar_one())

    return ListDocument("会员名单", _LIST_COLUMNS, rows, count, filter_text, "member", units="单位：人")
