"""Builders for the training tests: a demo district's members, an academy, a class draft, lookups."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from unionoffice.db.engine import Database
from unionoffice.db.models import Member
from unionoffice.db.models.training import Attendance, Enrolment
from unionoffice.domain.training.rules import CompletionRule
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.demo.district import generate_demo
from unionoffice.services.training import classes as tr

START = date(2024, 9, 2)


def members(db: Database, count: int = 40) -> list[int]:
    """A demo district with `count` members; returns the ids of the active ones, in id order."""
    generate_demo(db, SYSTEM, count, seed=7, today=date(2024, 8, 1))
    with db.read() as session:
        return list(session.execute(select(Member.id).where(Member.status == "在会").order_by(Member.id)).scalars())


def academy(db: Database, actor: Actor, name: str = "吉林省新能源工匠学院", sector: str = "新能源") -> int:
    return tr.create_academy(db, actor, tr.AcademyDraft(name, sector, partner="国网吉林省电力有限公司",
                                                        opened_on=date(2023, 2, 27)))


def class_draft(academy_id: int, capacity: int = 3, **kw: object) -> tr.ClassDraft:
    values: dict[str, object] = dict(
        academy_id=academy_id, name="风电场升压站设备巡视及维护培训班", start_date=START, end_date=date(2024, 9, 6),
        capacity=capacity, venue="职工教育中心", organiser="南关区总工会", teachers="艾子洋",
        modules=[tr.ModuleDraft("理论", "升压站设备原理", 160, 4), tr.ModuleDraft("实操", "设备巡视实操", 160, 4),
                 tr.ModuleDraft("劳模工匠精神", "工匠精神专题", 30, 1)],
        rule=CompletionRule(80, True, 100))
    values.update(kw)
    return tr.ClassDraft(**values)  # type: ignore[arg-type]


def new_class(db: Database, actor: Actor, capacity: int = 3, **kw: object) -> int:
    return tr.create_class(db, actor, class_draft(academy(db, actor), capacity, **kw))


def statuses(db: Database, class_id: int) -> dict[int, tuple[str, int | None]]:
    with db.read() as session:
        return {m: (s, p) for m, s, p in session.execute(select(Enrolment.member_id, Enrolment.status,
                                                                Enrolment.position)
                                                         .where(Enrolment.class_id == class_id))}


def enrolment_ids(db: Database, class_id: int) -> dict[int, int]:
    """{member id: enrolment id} of a class."""
    with db.read() as session:
        return dict(session.execute(select(Enrolment.member_id, Enrolment.id).where(Enrolment.class_id == class_id))
                    .all())



def count_marks(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(Attendance)).scalar_one())
