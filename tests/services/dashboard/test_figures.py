"""Every dashboard aggregate against a direct count over the demo data: the whole year and a month range, month
boundaries, a transfer out and in within one month, withdrawn members; every figure's and bar's list has its count."""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import select

from tests.helpers.dashboard import YEAR
from unionoffice.db.engine import Database
from unionoffice.db.models import Member, MembershipEvent
from unionoffice.db.models.aid import AidApplication, AidProgramme, HardshipFile, RecuperationBatch
from unionoffice.db.models.aid import RecuperationNomination as Nomination
from unionoffice.db.models.honours import Honour, HonourList
from unionoffice.domain.dashboard.model import Dashboard, Period
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.dashboard import drill
from unionoffice.services.dashboard.figures import year_dashboard

COUNTED = {"在会", "转出中", "保留会籍"}
LEAVING = {"退会", "自动退会", "开除会籍", "去世"}


def member_counts(db: Database, end: date) -> Counter[str]:
    """Members on `end`, counted one by one in Python."""
    counts: Counter[str] = Counter()
    with db.read() as session:
        for m in session.execute(select(Member)).scalars():
            if m.deleted_at is None and m.join_date <= end and (m.status in COUNTED or m.status_date > end):
                counts["all"] += 1
                counts["女"] += m.sex == "女"
                counts["migrant"] += bool(m.is_migrant)
                counts[f"union:{m.union_id}"] += 1
    return counts


def counted_ids(db: Database, end: date) -> set[int]:
    with db.read() as session:
        return {m.id for m in session.execute(select(Member)).scalars()
                if m.deleted_at is None and m.join_date <= end and (m.status in COUNTED or m.status_date > end)}


def flow_counts(db: Database, start: date, end: date) -> Counter[tuple[str, int]]:
    counts: Counter[tuple[str, int]] = Counter()
    with db.read() as session:
        for e, deleted in session.execute(select(MembershipEvent, Member.deleted_at)
                                          .join(Member, Member.id == MembershipEvent.member_id)):
            if deleted is None and start <= e.event_date <= end:
                flow = "减少" if e.kind in LEAVING else e.kind
                counts[(flow, e.event_date.month)] += 1
    return counts


def every_drill_matches(db: Database, dashboard: Dashboard) -> int:
    checked = 0
    for section in dashboard.sections:
        for figure in section.figures:
            if figure.drill is not None and figure.unit not in ("元",) and figure.key != "recipients":
                assert drill.count(db, SYSTEM, figure.drill) == figure.value, (section.key, figure.key)
                checked += 1
        for chart in section.charts:
            if chart.unit == "元":
                continue
            for series in chart.series:
                for i, value in enumerate(series.values):
                    found = series.drill(i)
                    if found is not None:
                        assert drill.count(db, SYSTEM, found) == value, (chart.key, series.name, chart.categories[i])
                        checked += 1
    return checked


def test_members_and_flows_match_direct_counts_for_the_year_and_a_month_range(demo: Database) -> None:
    for period in (Period(YEAR), Period(YEAR, 3, 5), Period(YEAR, 12, 12)):
        dashboard = year_dashboard(demo, SYSTEM, period)
        members = dashboard.section("members")
        assert members is not None
        direct = member_counts(demo, period.end)
        assert members.value("members") == direct["all"] > 0
        assert members.value("women") == direct["女"]
        assert members.value("migrants") == direct["migrant"]
        unions = members.chart("unions")
        assert unions is not None
        for label, value, d in zip(unions.categories, unions.series[0].values, unions.series[0].drills, strict=True):
            if d is not None:
                assert value == direct[f"union:{d.get('union_id')}"], label
        flows = direct_flows = flow_counts(demo, period.start, period.end)
        chart = members.chart("flows")
        assert chart is not None
        for series in chart.series:
            for month, value in zip(range(period.first_month, period.last_month + 1), series.values, strict=True):
                assert value == direct_flows[(series.name, month)], (series.name, month)
        assert members.value("flow_入会") == sum(v for (k, _), v in flows.items() if k == "入会")
        assert every_drill_matches(demo, dashboard) > 20


def test_month_boundaries_transfers_within_a_month_and_withdrawn_members(demo: Database) -> None:
    with demo.write() as session:
        ids = list(session.execute(select(Member.id).where(Member.status == "在会").order_by(Member.id).limit(3))
                   .scalars())
        a, b, c = (session.get(Member, i) for i in ids)
        assert a is not None
        assert b is not None
        assert c is not None
        union = a.union_id
        session.add_all([
            MembershipEvent(member_id=a.id, kind="转出", event_date=date(YEAR, 1, 31), status_after="转出中",
                            from_union_id=union),
            MembershipEvent(member_id=a.id, kind="转入", event_date=date(YEAR, 2, 1), status_after="在会",
                            to_union_id=union),
            MembershipEvent(member_id=b.id, kind="转出", event_date=date(YEAR, 6, 3), status_after="转出中"),
            MembershipEvent(member_id=b.id, kind="转入", event_date=date(YEAR, 6, 28), status_after="在会"),
            MembershipEvent(member_id=c.id, kind="退会", event_date=date(YEAR, 4, 30), status_after="退会"),
        ])
        c.status, c.status_date, c.join_date = "退会", date(YEAR, 4, 30), date(YEAR - 3, 1, 1)
    before = {p: year_dashboard(demo, SYSTEM, Period(YEAR, p, p)).section("members") for p in (1, 2, 4, 5, 6)}
    jan, feb, apr, may, jun = (before[m] for m in (1, 2, 4, 5, 6))
    assert jan is not None
    assert feb is not None
    assert apr is not None
    assert may is not None
    assert jun is not None
    flows = {m: flow_counts(demo, Period(YEAR, m, m).start, Period(YEAR, m, m).end) for m in (1, 2, 4, 6)}
    assert jan.value("flow_转出") == flows[1][("转出", 1)] >= 1
    assert feb.value("flow_转入") == flows[2][("转入", 2)] >= 1
    assert jun.value("flow_转出") == flows[6][("转出", 6)] >= 1
    assert jun.value("flow_转入") == flows[6][("转入", 6)] >= 1
    assert apr.value("flow_减少") == flows[4][("减少", 4)] >= 1
    # withdrawn on 30 April: a member at the end of April's first days… and not at the end of May
    assert apr.value("members") == member_counts(demo, Period(YEAR, 4, 4).end)["all"]
    assert may.value("members") == member_counts(demo, Period(YEAR, 5, 5).end)["all"]
    march = year_dashboard(demo, SYSTEM, Period(YEAR, 3, 3)).section("members")
    assert march is not None
    assert march.value("members") == member_counts(demo, date(YEAR, 3, 31))["all"]
    with demo.read() as session:
        still = session.get(Member, c.id)
        assert still is not None
        assert still.status == "退会"
    assert c.id in counted_ids(demo, date(YEAR, 3, 31))  # withdrawn on 30 April: a member at the end of March
    assert c.id not in counted_ids(demo, date(YEAR, 5, 31))  # … and no longer at the end of May


