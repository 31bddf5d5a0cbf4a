"""Honour lists and the honours in them: draft a list for a year, add people, units and teams, read them back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models.honours import Honour, HonourList
from unionoffice.documents.templates import DocumentKind
from unionoffice.domain.common.errors import ConflictError, DuplicateError, NotFoundError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.honours import decision as words
from unionoffice.domain.honours.rules import (
    LEVELS,
    BasisKind,
    HonourType,
    ListStatus,
    check_year,
    clean_text,
    event_of,
    honour_name,
    region_of,
)
from unionoffice.services.certificates.templates import template_in_session
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.honours.recipients import Recipient, recipient_of

ENTITY_LIST, ENTITY_HONOUR = "honour_list", "honour"


@dataclass(frozen=True)
class ListDraft:
    """What a clerk fills in for a list. Blank name, issuer and region take their defaults."""

    year: int
    name: str = ""
    level: str = LEVELS[0]
    issuer: str = ""  # the granting body; an own list's default is the office's decision template issuer
    region: str = ""  # printed before each honour; default from the issuer (示例区总工会 → 示例区)
    own: bool = True
    decision_title: str = ""  # "" → 关于表彰{name}的决定
    decision_body: str = ""  # "" → the default body with the list's figures


@dataclass(frozen=True)
class ListRow:
    id: int
    year: int
    name: str
    level: str
    issuer: str
    region: str
    own: bool
    status: ListStatus
    doc_number: str
    decision_date: date | None
    honours: int  # not revoked
    revoked: int
    certificates: int

    @property
    def is_draft(self) -> bool:
        return self.status is ListStatus.DRAFT


@dataclass(frozen=True)
class HonourDraft:
    honour_type: HonourType
    member_id: int | None = None
    organisation_id: int | None = None
    team_name: str = ""
    basis_kind: BasisKind = BasisKind.DEED
    basis_text: str = ""  # a competition basis taken from a distinction may leave this blank: its title is used
    basis_event: str = ""  # blank: the event read from the prize's title
    basis_source: tuple[str, int] | None = None  # the member distinction (source_type, source_id) it rests on


# -- lists -----------------------------------------------------------------------------------------------------------

def load_list(session: Session, list_id: int, *, draft: bool = False) -> HonourList:
    """`draft`: the caller changes the list, so its row is locked (PostgreSQL; SQLite's writer lock already covers
    it) and an honour cannot slip onto a list being finalised at the same moment."""
    row = session.get(HonourList, list_id, with_for_update=draft)
    if row is None:
        raise NotFoundError(f"找不到表彰名单（编号 {list_id}）")
    if draft and row.status != ListStatus.DRAFT:
        raise ConflictError(f"「{row.name}」已定稿，不能再修改；授予有误的荣誉请撤销")
    return row


def _list_values(session: Session, draft: ListDraft) -> dict[str, object]:
    year = check_year(draft.year)
    if draft.level not in LEVELS:
        raise ValidationError(f"级别「{draft.level}」无效，应为{'、'.join(LEVELS)}之一", field="级别")
    issuer = clean_text(draft.issuer, "授予单位", limit=100)
    if not issuer:
        if not draft.own:
            raise ValidationError("上级授予的荣誉请填写授予单位", field="授予单位")
        issuer = template_in_session(session, DocumentKind.DECISION).issuer
    region = clean_text(draft.region, "地区名称", limit=60) or region_of(issuer)
    name = clean_text(draft.name, "名单名称", limit=120) or words.default_list_name(year, region, [])
    return {"year": year, "name": name, "level": draft.level, "issuer": issuer, "region": region,
            "own": draft.own, "decision_title": clean_text(draft.decision_title, "决定标题") or None,
            "decision_body": clean_text_block(draft.decision_body) or None}


def clean_text_block(text: str, limit: int = 5000) -> str:
    """A body of paragraphs: each line trimmed, blank lines dropped."""
    body = "\n".join(line.strip() for line in text.splitlines() if line.strip())
    if len(body) > limit:
        raise ValidationError(f"决定正文不能超过 {limit} 个字", field="决定正文")
    return body


def create_list(db: Database, actor: Actor, draft: ListDraft) -> int:
    actor.require(Permission.MANAGE_HONOURS)
    with db.write() as session:
        return create_list_in(session, actor, draft).id


def create_list_in(session: Session, actor: Actor, draft: ListDraft) -> HonourList:
    """Inside the caller's transaction (the demo writes a year in one); the caller has checked its permission."""
    values = _list_values(session, draft)
    row = HonourList(**values, status=ListStatus.DRAFT.value)
    session.add(row)
    session.flush()
    audit.record(session, actor, "create", f"新建表彰名单「{row.name}」", entity=ENTITY_LIST, entity_id=row.id,
                 changes={k: (None, v) for k, v in values.items() if k != "decision_body"})
    return row


