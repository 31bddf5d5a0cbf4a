"""A programme in the article's terms (docs/domain.md (e) 金秋助学 2024): funds, recipients, children of struggling
workers and of migrant workers, families, entrants to university, work-study posts; and the state counts."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, distinct, func, select

from unionoffice.db.engine import Database
from unionoffice.db.models.aid import AidApplication
from unionoffice.domain.aid.kinds import COMMITTED_STATES, HIGHER_EDUCATION, ApplicationState, ProgrammeType, Tier
from unionoffice.domain.aid.money import format_wan, format_yuan
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.aid.programmes import live_programme
from unionoffice.services.core.context import Actor

_COMMITTED = [s.value for s in COMMITTED_STATES]


@dataclass(frozen=True)
class ProgrammeSummary:
    programme_id: int
    name: str
    type: ProgrammeType
    budget_fen: int
    approved_fen: int
    paid_fen: int
    recipients: int  # approved and paid applications
    workers_children: int  # Golden Autumn: children of struggling workers (建档 and 非建档)
    migrants_children: int  # … of migrant workers
    families: int  # distinct households (the parent member, or the shared file)
    university_entrants: int  # new students in higher education
    work_study_posts: int
    by_state: dict[str, int]

    @property
    def per_recipient_fen(self) -> int:
        return self.approved_fen // self.recipients if self.recipients else 0

    def sentence(self) -> str:
        """As the article puts it: 资助 ¥4,743,690；854 + 55 名农民工子女 = 909 人 …"""
        text = (f"{self.name}：批准资助 {format_yuan(self.approved_fen)} 元（{format_wan(self.approved_fen)} 万元），"
                f"已发放 {format_yuan(self.paid_fen)} 元，受助 {self.recipients} 人")
        if self.type is ProgrammeType.GOLDEN_AUTUMN:
            text += (f"，其中困难职工子女 {self.workers_children} 人、困难农民工子女 {self.migrants_children} 人，"
                     f"人均 {format_yuan(self.per_recipient_fen)} 元；涉及 {self.families} 个家庭，"
                     f"其中 {self.university_entrants} 名子女新考入大学；提供勤工俭学岗位 {self.work_study_posts} 个")
        return text + "。"


def programme_summary(db: Database, actor: Actor, programme_id: int) -> ProgrammeSummary:
    actor.require(Permission.VIEW_RECORDS)
    committed = AidApplication.state.in_(_COMMITTED)
    household = func.coalesce(AidApplication.file_id * -1, AidApplication.member_id)  # files and members apart
    higher = [level.value for level in HIGHER_EDUCATION]
    with db.read() as session:
        programme = live_programme(session, programme_id)
        row = session.execute(select(
            func.count().filter(committed),
            func.count().filter(committed, AidApplication.approved_tier.in_([Tier.FILED.value, Tier.NOT_FILED.value])),
            func.count().filter(committed, AidApplication.approved_tier == Tier.MIGRANT.value),
            func.count(distinct(case((committed, household)))),
            func.count().filter(committed, AidApplication.new_student.is_(True),
                                AidApplication.school_level.in_(higher)),
            func.count().filter(committed, AidApplication.work_study_post.is_not(None)))
            .where(AidApplication.programme_id == programme_id)).one()
        states = dict(session.execute(select(AidApplication.state, func.count()).where(
            AidApplication.programme_id == programme_id).group_by(AidApplication.state)).all())
        by_state = {s.value: int(states.get(s.value, 0)) for s in ApplicationState}
        recipients, workers, migrants, families, entrants, posts = (int(v or 0) for v in row)
        return ProgrammeSummary(programme.id, programme.name, ProgrammeType(programme.type), programme.budget_fen,
                                programme.committed_fen, programme.paid_fen, recipients, workers, migrants, families,
                                entrants, posts, by_state)
