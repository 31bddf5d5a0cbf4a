"""Purging members from the trash for good (RELIABILITY E4): its own permission, refusals, nothing left behind.

What may block a purge, and how another feature (the aid module next) adds its refusal:
every table with a foreign key to `member.id` blocks the purge of the members it refers to, except the member's
own rows that go with it (membership history, name search pieces). The rule is a query over the mapped schema,
not a registry, so it cannot be forgotten or registered too late: a feature's table that points at a member (an
aid payment, an enrolment, a certificate) keeps that member until the feature's own rows are gone. The refusal
names the table by `Table.info["purge_label"]` (a feature sets it in its model: `__table_args__ = {"info": {
"purge_label": "救助发放记录"}}`), else by `PURGE_LABELS` below. The foreign key itself stays the backstop: a
reference the query missed makes the DELETE fail and nothing is purged.

Leaving no trace: on SQLite the purge runs with `PRAGMA secure_delete` (the deleted rows and index entries are
overwritten with zeros), then checkpoints the write-ahead log into the file and truncates it, so neither file
holds the purged ID number (tests scan the bytes after edits, a move to the trash and the purge). Only VACUUM
rebuilds every page; it is not run here, as it rewrites the whole file. Backups taken earlier still hold the
member: they are copies, and rotation retires them. PostgreSQL frees the space at its next VACUUM.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Column, Table, delete, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, MemberNameGram, MembershipEvent
from unionoffice.db.models.registry import load_all_models
from unionoffice.domain.common.errors import NotFoundError, ValidationError
from unionoffice.domain.common.idnumber import mask_id
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.locks import exclusive
from unionoffice.services.core.tasks import CancelToken, Progress, report

# The member's own rows: removed with the member, never a reason to keep it.
OWN_TABLES = frozenset({Member.__tablename__, MemberNameGram.__tablename__, MembershipEvent.__tablename__})
# How a refusal names tables whose models do not set info["purge_label"] themselves.
PURGE_LABELS = {"training_enrolment": "培训报名记录", "certificate": "已颁发的证书",
                "member_distinction": "称号、荣誉和奖项记录"}
CHUNK = 500  # ids per IN (...) list, well under SQLite's bound-parameter limit


@dataclass(frozen=True)
class PurgeResult:
    purged: list[int] = field(default_factory=list)
    kept: dict[int, str] = field(default_factory=dict)  # member id -> why it stays in the trash (Chinese)


def references_to_members() -> list[tuple[Table, Column[int]]]:
    """Every (table, column) outside the member's own tables that refers to `member.id`."""
    found = []
    for table in load_all_models().sorted_tables:
        if table.name in OWN_TABLES:
            continue
        for fk in table.foreign_keys:
            if fk.column.table.name == Member.__tablename__ and isinstance(fk.parent, Column):
                found.append((table, fk.parent))
    return found


def purge_label(table: Table) -> str:
    """How a refusal names a table's records (Chinese)."""
    return str(table.info.get("purge_label") or PURGE_LABELS.get(table.name) or table.name)


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield list(ids[start:start + CHUNK])


def blocked_members(session: Session, member_ids: Sequence[int]) -> dict[int, str]:
    """{member id: reason} for the members that records of other features still refer to."""
    reasons: dict[int, list[str]] = {}
    for table, column in references_to_members():
        for chunk in _chunks(member_ids):
            rows = session.execute(select(column, func.count()).where(column.in_(chunk)).group_by(column)).all()
            for member_id, count in rows:
                reasons.setdefault(int(member_id), []).append(f"{purge_label(table)} {count} 条")
    return {mid: f"仍有{'、'.join(why)}，不能彻底清除" for mid, why in reasons.items()}


def _trashed(session: Session) -> list[int]:
    return list(session.execute(select(Member.id).where(Member.deleted_at.is_not(None)).order_by(Member.id))
                .scalars())


def trashed_member_ids(db: Database, actor: Actor) -> list[int]:
    """The members in the trash, which a purge would consider."""
    actor.require(Permission.PURGE_RECORDS)
    with db.read() as session:
        return _trashed(session)


def _in_trash(session: Session, member_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """{id: (name, ID number)} of the given members; every one must be in the trash."""
    found: dict[int, tuple[str, str]] = {}
    for chunk in _chunks(member_ids):
        rows = session.execute(select(Member.id, Member.name, Member.id_number)
                               .where(Member.id.in_(chunk), Member.deleted_at.is_not(None))).all()
        found.update({mid: (name, number) for mid, name, number in rows})
    missing = [mid for mid in member_ids if mid not in found]
    if missing:
        shown = "、".join(map(str, missing[:10])) + ("等" if len(missing) > 10 else "")
        raise NotFoundError(f"回收站中没有会员编号 {shown}；只能彻底清除已删除（在回收站中）的会员")
    return found


def _delete(session: Session, ids: list[int]) -> None:
    for chunk in _chunks(ids):
        session.execute(delete(MemberNameGram).where(MemberNameGram.member_id.in_(chunk)))
        session.execute(delete(MembershipEvent).where(MembershipEvent.member_id.in_(chunk)))
        session.execute(delete(Member).where(Member.id.in_(chunk)).execution_options(synchronize_session=False))


def _purge(db: Database, actor: Actor, member_ids: Sequence[int] | None, progress: Progress | None,
           cancel: CancelToken | None) -> tuple[list[int], dict[int, str]]:
    with db.write() as session:
        sqlite = session.get_bind().dialect.name == "sqlite"
        if sqlite:
            session.execute(text("PRAGMA secure_delete = ON"))  # this connection's setting; harmless if it stays
        ids = _trashed(session) if member_ids is None else list(dict.fromkeys(member_ids))
        people = _in_trash(session, ids)
        kept = blocked_members(session, ids)
        purged = [mid for mid in ids if mid not in kept]
        report(progress, 0, len(purged) + 1, cancel)
        for mid in purged:
            name, number = people[mid]
            audit.record(session, actor, "purge", f"彻底清除会员 {name}（{mask_id(number)}）", entity="member",
                         entity_id=mid)
        try:
            _delete(session, purged)
        except IntegrityError as exc:
            raise ValidationError("还有其他记录引用这些会员，未清除任何会员", field="会员") from exc
        report(progress, len(purged), len(purged) + 1, cancel)
    if sqlite and purged:
        # The zeroed pages reach the file and the log holding the old pages is truncated. A reader still inside
        # the log makes SQLite stop short; the next checkpoint (at the latest when the program closes) finishes.
        db.checkpoint()
    return purged, kept


def purge_members(db: Database, actor: Actor, member_ids: Sequence[int] | None = None, *,
                  progress: Progress | None = None, cancel: CancelToken | None = None) -> PurgeResult:
    """Remove members in the trash for good (`member_ids`, or everyone in the trash when None).

    Members that other records still refer to stay in the trash, with the reason in `kept`; the rest go in one
    transaction, each with an audit entry that names the member by name and masked ID number only.
    """
    actor.require(Permission.PURGE_RECORDS)
    # Purging rewrites pages across the file (secure_delete, checkpoint): never while another program has it open.
    with exclusive(db, "彻底清除会员", "要彻底清除会员"):
        purged, kept = _purge(db, actor, member_ids, progress, cancel)
    report(progress, len(purged) + 1, len(purged) + 1)
    return PurgeResult(purged, kept)
