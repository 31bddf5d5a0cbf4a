"""The upward aid reports' rows (docs/domain.md (d) 2–4), public to services/reporting: the payment roster of a
year, the Golden Autumn roster and summary, recuperation by batch. Rows are masked (IDs, cards; child data as the
actor may see it) and counted as approved and paid on the approval date's figures (docs/domain.md (f) 8)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from unionoffice.db.models import Member, Organisation
from unionoffice.db.models.aid import AidApplication, AidProgramme, RecuperationBatch, RecuperationNomination
from unionoffice.domain.aid.kinds import (
    COMMITTED_STATES,
    ApplicationState,
    NominationState,
    ProgrammeType,
    SchoolLevel,
    Tier,
)
from unionoffice.domain.common.idnumber import mask_id
from unionoffice.domain.common.phone import mask_account
from unionoffice.services.aid.masking import child_school
from unionoffice.services.core.context import Actor

_COMMITTED = [s.value for s in COMMITTED_STATES]
CHILD_GROUPS = (("困难职工子女", (Tier.FILED.value, Tier.NOT_FILED.value)), ("困难农民工子女", (Tier.MIGRANT.value,)))


def aid_roster_rows(session: Session, year: int) -> Iterator[list[object]]:
    """帮扶资金发放花名册: every payment made in `year`, by payment date."""
    stmt = (select(Member.name, Member.id_number, Organisation.name, AidApplication.category, AidApplication.aid_type,
                   AidApplication.amount_fen, AidApplication.bank_card, AidApplication.paid_on,
                   AidApplication.child_name, AidProgramme.name)
            .join(Member, Member.id == AidApplication.member_id)
            .join(Organisation, Organisation.id == AidApplication.union_id)
            .join(AidProgramme, AidProgramme.id == AidApplication.programme_id)
            .where(AidApplication.state == ApplicationState.PAID.value,
                   AidApplication.paid_on.between(date(year, 1, 1), date(year, 12, 31)))
            .order_by(AidApplication.paid_on, AidApplication.id))
    for number, (name, id_number, union, category, aid_type, amount, card, paid, child, programme) in enumerate(
            session.execute(stmt), start=1):
        note = f"{programme}" + (f"，子女{child}" if child else "")
        yield [number, name, mask_id(id_number), union, category or "", aid_type, amount or 0,
               mask_account(card) if card else "", paid, note]


def aid_roster_count(session: Session, year: int) -> int:
    return int(session.execute(select(func.count()).select_from(AidApplication).where(
        AidApplication.state == ApplicationState.PAID.value,
        AidApplication.paid_on.between(date(year, 1, 1), date(year, 12, 31)))).scalar_one())


def _golden(year: int) -> list[ColumnElement[bool]]:
    return [AidProgramme.type == ProgrammeType.GOLDEN_AUTUMN.value, AidProgramme.year == year,
            AidApplication.state.in_(_COMMITTED)]


def golden_autumn_rows(session: Session, actor: Actor, year: int) -> Iterator[list[object]]:
    """金秋助学资助花名册 of approved and paid grants; the tier is the one of the approval date."""
    stmt = (select(Member.name, Member.id_number, Member.employer, Organisation.name, AidApplication.approved_tier,
                   AidApplication.child_name, AidApplication.school, AidApplication.school_level,
                   AidApplication.new_student, AidApplication.amount_fen, AidApplication.bank_card,
                   AidApplication.work_study_post)
            .join(Member, Member.id == AidApplication.member_id)
            .join(Organisation, Organisation.id == AidApplication.union_id)
            .join(AidProgramme, AidProgramme.id == AidApplication.programme_id)
            .where(*_golden(year)).order_by(AidApplication.union_id, AidApplication.id))
    for number, r in enumerate(session.execute(stmt), start=1):
        (name, id_number, employer, union, tier, child, school, level, new, amount, card, post) = r
        group = next((g for g, tiers in CHILD_GROUPS if tier in tiers), tier or "")
        yield [number, name, mask_id(id_number), employer or union, group, child or "", child_school(actor, school),
               level or "", "新生" if new else "在读", amount or 0, mask_account(card) if card else "", post or ""]


def golden_autumn_count(session: Session, year: int) -> int:
    return int(session.execute(select(func.count()).select_from(AidApplication)
                               .join(AidProgramme, AidProgramme.id == AidApplication.programme_id)
                               .where(*_golden(year))).scalar_one())


def golden_autumn_summary(session: Session, year: int) -> list[list[object]]:
    """By group (困难职工子女 / 困难农民工子女) and school level: children and money (金秋助学资助情况汇总表)."""
    counts: dict[tuple[str, str], int] = {}
    money: dict[str, int] = {}
    for tier, level, n, total in session.execute(
            select(AidApplication.approved_tier, AidApplication.school_level, func.count(),
                   func.sum(AidApplication.amount_fen))
            .join(AidProgramme, AidProgramme.id == AidApplication.programme_id).where(*_golden(year))
            .group_by(AidApplication.approved_tier, AidApplication.school_level)):
        group = next((g for g, tiers in CHILD_GROUPS if tier in tiers), None)
        if group is None:
            continue
        counts[(group, level or "")] = counts.get((group, level or ""), 0) + int(n)
        money[group] = money.get(group, 0) + int(total or 0)
    levels = [level.value for level in SchoolLevel]
    rows: list[list[object]] = []
    for group, _tiers in CHILD_GROUPS:
        per_level = [counts.get((group, level), 0) for level in levels]
        rows.append([group, *per_level, sum(per_level), money.get(group, 0)])
    return rows


def recuperation_rows(session: Session, year: int) -> list[list[object]]:
    """职工疗休养情况统计: per batch, the person-times who went, of which to border areas, and the subsidy paid."""
    went = dict(session.execute(select(RecuperationNomination.batch_id, func.count()).where(
        RecuperationNomination.state == NominationState.WENT.value).group_by(RecuperationNomination.batch_id))
        .all())
    rows: list[list[object]] = []
    for batch in session.execute(select(RecuperationBatch).where(RecuperationBatch.year == year)
                                 .order_by(RecuperationBatch.start_date, RecuperationBatch.id)).scalars():
        people = int(went.get(batch.id, 0))
        rows.append([batch.name, batch.destination + ("（边境地区）" if batch.border_area else ""), batch.days, people,
                     people if batch.border_area else 0, people * batch.subsidy_fen])
    return rows
