"""The district federation and its grassroots unions: create, edit, list as a tree."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, Organisation
from unionoffice.db.models.organisation import DISTRICT, GRASSROOTS
from unionoffice.domain.common.credit_code import parse_credit_code
from unionoffice.domain.common.errors import DuplicateError, NotFoundError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.members import dictionaries as d
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor


@dataclass
class UnionDraft:
    name: str
    employer: str = ""
    credit_code: str = ""
    unit_nature: str = ""
    economic_type: str = ""
    industry: str = ""
    contact_person: str = ""
    contact_phone: str = ""


@dataclass(frozen=True)
class OrgNode:
    id: int
    kind: str
    name: str
    parent_id: int | None
    member_count: int


def district(session: Session) -> Organisation | None:
    return session.execute(select(Organisation).where(Organisation.kind == DISTRICT)).scalars().first()


def create_district(db: Database, actor: Actor, name: str, admin_code: str) -> int:
    actor.require(Permission.OFFICE_SETTINGS)
    name = name.strip()
    if not name or len(name) > 100:
        raise ValidationError("不能为空，也不能超过 100 个字", field="区/县总工会名称")
    if len(admin_code) != 6 or not admin_code.isdigit():
        raise ValidationError("应为 6 位数字（GB/T 2260 行政区划代码）", field="行政区划代码")
    with db.write() as session:
        if district(session) is not None:
            raise DuplicateError("本数据库已有区/县总工会", field="区/县总工会名称")
        org = Organisation(kind=DISTRICT, name=name, admin_code=admin_code)
        session.add(org)
        session.flush()
        audit.record(session, actor, "create", f"建立区/县总工会“{name}”", entity="organisation", entity_id=org.id)
        return org.id


def _union_values(draft: UnionDraft) -> dict[str, object]:
    name = draft.name.strip()
    if not name:
        raise ValidationError("不能为空", field="工会名称")
    values: dict[str, object] = {
        "name": name,
        "employer": draft.employer.strip() or None,
        "credit_code": parse_credit_code(draft.credit_code) if draft.credit_code.strip() else None,
        "unit_nature": draft.unit_nature or None,
        "economic_type": draft.economic_type or None,
        "industry": draft.industry or None,
        "contact_person": draft.contact_person.strip() or None,
        "contact_phone": draft.contact_phone.strip() or None,
    }
    dictionary_fields = (("unit_nature", d.UNIT_NATURES, "单位性质"), ("economic_type", d.ECONOMIC_TYPES, "经济类型"),
                         ("industry", d.INDUSTRIES, "所属行业"))
    for key, choices, label in dictionary_fields:
        if values[key] is not None:
            d.require_choice(str(values[key]), choices, label)
    limits = (("name", 100, "工会名称"), ("employer", 100, "单位名称"), ("contact_person", 50, "联系人"),
              ("contact_phone", 20, "联系电话"))  # the columns' lengths (db/models/organisation.py)
    for key, limit, label in limits:
        if isinstance(values[key], str) and len(str(values[key])) > limit:
            raise ValidationError(f"不能超过 {limit} 个字", field=label)
    return values


def _check_unique(session: Session, values: dict[str, object], exclude_id: int | None) -> None:
    same_name = select(Organisation).where(Organisation.name == values["name"], Organisation.deleted_at.is_(None))
    if exclude_id is not None:
        same_name = same_name.where(Organisation.id != exclude_id)
    if session.execute(same_name).first():
        raise DuplicateError(f"已有同名工会“{values['name']}”", field="工会名称")
    if values["credit_code"]:
        same_code = select(Organisation).where(Organisation.credit_code == values["credit_code"])
        if exclude_id is not None:
            same_code = same_code.where(Organisation.id != exclude_id)
        other = session.execute(same_code).scalars().first()
        if other:
            raise DuplicateError(f"与“{other.name}”的统一社会信用代码相同", field="统一社会信用代码")


def create_union(db: Database, actor: Actor, draft: UnionDraft) -> int:
    actor.require(Permission.EDIT_ORGANISATIONS)
    values = _union_values(draft)
    with db.write() as session:
        parent = district(session)
        if parent is None:
            raise ValidationError("请先设置区/县总工会", field="上级工会")
        _check_unique(session, values, None)
        org = Organisation(kind=GRASSROOTS, parent_id=parent.id, **values)
        session.add(org)
        session.flush()
        audit.record(session, actor, "create", f"新建基层工会“{org.name}”", entity="organisation", entity_id=org.id,
                     changes={k: (None, v) for k, v in values.items() if v is not None})
        return org.id


def update_union(db: Database, actor: Actor, union_id: int, draft: UnionDraft) -> None:
    actor.require(Permission.EDIT_ORGANISATIONS)
    values = _union_values(draft)
    with db.write() as session:
        org = session.get(Organisation, union_id)
        if org is None or org.kind != GRASSROOTS:
            raise NotFoundError(f"找不到编号为 {union_id} 的基层工会")
        _check_unique(session, values, union_id)
        changes = audit.diff(org, values)
        for key, value in values.items():
            setattr(org, key, value)
        if changes:
            audit.record(session, actor, "update", f"修改基层工会“{org.name}”", entity="organisation",
                         entity_id=org.id, changes=changes)


def get_union(db: Database, actor: Actor, union_id: int) -> Organisation:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        org = session.get(Organisation, union_id)
        if org is None:
            raise NotFoundError(f"找不到编号为 {union_id} 的工会")
        session.expunge(org)
        return org


def find_union_by_name(session: Session, name: str) -> Organisation | None:
    return session.execute(
        select(Organisation).where(Organisation.name == name.strip(), Organisation.kind == GRASSROOTS,
                                   Organisation.deleted_at.is_(None))
    ).scalars().first()


def organisation_tree(db: Database, actor: Actor) -> list[OrgNode]:
    """The district first, then its unions by name, each with its count of live members."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        rows = session.execute(
            select(Member.union_id, func.count()).where(Member.deleted_at.is_(None)).group_by(Member.union_id)
        )
        counts = {union_id: int(n) for union_id, n in rows}
        orgs = session.execute(
            select(Organisation).where(Organisation.deleted_at.is_(None)).order_by(Organisation.kind, Organisation.name)
        ).scalars().all()
        nodes = [OrgNode(o.id, o.kind, o.name, o.parent_id, counts.get(o.id, 0)) for o in orgs]
    nodes.sort(key=lambda n: (n.kind != DISTRICT, n.name))
    return nodes
