"""Statistics across districts from the consolidated tables, filterable by district: the packages loaded, an overview
per district, and the rows of the same upward reports a district exports (exchange/report_specs.py). Public to
services/reporting, which writes them through the same layouts."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models.province import ProvincePackage
from unionoffice.domain.common.idnumber import mask_id
from unionoffice.domain.common.permissions import Permission
from unionoffice.exchange.report_specs import ReportKind
from unionoffice.exchange.xlsx_report import INT, MONEY, Column
from unionoffice.services.core.context import Actor
from unionoffice.services.core.lists import ListDocument

COUNTED = ("在会", "转出中", "保留会籍")  # domain/members/membership.py COUNTS_AS_MEMBER
PAID, COMMITTED = "已发放", ("已批准", "已发放")


@dataclass(frozen=True)
class LoadedPackage:
    district_code: str
    district_name: str
    year: int
    created_at: datetime
    loaded_at: datetime
    loaded_by: str
    members: int


def loaded_packages(db: Database, actor: Actor) -> list[LoadedPackage]:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        rows = session.execute(select(ProvincePackage).order_by(ProvincePackage.year.desc(),
                                                                ProvincePackage.district_code)).scalars()
        return [LoadedPackage(p.district_code, p.district_name, p.year, p.created_at, p.loaded_at, p.loaded_by,
                              int(json.loads(p.rows).get("province_member", 0))) for p in rows]


def _scope(table: str = "m") -> str:
    return f"{table}.year = :year AND (:all_districts OR {table}.district_code = ANY(:districts))"


def _params(year: int, districts: Sequence[str] | None) -> dict[str, Any]:
    return {"year": year, "all_districts": not districts, "districts": list(districts or []), "counted": list(COUNTED),
            "committed": list(COMMITTED), "paid": PAID}


OVERVIEW = {
    "members": f"""SELECT district_code, count(*) FILTER (WHERE status = ANY(:counted)),
        count(*) FILTER (WHERE status = ANY(:counted) AND sex = '女'),
        count(*) FILTER (WHERE status = ANY(:counted) AND is_migrant), count(*) FILTER (WHERE status = '保留会籍')
        FROM province_member m WHERE {_scope()} GROUP BY district_code""",
    "flows": f"""SELECT district_code, count(*) FILTER (WHERE kind = '入会'), count(*) FILTER (WHERE kind = '转入'),
        count(*) FILTER (WHERE kind = '转出') FROM province_membership_event m WHERE {_scope()}
        GROUP BY district_code""",
    "files": f"""SELECT district_code, count(*) FILTER (WHERE status = '在档') FROM province_hardship_file m
        WHERE {_scope()} GROUP BY district_code""",
    "aid": f"""SELECT district_code, coalesce(sum(amount_fen) FILTER (WHERE state = ANY(:committed)), 0),
        coalesce(sum(amount_fen) FILTER (WHERE state = :paid), 0),
        count(*) FILTER (WHERE programme_type = '金秋助学' AND state = ANY(:committed))
        FROM province_aid m WHERE {_scope()} GROUP BY district_code""",
    "training": f"""SELECT district_code, count(*), count(*) FILTER (WHERE completed) FROM province_trainee m
        WHERE {_scope()} AND status = '已报名' GROUP BY district_code""",
    "contests": f"""SELECT district_code, count(DISTINCT id_number), count(*) FILTER (WHERE prize IS NOT NULL)
        FROM province_competition_entry m WHERE {_scope()} GROUP BY district_code""",
    "honours": f"""SELECT district_code, count(*) FILTER (WHERE NOT coalesce(revoked, false)) FROM province_honour m
        WHERE {_scope()} GROUP BY district_code""",
}
OVERVIEW_COLUMNS = (
    Column("区县代码", 9), Column("区县", 20), Column("会员", 10, INT, True), Column("女会员", 9, INT, True),
    Column("农民工会员", 9, INT, True), Column("保留会籍", 9, INT, True), Column("新入会", 8, INT, True),
    Column("转入", 7, INT, True), Column("转出", 7, INT, True), Column("在档困难职工", 10, INT, True),
    Column("帮扶核定（元）", 13, MONEY, True), Column("帮扶已发放（元）", 13, MONEY, True),
    Column("金秋助学（人）", 10, INT, True), Column("培训人次", 9, INT, True), Column("结业", 8, INT, True),
    Column("参赛人数", 9, INT, True), Column("获奖", 7, INT, True), Column("荣誉", 7, INT, True),
)


def overview_rows(session: Session, year: int, districts: Sequence[str] | None = None) -> list[list[object]]:
    """One line per district loaded for `year`: members, flows, files, aid, training, contests and honours, each
    counted in one GROUP BY over that table's partitions."""
    params = _params(year, districts)
    names: dict[str, str] = dict(session.execute(text(f"SELECT district_code, district_name FROM province_package m "
                                      f"WHERE {_scope()} ORDER BY district_code"), params).all())
    figures: dict[str, list[object]] = {code: [] for code in names}
    widths = {"members": 4, "flows": 3, "files": 1, "aid": 3, "training": 2, "contests": 2, "honours": 1}
    for key, sql in OVERVIEW.items():
        found = {r[0]: list(r[1:]) for r in session.execute(text(sql), params)}
        for code in names:
            figures[code].extend(int(v or 0) for v in found.get(code, [0] * widths[key]))
    return [[code, names[code], *figures[code]] for code in names]


