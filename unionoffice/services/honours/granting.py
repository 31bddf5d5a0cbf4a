"""Finalising a list (the quota enforced, the 文号 fixed, members' distinctions written) and revoking an honour."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.db.base import utcnow
from unionoffice.db.engine import Database
from unionoffice.db.models import Setting
from unionoffice.db.models.documents import Certificate
from unionoffice.db.models.honours import Honour, HonourList
from unionoffice.documents.templates import DocumentKind
from unionoffice.documents.text import fill_fields
from unionoffice.domain.common.errors import ConflictError, DuplicateError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.honours.rules import (
    DEFAULT_QUOTA_PERCENT,
    QUOTA_TYPES,
    BasisKind,
    HonourType,
    ListStatus,
    QuotaFigures,
    check_percent,
    clean_text,
    honour_name,
    quota_figures,
)
from unionoffice.services.certificates.templates import template_in_session
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.honours.register import ENTITY_HONOUR, ENTITY_LIST, load_honour, load_list
from unionoffice.services.members.distinctions import record_distinction, withdraw_distinctions

QUOTA_SETTING = "honours_quota_percent"
# What a member's distinction points back to: the honour it came from (docs: services/members/distinctions.py).
SOURCE_TYPE = "honour_award"


def quota_percent(session: Session) -> int:
    row = session.get(Setting, QUOTA_SETTING)
    return int(row.value) if row is not None else DEFAULT_QUOTA_PERCENT


def quota_setting(db: Database, actor: Actor) -> int:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return quota_percent(session)


def set_quota_percent(db: Database, actor: Actor, percent: int) -> None:
    """The share of May-Day and Worker-Pioneer honours kept for competition and innovation winners (an office
    setting: the article's figure is 10 %)."""
    actor.require(Permission.OFFICE_SETTINGS)
    check_percent(percent)
    with db.write() as session:
        old = quota_percent(session)
        session.merge(Setting(key=QUOTA_SETTING, value=str(percent)))
        audit.record(session, actor, "update", f"竞赛和创新获奖者在五一劳动奖和工人先锋号中的最低比例改为 {percent}%",
                     entity="setting", entity_id=QUOTA_SETTING, changes={"value": (old, percent)})


def year_quota_in(session: Session, year: int, list_id: int | None) -> QuotaFigures:
    """The year's own honours that stand: every finalised own list, plus the draft `list_id` as it is now."""
    counted = HonourList.status == ListStatus.FINAL.value
    if list_id is not None:
        counted = counted | (HonourList.id == list_id)
    rows = session.execute(select(Honour.honour_type, Honour.basis_kind).join(HonourList)
                           .where(HonourList.year == year, HonourList.own.is_(True), counted,
                                  Honour.revoked_at.is_(None))).all()
    return quota_figures(year, [(HonourType(t), BasisKind(b)) for t, b in rows], quota_percent(session))


def holds_quota_honours(session: Session, list_id: int) -> bool:
    """Whether the list gives any May-Day or Worker-Pioneer honour, the ones the quota is about."""
    return session.execute(select(Honour.id).where(
        Honour.list_id == list_id, Honour.revoked_at.is_(None),
        Honour.honour_type.in_([t.value for t in QUOTA_TYPES])).limit(1)).first() is not None


def year_quota(db: Database, actor: Actor, year: int, list_id: int | None = None) -> QuotaFigures:
    """The figures shown live while `list_id` is drafted (or the year's granted honours when None)."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return year_quota_in(session, year, list_id)


@dataclass(frozen=True)
class FinaliseResult:
    name: str
    doc_number: str
    granted: int
    distinctions: int
    quota: QuotaFigures | None  # own lists giving May-Day or Worker-Pioneer honours only


def _own_doc_number(session: Session, honour_list: HonourList, decision_date: date, serial: int | None) -> str:
    if serial is None or not 1 <= serial <= 9999:
        raise ValidationError("请填写表彰决定的发文序号（例如 12）", field="发文序号")
    template = template_in_session(session, DocumentKind.DECISION)
    values = {**template.extra, "年份": str(decision_date.year), "发文序号": str(serial)}
    number = fill_fields(template.doc_number, values, where="发文字号")
    taken = session.scalars(select(HonourList.name).where(HonourList.doc_number == number,
                                                           HonourList.id != honour_list.id)).first()
    if taken is not None:
        raise DuplicateError(f"文号 {number} 已用于「{taken}」", field="发文序号")
    return number


def _grant(session: Session, honour_list: HonourList, decision_date: date) -> tuple[int, int]:
    """Members' distinctions for the individual honours; returns (honours granted, distinctions written)."""
    honours = list(session.scalars(select(Honour).where(Honour.list_id == honour_list.id,
                                                        Honour.revoked_at.is_(None))))
    written = 0
    for honour in honours:
        honour_type = HonourType(honour.honour_type)
        kind = honour_type.spec.distinction
        if kind is None or honour.member_id is None:
            continue
        record_distinction(session, honour.member_id, kind=kind, title=honour_name(honour_list.region, honour_type),
                           year=honour_list.year, source_type=SOURCE_TYPE, source_id=honour.id,
                           level=honour_list.level, granted_on=decision_date)
        written += 1
    return len(honours), written


def finalise_list(db: Database, actor: Actor, list_id: int, decision_date: date, *, doc_serial: int | None = None,
                  doc_number: str = "") -> FinaliseResult:
    """Grant every honour of a draft list at once. An own list must keep the year's quota for competition and
    innovation winners (checked in this transaction, docs/reliability.md §1b "Count before you check") and gets its
    文号 from the decision template and `doc_serial`; a list recorded from above takes the granting body's 文号."""
    actor.require(Permission.MANAGE_HONOURS)
    with db.write() as session:
        found = session.execute(select(HonourList.year, HonourList.own).where(HonourList.id == list_id)).first()
        if found is not None and found.own:
            _lock_year(session, found.year)  # before this list's own row lock: every finaliser locks in one order
        return finalise_in(session, actor, load_list(session, list_id, draft=True), decision_date,
                           doc_serial=doc_serial, doc_number=doc_number)


def _lock_year(session: Session, year: int) -> None:
    """Count before you check (docs/reliability.md §1b): two lists of one year finalised at once on PostgreSQL would
    each count only the other's draft state; locking the year's own lists makes the second wait and then count the
    first as finalised. (SQLite: BEGIN IMMEDIATE already lets one writer in at a time.)"""
    session.execute(select(HonourList.id).where(HonourList.year == year, HonourList.own.is_(True))
                    .order_by(HonourList.id).with_for_update()).all()


def finalise_in(session: Session, actor: Actor, honour_list: HonourList, decision_date: date, *,
                doc_serial: int | None = None, doc_number: str = "") -> FinaliseResult:
    """Inside the caller's transaction; the caller has checked its permission and that the list is a draft."""
    quota = None
    if honour_list.own:
        _lock_year(session, honour_list.year)
        number = _own_doc_number(session, honour_list, decision_date, doc_serial)
        if holds_quota_honours(session, honour_list.id):  # a list of union-work titles cannot change the share
            quota = year_quota_in(session, honour_list.year, honour_list.id)
            if not quota.met:
                raise ValidationError(quota.refusal(), field="竞赛获奖者比例")
    else:
        number = clean_text(doc_number, "文号", required=True, limit=60)
    granted, written = _grant(session, honour_list, decision_date)
    if not granted:
        raise ValidationError(f"「{honour_list.name}」中还没有荣誉，不能定稿", field="名单")
    serial = doc_serial if honour_list.own else None
    changes = audit.diff(honour_list, {"status": ListStatus.FINAL.value, "doc_number": number,
                                       "decision_date": decision_date, "doc_serial": serial})
    honour_list.status, honour_list.doc_number = ListStatus.FINAL.value, number
    honour_list.decision_date, honour_list.doc_serial = decision_date, serial
    honour_list.finalised_at, honour_list.finalised_by = utcnow(), actor.username
    session.flush()
    audit.record(session, actor, "update", f"表彰名单「{honour_list.name}」定稿（{number}），授予 {granted} 项荣誉",
                 entity=ENTITY_LIST, entity_id=honour_list.id, changes=changes)
    return FinaliseResult(honour_list.name, number, granted, written, quota)


@dataclass(frozen=True)
class RevokeResult:
    name: str
    certificate: str  # the number of the certificate revoked with it, "" if none had been issued
    quota: QuotaFigures | None  # the year's figures after the revocation (own lists)


def revoke_honour(db: Database, actor: Actor, honour_id: int, reason: str) -> RevokeResult:
    """Withdraw a granted honour: the member loses the distinction and the certificate is revoked, in one
    transaction. The year's quota may fall below its share; the figures come back so the page can say so."""
    actor.require(Permission.MANAGE_HONOURS)
    why = clean_text(reason, "撤销原因", required=True)
    with db.write() as session:
        honour = load_honour(session, honour_id)
        honour_list = load_list(session, honour.list_id)
        if honour_list.status != ListStatus.FINAL.value:
            raise ConflictError("草拟名单中的荣誉直接删去即可，不需要撤销")
        if honour.revoked_at is not None:
            raise ConflictError(f"{honour.recipient_name} 的{honour.honour_type}已于此前撤销")
        honour.revoked_at, honour.revoke_reason = utcnow(), why
        withdraw_distinctions(session, SOURCE_TYPE, honour.id)
        number = _revoke_certificate(session, actor, honour.certificate_id, why)
        session.flush()
        audit.record(session, actor, "delete", f"撤销 {honour.recipient_name} 的{honour.honour_type}："
                     f"{why}（{honour_list.name}）", entity=ENTITY_HONOUR, entity_id=honour.id,
                     changes={"revoke_reason": (None, why)})
        quota = year_quota_in(session, honour_list.year, None) if honour_list.own else None
        return RevokeResult(honour.recipient_name, number, quota)


def _revoke_certificate(session: Session, actor: Actor, certificate_id: int | None, reason: str) -> str:
    """As services/certificates/issuing.revoke does, but inside the honour's transaction: both or neither."""
    cert = session.get(Certificate, certificate_id) if certificate_id is not None else None
    if cert is None or cert.revoked_at is not None:
        return ""
    cert.revoked_at, cert.revoke_reason = utcnow(), f"荣誉已撤销：{reason}"[:200]
    session.flush()
    audit.record(session, actor, "delete", f"作废证书 {cert.number}（{cert.person_name}）：荣誉已撤销",
                 entity="certificate", entity_id=cert.id, changes={"revoke_reason": (None, cert.revoke_reason)})
    return cert.number
