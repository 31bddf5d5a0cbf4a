"""Reports sent upward: 工会组织和会员统计 for a year, the roster at year end, training statistics."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, MembershipEvent, Organisation
from unionoffice.db.models.organisation import GRASSROOTS
from unionoffice.domain.common.errors import UnionOfficeError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.members.membership import COUNTS_AS_MEMBER, EventKind, MemberStatus
from unionoffice.exchange import report_specs
from unionoffice.exchange.report_specs import NOT_YET, REPORT_NAMES, ReportKind
from unionoffice.exchange.xlsx_report import Heading, write_report
from unionoffice.services.core.context import Actor
from unionoffice.services.core.tasks import CancelToken, Progress, report
from unionoffice.services.members.exports import (
    ExportResult,
    check_full_id,
    count_rows,
    office_heading,
    record_export,
    roster_rows,
)
from unionoffice.services.members.listing import MemberFilter
from unionoffice.services.province.kind import is_province

NO_NATURE = "未填写"


class ModuleNotReadyError(UnionOfficeError):
    """The report's layout is defined but the module that records its data does not exist yet."""

    exit_code = 2  # a report kind that cannot be had: the user must ask for another


@dataclass
class OrgStatsRow:
    """One line of 工会组织和会员统计; members are counted by their status and union on 31 December."""

    label: str
    nature: str = ""
    unions: int = 0
    members: int = 0
    women: int = 0
    migrants: int = 0
    joined: int = 0
    transferred_in: int = 0
    transferred_out: int = 0
    retained: int = 0
    union_ids: set[int] = field(default_factory=set, repr=False)

    def counts(self) -> list[int]:
        return [self.unions, self.members, self.women, self.migrants, self.joined, self.transferred_in,
                self.transferred_out, self.retained]


def _latest(stmt: Select[Any, Any], name: str) -> Any:
    """The latest event per member among `stmt`'s rows (by date, then id), as a subquery with `rn` = 1."""
    return stmt.add_columns(func.row_number().over(
        partition_by=MembershipEvent.member_id,
        order_by=(MembershipEvent.event_date.desc(), MembershipEvent.id.desc())).label("rn")).subquery(name)


def members_at(day: date) -> tuple[Any, Any]:
    """Subqueries of each member's status after the last event up to `day`, and the union holding them then:
    the target of the last join or transfer in. A transfer still pending on `day` leaves the member counted
    with the union they are leaving (their membership has not arrived anywhere else yet)."""
    status = _latest(select(MembershipEvent.member_id, MembershipEvent.status_after)
                     .where(MembershipEvent.event_date <= day), "status_at")
    home = _latest(select(MembershipEvent.member_id, MembershipEvent.to_union_id)
                   .where(MembershipEvent.event_date <= day,
                          MembershipEvent.kind.in_([EventKind.JOIN.value, EventKind.TRANSFER_IN.value])), "home_at")
    return status, home


def counted_member_ids(day: date) -> Select[Any]:
    status, _home = members_at(day)
    return select(status.c.member_id).where(status.c.rn == 1,
                                            status.c.status_after.in_([s.value for s in COUNTS_AS_MEMBER]))


def _stock(session: Session, day: date) -> dict[int, tuple[int, int, int, int]]:
    status, home = members_at(day)
    women = func.sum(case((Member.sex == "女", 1), else_=0))
    migrants = func.sum(case((Member.is_migrant.is_(True), 1), else_=0))
    retained = func.sum(case((status.c.status_after == MemberStatus.RETAINED.value, 1), else_=0))
    stmt = (select(home.c.to_union_id, func.count(), women, migrants, retained)
            .select_from(status)
            .join(home, and_(home.c.member_id == status.c.member_id, home.c.rn == 1))
            .join(Member, Member.id == status.c.member_id)
            .where(status.c.rn == 1, status.c.status_after.in_([s.value for s in COUNTS_AS_MEMBER]),
                   Member.deleted_at.is_(None))
            .group_by(home.c.to_union_id))
    return {r[0]: (int(r[1]), int(r[2] or 0), int(r[3] or 0), int(r[4] or 0)) for r in session.execute(stmt)}


def _flows(session: Session, kind: EventKind, union_column: Any, start: date, end: date) -> dict[int, int]:
    stmt = (select(union_column, func.count()).join(Member, Member.id == MembershipEvent.member_id)
            .where(MembershipEvent.kind == kind.value, MembershipEvent.event_date >= start,
                   MembershipEvent.event_date <= end, Member.deleted_at.is_(None))
            .group_by(union_column))
    return {int(u): int(n) for u, n in session.execute(stmt) if u is not None}


