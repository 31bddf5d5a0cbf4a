"""Entrants: registration with entry numbers (参赛编号), withdrawal and disqualification per stage, the entry list."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, Organisation
from unionoffice.db.models.competitions import CompetitionEvent, CompetitionStage, Entry, StageResult
from unionoffice.domain.common.errors import NotFoundError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.competitions.ranking import EntryState
from unionoffice.domain.competitions.standings import StageState
from unionoffice.domain.members.membership import MemberStatus
from unionoffice.exchange.xlsx_report import Column
from unionoffice.services.competitions.events import live_event
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.lists import ListDocument

CHUNK = 500


@dataclass(frozen=True)
class RegisterResult:
    created: int
    already: list[str]  # names already entered in the event
    refused: list[str]  # "姓名（原因）": not an active member


@dataclass(frozen=True)
class EntryRow:
    entry_id: int
    member_id: int
    entry_no: str
    name: str
    sex: str
    employer: str
    union: str
    stage: str  # the furthest stage reached
    state: str  # 参赛 / 弃权 / 取消资格 in that stage


def first_stage(session: Session, event_id: int) -> CompetitionStage:
    stage = session.execute(select(CompetitionStage).where(CompetitionStage.event_id == event_id)
                            .order_by(CompetitionStage.seq).limit(1)).scalar_one_or_none()
    if stage is None:
        raise NotFoundError("该赛项还没有比赛阶段")
    return stage


def live_stage(session: Session, stage_id: int) -> CompetitionStage:
    stage = session.get(CompetitionStage, stage_id)
    if stage is None:
        raise NotFoundError(f"找不到比赛阶段（编号 {stage_id}）")
    return stage


def require_open(stage: CompetitionStage, event: CompetitionEvent, doing: str) -> None:
    if stage.state == StageState.FINAL.value:
        raise ValidationError(f"“{event.name}”{stage.name}成绩已确定，不能{doing}；须由审核人重新打开",
                              field="比赛阶段")


def _next_numbers(session: Session, event: CompetitionEvent, count: int) -> list[str]:
    """Entry numbers: two digits of the event's position, then a serial (010001, 010002 …)."""
    prefix = f"{event.position:02d}"
    taken = session.execute(select(Entry.entry_no).where(Entry.event_id == event.id)).scalars()
    serials = [int(n[len(prefix):]) for n in taken if n.startswith(prefix) and n[len(prefix):].isdigit()]
    start = max(serials, default=0) + 1
    width = max(4, len(str(start + count)))
    return [f"{prefix}{serial:0{width}d}" for serial in range(start, start + count)]


def register_entrants(db: Database, actor: Actor, event_id: int, member_ids: Sequence[int], *,
                      registered_on: date | None = None) -> RegisterResult:
    """Enter members in the event's first stage, numbered in the order given; one transaction."""
    actor.require(Permission.MANAGE_COMPETITIONS)
    with db.write() as session:
        event = live_event(session, event_id)
        stage = first_stage(session, event_id)
        require_open(stage, event, "再报名")
        entered = set(session.execute(select(Entry.member_id).where(Entry.event_id == event_id)).scalars())
        wanted = list(dict.fromkeys(member_ids))
        people = {m.id: m for start in range(0, len(wanted), CHUNK) for m in session.execute(
            select(Member).where(Member.id.in_(wanted[start:start + CHUNK]))).scalars()}
        refused = [f"{people[i].name}（{people[i].status}）" if i in people else f"编号 {i}（不存在）"
                   for i in wanted if i not in people or people[i].deleted_at is not None
                   or people[i].status != MemberStatus.ACTIVE.value]
        fresh = [people[i] for i in wanted if i in people and i not in entered and people[i].deleted_at is None
                 and people[i].status == MemberStatus.ACTIVE.value]
        numbers = _next_numbers(session, event, len(fresh))
        entries = [Entry(event_id=event_id, member_id=m.id, entry_no=no, union_id=m.union_id, employer=m.employer,
                         registered_on=registered_on or date.today()) for m, no in zip(fresh, numbers, strict=True)]
        session.add_all(entries)
        session.flush()
        session.add_all(StageResult(stage_id=stage.id, entry_id=e.id) for e in entries)
        if entries:
            names = "、".join(m.name for m in fresh[:20]) + ("等" if len(fresh) > 20 else "")
            audit.record(session, actor, "create", f"“{event.name}”报名 {len(entries)} 人：{names}",
                         entity="competition_event", entity_id=event_id,
                         changes={"entry_no": (None, f"{numbers[0]}～{numbers[-1]}")})
        return RegisterResult(len(entries), [people[i].name for i in wanted if i in entered], refused)


