"""What other clients changed (server mode, docs/server-mode.md): the audit trail as the change feed.

Every create, update and delete writes an audit entry in the same transaction (services/core/audit.py), so the
entries after the last one a client has seen name the kinds of record that changed. A client asks every second
(ui/shell/change_watch.py, through the task runner): one lookup of the newest entry's id on the primary key, and
only when it moved, which entities the new entries are about. Nothing of the entries' content leaves the service."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry

# The actions that change records; reveals, prints, exports, sign-ins and backups change nothing a list shows.
CHANGING = ("create", "update", "delete", "restore", "purge", "restore_backup")


@dataclass(frozen=True)
class Changes:
    last_id: int  # the newest audit entry seen
    entities: frozenset[str]  # what the entries after the previous poll were about ("member", "organisation" …)


def latest_change(db: Database) -> int:
    """The id of the newest audit entry (0 for none): where a new client starts watching."""
    with db.read() as session:
        return int(session.execute(select(func.coalesce(func.max(AuditEntry.id), 0))).scalar_one())


def changes_since(db: Database, after_id: int) -> Changes:
    """The kinds of record saved since audit entry `after_id` (by anyone, this client included); entries that change
    nothing (a reveal, a print, a sign-in) are passed over."""
    with db.read() as session:
        newest = int(session.execute(select(func.coalesce(func.max(AuditEntry.id), 0))).scalar_one())
        if newest <= after_id:
            return Changes(after_id, frozenset())
        entities = session.execute(select(AuditEntry.entity).where(
            AuditEntry.id > after_id, AuditEntry.id <= newest, AuditEntry.entity.is_not(None),
            AuditEntry.action.in_(CHANGING)).distinct())
        return Changes(newest, frozenset(str(e) for e in entities.scalars()))
