"""Score entry for one stage: the sheet the keyboard grid edits (compact lists), one score saved per call."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, Organisation
from unionoffice.db.models.competitions import (
    Competition,
    CompetitionEvent,
    CompetitionStage,
    Entry,
    StageResult,
    TieDecisionRow,
)
from unionoffice.domain.common.errors import NotFoundError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.competitions.ranking import DecisionMode, EntryState, Performance, TieDecision
from unionoffice.domain.competitions.scores import MAX_SCORE, MAX_TIME_MS, format_score, format_time
from unionoffice.domain.competitions.standings import AdvanceMode, StageOutcome, StageRules, StageState, decide_stage
from unionoffice.domain.competitions.weights import Weights
from unionoffice.services.competitions.entries import live_stage, require_open
from unionoffice.services.competitions.events import bands_of, live_event
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor

_STATES = {state.value: state for state in EntryState}


class ScoreField(StrEnum):
    THEORY = "theory"
    PRACTICAL = "practical"
    TIME = "time_ms"

    @property
    def label(self) -> str:
        return {"theory": "理论", "practical": "实操", "time_ms": "用时"}[self.value]


@dataclass
class ScoreSheet:
    """One stage of one event as the score grid and the ranking need it: parallel lists in entry-number order."""

    competition: str
    event_id: int
    event_name: str
    stage_id: int
    stage_name: str
    state: StageState
    is_final: bool
    rules: StageRules
    decisions: list[TieDecision]
    group_names: dict[int, str]
    result_ids: list[int] = field(default_factory=list)
    entry_ids: list[int] = field(default_factory=list)
    entry_nos: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    groups: list[int] = field(default_factory=list)
    theory: list[int | None] = field(default_factory=list)
    practical: list[int | None] = field(default_factory=list)
    time_ms: list[int | None] = field(default_factory=list)
    states: list[EntryState] = field(default_factory=list)
    _performances: list[Performance] | None = field(default=None, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.result_ids)

    def performances(self) -> list[Performance]:
        """The stage as the ranking takes it; kept between calls and updated row by row by `set_value`."""
        if self._performances is None or len(self._performances) != len(self.entry_ids):
            self._performances = [Performance(e, t, p, s, st, g) for e, t, p, s, st, g in zip(
                self.entry_ids, self.theory, self.practical, self.time_ms, self.states, self.groups, strict=True)]
        return self._performances

    def outcome(self) -> StageOutcome:
        return decide_stage(self.performances(), self.rules, self.decisions, self.group_names)

    def value(self, row: int, which: ScoreField) -> int | None:
        column: list[int | None] = getattr(self, which.value)
        return column[row]

    def set_value(self, row: int, which: ScoreField, value: int | None) -> None:
        column: list[int | None] = getattr(self, which.value)
        column[row] = value
        if self._performances is not None:
            old = self._performances[row]
            self._performances[row] = Performance(
                old.entry_id, value if which is ScoreField.THEORY else old.theory,
                value if which is ScoreField.PRACTICAL else old.practical,
                value if which is ScoreField.TIME else old.time_ms, old.state, old.group)


def stage_rules(session: Session, event: CompetitionEvent, stage: CompetitionStage) -> tuple[StageRules, bool]:
    """The ranking rules of a stage, and whether it is the event's final."""
    last = session.execute(select(CompetitionStage.id).where(CompetitionStage.event_id == event.id)
                           .order_by(CompetitionStage.seq.desc()).limit(1)).scalar_one()
    weights = Weights(event.theory_pct, 100 - event.theory_pct)
    if stage.id == last:
        return StageRules(weights, event.uses_time, bands_of(session, event.id), event.grade_places), True
    mode = AdvanceMode(stage.advance_mode) if stage.advance_mode else AdvanceMode.RANK
    return StageRules(weights, event.uses_time, advance_mode=mode, advance_places=stage.advance_places or 0), False


def stage_decisions(session: Session, stage_id: int) -> list[TieDecision]:
    rows = session.execute(select(TieDecisionRow).where(TieDecisionRow.stage_id == stage_id)
                           .order_by(TieDecisionRow.id)).scalars()
    return [TieDecision(frozenset(_ids(r.entry_ids)), DecisionMode(r.mode), r.boundary, tuple(_ids(r.order_ids)))
            for r in rows]