def organisation_statistics(db: Database, actor: Actor, year: int) -> list[OrgStatsRow]:
    """Per grassroots union (every live union, even without members): stock at 31 Dec, flows during the year."""
    actor.require(Permission.VIEW_RECORDS)
    if not 1950 <= year <= date.today().year:
        raise ValidationError(f"{year} 不是可统计的年份", field="年度")
    start, end = date(year, 1, 1), date(year, 12, 31)
    with db.read() as session:
        stock = _stock(session, end)
        joined = _flows(session, EventKind.JOIN, MembershipEvent.to_union_id, start, end)
        moved_in = _flows(session, EventKind.TRANSFER_IN, MembershipEvent.to_union_id, start, end)
        moved_out = _flows(session, EventKind.TRANSFER_OUT, MembershipEvent.from_union_id, start, end)
        unions = session.execute(select(Organisation.id, Organisation.name, Organisation.unit_nature).where(
            Organisation.kind == GRASSROOTS, Organisation.deleted_at.is_(None)).order_by(Organisation.name)).all()
    rows = []
    for union_id, name, nature in unions:
        members, women, migrants, retained = stock.get(union_id, (0, 0, 0, 0))
        rows.append(OrgStatsRow(name, nature or NO_NATURE, 1, members, women, migrants, joined.get(union_id, 0),
                                moved_in.get(union_id, 0), moved_out.get(union_id, 0), retained, {union_id}))
    return rows


def by_nature(rows: list[OrgStatsRow]) -> list[OrgStatsRow]:
    from unionoffice.domain.members.dictionaries import UNIT_NATURES

    groups = {n: OrgStatsRow(n) for n in (*UNIT_NATURES, NO_NATURE)}
    for row in rows:
        group = groups.setdefault(row.nature, OrgStatsRow(row.nature))
        for attr in ("unions", "members", "women", "migrants", "joined", "transferred_in", "transferred_out",
                     "retained"):
            setattr(group, attr, getattr(group, attr) + getattr(row, attr))
    return [g for g in groups.values() if g.unions or g.label != NO_NATURE]


def export_report(db: Database, actor: Actor, kind: ReportKind, year: int, path: str | Path, *,
                  full_id: bool = False, reason: str = "", progress: Progress | None = None,
                  cancel: CancelToken | None = None, today: date | None = None,
                  districts: Sequence[str] | None = None) -> ExportResult:
    """Write one report for `year` as xlsx; kinds whose module does not exist yet refuse with a clear message.
    On a provincial database the same report is made from the consolidated districts, `districts` (codes) choosing
    which (all when None); a district's own database has only itself."""
    actor.require(Permission.EXPORT_DATA)
    if kind in NOT_YET:
        raise ModuleNotReadyError(f"“{REPORT_NAMES[kind]}”的数据来自{NOT_YET[kind]}模块，该模块尚未建立，"
                                  "暂无数据可导出（报表格式已备好，模块上线后即可导出）。")
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(f"报表只能导出为 .xlsx 文件：{path.name}", field="导出文件")
    check_full_id(actor, full_id, reason)
    with db.read() as session:
        heading = office_heading(session, actor, today)
        provincial = is_province(session)
    if provincial:
        from unionoffice.services.reporting.provincial import export_provincial_report

        return export_provincial_report(db, actor, kind, year, path, districts, full_id=full_id, reason=reason,
                                        progress=_ticker(progress, cancel), today=today)
    if districts:
        raise ValidationError("按区县筛选只用于省级汇总数据库", field="区县")
    title = f"{heading.unit}{year}年{REPORT_NAMES[kind]}"
    if kind == ReportKind.ROSTER:
        return _export_roster(db, actor, year, path, heading, title, full_id, reason, progress, cancel)
    if kind == ReportKind.TRAINING:
        return _export_training(db, actor, year, path, heading, progress, cancel)
    if kind in AID_KINDS:
        return _export_aid(db, actor, kind, year, path, heading, title, progress, cancel)
    rows = organisation_statistics(db, actor, year)
    if kind == ReportKind.ORG_STATS:
        spec = report_specs.org_stats_by_union_spec(title)
        table: list[list[object]] = [[i, r.label, r.nature, *r.counts()] for i, r in enumerate(rows, start=1)]
    else:
        spec = report_specs.org_stats_by_nature_spec(title)
        table = [[r.label, *r.counts()] for r in by_nature(rows)]
    written = write_report(path, spec, heading, table, progress=_ticker(progress, cancel))
    record_export(db, actor, f"导出{title}（{written.rows} 行）到 {path.name}", written, f"{year} 年", False, "",
                  entity="organisation")
    return ExportResult(written.file.path, written.rows, written.file.sha256, False)


