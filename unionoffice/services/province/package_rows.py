"""A district's rows for each sheet of the provincial package, read from its own tables for one year.

Read in SQL and streamed in column order (docs/provincial-package.md lists what each sheet holds and why): members
as they stood on 31 December, the membership changes of the year, the files, aid, training, contests and honours of
the year. Full ID numbers: the province identifies people across districts by them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from unionoffice.db.models import Member, MembershipEvent, Organisation
from unionoffice.db.models.aid import (
    AidApplication,
    AidLoan,
    AidLoanPeriod,
    AidProgramme,
    HardshipFile,
    RecuperationBatch,
    RecuperationNomination,
)
from unionoffice.db.models.competitions import Competition, CompetitionEvent, CompetitionStage, Entry, StageResult
from unionoffice.db.models.honours import Honour, HonourList
from unionoffice.db.models.organisation import GRASSROOTS
from unionoffice.db.models.training import Academy, ClassSession, Enrolment, TrainingClass
from unionoffice.domain.aid.kinds import NominationState
from unionoffice.domain.members.membership import COUNTS_AS_MEMBER, EventKind
from unionoffice.domain.province import columns as c

Rows = Iterable[Sequence[Any]]
BATCH = 5000


def _stream(session: Session, stmt: Any) -> Iterator[Sequence[Any]]:
    yield from session.execute(stmt.execution_options(yield_per=BATCH))


def _latest(stmt: Any, name: str) -> Any:
    return stmt.add_columns(func.row_number().over(
        partition_by=MembershipEvent.member_id,
        order_by=(MembershipEvent.event_date.desc(), MembershipEvent.id.desc())).label("rn")).subquery(name)


def union_rows(session: Session, year: int) -> Rows:
    return _stream(session, select(Organisation.name, Organisation.credit_code, Organisation.employer,
                                   Organisation.unit_nature, Organisation.economic_type, Organisation.industry)
                   .where(Organisation.kind == GRASSROOTS, Organisation.deleted_at.is_(None)).order_by(Organisation.id))


def member_rows(session: Session, year: int) -> Rows:
    """Everyone on the register at some moment of the year: counted on 31 December, or changed during the year
    (the latest change up to 31 December falls in the year). Status and union as of 31 December."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    status = _latest(select(MembershipEvent.member_id, MembershipEvent.status_after, MembershipEvent.event_date)
                     .where(MembershipEvent.event_date <= end), "status_at")
    home = _latest(select(MembershipEvent.member_id, MembershipEvent.to_union_id)
                   .where(MembershipEvent.event_date <= end,
                          MembershipEvent.kind.in_([EventKind.JOIN.value, EventKind.TRANSFER_IN.value])), "home_at")
    stmt = (select(Member.id_number, Member.name, Member.sex, Member.ethnicity, Member.birth_date, Member.id_type,
                   Member.political_status, Member.education, Member.employment_status, Member.hukou_type,
                   Member.skill_grade, Member.phone, Member.employer, Organisation.name, Member.join_date,
                   status.c.status_after, status.c.event_date, Member.is_migrant, Member.hardship_category,
                   Member.card_number)
            .join(status, and_(status.c.member_id == Member.id, status.c.rn == 1))
            .outerjoin(home, and_(home.c.member_id == Member.id, home.c.rn == 1))
            .outerjoin(Organisation, Organisation.id == func.coalesce(home.c.to_union_id, Member.union_id))
            .where(Member.deleted_at.is_(None),
                   or_(status.c.status_after.in_([s.value for s in COUNTS_AS_MEMBER]), status.c.event_date >= start))
            .order_by(Member.id))
    return _stream(session, stmt)


def event_rows(session: Session, year: int) -> Rows:
    source, target = aliased(Organisation), aliased(Organisation)
    return _stream(session, select(Member.id_number, MembershipEvent.kind, MembershipEvent.event_date, source.name,
                                   target.name, MembershipEvent.status_after, MembershipEvent.reason)
                   .join(Member, Member.id == MembershipEvent.member_id)
                   .outerjoin(source, source.id == MembershipEvent.from_union_id)
                   .outerjoin(target, target.id == MembershipEvent.to_union_id)
                   .where(Member.deleted_at.is_(None),
                          MembershipEvent.event_date.between(date(year, 1, 1), date(year, 12, 31)))
                   .order_by(MembershipEvent.id))


