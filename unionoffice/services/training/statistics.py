"""Training statistics (per academy, sector, year), the hours ledger per member and year, a member's history."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, Organisation
from unionoffice.db.models.training import Academy, ClassSession, Enrolment, TrainingClass
from unionoffice.domain.common.idnumber import mask_id
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.training.rules import EnrolmentStatus, format_hours
from unionoffice.exchange.xlsx_report import DECIMAL, INT, Column
from unionoffice.services.core.context import Actor
from unionoffice.services.core.lists import ListDocument
from unionoffice.services.training.attendance import completions

ENROLLED = EnrolmentStatus.ENROLLED.value


class GroupBy(StrEnum):
    ACADEMY = "学院"
    SECTOR = "产业方向"
    YEAR = "年度"


@dataclass
class StatsRow:
    """One line of the statistics: persons counts each member once, person-times every enrolment."""

    label: str
    classes: int = 0
    person_times: int = 0
    persons: int = 0
    course_tenths: int = 0  # planned hours of the classes
    trainee_tenths: int = 0  # hours credited to all trainees together (人·学时)
    completions: int = 0
    _members: set[int] = field(default_factory=set, repr=False)


@dataclass(frozen=True)
class Statistics:
    year: int | None
    group_by: GroupBy
    rows: list[StatsRow]
    total: StatsRow


def _year_filter(year: int | None) -> list[ColumnElement[bool]]:
    if year is None:
        return [TrainingClass.deleted_at.is_(None)]
    return [TrainingClass.deleted_at.is_(None), TrainingClass.start_date >= date(year, 1, 1),
            TrainingClass.start_date <= date(year, 12, 31)]


def _hours_by_class(session: Session, class_ids: Sequence[int]) -> dict[int, int]:
    from sqlalchemy import func

    if not class_ids:
        return {}
    return dict(session.execute(select(ClassSession.class_id, func.sum(ClassSession.hours_tenths))
                                .where(ClassSession.class_id.in_(class_ids)).group_by(ClassSession.class_id))
                .all())


def training_statistics(db: Database, actor: Actor, *, year: int | None, group_by: GroupBy) -> Statistics:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        classes = session.execute(select(TrainingClass.id, TrainingClass.start_date, Academy.name, Academy.sector,
                                         Academy.id).join(Academy, Academy.id == TrainingClass.academy_id)
                                  .where(*_year_filter(year)).order_by(Academy.id)).all()
        ids = [c[0] for c in classes]
        hours = _hours_by_class(session, ids)
        done = completions(session, ids)
        members = dict(session.execute(select(Enrolment.id, Enrolment.member_id).where(
            Enrolment.class_id.in_(ids), Enrolment.status == ENROLLED)).all()) if ids else {}
    label_of: dict[int, str] = {}
    order: list[str] = []
    for class_id, start, academy, sector, _academy_id in classes:
        label = {GroupBy.ACADEMY: academy, GroupBy.SECTOR: sector, GroupBy.YEAR: f"{start.year}年"}[group_by]
        label_of[class_id] = label
        if label not in order:
            order.append(label)
    if group_by is GroupBy.YEAR:
        order.sort()
    rows = {label: StatsRow(label) for label in order}
    total = StatsRow("合计")
    for class_id in ids:
        for row in (rows[label_of[class_id]], total):
            row.classes += 1
            row.course_tenths += int(hours.get(class_id) or 0)
    for enrolment_id, (class_id, credited, completion) in done.items():
        for row in (rows[label_of[class_id]], total):
            row.person_times += 1
            row._members.add(members[enrolment_id])
            row.trainee_tenths += credited
            row.completions += int(completion.completed)
    for row in (*rows.values(), total):
        row.persons = len(row._members)
    return Statistics(year, group_by, list(rows.values()), total)


STATS_HEADERS = ("分组", "培训班（个）", "培训人次", "培训人数", "课程学时", "学员累计学时", "结业人数")


def statistics_table(stats: Statistics) -> list[list[object]]:
    """Rows for screen and export: numbers stay numbers; hours as decimals of 学时."""
    return [[r.label, r.classes, r.person_times, r.persons, r.course_tenths / 10, r.trainee_tenths / 10, r.completions]
            for r in (*stats.rows, stats.total)]


def export_statistics(db: Database, actor: Actor, stats: Statistics, path: Path) -> Path:
    """The statistics as the xlsx report sent upward (title, 填报单位, units, 合计 row), through the exchange
    report writer: written atomically, strings never turned into formulas, the export audited with its hash."""
    actor.require(Permission.EXPORT_DATA)
    from dataclasses import replace

    from unionoffice.exchange.report_specs import training_spec
    from unionoffice.exchange.xlsx_report import write_report
    from unionoffice.services.members.exports import office_heading, record_export

    with db.read() as session:
        heading = office_heading(session, actor)
    period = f"{stats.year}年" if stats.year else "历年"
    title = f"{heading.unit}{period}职工培训情况统计表（按{stats.group_by.value}）"
    spec = training_spec(title)
    spec = replace(spec, columns=(replace(spec.columns[0], header=stats.group_by.value), *spec.columns[1:]))
    table = statistics_table(stats)
    written = write_report(path, spec, heading, table[:-1], totals_row=table[-1])
    record_export(db, actor, f"导出{title}（{written.rows} 行）到 {path.name}", written, period, False, "",
                  entity="training_class")
    return written.file.path


@dataclass(frozen=True)
class LedgerRow:
    member_id: int
    name: str
    id_number: str  # masked
    unit: str
    classes: int
    credited_tenths: int
    completions: int

    @property
    def hours(self) -> str:
        return format_hours(self.credited_tenths)


def hours_ledger(db: Database, actor: Actor, year: int) -> list[LedgerRow]:
    """Per member: classes attended in the year, hours credited across them, completions."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return _ledger(session, year)


