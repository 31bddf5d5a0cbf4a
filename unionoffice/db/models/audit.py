"""The append-only audit trail (each entry's keyed hash chains to the previous one) and the anchors a backup carries.

See docs/audit-trail.md for what the chain, the anchors and the triggers of migration 0009 can and cannot prove."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.db.base import Base, UTCDateTime, utcnow


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column()
    username: Mapped[str] = mapped_column(String(50))
    action: Mapped[str] = mapped_column(String(24))  # create | update | delete | login | export | print | backup …
    entity: Mapped[str | None] = mapped_column(String(40))  # table name
    entity_id: Mapped[str | None] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(String(400))
    changes: Mapped[str | None] = mapped_column(Text)  # JSON {field: [old, new]}, sensitive values masked
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))  # HMAC-SHA256 with key `key_id`; plain SHA-256 when key_id is NULL
    key_id: Mapped[str | None] = mapped_column(String(16))  # which installation's secret signed it (None: before 0009)

    __table_args__ = (
        Index("ix_audit_entry_entity", "entity", "entity_id"),
        Index("ix_audit_entry_at", "at"),
        Index("ix_audit_entry_username", "username"),
    )


class AuditAnchor(Base):
    """(entry count, head hash) of the trail as a backup file holds it, signed; empty in a live database.

    The anchors that matter are kept outside the database (services/core/audit_anchor.py); this table is the
    copy inside each backup file, written into the copy before it gets its final name."""

    __tablename__ = "audit_anchor"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(16))  # backup | exit | restore
    location: Mapped[str] = mapped_column(String(400))  # the database the copy was taken of
    trail: Mapped[str] = mapped_column(String(64))  # the hash of the trail's first entry: which trail this is
    entry_count: Mapped[int] = mapped_column()
    head_hash: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(String(16))
    mac: Mapped[str] = mapped_column(String(64))
