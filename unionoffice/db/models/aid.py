"""Aid casework (帮扶): local standards, working-day overrides, hardship files, programmes with their tiers, rules
and quotas, applications with their steps and attachments (docs/domain.md (b), (c))."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from unionoffice.db.base import Base, UTCDateTime, utcnow


class AidStandard(Base):
    """The year's local lines, edited by the office: 低保 and the hardship ceilings as per mille of it."""

    __tablename__ = "aid_standard"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    dibao_fen: Mapped[int] = mapped_column()
    relative_permille: Mapped[int] = mapped_column()
    accident_permille: Mapped[int] = mapped_column()
    note: Mapped[str | None] = mapped_column(String(200))

    # Optimistic locking (docs/server-mode.md): a save over a newer version is refused.
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}



class AidCalendarDay(Base):
    """The office's word on one day (a year the holiday library does not know, or a local change)."""

    __tablename__ = "aid_calendar_day"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str | None] = mapped_column(String(100))


class HardshipFile(Base):
    """One household on the hardship register (困难职工档案); the member is the struggling worker who applied."""

    __tablename__ = "aid_hardship_file"
    __table_args__ = (Index("ix_aid_hardship_file_status_id", "status", "id"),
                      {"info": {"purge_label": "困难职工档案"}})

    id: Mapped[int] = mapped_column(primary_key=True)
    file_no: Mapped[str] = mapped_column(String(32), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    status: Mapped[str] = mapped_column(String(4))  # domain.aid.kinds.FileStatus
    temporary: Mapped[bool] = mapped_column(Boolean, default=False)  # 临时救助档案
    filing_level: Mapped[str] = mapped_column(String(8))
    year: Mapped[int] = mapped_column()  # the year whose standard the category was judged by
    household_income_fen: Mapped[int] = mapped_column()  # monthly
    essential_costs_fen: Mapped[int] = mapped_column()  # monthly 刚性支出
    household_size: Mapped[int] = mapped_column()
    per_capita_fen: Mapped[int] = mapped_column()
    dibao_fen: Mapped[int] = mapped_column()
    category: Mapped[str | None] = mapped_column(String(8))
    category_reason: Mapped[str] = mapped_column(String(200))
    main_cause: Mapped[str] = mapped_column(String(8))
    secondary_causes: Mapped[str | None] = mapped_column(String(60))  # 、-separated
    bank_name: Mapped[str | None] = mapped_column(String(60))
    bank_card: Mapped[str | None] = mapped_column(String(32))
    applied_on: Mapped[date] = mapped_column(Date)
    filed_on: Mapped[date | None] = mapped_column(Date)
    rechecked_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    close_kind: Mapped[str | None] = mapped_column(String(4))  # 脱困 / 注销
    close_reason: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class HouseholdMember(Base):
    """Someone else in the household of a hardship file."""

    __tablename__ = "aid_household_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("aid_hardship_file.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    relation: Mapped[str] = mapped_column(String(12))
    id_number: Mapped[str | None] = mapped_column(String(18))
    health: Mapped[str | None] = mapped_column(String(40))
    schooling: Mapped[str | None] = mapped_column(String(60))
    work: Mapped[str | None] = mapped_column(String(60))

    # Optimistic locking (docs/server-mode.md): a save over a newer version is refused.
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}