def _ids(text: str | None) -> list[int]:
    return [int(i) for i in (text or "").split(",") if i]


def load_sheet_in(session: Session, stage_id: int) -> ScoreSheet:
    stage = live_stage(session, stage_id)
    event = live_event(session, stage.event_id)
    competition = session.get(Competition, event.competition_id)
    rules, final = stage_rules(session, event, stage)
    # Plain columns through the connection: rows as tuples, without the ORM's per-row work (19,465 of them).
    rows = session.connection().execute(
        select(StageResult.id, Entry.id, Entry.entry_no, Member.name, Entry.employer, Entry.union_id,
               StageResult.theory, StageResult.practical, StageResult.time_ms, StageResult.state)
        .join(Entry, Entry.id == StageResult.entry_id).join(Member, Member.id == Entry.member_id)
        .where(StageResult.stage_id == stage_id).order_by(Entry.entry_no)).all()
    unions = {r[5] for r in rows}
    names = dict(session.execute(select(Organisation.id, Organisation.name).where(
        Organisation.id.in_(list(unions))))) if rules.advance_mode is AdvanceMode.QUOTA else {}
    sheet = ScoreSheet(competition.name if competition else "", event.id, event.name, stage.id, stage.name,
                       StageState(stage.state), final, rules, stage_decisions(session, stage_id), names)
    columns: list[tuple[Any, ...]] = list(zip(*rows, strict=True)) if rows else [() for _ in range(10)]
    sheet.result_ids, sheet.entry_ids, sheet.entry_nos, sheet.names = (list(c) for c in columns[:4])
    sheet.units = [u or "" for u in columns[4]]
    sheet.groups, sheet.theory, sheet.practical, sheet.time_ms = (list(c) for c in columns[5:9])
    sheet.states = [_STATES[s] for s in columns[9]]
    return sheet


def load_sheet(db: Database, actor: Actor, stage_id: int) -> ScoreSheet:
    """Three indexed queries whatever the stage's size (19,465 preliminary entrants across ten events)."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return load_sheet_in(session, stage_id)


def check_value(which: ScoreField, value: int | None) -> None:
    if value is None:
        return
    if which is ScoreField.TIME:
        if not 0 <= value <= MAX_TIME_MS:
            raise ValidationError("用时应在 0 到 24 小时之间", field="用时")
    elif not 0 <= value <= MAX_SCORE:
        raise ValidationError("成绩应在 0～100 之间", field=which.label)


def shown(which: ScoreField, value: int | None) -> str:
    return format_time(value) if which is ScoreField.TIME else format_score(value)


def set_score(db: Database, actor: Actor, result_id: int, which: ScoreField, value: int | None) -> None:
    """One cell of the grid: scores in hundredths of a point, time in milliseconds, None to clear; audited."""
    actor.require(Permission.MANAGE_COMPETITIONS)
    check_value(which, value)
    with db.write() as session:
        result = session.get(StageResult, result_id)
        if result is None:
            raise NotFoundError("找不到该选手的成绩记录，请刷新后重试")
        stage = live_stage(session, result.stage_id)
        event = live_event(session, stage.event_id)
        require_open(stage, event, "再改成绩")
        entry = session.get(Entry, result.entry_id)
        assert entry is not None
        if result.state != EntryState.COMPETING.value and value is not None:
            raise ValidationError(f"参赛编号 {entry.entry_no} 已{result.state}，不能录入成绩", field=which.label)
        if which is ScoreField.TIME and not event.uses_time and value is not None:
            raise ValidationError(f"“{event.name}”不计用时", field="用时")
        old = getattr(result, which.value)
        if old == value:
            return
        setattr(result, which.value, value)
        session.flush()
        verb = "修改" if old is not None else "录入"
        audit.record(session, actor, "update", f"“{event.name}”{stage.name} {entry.entry_no} {verb}{which.label}："
                     f"{shown(which, old) or '空'} → {shown(which, value) or '空'}",
                     entity="competition_result", entity_id=result.id,
                     changes={which.value: (shown(which, old) or None, shown(which, value) or None)})
