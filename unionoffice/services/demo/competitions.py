"""Demo skill competition at the article's scale (docs/domain.md (e)): 19,465 preliminary entrants in 10 events,
1,414 finalists, ties at prize lines (decided by a reviewer, one left open), and the three labour competitions."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from unionoffice.db.base import utcnow
from unionoffice.db.bulk import bulk_insert, bulk_update
from unionoffice.db.engine import Database
from unionoffice.db.models import Member
from unionoffice.db.models.competitions import (
    Competition,
    CompetitionEvent,
    CompetitionStage,
    Entry,
    LabourCompetition,
    LabourCompetitionEnterprise,
    PrizeBandRow,
    Referee,
    StageResult,
)
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.competitions.prizes import DEFAULT_BANDS, BandMode, PrizeBand
from unionoffice.domain.competitions.ranking import DecisionMode, EntryState
from unionoffice.domain.competitions.standings import AdvanceMode
from unionoffice.domain.members.membership import MemberStatus
from unionoffice.services.competitions.decisions import decide_tie_in, finalise_stage_in, publish_notice_in
from unionoffice.services.competitions.scoring import ScoreSheet, load_sheet_in
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.tasks import CancelToken, Progress, report
from unionoffice.services.demo.names import COMPANY_SUFFIX, COMPANY_WORDS

ENTRANTS, FINALISTS = 19_465, 1_414  # the 3rd provincial contest, May 2024
# (赛项, theory %, under the housing ministry's rule, timed, share of the entrants). The first six are the 8th
# national contest's trades (docs/domain.md (e)).
EVENTS: tuple[tuple[str, int, bool, bool, int], ...] = (
    ("焊工", 30, False, False, 16), ("数控机床装调维修工", 30, False, False, 11),
    ("网络与信息安全管理员", 40, False, False, 8), ("人工智能训练师", 40, False, False, 7),
    ("汽车维修工（智能网联新能源）", 30, False, True, 13), ("网约配送员", 30, False, True, 10),
    ("电工", 30, False, False, 12), ("砌筑工", 30, True, False, 8), ("钳工", 30, False, False, 9),
    ("中式烹调师", 30, False, False, 6),
)
# Every finalist outside the first ten wins a merit award: 1,414 winners, 1,414 award letters.
FINAL_BANDS = (*DEFAULT_BANDS[:3], PrizeBand("优秀奖", BandMode.SHARE, 100, merit=True))
REFEREES = ("王建华", "李春梅", "赵国庆", "孙志强", "刘晓东", "陈海燕", "周振华", "吴思远", "郑立新", "冯雅琴",
            "韩振东", "杨光明")
# (event index, place where a tie straddles a line, decision or None to leave it for a reviewer, reason)
FINAL_TIES: tuple[tuple[int, int, DecisionMode | None, str], ...] = (
    (0, 10, DecisionMode.SHARE, "两名选手理论、实操成绩完全相同，经大赛组委会研究，并列三等奖，均列入技能等级晋升名单"),
    (6, 4, DecisionMode.ORDER, "经裁判组复核实操评分记录，先完成全部安全操作者排名在前"),
    (4, 1, None, "计时赛项：同分者按用时先后排名，无需裁定"),
    (1, 10, None, ""),
)
LABOUR: tuple[tuple[str, str, int, int, str], ...] = (
    ("“吉林一号”卫星星座建设劳动和技能竞赛", "长光卫星", 30, 1_512, "中华全国总工会、吉林省总工会"),
    ("吉林化纤碳纤维产业链劳动和技能竞赛", "吉林化纤", 25, 5_223, "中华全国总工会、吉林省总工会"),
    ("蛟河抽水蓄能电站建设劳动和技能竞赛", "蛟河抽蓄", 19, 2_004, "中华全国总工会、吉林省总工会"),
)


@dataclass(frozen=True)
class CompetitionDemoSummary:
    competition_id: int
    events: int
    entrants: int
    finalists: int
    winners: int
    open_ties: int
    labour_projects: int
    seconds: float


def _split(total: int, shares: list[int]) -> list[int]:
    parts = [total * s // sum(shares) for s in shares]
    parts[0] += total - sum(parts)
    return parts


def _score(rng: random.Random, centre: float, spread: float) -> int:
    """A referee's score in half points, as hundredths."""
    return max(0, min(10_000, round(rng.gauss(centre, spread) * 2) * 50))