def overview_document(db: Database, actor: Actor, year: int, districts: Sequence[str] | None = None) -> ListDocument:
    """The overview as the province page shows it, for printing and exporting."""
    actor.require(Permission.VIEW_RECORDS)
    found: list[list[object]] = []

    def count(session: Session) -> int:
        found[:] = overview_rows(session, year, districts)
        return len(found)

    scope = "、".join(districts) if districts else "全部区县"
    return ListDocument(f"{year}年区县数据汇总", OVERVIEW_COLUMNS, lambda _s: iter(found), count,
                        lambda _s: f"{year}年，{scope}", "province_member", units="单位：人、人次、元", totals=True)


# The same upward reports, from the consolidated tables: (SQL, how a row becomes a report line).
def _org_stats(session: Session, params: dict[str, Any]) -> list[list[object]]:
    sql = f"""
    WITH stock AS (SELECT district_code, union_name, count(*) FILTER (WHERE status = ANY(:counted)) AS members,
          count(*) FILTER (WHERE status = ANY(:counted) AND sex = '女') AS women,
          count(*) FILTER (WHERE status = ANY(:counted) AND is_migrant) AS migrants,
          count(*) FILTER (WHERE status = '保留会籍') AS retained
        FROM province_member m WHERE {_scope()} GROUP BY district_code, union_name),
    joined AS (SELECT district_code, to_union AS union_name, count(*) FILTER (WHERE kind = '入会') AS joined,
          count(*) FILTER (WHERE kind = '转入') AS moved_in FROM province_membership_event m WHERE {_scope()}
        GROUP BY district_code, to_union),
    moved AS (SELECT district_code, from_union AS union_name, count(*) AS moved_out FROM province_membership_event m
        WHERE {_scope()} AND kind = '转出' GROUP BY district_code, from_union)
    SELECT p.district_name || '·' || u.union_name, coalesce(u.unit_nature, '未填写'), 1, coalesce(s.members, 0),
        coalesce(s.women, 0), coalesce(s.migrants, 0), coalesce(j.joined, 0), coalesce(j.moved_in, 0),
        coalesce(o.moved_out, 0), coalesce(s.retained, 0)
    FROM province_union u JOIN province_package p ON p.district_code = u.district_code AND p.year = u.year
    LEFT JOIN stock s ON s.district_code = u.district_code AND s.union_name = u.union_name
    LEFT JOIN joined j ON j.district_code = u.district_code AND j.union_name = u.union_name
    LEFT JOIN moved o ON o.district_code = u.district_code AND o.union_name = u.union_name
    WHERE {_scope('u')} ORDER BY u.district_code, u.union_name"""
    return [list(r) for r in session.execute(text(sql), params)]