class AidProgramme(Base):
    """A programme of one year and type with its budget. `committed_fen` is what approved and paid applications
    hold; approvals raise it in the same transaction that checks it (docs/reliability.md §1b)."""

    __tablename__ = "aid_programme"
    __table_args__ = (UniqueConstraint("year", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(index=True)
    type: Mapped[str] = mapped_column(String(8))  # domain.aid.kinds.ProgrammeType
    name: Mapped[str] = mapped_column(String(100))
    budget_fen: Mapped[int] = mapped_column()
    committed_fen: Mapped[int] = mapped_column(default=0)
    paid_fen: Mapped[int] = mapped_column(default=0)
    publicity_days: Mapped[int] = mapped_column(default=5)  # working days; 0 = no 公示
    objection_contact: Mapped[str | None] = mapped_column(String(200))
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}



class AidTier(Base):
    """An amount by (level, tier): Golden Autumn by school level × 建档/非建档/农民工."""

    __tablename__ = "aid_tier"
    __table_args__ = (UniqueConstraint("programme_id", "level", "tier"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("aid_programme.id", ondelete="CASCADE"))
    level: Mapped[str] = mapped_column(String(12))
    tier: Mapped[str] = mapped_column(String(8))
    amount_fen: Mapped[int] = mapped_column()

    # Optimistic locking (docs/server-mode.md): a save over a newer version is refused.
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}



class AidRule(Base):
    """An eligibility rule or limit of a programme, with the policy text a refusal quotes."""

    __tablename__ = "aid_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("aid_programme.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(12))  # domain.aid.rules.RuleKind
    policy: Mapped[str] = mapped_column(String(300))
    amount_fen: Mapped[int | None] = mapped_column()
    dibao_months: Mapped[int | None] = mapped_column()
    flag: Mapped[bool] = mapped_column(Boolean, default=False)
    choices: Mapped[str | None] = mapped_column(String(200))  # 、-separated
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)

    # Optimistic locking (docs/server-mode.md): a save over a newer version is refused.
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}



class AidQuota(Base):
    """How many recipients a grassroots union may have in a programme."""

    __tablename__ = "aid_quota"

    programme_id: Mapped[int] = mapped_column(ForeignKey("aid_programme.id", ondelete="CASCADE"), primary_key=True)
    union_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"), primary_key=True)
    places: Mapped[int] = mapped_column()

    # Optimistic locking (docs/server-mode.md): a save over a newer version is refused.
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}



class AidApplication(Base):
    """One application: the member, the child (Golden Autumn) or the household file (hardship aid), the state,
    the amount asked and — fixed on the approval date with the category and tier it was judged by — granted."""

    __tablename__ = "aid_application"
    __table_args__ = (
        Index("ix_aid_application_programme_id", "programme_id", "id"),
        Index("ix_aid_application_programme_state", "programme_id", "state", "id"),
        {"info": {"purge_label": "帮扶救助申请和发放记录"}},
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("aid_programme.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    union_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    file_id: Mapped[int | None] = mapped_column(ForeignKey("aid_hardship_file.id"), index=True)
    aid_type: Mapped[str] = mapped_column(String(8))
    state: Mapped[str] = mapped_column(String(8))
    amount_asked_fen: Mapped[int] = mapped_column()
    amount_fen: Mapped[int | None] = mapped_column()  # set on approval, never changed after
    category: Mapped[str | None] = mapped_column(String(8))  # hardship category on the approval date
    child_name: Mapped[str | None] = mapped_column(String(60))
    child_id_number: Mapped[str | None] = mapped_column(String(18), index=True)
    school: Mapped[str | None] = mapped_column(String(100))
    school_level: Mapped[str | None] = mapped_column(String(12))
    school_kind: Mapped[str | None] = mapped_column(String(8))
    new_student: Mapped[bool] = mapped_column(Boolean, default=True)
    tier: Mapped[str | None] = mapped_column(String(8))  # as now; `approved_tier` as on the approval date
    approved_tier: Mapped[str | None] = mapped_column(String(8))
    aided_elsewhere: Mapped[bool] = mapped_column(Boolean, default=False)
    work_study_post: Mapped[str | None] = mapped_column(String(100))
    reason: Mapped[str | None] = mapped_column(Text)  # why aid is asked
    submitted_on: Mapped[date | None] = mapped_column(Date)
    publicity_start: Mapped[date | None] = mapped_column(Date)
    publicity_end: Mapped[date | None] = mapped_column(Date)
    decided_on: Mapped[date | None] = mapped_column(Date)  # approval or rejection
    paid_on: Mapped[date | None] = mapped_column(Date)
    bank_card: Mapped[str | None] = mapped_column(String(32))  # the card paid to (from the file or entered)
    override_reason: Mapped[str | None] = mapped_column(String(300))  # administrator's budget override
    override_by: Mapped[str | None] = mapped_column(String(50))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}



class AidStep(Base):
    """One step of an application's history: who took it, when, from which state to which, and what they said."""

    __tablename__ = "aid_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("aid_application.id", ondelete="CASCADE"), index=True)
    step: Mapped[str] = mapped_column(String(8))
    from_state: Mapped[str | None] = mapped_column(String(8))
    to_state: Mapped[str] = mapped_column(String(8))
    done_on: Mapped[date] = mapped_column(Date)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    username: Mapped[str] = mapped_column(String(50))
    person: Mapped[str] = mapped_column(String(60))  # display name as it was
    role: Mapped[str] = mapped_column(String(8))
    comment: Mapped[str | None] = mapped_column(String(500))


class AidAttachment(Base):
    """A proof kept in the database (admission letter, fee receipt) with its SHA-256."""

    __tablename__ = "aid_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("aid_application.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    file_name: Mapped[str] = mapped_column(String(200))
    size: Mapped[int] = mapped_column()
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    added_by: Mapped[str] = mapped_column(String(50))


class RecuperationBatch(Base):
    """A recuperation trip (疗休养) with its quota and the subsidy per person."""

    __tablename__ = "aid_recuperation_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(index=True)
    name: Mapped[str] = mapped_column(String(60))
    destination: Mapped[str] = mapped_column(String(100))
    border_area: Mapped[bool] = mapped_column(Boolean, default=False)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    days: Mapped[int] = mapped_column()
    quota: Mapped[int] = mapped_column()
    subsidy_fen: Mapped[int] = mapped_column()
    target_group: Mapped[str] = mapped_column(String(8))
    state: Mapped[str] = mapped_column(String(8))
    note: Mapped[str | None] = mapped_column(Text)

    # Optimistic locking (docs/server-mode.md): a save over a newer version is refused.
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}



