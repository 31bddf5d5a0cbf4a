"""Recuperation (疗休养, docs/domain.md (b), (c)): batches with quotas, nominations by grassroots unions ranked with
model workers, skilled workers and competition winners first (members' distinctions), the approved list, who went,
and person-times with the border-area share."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, Organisation
from unionoffice.db.models.aid import RecuperationBatch, RecuperationNomination
from unionoffice.domain.aid.kinds import BatchState, NominationState, TargetGroup
from unionoffice.domain.aid.money import format_yuan
from unionoffice.domain.aid.recuperation import Nominee, PersonTimes, ranked, select_within_quota
from unionoffice.domain.common.errors import NotFoundError, ValidationError
from unionoffice.domain.common.idnumber import mask_id
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.members.distinctions import PRIORITY
from unionoffice.exchange.xlsx_report import INT, Column
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.lists import ListDocument
from unionoffice.services.members.distinctions import merit_priority

MERIT_YEARS = 5  # distinctions of the last five years put a nominee first


@dataclass(frozen=True)
class BatchDraft:
    year: int
    name: str
    destination: str
    start_date: date
    end_date: date
    quota: int
    subsidy_fen: int
    target_group: str = TargetGroup.FRONT_LINE.value
    border_area: bool = False
    note: str = ""


@dataclass(frozen=True)
class BatchRow:
    id: int
    draft: BatchDraft
    days: int
    state: str
    nominated: int
    selected: int
    went: int


@dataclass(frozen=True)
class NominationRow:
    id: int
    rank: int
    member_id: int
    name: str
    id_number: str  # masked
    union: str
    merit: str
    state: str


def _values(draft: BatchDraft) -> dict[str, object]:
    if not draft.name.strip() or not draft.destination.strip():
        raise ValidationError("批次名称和疗休养地点不能为空", field="批次")
    if draft.end_date < draft.start_date:
        raise ValidationError("结束日期不能早于开始日期", field="结束日期")
    if draft.quota <= 0 or draft.subsidy_fen < 0:
        raise ValidationError("名额应大于 0，补助不能为负数", field="名额")
    if draft.target_group not in {t.value for t in TargetGroup}:
        raise ValidationError(f"应为 {'、'.join(t.value for t in TargetGroup)} 之一", field="对象")
    return {"year": draft.year, "name": draft.name.strip(), "destination": draft.destination.strip(),
            "border_area": draft.border_area, "start_date": draft.start_date, "end_date": draft.end_date,
            "days": (draft.end_date - draft.start_date).days + 1, "quota": draft.quota,
            "subsidy_fen": draft.subsidy_fen, "target_group": draft.target_group, "note": draft.note.strip() or None}


def _batch(session: Session, batch_id: int) -> RecuperationBatch:
    row = session.get(RecuperationBatch, batch_id)
    if row is None:
        raise NotFoundError(f"没有编号为 {batch_id} 的疗休养批次")
    return row


def create_batch(db: Database, actor: Actor, draft: BatchDraft) -> int:
    actor.require(Permission.MANAGE_AID)
    values = _values(draft)
    with db.write() as session:
        row = RecuperationBatch(**values, state=BatchState.NOMINATING.value)
        session.add(row)
        session.flush()
        audit.record(session, actor, "create", f"建立疗休养批次“{row.name}”（{row.destination}，{row.quota} 人）",
                     entity="aid_recuperation_batch", entity_id=row.id,
                     changes={k: (None, v) for k, v in values.items()})
        return row.id


def update_batch(db: Database, actor: Actor, batch_id: int, draft: BatchDraft) -> None:
    actor.require(Permission.MANAGE_AID)
    values = _values(draft)
    with db.write() as session:
        row = _batch(session, batch_id)
        changes = audit.diff(row, values)
        for key, value in values.items():
            setattr(row, key, value)
        audit.record(session, actor, "update", f"修改疗休养批次“{row.name}”", entity="aid_recuperation_batch",
                     entity_id=batch_id, changes=changes)


def _counts(session: Session) -> dict[int, dict[str, int]]:
    counts: dict[int, dict[str, int]] = {}
    for batch_id, state, n in session.execute(select(RecuperationNomination.batch_id, RecuperationNomination.state,
                                                     func.count()).group_by(RecuperationNomination.batch_id,
                                                                            RecuperationNomination.state)):
        counts.setdefault(batch_id, {})[state] = int(n)
    return counts


def list_batches(db: Database, actor: Actor, *, year: int | None = None) -> list[BatchRow]:
    actor.require(Permission.VIEW_RECORDS)
    stmt = select(RecuperationBatch).order_by(RecuperationBatch.start_date, RecuperationBatch.id)
    if year is not None:
        stmt = stmt.where(RecuperationBatch.year == year)
    with db.read() as session:
        counts = _counts(session)
        rows = []
        for b in session.execute(stmt).scalars():
            c = counts.get(b.id, {})
            went = c.get(NominationState.WENT.value, 0)
            rows.append(BatchRow(b.id, BatchDraft(b.year, b.name, b.destination, b.start_date, b.end_date, b.quota,
                                                  b.subsidy_fen, b.target_group, b.border_area, b.note or ""),
                                 b.days, b.state, sum(c.values()), c.get(NominationState.SELECTED.value, 0) + went +
                                 c.get(NominationState.ABSENT.value, 0), went))
        return rows


def _merit_text(session: Session, member_ids: Sequence[int], year: int) -> dict[int, str]:
    priorities = merit_priority(session, member_ids, since_year=year - MERIT_YEARS)
    return {m: PRIORITY[p].value for m, p in priorities.items() if p < len(PRIORITY)}


def nominate(db: Database, actor: Actor, batch_id: int, member_ids: Sequence[int]) -> int:
    """Nominations of grassroots unions, in the order they sent them; returns how many were new."""
    actor.require(Permission.MANAGE_AID)
    with db.write() as session:
        batch = _batch(session, batch_id)
        if batch.state != BatchState.NOMINATING.value:
            raise ValidationError(f"批次“{batch.name}”的名单已审定，不能再提名", field="提名")
        taken = set(session.execute(select(RecuperationNomination.member_id)
                                    .where(RecuperationNomination.batch_id == batch_id)).scalars())
        order = session.execute(select(func.coalesce(func.max(RecuperationNomination.nominated_order), 0))
                                .where(RecuperationNomination.batch_id == batch_id)).scalar_one()
        members = {m.id: m for m in session.execute(select(Member).where(Member.id.in_(list(member_ids)),
                                                                         Member.deleted_at.is_(None))).scalars()}
        merit = _merit_text(session, list(members), batch.year)
        new = 0
        for member_id in dict.fromkeys(member_ids):
            member = members.get(member_id)
            if member is None:
                raise NotFoundError(f"没有编号为 {member_id} 的会员")
            if member.status != "在会":
                raise ValidationError(f"{member.name} 的会籍状态为“{member.status}”，不能提名", field="提名")
            if member_id in taken:
                continue
            order += 1
            new += 1
            session.add(RecuperationNomination(batch_id=batch_id, member_id=member_id, union_id=member.union_id,
                                               nominated_order=order, merit=merit.get(member_id),
                                               state=NominationState.NOMINATED.value))
        audit.record(session, actor, "create", f"疗休养批次“{batch.name}”提名 {new} 人",
                     entity="aid_recuperation_batch", entity_id=batch_id)
        return new


def _nominees(session: Session, batch: RecuperationBatch) -> list[tuple[Nominee, RecuperationNomination]]:
    rows = list(session.execute(select(RecuperationNomination, Member.pinyin_full)
                                .join(Member, Member.id == RecuperationNomination.member_id)
                                .where(RecuperationNomination.batch_id == batch.id)).all())
    priorities = merit_priority(session, [n.member_id for n, _ in rows], since_year=batch.year - MERIT_YEARS)
    return [(Nominee(n.id, priorities.get(n.member_id, len(PRIORITY)), n.nominated_order, pinyin), n)
            for n, pinyin in rows]


def approve_list(db: Database, actor: Actor, batch_id: int) -> tuple[int, int]:
    """The district approves the list: the first `quota` in rank order go; returns (selected, not selected)."""
    actor.require(Permission.REVIEW)
    with db.write() as session:
        batch = _batch(session, batch_id)
        if batch.state != BatchState.NOMINATING.value:
            raise ValidationError(f"批次“{batch.name}”的名单已审定", field="名单")
        pairs = _nominees(session, batch)
        if not pairs:
            raise ValidationError(f"批次“{batch.name}”还没有提名", field="名单")
        chosen, left = select_within_quota([n for n, _ in pairs], batch.quota)
        by_id = {n.id: n for _, n in pairs}
        for nid in chosen:
            by_id[nid].state = NominationState.SELECTED.value
        for nid in left:
            by_id[nid].state = NominationState.NOT_SELECTED.value
        batch.state = BatchState.APPROVED.value
        audit.record(session, actor, "update", f"审定疗休养批次“{batch.name}”名单：入选 {len(chosen)} 人，"
                     f"未入选 {len(left)} 人", entity="aid_recuperation_batch", entity_id=batch_id)
        return len(chosen), len(left)


def record_attendance(db: Database, actor: Actor, batch_id: int, went: Sequence[int]) -> int:
    """Who actually went (nomination ids); the others selected are recorded absent. Returns the person-times."""
    actor.require(Permission.MANAGE_AID)
    with db.write() as session:
        batch = _batch(session, batch_id)
        if batch.state == BatchState.NOMINATING.value:
            raise ValidationError("名单审定后才能登记参加情况", field="参加情况")
        rows = session.execute(select(RecuperationNomination).where(
            RecuperationNomination.batch_id == batch_id, RecuperationNomination.state.in_(
                [NominationState.SELECTED.value, NominationState.WENT.value, NominationState.ABSENT.value]))).scalars()
        wanted, count = set(went), 0
        for row in rows:
            row.state = (NominationState.WENT if row.id in wanted else NominationState.ABSENT).value
            count += row.id in wanted
        batch.state = BatchState.DONE.value
        audit.record(session, actor, "update", f"疗休养批次“{batch.name}”登记参加 {count} 人次",
                     entity="aid_recuperation_batch", entity_id=batch_id)
        return count


def nominations(db: Database, actor: Actor, batch_id: int) -> list[NominationRow]:
    """In rank order: merit first, then as the unions nominated."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return _nomination_rows(session, batch_id)


