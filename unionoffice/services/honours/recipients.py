"""Who receives an honour (a member, a union's unit, a team within it) and the competition prizes it may rest on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, Organisation
from unionoffice.db.models.organisation import GRASSROOTS
from unionoffice.domain.common.errors import NotFoundError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.honours.rules import RecipientKind, clean_text
from unionoffice.domain.members.distinctions import DistinctionKind
from unionoffice.services.core.context import Actor
from unionoffice.services.members.distinctions import Distinction, distinctions_in

if TYPE_CHECKING:
    from unionoffice.services.honours.register import HonourDraft


@dataclass(frozen=True)
class Recipient:
    kind: RecipientKind
    key: str  # one honour of a type per recipient and list: m:12, u:5, t:5:检修一班
    name: str  # as printed on the certificate and in the decision
    unit: str = ""  # a person's employer
    member_id: int | None = None
    organisation_id: int | None = None
    team_name: str = ""

    def prize(self, session: Session, source_type: str, source_id: int) -> str:
        """The title of the member's competition prize recorded from `source`; refused if it is not theirs."""
        assert self.member_id is not None
        for found in distinctions_in(session, self.member_id, DistinctionKind.COMPETITION_PRIZE):
            if (found.source_type, found.source_id) == (source_type, source_id):
                return found.title
        raise ValidationError(f"{self.name} 没有这项竞赛获奖记录（{source_type} {source_id}）", field="表彰依据")


def _member(session: Session, member_id: int | None) -> Member:
    member = session.get(Member, member_id) if member_id is not None else None
    if member is None or member.deleted_at is not None:
        raise ValidationError("请选择获得荣誉的会员（已删除的会员不能授予）", field="授予对象")
    return member


def _union(session: Session, organisation_id: int | None, what: str) -> Organisation:
    union = session.get(Organisation, organisation_id) if organisation_id is not None else None
    if union is None or union.kind != GRASSROOTS or union.deleted_at is not None:
        raise ValidationError(f"请选择获得荣誉的{what}所在的基层工会", field="授予对象")
    return union


def recipient_of(session: Session, draft: HonourDraft) -> Recipient:
    """The recipient the honour's type calls for (a person, a unit or a team), as it is printed."""
    kind = draft.honour_type.spec.recipient
    if kind is RecipientKind.MEMBER:
        member = _member(session, draft.member_id)
        union = session.get(Organisation, member.union_id)
        unit = member.employer or (union.employer or union.name if union is not None else "")
        return Recipient(kind, f"m:{member.id}", member.name, unit, member_id=member.id)
    union = _union(session, draft.organisation_id, kind.value)
    unit_name = union.employer or union.name
    if kind is RecipientKind.UNION:
        return Recipient(kind, f"u:{union.id}", unit_name, organisation_id=union.id)
    team = clean_text(draft.team_name, "班组名称", required=True, limit=60)
    return Recipient(kind, f"t:{union.id}:{team}", f"{unit_name}{team}", organisation_id=union.id, team_name=team)


def competition_prizes(db: Database, actor: Actor, member_id: int) -> list[Distinction]:
    """The member's recorded competition prizes, newest first: what a competition-based honour may rest on."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        if session.get(Member, member_id) is None:
            raise NotFoundError(f"找不到会员（编号 {member_id}）")
        return distinctions_in(session, member_id, DistinctionKind.COMPETITION_PRIZE)
