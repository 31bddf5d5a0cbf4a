"""What follows a final (docs/domain.md (b), (e) Incentives): 技术能手 recommendations, skill-grade steps for the best
of each event, and the public notice (公示) with names masked (docs/reliability.md R2)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member
from unionoffice.db.models.competitions import CompetitionEvent, CompetitionStage, Entry
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.names import mask_name
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.competitions.grades import proposed_step
from unionoffice.domain.competitions.standings import StageState
from unionoffice.domain.competitions.weights import TOTAL_SCALE
from unionoffice.exchange.xlsx_report import DECIMAL, INT, Column
from unionoffice.services.competitions.events import live_competition
from unionoffice.services.competitions.results import ResultRow, StageResults, number, stage_results_in
from unionoffice.services.competitions.settings import settings_in
from unionoffice.services.core.context import Actor
from unionoffice.services.core.lists import ListDocument


@dataclass(frozen=True)
class FollowOnRow:
    event: str
    stage_state: StageState
    entry_no: str
    name: str
    unit: str
    rank: int | None
    prize: str
    current_grade: str = ""
    proposed_grade: str = ""
    note: str = ""


def final_results(session: Session, competition_id: int) -> list[StageResults]:
    """Each event's final as ranked now, in event order."""
    live_competition(session, competition_id)
    stages = session.execute(
        select(CompetitionStage.id, CompetitionStage.event_id)
        .join(CompetitionEvent, CompetitionEvent.id == CompetitionStage.event_id)
        .where(CompetitionEvent.competition_id == competition_id)
        .order_by(CompetitionEvent.position, CompetitionStage.seq)).all()
    last = {event_id: stage_id for stage_id, event_id in stages}  # the last stage of each event is its final
    finals = list(last.values())
    return [stage_results_in(session, stage_id) for stage_id in finals]


def _grades(session: Session, entry_ids: list[int]) -> dict[int, str]:
    rows = session.execute(select(Entry.id, Member.skill_grade).join(Member, Member.id == Entry.member_id)
                           .where(Entry.id.in_(entry_ids)))
    return {entry_id: grade or "" for entry_id, grade in rows}


def _expert_rows(session: Session, competition_id: int) -> list[FollowOnRow]:
    rows = []
    for results in final_results(session, competition_id):
        recommended = {b.name for b in results.sheet.rules.bands if b.recommend_expert}
        rows += [FollowOnRow(results.sheet.event_name, results.sheet.state, r.entry_no, r.name, r.unit, r.rank,
                             r.prize or "") for r in results.rows if r.prize in recommended]
    return rows


def expert_recommendations(db: Database, actor: Actor, competition_id: int) -> list[FollowOnRow]:
    """Prize winners of the bands that recommend for 技术能手; the title itself is granted by the HR department."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return _expert_rows(session, competition_id)


def _step_rows(session: Session, competition_id: int) -> list[FollowOnRow]:
    settings = settings_in(session)
    rows = []
    for results in final_results(session, competition_id):
        merit = {b.name for b in results.sheet.rules.bands if b.merit}
        eligible = [r for r in results.rows if r.top_grade is not False and r.rank is not None]
        grades = _grades(session, [r.entry_id for r in eligible])
        for r in eligible:
            if r.top_grade is None:
                rows.append(_step_row(results, r, grades[r.entry_id], "", "并列待裁定"))
                continue
            step = proposed_step(grades[r.entry_id], settings.grade_rule, prize=r.prize, merit=r.prize in merit)
            rows.append(_step_row(results, r, step.current, step.proposed or "", step.reason))
    return rows


def _step_row(results: StageResults, r: ResultRow, current: str, proposed: str, note: str) -> FollowOnRow:
    return FollowOnRow(results.sheet.event_name, results.sheet.state, r.entry_no, r.name, r.unit, r.rank,
                       r.prize or "", current, proposed, note)


def grade_steps(db: Database, actor: Actor, competition_id: int) -> list[FollowOnRow]:
    """The first N of each event (N per event, 10 by default) with the grade they hold and the one proposed under
    the office's rule; never above 一级/高级技师. The HR department grants the step."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return _step_rows(session, competition_id)


def _notice_rows(session: Session, stage_id: int) -> list[list[object]]:
    results = stage_results_in(session, stage_id)
    if results.sheet.state is StageState.ENTERING:
        raise ValidationError(f"{results.sheet.event_name}{results.sheet.stage_name}成绩还未公示", field="公示")
    listed = [r for r in results.rows if r.prize or r.advances or r.flags]
    return [[r.rank or "", r.entry_no, mask_name(r.name), r.unit, number(r.total, TOTAL_SCALE),
             "待定（并列待裁定）" if r.flags else (r.prize or "晋级")] for r in listed]


_NOTICE_COLUMNS = (Column("名次", 6, INT), Column("参赛编号", 10), Column("姓名", 9), Column("工作单位", 30),
                   Column("总成绩", 9, DECIMAL), Column("拟获奖项 / 晋级", 20))


def notice_document(db: Database, actor: Actor, stage_id: int, *, label: str = "") -> ListDocument:
    """公示名单: winners (or those promoted) with the surname and a star only, ties still open marked 待定;
    `label` names the event and stage in the title."""
    actor.require(Permission.VIEW_RECORDS)

    def filter_text(session: Session) -> str:
        results = stage_results_in(session, stage_id)
        return f"{results.sheet.competition} {results.sheet.event_name} {results.sheet.stage_name}"

    return ListDocument(f"{label}成绩公示名单", _NOTICE_COLUMNS, lambda s: iter(_notice_rows(s, stage_id)),
                        lambda s: len(_notice_rows(s, stage_id)), filter_text, "competition_result", units="单位：分")


_FOLLOW_COLUMNS = (Column("赛项", 20), Column("参赛编号", 10), Column("姓名", 11), Column("工作单位", 26),
                   Column("名次", 6, INT), Column("奖项", 8), Column("成绩状态", 8))
_STEP_COLUMNS = (*_FOLLOW_COLUMNS, Column("现有等级", 14), Column("拟晋升等级", 14), Column("说明", 24))


def _cells(row: FollowOnRow, steps: bool) -> list[object]:
    cells: list[object] = [row.event, row.entry_no, row.name, row.unit, row.rank or "", row.prize,
                           row.stage_state.value]
    return cells + [row.current_grade, row.proposed_grade, row.note] if steps else cells


def expert_document(db: Database, actor: Actor, competition_id: int) -> ListDocument:
    actor.require(Permission.VIEW_RECORDS)

    def rows(session: Session) -> Iterator[list[object]]:
        return (_cells(r, False) for r in _expert_rows(session, competition_id))

    return ListDocument("技术能手推荐名单", _FOLLOW_COLUMNS, rows,
                        lambda s: len(_expert_rows(s, competition_id)),
                        lambda s: live_competition(s, competition_id).name, "competition_entry", units="单位：人")


def grade_step_document(db: Database, actor: Actor, competition_id: int) -> ListDocument:
    actor.require(Permission.VIEW_RECORDS)

    def rows(session: Session) -> Iterator[list[object]]:
        return (_cells(r, True) for r in _step_rows(session, competition_id))

    return ListDocument("技能等级晋升名单", _STEP_COLUMNS, rows, lambda s: len(_step_rows(s, competition_id)),
                        lambda s: live_competition(s, competition_id).name, "competition_entry", units="单位：人")
