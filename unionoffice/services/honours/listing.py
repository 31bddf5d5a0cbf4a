"""Reading the register: the honours of a list or of a member, in the decision's order."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models.documents import Certificate
from unionoffice.db.models.honours import Honour, HonourList
from unionoffice.domain.common.errors import NotFoundError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.honours import decision as words
from unionoffice.domain.honours.rules import BasisKind, HonourType, ListStatus, RecipientKind, honour_name
from unionoffice.services.core.context import Actor
from unionoffice.services.honours.register import HonourDraft, load_list


@dataclass(frozen=True)
class HonourRow:
    id: int
    list_id: int
    honour_type: HonourType
    honour: str  # as printed: 示例区五一劳动奖章
    recipient_kind: RecipientKind
    name: str
    unit: str
    member_id: int | None
    organisation_id: int | None
    team_name: str
    basis_kind: BasisKind
    basis_text: str
    basis_event: str
    basis_source: tuple[str, int] | None
    status: str  # 草拟 / 已授予 / 已撤销
    certificate: str  # its number, "" when none
    revoke_reason: str

    @property
    def revoked(self) -> bool:
        return self.status == REVOKED

    def draft(self) -> HonourDraft:
        return HonourDraft(self.honour_type, self.member_id, self.organisation_id, self.team_name, self.basis_kind,
                           self.basis_text, self.basis_event, self.basis_source)


GRANTED, REVOKED = "已授予", "已撤销"



def _status(row: Honour, honour_list: HonourList) -> str:
    if row.revoked_at is not None:
        return REVOKED
    return GRANTED if honour_list.status == ListStatus.FINAL else ListStatus.DRAFT.value


def _row(row: Honour, honour_list: HonourList, certificate: str | None) -> HonourRow:
    source = (row.basis_source_type, row.basis_source_id) if row.basis_source_type and row.basis_source_id else None
    honour_type = HonourType(row.honour_type)
    return HonourRow(row.id, row.list_id, honour_type, honour_name(honour_list.region, honour_type),
                     RecipientKind(row.recipient_kind), row.recipient_name, row.unit, row.member_id,
                     row.organisation_id, row.team_name or "", BasisKind(row.basis_kind), row.basis_text,
                     row.basis_event, source, _status(row, honour_list), certificate or "", row.revoke_reason or "")


def honours_in(session: Session, query_filter: ColumnElement[bool]) -> list[HonourRow]:
    """Honours matching a filter on Honour/HonourList, in the decision's order: honour, then list order."""
    order = {t.value: i for i, t in enumerate(HonourType)}
    rows = session.execute(
        select(Honour, HonourList, Certificate.number).join(HonourList, HonourList.id == Honour.list_id)
        .outerjoin(Certificate, Certificate.id == Honour.certificate_id).where(query_filter)
        .order_by(HonourList.year.desc(), HonourList.id, Honour.id)).all()
    result = [_row(h, hl, number) for h, hl, number in rows]
    result.sort(key=lambda r: (order[r.honour_type.value],))
    return result


def honour_rows(db: Database, actor: Actor, list_id: int) -> list[HonourRow]:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        load_list(session, list_id)
        return honours_in(session, Honour.list_id == list_id)


def honour_row(db: Database, actor: Actor, honour_id: int) -> HonourRow:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        found = honours_in(session, Honour.id == honour_id)
        if not found:
            raise NotFoundError(f"找不到荣誉记录（编号 {honour_id}）")
        return found[0]


@dataclass(frozen=True)
class MemberHonour:
    year: int
    honour: str
    level: str
    issuer: str
    doc_number: str
    basis: str
    status: str
    certificate: str


def member_honours(db: Database, actor: Actor, member_id: int) -> list[MemberHonour]:
    """A member's honours in the register, newest first (the member page's tab), drafts and revoked ones marked."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        rows = session.execute(
            select(Honour, HonourList, Certificate.number).join(HonourList, HonourList.id == Honour.list_id)
            .outerjoin(Certificate, Certificate.id == Honour.certificate_id).where(Honour.member_id == member_id)
            .order_by(HonourList.year.desc(), Honour.id.desc())).all()
        return [MemberHonour(hl.year, honour_name(hl.region, HonourType(h.honour_type)), hl.level, hl.issuer,
                             hl.doc_number or "", f"{h.basis_kind}：{h.basis_text}", _status(h, hl), number or "")
                for h, hl, number in rows]


def list_honourees(session: Session, list_id: int) -> list[words.Honouree]:
    """The honours of a list that stand (not revoked), as the decision lists them."""
    return [words.Honouree(r.honour_type, r.name, r.unit, r.basis_kind, r.basis_event)
            for r in honours_in(session, (Honour.list_id == list_id) & Honour.revoked_at.is_(None))]
