"""The district federation and its grassroots unions (基层工会), as one self-referencing tree."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.db.base import Base, UTCDateTime, utcnow

DISTRICT = "district"
GRASSROOTS = "grassroots"


class Organisation(Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # district | grassroots
    name: Mapped[str] = mapped_column(String(100))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    admin_code: Mapped[str | None] = mapped_column(String(6))  # the district's 6-digit GB/T 2260 code
    employer: Mapped[str | None] = mapped_column(String(100))
    credit_code: Mapped[str | None] = mapped_column(String(18), unique=True)
    unit_nature: Mapped[str | None] = mapped_column(String(16))
    economic_type: Mapped[str | None] = mapped_column(String(16))
    industry: Mapped[str | None] = mapped_column(String(40))
    contact_person: Mapped[str | None] = mapped_column(String(50))
    contact_phone: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(default=1)

    __table_args__ = (Index("ix_organisation_parent_name", "parent_id", "name"),)
    __mapper_args__ = {"version_id_col": version}
