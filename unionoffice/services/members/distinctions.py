"""Members' titles, honours and prizes: written by the granting feature, read by everyone through this module."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models.member import MemberDistinction
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.members.distinctions import DistinctionKind, priority_of
from unionoffice.services.core.context import Actor


@dataclass(frozen=True)
class Distinction:
    member_id: int
    kind: DistinctionKind
    title: str
    level: str | None
    year: int
    granted_on: date | None
    source_type: str
    source_id: int


def _plain(row: MemberDistinction) -> Distinction:
    return Distinction(row.member_id, DistinctionKind(row.kind), row.title, row.level, row.year, row.granted_on,
                       row.source_type, row.source_id)


def record_distinction(session: Session, member_id: int, *, kind: DistinctionKind, title: str, year: int,
                       source_type: str, source_id: int, level: str | None = None,
                       granted_on: date | None = None) -> None:
    """Inside the granting service's transaction (it has checked its permission and writes its own audit entry).

    Granting the same source to the same member again updates the title in place.
    """
    existing = session.execute(select(MemberDistinction).where(
        MemberDistinction.source_type == source_type, MemberDistinction.source_id == source_id,
        MemberDistinction.member_id == member_id)).scalar_one_or_none()
    if existing is None:
        session.add(MemberDistinction(member_id=member_id, kind=kind.value, title=title, level=level, year=year,
                                      granted_on=granted_on, source_type=source_type, source_id=source_id))
    else:
        existing.kind, existing.title, existing.level = kind.value, title, level
        existing.year, existing.granted_on = year, granted_on


def withdraw_distinctions(session: Session, source_type: str, source_id: int) -> int:
    """When the granting record is revoked or deleted; returns how many members lost the distinction."""
    result = session.execute(delete(MemberDistinction).where(MemberDistinction.source_type == source_type,
                                                             MemberDistinction.source_id == source_id))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def distinctions_of(db: Database, actor: Actor, member_id: int) -> list[Distinction]:
    """A member's distinctions, newest first (the member page's list)."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        rows = session.execute(select(MemberDistinction).where(MemberDistinction.member_id == member_id)
                               .order_by(MemberDistinction.year.desc(), MemberDistinction.id.desc())).scalars()
        return [_plain(r) for r in rows]


def merit_priority(session: Session, member_ids: Iterable[int], *, since_year: int | None = None) -> dict[int, int]:
    """{member id: priority} for ranking nominations (0 = model worker first); members without merit are absent."""
    ids = list(member_ids)
    found: dict[int, set[str]] = {}
    for chunk_start in range(0, len(ids), 500):
        stmt = select(MemberDistinction.member_id, MemberDistinction.kind).where(
            MemberDistinction.member_id.in_(ids[chunk_start:chunk_start + 500]))
        if since_year is not None:
            stmt = stmt.where(MemberDistinction.year >= since_year)
        for member_id, kind in session.execute(stmt):
            found.setdefault(member_id, set()).add(kind)
    return {member_id: priority_of(kinds) for member_id, kinds in found.items()}


def distinctions_in(session: Session, member_id: int, kind: DistinctionKind | None = None) -> list[Distinction]:
    """Inside another feature's transaction: a member's distinctions (of one kind), newest first."""
    stmt = select(MemberDistinction).where(MemberDistinction.member_id == member_id)
    if kind is not None:
        stmt = stmt.where(MemberDistinction.kind == kind.value)
    rows = session.execute(stmt.order_by(MemberDistinction.year.desc(), MemberDistinction.id.desc())).scalars()
    return [_plain(r) for r in rows]


def holders_in(session: Session, kind: DistinctionKind, *, limit: int = 1000) -> list[Distinction]:
    """Inside another feature's transaction: distinctions of one kind across members, newest first."""
    rows = session.execute(select(MemberDistinction).where(MemberDistinction.kind == kind.value)
                           .order_by(MemberDistinction.year.desc(), MemberDistinction.id.desc()).limit(limit)).scalars()
    return [_plain(r) for r in rows]