def _nomination_rows(session: Session, batch_id: int) -> list[NominationRow]:
    batch = _batch(session, batch_id)
    pairs = _nominees(session, batch)
    order = {n.nomination_id: i for i, n in enumerate(ranked([p for p, _ in pairs]), start=1)}
    people = select(Member.id, Member.name, Member.id_number).where(Member.id.in_([n.member_id for _, n in pairs]))
    members = {m: (name, idn) for m, name, idn in session.execute(people)}
    unions = dict(session.execute(select(Organisation.id, Organisation.name)).all())
    rows = [NominationRow(n.id, order[n.id], n.member_id, members[n.member_id][0], mask_id(members[n.member_id][1]),
                          unions.get(n.union_id, ""), n.merit or "", n.state) for _, n in pairs]
    return sorted(rows, key=lambda r: r.rank)


def person_times(db: Database, actor: Actor, year: int) -> PersonTimes:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return person_times_in(session, year)


def person_times_in(session: Session, year: int) -> PersonTimes:
    rows = session.execute(select(RecuperationBatch.border_area, func.count())
                           .join(RecuperationNomination, RecuperationNomination.batch_id == RecuperationBatch.id)
                           .where(RecuperationBatch.year == year,
                                  RecuperationNomination.state == NominationState.WENT.value)
                           .group_by(RecuperationBatch.border_area)).all()
    total = sum(int(n) for _b, n in rows)
    return PersonTimes(total, sum(int(n) for b, n in rows if b))


_NOMINATION_COLUMNS = (Column("名次", 6, INT), Column("姓名", 10), Column("身份证号", 21), Column("所属基层工会", 28),
                       Column("先进荣誉", 14), Column("状态", 9))


def nomination_list_document(db: Database, actor: Actor, batch_id: int) -> ListDocument:
    actor.require(Permission.VIEW_RECORDS)

    def rows(session: Session) -> Iterator[list[object]]:
        for r in _nomination_rows(session, batch_id):
            yield [r.rank, r.name, r.id_number, r.union, r.merit, r.state]

    def count(session: Session) -> int:
        return int(session.execute(select(func.count()).select_from(RecuperationNomination)
                                   .where(RecuperationNomination.batch_id == batch_id)).scalar_one())

    def filter_text(session: Session) -> str:
        batch = _batch(session, batch_id)
        return f"{batch.name}（{batch.destination}，补助 {format_yuan(batch.subsidy_fen)} 元/人）"

    return ListDocument("疗休养提名名单", _NOMINATION_COLUMNS, rows, count, filter_text, "aid_recuperation_batch",
                        units="单位：人")
