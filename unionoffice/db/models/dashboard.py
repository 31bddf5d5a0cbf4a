"""The dashboard's stored figures (services/dashboard/snapshot.py) and the per-entity data versions they were
computed from (services/core/changes.py bumps a version in the transaction that changes that kind of record)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.db.base import Base, UTCDateTime


class DataVersion(Base):
    """How many committed transactions have changed records of `entity` (the audit trail's entity names)."""

    __tablename__ = "data_version"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)


class DashboardSnapshot(Base):
    """One section of the dashboard for a period and district filter, as JSON, with the data version it was
    computed from (the sum of the versions of the entities the section reads)."""

    __tablename__ = "dashboard_snapshot"
    __table_args__ = (UniqueConstraint("year", "first_month", "last_month", "districts", "section"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    first_month: Mapped[int] = mapped_column(Integer)
    last_month: Mapped[int] = mapped_column(Integer)
    districts: Mapped[str] = mapped_column(String(200), default="")  # district codes joined by ",", "" = all
    section: Mapped[str] = mapped_column(String(32))
    data_version: Mapped[int] = mapped_column(Integer)
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    payload: Mapped[str] = mapped_column(Text)
