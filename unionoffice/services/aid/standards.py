"""Settings the office edits for aid: each year's 低保 and hardship ceilings, and its own word on working days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models.aid import AidCalendarDay, AidStandard
from unionoffice.domain.aid.calendar import WorkCalendar, library_years
from unionoffice.domain.aid.hardship import Standard
from unionoffice.domain.aid.money import format_yuan
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor


@dataclass(frozen=True)
class CalendarDay:
    day: date
    is_workday: bool
    note: str


def standard_in(session: Session, year: int) -> Standard | None:
    row = session.get(AidStandard, year)
    if row is None:
        return None
    return Standard(row.year, row.dibao_fen, row.relative_permille, row.accident_permille)


def list_standards(db: Database, actor: Actor) -> list[Standard]:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        rows = session.execute(select(AidStandard).order_by(AidStandard.year.desc())).scalars()
        return [Standard(r.year, r.dibao_fen, r.relative_permille, r.accident_permille) for r in rows]


def save_standard(db: Database, actor: Actor, standard: Standard, note: str = "") -> None:
    """Set a year's lines (validated by `Standard` itself); files keep the category they were judged by."""
    actor.require(Permission.MANAGE_AID_PROGRAMMES)
    with db.write() as session:
        row = session.get(AidStandard, standard.year)
        values = {"dibao_fen": standard.dibao_fen, "relative_permille": standard.relative_permille,
                  "accident_permille": standard.accident_permille, "note": note.strip() or None}
        if row is None:
            row = AidStandard(year=standard.year, **values)
            session.add(row)
            changes = {k: (None, v) for k, v in values.items()}
        else:
            changes = audit.diff(row, values)
            for key, value in values.items():
                setattr(row, key, value)
        audit.record(session, actor, "update", f"设定{standard.year}年低保标准 {format_yuan(standard.dibao_fen)} 元",
                     entity="aid_standard", entity_id=standard.year, changes=changes)


def work_calendar(session: Session) -> WorkCalendar:
    rows = session.execute(select(AidCalendarDay.day, AidCalendarDay.is_workday)).all()
    return WorkCalendar({day: bool(work) for day, work in rows})


def calendar_days(db: Database, actor: Actor) -> list[CalendarDay]:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        rows = session.execute(select(AidCalendarDay).order_by(AidCalendarDay.day)).scalars()
        return [CalendarDay(r.day, r.is_workday, r.note or "") for r in rows]


def set_calendar_day(db: Database, actor: Actor, day: date, is_workday: bool | None, note: str = "") -> None:
    """The office's word on a day (None removes it, so the holiday library or the weekend decides again)."""
    actor.require(Permission.MANAGE_AID_PROGRAMMES)
    with db.write() as session:
        row = session.get(AidCalendarDay, day)
        old = None if row is None else row.is_workday
        if is_workday is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(AidCalendarDay(day=day, is_workday=is_workday, note=note.strip() or None))
        else:
            row.is_workday, row.note = is_workday, note.strip() or None
        word = {None: "按节假日库", True: "工作日", False: "休息日"}[is_workday]
        audit.record(session, actor, "update", f"{day.isoformat()} 设为{word}", entity="aid_calendar_day",
                     entity_id=day.isoformat(), changes={"is_workday": (old, is_workday)})


def calendar_coverage() -> str:
    first, last = library_years()
    return f"节假日库含 {first}–{last} 年的法定节假日和调休上班日；其他年份请在此登记，未登记的只按周末计"