def generate_competition_demo(db: Database, actor: Actor, year: int, seed: int = 2024, *,
                              entrants: int = ENTRANTS, finalists: int = FINALISTS, progress: Progress | None = None,
                              cancel: CancelToken | None = None) -> CompetitionDemoSummary:
    """The provincial contest and the labour competitions over the members already there, in one transaction."""
    actor.require(Permission.OFFICE_SETTINGS)  # setting up a database, like the member and training demos
    started = time.perf_counter()
    rng = random.Random(seed)
    with db.write() as session:
        if session.execute(select(Competition.id).limit(1)).first():
            raise ValidationError("数据库中已有竞赛，竞赛演示数据只能生成一次", field="竞赛")
        people = list(session.execute(select(Member.id, Member.union_id, Member.employer).where(
            Member.deleted_at.is_(None), Member.status == MemberStatus.ACTIVE.value).order_by(Member.id)))
        if len(people) < 40:
            raise ValidationError("在会会员太少，无法生成竞赛演示数据", field="会员")
        competition = Competition(name="第三届职工职业技能大赛", level="省级", year=year,
                                  organisers="省总工会、省人力资源和社会保障厅等17个部门",
                                  award_place="省职工服务中心（人民大街100号）",
                                  award_deadline=max(date(year, 6, 28), date.today() + timedelta(days=30)))
        session.add(competition)
        session.flush()
        shares = [e[4] for e in EVENTS]
        largest = max(_split(entrants, shares))
        if largest > len(people):  # a small demo district: the same contest, scaled to the members there are
            entrants, finalists = entrants * len(people) // largest, max(12 * len(EVENTS), finalists * len(people)
                                                                        // largest)
        sizes, places = [min(len(people), n) for n in _split(entrants, shares)], _split(finalists, shares)
        totals = {"entrants": 0, "finalists": 0}
        for index, (spec, size, quota) in enumerate(zip(EVENTS, sizes, places, strict=True)):
            report(progress, index, len(EVENTS), cancel)
            stages = _event(session, competition.id, index, spec, quota, year)
            _entrants(session, rng, stages, rng.sample(people, size), index, year)
            _preliminary(session, actor, rng, stages[0], date(year, 4, 20))
            totals["entrants"] += size
            totals["finalists"] += quota
        open_ties = sum(_final(session, actor, rng, competition.id, index, date(year, 5, 24))
                        for index in range(len(EVENTS)))
        winners = int(session.scalar(select(func.count()).select_from(StageResult)
                                     .where(StageResult.prize.is_not(None))) or 0)
        _labour(session, rng, year)
        report(progress, len(EVENTS), len(EVENTS), cancel)
        audit.record(session, actor, "create", f"生成竞赛演示数据：{competition.name}，{len(EVENTS)} 个赛项，"
                     f"预赛 {totals['entrants']} 人，决赛 {totals['finalists']} 人", entity="competition",
                     entity_id=competition.id)
        return CompetitionDemoSummary(competition.id, len(EVENTS), totals["entrants"], totals["finalists"], winners,
                                      open_ties, len(LABOUR), time.perf_counter() - started)