def delete_entry(db: Database, actor: Actor, entry_id: int) -> None:
    """A registration made by mistake; an entrant who has scores is withdrawn instead, never deleted."""
    actor.require(Permission.MANAGE_COMPETITIONS)
    with db.write() as session:
        entry = session.get(Entry, entry_id)
        if entry is None:
            raise NotFoundError("找不到该参赛记录，请刷新后重试")
        event = live_event(session, entry.event_id)
        require_open(first_stage(session, event.id), event, "删除报名")
        results = list(session.execute(select(StageResult).where(StageResult.entry_id == entry_id)).scalars())
        if any(r.theory is not None or r.practical is not None for r in results) or len(results) > 1:
            raise ValidationError(f"参赛编号 {entry.entry_no} 已有成绩，不能删除，请改为弃权", field="参赛记录")
        name = session.get(Member, entry.member_id)
        session.delete(entry)
        session.flush()
        who = name.name if name else ""
        audit.record(session, actor, "delete", f"删除“{event.name}”报名 {entry.entry_no}（{who}）",
                     entity="competition_entry", entity_id=entry_id, changes={"entry_no": (entry.entry_no, None)})


def set_entry_state(db: Database, actor: Actor, result_id: int, state: EntryState, reason: str = "") -> None:
    """Withdraw (弃权) or disqualify (取消资格) an entrant in one stage, or reinstate them; the stage re-ranks."""
    actor.require(Permission.MANAGE_COMPETITIONS)
    reason = reason.strip()
    if state is not EntryState.COMPETING and not reason:
        raise ValidationError(f"请填写{state.value}的原因", field="原因")
    with db.write() as session:
        result = session.get(StageResult, result_id)
        if result is None:
            raise NotFoundError("找不到该选手的成绩记录，请刷新后重试")
        stage = live_stage(session, result.stage_id)
        event = live_event(session, stage.event_id)
        require_open(stage, event, f"改为{state.value}")
        entry = session.get(Entry, result.entry_id)
        assert entry is not None
        old = result.state
        if old == state.value:
            return
        result.state, result.state_reason = state.value, (reason[:200] or None)
        session.flush()
        member = session.get(Member, entry.member_id)
        audit.record(session, actor, "update", f"“{event.name}”{stage.name} {entry.entry_no}"
                     f"（{member.name if member else ''}）{old} → {state.value}" + (f"：{reason}" if reason else ""),
                     entity="competition_result", entity_id=result.id,
                     changes={"state": (old, state.value), "state_reason": (None, reason or None)})


def _entry_query(event_id: int):  # type: ignore[no-untyped-def]
    furthest = (select(StageResult.entry_id, func.max(CompetitionStage.seq).label("seq"))
                .join(CompetitionStage, CompetitionStage.id == StageResult.stage_id)
                .where(CompetitionStage.event_id == event_id).group_by(StageResult.entry_id).subquery())
    return (select(Entry.id, Entry.member_id, Entry.entry_no, Member.name, Member.sex, Entry.employer,
                   Organisation.name, CompetitionStage.name, StageResult.state)
            .join(Member, Member.id == Entry.member_id).join(Organisation, Organisation.id == Entry.union_id)
            .join(furthest, furthest.c.entry_id == Entry.id)
            .join(CompetitionStage, (CompetitionStage.event_id == event_id) & (CompetitionStage.seq == furthest.c.seq))
            .join(StageResult, (StageResult.entry_id == Entry.id) & (StageResult.stage_id == CompetitionStage.id))
            .where(Entry.event_id == event_id).order_by(Entry.entry_no))


def event_entries(db: Database, actor: Actor, event_id: int) -> list[EntryRow]:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        live_event(session, event_id)
        return [EntryRow(r[0], r[1], r[2], r[3], r[4], r[5] or "", r[6], r[7], r[8])
                for r in session.execute(_entry_query(event_id))]


_ENTRY_COLUMNS = (Column("参赛编号", 10), Column("姓名", 10), Column("性别", 5), Column("工作单位", 28),
                  Column("所属基层工会", 28), Column("已进入阶段", 10), Column("状态", 9))


def entries_document(db: Database, actor: Actor, event_id: int) -> ListDocument:
    """The event's entrants as the page lists them (报名名单)."""
    actor.require(Permission.VIEW_RECORDS)

    def rows(session: Session) -> Iterator[list[object]]:
        for r in session.execute(_entry_query(event_id)):
            yield [r[2], r[3], r[4], r[5] or "", r[6], r[7], r[8]]

    def count(session: Session) -> int:
        return int(session.scalar(select(func.count()).select_from(Entry).where(Entry.event_id == event_id)) or 0)

    def filter_text(session: Session) -> str:
        return f"赛项：{live_event(session, event_id).name}"

    return ListDocument("参赛选手名单", _ENTRY_COLUMNS, rows, count, filter_text, "competition_entry", units="单位：人")
