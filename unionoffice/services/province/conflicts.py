"""The conflict report across districts: the same person (normalised ID number) active in two districts, a transfer
out with no transfer in anywhere after 90 days, and impossible dates; one row per conflict, both districts side by
side (docs/provincial-package.md, Conflicts). Computed in SQL over the consolidated tables, never stored."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.domain.common.idnumber import mask_id
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.province.rules import ACTIVE_STATUSES, TRANSFER_GRACE_DAYS, TRANSFER_PENDING
from unionoffice.exchange.xlsx_report import DATE, INT, Column, ReportSpec, write_report
from unionoffice.services.core.context import Actor
from unionoffice.services.core.lists import ListDocument

ACTIVE_TWICE = "两地同时在会"
TRANSFER_LOST = "转出后无转入"
IMPOSSIBLE_DATE = "日期不可能"


@dataclass(frozen=True)
class Side:
    district_code: str
    district_name: str
    name: str
    union_name: str
    status: str
    status_date: date | None
    join_date: date | None
    where: str  # sheet and row in that district's package: 会员 第 12 行


@dataclass(frozen=True)
class Conflict:
    kind: str
    id_number: str
    a: Side
    b: Side | None
    note: str


_SIDE = "m.district_code, m.name, coalesce(m.union_name, ''), m.status, m.status_date, m.join_date, m.row_no"
_SCOPE = "(:all_districts OR m.district_code = ANY(:districts))"
_TWICE = f"""
SELECT m.id_number, {_SIDE}, {_SIDE.replace('m.', 'o.')}
FROM province_member m JOIN province_member o
  ON o.year = m.year AND o.id_number = m.id_number AND o.district_code > m.district_code
WHERE m.year = :year AND m.status = ANY(:active) AND o.status = ANY(:active)
  AND ({_SCOPE} OR {_SCOPE.replace('m.', 'o.')})
ORDER BY m.id_number, m.district_code, o.district_code"""
_LOST = f"""
SELECT m.id_number, {_SIDE}
FROM province_member m
WHERE m.year = :year AND m.status = :pending AND m.status_date <= :cutoff AND {_SCOPE}
  AND NOT EXISTS (SELECT 1 FROM province_member o WHERE o.year >= m.year AND o.id_number = m.id_number
                  AND o.district_code <> m.district_code AND o.status = ANY(:active))
