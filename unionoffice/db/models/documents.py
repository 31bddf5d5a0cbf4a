"""Document templates as the office adjusted them, issued certificates, and their gap-free number sequences."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.db.base import Base, UTCDateTime, utcnow


class DocumentTemplate(Base):
    """The office's version of one document kind; a kind without a row uses resources/templates/<kind>.json."""

    __tablename__ = "document_template"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    settings: Mapped[str] = mapped_column(Text)  # JSON of unionoffice.documents.templates.Template
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(50))


class Certificate(Base):
    """One issued certificate or award letter. Never deleted: a mistake is revoked, a lost one reprinted."""

    __tablename__ = "certificate"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(60))
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
    reprint_count: Mapped[int] = mapped_column(default=0)
    last_printed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoke_reason: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(50))

    __table_args__ = (
        UniqueConstraint("issuer", "kind", "year", "serial", name="uq_certificate_issuer_kind_year_serial"),
        UniqueConstraint("issuer", "kind", "number", name="uq_certificate_issuer_kind_number"),
        Index("ix_certificate_verification_code", "verification_code"),
        Index("ix_certificate_number", "number"),
        Index("ix_certificate_member_id", "member_id"),
        Index("ix_certificate_source", "source_type", "source_id"),
    )


class CertificateSequence(Base):
    """The last serial used per issuer, kind and year; bumped in the transaction that issues."""

    __tablename__ = "certificate_sequence"

    issuer: Mapped[str] = mapped_column(String(100), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(primary_key=True)
    last_serial: Mapped[int] = mapped_column(default=0)
