"""Craftsman academies (工匠学院), their classes, modules, sessions, enrolments and attendance marks."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.db.base import Base, UTCDateTime, utcnow


class Academy(Base):
    """The federation's academy (sector 综合) or a sector academy, with its partner school or enterprise."""

    __tablename__ = "training_academy"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    sector: Mapped[str] = mapped_column(String(8))
    partner: Mapped[str | None] = mapped_column(String(200))
    opened_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class TrainingClass(Base):
    """One class (培训班) and its completion rule."""

    __tablename__ = "training_class"

    id: Mapped[int] = mapped_column(primary_key=True)
    academy_id: Mapped[int] = mapped_column(ForeignKey("training_academy.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    venue: Mapped[str | None] = mapped_column(String(200))
    organiser: Mapped[str | None] = mapped_column(String(200))
    teachers: Mapped[str | None] = mapped_column(String(400))
    capacity: Mapped[int] = mapped_column()
    min_attendance_pct: Mapped[int] = mapped_column(default=80)
    require_assessment: Mapped[bool] = mapped_column(Boolean, default=True)
    late_credit_pct: Mapped[int] = mapped_column(default=100)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(default=1)

    __table_args__ = (Index("ix_training_class_start_date_id", "start_date", "id"),)
    __mapper_args__ = {"version_id_col": version}


class ClassModule(Base):
    """A part of the course (理论, 实操, 党史教育 …) with its planned hours; its sessions carry the dates."""

    __tablename__ = "training_module"

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("training_class.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column()
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(200))
    teacher: Mapped[str | None] = mapped_column(String(100))
    hours_tenths: Mapped[int] = mapped_column()

    __table_args__ = (Index("ix_training_module_class_id_position", "class_id", "position"),)

    # Optimistic locking (docs/server-mode.md): a save over a newer version is refused.
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}



class ClassSession(Base):
    """One sitting (课次) of a module: the unit attendance is taken for and a sign-in sheet is printed for."""

    __tablename__ = "training_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("training_class.id", ondelete="CASCADE"))
    module_id: Mapped[int] = mapped_column(ForeignKey("training_module.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column()  # 1… in class order
    day: Mapped[date] = mapped_column(Date)
    period: Mapped[str] = mapped_column(String(4))
    hours_tenths: Mapped[int] = mapped_column()

    __table_args__ = (UniqueConstraint("class_id", "seq"),)

    # Optimistic locking (docs/server-mode.md): a save over a newer version is refused.
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}



class Enrolment(Base):
    """A member on a class: enrolled, waiting (with a queue position) or withdrawn; assessment and override."""

    __tablename__ = "training_enrolment"

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(ForeignKey("training_class.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    status: Mapped[str] = mapped_column(String(8))
    position: Mapped[int | None] = mapped_column()  # place on the waiting list, 1 = next to move up
    source: Mapped[str] = mapped_column(String(8), default="检索")  # 检索 | 文件 | 演示
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    withdraw_reason: Mapped[str | None] = mapped_column(String(200))
    assessment: Mapped[str] = mapped_column(String(8), default="未考核")
    score: Mapped[int | None] = mapped_column()
    override_completed: Mapped[bool | None] = mapped_column(Boolean)
    override_reason: Mapped[str | None] = mapped_column(String(200))
    override_by: Mapped[str | None] = mapped_column(String(50))
    override_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(default=1)

    __table_args__ = (
        UniqueConstraint("class_id", "member_id"),
        Index("ix_training_enrolment_class_id_status_position", "class_id", "status", "position"),
    )
    __mapper_args__ = {"version_id_col": version}


class Attendance(Base):
    """One mark (P/L/E/A) of one enrolment at one session; a missing row is an unmarked cell."""

    __tablename__ = "training_attendance"

    enrolment_id: Mapped[int] = mapped_column(ForeignKey("training_enrolment.id", ondelete="CASCADE"),
                                              primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("training_session.id", ondelete="CASCADE"), primary_key=True)
    mark: Mapped[str] = mapped_column(String(1))

    __table_args__ = (Index("ix_training_attendance_session_id", "session_id"), {"sqlite_with_rowid": False})

    # Optimistic locking (docs/server-mode.md): a save over a newer version is refused.
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}

