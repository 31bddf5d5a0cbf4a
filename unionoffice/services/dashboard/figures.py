"""The dashboard's figures for a period: each section counted by GROUP BY in SQL over indexed columns; Python only
folds the grouped counts into charts. On a consolidated provincial database the same sections come from the
province tables, filtered by district (province_figures.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlalchemy import and_, case, extract, false, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, MembershipEvent, Organisation
from unionoffice.db.models.aid import (
    AidApplication,
    AidProgramme,
    HardshipFile,
    RecuperationBatch,
    RecuperationNomination,
)
from unionoffice.db.models.competitions import (
    Competition,
    CompetitionEvent,
    CompetitionStage,
    PrizeBandRow,
    StageResult,
)
from unionoffice.db.models.honours import Honour, HonourList
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.dashboard.model import (
    MONEY,
    PERSON_TIMES,
    PERSONS,
    Chart,
    Dashboard,
    Drill,
    Figure,
    Period,
    Section,
    Series,
)
from unionoffice.services.core.context import Actor
from unionoffice.services.dashboard.scope import district_scope
from unionoffice.services.province.kind import is_province

COUNTED = ("在会", "转出中", "保留会籍")  # domain/members/membership.py COUNTS_AS_MEMBER
LEAVING = ("退会", "自动退会", "开除会籍", "去世")  # membership ends
FLOW_KINDS: dict[str, tuple[str, ...]] = {"入会": ("入会",), "转入": ("转入",), "转出": ("转出",), "减少": LEAVING}
COMMITTED = ("已批准", "已发放")
PAID = "已发放"
MIGRANT_TIER = "农民工"
GOLDEN_AUTUMN = "金秋助学"
WENT = "已参加"
FINAL = "已定稿"
AGE_BANDS = ("35岁及以下", "36—45岁", "46—55岁", "56岁及以上")
TOP_UNIONS = 10


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def age_band(end: date) -> ColumnElement[str]:
    """The member's age band on `end`, as a CASE over birth dates (the cut-offs are computed here, not per row)."""
    c36, c46, c56 = (years_before(end, n) for n in (36, 46, 56))
    return case((Member.birth_date > c36, AGE_BANDS[0]), (Member.birth_date > c46, AGE_BANDS[1]),
                (Member.birth_date > c56, AGE_BANDS[2]), else_=AGE_BANDS[3])


def member_at(end: date) -> ColumnElement[bool]:
    """A live member who had joined by `end` and had not left by then (a status changed after `end` still counts)."""
    return and_(Member.deleted_at.is_(None), Member.join_date <= end,
                or_(Member.status.in_(COUNTED), Member.status_date > end))


def year_dashboard(db: Database, actor: Actor, period: Period, districts: Sequence[str] = ()) -> Dashboard:
    """Every section for `period`. On a provincial database the figures come from the consolidated districts
    (`districts` filters them; empty = all)."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        if is_province(session):
            from unionoffice.services.dashboard.province_figures import province_dashboard

            return province_dashboard(session, period, tuple(districts))
        scope = district_scope(session)
        sections = (members_section(session, period), files_section(session, period), aid_section(session, period),
                    recuperation_section(session, period), competitions_section(session, period),
                    honours_section(session, period))
    training = training_section(db, actor, period)
    ordered = (*sections[:4], training, *sections[4:])
    return Dashboard(period, scope, ordered)


def one_section(db: Database, actor: Actor, period: Period, key: str) -> Section:
    """One section on a district's own database (the snapshot recomputes only the stale ones)."""
    actor.require(Permission.VIEW_RECORDS)
    if key == "training":
        return training_section(db, actor, period)
    compute = {"members": members_section, "files": files_section, "aid": aid_section,
               "recuperation": recuperation_section, "competitions": competitions_section,
               "honours": honours_section}[key]
    with db.read() as session:
        return compute(session, period)


# -- members ---------------------------------------------------------------------------------------------------------

def _member_drill(period: Period, label: str, **params: object) -> Drill:
    return Drill("members", (("end", period.end), *sorted(params.items())), label)


