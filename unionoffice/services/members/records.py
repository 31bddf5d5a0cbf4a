"""Member records: register, edit, membership lifecycle, soft delete; one transaction and audit entry each."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from unionoffice.db.base import utcnow
from unionoffice.db.engine import Database
from unionoffice.db.models import Member, MemberNameGram, MembershipEvent, Organisation
from unionoffice.db.models.organisation import GRASSROOTS
from unionoffice.domain.common.errors import (
    DuplicateError,
    NotFoundError,
    StaleRecordError,
    ValidationError,
)
from unionoffice.domain.common.idnumber import mask_id
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.common.phone import mask_account, mask_phone
from unionoffice.domain.members.fields import member_label
from unionoffice.domain.members.membership import EventKind, MemberStatus, check_event_date, next_status
from unionoffice.domain.members.pinyin import NAME_DOTS, name_pinyin
from unionoffice.domain.members.rules import MemberCheck, MemberDraft, check_member
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor


@dataclass(frozen=True)
class HistoryEntry:
    kind: str
    event_date: date
    from_union: str | None
    to_union: str | None
    status_after: str
    reason: str | None
    created_by: str | None


def name_grams(name: str) -> set[str]:
    """Every 1- and 2-character piece of the name (the separator · excluded)."""
    chars = [c for c in name if c not in NAME_DOTS and not c.isspace()]
    grams = set(chars)
    grams.update(a + b for a, b in zip(chars, chars[1:], strict=False))
    return grams


def derived_columns(values: dict[str, object]) -> dict[str, object]:
    """Search columns computed from the record: pinyin, reversed ID and phone."""
    full, initials = name_pinyin(str(values["name"]))
    phone = values.get("phone")
    return {
        "pinyin_full": full,
        "pinyin_initials": initials,
        "id_reversed": str(values["id_number"])[::-1],
        "phone_reversed": str(phone)[::-1] if phone else None,
    }


def existing_by_id_number(session: Session, id_number: str) -> Member | None:
    return session.execute(select(Member).where(Member.id_number == id_number)).scalars().first()


def _union_name(session: Session, union_id: int | None) -> str:
    if union_id is None:
        return ""
    org = session.get(Organisation, union_id)
    return org.name if org else f"#{union_id}"


def duplicate_message(session: Session, other: Member) -> str:
    where = _union_name(session, other.union_id)
    state = "（已删除，可由审核人恢复）" if other.deleted_at else ""
    return f"该身份证号已登记为会员：{other.name}，{where}，会员编号 {other.id}{state}"


def _require_grassroots(session: Session, union_id: int | None) -> Organisation:
    org = session.get(Organisation, union_id) if union_id is not None else None
    if org is None or org.kind != GRASSROOTS or org.deleted_at is not None:
        raise ValidationError("所选工会不存在或不是基层工会", field=member_label("union_id"), key="union_id")
    return org


def validated(draft: MemberDraft, today: date | None = None) -> MemberCheck:
    check = check_member(draft, today or date.today())
    check.raise_first()
    return check


def write_grams(session: Session, member_id: int, name: str) -> None:
    session.execute(delete(MemberNameGram).where(MemberNameGram.member_id == member_id))
    session.execute(insert(MemberNameGram), [{"gram": g, "member_id": member_id} for g in name_grams(name)])


def id_number_taken(db: Database, actor: Actor, id_number: str, *, member_id: int | None = None) -> str | None:
    """What `create_member`/`update_member` would refuse for `id_number` (a valid, normalised 18-character number):
    the message naming the member who holds it already, or None. The editor asks as soon as the number is complete."""
    actor.require(Permission.EDIT_MEMBERS)
    with db.read() as session:
        other = existing_by_id_number(session, id_number)
        if other is None or other.id == member_id:
            return None
        return duplicate_message(session, other)


def create_member(db: Database, actor: Actor, draft: MemberDraft, *, today: date | None = None) -> int:
    """Register a member who joins on `draft.join_date`; refuses a second record for the same person."""
    actor.require(Permission.EDIT_MEMBERS)
    values = validated(draft, today).values
    with db.write() as session:
        union = _require_grassroots(session, draft.union_id)
        other = existing_by_id_number(session, str(values["id_number"]))
        if other is not None:
            raise DuplicateError(duplicate_message(session, other), field=member_label("id_number"), key="id_number")
        join_date = values["join_date"]
        assert isinstance(join_date, date)
        member = Member(**values, **derived_columns(values), status=MemberStatus.ACTIVE.value, status_date=join_date)
        session.add(member)
        session.flush()
        session.add(MembershipEvent(member_id=member.id, kind=EventKind.JOIN.value, event_date=join_date,
                                    to_union_id=union.id, status_after=MemberStatus.ACTIVE.value,
                                    created_by=actor.username))
        write_grams(session, member.id, member.name)
        audit.record(session, actor, "create", f"登记会员 {member.name}（{mask_id(member.id_number)}）",
                     entity="member", entity_id=member.id, changes={k: (None, v) for k, v in values.items() if v})
        return member.id


def update_member(db: Database, actor: Actor, member_id: int, draft: MemberDraft, *,
                  expected_version: int | None = None, today: date | None = None) -> None:
    """Save edits; the union changes only by transfer, and a stale `expected_version` is refused."""
    actor.require(Permission.EDIT_MEMBERS)
    values = validated(draft, today).values
    with db.write() as session:
        # Locked until the save commits (PostgreSQL; SQLite's writer holds the file), so a save racing this one waits
        # and then sees the version this one wrote.
        member = _live_member(session, member_id, lock=True)
        if expected_version is not None and member.version != expected_version:
            raise StaleRecordError(f"会员 {member.name} 的记录已被他人修改，本次未保存。请对照下表，重新打开后再保存。",
                                   _conflict_rows(session, actor, member, values))
        if values["union_id"] != member.union_id:
            raise ValidationError("更换所属工会请办理转出和转入", field=member_label("union_id"), key="union_id")
        other = existing_by_id_number(session, str(values["id_number"]))
        if other is not None and other.id != member.id:
            raise DuplicateError(duplicate_message(session, other), field=member_label("id_number"), key="id_number")
        if values["join_date"] != member.join_date:
            _move_join_event(session, member, values["join_date"])  # type: ignore[arg-type]
        values.update(derived_columns(values))
        changes = audit.diff(member, values)
        if not changes:
            return
        for key, value in values.items():
            setattr(member, key, value)
        if "name" in changes:
            write_grams(session, member.id, member.name)
        audit.record(session, actor, "update", f"修改会员 {member.name}（{mask_id(member.id_number)}）",
                     entity="member", entity_id=member.id, changes=changes)


def _move_join_event(session: Session, member: Member, join_date: date) -> None:
    events = session.execute(
        select(MembershipEvent).where(MembershipEvent.member_id == member.id).order_by(MembershipEvent.event_date,
                                                                                       MembershipEvent.id)
    ).scalars().all()
    later = [e for e in events if e.kind != EventKind.JOIN.value]
    if later and join_date > later[0].event_date:
        first = later[0]
        raise ValidationError(f"不能晚于之后的会籍变动（{first.event_date:%Y-%m-%d} {first.kind}）",
                              field=member_label("join_date"), key="join_date")
    for event in events:
        if event.kind == EventKind.JOIN.value:
            event.event_date = join_date
    if not later:
        member.status_date = join_date


def _conflict_rows(session: Session, actor: Actor, member: Member,
                   values: dict[str, object]) -> tuple[tuple[str, str, str], ...]:
    """(field, what this clerk entered, what is saved now) for every field where the two differ, masked as the
    clerk's editor shows them (docs/reliability.md R2)."""
    full_id, full_phone = actor.may(Permission.VIEW_FULL_ID), actor.may(Permission.VIEW_FULL_PHONE)

    def shown(key: str, value: object) -> str:
        if value is None or value == "":
            return "（空）"
        if key == "union_id":
            union = session.get(Organisation, value)
            return union.name if union is not None else str(value)
        if key == "id_number" and not full_id:
            return mask_id(str(value))
        if key == "phone" and not full_phone:
            return mask_phone(str(value))
        if key == "card_number" and not full_id:
            return mask_account(str(value))
        if isinstance(value, bool):
            return "是" if value else "否"
        if isinstance(value, date):
            return f"{value:%Y-%m-%d}"
        return str(value)

    return tuple((member_label(key), shown(key, mine), shown(key, now))
                 for key, (now, mine) in audit.diff(member, values).items()
                 if shown(key, mine) != shown(key, now))