def _ticker(progress: Progress | None, cancel: CancelToken | None) -> Progress:
    def tick(done: int, total: int) -> None:
        report(progress, done, total, cancel)

    return tick


def _export_roster(db: Database, actor: Actor, year: int, path: Path, heading: Heading, title: str, full_id: bool,
                   reason: str, progress: Progress | None, cancel: CancelToken | None) -> ExportResult:
    counted: ColumnElement[bool] = Member.id.in_(counted_member_ids(date(year, 12, 31)))
    spec = report_specs.roster_spec(title, all_fields=False)
    with db.read() as session:
        expected = count_rows(session, MemberFilter(), counted)
        rows: Iterator[list[Any]] = roster_rows(session, actor, MemberFilter(), full_id=full_id, all_fields=False,
                                                extra=counted)
        written = write_report(path, spec, heading, rows, progress=_ticker(progress, cancel), expected_rows=expected)
    record_export(db, actor, f"导出{title} {written.rows} 人到 {path.name}", written, f"{year} 年末在册", full_id,
                  reason, entity="member")
    return ExportResult(written.file.path, written.rows, written.file.sha256, full_id)


AID_KINDS = frozenset({ReportKind.AID_ROSTER, ReportKind.GOLDEN_AUTUMN, ReportKind.GOLDEN_AUTUMN_SUMMARY,
                       ReportKind.RECUPERATION})


def _export_aid(db: Database, actor: Actor, kind: ReportKind, year: int, path: Path, heading: Heading, title: str,
                progress: Progress | None, cancel: CancelToken | None) -> ExportResult:
    """The aid reports, their rows read through the aid module's public `reports` (masked for the actor)."""
    from dataclasses import replace

    from unionoffice.domain.aid.money import capitals
    from unionoffice.services.aid import reports as aid

    specs = {ReportKind.AID_ROSTER: report_specs.AID_ROSTER,
             ReportKind.GOLDEN_AUTUMN: report_specs.GOLDEN_AUTUMN_ROSTER,
             ReportKind.GOLDEN_AUTUMN_SUMMARY: report_specs.GOLDEN_AUTUMN_SUMMARY,
             ReportKind.RECUPERATION: report_specs.RECUPERATION}
    spec = replace(specs[kind], title=title)
    money = next(i for i, c in enumerate(spec.columns) if c.kind == "money")

    def in_capitals(sums: Any) -> list[str]:
        return [f"合计金额（大写）：人民币{capitals(int(sums[money]))}"] if kind != ReportKind.RECUPERATION else []

    with db.read() as session:
        rows: Any
        if kind == ReportKind.AID_ROSTER:
            rows, expected, entity = aid.aid_roster_rows(session, year), aid.aid_roster_count(session, year), "aid"
        elif kind == ReportKind.GOLDEN_AUTUMN:
            rows, expected = aid.golden_autumn_rows(session, actor, year), aid.golden_autumn_count(session, year)
            entity = "aid"
        elif kind == ReportKind.GOLDEN_AUTUMN_SUMMARY:
            rows = aid.golden_autumn_summary(session, year)
            expected, entity = len(rows), "aid"
        else:
            rows = aid.recuperation_rows(session, year)
            expected, entity = len(rows), "aid_recuperation_batch"
        written = write_report(path, spec, heading, rows, progress=_ticker(progress, cancel), expected_rows=expected,
                               footer=in_capitals)
    record_export(db, actor, f"导出{title}（{written.rows} 行）到 {path.name}", written, f"{year} 年", False, "",
                  entity=entity)
    return ExportResult(written.file.path, written.rows, written.file.sha256, False)


def _export_training(db: Database, actor: Actor, year: int, path: Path, heading: Heading,
                     progress: Progress | None, cancel: CancelToken | None) -> ExportResult:
    from unionoffice.services.training.statistics import GroupBy, training_statistics

    stats = training_statistics(db, actor, year=year, group_by=GroupBy.ACADEMY)
    title = f"{heading.unit}{year}年{REPORT_NAMES[ReportKind.TRAINING]}"

    def line(r: Any) -> list[object]:
        return [r.label, r.classes, r.person_times, r.persons, r.course_tenths / 10, r.trainee_tenths / 10,
                r.completions]

    written = write_report(path, report_specs.training_spec(title), heading, [line(r) for r in stats.rows],
                           progress=_ticker(progress, cancel), totals_row=line(stats.total))
    record_export(db, actor, f"导出{title}（{written.rows} 行）到 {path.name}", written, f"{year} 年", False, "",
                  entity="training_class")
    return ExportResult(written.file.path, written.rows, written.file.sha256, False)
