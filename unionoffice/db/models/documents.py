"""Document templates as the office adjusted them, issued certificates, and their gap-free number sequences."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.db.base import Base, UTCDateTime, utcnow


class DocumentTemplate(Base):
    """The office's version of one document kind; a kind without a row uses resources/templates/<kind>.json."""

    __tablename__ = "document_template"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    settings: Mapped[str] = mapped_column(Text)  # JSON of unionoffice.documents.templates.Template
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(50))

    # Optimistic locking (docs/server-mode.md): a save over a newer version is refused.
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}



class Certificate(Base):
    """One issued certificate or award letter. Never deleted: a mistake is revoked, a lost one reprinted."""

    __tablename__ = "certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(60))  # as printed; unique for ever, whatever is renamed
    series: Mapped[str] = mapped_column(String(80))  # the number with its serial left out: 2024-RY-{serial}
    kind: Mapped[str] = mapped_column(String(20))
    issuer: Mapped[str] = mapped_column(String(100))
    year: Mapped[int] = mapped_column()
    serial: Mapped[int] = mapped_column()
    person_name: Mapped[str] = mapped_column(String(100))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    subject: Mapped[str] = mapped_column(Text)  # JSON {字段: value} printed in the body
    issue_date: Mapped[date] = mapped_column(Date)
    verification_code: Mapped[str] = mapped_column(String(16))
    source_type: Mapped[str | None] = mapped_column(String(30))  # e.g. training_class, competition
    source_id: Mapped[int | None] = mapped_column()
    reprint_count: Mapped[int] = mapped_column(default=0)  # times reissued (补发)
    reissued_on: Mapped[date | None] = mapped_column(Date)  # date of the latest 补发, printed on the page
    last_printed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoke_reason: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(50))

    __table_args__ = (
        UniqueConstraint("number", name="uq_certificate_number"),
        UniqueConstraint("series", "serial", name="uq_certificate_series_serial"),
        Index("ix_certificate_verification_code", "verification_code"),
        Index("ix_certificate_member_id", "member_id"),
        Index("ix_certificate_source", "source_type", "source_id"),
    )


class CertificateSeries(Base):
    """The last serial used in one printed series (`2024-RY-{serial}`), bumped in the transaction that issues.

    Keyed by what is printed, not by the issuer's name: renaming the office continues the series (issue 13)."""

    __tablename__ = "certificate_series"

    series: Mapped[str] = mapped_column(String(80), primary_key=True)
    last_serial: Mapped[int] = mapped_column(default=0)