def org_stats_rows(session: Session, year: int, districts: Sequence[str] | None) -> list[list[object]]:
    """工会组织和会员统计 lines per union of each district: label, nature, then the eight counts."""
    return _org_stats(session, _params(year, districts))


def training_rows(session: Session, year: int, districts: Sequence[str] | None) -> tuple[list[list[object]],
                                                                                          list[object]]:
    """职工培训情况统计 by academy across districts; persons are distinct ID numbers (a person trained in two
    districts counts once), so the total line is counted, not summed."""
    params = _params(year, districts)
    grouped = f"""SELECT {{label}}, count(DISTINCT (c.district_code, c.class_no)),
        count(t.*) FILTER (WHERE t.status = '已报名'), count(DISTINCT t.id_number) FILTER (WHERE t.status = '已报名'),
        0, coalesce(sum(t.hours) FILTER (WHERE t.status = '已报名'), 0),
        count(*) FILTER (WHERE t.completed AND t.status = '已报名')
      FROM province_training_class c LEFT JOIN province_trainee t ON t.district_code = c.district_code
        AND t.year = c.year AND t.class_no = c.class_no WHERE {_scope('c')} {{group}}"""
    hours_sql = f"""SELECT {{label}}, sum(course_hours) FROM province_training_class c WHERE {_scope('c')} {{group}}"""
    by = {"label": "c.academy", "group": "GROUP BY c.academy ORDER BY c.academy"}
    total = {"label": "'合计'", "group": ""}
    hours = {r[0]: int(r[1] or 0) for r in session.execute(text(hours_sql.format(**by)), params)}
    rows = [_training_line(r, hours.get(r[0], 0)) for r in session.execute(text(grouped.format(**by)), params)]
    all_hours = sum(hours.values())
    totals = _training_line(session.execute(text(grouped.format(**total)), params).one(), all_hours)
    return rows, totals


def _training_line(r: Sequence[Any], course_tenths: int) -> list[object]:
    return [r[0], int(r[1]), int(r[2]), int(r[3]), course_tenths / 10, int(r[5]) / 10, int(r[6])]


def aid_roster_rows(session: Session, year: int, districts: Sequence[str] | None) -> Iterator[list[object]]:
    """帮扶资金发放花名册 across districts: payments of the year's programmes made in the year, masked."""
    sql = f"""SELECT d.district_name, m.name, m.id_number, m.union_name, m.category, m.aid_type, m.amount_fen,
        m.paid_on, m.child_name, m.programme FROM province_aid m
      JOIN province_package d ON d.district_code = m.district_code AND d.year = m.year
      WHERE {_scope()} AND m.state = :paid AND extract(year FROM m.paid_on) = :year
      ORDER BY m.paid_on, m.district_code, m.row_no"""
    for n, r in enumerate(session.execute(text(sql), _params(year, districts)), start=1):
        note = f"{r[0]}；{r[9]}" + (f"，子女{r[8]}" if r[8] else "")
        yield [n, r[1], mask_id(r[2]), r[3] or "", r[4] or "", r[5] or "", r[6] or 0, "", r[7], note]


def recuperation_rows(session: Session, year: int, districts: Sequence[str] | None) -> list[list[object]]:
    sql = f"""SELECT d.district_name || '·' || m.batch, m.destination, m.border_area, m.days, m.person_times,
        m.subsidy_fen FROM province_recuperation m
      JOIN province_package d ON d.district_code = m.district_code AND d.year = m.year
      WHERE {_scope()} ORDER BY m.district_code, m.start_date, m.row_no"""
    return [[r[0], r[1] + ("（边境地区）" if r[2] else ""), r[3], r[4], r[4] if r[2] else 0, r[4] * (r[5] or 0)]
            for r in session.execute(text(sql), _params(year, districts))]