def update_list(db: Database, actor: Actor, list_id: int, draft: ListDraft) -> None:
    actor.require(Permission.MANAGE_HONOURS)
    with db.write() as session:
        row = load_list(session, list_id, draft=True)
        values = _list_values(session, draft)
        if values["own"] != row.own and _count(session, list_id):
            raise ConflictError("名单中已有荣誉，不能再改变“本单位授予/上级授予”")
        changes = audit.diff(row, values)
        for key, value in values.items():
            setattr(row, key, value)
        session.flush()
        if "year" in changes or "region" in changes:  # its honours now count in another year, or as other honours
            for honour in session.scalars(select(Honour).where(Honour.list_id == list_id)):
                _check_once_a_year(session, row, HonourType(honour.honour_type), honour.recipient_key,
                                   honour.recipient_name, honour.id)
        audit.record(session, actor, "update", f"修改表彰名单「{row.name}」", entity=ENTITY_LIST, entity_id=row.id,
                     changes=changes)


def delete_list(db: Database, actor: Actor, list_id: int) -> int:
    """A draft list and its honours; returns how many honours went with it."""
    actor.require(Permission.MANAGE_HONOURS)
    with db.write() as session:
        row = load_list(session, list_id, draft=True)
        honours = list(session.scalars(select(Honour).where(Honour.list_id == list_id)))
        for honour in honours:
            session.delete(honour)
        session.flush()
        audit.record(session, actor, "delete", f"删除草拟的表彰名单「{row.name}」（{len(honours)} 项荣誉）",
                     entity=ENTITY_LIST, entity_id=row.id)
        session.delete(row)
        return len(honours)


def _count(session: Session, list_id: int) -> int:
    return int(session.scalar(select(func.count()).select_from(Honour).where(Honour.list_id == list_id)) or 0)


def list_rows(db: Database, actor: Actor, year: int | None = None, *, list_id: int | None = None) -> list[ListRow]:
    """Lists newest year first, the office's own before those recorded from above, each with its honours, revoked
    honours and certificates counted."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        query = select(HonourList).order_by(HonourList.year.desc(), HonourList.own.desc(), HonourList.id)
        if year is not None:
            query = query.where(HonourList.year == year)
        if list_id is not None:
            query = query.where(HonourList.id == list_id)
        lists = list(session.scalars(query))
        counts = {lid: (int(live or 0), int(gone or 0), int(certs or 0)) for lid, live, gone, certs in session.execute(
            select(Honour.list_id, func.count(Honour.id).filter(Honour.revoked_at.is_(None)),
                   func.count(Honour.id).filter(Honour.revoked_at.is_not(None)),
                   func.count(Honour.certificate_id).filter(Honour.revoked_at.is_(None)))
            .where(Honour.list_id.in_([r.id for r in lists])).group_by(Honour.list_id))}
        return [ListRow(r.id, r.year, r.name, r.level, r.issuer, r.region, r.own, ListStatus(r.status),
                        r.doc_number or "", r.decision_date, *counts.get(r.id, (0, 0, 0))) for r in lists]


def list_row(db: Database, actor: Actor, list_id: int) -> ListRow:
    found = list_rows(db, actor, list_id=list_id)
    if not found:
        raise NotFoundError(f"找不到表彰名单（编号 {list_id}）")
    return found[0]


def list_draft(db: Database, actor: Actor, list_id: int) -> ListDraft:
    """The list as its editor shows it; blank decision texts stay blank (their defaults follow the honours)."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        r = load_list(session, list_id)
        return ListDraft(r.year, r.name, r.level, r.issuer, r.region, r.own, r.decision_title or "",
                         r.decision_body or "")


def years(db: Database, actor: Actor) -> list[int]:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return sorted(session.scalars(select(HonourList.year).distinct()), reverse=True)


# -- honours ---------------------------------------------------------------------------------------------------------

