"""Builders for the competition tests: a district's members, a competition with one event, scores by entry."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from unionoffice.db.engine import Database
from unionoffice.db.models import Member
from unionoffice.db.models.competitions import StageResult
from unionoffice.domain.common.permissions import Role
from unionoffice.domain.competitions.prizes import DEFAULT_BANDS
from unionoffice.domain.competitions.standings import AdvanceMode
from unionoffice.services.competitions import events as ev
from unionoffice.services.competitions.entries import register_entrants
from unionoffice.services.competitions.scoring import ScoreField, load_sheet, set_score
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.demo.district import generate_demo

CLERK = Actor(username="clerk", role=Role.CLERK, user_id=2, display_name="经办人")
REVIEWER = Actor(username="reviewer", role=Role.REVIEWER, user_id=3, display_name="审核人")
TWO_STAGES = (ev.StageDraft("预赛", AdvanceMode.RANK, 6), ev.StageDraft("决赛"))


def active_members(db: Database, count: int = 60) -> list[int]:
    """A demo district of `count` members; the ids of the active ones, in id order."""
    generate_demo(db, SYSTEM, count, seed=11, today=date(2024, 8, 1))
    with db.read() as session:
        return list(session.execute(select(Member.id).where(Member.status == "在会").order_by(Member.id)).scalars())


@dataclass
class Contest:
    competition_id: int
    event_id: int
    stage_ids: list[int]
    entry_ids: list[int]  # in entry-number order
    result_ids: list[int]  # the first stage's, in the same order


def contest(db: Database, people: list[int], *, stages: tuple[ev.StageDraft, ...] = TWO_STAGES,
            theory_pct: int = 30, uses_time: bool = False, grade_places: int = 10,
            bands: tuple = DEFAULT_BANDS) -> Contest:  # type: ignore[type-arg]
    competition = ev.create_competition(db, CLERK, ev.CompetitionDraft(
        "南关区第三届职工职业技能大赛", "区县级", 2024, "南关区总工会、区人社局", "区职工服务中心（人民大街100号）",
        date(2024, 11, 15)))
    event = ev.create_event(db, CLERK, competition, ev.EventDraft(
        "焊工", theory_pct=theory_pct, uses_time=uses_time, grade_places=grade_places, stages=stages, bands=bands))
    register_entrants(db, CLERK, event, people, registered_on=date(2024, 9, 1))
    info = ev.event_info(db, CLERK, event)
    sheet = load_sheet(db, CLERK, info.stages[0].id)
    return Contest(competition, event, [s.id for s in info.stages], sheet.entry_ids, sheet.result_ids)


def score(db: Database, result_id: int, theory: float, practical: float, time_ms: int | None = None) -> None:
    set_score(db, CLERK, result_id, ScoreField.THEORY, round(theory * 100))
    set_score(db, CLERK, result_id, ScoreField.PRACTICAL, round(practical * 100))
    if time_ms is not None:
        set_score(db, CLERK, result_id, ScoreField.TIME, time_ms)


def score_all(db: Database, result_ids: list[int], scores: list[tuple[float, float]]) -> None:
    for result_id, (theory, practical) in zip(result_ids, scores, strict=True):
        score(db, result_id, theory, practical)


def falling(count: int, top: float = 98.0, step: float = 1.0) -> list[tuple[float, float]]:
    """Distinct scores, best first: no ties anywhere."""
    return [(top - i * step, top - i * step) for i in range(count)]


def result_ids_of(db: Database, stage_id: int) -> dict[int, int]:
    """{entry id: result id} of a stage."""
    with db.read() as session:
        return dict(session.execute(select(StageResult.entry_id, StageResult.id)
                                    .where(StageResult.stage_id == stage_id)).all())


def live_members(db: Database) -> list[int]:
    with db.read() as session:
        return list(session.execute(select(Member.id).where(Member.status == "在会", Member.deleted_at.is_(None))
                                    .order_by(Member.id)).scalars())


def tied_final(db: Database, *, published: bool = True) -> Contest:
    """A one-stage event of 12 over the database's members, places 10 and 11 tied (a flag), published."""
    from unionoffice.services.competitions.decisions import publish_notice

    c = contest(db, live_members(db)[:12], stages=(ev.StageDraft("决赛"),))
    score_all(db, c.result_ids, falling(9) + [(70.0, 70.0), (70.0, 70.0), (50.0, 50.0)])
    if published:
        publish_notice(db, CLERK, c.stage_ids[0])
    return c


def decided_final(db: Database, *, finalised: bool = False) -> Contest:
    """`tied_final` with the tie decided (并列), so it can be made final; made final when asked."""
    from unionoffice.domain.competitions.ranking import DecisionMode
    from unionoffice.services.competitions.decisions import decide_tie, finalise_stage

    c = tied_final(db)
    decide_tie(db, REVIEWER, c.stage_ids[0], c.entry_ids[9:11], DecisionMode.SHARE, "同分并列")
    if finalised:
        finalise_stage(db, REVIEWER, c.stage_ids[0])
    return c