def members_section(session: Session, period: Period) -> Section:
    end = period.end
    # Grouped in the order of ix_member_live_dashboard (no sort); the age bands as sums over the birth dates.
    younger = [func.sum(case((Member.birth_date > years_before(end, n), 1), else_=0)) for n in (36, 46, 56)]
    rows = session.execute(select(Member.union_id, Member.sex, Member.is_migrant, Member.skill_grade, func.count(),
                                  *younger)
                           .where(member_at(end))
                           .group_by(Member.union_id, Member.sex, Member.is_migrant, Member.skill_grade)).all()
    keys = ("union", "sex", "band", "grade", "migrant")
    by: dict[str, defaultdict[object, int]] = {k: defaultdict(int) for k in keys}
    total = 0
    for union_id, sex, migrant, grade_name, count, u36, u46, u56 in rows:
        total += count
        for key, value in (("union", union_id), ("sex", sex), ("grade", grade_name or ""),
                           ("migrant", bool(migrant))):
            by[key][value] += count
        u36, u46, u56 = int(u36 or 0), int(u46 or 0), int(u56 or 0)
        for band_name, n in zip(AGE_BANDS, (u36, u46 - u36, u56 - u46, count - u56), strict=True):
            by["band"][band_name] += n
    names = dict(session.execute(select(Organisation.id, Organisation.name)
                                 .where(Organisation.id.in_(list(by["union"])))).all()) if by["union"] else {}
    charts = [_unions_chart(period, by["union"], names),
              Chart("sex", "会员性别", PERSONS, tuple(str(s) for s in sorted(by["sex"], key=str)),
                    (Series("会员", tuple(by["sex"][s] for s in sorted(by["sex"], key=str)),
                            tuple(_member_drill(period, f"性别{s}", sex=s) for s in sorted(by["sex"], key=str))),)),
              Chart("age", "会员年龄段", PERSONS, AGE_BANDS,
                    (Series("会员", tuple(by["band"][b] for b in AGE_BANDS),
                            tuple(_member_drill(period, b, band=b) for b in AGE_BANDS)),))]
    grades = sorted((g for g in by["grade"] if g), key=lambda g: -by["grade"][g])
    if grades:
        charts.append(Chart("grade", "会员技能等级", PERSONS, tuple(str(g) for g in grades),
                            (Series("会员", tuple(by["grade"][g] for g in grades),
                                    tuple(_member_drill(period, f"技能等级{g}", grade=g) for g in grades)),)))
    flows, flow_chart = _flows(session, period)
    charts.append(flow_chart)
    figures = (Figure("members", "会员总数", total, PERSONS, _member_drill(period, "全部会员")),
               Figure("women", "女会员", by["sex"].get("女", 0), PERSONS, _member_drill(period, "女会员", sex="女")),
               Figure("migrants", "农民工会员", by["migrant"].get(True, 0), PERSONS,
                      _member_drill(period, "农民工会员", migrant=True)),
               *(Figure(f"flow_{name}", f"{name}人数" if name != "减少" else "退会等减少", flows[name], PERSONS,
                        _event_drill(period, name, None)) for name in FLOW_KINDS))
    note = "" if grades else "技能等级尚未登记"
    return Section("members", "会员", figures, tuple(charts), note)


def _unions_chart(period: Period, counts: dict[object, int], names: dict[int, str]) -> Chart:
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], str(names.get(int(str(kv[0])), ""))))
    shown = ranked[:TOP_UNIONS]
    labels = [names.get(int(str(uid)), str(uid)) for uid, _ in shown]
    values = [count for _, count in shown]
    drills: list[Drill | None] = [_member_drill(period, names.get(int(str(uid)), ""), union_id=int(str(uid)))
                                  for uid, _ in shown]
    title = f"会员最多的{TOP_UNIONS}个基层工会" if len(ranked) > TOP_UNIONS else "各基层工会会员"
    return Chart("unions", title, PERSONS, tuple(labels), (Series("会员", tuple(values), tuple(drills)),))