def hardship_rows(session: Session, year: int) -> Rows:
    """Files open at some moment of the year (applied by 31 December, not closed before 1 January)."""
    return _stream(session, select(
        HardshipFile.file_no, Member.id_number, Member.name, Organisation.name, HardshipFile.status,
        HardshipFile.temporary, HardshipFile.filing_level, HardshipFile.category, HardshipFile.main_cause,
        HardshipFile.household_size, HardshipFile.per_capita_fen, HardshipFile.dibao_fen, HardshipFile.applied_on,
        HardshipFile.filed_on, HardshipFile.closed_on, HardshipFile.close_kind)
        .join(Member, Member.id == HardshipFile.member_id).join(Organisation, Organisation.id == Member.union_id)
        .where(HardshipFile.applied_on <= date(year, 12, 31),
               or_(HardshipFile.closed_on.is_(None), HardshipFile.closed_on >= date(year, 1, 1)))
        .order_by(HardshipFile.id))


def aid_rows(session: Session, year: int) -> Rows:
    """Every application under the year's programmes, with its state; amounts as approved (docs/domain.md (f) 8)."""
    return _stream(session, select(
        AidApplication.id, AidProgramme.name, AidProgramme.type, AidApplication.aid_type, Member.id_number,
        Member.name, Organisation.name, HardshipFile.file_no, AidApplication.category, AidApplication.state,
        AidApplication.amount_asked_fen, AidApplication.amount_fen, AidApplication.child_name,
        AidApplication.child_id_number, AidApplication.school, AidApplication.school_level,
        AidApplication.approved_tier, AidApplication.new_student, AidApplication.work_study_post,
        AidApplication.submitted_on, AidApplication.decided_on, AidApplication.paid_on)
        .join(AidProgramme, AidProgramme.id == AidApplication.programme_id)
        .join(Member, Member.id == AidApplication.member_id)
        .join(Organisation, Organisation.id == AidApplication.union_id)
        .outerjoin(HardshipFile, HardshipFile.id == AidApplication.file_id)
        .where(AidProgramme.year == year).order_by(AidApplication.id))


def recuperation_rows(session: Session, year: int) -> Rows:
    went = (select(RecuperationNomination.batch_id, func.count().label("n"))
            .where(RecuperationNomination.state == NominationState.WENT.value)
            .group_by(RecuperationNomination.batch_id).subquery())
    return _stream(session, select(
        RecuperationBatch.name, RecuperationBatch.destination, RecuperationBatch.border_area,
        RecuperationBatch.start_date, RecuperationBatch.end_date, RecuperationBatch.days, RecuperationBatch.quota,
        RecuperationBatch.subsidy_fen, RecuperationBatch.target_group, RecuperationBatch.state,
        func.coalesce(went.c.n, 0))
        .outerjoin(went, went.c.batch_id == RecuperationBatch.id)
        .where(RecuperationBatch.year == year).order_by(RecuperationBatch.start_date, RecuperationBatch.id))


def loan_rows(session: Session, year: int) -> Rows:
    """Loans running at some moment of the year, with the subsidy for the year."""
    subsidy = (select(AidLoanPeriod.loan_id, func.sum(AidLoanPeriod.subsidy_fen).label("fen"))
               .where(AidLoanPeriod.year == year).group_by(AidLoanPeriod.loan_id).subquery())
    return _stream(session, select(
        AidLoan.borrower_kind, Member.id_number, func.coalesce(Member.name, AidLoan.firm_name), AidLoan.firm_name,
        AidLoan.bank, AidLoan.principal_fen, AidLoan.start_date, AidLoan.term_months, AidLoan.state,
        func.coalesce(subsidy.c.fen, 0))
        .outerjoin(Member, Member.id == AidLoan.member_id)
        .outerjoin(subsidy, subsidy.c.loan_id == AidLoan.id)
        .where(AidLoan.start_date <= date(year, 12, 31),
               or_(AidLoan.settled_on.is_(None), AidLoan.settled_on >= date(year, 1, 1)))
        .order_by(AidLoan.id))


def _class_ids(session: Session, year: int) -> list[int]:
    return list(session.execute(select(TrainingClass.id).where(
        TrainingClass.deleted_at.is_(None), TrainingClass.start_date.between(date(year, 1, 1), date(year, 12, 31)))
        .order_by(TrainingClass.id)).scalars())


