"""The honours register: honour lists drafted per year and the honours in them (people, units, teams)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.db.base import Base, UTCDateTime, utcnow
from unionoffice.db.models import documents  # noqa: F401  (an honour refers to its certificate's table)


class HonourList(Base):
    """One list of honours for a year: drafted, then finalised at once (the commendation decision's date).

    `own` lists are granted by this office: the competition-winner quota applies, and the office issues the
    decision and the honour certificates. Other lists record honours granted above (a province's 劳动模范), so that
    members hold them; their 文号 is the granting body's.
    """

    __tablename__ = "honour_list"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(index=True)
    name: Mapped[str] = mapped_column(String(120))  # 2024年度示例区五一劳动奖和工人先锋号
    level: Mapped[str] = mapped_column(String(8))  # domain.honours.rules.LEVELS
    issuer: Mapped[str] = mapped_column(String(100))  # the granting body
    region: Mapped[str] = mapped_column(String(60))  # printed before each honour: 示例区五一劳动奖章
    own: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(8))  # domain.honours.rules.ListStatus
    doc_serial: Mapped[int | None] = mapped_column()  # 发文序号 of an own list's decision
    doc_number: Mapped[str | None] = mapped_column(String(60))  # 文号 as printed, fixed when finalised
    decision_date: Mapped[date | None] = mapped_column(Date)
    decision_title: Mapped[str | None] = mapped_column(String(200))  # None: the default title
    decision_body: Mapped[str | None] = mapped_column(Text)  # None: the default body
    finalised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finalised_by: Mapped[str | None] = mapped_column(String(50))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class Honour(Base):
    """One honour for one recipient: a member, a union's unit, or a named team within it."""

    __tablename__ = "honour"

    id: Mapped[int] = mapped_column(primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("honour_list.id"), index=True)
    honour_type: Mapped[str] = mapped_column(String(16))  # domain.honours.rules.HonourType
    recipient_kind: Mapped[str] = mapped_column(String(4))  # domain.honours.rules.RecipientKind
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"), index=True)
    team_name: Mapped[str | None] = mapped_column(String(60))
    recipient_key: Mapped[str] = mapped_column(String(80))  # m:12 | u:5 | t:5:检修一班 — one honour per recipient
    recipient_name: Mapped[str] = mapped_column(String(120))  # as printed, kept as it was when the honour was given
    unit: Mapped[str] = mapped_column(String(100), default="")  # a person's employer, as printed
    basis_kind: Mapped[str] = mapped_column(String(8))  # domain.honours.rules.BasisKind
    basis_text: Mapped[str] = mapped_column(String(200))  # the prize's title, the innovation, or the deed
    basis_event: Mapped[str] = mapped_column(String(120), default="")  # competition event the decision groups by
    basis_source_type: Mapped[str | None] = mapped_column(String(32))  # the member distinction it rests on
    basis_source_id: Mapped[int | None] = mapped_column()
    certificate_id: Mapped[int | None] = mapped_column(ForeignKey("certificate.id"))
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoke_reason: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (
        Index("ix_honour_recipient", "list_id", "honour_type", "recipient_key", unique=True),
        {"info": {"purge_label": "荣誉表彰记录"}},
    )

    # Optimistic locking (docs/server-mode.md): a save over a newer version is refused.
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}