def _event_drill(period: Period, flow: str, month: int | None) -> Drill:
    start, end = (period.start, period.end) if month is None else (
        date(period.year, month, 1), Period(period.year, month, month).end)
    label = f"{flow}（{start:%Y-%m-%d} 至 {end:%Y-%m-%d}）"
    return Drill("events", (("flow", flow), ("start", start), ("end", end)), label)


def _flows(session: Session, period: Period) -> tuple[dict[str, int], Chart]:
    month = extract("month", MembershipEvent.event_date)
    rows = session.execute(select(month, MembershipEvent.kind, func.count())
                           .join(Member, Member.id == MembershipEvent.member_id)
                           .where(Member.deleted_at.is_(None),
                                  MembershipEvent.event_date.between(period.start, period.end))
                           .group_by(month, MembershipEvent.kind)).all()
    flow_of = {kind: name for name, kinds in FLOW_KINDS.items() for kind in kinds}
    per: dict[str, defaultdict[int, int]] = {name: defaultdict(int) for name in FLOW_KINDS}
    for m, kind, count in rows:
        if kind in flow_of:
            per[flow_of[kind]][int(m)] += count
    months = range(period.first_month, period.last_month + 1)
    series = tuple(Series(name, tuple(per[name][m] for m in months),
                          tuple(_event_drill(period, name, m) for m in months)) for name in FLOW_KINDS)
    chart = Chart("flows", "每月入会、转入、转出和减少", PERSONS, tuple(f"{m}月" for m in months), series)
    return {name: sum(per[name].values()) for name in FLOW_KINDS}, chart


# -- hardship files --------------------------------------------------------------------------------------------------

def files_section(session: Session, period: Period) -> Section:
    end, start = period.end, period.start
    category = func.coalesce(HardshipFile.category, "")
    in_file = and_(HardshipFile.filed_on <= end, or_(HardshipFile.closed_on.is_(None), HardshipFile.closed_on > end))
    rows = session.execute(select(category, func.sum(case((in_file, 1), else_=0)),
                                  func.sum(case((HardshipFile.filed_on.between(start, end), 1), else_=0)),
                                  func.sum(case((HardshipFile.closed_on.between(start, end), 1), else_=0)))
                           .group_by(category)).all()
    found = {str(c): (int(a or 0), int(b or 0), int(d or 0)) for c, a, b, d in rows}
    cats = sorted((c for c in found if found[c][0]), key=lambda c: -found[c][0])

    def drill(label: str, which: str, cat: str | None = None) -> Drill:
        params: list[tuple[str, object]] = [("which", which), ("start", start), ("end", end)]
        if cat is not None:
            params.append(("category", cat))
        return Drill("files", tuple(params), label)

    chart = Chart("files", "在档困难职工按类别", "户", tuple(c or "未定类别" for c in cats),
                  (Series("在档", tuple(found[c][0] for c in cats),
                          tuple(drill(f"在档{c or '未定类别'}", "in_file", c) for c in cats)),))
    figures = (Figure("in_file", "在档困难职工", sum(v[0] for v in found.values()), "户", drill("在档", "in_file")),
               Figure("filed", "本期新建档", sum(v[1] for v in found.values()), "户", drill("新建档", "filed")),
               Figure("closed", "本期撤档", sum(v[2] for v in found.values()), "户", drill("撤档", "closed")))
    note = "" if found else "尚未建立困难职工档案"
    return Section("files", "困难职工档案", figures, (chart,), note)


# -- aid ---------------------------------------------------------------------------------------------------------------

def _aid_window(period: Period) -> list[ColumnElement[bool]]:
    return [] if period.whole_year else [AidApplication.decided_on.between(period.start, period.end)]