def _event(session: Session, competition_id: int, index: int, spec: tuple[str, int, bool, bool, int], quota: int,
           year: int) -> list[int]:
    name, theory, housing, timed, _share = spec
    event = CompetitionEvent(competition_id=competition_id, position=index + 1, trade=name.split("（")[0], name=name,
                             theory_pct=theory, housing_ministry=housing, uses_time=timed, grade_places=10)
    session.add(event)
    session.flush()
    stages = [CompetitionStage(event_id=event.id, seq=1, name="预赛", advance_mode=AdvanceMode.RANK.value,
                               advance_places=quota, held_on=date(year, 4, 20)),
              CompetitionStage(event_id=event.id, seq=2, name="决赛", held_on=date(year, 5, 24))]
    session.add_all(stages)
    session.add_all(PrizeBandRow(event_id=event.id, position=i, name=b.name, mode=b.mode.value, value=b.value,
                                 recommend_expert=b.recommend_expert, merit=b.merit)
                    for i, b in enumerate(FINAL_BANDS, start=1))
    chief, *others = [REFEREES[(index + k) % len(REFEREES)] for k in range(5)]
    session.add_all([Referee(event_id=event.id, name=chief, role="裁判长", unit="省职业技能鉴定中心"),
                     *(Referee(event_id=event.id, name=n, role="裁判员", unit="省技师学院") for n in others)])
    session.flush()
    return [stages[0].id, stages[1].id]


def _entrants(session: Session, rng: random.Random, stages: list[int], chosen: list[tuple[int, int, str | None]],
              index: int, year: int) -> None:
    """Entries and preliminary scores: a hidden skill per entrant drives both scores, so the best are best at both."""
    event_id = session.execute(select(CompetitionStage.event_id).where(CompetitionStage.id == stages[0])).scalar_one()
    timed = EVENTS[index][3]
    entries, results = [], []
    first_id = int(session.execute(select(Entry.id).order_by(Entry.id.desc()).limit(1)).scalar() or 0) + 1
    now = utcnow()
    for serial, (member_id, union_id, employer) in enumerate(chosen, start=1):
        entry_id = first_id + serial - 1
        entries.append({"id": entry_id, "event_id": event_id, "member_id": member_id,
                        "entry_no": f"{index + 1:02d}{serial:04d}", "union_id": union_id, "employer": employer,
                        "registered_on": date(year, 3, 1) + timedelta(days=rng.randrange(30)), "created_at": now})
        skill = rng.gauss(0, 1)
        state = EntryState.COMPETING.value
        roll = rng.random()
        if roll < 0.006:
            state = EntryState.WITHDRAWN.value
        elif roll < 0.007:
            state = EntryState.DISQUALIFIED.value
        scored = state == EntryState.COMPETING.value
        results.append({"stage_id": stages[0], "entry_id": entry_id, "state": state,
                        "state_reason": None if scored else ("因工作原因弃权" if state == "弃权" else "违反赛场纪律"),
                        "theory": _score(rng, 68 + 9 * skill, 6) if scored else None,
                        "practical": _score(rng, 64 + 12 * skill, 7) if scored else None,
                        "time_ms": rng.randrange(1_500_000, 3_600_000, 500) if scored and timed else None,
                        "updated_at": now})
    bulk_insert(session, Entry.__table__, entries)  # type: ignore[arg-type]
    bulk_insert(session, StageResult.__table__, results)  # type: ignore[arg-type]


def _preliminary(session: Session, actor: Actor, rng: random.Random, stage_id: int, on: date) -> None:
    """Published and made final, with exactly the planned number promoted."""
    _separate_ties(session, rng, load_sheet_in(session, stage_id), [])
    publish_notice_in(session, actor, stage_id)
    finalise_stage_in(session, actor, stage_id, on)


def _separate_ties(session: Session, rng: random.Random, sheet: ScoreSheet,
                   values: list[dict[str, int | None]]) -> None:
    """Nudge apart the ties the random scores happened to put across a line: the demo's ties are the planned ones.
    Writes through `values` (rows about to be written) when given, else straight to the table."""
    for _ in range(50):
        flags = sheet.outcome().flags
        if not flags:
            return
        for entry_id in sorted(flags[0].entry_ids)[1:]:
            row = sheet.entry_ids.index(entry_id)
            sheet.practical[row] = max(0, (sheet.practical[row] or 0) - 50 * rng.randint(1, 3))
            if values:
                values[row]["practical"] = sheet.practical[row]
            else:
                session.execute(update(StageResult).where(StageResult.id == sheet.result_ids[row])
                                .values(practical=sheet.practical[row]))