def _ledger(session: Session, year: int) -> list[LedgerRow]:
    ids = list(session.execute(select(TrainingClass.id).where(*_year_filter(year))).scalars())
    done = completions(session, ids)
    people = session.execute(select(Enrolment.id, Member.id, Member.name, Member.id_number, Member.employer,
                                    Organisation.name)
                             .join(Member, Member.id == Enrolment.member_id)
                             .join(Organisation, Organisation.id == Member.union_id)
                             .where(Enrolment.class_id.in_(ids), Enrolment.status == ENROLLED)).all() if ids else []
    by_member: dict[int, list[object]] = {}
    for enrolment_id, member_id, name, number, employer, union in people:
        _class_id, credited, completion = done[enrolment_id]
        entry = by_member.setdefault(member_id, [name, mask_id(number), employer or union, 0, 0, 0])
        entry[3] = int(entry[3]) + 1  # type: ignore[call-overload]
        entry[4] = int(entry[4]) + credited  # type: ignore[call-overload]
        entry[5] = int(entry[5]) + int(completion.completed)  # type: ignore[call-overload]
    rows = [LedgerRow(mid, str(e[0]), str(e[1]), str(e[2]), int(e[3]), int(e[4]), int(e[5]))  # type: ignore[call-overload]
            for mid, e in by_member.items()]
    rows.sort(key=lambda r: (-r.credited_tenths, r.name))
    return rows


_LEDGER_COLUMNS = (Column("序号", 6, INT), Column("姓名", 10), Column("身份证号", 21), Column("单位", 30),
                   Column("参训班次", 9, INT, True), Column("学时", 9, DECIMAL, True), Column("结业", 8, INT, True))


def hours_ledger_document(db: Database, actor: Actor, year: int) -> ListDocument:
    """The hours ledger of a year as the training page shows it, for printing and exporting."""
    actor.require(Permission.VIEW_RECORDS)
    ledger: list[LedgerRow] = []

    def count(session: Session) -> int:  # the writer asks for the count first, then the rows
        ledger[:] = _ledger(session, year)
        return len(ledger)

    def rows(_session: Session) -> Iterator[list[object]]:
        for number, r in enumerate(ledger, start=1):
            yield [number, r.name, r.id_number, r.unit, r.classes, r.credited_tenths / 10, r.completions]

    return ListDocument(f"{year}年职工培训学时台账", _LEDGER_COLUMNS, rows, count, lambda _s: f"{year}年",
                        "training_enrolment", units="单位：人、班次、学时", totals=True)


@dataclass(frozen=True)
class HistoryRow:
    class_id: int
    class_name: str
    academy: str
    start_date: date
    end_date: date
    status: str
    credited_tenths: int
    total_tenths: int
    completion: str
    certificate: str
    completed: bool = False


def member_training(db: Database, actor: Actor, member_id: int) -> list[HistoryRow]:
    """A member's classes, newest first: status, hours credited of the class's hours, completion, certificate."""
    actor.require(Permission.VIEW_RECORDS)
    from unionoffice.services.training.documents import member_certificates

    with db.read() as session:
        rows = session.execute(select(Enrolment.id, Enrolment.status, TrainingClass, Academy.name)
                               .join(TrainingClass, TrainingClass.id == Enrolment.class_id)
                               .join(Academy, Academy.id == TrainingClass.academy_id)
                               .where(Enrolment.member_id == member_id, TrainingClass.deleted_at.is_(None))
                               .order_by(TrainingClass.start_date.desc(), TrainingClass.id.desc())).all()
        class_ids = [k.id for _, _, k, _ in rows]
        hours = _hours_by_class(session, class_ids)
        done = completions(session, class_ids, member_id=member_id)
        certificates = member_certificates(session, member_id)
        out: list[HistoryRow] = []
        for enrolment_id, status, k, academy in rows:
            credited, label, completed = 0, "", False
            if enrolment_id in done:
                credited, label, completed = done[enrolment_id][1], done[enrolment_id][2].label, \
                    done[enrolment_id][2].completed
            out.append(HistoryRow(k.id, k.name, academy, k.start_date, k.end_date, status, credited,
                                  int(hours.get(k.id) or 0), label, certificates.get(k.id, ""), completed))
        return out


def completed_counts(db: Database, actor: Actor, class_ids: Sequence[int]) -> dict[int, int]:
    """{class id: trainees who completed} by each class's rule and overrides."""
    actor.require(Permission.VIEW_RECORDS)
    counts = dict.fromkeys(class_ids, 0)
    with db.read() as session:
        for class_id, _credited, completion in completions(session, class_ids).values():
            counts[class_id] += int(completion.completed)
    return counts