def class_rows(session: Session, year: int) -> Rows:
    hours = (select(ClassSession.class_id, func.sum(ClassSession.hours_tenths).label("tenths"))
             .group_by(ClassSession.class_id).subquery())
    return _stream(session, select(
        TrainingClass.id, Academy.name, Academy.sector, TrainingClass.name, TrainingClass.start_date,
        TrainingClass.end_date, func.coalesce(hours.c.tenths, 0), TrainingClass.organiser)
        .join(Academy, Academy.id == TrainingClass.academy_id).outerjoin(hours, hours.c.class_id == TrainingClass.id)
        .where(TrainingClass.id.in_(_class_ids(session, year))).order_by(TrainingClass.id))


def trainee_rows(session: Session, year: int) -> Rows:
    """Every enrolment in the year's classes; hours credited and completion as the training module decides them."""
    from unionoffice.services.training.attendance import completions

    ids = _class_ids(session, year)
    done = completions(session, ids)
    stmt = (select(Enrolment.id, Enrolment.class_id, Member.id_number, Member.name, Enrolment.status)
            .join(Member, Member.id == Enrolment.member_id).where(Enrolment.class_id.in_(ids))
            .order_by(Enrolment.class_id, Enrolment.id))
    for enrolment_id, class_id, id_number, name, status in _stream(session, stmt):
        credited = done.get(enrolment_id)
        yield [class_id, id_number, name, status, credited[1] if credited else None,
               credited[2].completed if credited else None]


def entry_rows(session: Session, year: int) -> Rows:
    return _stream(session, select(
        Competition.name, Competition.level, CompetitionEvent.name, CompetitionEvent.trade, CompetitionStage.name,
        Member.id_number, Member.name, Entry.employer, Organisation.name, StageResult.state, StageResult.theory,
        StageResult.practical, StageResult.final_rank, StageResult.prize, StageResult.advanced)
        .join(Entry, Entry.id == StageResult.entry_id)
        .join(CompetitionStage, CompetitionStage.id == StageResult.stage_id)
        .join(CompetitionEvent, CompetitionEvent.id == Entry.event_id)
        .join(Competition, Competition.id == CompetitionEvent.competition_id)
        .join(Member, Member.id == Entry.member_id).join(Organisation, Organisation.id == Entry.union_id)
        .where(Competition.year == year)
        .order_by(Competition.id, CompetitionEvent.position, CompetitionStage.seq, StageResult.id))


def honour_rows(session: Session, year: int) -> Rows:
    return _stream(session, select(
        HonourList.name, HonourList.level, HonourList.issuer, HonourList.status, HonourList.decision_date,
        HonourList.doc_number, Honour.honour_type, Honour.recipient_kind, Member.id_number, Honour.recipient_name,
        Honour.unit, Honour.basis_text, Honour.revoked_at.is_not(None))
        .join(HonourList, HonourList.id == Honour.list_id).outerjoin(Member, Member.id == Honour.member_id)
        .where(HonourList.year == year).order_by(HonourList.id, Honour.id))


def estimated_rows(session: Session, year: int) -> int:
    """About how many rows the package will hold, for its progress bar: the members not deleted and the year's
    membership changes and the grassroots unions (plain counts, quick at 300,000 members; the member sheet's own
    query, with its window functions, takes much longer). The year's small sheets (files, aid, training, contests,
    honours) are left out: the bar holds just short of the end while they are written."""
    members = session.scalar(select(func.count()).select_from(Member).where(Member.deleted_at.is_(None))) or 0
    events = session.scalar(select(func.count()).select_from(MembershipEvent).where(
        MembershipEvent.event_date.between(date(year, 1, 1), date(year, 12, 31)))) or 0
    unions = session.scalar(select(func.count()).select_from(Organisation).where(
        Organisation.kind == GRASSROOTS, Organisation.deleted_at.is_(None))) or 0
    return int(members) + int(events) + int(unions)


SHEET_ROWS = {
    c.UNIONS.name: union_rows, c.MEMBERS.name: member_rows, c.EVENTS.name: event_rows,
    c.HARDSHIP_FILES.name: hardship_rows, c.AID.name: aid_rows, c.RECUPERATION.name: recuperation_rows,
    c.LOANS.name: loan_rows, c.CLASSES.name: class_rows, c.TRAINEES.name: trainee_rows, c.ENTRIES.name: entry_rows,
    c.HONOURS.name: honour_rows,
}
