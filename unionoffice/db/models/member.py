"""Members (会员), their dated membership history, and the name n-grams that make search instant."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.db.base import Base, UTCDateTime, utcnow

_LIVE = text("deleted_at IS NULL")


class Member(Base):
    __tablename__ = "member"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60))
    sex: Mapped[str] = mapped_column(String(2))
    ethnicity: Mapped[str] = mapped_column(String(12), default="汉族")
    id_type: Mapped[str] = mapped_column(String(12), default="居民身份证")
    id_number: Mapped[str] = mapped_column(String(18), unique=True)  # normalised 18 characters
    id_number_original: Mapped[str | None] = mapped_column(String(18))  # the 15-digit number it came from
    id_reversed: Mapped[str] = mapped_column(String(18), index=True)  # for "last digits" search
    birth_date: Mapped[date] = mapped_column(Date)
    education: Mapped[str | None] = mapped_column(String(12))
    political_status: Mapped[str | None] = mapped_column(String(12))
    employment_status: Mapped[str | None] = mapped_column(String(12))
    hukou_type: Mapped[str | None] = mapped_column(String(8))
    hukou_place: Mapped[str | None] = mapped_column(String(100))
    skill_grade: Mapped[str | None] = mapped_column(String(16))
    phone: Mapped[str | None] = mapped_column(String(11), index=True)
    phone_reversed: Mapped[str | None] = mapped_column(String(11), index=True)
    employer: Mapped[str | None] = mapped_column(String(100))
    union_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    join_date: Mapped[date] = mapped_column(Date)
    card_number: Mapped[str | None] = mapped_column(String(32), index=True)
    internal_card_number: Mapped[str | None] = mapped_column(String(32))
    is_migrant: Mapped[bool] = mapped_column(Boolean, default=False)
    hardship_category: Mapped[str | None] = mapped_column(String(8))
    hardship_file_no: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(8), default="在会")
    status_date: Mapped[date] = mapped_column(Date)
    pinyin_full: Mapped[str] = mapped_column(String(200))
    pinyin_initials: Mapped[str] = mapped_column(String(60), index=True)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(default=1)

    # Partial indexes over live (not deleted) members back the sortable columns of the member table, so
    # a page deep in 300,000 rows is an index walk, never a sort.
    __table_args__ = (
        Index("ix_member_name_id", "name", "id"),
        Index("ix_member_live_pinyin", "pinyin_full", "id", sqlite_where=_LIVE, postgresql_where=_LIVE),
        Index("ix_member_live_union", "union_id", "pinyin_full", "id", sqlite_where=_LIVE, postgresql_where=_LIVE),
        Index("ix_member_live_join_date", "join_date", "id", sqlite_where=_LIVE, postgresql_where=_LIVE),
        Index("ix_member_live_status", "status", "id", sqlite_where=_LIVE, postgresql_where=_LIVE),
        Index("ix_member_live_id", "id", sqlite_where=_LIVE, postgresql_where=_LIVE),
        # The dashboard's membership figures: one walk of this index in its own order, no sort, no table reads.
        Index("ix_member_live_dashboard", "union_id", "sex", "is_migrant", "skill_grade", "birth_date", "join_date",
              "status", "status_date", sqlite_where=_LIVE, postgresql_where=_LIVE),
    )
    __mapper_args__ = {"version_id_col": version}


class MembershipEvent(Base):
    """One dated change of membership: join, transfer out/in, retain, withdraw, death …"""

    __tablename__ = "membership_event"
    __table_args__ = (Index("ix_membership_event_date", "event_date", "kind"),)  # a period's flows (dashboard)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    event_date: Mapped[date] = mapped_column(Date)
    from_union_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    to_union_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    status_after: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by: Mapped[str | None] = mapped_column(String(50))


class MemberNameGram(Base):
    """Every 1- and 2-character piece of a member's name: substring search that works for 2-character names."""

    __tablename__ = "member_name_gram"

    gram: Mapped[str] = mapped_column(String(2), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"), primary_key=True)

    __table_args__ = (Index("ix_member_name_gram_member_id", "member_id"), {"sqlite_with_rowid": False})


class MemberDistinction(Base):
    """A title, honour or prize a member holds, written by the feature that grants it (competitions, honours).

    Features that rank or filter members by merit (recuperation nominations, reports) read this table through
    `services.members.distinctions`, so they never import the granting feature.
    """

    __tablename__ = "member_distinction"
    __table_args__ = (Index("ix_member_distinction_source", "source_type", "source_id", "member_id", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # domain.members.distinctions.DistinctionKind
    title: Mapped[str] = mapped_column(String(120))  # as printed: "五一劳动奖章", "焊工决赛一等奖"
    level: Mapped[str | None] = mapped_column(String(16))  # 国家级 / 省级 / 市级 / 区县级
    year: Mapped[int] = mapped_column(index=True)
    granted_on: Mapped[date | None] = mapped_column(Date)
    source_type: Mapped[str] = mapped_column(String(32))  # e.g. "honour_award", "competition_entry"
    source_id: Mapped[int] = mapped_column()