def aid_section(session: Session, period: Period) -> Section:
    migrant = case((AidApplication.tier == MIGRANT_TIER, True), else_=False)
    rows = session.execute(
        select(AidProgramme.id, AidProgramme.name, AidProgramme.type, AidProgramme.budget_fen, AidApplication.state,
               migrant, func.count(AidApplication.id), func.coalesce(func.sum(AidApplication.amount_fen), 0))
        .outerjoin(AidApplication, and_(AidApplication.programme_id == AidProgramme.id, *_aid_window(period)))
        .where(AidProgramme.year == period.year)
        .group_by(AidProgramme.id, AidProgramme.name, AidProgramme.type, AidProgramme.budget_fen,
                  AidApplication.state, migrant)
        .order_by(AidProgramme.id)).all()
    recipients = session.execute(
        select(func.count(func.distinct(AidApplication.member_id)))
        .join(AidProgramme, AidProgramme.id == AidApplication.programme_id)
        .where(AidProgramme.year == period.year, AidApplication.state.in_(COMMITTED), *_aid_window(period))).scalar()
    programmes: dict[int, tuple[str, str, int]] = {}
    approved: defaultdict[int, int] = defaultdict(int)
    paid: defaultdict[int, int] = defaultdict(int)
    states: defaultdict[str, int] = defaultdict(int)
    children = {False: 0, True: 0}
    children_fen = {False: 0, True: 0}
    for pid, name, ptype, budget, state, is_migrant, count, amount in rows:
        programmes[pid] = (name, ptype, budget)
        if state is None:
            continue
        states[state] += count
        if state in COMMITTED:
            approved[pid] += amount
            if ptype == GOLDEN_AUTUMN:
                children[bool(is_migrant)] += count
                children_fen[bool(is_migrant)] += amount
        if state == PAID:
            paid[pid] += amount
    ids = list(programmes)

    def apps(label: str, **params: object) -> Drill:
        return Drill("applications", (("year", period.year), ("start", period.start), ("end", period.end),
                                      ("whole_year", period.whole_year), *sorted(params.items())), label)

    money = Chart("programmes", "各项目预算、核定和已发放", MONEY, tuple(programmes[p][0] for p in ids), (
        Series("预算", tuple(programmes[p][2] for p in ids)),
        Series("核定", tuple(approved[p] for p in ids),
               tuple(apps(f"{programmes[p][0]} 已核定", programme_id=p, states=COMMITTED) for p in ids)),
        Series("已发放", tuple(paid[p] for p in ids),
               tuple(apps(f"{programmes[p][0]} 已发放", programme_id=p, states=(PAID,)) for p in ids))))
    state_names = [s for s in ("已提交", "基层初审", "区总审核", "公示中", "已批准", "已发放", "已驳回", "草稿")
                   if states.get(s)]
    state_chart = Chart("states", "申请办理状态", "件", tuple(state_names),
                        (Series("申请", tuple(states[s] for s in state_names),
                                tuple(apps(f"状态为{s}的申请", states=(s,)) for s in state_names)),))
    child_chart = Chart("children", "金秋助学资助对象", PERSONS, ("困难职工子女", "困难农民工子女"),
                        (Series("资助", (children[False], children[True]),
                                (apps("金秋助学 困难职工子女", ptype=GOLDEN_AUTUMN, states=COMMITTED, migrant=False),
                                 apps("金秋助学 困难农民工子女", ptype=GOLDEN_AUTUMN, states=COMMITTED,
                                      migrant=True))),))
    golden_budget = sum(b for _, t, b in programmes.values() if t == GOLDEN_AUTUMN)
    figures = (
        Figure("budget", "帮扶预算", sum(b for _, _, b in programmes.values()), MONEY),
        Figure("approved", "核定金额", sum(approved.values()), MONEY, apps("已核定的申请", states=COMMITTED)),
        Figure("paid", "已发放金额", sum(paid.values()), MONEY, apps("已发放的申请", states=(PAID,))),
        Figure("recipients", "受助人数", int(recipients or 0), PERSONS, apps("已核定的申请", states=COMMITTED)),
        Figure("golden_budget", "金秋助学筹集资金", golden_budget, MONEY),
        Figure("golden_fen", "金秋助学资助金额", sum(children_fen.values()), MONEY,
               apps("金秋助学已核定", ptype=GOLDEN_AUTUMN, states=COMMITTED)),
        Figure("children_workers", "资助困难职工子女", children[False], PERSONS, child_chart.series[0].drill(0)),
        Figure("children_migrants", "资助困难农民工子女", children[True], PERSONS, child_chart.series[0].drill(1)),
    )
    note = "" if programmes else f"{period.year}年尚无帮扶项目"
    return Section("aid", "帮扶救助", figures, (money, state_chart, child_chart), note)


