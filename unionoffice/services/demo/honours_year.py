"""Demo honours year: the office's May-Day and Worker-Pioneer list (with its quota of competition and innovation
winners), its union-work list still in draft, and honours recorded from the province."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, Organisation
from unionoffice.db.models.honours import HonourList
from unionoffice.db.models.organisation import GRASSROOTS
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.honours.rules import LEVELS, BasisKind, HonourType, RecipientKind
from unionoffice.domain.members.distinctions import DistinctionKind
from unionoffice.domain.members.membership import MemberStatus
from unionoffice.services.core.context import SYSTEM_CLERK, Actor
from unionoffice.services.honours.documents import issue_certificates_in
from unionoffice.services.honours.granting import finalise_in
from unionoffice.services.honours.register import HonourDraft, ListDraft, add_honour_in, create_list_in
from unionoffice.services.members.distinctions import holders_in

# (type, how many) on the office's May-Day list: a district's usual size.
MAY_DAY_LIST = ((HonourType.MAY_DAY_CERTIFICATE, 5), (HonourType.MAY_DAY_MEDAL, 30), (HonourType.WORKER_PIONEER, 10))
UNION_WORK_LIST = ((HonourType.MODEL_HOME, 2), (HonourType.UNION_CADRE, 8), (HonourType.UNION_ACTIVIST, 12))
TEAMS = ("检修一班", "焊接班", "数控车间甲班", "调度指挥中心", "客户服务班组", "质量检验班", "电气维修班",
         "总装二班", "运行值班组", "研发测试组", "急诊护理组", "线路巡检班")
DEEDS = ("爱岗敬业、攻坚克难，带领班组完成技术改造项目十余项", "扎根一线二十年，累计排除设备故障三百余次",
         "牵头编写岗位操作规程，培养青年技术骨干二十余名", "在疫情防控和保供稳价中冲锋在前、表现突出",
         "推行精益管理，年节约生产成本一百余万元", "服务群众热情周到，连续五年零投诉")
UNION_DEEDS = ("坚持建家、强家，会员评议满意率连续三年100%", "组织职工技能培训和劳动竞赛成效显著",
               "积极为职工办实事，帮扶困难职工家庭四十余户")
INNOVATIONS = ("焊接机器人离线编程技术创新成果获市职工技术创新成果一等奖",
               "轨道客车转向架检修工装创新获国家实用新型专利", "光伏电站智能巡检系统创新成果获省职工技术创新成果二等奖")
# Contests run above the district: their results are typed in as the basis when no prize was recorded here.
OUTSIDE_PRIZES = ("第八届全国职工职业技能大赛焊工赛项优秀奖", "吉林省第三届职业技能大赛汽车维修工赛项二等奖",
                  "吉林省第三届职业技能大赛数控机床装调维修工赛项三等奖", "红旗杯全国班组长管理技能大赛二等奖")
MIN_MEMBERS = 150
WINNERS_ON_MEDALS = 4  # with 1 innovation 奖状: 5 of 45 May-Day and Worker-Pioneer honours, just over 10 %


@dataclass(frozen=True)
class HonoursDemoSummary:
    lists: int
    honours: int
    winners: int
    quota_total: int
    certificates: int
    seconds: float


def _decision_date(year: int, today: date) -> date:
    """May-Day honours are announced before 1 May."""
    announced = date(year, 4, 28)
    return announced if announced <= today else today


def _pools(session: Session, rng: random.Random) -> tuple[list[int], list[int]]:
    members = list(session.scalars(select(Member.id).where(Member.deleted_at.is_(None),
                                                           Member.status == MemberStatus.ACTIVE.value)))
    unions = list(session.scalars(select(Organisation.id).where(Organisation.kind == GRASSROOTS,
                                                                Organisation.deleted_at.is_(None))))
    if len(members) < MIN_MEMBERS or not unions:
        raise ValidationError(f"在会会员太少，无法生成荣誉表彰演示数据（至少 {MIN_MEMBERS} 名）", field="会员")
    rng.shuffle(members)
    rng.shuffle(unions)
    return members, unions


def _recorded_prizes(session: Session, members: list[int]) -> list[tuple[int, tuple[str, int]]]:
    """Active members holding a competition prize the competitions module recorded, one prize each."""
    active = set(members)
    found: dict[int, tuple[str, int]] = {}
    for prize in holders_in(session, DistinctionKind.COMPETITION_PRIZE):
        if prize.member_id in active:
            found.setdefault(prize.member_id, (prize.source_type, prize.source_id))
    return sorted(found.items())


class _Recipients:
    """Draws members and unions without repeats, so nobody gets one honour twice."""

    def __init__(self, members: list[int], unions: list[int]) -> None:
        self.members, self.unions = iter(members), unions
        self.teams = 0
        self.used: dict[HonourType, int] = {}

    def draft(self, honour_type: HonourType, basis: str, kind: BasisKind = BasisKind.DEED) -> HonourDraft:
        recipient = honour_type.spec.recipient
        if recipient is RecipientKind.MEMBER:
            return HonourDraft(honour_type, member_id=next(self.members), basis_kind=kind, basis_text=basis)
        # Units take turns; a small district's few unions each send several teams, each under its own name.
        turn = self.used[honour_type] = self.used.get(honour_type, -1) + 1
        team = TEAMS[turn % len(TEAMS)] if recipient is RecipientKind.TEAM else ""
        return HonourDraft(honour_type, organisation_id=self.unions[turn % len(self.unions)], team_name=team,
                           basis_kind=kind, basis_text=basis)


def _may_day_drafts(rng: random.Random, members: list[int], unions: list[int],
                    prizes: list[tuple[int, tuple[str, int]]]) -> list[HonourDraft]:
    """Competition winners first (recorded prizes where there are any, else results of contests above the
    district), one innovation winner, then people, units and teams for their deeds."""
    winners = prizes[:WINNERS_ON_MEDALS]
    drafts = [HonourDraft(HonourType.MAY_DAY_MEDAL, member_id=m, basis_kind=BasisKind.COMPETITION, basis_source=s)
              for m, s in winners]
    taken = {m for m, _s in winners}
    pick = _Recipients([m for m in members if m not in taken], unions)
    for index in range(WINNERS_ON_MEDALS - len(winners)):
        drafts.append(pick.draft(HonourType.MAY_DAY_MEDAL, OUTSIDE_PRIZES[index % len(OUTSIDE_PRIZES)],
                                 BasisKind.COMPETITION))
    drafts.append(pick.draft(HonourType.MAY_DAY_CERTIFICATE, INNOVATIONS[1], BasisKind.INNOVATION))
    for honour_type, wanted in MAY_DAY_LIST:
        count = min(wanted, len(unions)) if honour_type.spec.recipient is RecipientKind.UNION else wanted
        for _ in range(count - sum(1 for d in drafts if d.honour_type is honour_type)):
            deeds = DEEDS if honour_type is not HonourType.MAY_DAY_CERTIFICATE else UNION_DEEDS
            drafts.append(pick.draft(honour_type, rng.choice(deeds)))
    return drafts


def _union_work_drafts(rng: random.Random, members: list[int], unions: list[int]) -> list[HonourDraft]:
    pick = _Recipients(members[100:], unions[::-1])
    return [pick.draft(t, rng.choice(UNION_DEEDS)) for t, wanted in UNION_WORK_LIST
            for _ in range(min(wanted, len(unions)) if t.spec.recipient is RecipientKind.UNION else wanted)]


def _recorded_from_province(session: Session, actor: Actor, year: int, members: list[int], when: date) -> int:
    """Honours granted above the district, entered so that their holders rank first for recuperation."""
    granted = 0
    for issuer, doc, honour_type, count, offset in (
            ("吉林省总工会", f"吉工发〔{year}〕8号", HonourType.MAY_DAY_MEDAL, 3, 60),
            ("吉林省人民政府", f"吉政发〔{year}〕15号", HonourType.MODEL_WORKER, 2, 70)):
        name = f"{year}年度吉林省{honour_type.value}（上级授予）"
        draft = ListDraft(year, name, LEVELS[2], issuer, "吉林省", own=False)
        honour_list = create_list_in(session, actor, draft)
        for member_id in members[offset:offset + count]:
            add_honour_in(session, actor, honour_list, HonourDraft(honour_type, member_id=member_id,
                                                                   basis_text="省级表彰"))
        granted += finalise_in(session, actor, honour_list, when, doc_number=doc).granted
    return granted


def generate_honours_demo(db: Database, actor: Actor, year: int, seed: int = 2024, *,
                          today: date | None = None) -> HonoursDemoSummary:
    """A year of honours over the members and unions already in the database, in one transaction."""
    actor.require(Permission.OFFICE_SETTINGS)  # like the member demo: setting up a database, not daily work
    started = time.perf_counter()
    rng = random.Random(seed)
    when = _decision_date(year, today or date.today())
    with db.write() as session:
        if session.execute(select(HonourList.id).limit(1)).first():
            raise ValidationError("数据库中已有表彰名单，荣誉演示数据只能生成一次", field="荣誉表彰")
        members, unions = _pools(session, rng)
        prizes = _recorded_prizes(session, members)
        may_day = create_list_in(session, actor, ListDraft(year))
        for draft in _may_day_drafts(rng, members, unions, prizes):
            add_honour_in(session, actor, may_day, draft)
        result = finalise_in(session, actor, may_day, when, doc_serial=12)
        certificates = issue_certificates_in(session, SYSTEM_CLERK, may_day)
        union_work = create_list_in(session, actor, ListDraft(year, f"{year}年度示例区优秀工会干部和优秀工会积极分子"))
        work_drafts = _union_work_drafts(rng, members, unions)
        for draft in work_drafts:
            add_honour_in(session, actor, union_work, draft)
        recorded = _recorded_from_province(session, actor, year, members, when)
    assert result.quota is not None
    return HonoursDemoSummary(4, result.granted + len(work_drafts) + recorded, result.quota.winners,
                              result.quota.total, len(certificates.certificate_ids), time.perf_counter() - started)
