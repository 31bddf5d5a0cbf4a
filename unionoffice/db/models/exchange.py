"""Import batches (one header row per committed import) and the column choices clerks made before."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.db.base import Base, UTCDateTime, utcnow


class ImportBatch(Base):
    """Written in the same transaction as the imported rows: it exists exactly when they do."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(24))  # members | enrolments | …
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    mode: Mapped[str] = mapped_column(String(16))  # all_or_nothing | valid_only
    rows_total: Mapped[int] = mapped_column(default=0)
    created: Mapped[int] = mapped_column(default=0)
    updated: Mapped[int] = mapped_column(default=0)
    unchanged: Mapped[int] = mapped_column(default=0)
    skipped: Mapped[int] = mapped_column(default=0)
    rejected: Mapped[int] = mapped_column(default=0)
    first_member_id: Mapped[int | None] = mapped_column()  # new members get consecutive ids in one batch
    last_member_id: Mapped[int | None] = mapped_column()
    user_id: Mapped[int | None] = mapped_column()
    username: Mapped[str] = mapped_column(String(50))
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (Index("ix_import_batch_sha256", "sha256"), Index("ix_import_batch_at", "at"))


class ImportColumnChoice(Base):
    """"This header means that field" (or "ignore it": field None), remembered per kind of import."""

    __tablename__ = "import_column_choice"

    kind: Mapped[str] = mapped_column(String(24), primary_key=True)
    header: Mapped[str] = mapped_column(String(100), primary_key=True)  # normalised header text
    field: Mapped[str | None] = mapped_column(String(40))
    username: Mapped[str] = mapped_column(String(50))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