def recuperation_section(session: Session, period: Period) -> Section:
    window = [] if period.whole_year else [RecuperationBatch.start_date.between(period.start, period.end)]
    rows = session.execute(select(RecuperationBatch.border_area, func.count(func.distinct(RecuperationBatch.id)),
                                  func.count(RecuperationNomination.id))
                           .outerjoin(RecuperationNomination,
                                      and_(RecuperationNomination.batch_id == RecuperationBatch.id,
                                           RecuperationNomination.state == WENT))
                           .where(RecuperationBatch.year == period.year, *window)
                           .group_by(RecuperationBatch.border_area)).all()
    batches = {bool(b): int(n) for b, n, _ in rows}
    went = {bool(b): int(c) for b, _, c in rows}
    total = sum(went.values())

    def drill(label: str, border: bool | None = None) -> Drill:
        params: list[tuple[str, object]] = [("year", period.year), ("start", period.start), ("end", period.end),
                                            ("whole_year", period.whole_year)]
        if border is not None:
            params.append(("border", border))
        return Drill("nominations", tuple(params), label)

    chart = Chart("recuperation", "疗休养人次：边境地区与其他地区", PERSON_TIMES, ("边境地区", "其他地区"),
                  (Series("参加", (went.get(True, 0), went.get(False, 0)),
                          (drill("边境地区疗休养", True), drill("其他地区疗休养", False))),))
    share = round(went.get(True, 0) * 1000 / total) if total else 0
    figures = (Figure("batches", "疗休养批次", sum(batches.values()), "批"),
               Figure("person_times", "疗休养人次", total, PERSON_TIMES, drill("疗休养参加人员")),
               Figure("border", "其中边境地区", went.get(True, 0), PERSON_TIMES, drill("边境地区疗休养", True)),
               Figure("border_share", "边境地区占比", share, "‰"))
    note = "" if batches else f"{period.year}年尚无疗休养批次"
    return Section("recuperation", "职工疗休养", figures, (chart,), note)


# -- training ----------------------------------------------------------------------------------------------------------

