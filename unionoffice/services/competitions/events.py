"""Competitions and their events by trade: stages with advancement, weights, prize bands, referees; the listing."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models.competitions import (
    Competition,
    CompetitionEvent,
    CompetitionStage,
    PrizeBandRow,
    Referee,
    StageResult,
)
from unionoffice.domain.common.errors import NotFoundError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.competitions.prizes import DEFAULT_BANDS, BandMode, PrizeBand, check_bands
from unionoffice.domain.competitions.standings import AdvanceMode, StageState
from unionoffice.domain.competitions.weights import Weights, check_weights
from unionoffice.services.competitions.settings import settings_in
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor

LEVELS: tuple[str, ...] = ("国家级", "省级", "市级", "区县级", "企业级")
STAGE_NAMES: tuple[str, ...] = ("预赛", "复赛", "决赛")
REFEREE_ROLES: tuple[str, ...] = ("裁判长", "裁判员", "监督员")


@dataclass(frozen=True)
class CompetitionDraft:
    name: str
    level: str
    year: int
    organisers: str = ""
    award_place: str = ""
    award_deadline: date | None = None
    note: str = ""


@dataclass(frozen=True)
class StageDraft:
    name: str
    advance_mode: AdvanceMode | None = None  # None for the final
    advance_places: int = 0
    held_on: date | None = None


FINAL_ONLY = (StageDraft("决赛"),)


@dataclass(frozen=True)
class RefereeDraft:
    name: str
    role: str = "裁判员"
    unit: str = ""
    member_id: int | None = None


@dataclass(frozen=True)
class EventDraft:
    trade: str
    name: str = ""  # the 赛项 as printed; the trade when blank
    theory_pct: int | None = None  # None: the office's default
    housing_ministry: bool = False
    uses_time: bool = False
    grade_places: int | None = None  # None: the office's default (10)
    stages: tuple[StageDraft, ...] = FINAL_ONLY
    bands: tuple[PrizeBand, ...] = DEFAULT_BANDS
    note: str = ""


@dataclass(frozen=True)
class StageInfo:
    id: int
    seq: int
    name: str
    advance_mode: AdvanceMode | None
    advance_places: int
    held_on: date | None
    state: StageState
    entrants: int
    is_final: bool

    @property
    def label(self) -> str:
        return f"{self.name}（{self.state.value}）"


@dataclass(frozen=True)
class EventInfo:
    id: int
    competition_id: int
    position: int
    trade: str
    name: str
    weights: Weights
    housing_ministry: bool
    uses_time: bool
    grade_places: int
    bands: tuple[PrizeBand, ...]
    stages: tuple[StageInfo, ...]
    referees: tuple[RefereeDraft, ...] = ()
    note: str = ""

    def stage(self, stage_id: int) -> StageInfo:
        for s in self.stages:
            if s.id == stage_id:
                return s
        raise NotFoundError("找不到该比赛阶段，请刷新后重试")

    def draft(self) -> EventDraft:
        return EventDraft(self.trade, self.name, self.weights.theory, self.housing_ministry, self.uses_time,
                          self.grade_places, tuple(StageDraft(s.name, s.advance_mode, s.advance_places, s.held_on)
                                                   for s in self.stages), self.bands, self.note)


@dataclass(frozen=True)
class CompetitionInfo:
    id: int
    name: str
    level: str
    year: int
    organisers: str
    award_place: str
    award_deadline: date | None
    note: str
    events: tuple[EventInfo, ...] = field(default_factory=tuple)

    def draft(self) -> CompetitionDraft:
        return CompetitionDraft(self.name, self.level, self.year, self.organisers, self.award_place,
                                self.award_deadline, self.note)


def _competition_values(draft: CompetitionDraft) -> dict[str, object]:
    name = " ".join(draft.name.split())
    if not name:
        raise ValidationError("不能为空", field="竞赛名称", key="name")
    if draft.level not in LEVELS:
        raise ValidationError(f"应为{'、'.join(LEVELS)}之一", field="级别", key="level")
    if not 2000 <= draft.year <= 2100:
        raise ValidationError("年度不对", field="年度", key="year")
    return {"name": name[:200], "level": draft.level, "year": draft.year,
            "organisers": draft.organisers.strip()[:400] or None,
            "award_place": draft.award_place.strip()[:200] or None,
            "award_deadline": draft.award_deadline, "note": draft.note.strip() or None}


def create_competition(db: Database, actor: Actor, draft: CompetitionDraft) -> int:
    actor.require(Permission.MANAGE_COMPETITIONS)
    values = _competition_values(draft)
    with db.write() as session:
        row = Competition(**values)
        session.add(row)
        session.flush()
        audit.record(session, actor, "create", f"新建竞赛“{row.name}”", entity="competition", entity_id=row.id,
                     changes={k: (None, v) for k, v in values.items() if v is not None})
        return row.id


def update_competition(db: Database, actor: Actor, competition_id: int, draft: CompetitionDraft) -> None:
    actor.require(Permission.MANAGE_COMPETITIONS)
    values = _competition_values(draft)
    with db.write() as session:
        row = live_competition(session, competition_id)
        changes = audit.diff(row, values)
        for key, value in values.items():
            setattr(row, key, value)
        session.flush()
        if changes:
            audit.record(session, actor, "update", f"修改竞赛“{row.name}”", entity="competition", entity_id=row.id,
                         changes=changes)


def live_competition(session: Session, competition_id: int) -> Competition:
    row = session.get(Competition, competition_id)
    if row is None:
        raise NotFoundError(f"找不到竞赛（编号 {competition_id}）")
    return row


def live_event(session: Session, event_id: int) -> CompetitionEvent:
    row = session.get(CompetitionEvent, event_id)
    if row is None:
        raise NotFoundError(f"找不到赛项（编号 {event_id}）")
    return row


def _check_stages(stages: tuple[StageDraft, ...]) -> None:
    if not 1 <= len(stages) <= len(STAGE_NAMES):
        raise ValidationError(f"应有 1～{len(STAGE_NAMES)} 个阶段", field="比赛阶段", key="stages")
    names = [s.name for s in stages]
    if len(set(names)) != len(names) or any(n not in STAGE_NAMES for n in names):
        raise ValidationError("阶段名称应为预赛、复赛、决赛，且不能重复", field="比赛阶段", key="stages")
    if names != sorted(names, key=STAGE_NAMES.index):
        raise ValidationError("阶段顺序应为预赛 → 复赛 → 决赛", field="比赛阶段", key="stages")
    for row, stage in enumerate(stages[:-1], start=1):
        if stage.advance_mode is None or stage.advance_places <= 0:
            raise ValidationError(f"{stage.name}须规定晋级方式和晋级人数", field="晋级", key="stages", row=row)
    if stages[-1].advance_mode is not None:
        raise ValidationError(f"{stages[-1].name}是最后一个阶段，不设晋级", field="晋级", key="stages")


def _event_values(session: Session, draft: EventDraft) -> dict[str, object]:
    trade = " ".join(draft.trade.split())
    if not trade:
        raise ValidationError("不能为空", field="工种", key="trade")
    name = " ".join(draft.name.split()) or trade
    settings = settings_in(session)
    theory = settings.default_theory_pct if draft.theory_pct is None else draft.theory_pct
    weights = check_weights(theory, housing_ministry=draft.housing_ministry, housing_cap_pct=settings.housing_cap_pct,
                            event=name)
    grade_places = settings.grade_places if draft.grade_places is None else draft.grade_places
    if not 0 <= grade_places <= 1000:
        raise ValidationError("应在 0～1000 之间", field="晋升技能等级名额", key="grade_places")
    _check_stages(draft.stages)
    check_bands(draft.bands)
    return {"trade": trade[:60], "name": name[:120], "theory_pct": weights.theory,
            "housing_ministry": draft.housing_ministry, "uses_time": draft.uses_time, "grade_places": grade_places,
            "note": draft.note.strip() or None}


def _write_bands(session: Session, event_id: int, bands: tuple[PrizeBand, ...]) -> None:
    session.execute(delete(PrizeBandRow).where(PrizeBandRow.event_id == event_id))
    session.add_all(PrizeBandRow(event_id=event_id, position=i, name=b.name, mode=b.mode.value, value=b.value,
                                 recommend_expert=b.recommend_expert, merit=b.merit)
                    for i, b in enumerate(check_bands(bands), start=1))


def create_event(db: Database, actor: Actor, competition_id: int, draft: EventDraft) -> int:
    actor.require(Permission.MANAGE_COMPETITIONS)
    with db.write() as session:
        competition = live_competition(session, competition_id)
        values = _event_values(session, draft)
        if session.scalar(select(CompetitionEvent.id).where(CompetitionEvent.competition_id == competition_id,
                                                            CompetitionEvent.name == values["name"])):
            raise ValidationError(f"“{competition.name}”已有赛项“{values['name']}”", field="赛项", key="name")
        position = int(session.scalar(select(func.coalesce(func.max(CompetitionEvent.position), 0))
                                      .where(CompetitionEvent.competition_id == competition_id)) or 0) + 1
        event = CompetitionEvent(competition_id=competition_id, position=position, **values)
        session.add(event)
        session.flush()
        session.add_all(CompetitionStage(event_id=event.id, seq=seq, name=s.name,
                                         advance_mode=s.advance_mode.value if s.advance_mode else None,
                                         advance_places=s.advance_places or None, held_on=s.held_on)
                        for seq, s in enumerate(draft.stages, start=1))
        _write_bands(session, event.id, draft.bands)
        audit.record(session, actor, "create", f"“{competition.name}”新建赛项“{event.name}”",
                     entity="competition_event", entity_id=event.id,
                     changes={**{k: (None, v) for k, v in values.items() if v is not None},
                              "stages": (None, " → ".join(s.name for s in draft.stages)),
                              "bands": (None, "，".join(b.describe() for b in draft.bands))})
        return event.id


def update_event(db: Database, actor: Actor, event_id: int, draft: EventDraft) -> None:
    """Weights, timing and prize bands change the ranking: they are refused once any stage of the event is final."""
    actor.require(Permission.MANAGE_COMPETITIONS)
    with db.write() as session:
        event = live_event(session, event_id)
        values = _event_values(session, draft)
        stages = list(session.execute(select(CompetitionStage).where(CompetitionStage.event_id == event_id)
                                      .order_by(CompetitionStage.seq)).scalars())
        changes = audit.diff(event, values)
        old_bands = "，".join(b.describe() for b in bands_of(session, event_id))
        new_bands = "，".join(b.describe() for b in draft.bands)
        if old_bands != new_bands:
            changes["bands"] = (old_bands, new_bands)
        decided = [s.name for s in stages if s.state == StageState.FINAL.value]
        ranking_keys = {"theory_pct", "uses_time", "grade_places", "bands"}
        if decided and ranking_keys & set(changes):
            raise ValidationError(f"{'、'.join(decided)}成绩已确定，不能再改权重、计时或奖项；请审核人先重新打开",
                                  field="赛项", key="theory_pct")
        _update_stages(session, event_id, stages, draft.stages, changes)
        for key, value in values.items():
            setattr(event, key, value)
        _write_bands(session, event_id, draft.bands)
        session.flush()
        if changes:
            audit.record(session, actor, "update", f"修改赛项“{event.name}”", entity="competition_event",
                         entity_id=event.id, changes=changes)


def _update_stages(session: Session, event_id: int, stages: list[CompetitionStage], drafts: tuple[StageDraft, ...],
                   changes: dict[str, tuple[object, object]]) -> None:
    counts = entrants_by_stage(session, [s.id for s in stages])
    for stage in stages[len(drafts):]:
        if counts.get(stage.id):
            raise ValidationError(f"{stage.name}已有 {counts[stage.id]} 名选手，不能删除", field="比赛阶段",
                                  key="stages")
        session.delete(stage)
    session.flush()
    for seq, draft in enumerate(drafts, start=1):
        mode = draft.advance_mode.value if draft.advance_mode else None
        if seq > len(stages):
            session.add(CompetitionStage(event_id=event_id, seq=seq, name=draft.name, advance_mode=mode,
                                         advance_places=draft.advance_places or None, held_on=draft.held_on))
            changes[f"stage{seq}"] = (None, draft.name)
            continue
        stage = stages[seq - 1]
        new = {"name": draft.name, "advance_mode": mode, "advance_places": draft.advance_places or None,
               "held_on": draft.held_on}
        diff = audit.diff(stage, new)
        if stage.state == StageState.FINAL.value and set(diff) - {"held_on"}:
            raise ValidationError(f"{stage.name}成绩已确定，不能再改晋级规则", field="晋级", key="stages")
        for key, value in new.items():
            setattr(stage, key, value)
        changes.update({f"stage{seq}.{k}": v for k, v in diff.items()})


def set_referees(db: Database, actor: Actor, event_id: int, referees: list[RefereeDraft]) -> None:
    """The event's referees as listed (裁判长, 裁判员, 监督员), replacing the earlier list."""
    actor.require(Permission.MANAGE_COMPETITIONS)
    for row, referee in enumerate(referees, start=1):
        if not referee.name.strip():
            raise ValidationError("姓名不能为空", field="裁判员", row=row)
        if referee.role not in REFEREE_ROLES:
            raise ValidationError(f"职务应为{'、'.join(REFEREE_ROLES)}之一", field="裁判员", row=row)
    with db.write() as session:
        event = live_event(session, event_id)
        old = "、".join(r.name for r in referees_of(session, event_id))
        session.execute(delete(Referee).where(Referee.event_id == event_id))
        session.add_all(Referee(event_id=event_id, name=r.name.strip()[:60], role=r.role,
                                unit=r.unit.strip()[:100] or None, member_id=r.member_id) for r in referees)
        new = "、".join(r.name.strip() for r in referees)
        audit.record(session, actor, "update", f"赛项“{event.name}”裁判员：{len(referees)} 人",
                     entity="competition_event", entity_id=event_id, changes={"referees": (old, new)})