def golden_autumn_summary(session: Session, year: int, districts: Sequence[str] | None) -> list[list[object]]:
    from unionoffice.domain.aid.kinds import SchoolLevel, Tier

    groups = (("困难职工子女", (Tier.FILED.value, Tier.NOT_FILED.value)), ("困难农民工子女", (Tier.MIGRANT.value,)))
    sql = f"""SELECT tier, school_level, count(*), coalesce(sum(amount_fen), 0) FROM province_aid m
      WHERE {_scope()} AND programme_type = '金秋助学' AND state = ANY(:committed) GROUP BY tier, school_level"""
    counts: dict[tuple[str, str], int] = {}
    money: dict[str, int] = {}
    for tier, level, n, fen in session.execute(text(sql), _params(year, districts)):
        group = next((g for g, tiers in groups if tier in tiers), None)
        if group is not None:
            counts[(group, level or "")] = counts.get((group, level or ""), 0) + int(n)
            money[group] = money.get(group, 0) + int(fen)
    levels = [level.value for level in SchoolLevel]
    return [[g, *(per := [counts.get((g, lv), 0) for lv in levels]), sum(per), money.get(g, 0)] for g, _t in groups]


def golden_autumn_rows(session: Session, actor: Actor, year: int,
                       districts: Sequence[str] | None) -> Iterator[list[object]]:
    """金秋助学资助花名册 across districts; the school as the actor may see children's data, no bank cards (the
    package does not carry them)."""
    from unionoffice.domain.aid.kinds import Tier

    schools = actor.may(Permission.VIEW_CHILD_DATA)
    sql = f"""SELECT m.name, m.id_number, d.district_name || '·' || coalesce(m.union_name, ''), m.tier, m.child_name,
        m.school, m.school_level, m.new_student, m.amount_fen, m.work_study_post FROM province_aid m
      JOIN province_package d ON d.district_code = m.district_code AND d.year = m.year
      WHERE {_scope()} AND m.programme_type = '金秋助学' AND m.state = ANY(:committed)
      ORDER BY m.district_code, m.row_no"""
    for n, r in enumerate(session.execute(text(sql), _params(year, districts)), start=1):
        group = "困难农民工子女" if r[3] == Tier.MIGRANT.value else "困难职工子女"
        yield [n, r[0], mask_id(r[1]), r[2], group, r[4] or "", (r[5] or "") if schools else "****",
               r[6] or "", "新生" if r[7] else "在读", r[8] or 0, "", r[9] or ""]


def roster_rows(session: Session, actor: Actor, year: int, districts: Sequence[str] | None,
                full_id: bool) -> Iterator[list[object]]:
    """会员花名册（年末在册）across the chosen districts, in the district roster's columns, masked as exports are."""
    show_phone = actor.may(Permission.VIEW_FULL_PHONE)
    sql = f"""SELECT name, sex, ethnicity, id_number, birth_date, political_status, education, phone, employer,
        union_name, join_date, status, is_migrant FROM province_member m
      WHERE {_scope()} AND status = ANY(:counted) ORDER BY district_code, row_no"""
    from unionoffice.domain.common.phone import mask_phone

    for n, r in enumerate(session.execute(text(sql).execution_options(yield_per=5000), _params(year, districts)),
                          start=1):
        phone = r[7] if show_phone or not r[7] else mask_phone(r[7])
        yield [n, r[0], r[1], r[2] or "", r[3] if full_id else mask_id(r[3]), r[4], r[5] or "", r[6] or "",
               phone or "", r[8] or "", r[9] or "", r[10], r[11], "是" if r[12] else "否"]


def roster_count(session: Session, year: int, districts: Sequence[str] | None) -> int:
    return int(session.execute(text(f"SELECT count(*) FROM province_member m WHERE {_scope()} "
                                     "AND status = ANY(:counted)"), _params(year, districts)).scalar_one())


SUPPORTED = frozenset({ReportKind.ORG_STATS, ReportKind.ORG_STATS_BY_NATURE, ReportKind.TRAINING,
                       ReportKind.AID_ROSTER, ReportKind.GOLDEN_AUTUMN_SUMMARY, ReportKind.RECUPERATION,
                       ReportKind.ROSTER, ReportKind.GOLDEN_AUTUMN})
