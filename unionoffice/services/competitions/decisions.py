"""The results workflow of a stage: ties decided by a person, 录入 → 公示 → 已确定, and reopening for a revision.

Making a final's results final writes every prize into the members' distinctions (kind 竞赛获奖, source_type
"competition_entry", source_id = the entry); reopening withdraws them, and making final again writes them anew, so
the distinctions always hold exactly the prizes in force (docs/competitions.md).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from unionoffice.db.base import utcnow
from unionoffice.db.bulk import bulk_update
from unionoffice.db.engine import Database
from unionoffice.db.models.competitions import Competition, CompetitionStage, Entry, StageResult, TieDecisionRow
from unionoffice.domain.common.errors import NotFoundError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.competitions.ranking import DecisionMode, EntryState
from unionoffice.domain.competitions.standings import StageOutcome, StageState, line_name
from unionoffice.domain.members.distinctions import DistinctionKind
from unionoffice.services.competitions.entries import live_stage
from unionoffice.services.competitions.events import live_event
from unionoffice.services.competitions.scoring import ScoreSheet, load_sheet_in
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.members.distinctions import record_distinction, withdraw_distinctions

SOURCE_TYPE = "competition_entry"


def _who(sheet: ScoreSheet, entry_ids: Sequence[int]) -> str:
    row_of = {e: i for i, e in enumerate(sheet.entry_ids)}
    return "、".join(f"{sheet.names[row_of[e]]}（{sheet.entry_nos[row_of[e]]}）" for e in entry_ids if e in row_of)


def _open_sheet(session: Session, stage_id: int, doing: str) -> tuple[ScoreSheet, StageOutcome]:
    sheet = load_sheet_in(session, stage_id)
    if sheet.state is StageState.FINAL:
        raise ValidationError(f"“{sheet.event_name}”{sheet.stage_name}成绩已确定，不能{doing}", field="比赛阶段")
    return sheet, sheet.outcome()


def decide_tie(db: Database, actor: Actor, stage_id: int, entry_ids: Sequence[int], mode: DecisionMode, reason: str,
               *, boundaries: Sequence[str] = (), order: Sequence[int] = ()) -> None:
    """Record a person's decision on a tie at a line: 并列 (all on the better side of `boundaries`, by default every
    line the tie straddles) or 排序 (the tie broken in `order`, for every line). The reason is kept and audited."""
    actor.require(Permission.DECIDE_COMPETITION_RESULTS)
    with db.write() as session:
        decide_tie_in(session, actor, stage_id, entry_ids, mode, reason, boundaries=boundaries, order=order)


def decide_tie_in(session: Session, actor: Actor, stage_id: int, entry_ids: Sequence[int], mode: DecisionMode,
                  reason: str, *, boundaries: Sequence[str] = (), order: Sequence[int] = ()) -> None:
    """`decide_tie` inside the caller's transaction (the demo's); the caller has checked the permission."""
    reason = reason.strip()
    if not reason:
        raise ValidationError("请写明裁定理由", field="裁定理由")
    ids = frozenset(entry_ids)
    sheet, outcome = _open_sheet(session, stage_id, "再裁定")
    open_lines = [f.boundary.key for f in outcome.flags if f.entry_ids == ids]
    ties = {frozenset(s.ranked.tie) for s in outcome.standings if s.ranked.shared}
    if mode is DecisionMode.SHARE:
        lines = list(boundaries) or open_lines
        if not lines or any(line not in open_lines for line in lines):
            raise ValidationError("这些选手不是一处待裁定的并列，请刷新后重试", field="并列")
        session.add_all(TieDecisionRow(stage_id=stage_id, mode=mode.value, boundary=line, entry_ids=_csv(ids),
                                       reason=reason[:200], decided_by=actor.username) for line in lines)
        what = f"并列，均计入{'、'.join(line_name(line) for line in lines)}"
    else:
        if ids not in ties and not open_lines:
            raise ValidationError("这些选手不是一处并列，请刷新后重试", field="并列")
        if sorted(order) != sorted(ids):
            raise ValidationError("排序须列出并列的每一名选手，且只列一次", field="排序")
        session.execute(delete(TieDecisionRow).where(TieDecisionRow.stage_id == stage_id,
                                                     TieDecisionRow.entry_ids == _csv(ids)))
        session.add(TieDecisionRow(stage_id=stage_id, mode=mode.value, boundary="", entry_ids=_csv(ids),
                                   order_ids=",".join(map(str, order)), reason=reason[:200],
                                   decided_by=actor.username))
        what = f"按此顺序排名：{_who(sheet, order)}"
    session.flush()
    audit.record(session, actor, "update", f"“{sheet.event_name}”{sheet.stage_name}裁定并列"
                 f"{_who(sheet, sorted(ids))}：{what}。理由：{reason}", entity="competition_stage",
                 entity_id=stage_id, changes={"tie": (None, _csv(ids)), "mode": (None, mode.value),
                                              "reason": (None, reason)})


def _csv(ids: Sequence[int] | frozenset[int]) -> str:
    return ",".join(str(i) for i in sorted(ids))


def remove_decision(db: Database, actor: Actor, decision_id: int) -> None:
    """Take a tie decision back (a mistake, or one that no longer applies); the flag returns if the tie is there."""
    actor.require(Permission.DECIDE_COMPETITION_RESULTS)
    with db.write() as session:
        row = session.get(TieDecisionRow, decision_id)
        if row is None:
            raise NotFoundError("找不到该裁定，请刷新后重试")
        sheet, _outcome = _open_sheet(session, row.stage_id, "撤销裁定")
        session.delete(row)
        session.flush()
        audit.record(session, actor, "delete", f"“{sheet.event_name}”{sheet.stage_name}撤销并列裁定"
                     f"{_who(sheet, [int(i) for i in row.entry_ids.split(',')])}（原理由：{row.reason}）",
                     entity="competition_stage", entity_id=row.stage_id, changes={"tie": (row.entry_ids, None)})


def publish_notice(db: Database, actor: Actor, stage_id: int) -> None:
    """录入 → 公示: every entrant has both scores; ties may still be open (the notice shows them as 待定)."""
    actor.require(Permission.MANAGE_COMPETITIONS)
    with db.write() as session:
        publish_notice_in(session, actor, stage_id)


def publish_notice_in(session: Session, actor: Actor, stage_id: int) -> None:
    sheet, outcome = _open_sheet(session, stage_id, "再发布公示")
    if sheet.state is not StageState.ENTERING:
        raise ValidationError(f"{sheet.stage_name}已在公示中", field="比赛阶段")
    _require_scored(sheet, outcome)
    stage = live_stage(session, stage_id)
    stage.state = StageState.NOTICE.value
    session.flush()
    audit.record(session, actor, "update", f"“{sheet.event_name}”{sheet.stage_name}成绩公示",
                 entity="competition_stage", entity_id=stage_id, changes={"state": ("录入", "公示")})


def _require_scored(sheet: ScoreSheet, outcome: StageOutcome) -> None:
    missing = [s.entry_id for s in outcome.standings
               if s.ranked.rank is None and s.ranked.state is EntryState.COMPETING]
    if missing:
        raise ValidationError(f"还有 {len(missing)} 名选手没有录完成绩：{_who(sheet, missing[:5])}"
                              + ("等" if len(missing) > 5 else ""), field="成绩")


def finalise_stage(db: Database, actor: Actor, stage_id: int, *, on: date | None = None) -> None:
    """公示 → 已确定: refused while any tie at a line is undecided. Ranks, prizes and promotions are written; the
    promoted enter the next stage; a final's prizes go into the members' distinctions."""
    actor.require(Permission.DECIDE_COMPETITION_RESULTS)
    with db.write() as session:
        finalise_stage_in(session, actor, stage_id, on or date.today())


def finalise_stage_in(session: Session, actor: Actor, stage_id: int, on: date) -> None:
    sheet, outcome = _open_sheet(session, stage_id, "再确定")
    if sheet.state is not StageState.NOTICE:
        raise ValidationError(f"{sheet.stage_name}成绩须先公示，才能确定", field="比赛阶段")
    _require_scored(sheet, outcome)
    if outcome.flags:
        texts = "；".join(f"{f.text}：{_who(sheet, sorted(f.entry_ids))}" for f in outcome.flags[:3])
        raise ValidationError(f"还有 {len(outcome.flags)} 处并列待裁定：{texts}", field="并列")
    row_of = {e: i for i, e in enumerate(sheet.entry_ids)}
    _update_results(session, [
        {"id": sheet.result_ids[row_of[s.entry_id]], "final_rank": s.ranked.rank, "prize": s.prize,
         "advanced": s.advances, "grade_place": s.top_grade} for s in outcome.standings])
    stage = live_stage(session, stage_id)
    stage.state, stage.decided_at, stage.decided_by = StageState.FINAL.value, utcnow(), actor.username
    if sheet.is_final:
        summary = _record_prizes(session, sheet, outcome, on)
    else:
        summary = _promote(session, stage, [s.entry_id for s in outcome.standings if s.advances])
    session.flush()
    audit.record(session, actor, "update", f"确定“{sheet.event_name}”{sheet.stage_name}成绩：{summary}",
                 entity="competition_stage", entity_id=stage_id, changes={"state": ("公示", "已确定")})


def _promote(session: Session, stage: CompetitionStage, entry_ids: list[int]) -> str:
    following = session.execute(select(CompetitionStage).where(CompetitionStage.event_id == stage.event_id,
                                                                CompetitionStage.seq == stage.seq + 1)).scalar_one()
    present = set(session.execute(select(StageResult.entry_id).where(StageResult.stage_id == following.id)).scalars())
    session.add_all(StageResult(stage_id=following.id, entry_id=e) for e in entry_ids if e not in present)
    return f"晋级{following.name} {len(entry_ids)} 人"


def _record_prizes(session: Session, sheet: ScoreSheet, outcome: StageOutcome, on: date) -> str:
    event = live_event(session, sheet.event_id)
    competition = session.get(Competition, event.competition_id)
    assert competition is not None
    members = dict(session.execute(select(Entry.id, Entry.member_id).where(Entry.event_id == event.id)).all())
    prizes: Counter[str] = Counter()
    for s in outcome.standings:
        if s.prize is None:
            continue
        prizes[s.prize] += 1
        title = f"{competition.name}{sheet.event_name}{sheet.stage_name}{s.prize}"[:120]
        record_distinction(session, members[s.entry_id], kind=DistinctionKind.COMPETITION_PRIZE, title=title,
                           year=competition.year, source_type=SOURCE_TYPE, source_id=s.entry_id,
                           level=competition.level, granted_on=on)
    return "，".join(f"{name} {count} 人" for name, count in prizes.items()) or "无人获奖"


def reopen_stage(db: Database, actor: Actor, stage_id: int, reason: str) -> None:
    """已确定 → 公示 for a revision (a late disqualification, a corrected score): the written results are cleared, a
    final's distinctions withdrawn; an earlier stage reopens only while the next one has no scores."""
    actor.require(Permission.DECIDE_COMPETITION_RESULTS)
    reason = reason.strip()
    if not reason:
        raise ValidationError("请写明重新打开的理由", field="理由")
    with db.write() as session:
        sheet = load_sheet_in(session, stage_id)
        if sheet.state is not StageState.FINAL:
            raise ValidationError(f"{sheet.stage_name}成绩尚未确定", field="比赛阶段")
        stage = live_stage(session, stage_id)
        withdrawn = 0
        if sheet.is_final:
            for entry_id in sheet.entry_ids:
                withdrawn += withdraw_distinctions(session, SOURCE_TYPE, entry_id)
        else:
            _unpromote(session, stage)
        session.execute(update(StageResult).where(StageResult.stage_id == stage_id).values(
            final_rank=None, prize=None, advanced=None, grade_place=None))
        stage.state, stage.decided_at, stage.decided_by = StageState.NOTICE.value, None, None
        session.flush()
        audit.record(session, actor, "update", f"重新打开“{sheet.event_name}”{sheet.stage_name}成绩：{reason}"
                     + (f"（撤回获奖记录 {withdrawn} 条）" if withdrawn else ""), entity="competition_stage",
                     entity_id=stage_id, changes={"state": ("已确定", "公示"), "reason": (None, reason)})


def _unpromote(session: Session, stage: CompetitionStage) -> None:
    following = session.execute(select(CompetitionStage).where(CompetitionStage.event_id == stage.event_id,
                                                               CompetitionStage.seq == stage.seq + 1)).scalar_one()
    scored = session.scalar(select(StageResult.id).where(
        StageResult.stage_id == following.id,
        StageResult.theory.is_not(None) | StageResult.practical.is_not(None)).limit(1))
    if following.state != StageState.ENTERING.value or scored is not None:
        raise ValidationError(f"{following.name}已开始录入成绩，不能再重新打开{stage.name}", field="比赛阶段")
    session.execute(delete(StageResult).where(StageResult.stage_id == following.id))


def _update_results(session: Session, rows: list[dict[str, Any]]) -> None:
    """Results by id, each raising its version (competition_result is versioned: docs/server-mode.md)."""
    bulk_update(session, StageResult.__table__, "id", rows, increment="version")  # type: ignore[arg-type]