def bands_of(session: Session, event_id: int) -> tuple[PrizeBand, ...]:
    rows = session.execute(select(PrizeBandRow).where(PrizeBandRow.event_id == event_id)
                           .order_by(PrizeBandRow.position)).scalars()
    return tuple(PrizeBand(r.name, BandMode(r.mode), r.value, r.recommend_expert, r.merit) for r in rows)


def referees_of(session: Session, event_id: int) -> tuple[RefereeDraft, ...]:
    rows = session.execute(select(Referee).where(Referee.event_id == event_id).order_by(Referee.id)).scalars()
    return tuple(RefereeDraft(r.name, r.role, r.unit or "", r.member_id) for r in rows)


def entrants_by_stage(session: Session, stage_ids: list[int]) -> dict[int, int]:
    if not stage_ids:
        return {}
    rows = session.execute(select(StageResult.stage_id, func.count()).where(StageResult.stage_id.in_(stage_ids))
                           .group_by(StageResult.stage_id))
    return {stage_id: int(count) for stage_id, count in rows}


def _event_infos(session: Session, events: list[CompetitionEvent], *, with_referees: bool) -> list[EventInfo]:
    ids = [e.id for e in events]
    stages: dict[int, list[CompetitionStage]] = defaultdict(list)
    for stage in session.execute(select(CompetitionStage).where(CompetitionStage.event_id.in_(ids))
                                 .order_by(CompetitionStage.event_id, CompetitionStage.seq)).scalars():
        stages[stage.event_id].append(stage)
    counts = entrants_by_stage(session, [s.id for group in stages.values() for s in group])
    infos = []
    for e in events:
        own = stages[e.id]
        infos.append(EventInfo(
            e.id, e.competition_id, e.position, e.trade, e.name, Weights(e.theory_pct, 100 - e.theory_pct),
            e.housing_ministry, e.uses_time, e.grade_places, bands_of(session, e.id),
            tuple(StageInfo(s.id, s.seq, s.name, AdvanceMode(s.advance_mode) if s.advance_mode else None,
                            s.advance_places or 0, s.held_on, StageState(s.state), counts.get(s.id, 0),
                            s is own[-1]) for s in own),
            referees_of(session, e.id) if with_referees else (), e.note or ""))
    return infos


