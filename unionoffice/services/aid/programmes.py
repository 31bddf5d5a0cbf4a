"""Programmes (帮扶项目) of a year and type: budget, 公示 length, Golden Autumn tiers, quotas per grassroots union,
and their budget position (budget / approved / paid)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Organisation
from unionoffice.db.models.aid import AidProgramme, AidQuota, AidTier
from unionoffice.domain.aid.calendar import MAX_DAYS
from unionoffice.domain.aid.kinds import ProgrammeType, SchoolLevel, Tier
from unionoffice.domain.aid.money import format_yuan
from unionoffice.domain.common.errors import DuplicateError, NotFoundError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.exchange.xlsx_report import INT, MONEY, Column
from unionoffice.services.aid.rules import default_rules, write_rules
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.lists import ListDocument


@dataclass(frozen=True)
class ProgrammeDraft:
    year: int
    type: ProgrammeType
    name: str
    budget_fen: int
    publicity_days: int = 5
    objection_contact: str = ""
    note: str = ""
    closed: bool = False


@dataclass(frozen=True)
class ProgrammeRow:
    id: int
    year: int
    type: ProgrammeType
    name: str
    budget_fen: int
    approved_fen: int  # approved and paid: what the budget already holds
    paid_fen: int
    publicity_days: int
    objection_contact: str
    closed: bool
    note: str

    @property
    def remaining_fen(self) -> int:
        return self.budget_fen - self.approved_fen

    @property
    def draft(self) -> ProgrammeDraft:
        return ProgrammeDraft(self.year, self.type, self.name, self.budget_fen, self.publicity_days,
                              self.objection_contact, self.note, self.closed)


def _row(p: AidProgramme) -> ProgrammeRow:
    return ProgrammeRow(p.id, p.year, ProgrammeType(p.type), p.name, p.budget_fen, p.committed_fen, p.paid_fen,
                        p.publicity_days, p.objection_contact or "", p.closed, p.note or "")


def _values(draft: ProgrammeDraft) -> dict[str, object]:
    name = draft.name.strip()
    if not name:
        raise ValidationError("不能为空", field="项目名称")
    if not 2000 <= draft.year <= 2100:
        raise ValidationError(f"{draft.year} 不是有效年度", field="年度")
    if draft.budget_fen < 0:
        raise ValidationError("预算不能为负数", field="预算")
    if not 0 <= draft.publicity_days <= MAX_DAYS:
        raise ValidationError(f"公示期应为 0 至 {MAX_DAYS} 个工作日（0 为不公示）", field="公示期")
    return {"year": draft.year, "type": ProgrammeType(draft.type).value, "name": name, "budget_fen": draft.budget_fen,
            "publicity_days": draft.publicity_days, "objection_contact": draft.objection_contact.strip() or None,
            "note": draft.note.strip() or None, "closed": draft.closed}


def live_programme(session: Session, programme_id: int) -> AidProgramme:
    programme = session.get(AidProgramme, programme_id)
    if programme is None:
        raise NotFoundError(f"没有编号为 {programme_id} 的帮扶项目")
    return programme


def create_programme(db: Database, actor: Actor, draft: ProgrammeDraft) -> int:
    """A new programme with the rules its type always has (the office edits them afterwards)."""
    actor.require(Permission.MANAGE_AID_PROGRAMMES)
    values = _values(draft)
    with db.write() as session:
        if session.execute(select(AidProgramme.id).where(AidProgramme.year == values["year"],
                                                         AidProgramme.name == values["name"])).first():
            raise DuplicateError(f"{draft.year} 年已有名为“{values['name']}”的项目", field="项目名称")
        programme = AidProgramme(**values, committed_fen=0, paid_fen=0)
        session.add(programme)
        session.flush()
        write_rules(session, programme.id, default_rules(ProgrammeType(draft.type)))
        audit.record(session, actor, "create",
                     f"建立帮扶项目“{programme.name}”，预算 {format_yuan(draft.budget_fen)} 元",
                     entity="aid_programme", entity_id=programme.id, changes={k: (None, v) for k, v in values.items()})
        return programme.id


def update_programme(db: Database, actor: Actor, programme_id: int, draft: ProgrammeDraft) -> None:
    """A budget below what is already approved is refused: approved aid is never taken back by a setting."""
    actor.require(Permission.MANAGE_AID_PROGRAMMES)
    values = _values(draft)
    with db.write() as session:
        programme = live_programme(session, programme_id)
        if values["type"] != programme.type:
            raise ValidationError("项目类型建立后不能更改", field="项目类型")
        if draft.budget_fen < programme.committed_fen:
            raise ValidationError(f"预算不能低于已批准的 {format_yuan(programme.committed_fen)} 元", field="预算")
        changes = audit.diff(programme, values)
        for key, value in values.items():
            setattr(programme, key, value)
        programme.version += 1
        audit.record(session, actor, "update", f"修改帮扶项目“{programme.name}”", entity="aid_programme",
                     entity_id=programme_id, changes=changes)


def list_programmes(db: Database, actor: Actor, *, year: int | None = None) -> list[ProgrammeRow]:
    actor.require(Permission.VIEW_RECORDS)
    stmt = select(AidProgramme).order_by(AidProgramme.year.desc(), AidProgramme.id)
    if year is not None:
        stmt = stmt.where(AidProgramme.year == year)
    with db.read() as session:
        return [_row(p) for p in session.execute(stmt).scalars()]


def get_programme(db: Database, actor: Actor, programme_id: int) -> ProgrammeRow:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return _row(live_programme(session, programme_id))


def tier_table(session: Session, programme_id: int) -> dict[tuple[str, str], int]:
    rows = session.execute(select(AidTier.level, AidTier.tier, AidTier.amount_fen)
                           .where(AidTier.programme_id == programme_id)).all()
    return {(level, tier): amount for level, tier, amount in rows}


def programme_tiers(db: Database, actor: Actor, programme_id: int) -> dict[tuple[str, str], int]:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return tier_table(session, programme_id)


def save_tiers(db: Database, actor: Actor, programme_id: int, tiers: Mapping[tuple[str, str], int]) -> None:
    """Replace the amounts by school level × tier. Approved aid keeps the amount of its approval date."""
    actor.require(Permission.MANAGE_AID_PROGRAMMES)
    levels, tier_names = {s.value for s in SchoolLevel}, {t.value for t in Tier}
    for (level, tier), amount in tiers.items():
        if level not in levels or tier not in tier_names:
            raise ValidationError(f"“{level}·{tier}”不是学历层次 × 档次的组合", field="资助标准")
        if amount <= 0:
            raise ValidationError(f"“{level}·{tier}”的金额必须大于 0", field="资助标准")
    with db.write() as session:
        programme = live_programme(session, programme_id)
        old = tier_table(session, programme_id)
        session.execute(delete(AidTier).where(AidTier.programme_id == programme_id))
        session.add_all(AidTier(programme_id=programme_id, level=level, tier=tier, amount_fen=amount)
                        for (level, tier), amount in sorted(tiers.items()))
        changes = {f"{level}·{tier}": (old.get((level, tier)), tiers.get((level, tier)))
                   for level, tier in set(old) | set(tiers) if old.get((level, tier)) != tiers.get((level, tier))}
        audit.record(session, actor, "update", f"修改“{programme.name}”的资助标准", entity="aid_programme",
                     entity_id=programme_id, changes=changes)


@dataclass(frozen=True)
class QuotaRow:
    union_id: int
    union: str
    places: int
    used: int  # approved and paid applications of the union


def programme_quotas(db: Database, actor: Actor, programme_id: int) -> list[QuotaRow]:
    actor.require(Permission.VIEW_RECORDS)
    from unionoffice.services.aid.budget import quota_use

    with db.read() as session:
        rows = session.execute(select(AidQuota.union_id, Organisation.name, AidQuota.places)
                               .join(Organisation, Organisation.id == AidQuota.union_id)
                               .where(AidQuota.programme_id == programme_id).order_by(Organisation.name)).all()
        used = quota_use(session, programme_id)
        return [QuotaRow(u, name, places, used.get(u, 0)) for u, name, places in rows]


def save_quotas(db: Database, actor: Actor, programme_id: int, places: Mapping[int, int]) -> None:
    """Places per grassroots union (a union without a line has no limit)."""
    actor.require(Permission.MANAGE_AID_PROGRAMMES)
    if any(n < 0 for n in places.values()):
        raise ValidationError("名额不能为负数", field="名额")
    with db.write() as session:
        programme = live_programme(session, programme_id)
        session.execute(delete(AidQuota).where(AidQuota.programme_id == programme_id))
        session.add_all(AidQuota(programme_id=programme_id, union_id=u, places=n) for u, n in places.items())
        audit.record(session, actor, "update", f"修改“{programme.name}”的基层工会名额（{len(places)} 个工会）",
                     entity="aid_programme", entity_id=programme_id)


_LIST_COLUMNS = (Column("编号", 6, INT), Column("年度", 6, INT), Column("项目类型", 12), Column("项目名称", 28),
                 Column("预算（元）", 14, MONEY, True), Column("已批准（元）", 14, MONEY, True),
                 Column("已发放（元）", 14, MONEY, True), Column("公示期（工作日）", 10, INT))


def programme_list_document(db: Database, actor: Actor, year: int | None = None) -> ListDocument:
    actor.require(Permission.VIEW_RECORDS)

    def rows(session: Session) -> Iterator[list[object]]:
        stmt = select(AidProgramme).order_by(AidProgramme.year.desc(), AidProgramme.id)
        for p in session.execute(stmt.where(AidProgramme.year == year) if year else stmt).scalars():
            yield [p.id, p.year, p.type, p.name, p.budget_fen, p.committed_fen, p.paid_fen, p.publicity_days]

    def count(session: Session) -> int:
        stmt = select(func.count()).select_from(AidProgramme)
        return int(session.execute(stmt.where(AidProgramme.year == year) if year else stmt).scalar_one())

    return ListDocument("帮扶项目及预算执行情况", _LIST_COLUMNS, rows, count,
                        lambda _s: f"{year} 年" if year else "全部年度", "aid_programme", units="单位：元", totals=True)