def _basis(session: Session, draft: HonourDraft, recipient: Recipient) -> dict[str, object]:
    text = clean_text(draft.basis_text, "表彰依据")
    source_type = source_id = None
    if draft.basis_source is not None:
        if draft.basis_kind is not BasisKind.COMPETITION or recipient.member_id is None:
            raise ValidationError("只有个人的竞赛获奖依据可以引用获奖记录", field="表彰依据")
        prize = recipient.prize(session, *draft.basis_source)
        source_type, source_id = draft.basis_source
        text = text or prize
    if not text:
        raise ValidationError(f"请填写{draft.basis_kind.value}的内容", field="表彰依据")
    event = ""
    if draft.basis_kind is BasisKind.COMPETITION:
        event = clean_text(draft.basis_event, "竞赛项目", limit=120) or event_of(text)
    return {"basis_kind": draft.basis_kind.value, "basis_text": text, "basis_event": event,
            "basis_source_type": source_type, "basis_source_id": source_id}


def _check_once_a_year(session: Session, honour_list: HonourList, honour_type: HonourType, key: str, name: str,
                       exclude: int | None) -> None:
    """The same honour (a 示例区五一劳动奖章, not a province's) goes to a recipient once a year."""
    year = honour_list.year
    query = (select(HonourList.name).join(Honour, Honour.list_id == HonourList.id)
             .where(HonourList.year == year, HonourList.region == honour_list.region,
                    Honour.honour_type == honour_type.value, Honour.recipient_key == key, Honour.revoked_at.is_(None)))
    if exclude is not None:
        query = query.where(Honour.id != exclude)
    other = session.scalars(query).first()
    if other is not None:
        raise DuplicateError(f"{name} 在「{other}」中已有{year}年度{honour_name(honour_list.region, honour_type)}，"
                             "同一荣誉一年只授予一次", field="授予对象")


def _honour_values(session: Session, honour_list: HonourList, draft: HonourDraft,
                   exclude: int | None) -> dict[str, object]:
    recipient = recipient_of(session, draft)
    _check_once_a_year(session, honour_list, draft.honour_type, recipient.key, recipient.name, exclude)
    return {"honour_type": draft.honour_type.value, "recipient_kind": recipient.kind.value,
            "member_id": recipient.member_id, "organisation_id": recipient.organisation_id,
            "team_name": recipient.team_name or None, "recipient_key": recipient.key,
            "recipient_name": recipient.name, "unit": recipient.unit, **_basis(session, draft, recipient)}


def add_honour(db: Database, actor: Actor, list_id: int, draft: HonourDraft) -> int:
    actor.require(Permission.MANAGE_HONOURS)
    with db.write() as session:
        return add_honour_in(session, actor, load_list(session, list_id, draft=True), draft).id


def add_honour_in(session: Session, actor: Actor, honour_list: HonourList, draft: HonourDraft) -> Honour:
    """Inside the caller's transaction, onto a draft list; the caller has checked its permission."""
    values = _honour_values(session, honour_list, draft, None)
    row = Honour(list_id=honour_list.id, **values)
    session.add(row)
    session.flush()
    audit.record(session, actor, "create", f"拟授予 {row.recipient_name} {row.honour_type}（{honour_list.name}）",
                 entity=ENTITY_HONOUR, entity_id=row.id,
                 changes={k: (None, v) for k, v in values.items() if v not in (None, "")})
    return row


def update_honour(db: Database, actor: Actor, honour_id: int, draft: HonourDraft) -> None:
    actor.require(Permission.MANAGE_HONOURS)
    with db.write() as session:
        row = load_honour(session, honour_id)
        honour_list = load_list(session, row.list_id, draft=True)
        values = _honour_values(session, honour_list, draft, honour_id)
        changes = audit.diff(row, values)
        for key, value in values.items():
            setattr(row, key, value)
        session.flush()
        audit.record(session, actor, "update", f"修改拟授予 {row.recipient_name} 的{row.honour_type}",
                     entity=ENTITY_HONOUR, entity_id=row.id, changes=changes)


def remove_honours(db: Database, actor: Actor, honour_ids: list[int]) -> int:
    """Take honours off a draft list (a finalised honour is revoked instead, with a reason)."""
    actor.require(Permission.MANAGE_HONOURS)
    with db.write() as session:
        for honour_id in dict.fromkeys(honour_ids):
            row = load_honour(session, honour_id)
            load_list(session, row.list_id, draft=True)
            audit.record(session, actor, "delete", f"从草拟名单中删去 {row.recipient_name} 的{row.honour_type}",
                         entity=ENTITY_HONOUR, entity_id=row.id)
            session.delete(row)
        return len(set(honour_ids))


def load_honour(session: Session, honour_id: int) -> Honour:
    row = session.get(Honour, honour_id)
    if row is None:
        raise NotFoundError(f"找不到荣誉记录（编号 {honour_id}）")
    return row
