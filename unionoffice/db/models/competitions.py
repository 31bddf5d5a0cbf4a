"""Skill competitions (职工职业技能大赛): events by trade, stages, prize bands, referees, entries, stage results and
tie decisions; labour-and-skill competitions (劳动和技能竞赛) as projects with their enterprises."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.db.base import Base, UTCDateTime, utcnow


class Competition(Base):
    """One contest: name, level, year and organisers; where and by when winners collect their awards."""

    __tablename__ = "competition"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(8))  # 国家级 / 省级 / 市级 / 区县级 / 企业级
    year: Mapped[int] = mapped_column(index=True)
    organisers: Mapped[str | None] = mapped_column(String(400))
    award_place: Mapped[str | None] = mapped_column(String(200))  # 领奖地点, printed in the award letters
    award_deadline: Mapped[date | None] = mapped_column(Date)  # 领奖日期
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class CompetitionEvent(Base):
    """An event (赛项) for one trade (工种), with its weights, timing and grade-step places."""

    __tablename__ = "competition_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    competition_id: Mapped[int] = mapped_column(ForeignKey("competition.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column()
    trade: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(120))
    theory_pct: Mapped[int] = mapped_column(default=30)
    housing_ministry: Mapped[bool] = mapped_column(Boolean, default=False)  # under the ministry's 30 % theory cap
    uses_time: Mapped[bool] = mapped_column(Boolean, default=False)
    grade_places: Mapped[int] = mapped_column(default=10)
    note: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(default=1)

    __table_args__ = (UniqueConstraint("competition_id", "name"),)
    __mapper_args__ = {"version_id_col": version}


class CompetitionStage(Base):
    """预赛 → 复赛 → 决赛 of one event; the last is the final. State 录入 → 公示 → 已确定."""

    __tablename__ = "competition_stage"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("competition_event.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column()
    name: Mapped[str] = mapped_column(String(8))
    advance_mode: Mapped[str | None] = mapped_column(String(8))  # 按名次 / 按名额; None for the final
    advance_places: Mapped[int | None] = mapped_column()
    held_on: Mapped[date | None] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(8), default="录入")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_by: Mapped[str | None] = mapped_column(String(50))
    version: Mapped[int] = mapped_column(default=1)

    __table_args__ = (UniqueConstraint("event_id", "seq"),)
    __mapper_args__ = {"version_id_col": version}


class PrizeBandRow(Base):
    """One prize band of an event's final: a number of places or a share of the ranked entrants."""

    __tablename__ = "competition_prize_band"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("competition_event.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column()
    name: Mapped[str] = mapped_column(String(16))
    mode: Mapped[str] = mapped_column(String(4))  # 名额 / 比例
    value: Mapped[int] = mapped_column()
    recommend_expert: Mapped[bool] = mapped_column(Boolean, default=False)
    merit: Mapped[bool] = mapped_column(Boolean, default=False)

    # Optimistic locking (docs/server-mode.md): a save over a newer version is refused.
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}



class Referee(Base):
    """A referee (裁判员) of an event; a member of the district when `member_id` is set."""

    __tablename__ = "competition_referee"
    __table_args__ = {"info": {"purge_label": "竞赛裁判员"}}

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("competition_event.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    role: Mapped[str] = mapped_column(String(8), default="裁判员")  # 裁判长 / 裁判员 / 监督员
    unit: Mapped[str | None] = mapped_column(String(100))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)

    # Optimistic locking (docs/server-mode.md): a save over a newer version is refused.
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}



class Entry(Base):
    """A member entered in one event, with the entry number (参赛编号) the score sheets use."""

    __tablename__ = "competition_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("competition_event.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    entry_no: Mapped[str] = mapped_column(String(20))
    union_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))  # the entrant's union when registered
    employer: Mapped[str | None] = mapped_column(String(100))
    registered_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("event_id", "member_id"), UniqueConstraint("event_id", "entry_no"),
                      {"info": {"purge_label": "竞赛参赛记录"}})

    # Optimistic locking (docs/server-mode.md): a save over a newer version is refused.
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}



class StageResult(Base):
    """One entrant in one stage: scores (hundredths of a point), time, withdrawal or disqualification; the rank,
    prize and promotion are computed live and written here when the stage's results are made final."""

    __tablename__ = "competition_result"

    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("competition_stage.id", ondelete="CASCADE"))
    entry_id: Mapped[int] = mapped_column(ForeignKey("competition_entry.id", ondelete="CASCADE"), index=True)
    theory: Mapped[int | None] = mapped_column()
    practical: Mapped[int | None] = mapped_column()
    time_ms: Mapped[int | None] = mapped_column()
    state: Mapped[str] = mapped_column(String(8), default="参赛")  # 参赛 / 弃权 / 取消资格
    state_reason: Mapped[str | None] = mapped_column(String(200))
    final_rank: Mapped[int | None] = mapped_column()
    prize: Mapped[str | None] = mapped_column(String(16))
    advanced: Mapped[bool | None] = mapped_column(Boolean)
    grade_place: Mapped[bool | None] = mapped_column(Boolean)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    __table_args__ = (UniqueConstraint("stage_id", "entry_id"),)

    # Optimistic locking (docs/server-mode.md): a save over a newer version is refused.
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}



class TieDecisionRow(Base):
    """A person's decision on a tie at a line, with the entries it was made for and the reason (audited)."""

    __tablename__ = "competition_tie_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("competition_stage.id", ondelete="CASCADE"), index=True)
    mode: Mapped[str] = mapped_column(String(4))  # 并列 / 排序
    boundary: Mapped[str] = mapped_column(String(40))  # the line's key for 并列; "" for 排序
    entry_ids: Mapped[str] = mapped_column(Text)  # sorted ids, comma separated
    order_ids: Mapped[str | None] = mapped_column(Text)  # 排序: the decided order
    reason: Mapped[str] = mapped_column(String(200))
    decided_by: Mapped[str] = mapped_column(String(50))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class LabourCompetition(Base):
    """A labour-and-skill competition (劳动和技能竞赛) run as a project over years."""

    __tablename__ = "labour_competition"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    level: Mapped[str] = mapped_column(String(8))
    start_year: Mapped[int] = mapped_column()
    end_year: Mapped[int | None] = mapped_column()
    organisers: Mapped[str | None] = mapped_column(String(400))
    note: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class LabourCompetitionEnterprise(Base):
    """A participating enterprise (参赛企业) and the workers its part covers (覆盖职工)."""

    __tablename__ = "labour_competition_enterprise"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("labour_competition.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    union_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    workers: Mapped[int] = mapped_column(default=0)

    __table_args__ = (UniqueConstraint("project_id", "name"),)

    # Optimistic locking (docs/server-mode.md): a save over a newer version is refused.
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}