def _live_member(session: Session, member_id: int, *, lock: bool = False) -> Member:
    member = session.get(Member, member_id, with_for_update=lock or None)
    if member is None or member.deleted_at is not None:
        raise NotFoundError(f"找不到会员编号 {member_id}（可能已被删除）")
    return member


@dataclass(frozen=True)
class MemberDetail:
    """A member for the editor: the full ID only for roles that may see it (and that reveal is audited)."""

    draft: MemberDraft
    id: int
    version: int
    status: str
    status_date: date
    birth_date: date
    union_name: str
    id_number_masked: str
    full_id_visible: bool
    id_number_original: str | None


def reveals_full_id(db: Database, actor: Actor) -> bool:
    """Whether `member_detail` shows this actor the full ID, and so writes the audited reveal. A read-only database
    (damaged, or still being checked at start) cannot record a reveal, so it shows the masked number instead."""
    return actor.may(Permission.VIEW_FULL_ID) and db.read_only_reason is None


def member_detail(db: Database, actor: Actor, member_id: int) -> MemberDetail:
    """The member for the editor. A plain read; only a reveal of the full ID writes, its audit row in a short
    transaction of its own after the read (the record is not read under the write lock)."""
    actor.require(Permission.VIEW_RECORDS)
    full_id = reveals_full_id(db, actor)
    full_phone = actor.may(Permission.VIEW_FULL_PHONE)
    with db.read() as session:
        m = _live_member(session, member_id)
        draft = MemberDraft(
            name=m.name, id_number=m.id_number if full_id else mask_id(m.id_number), sex=m.sex,
            ethnicity=m.ethnicity, id_type=m.id_type, education=m.education or "",
            political_status=m.political_status or "", employment_status=m.employment_status or "",
            hukou_type=m.hukou_type or "", hukou_place=m.hukou_place or "", skill_grade=m.skill_grade or "",
            phone=(m.phone or "") if full_phone else mask_phone(m.phone), employer=m.employer or "",
            union_id=m.union_id, join_date=m.join_date,
            card_number=(m.card_number or "") if full_id else mask_account(m.card_number),
            internal_card_number=m.internal_card_number or "", is_migrant=m.is_migrant,
            hardship_category=m.hardship_category or "", hardship_file_no=m.hardship_file_no or "", note=m.note or "",
        )
        detail = MemberDetail(draft=draft, id=m.id, version=m.version, status=m.status, status_date=m.status_date,
                              birth_date=m.birth_date, union_name=_union_name(session, m.union_id),
                              id_number_masked=mask_id(m.id_number), full_id_visible=full_id,
                              id_number_original=m.id_number_original if full_id else None)
    if full_id:  # recorded before anyone sees the number: if the row cannot be written, the detail is not returned
        with db.write() as session:
            audit.record(session, actor, "reveal", f"查看会员 {draft.name} 的完整身份证号", entity="member",
                         entity_id=detail.id)
    return detail


