"""A member's competition entries and prizes, for the member page's tab."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from unionoffice.db.engine import Database
from unionoffice.db.models.competitions import Competition, CompetitionEvent, CompetitionStage, Entry, StageResult
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.competitions.standings import StageState
from unionoffice.domain.competitions.weights import Weights, format_total
from unionoffice.services.core.context import Actor


@dataclass(frozen=True)
class MemberEntryRow:
    competition: str
    year: int
    level: str
    event: str
    entry_no: str
    stage: str  # the furthest stage reached
    stage_state: StageState
    state: str  # 参赛 / 弃权 / 取消资格
    total: str
    rank: int | None  # once the stage is final
    prize: str  # once the final is final

    @property
    def result(self) -> str:
        if self.state != "参赛":
            return self.state
        if self.stage_state is not StageState.FINAL:
            return f"{self.stage}成绩{self.stage_state.value}中"
        return self.prize or f"{self.stage}第{self.rank}名"


def member_competitions(db: Database, actor: Actor, member_id: int) -> list[MemberEntryRow]:
    """Every entry of the member, newest competition first, with the stage reached and the prize in force."""
    actor.require(Permission.VIEW_RECORDS)
    furthest = (select(StageResult.entry_id, func.max(CompetitionStage.seq).label("seq"))
                .join(CompetitionStage, CompetitionStage.id == StageResult.stage_id)
                .join(Entry, Entry.id == StageResult.entry_id).where(Entry.member_id == member_id)
                .group_by(StageResult.entry_id).subquery())
    query = (select(Competition.name, Competition.year, Competition.level, CompetitionEvent.name,
                    CompetitionEvent.theory_pct, Entry.entry_no, CompetitionStage.name, CompetitionStage.state,
                    StageResult.state, StageResult.theory, StageResult.practical, StageResult.final_rank,
                    StageResult.prize)
             .join(furthest, furthest.c.entry_id == Entry.id)
             .join(CompetitionEvent, CompetitionEvent.id == Entry.event_id)
             .join(Competition, Competition.id == CompetitionEvent.competition_id)
             .join(CompetitionStage, (CompetitionStage.event_id == Entry.event_id)
                   & (CompetitionStage.seq == furthest.c.seq))
             .join(StageResult, (StageResult.entry_id == Entry.id) & (StageResult.stage_id == CompetitionStage.id))
             .where(Entry.member_id == member_id)
             .order_by(Competition.year.desc(), Competition.id.desc(), CompetitionEvent.position))
    with db.read() as session:
        rows = []
        for (name, year, level, event, theory_pct, entry_no, stage, stage_state, state, theory, practical, rank,
             prize) in session.execute(query):
            total = Weights(theory_pct, 100 - theory_pct).total(theory, practical) \
                if theory is not None and practical is not None else None
            rows.append(MemberEntryRow(name, year, level, event, entry_no, stage, StageState(stage_state), state,
                                       format_total(total), rank, prize or ""))
        return rows
