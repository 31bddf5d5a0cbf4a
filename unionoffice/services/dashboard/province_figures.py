"""The dashboard on a consolidated provincial database (PostgreSQL): the same sections from the province tables, each
one GROUP BY over that table's partitions, filtered by year and by district (docs/provincial-package.md). The package
carries no programme budgets and no per-person lists here: those figures say so instead of showing a zero."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from unionoffice.domain.dashboard.model import MONEY, PERSON_TIMES, PERSONS, Chart, Dashboard, Figure, Period, Section
from unionoffice.domain.dashboard.model import Series as Bars
from unionoffice.services.dashboard.figures import AGE_BANDS, COMMITTED, COUNTED, FLOW_KINDS, PAID, years_before

SCOPE = "m.year = :year AND (:all_districts OR m.district_code = ANY(:districts))"
NO_LISTS = "省级汇总库只有各区县报送的汇总数据，名单请在各区县查看"


def _params(period: Period, districts: tuple[str, ...]) -> dict[str, Any]:
    end = period.end
    c36, c46, c56 = (years_before(end, n) for n in (36, 46, 56))
    return {"year": period.year, "all_districts": not districts, "districts": list(districts), "start": period.start,
            "end": end, "counted": list(COUNTED), "committed": list(COMMITTED), "paid": PAID, "c36": c36, "c46": c46,
            "c56": c56, "whole": period.whole_year}


def _rows(session: Session, sql: str, params: dict[str, Any]) -> list[Any]:
    return list(session.execute(text(sql), params).all())


def _bars(key: str, title: str, unit: str, counts: dict[str, int], order: list[str] | None = None) -> Chart:
    labels = order if order is not None else sorted(counts, key=lambda k: -counts[k])
    return Chart(key, title, unit, tuple(labels), (Bars(title, tuple(counts.get(k, 0) for k in labels)),))


def province_dashboard(session: Session, period: Period, districts: tuple[str, ...]) -> Dashboard:
    p = _params(period, districts)
    names = dict(_rows(session, f"SELECT district_code, district_name FROM province_package m WHERE {SCOPE}", p))
    sections = (_members(session, p, period, names), _files(session, p), _aid(session, p),
                _recuperation(session, p), _training(session, p), _competitions(session, p), _honours(session, p))
    return Dashboard(period, _scope(names, districts), sections, districts)


def province_scope(session: Session, period: Period, districts: tuple[str, ...]) -> str:
    """The districts the figures are for, in words (the stored dashboard's heading)."""
    p = _params(period, districts)
    names = dict(_rows(session, f"SELECT district_code, district_name FROM province_package m WHERE {SCOPE}", p))
    return _scope(names, districts)


def _scope(names: dict[str, str], districts: tuple[str, ...]) -> str:
    return "、".join(names[c] for c in sorted(names)) if districts else f"全省 {len(names)} 个区县"


def _members(session: Session, p: dict[str, Any], period: Period, names: dict[str, str]) -> Section:
    rows = _rows(session, f"""SELECT district_code, sex,
        CASE WHEN birth_date > :c36 THEN 0 WHEN birth_date > :c46 THEN 1
        WHEN birth_date > :c56 THEN 2 ELSE 3 END, coalesce(skill_grade, ''), coalesce(is_migrant, false), count(*)
        FROM province_member m WHERE {SCOPE} AND join_date <= :end AND (status = ANY(:counted) OR status_date > :end)
        GROUP BY 1, 2, 3, 4, 5""", p)
    by: dict[str, defaultdict[Any, int]] = {k: defaultdict(int) for k in ("d", "sex", "band", "grade", "mig")}
    for code, sex, band, grade, migrant, count in rows:
        for key, value in (("d", names.get(code, code)), ("sex", sex), ("band", AGE_BANDS[band]), ("grade", grade),
                           ("mig", bool(migrant))):
            by[key][value] += count
    flows = _rows(session, f"""SELECT extract(month FROM event_date)::int, kind, count(*)
        FROM province_membership_event m WHERE {SCOPE} AND event_date BETWEEN :start AND :end GROUP BY 1, 2""", p)
    per: dict[str, defaultdict[int, int]] = {name: defaultdict(int) for name in FLOW_KINDS}
    flow_of = {kind: name for name, kinds in FLOW_KINDS.items() for kind in kinds}
    for month, kind, count in flows:
        if kind in flow_of:
            per[flow_of[kind]][month] += count
    months = range(period.first_month, period.last_month + 1)
    grades = [g for g in sorted(by["grade"], key=lambda g: -by["grade"][g]) if g]
    charts = (_bars("districts", "各区县会员", PERSONS, dict(by["d"])),
              _bars("sex", "会员性别", PERSONS, dict(by["sex"])),
              _bars("age", "会员年龄段", PERSONS, dict(by["band"]), list(AGE_BANDS)),
              _bars("grade", "会员技能等级", PERSONS, {g: by["grade"][g] for g in grades}),
              Chart("flows", "每月入会、转入、转出和减少", PERSONS, tuple(f"{m}月" for m in months),
                    tuple(Bars(name, tuple(per[name][m] for m in months)) for name in FLOW_KINDS)))
    figures = (Figure("members", "会员总数", sum(by["sex"].values()), PERSONS),
               Figure("women", "女会员", by["sex"].get("女", 0), PERSONS),
               Figure("migrants", "农民工会员", by["mig"].get(True, 0), PERSONS),
               *(Figure(f"flow_{name}", f"{name}人数" if name != "减少" else "退会等减少", sum(per[name].values()),
                        PERSONS) for name in FLOW_KINDS))
    return Section("members", "会员", figures, charts, NO_LISTS)


def _files(session: Session, p: dict[str, Any]) -> Section:
    rows = _rows(session, f"""SELECT coalesce(category, ''),
        count(*) FILTER (WHERE filed_on <= :end AND (closed_on IS NULL OR closed_on > :end)),
        count(*) FILTER (WHERE filed_on BETWEEN :start AND :end),
        count(*) FILTER (WHERE closed_on BETWEEN :start AND :end)
        FROM province_hardship_file m WHERE {SCOPE} GROUP BY 1""", p)
    in_file = {c or "未定类别": a for c, a, _, _ in rows if a}
    figures = (Figure("in_file", "在档困难职工", sum(r[1] for r in rows), "户"),
               Figure("filed", "本期新建档", sum(r[2] for r in rows), "户"),
               Figure("closed", "本期撤档", sum(r[3] for r in rows), "户"))
    return Section("files", "困难职工档案", figures, (_bars("files", "在档困难职工按类别", "户", in_file),),
                   "" if rows else "尚无困难职工档案数据")


def _aid(session: Session, p: dict[str, Any]) -> Section:
    rows = _rows(session, f"""SELECT programme_type, state, coalesce(tier, '') = '农民工', count(*),
        coalesce(sum(amount_fen), 0) FROM province_aid m WHERE {SCOPE}
        AND (:whole OR decided_on BETWEEN :start AND :end) GROUP BY 1, 2, 3""", p)
    approved: defaultdict[str, int] = defaultdict(int)
    paid: defaultdict[str, int] = defaultdict(int)
    children = {False: 0, True: 0}
    for ptype, state, migrant, count, amount in rows:
        if state in COMMITTED:
            approved[ptype] += amount
            if ptype == "金秋助学":
                children[bool(migrant)] += count
        if state == PAID:
            paid[ptype] += amount
    types = sorted(approved, key=lambda t: -approved[t])
    charts = (Chart("programmes", "各类项目核定和已发放", MONEY, tuple(types),
                    (Bars("核定", tuple(approved[t] for t in types)), Bars("已发放", tuple(paid[t] for t in types)))),
              Chart("children", "金秋助学资助对象", PERSONS, ("困难职工子女", "困难农民工子女"),
                    (Bars("资助", (children[False], children[True])),)))
    figures = (Figure("budget", "帮扶预算", None, MONEY), Figure("approved", "核定金额", sum(approved.values()), MONEY),
               Figure("paid", "已发放金额", sum(paid.values()), MONEY),
               Figure("golden_fen", "金秋助学资助金额", approved.get("金秋助学", 0), MONEY),
               Figure("children_workers", "资助困难职工子女", children[False], PERSONS),
               Figure("children_migrants", "资助困难农民工子女", children[True], PERSONS))
    return Section("aid", "帮扶救助", figures, charts, "项目预算不随数据包报送。" + NO_LISTS)


def _recuperation(session: Session, p: dict[str, Any]) -> Section:
    rows = _rows(session, f"""SELECT coalesce(border_area, false), count(*), coalesce(sum(person_times), 0)
        FROM province_recuperation m WHERE {SCOPE} AND (:whole OR start_date BETWEEN :start AND :end)
        GROUP BY 1""", p)
    went = {bool(b): int(t) for b, _, t in rows}
    total = sum(went.values())
    share = round(went.get(True, 0) * 1000 / total) if total else 0
    figures = (Figure("batches", "疗休养批次", sum(int(n) for _, n, _ in rows), "批"),
               Figure("person_times", "疗休养人次", total, PERSON_TIMES),
               Figure("border", "其中边境地区", went.get(True, 0), PERSON_TIMES),
               Figure("border_share", "边境地区占比", share, "‰"))
    chart = _bars("recuperation", "疗休养人次：边境地区与其他地区", PERSON_TIMES,
                  {"边境地区": went.get(True, 0), "其他地区": went.get(False, 0)}, ["边境地区", "其他地区"])
    return Section("recuperation", "职工疗休养", figures, (chart,), "" if rows else "尚无疗休养数据")


def _training(session: Session, p: dict[str, Any]) -> Section:
    rows = _rows(session, f"""SELECT c.academy, count(DISTINCT c.class_no), count(t.row_no),
        count(DISTINCT t.id_number), coalesce(sum(t.hours), 0), count(t.row_no) FILTER (WHERE t.completed)
        FROM province_training_class m JOIN province_training_class c ON c.district_code = m.district_code
             AND c.year = m.year AND c.row_no = m.row_no
        LEFT JOIN province_trainee t ON t.district_code = c.district_code AND t.year = c.year
             AND t.class_no = c.class_no AND t.status = '已报名'
        WHERE {SCOPE} GROUP BY 1 ORDER BY 1""", p)
    labels = tuple(str(r[0]) for r in rows)
    chart = Chart("academies", "各工匠学院培训人次和结业人数", PERSON_TIMES, labels,
                  (Bars("培训人次", tuple(int(r[2]) for r in rows)), Bars("结业", tuple(int(r[5]) for r in rows))))
    figures = (Figure("classes", "培训班", sum(int(r[1]) for r in rows), "个"),
               Figure("person_times", "培训人次", sum(int(r[2]) for r in rows), PERSON_TIMES),
               Figure("persons", "培训人数（各区县合计）", sum(int(r[3]) for r in rows), PERSONS),
               Figure("hours", "学员累计学时", sum(int(r[4]) for r in rows) // 10, "学时"),
               Figure("completions", "结业人数", sum(int(r[5]) for r in rows), PERSONS))
    return Section("training", "职工培训（工匠学院）", figures, (chart,), "" if rows else "尚无培训数据")


def _competitions(session: Session, p: dict[str, Any]) -> Section:
    rows = _rows(session, f"""SELECT stage, prize, count(*) FROM province_competition_entry m WHERE {SCOPE}
        GROUP BY 1, 2""", p)
    stages: defaultdict[str, int] = defaultdict(int)
    prizes: defaultdict[str, int] = defaultdict(int)
    for stage, prize, count in rows:
        stages[stage] += count
        if prize:
            prizes[prize] += count
    order = sorted(stages, key=lambda s: (s != "预赛", s))
    figures = (*(Figure(f"stage_{s}", f"{s}参赛人次", stages[s], PERSON_TIMES) for s in order),
               Figure("prizes", "获奖人数", sum(prizes.values()), PERSONS))
    charts = (_bars("stages", "各阶段参赛人次", PERSON_TIMES, dict(stages), order),
              _bars("prizes", "各奖项获奖人数", PERSONS, dict(prizes)))
    return Section("competitions", "职工技能竞赛", tuple(figures), charts, "" if rows else "尚无竞赛数据")


def _honours(session: Session, p: dict[str, Any]) -> Section:
    rows = _rows(session, f"""SELECT honour_type, count(*) FROM province_honour m WHERE {SCOPE}
        AND NOT coalesce(revoked, false) AND coalesce(list_status, '已定稿') = '已定稿' GROUP BY 1""", p)
    counts = {str(t): int(c) for t, c in rows}
    figures = (Figure("honours", "表彰先进", sum(counts.values()), "项"),
               *(Figure(f"type_{t}", t, c, "项") for t, c in sorted(counts.items(), key=lambda kv: -kv[1])))
    return Section("honours", "荣誉表彰", tuple(figures), (_bars("honours", "各类荣誉", "项", counts),),
                   "" if rows else "尚无荣誉数据")


_ = date  # dates arrive as parameters
