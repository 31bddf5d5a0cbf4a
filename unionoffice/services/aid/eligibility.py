"""The facts the rules look at, read for a whole batch in a few queries and kept current as the batch approves
(a second application for the same child in one batch sees the first one's grant)."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import ColumnElement, String, bindparam, func, literal_column, select
from sqlalchemy.orm import Session

from unionoffice.db.models import Member
from unionoffice.db.models.aid import AidApplication, AidProgramme, HardshipFile
from unionoffice.domain.aid.kinds import COMMITTED_STATES, FileStatus, ProgrammeType
from unionoffice.domain.aid.rules import Facts
from unionoffice.services.aid.standards import standard_in

CHUNK = 500
_COMMITTED = [s.value for s in COMMITTED_STATES]
_NONE: dict[str, int] = {}  # read only: facts share the ledger's totals instead of copying them per application


def _chunks(values: Sequence[Any]) -> Iterable[list[Any]]:
    """The whole list in one piece: `among` takes a batch of any size (MAX_BATCH) in one query."""
    if values:
        yield list(values)


def among(column: Any, values: Sequence[Any], session: Session) -> ColumnElement[bool]:
    """`column IN values` for a batch of thousands: on SQLite through json_each over one JSON text parameter —
    binding thousands of separate parameters cost more than the query (benchmarks/bench_aid.py); a plain IN
    elsewhere (PostgreSQL takes 65,535 parameters, MAX_BATCH is 20,000)."""
    if session.get_bind().dialect.name == "sqlite":
        listed = select(literal_column("value")).select_from(func.json_each(bindparam(
            "among_" + column.key, json.dumps(list(values), ensure_ascii=False), type_=String))).scalar_subquery()
        return column.in_(listed)  # type: ignore[no-any-return]
    return column.in_(list(values))  # type: ignore[no-any-return]


class AppLike(Protocol):
    """What the ledger reads of an application (an ORM row or the workflow's lighter record)."""

    member_id: int
    file_id: int | None
    child_id_number: str | None
    aid_type: str
    new_student: bool
    school_kind: str | None
    aided_elsewhere: bool


def household_key(app: AppLike) -> tuple[str, int]:
    """Two struggling workers of one family share one file; otherwise the member (a parent of siblings) is the
    household (docs/domain.md (b), (f) 6)."""
    return ("file", app.file_id) if app.file_id is not None else ("member", app.member_id)


def person_key(app: AppLike) -> tuple[str, object]:
    return ("child", app.child_id_number) if app.child_id_number else ("member", app.member_id)


@dataclass
class _Member:
    name: str
    status: str


class Ledger:
    """What the year already holds for the people of `apps`, from approved and paid applications."""

    def __init__(self, session: Session, programme: AidProgramme, apps: Sequence[AppLike]) -> None:
        self.programme = programme
        self.year = programme.year
        standard = standard_in(session, programme.year)
        self.dibao_fen = standard.dibao_fen if standard else None
        member_ids = sorted({a.member_id for a in apps})
        self.members: dict[int, _Member] = {}
        self.filed: dict[int, tuple[int, str | None]] = {}  # member id -> (file id, category) of an 在档 file
        for chunk in _chunks(member_ids):
            for mid, name, status in session.execute(select(Member.id, Member.name, Member.status)
                                                     .where(among(Member.id, chunk, session))):
                self.members[mid] = _Member(name, status)
            for fid, mid, category in session.execute(
                    select(HardshipFile.id, HardshipFile.member_id, HardshipFile.category)
                    .where(among(HardshipFile.member_id, chunk, session),
                           HardshipFile.status == FileStatus.FILED.value)):
                self.filed[mid] = (fid, category)
        children = sorted({a.child_id_number for a in apps if a.child_id_number})
        self.child_years: dict[str, set[int]] = defaultdict(set)
        self.person: dict[tuple[str, object], dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.household: dict[tuple[str, int], dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.other_types: dict[int, set[str]] = defaultdict(set)
        self._children(session, children)
        self._members(session, member_ids)

    def _children(self, session: Session, children: list[str]) -> None:
        for chunk in _chunks(children):
            rows = session.execute(
                select(AidApplication.child_id_number, AidProgramme.year, AidApplication.aid_type,
                       func.sum(AidApplication.amount_fen))
                .join(AidProgramme, AidProgramme.id == AidApplication.programme_id)
                .where(among(AidApplication.child_id_number, chunk, session), AidApplication.state.in_(_COMMITTED),
                       AidProgramme.type == ProgrammeType.GOLDEN_AUTUMN.value, AidProgramme.year <= self.year)
                .group_by(AidApplication.child_id_number, AidProgramme.year, AidApplication.aid_type))
            for child, year, aid_type, total in rows:
                if child is None:
                    continue
                self.child_years[child].add(year)
                if year == self.year:
                    self.person[("child", child)][aid_type] += int(total or 0)

    def _members(self, session: Session, member_ids: list[int]) -> None:
        for chunk in _chunks(member_ids):
            rows = session.execute(
                select(AidApplication.member_id, AidApplication.file_id, AidApplication.child_id_number,
                       AidApplication.programme_id, AidProgramme.type, AidApplication.aid_type,
                       AidApplication.amount_fen)
                .join(AidProgramme, AidProgramme.id == AidApplication.programme_id)
                .where(among(AidApplication.member_id, chunk, session), AidApplication.state.in_(_COMMITTED),
                       AidProgramme.year == self.year))
            for member_id, file_id, child, programme_id, ptype, aid_type, amount in rows:
                key = ("file", file_id) if file_id is not None else ("member", member_id)
                self.household[key][aid_type] += int(amount or 0)
                if not child:
                    self.person[("member", member_id)][aid_type] += int(amount or 0)
                if programme_id != self.programme.id:
                    self.other_types[member_id].add(ptype)

    def category_of(self, app: AppLike) -> str | None:
        filed = self.filed.get(app.member_id)
        return filed[1] if filed else None

    def facts(self, app: AppLike, amount_fen: int) -> Facts:
        member = self.members.get(app.member_id, _Member("", "不存在"))
        child = app.child_id_number
        years = self.child_years.get(child, set()) if child is not None else set()
        return Facts(
            amount_fen=amount_fen, member_status=member.status, member_name=member.name, aid_type=app.aid_type,
            has_filed_hardship=app.member_id in self.filed, child_id=child,
            child_aided_this_year=self.year in years, child_aided_before=any(y < self.year for y in years),
            new_student=app.new_student, school_kind=app.school_kind or "", aided_elsewhere=app.aided_elsewhere,
            other_programme_types=frozenset(self.other_types.get(app.member_id, set())),
            person_year_fen=self.person.get(person_key(app), _NONE),
            household_year_fen=self.household.get(household_key(app), _NONE), dibao_fen=self.dibao_fen)

    def granted(self, app: AppLike, amount_fen: int) -> None:
        """Count an approval of this batch, so the next application sees it."""
        if app.child_id_number:
            self.child_years[app.child_id_number].add(self.year)
        for totals in (self.person[person_key(app)], self.household[household_key(app)]):
            totals[app.aid_type] = totals.get(app.aid_type, 0) + amount_fen
