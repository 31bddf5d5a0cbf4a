"""The append-only audit trail; each entry's hash chains to the previous one."""

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
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_audit_entry_entity", "entity", "entity_id"),
        Index("ix_audit_entry_at", "at"),
        Index("ix_audit_entry_username", "username"),
    )