def record_event(db: Database, actor: Actor, member_id: int, kind: EventKind, event_date: date, *,
                 reason: str = "", to_union_id: int | None = None, today: date | None = None) -> None:
    """One lifecycle step: transfer out (to a union, or pending), transfer in, retain, withdraw, death …"""
    actor.require(Permission.EDIT_MEMBERS)
    if kind == EventKind.JOIN:
        raise ValidationError("入会在登记会员时办理", field="变动类型")
    with db.write() as session:
        member = _live_member(session, member_id)
        last = session.execute(
            select(MembershipEvent.event_date).where(MembershipEvent.member_id == member_id)
            .order_by(MembershipEvent.event_date.desc()).limit(1)
        ).scalar()
        check_event_date(event_date, last, today or date.today())
        status = next_status(MemberStatus(member.status), kind)
        from_union = member.union_id
        target = to_union_id
        if kind == EventKind.TRANSFER_IN:
            target = to_union_id or _pending_target(session, member_id)
            if target is None:
                raise ValidationError("请选择转入的基层工会", field="转入工会")
            if target == member.union_id:
                raise ValidationError("转入工会与原工会相同", field="转入工会")
            _require_grassroots(session, target)
            member.union_id = target
        elif kind == EventKind.TRANSFER_OUT and to_union_id is not None:
            _require_grassroots(session, to_union_id)
        session.add(MembershipEvent(member_id=member_id, kind=kind.value, event_date=event_date,
                                    from_union_id=from_union, to_union_id=target, status_after=status.value,
                                    reason=reason.strip() or None, created_by=actor.username))
        changes: dict[str, tuple[object, object]] = {
            "status": (member.status, status.value),
            "status_date": (member.status_date, event_date),
        }
        if member.union_id != from_union:
            changes["union_id"] = (from_union, member.union_id)
        member.status, member.status_date = status.value, event_date
        audit.record(session, actor, "update", f"会员 {member.name} {kind.value}（{event_date:%Y-%m-%d}）",
                     entity="member", entity_id=member_id, changes=changes)