def training_section(db: Database, actor: Actor, period: Period) -> Section:
    """Per academy, through the training feature's own statistics (the completion rule lives there once)."""
    from unionoffice.services.training.statistics import GroupBy, training_statistics

    stats = training_statistics(db, actor, year=period.year, group_by=GroupBy.ACADEMY)
    labels = tuple(r.label for r in stats.rows)

    def drill(label: str, academy: str | None = None) -> Drill:
        params: list[tuple[str, object]] = [("year", period.year)]
        if academy is not None:
            params.append(("academy", academy))
        return Drill("enrolments", tuple(params), label)

    chart = Chart("academies", "各工匠学院培训人次和结业人数", PERSON_TIMES, labels, (
        Series("培训人次", tuple(r.person_times for r in stats.rows), tuple(drill(f"{a} 学员", a) for a in labels)),
        Series("结业", tuple(r.completions for r in stats.rows))))  # completion is the class's rule: training page
    t = stats.total
    figures = (Figure("classes", "培训班", t.classes, "个"),
               Figure("person_times", "培训人次", t.person_times, PERSON_TIMES, drill("全部学员")),
               Figure("persons", "培训人数", t.persons, PERSONS),
               Figure("hours", "学员累计学时", t.trainee_tenths // 10, "学时"),
               Figure("completions", "结业人数", t.completions, PERSONS))
    note = f"{period.year}年尚无培训班" if not t.classes else (
        "" if period.whole_year else "培训按开班年度全年统计")
    return Section("training", "职工培训（工匠学院）", figures, (chart,), note)


# -- competitions and honours --------------------------------------------------------------------------------------

def competitions_section(session: Session, period: Period) -> Section:
    band = PrizeBandRow
    # One expression, grouped by as selected: PostgreSQL refuses a GROUP BY whose coalesce(…, $2) is not the
    # select's coalesce(…, $1), and false() is no parameter at all.
    expert = func.coalesce(band.recommend_expert, false())
    rows = session.execute(
        select(CompetitionStage.name, func.min(CompetitionStage.seq), StageResult.prize, expert,
               func.count(StageResult.id))
        .join(CompetitionStage, CompetitionStage.id == StageResult.stage_id)
        .join(CompetitionEvent, CompetitionEvent.id == CompetitionStage.event_id)
        .join(Competition, Competition.id == CompetitionEvent.competition_id)
        .outerjoin(band, and_(band.event_id == CompetitionEvent.id, band.name == StageResult.prize))
        .where(Competition.year == period.year)
        .group_by(CompetitionStage.name, StageResult.prize, expert)).all()
    stages: defaultdict[str, int] = defaultdict(int)
    order: dict[str, int] = {}
    prizes: defaultdict[str, int] = defaultdict(int)
    titles = 0
    for stage, seq, prize, recommends, count in rows:
        stages[stage] += count
        order[stage] = min(order.get(stage, seq), seq)
        if prize:
            prizes[prize] += count
            titles += count if recommends else 0
    stage_names = sorted(stages, key=lambda s: order[s])
    prize_names = sorted(prizes, key=lambda p: -prizes[p])

    def drill(label: str, **params: object) -> Drill:
        return Drill("entries", (("year", period.year), *sorted(params.items())), label)

    charts = (Chart("stages", "各阶段参赛人次", PERSON_TIMES, tuple(stage_names),
                    (Series("参赛", tuple(stages[s] for s in stage_names),
                            tuple(drill(f"{s}参赛", stage=s) for s in stage_names)),)),
              Chart("prizes", "各奖项获奖人数", PERSONS, tuple(prize_names),
                    (Series("获奖", tuple(prizes[p] for p in prize_names),
                            tuple(drill(f"获{p}", prize=p) for p in prize_names)),)))
    figures = (*(Figure(f"stage_{s}", f"{s}参赛人次", stages[s], PERSON_TIMES, drill(f"{s}参赛", stage=s))
                 for s in stage_names),
               Figure("prizes", "获奖人数", sum(prizes.values()), PERSONS, drill("获奖者", prized=True)),
               Figure("titles", "推荐技术能手", titles, PERSONS, drill("推荐技术能手", expert=True)))
    note = "" if rows else f"{period.year}年尚无竞赛成绩"
    return Section("competitions", "职工技能竞赛", tuple(figures), charts, note)


def honours_section(session: Session, period: Period) -> Section:
    rows = session.execute(select(Honour.honour_type, func.count())
                           .join(HonourList, HonourList.id == Honour.list_id)
                           .where(HonourList.year == period.year, HonourList.status == FINAL,
                                  Honour.revoked_at.is_(None))
                           .group_by(Honour.honour_type)).all()
    counts = {str(t): int(c) for t, c in rows}
    names = sorted(counts, key=lambda t: -counts[t])

    def drill(label: str, honour_type: str | None = None) -> Drill:
        params: list[tuple[str, object]] = [("year", period.year)]
        if honour_type is not None:
            params.append(("honour_type", honour_type))
        return Drill("honours", tuple(params), label)

    chart = Chart("honours", "各类荣誉", "项", tuple(names),
                  (Series("荣誉", tuple(counts[n] for n in names), tuple(drill(n, n) for n in names)),))
    figures = (Figure("honours", "表彰先进", sum(counts.values()), "项", drill("全部荣誉")),
               *(Figure(f"type_{n}", n, counts[n], "项", drill(n, n)) for n in names))
    note = "" if counts else f"{period.year}年尚无已定稿的表彰名单"
    return Section("honours", "荣誉表彰", tuple(figures), (chart,), note)
