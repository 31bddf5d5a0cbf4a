"""The applications of a programme as pages of rows over the (programme, state, id) index, and as a list to print
or export; masked for the actor (member IDs and cards always, child data without VIEW_CHILD_DATA)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, Organisation
from unionoffice.db.models.aid import AidApplication, AidProgramme
from unionoffice.domain.aid.kinds import ApplicationState
from unionoffice.domain.common.idnumber import mask_id
from unionoffice.domain.common.permissions import Permission
from unionoffice.exchange.xlsx_report import DATE, INT, MONEY, Column
from unionoffice.services.aid.masking import child_id_in_list, child_school
from unionoffice.services.core.context import Actor
from unionoffice.services.core.lists import ListDocument


@dataclass(frozen=True)
class ApplicationRow:
    id: int
    member_id: int
    member_name: str
    member_id_number: str  # masked
    union: str
    aid_type: str
    state: str
    amount_fen: int  # granted once approved, asked before
    child_name: str
    child_id_number: str  # masked, or hidden without VIEW_CHILD_DATA
    school: str
    school_level: str
    tier: str
    submitted_on: date | None
    paid_on: date | None


@dataclass(frozen=True)
class ApplicationFilter:
    programme_id: int
    state: ApplicationState | None = None


_COLUMNS = (AidApplication.id, AidApplication.member_id, Member.name, Member.id_number, Organisation.name,
            AidApplication.aid_type, AidApplication.state, AidApplication.amount_fen, AidApplication.amount_asked_fen,
            AidApplication.child_name, AidApplication.child_id_number, AidApplication.school,
            AidApplication.school_level, AidApplication.tier, AidApplication.submitted_on, AidApplication.paid_on)


def _where(stmt: Select[Any], flt: ApplicationFilter) -> Select[Any]:
    stmt = stmt.where(AidApplication.programme_id == flt.programme_id)
    if flt.state is not None:
        stmt = stmt.where(AidApplication.state == flt.state.value)
    return stmt


def _row(values: Sequence[Any], actor: Actor) -> ApplicationRow:
    (aid, mid, name, id_number, union, aid_type, state, amount, asked, child, child_id, school, level, tier,
     submitted, paid) = values
    return ApplicationRow(aid, mid, name, mask_id(id_number), union or "", aid_type, state,
                          amount if amount is not None else asked, child or "", child_id_in_list(actor, child_id),
                          child_school(actor, school), level or "", tier or "", submitted, paid)


def count_applications(db: Database, actor: Actor, flt: ApplicationFilter) -> int:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return int(session.execute(_where(select(func.count()).select_from(AidApplication), flt)).scalar_one())


def application_page(db: Database, actor: Actor, flt: ApplicationFilter, offset: int, limit: int, *,
                     descending: bool = False) -> list[ApplicationRow]:
    """Rows offset..offset+limit by application number: the ids from an index walk, then only their rows."""
    actor.require(Permission.VIEW_RECORDS)
    order = AidApplication.id.desc() if descending else AidApplication.id.asc()
    with db.read() as session:
        ids = list(session.execute(_where(select(AidApplication.id), flt).order_by(order).offset(offset)
                                   .limit(limit)).scalars())
        return rows_for(session, actor, ids)


def rows_for(session: Session, actor: Actor, ids: Sequence[int]) -> list[ApplicationRow]:
    if not ids:
        return []
    stmt = (select(*_COLUMNS).join(Member, Member.id == AidApplication.member_id)
            .join(Organisation, Organisation.id == AidApplication.union_id).where(AidApplication.id.in_(list(ids))))
    by_id = {r[0]: _row(r, actor) for r in session.execute(stmt)}
    return [by_id[i] for i in ids if i in by_id]


def application_ids(db: Database, actor: Actor, flt: ApplicationFilter) -> list[int]:
    """Every id under the filter (a batch action on "all shown")."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return list(session.execute(_where(select(AidApplication.id), flt).order_by(AidApplication.id)).scalars())


def application_positions(db: Database, actor: Actor, flt: ApplicationFilter, ids: Sequence[int]) -> dict[int, int]:
    """The rows (0-based, in number order as the page lists them) of those of `ids` the filter shows: the page keeps
    an application it saved or moved selected and in view (issue 14). One walk of the index, ids only."""
    actor.require(Permission.VIEW_RECORDS)
    wanted, found = set(ids), dict[int, int]()
    if not wanted:
        return found
    with db.read() as session:
        walk = _where(select(AidApplication.id), flt).order_by(AidApplication.id)
        for position, app_id in enumerate(session.execute(walk).scalars()):
            if app_id in wanted:
                found[app_id] = position
                if len(found) == len(wanted):
                    break
    return found


LIST_COLUMNS = (Column("编号", 8, INT), Column("申请人", 10), Column("身份证号", 21), Column("所属基层工会", 26),
                Column("救助类型", 10), Column("状态", 9), Column("金额（元）", 12, MONEY, True),
                Column("子女姓名", 10),
                Column("子女身份证号", 21), Column("就读学校", 22), Column("学历层次", 9), Column("档次", 7),
                Column("提交日期", 11, DATE), Column("发放日期", 11, DATE))


def application_list_document(db: Database, actor: Actor, flt: ApplicationFilter) -> ListDocument:
    """The applications list as the page shows it (programme, state filter, in number order), masked alike."""
    actor.require(Permission.VIEW_RECORDS)

    def filter_text(session: Session) -> str:
        programme = session.get(AidProgramme, flt.programme_id)
        name = programme.name if programme else str(flt.programme_id)
        return f"项目：{name}" + (f"；状态：{flt.state.value}" if flt.state else "")

    def rows(session: Session) -> Iterator[list[object]]:
        walk = _where(select(AidApplication.id), flt).order_by(AidApplication.id)
        for chunk in session.execute(walk).scalars().partitions(500):
            for r in rows_for(session, actor, list(chunk)):
                yield [r.id, r.member_name, r.member_id_number, r.union, r.aid_type, r.state, r.amount_fen,
                       r.child_name, r.child_id_number, r.school, r.school_level, r.tier, r.submitted_on, r.paid_on]

    def count(session: Session) -> int:
        return int(session.execute(_where(select(func.count()).select_from(AidApplication), flt)).scalar_one())

    return ListDocument("帮扶申请名单", LIST_COLUMNS, rows, count, filter_text, "aid_application", units="单位：元",
                        totals=True)