def _pending_target(session: Session, member_id: int) -> int | None:
    return session.execute(
        select(MembershipEvent.to_union_id).where(MembershipEvent.member_id == member_id,
                                                  MembershipEvent.kind == EventKind.TRANSFER_OUT.value)
        .order_by(MembershipEvent.id.desc()).limit(1)
    ).scalar()


def member_history(db: Database, actor: Actor, member_id: int) -> list[HistoryEntry]:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        events = session.execute(
            select(MembershipEvent).where(MembershipEvent.member_id == member_id)
            .order_by(MembershipEvent.event_date, MembershipEvent.id)
        ).scalars().all()
        names = {o.id: o.name for o in session.execute(select(Organisation)).scalars()}
        return [HistoryEntry(e.kind, e.event_date, names.get(e.from_union_id or 0), names.get(e.to_union_id or 0),
                             e.status_after, e.reason, e.created_by) for e in events]


def delete_members(db: Database, actor: Actor, member_ids: list[int]) -> int:
    """Move members to the trash: hidden from lists, search and export; restorable by a reviewer."""
    actor.require(Permission.DELETE_RECORDS)
    with db.write() as session:
        for member_id in member_ids:
            member = _live_member(session, member_id)
            member.deleted_at = utcnow()
            audit.record(session, actor, "delete", f"删除会员 {member.name}（{mask_id(member.id_number)}）",
                         entity="member", entity_id=member_id)
        return len(member_ids)


def restore_member(db: Database, actor: Actor, member_id: int) -> None:
    actor.require(Permission.RESTORE_RECORDS)
    with db.write() as session:
        member = session.get(Member, member_id)
        if member is None or member.deleted_at is None:
            raise NotFoundError(f"回收站中没有会员编号 {member_id}")
        member.deleted_at = None
        audit.record(session, actor, "restore", f"恢复会员 {member.name}（{mask_id(member.id_number)}）",
                     entity="member", entity_id=member_id)
