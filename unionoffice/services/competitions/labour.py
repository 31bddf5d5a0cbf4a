"""Labour-and-skill competitions (劳动和技能竞赛): projects with participating enterprises and covered workers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models.competitions import LabourCompetition, LabourCompetitionEnterprise
from unionoffice.domain.common.errors import DuplicateError, NotFoundError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.exchange.xlsx_report import INT, Column
from unionoffice.services.competitions.events import LEVELS
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.lists import ListDocument


@dataclass(frozen=True)
class EnterpriseDraft:
    name: str
    workers: int = 0
    union_id: int | None = None


@dataclass(frozen=True)
class LabourDraft:
    name: str
    level: str
    start_year: int
    end_year: int | None = None
    organisers: str = ""
    note: str = ""
    enterprises: tuple[EnterpriseDraft, ...] = ()


@dataclass(frozen=True)
class LabourRow:
    id: int
    name: str
    level: str
    period: str
    organisers: str
    enterprises: int
    workers: int


def _values(draft: LabourDraft) -> dict[str, object]:
    name = " ".join(draft.name.split())
    if not name:
        raise ValidationError("不能为空", field="项目名称", key="name")
    if draft.level not in LEVELS:
        raise ValidationError(f"应为{'、'.join(LEVELS)}之一", field="级别", key="level")
    if not 2000 <= draft.start_year <= 2100 or (draft.end_year is not None and draft.end_year < draft.start_year):
        raise ValidationError("起止年度不对", field="起止年度", key="start_year")
    names = [" ".join(e.name.split()) for e in draft.enterprises]
    for row, (enterprise, text) in enumerate(zip(draft.enterprises, names, strict=True), start=1):
        if not text:
            raise ValidationError("企业名称不能为空", field="参赛企业", row=row)
        if names.count(text) > 1:
            raise ValidationError(f"“{text}”重复", field="参赛企业", row=row)
        if not 0 <= enterprise.workers <= 10_000_000:
            raise ValidationError("覆盖职工人数不对", field="覆盖职工", row=row)
    return {"name": name[:200], "level": draft.level, "start_year": draft.start_year, "end_year": draft.end_year,
            "organisers": draft.organisers.strip()[:400] or None, "note": draft.note.strip() or None}


def _write_enterprises(session: Session, project_id: int, draft: LabourDraft) -> None:
    session.execute(delete(LabourCompetitionEnterprise).where(LabourCompetitionEnterprise.project_id == project_id))
    session.add_all(LabourCompetitionEnterprise(project_id=project_id, name=" ".join(e.name.split())[:200],
                                                union_id=e.union_id, workers=e.workers) for e in draft.enterprises)


def _summary(draft: LabourDraft) -> str:
    return f"{len(draft.enterprises)} 家企业，覆盖职工 {sum(e.workers for e in draft.enterprises):,} 人"


def create_labour_competition(db: Database, actor: Actor, draft: LabourDraft) -> int:
    actor.require(Permission.MANAGE_COMPETITIONS)
    values = _values(draft)
    with db.write() as session:
        if session.scalar(select(LabourCompetition.id).where(LabourCompetition.name == values["name"])):
            raise DuplicateError(f"已有项目“{values['name']}”", field="项目名称", key="name")
        project = LabourCompetition(**values)
        session.add(project)
        session.flush()
        _write_enterprises(session, project.id, draft)
        audit.record(session, actor, "create", f"新建劳动和技能竞赛项目“{project.name}”：{_summary(draft)}",
                     entity="labour_competition", entity_id=project.id,
                     changes={k: (None, v) for k, v in values.items() if v is not None})
        return project.id


def update_labour_competition(db: Database, actor: Actor, project_id: int, draft: LabourDraft) -> None:
    actor.require(Permission.MANAGE_COMPETITIONS)
    values = _values(draft)
    with db.write() as session:
        project = session.get(LabourCompetition, project_id)
        if project is None:
            raise NotFoundError("找不到该劳动和技能竞赛项目")
        before = _summary(labour_draft_in(session, project_id))
        changes: dict[str, tuple[object, object]] = audit.diff(project, values)
        if before != _summary(draft):
            changes["enterprises"] = (before, _summary(draft))
        for key, value in values.items():
            setattr(project, key, value)
        _write_enterprises(session, project_id, draft)
        session.flush()
        audit.record(session, actor, "update", f"修改劳动和技能竞赛项目“{project.name}”", entity="labour_competition",
                     entity_id=project_id, changes=changes)


def labour_draft_in(session: Session, project_id: int) -> LabourDraft:
    project = session.get(LabourCompetition, project_id)
    if project is None:
        raise NotFoundError("找不到该劳动和技能竞赛项目")
    rows = session.execute(select(LabourCompetitionEnterprise).where(
        LabourCompetitionEnterprise.project_id == project_id).order_by(LabourCompetitionEnterprise.id)).scalars()
    return LabourDraft(project.name, project.level, project.start_year, project.end_year, project.organisers or "",
                       project.note or "", tuple(EnterpriseDraft(r.name, r.workers, r.union_id) for r in rows))


def labour_draft(db: Database, actor: Actor, project_id: int) -> LabourDraft:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return labour_draft_in(session, project_id)


def _rows(session: Session) -> list[LabourRow]:
    totals = (select(LabourCompetitionEnterprise.project_id, func.count().label("n"),
                     func.coalesce(func.sum(LabourCompetitionEnterprise.workers), 0).label("workers"))
              .group_by(LabourCompetitionEnterprise.project_id).subquery())
    rows = session.execute(select(LabourCompetition, totals.c.n, totals.c.workers)
                           .outerjoin(totals, totals.c.project_id == LabourCompetition.id)
                           .order_by(LabourCompetition.start_year.desc(), LabourCompetition.id))
    return [LabourRow(p.id, p.name, p.level, f"{p.start_year}–{p.end_year or ''}", p.organisers or "", int(n or 0),
                      int(workers or 0)) for p, n, workers in rows]


def list_labour_competitions(db: Database, actor: Actor) -> list[LabourRow]:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return _rows(session)


_COLUMNS = (Column("项目名称", 34), Column("级别", 8), Column("起止年度", 11), Column("组织单位", 26),
            Column("参赛企业", 9, INT, total=True), Column("覆盖职工", 10, INT, total=True))


def labour_document(db: Database, actor: Actor) -> ListDocument:
    actor.require(Permission.VIEW_RECORDS)

    def rows(session: Session) -> Iterator[list[object]]:
        return ([r.name, r.level, r.period, r.organisers, r.enterprises, r.workers] for r in _rows(session))

    return ListDocument("劳动和技能竞赛项目", _COLUMNS, rows, lambda s: len(_rows(s)), lambda _s: "全部项目",
                        "labour_competition", units="单位：家、人", totals=True)