def _final(session: Session, actor: Actor, rng: random.Random, competition_id: int, index: int, on: date) -> int:
    """Final scores, the planned ties at prize lines, publication; final unless a tie is left for a reviewer.
    Returns the number of ties left open."""
    stage_id = session.execute(
        select(CompetitionStage.id).join(CompetitionEvent, CompetitionEvent.id == CompetitionStage.event_id)
        .where(CompetitionEvent.competition_id == competition_id, CompetitionEvent.position == index + 1,
               CompetitionStage.seq == 2)).scalar_one()
    sheet = load_sheet_in(session, stage_id)
    timed = sheet.rules.uses_time
    values: list[dict[str, int | None]] = []
    for row, result_id in enumerate(sheet.result_ids):
        skill = rng.gauss(0.8, 0.6)
        sheet.theory[row], sheet.practical[row] = _score(rng, 78 + 6 * skill, 4), _score(rng, 73 + 7 * skill, 4)
        sheet.time_ms[row] = rng.randrange(1_800_000, 3_000_000, 500) if timed else None
        values.append({"id": result_id, "theory": sheet.theory[row], "practical": sheet.practical[row],
                       "time_ms": sheet.time_ms[row]})
    _separate_ties(session, rng, sheet, values)
    planned = [(place, mode, reason) for event, place, mode, reason in FINAL_TIES if event == index]
    if planned:
        ranked = [s.entry_id for s in sheet.outcome().standings if s.ranked.rank is not None]
        place = planned[0][0]
        if place < len(ranked):
            above, below = (sheet.entry_ids.index(e) for e in ranked[place - 1:place + 1])
            sheet.theory[below], sheet.practical[below] = sheet.theory[above], sheet.practical[above]
            values[below].update(theory=sheet.theory[above], practical=sheet.practical[above])
    _update_results(session, values)
    publish_notice_in(session, actor, stage_id)
    outcome = load_sheet_in(session, stage_id).outcome()
    for flag_ids in {f.entry_ids for f in outcome.flags}:
        decided = [(mode, reason) for _place, mode, reason in planned if mode is not None]
        if not decided:
            continue
        mode, reason = decided[0]
        order = sorted(flag_ids, key=lambda e: sheet.entry_nos[sheet.entry_ids.index(e)])
        decide_tie_in(session, actor, stage_id, sorted(flag_ids), mode, reason, order=order)
    left = len({f.entry_ids for f in load_sheet_in(session, stage_id).outcome().flags})
    if not left:
        finalise_stage_in(session, actor, stage_id, on)
    return left


def _labour(session: Session, rng: random.Random, year: int) -> None:
    """The article's three national leading projects in Jilin: firms and covered workers (docs/domain.md (e))."""
    for name, prefix, firms, workers, organisers in LABOUR:
        project = LabourCompetition(name=name, level="国家级", start_year=2021, end_year=min(2025, year),
                                    organisers=organisers, note="全国“十四五”重点工程劳动和技能竞赛示范项目")
        session.add(project)
        session.flush()
        cuts = sorted(rng.sample(range(1, workers), firms - 1))
        counts = [b - a for a, b in zip([0, *cuts], [*cuts, workers], strict=True)]
        names = {f"{prefix}{rng.choice(COMPANY_WORDS)}{rng.choice(COMPANY_SUFFIX)}" for _ in range(firms * 3)}
        session.add_all(LabourCompetitionEnterprise(project_id=project.id, name=n, workers=c)
                        for n, c in zip(sorted(names)[:firms], counts, strict=True))


def _update_results(session: Session, rows: list[dict[str, Any]]) -> None:
    """Results by id, each raising its version (competition_result is versioned: docs/server-mode.md)."""
    bulk_update(session, StageResult.__table__, "id", rows, increment="version")  # type: ignore[arg-type]