def event_info_in(session: Session, event_id: int) -> EventInfo:
    return _event_infos(session, [live_event(session, event_id)], with_referees=True)[0]


def event_info(db: Database, actor: Actor, event_id: int) -> EventInfo:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return event_info_in(session, event_id)


def _competition_info(row: Competition, events: list[EventInfo]) -> CompetitionInfo:
    return CompetitionInfo(row.id, row.name, row.level, row.year, row.organisers or "", row.award_place or "",
                           row.award_deadline, row.note or "", tuple(events))


def competition_info(db: Database, actor: Actor, competition_id: int) -> CompetitionInfo:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        row = live_competition(session, competition_id)
        events = list(session.execute(select(CompetitionEvent).where(CompetitionEvent.competition_id == row.id)
                                      .order_by(CompetitionEvent.position)).scalars())
        return _competition_info(row, _event_infos(session, events, with_referees=True))


def list_competitions(db: Database, actor: Actor, *, year: int | None = None) -> list[CompetitionInfo]:
    """Newest first, each with its events and the entrants of every stage (three queries)."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        query = select(Competition).order_by(Competition.year.desc(), Competition.id.desc())
        if year is not None:
            query = query.where(Competition.year == year)
        competitions = list(session.execute(query).scalars())
        events = list(session.execute(select(CompetitionEvent).where(
            CompetitionEvent.competition_id.in_([c.id for c in competitions]))
            .order_by(CompetitionEvent.position)).scalars())
        infos = _event_infos(session, events, with_referees=False)
        by_competition: dict[int, list[EventInfo]] = defaultdict(list)
        for info in infos:
            by_competition[info.competition_id].append(info)
        return [_competition_info(c, by_competition[c.id]) for c in competitions]
