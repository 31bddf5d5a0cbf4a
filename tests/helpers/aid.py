"""Builders for the aid tests: a district with parents, the year's standard, a Golden Autumn and a hardship
programme with the Tianmen 2024 tiers (docs/domain.md (b), local examples entered as the office would)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tests.helpers.people import make_district, member_draft, valid_id
from unionoffice.db.engine import Database
from unionoffice.domain.aid.hardship import Standard
from unionoffice.domain.aid.kinds import ApplicationState, ProgrammeType, SchoolLevel, Tier
from unionoffice.domain.aid.workflow import Step
from unionoffice.domain.common.permissions import Role
from unionoffice.services.aid import applications as ap
from unionoffice.services.aid import programmes as pg
from unionoffice.services.aid import standards
from unionoffice.services.aid import workflow as wf
from unionoffice.services.core.context import Actor
from unionoffice.services.members.records import create_member

YEAR = 2024
ADMIN = Actor("admin", Role.ADMIN, 1, "管理员")
CLERK = Actor("clerk", Role.CLERK, 2, "经办人")
REVIEWER = Actor("reviewer", Role.REVIEWER, 3, "审核人")
VIEWER = Actor("viewer", Role.VIEWER, 4, "查阅")
# Tianmen 2024: on file ¥5,000 higher education / ¥3,000 high school; not on file ¥4,000 / ¥2,000.
TIANMEN = {**{(lvl.value, Tier.FILED.value): 500_000 for lvl in (SchoolLevel.BACHELOR, SchoolLevel.COLLEGE,
                                                                 SchoolLevel.POSTGRADUATE)},
           **{(lvl.value, Tier.NOT_FILED.value): 400_000 for lvl in (SchoolLevel.BACHELOR, SchoolLevel.COLLEGE,
                                                                     SchoolLevel.POSTGRADUATE)},
           **{(lvl.value, Tier.MIGRANT.value): 400_000 for lvl in (SchoolLevel.BACHELOR, SchoolLevel.COLLEGE)},
           (SchoolLevel.HIGH_SCHOOL.value, Tier.FILED.value): 300_000,
           (SchoolLevel.HIGH_SCHOOL.value, Tier.NOT_FILED.value): 200_000}


PARENT_NAMES = ("王建国", "李春梅", "赵国庆", "孙志强", "刘晓东", "陈海燕", "周振华", "吴思远")


@dataclass
class AidWorld:
    db: Database
    unions: list[int]
    parents: list[int]
    golden: int
    hardship: int


def child_id(seq: int, born: date = date(2006, 9, 1)) -> str:
    return valid_id(seq, born)


def make_aid_world(db: Database, *, parents: int = 4, budget_fen: int = 10_000_000, publicity_days: int = 5
                   ) -> AidWorld:
    unions = make_district(db)
    people = [create_member(db, CLERK, member_draft(unions[i % 2], seq=10 + i, name=PARENT_NAMES[i % len(PARENT_NAMES)],
                                                    phone=""))
              for i in range(parents)]
    standards.save_standard(db, ADMIN, Standard(YEAR, 125_500, 1500, 2000))
    golden = pg.create_programme(db, ADMIN, pg.ProgrammeDraft(YEAR, ProgrammeType.GOLDEN_AUTUMN, "2024年金秋助学",
                                                              budget_fen, publicity_days, "区总工会 0431-88886666"))
    pg.save_tiers(db, ADMIN, golden, TIANMEN)
    hardship = pg.create_programme(db, ADMIN, pg.ProgrammeDraft(YEAR, ProgrammeType.HARDSHIP, "2024年困难职工帮扶",
                                                                budget_fen, publicity_days))
    return AidWorld(db, unions, people, golden, hardship)


def golden_draft(world: AidWorld, parent: int, seq: int, **kw: object) -> ap.ApplicationDraft:
    values: dict[str, object] = dict(programme_id=world.golden, member_id=world.parents[parent],
                                     child_name=f"王小{seq}", child_id_number=child_id(seq), school="吉林大学",
                                     school_level=SchoolLevel.BACHELOR.value, tier=Tier.NOT_FILED.value,
                                     bank_card="6222020200112233445")
    values.update(kw)
    return ap.ApplicationDraft(**values)  # type: ignore[arg-type]


PATH_STEPS = ((ApplicationState.SUBMITTED, Step.SUBMIT, CLERK),
              (ApplicationState.FIRST_REVIEWED, Step.FIRST_REVIEW, CLERK),
              (ApplicationState.REVIEWED, Step.REVIEW, REVIEWER),
              (ApplicationState.PUBLICISED, Step.PUBLICISE, REVIEWER),
              (ApplicationState.APPROVED, Step.APPROVE, REVIEWER), (ApplicationState.PAID, Step.PAY, CLERK))
PUBLICITY_START = date(2024, 9, 30)  # 5 working days over 国庆 end on 2024-10-11
AFTER_PUBLICITY = date(2024, 10, 12)


def bring_to(db: Database, ids: list[int], state: ApplicationState, *, skip_publicity: bool = False) -> None:
    """Take draft applications along the usual path up to `state` (publicity 2024-09-30 … 10-11)."""
    if state is ApplicationState.DRAFT:
        return
    for target, step, actor in PATH_STEPS:
        if skip_publicity and step is Step.PUBLICISE:
            continue
        on = PUBLICITY_START if step in (Step.SUBMIT, Step.FIRST_REVIEW, Step.REVIEW, Step.PUBLICISE) else (
            AFTER_PUBLICITY)
        result = wf.batch_advance(db, actor, ids, step, on=on)
        assert not result.refused, result.refused
        if target is state:
            return


def bulk_applications(db: Database, world: AidWorld, count: int) -> None:
    """`count` submitted Golden Autumn applications written at once (for list sizes, not for rules)."""
    from sqlalchemy import select

    from unionoffice.db.base import utcnow
    from unionoffice.db.bulk import bulk_insert
    from unionoffice.db.models import Member
    from unionoffice.db.models.aid import AidApplication

    with db.write() as session:
        unions = dict(session.execute(select(Member.id, Member.union_id)).all())
        now = utcnow()
        rows = [{"programme_id": world.golden, "member_id": world.parents[i % len(world.parents)],
                 "union_id": unions[world.parents[i % len(world.parents)]], "aid_type": "金秋助学",
                 "state": "已提交", "amount_asked_fen": 400_000, "child_name": f"子女{i}",
                 "child_id_number": None, "school": "吉林大学", "school_level": "本科", "tier": "非建档",
                 "new_student": True, "aided_elsewhere": False, "created_at": now, "updated_at": now, "version": 1}
                for i in range(count)]
        bulk_insert(session, AidApplication.__table__, rows)  # type: ignore[arg-type]
