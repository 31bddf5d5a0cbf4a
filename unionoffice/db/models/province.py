"""The province's consolidated tables: one per package sheet, partitioned by district, then by year, on PostgreSQL.

Their columns come from the package's one schema (domain/province/columns.py) rather than a hand-written model each:
every access is COPY, a partition swap or an aggregate in SQL, never the ORM's unit of work. On PostgreSQL each table
is `PARTITION BY LIST (district_code)`; the consolidation makes each district's partition `PARTITION BY LIST (year)`
and swaps one leaf per district and year (docs/provincial-package.md, At the province). On SQLite the tables exist
empty: consolidation needs PostgreSQL.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import TypeEngine

from unionoffice.db.base import Base, UTCDateTime, utcnow
from unionoffice.domain.province.columns import SHEETS, Kind
from unionoffice.domain.province.columns import Column as SheetColumn

PARTITION_KEYS = ("district_code", "year")
# Indexes every partition gets (declared on the parent): the conflict checks look people up by ID number.
_INDEXES = {"province_member": [("year", "id_number")], "province_membership_event": [("year", "id_number")]}


def _type(column: SheetColumn) -> TypeEngine[Any]:
    if column.kind is Kind.TEXT:
        return String(column.size)
    if column.kind is Kind.FEN:
        return BigInteger()
    if column.kind in (Kind.INT, Kind.TENTHS, Kind.HUNDREDTHS):
        return Integer()
    return Date() if column.kind is Kind.DATE else Boolean()


def _table(name: str, columns: tuple[SheetColumn, ...]) -> Table:
    return Table(
        name, Base.metadata,
        Column("district_code", String(6), nullable=False),
        Column("year", Integer, nullable=False),
        Column("row_no", Integer, nullable=False),  # the row in the package's sheet (2 = first data row)
        *(Column(c.key, _type(c), nullable=not c.required) for c in columns),
        PrimaryKeyConstraint("district_code", "year", "row_no"),
        *(Index(f"ix_{name}_{'_'.join(cols)}", *cols) for cols in _INDEXES.get(name, [])),
        postgresql_partition_by="LIST (district_code)",
    )


PROVINCE_TABLES: dict[str, Table] = {sheet.table: _table(sheet.table, sheet.columns) for sheet in SHEETS}


class ProvincePackage(Base):
    """The package now loaded for one district and year: the newest one the province has taken."""

    __tablename__ = "province_package"
    __table_args__ = (UniqueConstraint("district_code", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    district_code: Mapped[str] = mapped_column(String(6))
    district_name: Mapped[str] = mapped_column(String(100))
    year: Mapped[int] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)  # when the district made it (from the manifest)
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    file_sha256: Mapped[str] = mapped_column(String(64))
    fingerprint: Mapped[str] = mapped_column(String(64))
    schema_version: Mapped[str] = mapped_column(String(16))
    program_version: Mapped[str] = mapped_column(String(32))
    encrypted: Mapped[bool] = mapped_column(Boolean)
    rows: Mapped[str] = mapped_column(Text)  # JSON: table → rows loaded
    loaded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    loaded_by: Mapped[str] = mapped_column(String(50))


class TrustedKey(Base):
    """A district office's public signing key the province has checked (by its fingerprint) and trusts."""

    __tablename__ = "province_trusted_key"
    __table_args__ = (UniqueConstraint("district_code", "fingerprint"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    district_code: Mapped[str] = mapped_column(String(6))
    district_name: Mapped[str] = mapped_column(String(100))
    fingerprint: Mapped[str] = mapped_column(String(64))
    public_key: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(50))
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