ORDER BY m.district_code, m.row_no"""
# (sheet, SQL giving id_number, side columns and the note) for the dates that cannot be.
_DATES: tuple[tuple[str, str], ...] = (
    ("会员", f"""SELECT m.id_number, {_SIDE}, CASE
        WHEN m.join_date < m.birth_date + interval '16 years' THEN '入会时间 ' || m.join_date || ' 时未满 16 周岁'
        WHEN m.join_date > make_date(m.year, 12, 31) THEN '入会时间 ' || m.join_date || ' 晚于报送期末'
        WHEN m.status_date < m.join_date THEN '状态日期 ' || m.status_date || ' 早于入会时间'
        ELSE '出生日期 ' || m.birth_date || ' 与身份证号不符' END
      FROM province_member m WHERE m.year = :year AND {_SCOPE} AND (
        m.join_date < m.birth_date + interval '16 years' OR m.join_date > make_date(m.year, 12, 31)
        OR m.status_date < m.join_date OR (m.id_number ~ '^[0-9]{{17}}[0-9X]$'
          AND to_char(m.birth_date, 'YYYYMMDD') <> substr(m.id_number, 7, 8)))"""),
    ("困难职工档案", f"""SELECT m.id_number, m.district_code, m.name, coalesce(m.union_name, ''), m.status, NULL::date,
        NULL::date, m.row_no, CASE WHEN m.filed_on < m.applied_on THEN '建档日期 ' || m.filed_on || ' 早于申请日期 '
        || m.applied_on ELSE '撤档日期 ' || m.closed_on || ' 早于申请日期 ' || m.applied_on END
      FROM province_hardship_file m WHERE m.year = :year AND {_SCOPE}
        AND (m.filed_on < m.applied_on OR m.closed_on < m.applied_on)"""),
    ("帮扶发放", f"""SELECT m.id_number, m.district_code, m.name, coalesce(m.union_name, ''), m.state, NULL::date,
        NULL::date, m.row_no, CASE WHEN m.paid_on < m.decided_on THEN '发放日期 ' || m.paid_on || ' 早于审批日期 '
        || m.decided_on ELSE '审批日期 ' || m.decided_on || ' 早于申请日期 ' || m.submitted_on END
      FROM province_aid m WHERE m.year = :year AND {_SCOPE}
        AND (m.paid_on < m.decided_on OR m.decided_on < m.submitted_on)"""),
    ("培训班", f"""SELECT '', m.district_code, m.class_name, m.academy, '', NULL::date, NULL::date, m.row_no,
        '结业日期 ' || m.end_date || ' 早于开班日期 ' || m.start_date
      FROM province_training_class m WHERE m.year = :year AND {_SCOPE} AND m.end_date < m.start_date"""),
    ("疗休养", f"""SELECT '', m.district_code, m.batch, m.destination, coalesce(m.state, ''), NULL::date, NULL::date,
        m.row_no, '结束日期 ' || m.end_date || ' 早于开始日期 ' || m.start_date
      FROM province_recuperation m WHERE m.year = :year AND {_SCOPE} AND m.end_date < m.start_date"""),
)


def _params(year: int, districts: Sequence[str] | None) -> dict[str, Any]:
    return {"year": year, "all_districts": not districts, "districts": list(districts or []),
            "active": sorted(ACTIVE_STATUSES), "pending": TRANSFER_PENDING}


def _names(session: Session) -> dict[str, str]:
    return dict(session.execute(text("SELECT DISTINCT district_code, district_name FROM province_package")).all())


def _side(names: dict[str, str], sheet: str, r: Sequence[Any]) -> Side:
    code, name, union, status, status_date, join_date, row_no = r
    return Side(code, names.get(code, code), name, union, status, status_date, join_date, f"{sheet} 第 {row_no} 行")


def conflicts_in(session: Session, year: int, districts: Sequence[str] | None = None,
                 today: date | None = None) -> Iterator[Conflict]:
    """Every conflict of `year` touching the given districts (all when None), full ID numbers; callers mask."""
    names, params = _names(session), _params(year, districts)
    for r in session.execute(text(_TWICE), params):
        yield Conflict(ACTIVE_TWICE, r[0], _side(names, "会员", r[1:8]), _side(names, "会员", r[8:15]),
                       "同一身份证号在两个区县同时为在会或保留会籍")
    cutoff = min(date(year, 12, 31), today or date.today()) - timedelta(days=TRANSFER_GRACE_DAYS)
    for r in session.execute(text(_LOST), {**params, "cutoff": cutoff}):
        yield Conflict(TRANSFER_LOST, r[0], _side(names, "会员", r[1:8]), None,
                       f"{r[5]:%Y-%m-%d} 转出，超过 {TRANSFER_GRACE_DAYS} 天仍未在任何区县转入")
    for sheet, sql in _DATES:
        for r in session.execute(text(sql), params):
            yield Conflict(IMPOSSIBLE_DATE, r[0], _side(names, sheet, r[1:8]), None, r[8])


COLUMNS = (
    Column("序号", 6, INT), Column("问题类型", 12), Column("身份证号", 21),
    *(col for who in ("甲", "乙") for col in (
        Column(f"{who}：区县", 18), Column(f"{who}：姓名", 10), Column(f"{who}：基层工会", 24),
        Column(f"{who}：状态", 9), Column(f"{who}：状态日期", 11, DATE), Column(f"{who}：入会时间", 11, DATE),
        Column(f"{who}：位置", 14))),
    Column("说明", 36),
)


def _line(number: int, c: Conflict, full_id: bool) -> list[object]:
    def side(s: Side | None) -> list[object]:
        if s is None:
            return ["", "", "", "", None, None, ""]
        return [f"{s.district_name}（{s.district_code}）", s.name, s.union_name, s.status, s.status_date, s.join_date,
                s.where]

    shown = c.id_number if full_id or not c.id_number else mask_id(c.id_number)
    return [number, c.kind, shown, *side(c.a), *side(c.b), c.note]


def conflicts_document(db: Database, actor: Actor, year: int, districts: Sequence[str] | None = None) -> ListDocument:
    """The conflicts as the province page lists them, for printing and exporting (IDs as the actor may see them)."""
    actor.require(Permission.VIEW_RECORDS)
    full = actor.may(Permission.VIEW_FULL_ID)
    found: list[Conflict] = []

    def count(session: Session) -> int:
        found[:] = conflicts_in(session, year, districts)
        return len(found)

    def rows(_session: Session) -> Iterator[list[object]]:
        return (_line(n, c, full) for n, c in enumerate(found, start=1))

    scope = "、".join(districts) if districts else "全部区县"
    return ListDocument(f"{year}年区县数据冲突报告", COLUMNS, rows, count, lambda _s: f"{year}年，{scope}",
                        "province_member")


def write_conflict_report(db: Database, actor: Actor, year: int, path: str | Path, *,
                          districts: Sequence[str] | None = None, full_id: bool = False, reason: str = "") -> int:
    """The conflict report as xlsx (one row per conflict, both districts side by side); IDs masked unless exported in
    full with the right and a reason. Audited like every export. Returns the number of conflicts."""
    actor.require(Permission.EXPORT_DATA)
    from unionoffice.services.members.exports import check_full_id, office_heading, record_export

    check_full_id(actor, full_id, reason)
    with db.read() as session:
        heading = office_heading(session, actor)
        found = list(conflicts_in(session, year, districts))
    spec = ReportSpec(f"{year}年区县数据冲突报告", COLUMNS, units="每行一处冲突；甲、乙为两个区县", sheet_name="冲突",
                      totals=False)
    written = write_report(path, spec, heading, (_line(n, c, full_id) for n, c in enumerate(found, start=1)),
                           expected_rows=len(found))
    record_export(db, actor, f"导出{year}年区县数据冲突报告（{written.rows} 处）到 {Path(path).name}", written,
                  f"{year} 年，{'、'.join(districts) if districts else '全部区县'}", full_id, reason,
                  entity="province_member")
    return written.rows
