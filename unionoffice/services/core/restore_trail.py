"""A restore keeps the history of what happened: the live trail's entries newer than the backup, and the restore
entry itself, go into the restored file before it replaces the live one (docs/reliability.md §1b, issue 12).

Normally the backup's trail is the start of the live trail (every entry is chained to the one before), so the newer
entries are copied as they are — same ids, same signatures — and the anchors recorded before the restore still
hold. If the two trails part somewhere (a backup of another history), the live entries after the common part are
copied as new, re-signed entries, and the restore entry says so.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor

log = logging.getLogger(__name__)
BATCH = 2000
COLUMNS = ("id", "at", "user_id", "username", "action", "entity", "entity_id", "summary", "changes", "prev_hash",
           "hash", "key_id")


@dataclass(frozen=True)
class Carried:
    """What was carried from the live trail into the restored one."""

    count: int = 0
    first_id: int | None = None
    last_id: int | None = None
    resigned: bool = False  # the trails parted: copies, re-signed, rather than the entries themselves
    unreadable: str = ""  # why the live trail could not be read (then nothing was carried)

    def describe(self) -> str:
        if self.unreadable:
            return f"恢复前的审计记录无法读取（{self.unreadable}），未能转入"
        if not self.count:
            return "恢复前没有比备份更新的审计记录"
        how = "，两份记录此前已不一致，按新记录重新签名转入" if self.resigned else ""
        return f"转入恢复前比备份更新的审计记录 {self.count} 条（原第 {self.first_id}–{self.last_id} 条{how}）"


# The restore entry: (who, summary, changes) once it is known what was carried.
RestoreEntry = Callable[[Carried], tuple[Actor, str, dict[str, tuple[Any, Any]]]]


def _hashes(session: Session, after_id: int) -> list[tuple[int, str]]:
    return [(int(i), str(h)) for i, h in session.execute(
        select(AuditEntry.id, AuditEntry.hash).where(AuditEntry.id > after_id).order_by(AuditEntry.id).limit(BATCH))]


def _common_length(live: Session, staged: Session) -> tuple[int, int]:
    """How many entries both trails share from the start, and the live id of the last of them (0 if none)."""
    shared, last_live_id, live_after, staged_after = 0, 0, 0, 0
    while True:
        ours, theirs = _hashes(live, live_after), _hashes(staged, staged_after)
        for (live_id, live_hash), (_, staged_hash) in zip(ours, theirs, strict=False):
            if live_hash != staged_hash:
                return shared, last_live_id
            shared, last_live_id = shared + 1, live_id
        if len(ours) < BATCH or len(theirs) < BATCH:
            return shared, last_live_id
        live_after, staged_after = ours[-1][0], theirs[-1][0]


def _newer_rows(live: Session, after_id: int) -> list[dict[str, Any]]:
    table = AuditEntry.__table__
    rows = live.execute(select(*(table.c[c] for c in COLUMNS)).where(table.c.id > after_id).order_by(table.c.id))
    return [dict(row._mapping) for row in rows]


def _read_live(live_db: Database, staged: Session) -> tuple[list[dict[str, Any]], bool]:
    """The live entries the backup does not have, and whether they follow on from the backup's trail as they are."""
    staged_count = int(staged.execute(select(func.count()).select_from(AuditEntry)).scalar_one())
    staged_head = staged.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    with live_db.read() as live:
        if staged_count == 0:
            return _newer_rows(live, 0), True
        at_same_place = live.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id)
                                     .offset(staged_count - 1).limit(1)).first()
        if at_same_place is not None and at_same_place[1] == staged_head:
            return _newer_rows(live, int(at_same_place[0])), True
        shared, last_shared_id = _common_length(live, staged)
        log.warning("restore: the trails part after %d shared entries; carrying the rest re-signed", shared)
        return _newer_rows(live, last_shared_id), False


def _resigned_copies(rows: list[dict[str, Any]]) -> list[AuditEntry]:
    copies = []
    for row in rows:
        entry = AuditEntry(**{k: v for k, v in row.items() if k not in ("id", "prev_hash", "hash", "key_id")})
        entry.prev_hash = entry.hash = ""
        copies.append(entry)
    return copies


def carry_trail(live_db: Database, staged_db: Database, restore_entry: RestoreEntry) -> Carried:
    """In one transaction on the staged copy of the backup: the live trail's newer entries, then the restore entry.
    `live_db` is only read; if its trail cannot be read (a damaged file), the entry says so and nothing is carried."""
    with staged_db.write() as staged:
        try:
            rows, as_they_are = _read_live(live_db, staged)
        except DatabaseError as exc:
            log.warning("restore: the live trail cannot be read (%s)", exc.orig)
            rows, as_they_are, unreadable = [], True, str(exc.orig)[:100]
        else:
            unreadable = ""
        if rows and as_they_are:
            staged.execute(insert(AuditEntry.__table__), rows)  # type: ignore[arg-type]
        elif rows:
            audit.append(staged, _resigned_copies(rows))
        carried = Carried(len(rows), rows[0]["id"] if rows else None, rows[-1]["id"] if rows else None,
                          resigned=bool(rows) and not as_they_are, unreadable=unreadable)
        actor, summary, changes = restore_entry(carried)
        audit.record(staged, actor, "restore_backup", summary, entity="database", changes=changes)
    return carried