class RecuperationNomination(Base):
    """A grassroots union's nomination of a member for a batch, and whether they went."""

    __tablename__ = "aid_recuperation_nomination"
    __table_args__ = (UniqueConstraint("batch_id", "member_id"),
                      {"info": {"purge_label": "疗休养提名和参加记录"}})

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("aid_recuperation_batch.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    union_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    nominated_order: Mapped[int] = mapped_column(default=0)
    merit: Mapped[str | None] = mapped_column(String(100))  # what put them first, as shown
    state: Mapped[str] = mapped_column(String(8))

    # Optimistic locking (docs/server-mode.md): a save over a newer version is refused.
    version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}



class AidLoan(Base):
    """A startup micro-loan (小额贴息贷款) whose interest the union subsidises."""

    __tablename__ = "aid_loan"
    __table_args__ = ({"info": {"purge_label": "小额贴息贷款记录"}},)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(index=True)
    borrower_kind: Mapped[str] = mapped_column(String(8))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    firm_name: Mapped[str | None] = mapped_column(String(100))
    firm_union_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    project: Mapped[str | None] = mapped_column(String(100))
    bank: Mapped[str] = mapped_column(String(60))
    principal_fen: Mapped[int] = mapped_column()
    start_date: Mapped[date] = mapped_column(Date)
    term_months: Mapped[int] = mapped_column()
    due_date: Mapped[date] = mapped_column(Date)
    settled_on: Mapped[date | None] = mapped_column(Date)
    bank_rate_ppm: Mapped[int] = mapped_column()
    borrower_rate_ppm: Mapped[int] = mapped_column()
    state: Mapped[str] = mapped_column(String(8))
    note: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}



class AidLoanPeriod(Base):
    """One calendar year of a loan's subsidy: computed by days; paid only after the interest statement."""

    __tablename__ = "aid_loan_period"
    __table_args__ = (UniqueConstraint("loan_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("aid_loan.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column()
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)
    days: Mapped[int] = mapped_column()
    interest_fen: Mapped[int] = mapped_column()
    subsidy_fen: Mapped[int] = mapped_column()
    statement_on: Mapped[date | None] = mapped_column(Date)  # the borrower handed in the interest statement
    statement_interest_fen: Mapped[int | None] = mapped_column()
    paid_on: Mapped[date | None] = mapped_column(Date)