def test_files_aid_recuperation_and_honours_match_direct_counts(demo: Database) -> None:
    dashboard = year_dashboard(demo, SYSTEM, Period(YEAR))
    end = date(YEAR, 12, 31)
    with demo.read() as session:
        files = [f for f in session.execute(select(HardshipFile)).scalars()
                 if f.filed_on is not None and f.filed_on <= end and (f.closed_on is None or f.closed_on > end)]
        apps = session.execute(select(AidApplication.state, AidApplication.amount_fen, AidApplication.member_id,
                                      AidApplication.tier, AidProgramme.type).join(
            AidProgramme, AidProgramme.id == AidApplication.programme_id).where(AidProgramme.year == YEAR)).all()
        went = session.execute(select(RecuperationBatch.border_area).join(
            Nomination, Nomination.batch_id == RecuperationBatch.id).where(
            RecuperationBatch.year == YEAR, Nomination.state == "已参加")).scalars().all()
        honours = session.execute(select(Honour.revoked_at).join(HonourList, HonourList.id == Honour.list_id).where(
            HonourList.year == YEAR, HonourList.status == "已定稿")).scalars().all()
    section = dashboard.section("files")
    assert section is not None
    assert section.value("in_file") == len(files) > 0
    aid = dashboard.section("aid")
    assert aid is not None
    committed = [a for a in apps if a.state in ("已批准", "已发放")]
    assert aid.value("approved") == sum(a.amount_fen or 0 for a in committed) > 0
    assert aid.value("paid") == sum(a.amount_fen or 0 for a in committed if a.state == "已发放")
    assert aid.value("recipients") == len({a.member_id for a in committed})
    golden = [a for a in committed if a.type == "金秋助学"]
    assert aid.value("children_migrants") == sum(a.tier == "农民工" for a in golden)
    assert aid.value("children_workers") == sum(a.tier != "农民工" for a in golden) > 0
    recuperation = dashboard.section("recuperation")
    assert recuperation is not None
    assert recuperation.value("person_times") == len(went) > 0
    assert recuperation.value("border") == sum(bool(b) for b in went)
    section = dashboard.section("honours")
    assert section is not None
    assert section.value("honours") == sum(revoked is None for revoked in honours) > 0
    assert every_drill_matches(demo, dashboard) > 30


def test_a_year_without_records_says_so_instead_of_showing_charts(demo: Database) -> None:
    dashboard = year_dashboard(demo, SYSTEM, Period(YEAR + 3))
    aid = dashboard.section("aid")
    assert aid is not None
    assert f"{YEAR + 3}年尚无帮扶项目" in aid.note
    training = dashboard.section("training")
    assert training is not None
    assert "尚无培训班" in training.note
    still_open = ("members", "files")  # members and open hardship files carry over into later years
    assert all(chart.empty for s in dashboard.sections if s.key not in still_open for chart in s.charts)


def test_the_lists_behind_mask_identification_numbers(demo: Database, viewer: Actor) -> None:
    dashboard = year_dashboard(demo, viewer, Period(YEAR))
    members = dashboard.section("members")
    assert members is not None
    assert members.figures[0].drill is not None
    rows = drill.page_after(demo, viewer, members.figures[0].drill, None, 5).rows
    assert len(rows) == 5
    assert all("*" in str(r[2]) for r in rows)


def test_paging_by_key_walks_every_list_once_in_its_order(demo: Database, viewer: Actor) -> None:
    """Page after page (the key of the last row, never OFFSET) gives exactly the rows the list prints, for the list
    behind every figure."""
    dashboard = year_dashboard(demo, viewer, Period(YEAR))
    seen: set[str] = set()
    for section in dashboard.sections:
        for figure in section.figures:
            if figure.drill is None or figure.drill.kind in seen:
                continue
            seen.add(figure.drill.kind)
            document = drill.document(demo, viewer, figure.drill)
            with demo.read() as session:
                expected = [list(r) for r in document.rows(session)]
            walked: list[list[object]] = []
            after = None
            while True:
                page = drill.page_after(demo, viewer, figure.drill, after, 7)
                walked.extend(page.rows)
                if len(page.rows) < 7:
                    break
                after = page.last
            assert walked == expected, figure.drill.kind
            assert len(walked) == drill.count(demo, viewer, figure.drill)
    assert seen == set(drill.BUILDERS)
