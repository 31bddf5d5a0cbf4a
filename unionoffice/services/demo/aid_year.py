"""Demo aid year at the article's scale (docs/domain.md (e) 金秋助学 2024): hardship files, a Golden Autumn
programme with 854 + 55 children aided (workers' and migrant workers' children) beside applications in every
state, hardship aid and 送温暖, recuperation batches with nominations, and subsidised loans. The local amounts are
entered as an office would (Yuyao's 低保, Tianmen's tiers, Hubei's caps: docs/domain.md (b) local examples)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.db.base import utcnow
from unionoffice.db.bulk import bulk_insert, bulk_update
from unionoffice.db.engine import Database
from unionoffice.db.models import Member
from unionoffice.db.models.aid import (
    AidApplication,
    AidLoan,
    AidLoanPeriod,
    AidProgramme,
    AidStandard,
    AidStep,
    AidTier,
    HardshipFile,
    HouseholdMember,
    RecuperationBatch,
    RecuperationNomination,
)
from unionoffice.domain.aid.calendar import WorkCalendar
from unionoffice.domain.aid.hardship import Standard, classify
from unionoffice.domain.aid.kinds import (
    AidType,
    ApplicationState,
    BatchState,
    Cause,
    FileStatus,
    NominationState,
    ProgrammeType,
    SchoolLevel,
    TargetGroup,
    Tier,
)
from unionoffice.domain.aid.loans import LoanTerms, add_months, schedule
from unionoffice.domain.aid.rules import Rule, RuleKind
from unionoffice.domain.common.idnumber import check_char
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.members.distinctions import DistinctionKind
from unionoffice.services.aid.rules import default_rules, write_rules
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.demo.names import GIVEN_FEMALE, GIVEN_MALE
from unionoffice.services.members.distinctions import record_distinction

S = ApplicationState
WORKERS_CHILDREN, MIGRANTS_CHILDREN = 854, 55  # the article's 2024 figures
UNIVERSITY_ENTRANTS = 322
# Applications still on their way or refused, beside the 909 grants: every state shows in the demo.
OPEN_GOLDEN = {S.DRAFT: 36, S.SUBMITTED: 48, S.FIRST_REVIEWED: 40, S.REVIEWED: 31, S.PUBLICISED: 27, S.REJECTED: 19}
SCHOOLS = {SchoolLevel.POSTGRADUATE: ("吉林大学", "东北师范大学", "长春理工大学"),
           SchoolLevel.BACHELOR: ("吉林大学", "东北师范大学", "长春工业大学", "吉林农业大学", "延边大学", "北华大学",
                                  "长春师范大学", "吉林财经大学"),
           SchoolLevel.COLLEGE: ("长春职业技术学院", "吉林交通职业技术学院", "长春汽车工业高等专科学校"),
           SchoolLevel.HIGH_SCHOOL: ("长春市第二中学", "东北师大附中", "吉林省实验中学", "长春市十一高中"),
           SchoolLevel.VOCATIONAL: ("长春市机械工业学校", "吉林省经济管理干部学院附属中专")}
LEVEL_WEIGHTS = ((SchoolLevel.BACHELOR, 52), (SchoolLevel.COLLEGE, 22), (SchoolLevel.HIGH_SCHOOL, 18),
                 (SchoolLevel.POSTGRADUATE, 4), (SchoolLevel.VOCATIONAL, 4))
POSTS = ("区图书馆助理", "职工服务中心接待", "社区工会宣传", "企业实验室助理", "职工书屋管理", "法律援助站助理")
REJECTIONS = ("家庭人均收入超过困难认定标准", "已获民政部门助学资助", "就读军事院校，免缴学费",
              "材料不全，经通知未补齐")
BATCHES = (("春季第一批", "长白山", False, 5, 40, TargetGroup.MODEL_WORKERS), ("春季第二批", "珲春防川", True, 5, 35,
           TargetGroup.SKILLED_WORKERS), ("夏季第一批", "延吉", True, 6, 50, TargetGroup.FRONT_LINE),
           ("夏季第二批", "北戴河", False, 5, 45, TargetGroup.FRONT_LINE), ("秋季第一批", "集安", True, 4, 40,
           TargetGroup.SKILLED_WORKERS), ("冬季第一批", "查干湖", False, 3, 30, TargetGroup.FRONT_LINE))
BANKS = ("中国工商银行长春南关支行", "吉林银行长春分行", "中国农业银行长春分行", "长春农村商业银行")


@dataclass(frozen=True)
class AidDemoSummary:
    files: int
    programmes: int
    applications: int
    golden_aided: int
    batches: int
    person_times: int
    loans: int


def _yuan(value: int) -> int:
    return value * 100


class _Person(NamedTuple):
    """What the aid year needs of a member."""

    id: int
    name: str
    union_id: int
    id_number: str
    is_migrant: bool
    card_number: str | None
    employer: str | None


class _Members:
    """The active members in the demo's shuffled order, as ids; the few thousand the aid year draws are read when
    drawn (all 275,000 as ORM objects took 12 s and 1.2 GB at 300,000 members)."""

    def __init__(self, session: Session, rng: random.Random) -> None:
        active = (Member.status == "在会", Member.deleted_at.is_(None))
        self.session = session
        self.ids = list(session.scalars(select(Member.id).where(*active).order_by(Member.id)))
        migrant = set(session.scalars(select(Member.id).where(*active, Member.is_migrant)))
        rng.shuffle(self.ids)
        self.migrants = [i for i in self.ids if i in migrant]
        self.others = [i for i in self.ids if i not in migrant]

    def people(self, ids: Sequence[int]) -> list[_Person]:
        found: dict[int, _Person] = {}
        wanted = sorted(set(ids))
        for start in range(0, len(wanted), 500):
            rows = self.session.execute(select(*(getattr(Member, f) for f in _Person._fields))
                                        .where(Member.id.in_(wanted[start:start + 500])))
            found.update((row[0], _Person(*row)) for row in rows)
        return [found[i] for i in ids]


class _Writer:
    def __init__(self, session: Session, rng: random.Random, year: int, actor: Actor) -> None:
        self.session, self.rng, self.year, self.actor = session, rng, year, actor
        self.now = utcnow()
        self.apps: list[dict[str, Any]] = []
        self.paths: list[list[tuple[str, str | None, str, date, str, str]]] = []
        self.calendar = WorkCalendar()
        self.notice_start: date | None = None

    def child(self, parent: _Person) -> tuple[str, str, date]:
        born = date(self.year - self.rng.randint(15, 24), self.rng.randint(1, 12), self.rng.randint(1, 28))
        female = self.rng.random() < 0.5
        body = f"{parent.id_number[:6]}{born:%Y%m%d}{self.rng.randrange(0, 500) * 2 + (0 if female else 1):03d}"
        given = "".join(self.rng.choice(GIVEN_FEMALE if female else GIVEN_MALE) for _ in range(self.rng.choice((1, 2))))
        return parent.name[0] + given, body + check_char(body), born

    def add(self, values: dict[str, Any], path: list[tuple[str, str | None, str, date, str, str]]) -> None:
        self.apps.append({**_EMPTY, **values, "created_at": self.now, "updated_at": self.now, "version": 1})
        self.paths.append(path)

    def path_to(self, state: S, start: date, publicity: int, reason: str = ""
                ) -> tuple[list[tuple[str, str | None, str, date, str, str]], dict[str, Any]]:
        """The steps that led an application to `state`, with their dates, and the dates it carries."""
        order = [S.DRAFT, S.SUBMITTED, S.FIRST_REVIEWED, S.REVIEWED, S.PUBLICISED, S.APPROVED, S.PAID]
        steps: list[tuple[str, str | None, str, date, str]] = [("登记", None, S.DRAFT.value, start, "经办人")]
        names = {S.SUBMITTED: "提交", S.FIRST_REVIEWED: "基层初审通过", S.REVIEWED: "区总审核通过",
                 S.PUBLICISED: "开始公示", S.APPROVED: "批准", S.PAID: "发放"}
        people = {S.SUBMITTED: "经办人", S.FIRST_REVIEWED: "经办人", S.REVIEWED: "审核人", S.PUBLICISED: "审核人",
                  S.APPROVED: "审核人", S.PAID: "经办人"}
        dates: dict[str, Any] = {}
        day, previous = start, S.DRAFT
        last = S.REVIEWED if state is S.REJECTED else state
        for target in order[1:order.index(last) + 1]:
            if target is S.PUBLICISED and not publicity:
                continue
            day += timedelta(days=self.rng.randint(2, 8))
            if target is S.PUBLICISED:
                if state is S.PUBLICISED and self.notice_start is not None:
                    day = self.notice_start  # one 公示 list, still running
                dates.update(publicity_start=day, publicity_end=self.calendar.add_working_days(day, publicity))
                day = dates["publicity_end"]
            if target is S.APPROVED:
                day += timedelta(days=1)
                dates["decided_on"] = day
            if target is S.SUBMITTED:
                dates["submitted_on"] = day
            if target is S.PAID:
                dates["paid_on"] = day
            steps.append((names[target], previous.value, target.value, day, people[target]))
            previous = target
        if state is S.REJECTED:
            day += timedelta(days=3)
            steps.append(("驳回", previous.value, S.REJECTED.value, day, "审核人"))
            dates["decided_on"] = day
        return [(*s, reason if s[2] == S.REJECTED.value else "") for s in steps], dates

    def flush(self, table_ids: dict[int, int] | None = None) -> None:
        bulk_insert(self.session, AidApplication.__table__, self.apps)  # type: ignore[arg-type]
        ids = list(self.session.execute(select(AidApplication.id).order_by(AidApplication.id.desc())
                                        .limit(len(self.apps))).scalars())[::-1]
        steps = [{"application_id": app_id, "step": step, "from_state": source, "to_state": target, "done_on": day,
                  "at": self.now, "username": "clerk" if who == "经办人" else "reviewer", "person": who,
                  "role": who, "comment": comment or None}
                 for app_id, path in zip(ids, self.paths, strict=True)
                 for step, source, target, day, who, comment in path]
        bulk_insert(self.session, AidStep.__table__, steps)  # type: ignore[arg-type]
        self.apps, self.paths = [], []


_EMPTY: dict[str, Any] = {
    "file_id": None, "amount_fen": None, "category": None, "child_name": None, "child_id_number": None,
    "school": None, "school_level": None, "school_kind": None, "new_student": True, "tier": None,
    "approved_tier": None, "aided_elsewhere": False, "work_study_post": None, "reason": None, "submitted_on": None,
    "publicity_start": None, "publicity_end": None, "decided_on": None, "paid_on": None, "bank_card": None,
    "override_reason": None, "override_by": None}


def generate_aid_demo(db: Database, actor: Actor, year: int, seed: int = 2024, *, today: date | None = None
                      ) -> AidDemoSummary:
    """One transaction over a demo district (services/demo/district.py) without aid records yet. Applications in
    公示 share one period starting two working days before `today` (in `year`), so the list is still running."""
    actor.require(Permission.OFFICE_SETTINGS)
    rng = random.Random(seed + 11)
    today = today or date.today()
    with db.write() as session:
        members = _Members(session, rng)
        standard = Standard(year, 125_500, 1500, 2000)
        session.add(AidStandard(year=year, dibao_fen=standard.dibao_fen, relative_permille=1500,
                                accident_permille=2000, note="演示：余姚2024年标准"))
        writer = _Writer(session, rng, year, actor)
        notice = min(today, date(year, 12, 20)) - timedelta(days=2)
        while not writer.calendar.is_workday(notice):
            notice -= timedelta(days=1)
        writer.notice_start = notice
        files = _files(session, rng, members.people(members.ids[:min(700, len(members.ids) // 3)]), standard, today)
        golden = _golden_autumn(session, writer, members, files, year)
        others = _hardship_and_warmth(session, writer, members, files, year, standard)
        batches, person_times = _recuperation(session, rng, members, year)
        loans = _loans(session, rng, members, year)
        audit.record(session, actor, "create", f"生成演示帮扶数据：困难职工档案 {len(files)} 户，金秋助学 "
                     f"{golden} 件，其他帮扶 {others} 件，疗休养 {batches} 批，贴息贷款 {loans} 笔",
                     entity="aid_programme")
    db.checkpoint()
    return AidDemoSummary(len(files), 3, golden + others, WORKERS_CHILDREN + MIGRANTS_CHILDREN, batches,
                          person_times, loans)


def _files(session: Session, rng: random.Random, members: list[_Person], standard: Standard, today: date
           ) -> dict[int, tuple[int, str | None, str | None]]:
    """{member id: (file id, category, status)}: most filed, some applying, some lifted out or cancelled. Dates in
    their order: applied, filed 30 days later, rechecked and closed after that, none after the year or `today`."""
    last = min(today, date(standard.year, 12, 31))
    causes = [c.value for c in Cause]
    out: dict[int, tuple[int, str | None, str | None]] = {}
    registered: list[dict[str, Any]] = []  # the filed members' own records name their file
    for number, member in enumerate(members, start=1):
        size = rng.randint(2, 5)
        per_capita = rng.randint(60_000, 240_000)
        main = rng.choice(causes)
        verdict = classify(per_capita, [main], standard)
        roll = rng.random()
        status = FileStatus.APPLIED if roll < 0.08 else FileStatus.CLOSED if roll < 0.16 else FileStatus.FILED
        closed = status is FileStatus.CLOSED
        if verdict.category is None:
            status, closed = FileStatus.CLOSED, True
        applied = min(date(standard.year - rng.randint(0, 4), rng.randint(1, 12), rng.randint(1, 28)),
                      last - timedelta(days=rng.randint(60, 120)))
        filed = applied + timedelta(days=30) if status is not FileStatus.APPLIED else None
        since = filed or applied
        closed_on = min(since + timedelta(days=rng.randint(20, 400)), last) if closed else None
        recheck = filed + timedelta(days=rng.randint(200, 700)) if filed else None
        if recheck is not None and recheck > (closed_on or last):
            recheck = None
        row = HardshipFile(file_no=f"KN{standard.year}{number:05d}", member_id=member.id, status=status.value,
                           temporary=rng.random() < 0.04,
                           filing_level=rng.choice(("区县级", "区县级", "地市级", "省级")),
                           year=standard.year, household_income_fen=per_capita * size + 80_000,
                           essential_costs_fen=80_000, household_size=size, per_capita_fen=per_capita,
                           dibao_fen=standard.dibao_fen,
                           category=verdict.category.value if verdict.category else None,
                           category_reason=verdict.reason, main_cause=main, applied_on=applied, filed_on=filed,
                           rechecked_on=recheck,
                           bank_name=rng.choice(BANKS), bank_card=f"6217{rng.randrange(10**14):014d}",
                           closed_on=closed_on,
                           close_kind=rng.choice(("脱困", "注销")) if closed else None,
                           close_reason=("再就业，收入超过标准" if verdict.category else "家庭收入超过认定标准")
                           if closed else None)
        session.add(row)
        session.flush()
        session.add(HouseholdMember(file_id=row.id, name=member.name[0] + rng.choice(GIVEN_FEMALE), relation="配偶",
                                    health=rng.choice(("健康", "慢性病", "残疾")),
                                    work=rng.choice(("无业", "灵活就业"))))
        if status is FileStatus.FILED:
            registered.append({"id": member.id, "hardship_category": row.category, "hardship_file_no": row.file_no,
                               "updated_at": utcnow()})
        out[member.id] = (row.id, row.category, status.value)
    bulk_update(session, Member.__table__, "id", registered, increment="version")  # type: ignore[arg-type]
    return out


def _programme(session: Session, year: int, kind: ProgrammeType, name: str, budget: int, days: int) -> AidProgramme:
    programme = AidProgramme(year=year, type=kind.value, name=name, budget_fen=budget, committed_fen=0, paid_fen=0,
                             publicity_days=days, objection_contact="区总工会帮扶中心 0431-88886666", closed=False)
    session.add(programme)
    session.flush()
    return programme


def _golden_autumn(session: Session, w: _Writer, members: _Members, files: dict[int, Any], year: int) -> int:
    tiers = {(SchoolLevel.HIGH_SCHOOL.value, Tier.FILED.value): 300_000,
             (SchoolLevel.HIGH_SCHOOL.value, Tier.NOT_FILED.value): 200_000,
             (SchoolLevel.VOCATIONAL.value, Tier.FILED.value): 300_000,
             (SchoolLevel.VOCATIONAL.value, Tier.NOT_FILED.value): 200_000}
    for level in (SchoolLevel.POSTGRADUATE, SchoolLevel.BACHELOR, SchoolLevel.COLLEGE):
        tiers.update({(level.value, Tier.FILED.value): 500_000, (level.value, Tier.NOT_FILED.value): 400_000,
                      (level.value, Tier.MIGRANT.value): 500_000})
    for level in (SchoolLevel.HIGH_SCHOOL, SchoolLevel.VOCATIONAL):
        tiers[(level.value, Tier.MIGRANT.value)] = 300_000
    programme = _programme(session, year, ProgrammeType.GOLDEN_AUTUMN, f"{year}年金秋助学", _yuan(5_200_000), 5)
    session.add_all(AidTier(programme_id=programme.id, level=lv, tier=t, amount_fen=a) for (lv, t), a in tiers.items())
    write_rules(session, programme.id, default_rules(ProgrammeType.GOLDEN_AUTUMN))
    migrants, others = members.migrants, members.others
    plan = ([(S.PAID if i % 15 else S.APPROVED, Tier.MIGRANT) for i in range(MIGRANTS_CHILDREN)] +
            [(S.PAID if i % 15 else S.APPROVED, None) for i in range(WORKERS_CHILDREN)] +
            [(state, None) for state, n in OPEN_GOLDEN.items() for _ in range(n)])
    parents = members.people([migrants[i % len(migrants)] if tier is Tier.MIGRANT and migrants else
                              others[i % len(others)] for i, (_state, tier) in enumerate(plan)])
    entrants = 0
    for (state, tier), parent in zip(plan, parents, strict=True):
        filed = files.get(parent.id)
        tier = tier or (Tier.FILED if filed and filed[2] == FileStatus.FILED.value else Tier.NOT_FILED)
        level = w.rng.choices([lv for lv, _ in LEVEL_WEIGHTS], [n for _, n in LEVEL_WEIGHTS])[0]
        granted = state in (S.PAID, S.APPROVED)
        new = level.value in ("本科", "专科·高职", "研究生") and entrants < UNIVERSITY_ENTRANTS and granted
        entrants += new
        name, child_id, _born = w.child(parent)
        amount = tiers[(level.value, tier.value)]
        path, dates = w.path_to(state, date(year, 7, 6) + timedelta(days=w.rng.randint(0, 40)), 5,
                                w.rng.choice(REJECTIONS))
        w.add({"programme_id": programme.id, "member_id": parent.id, "union_id": parent.union_id,
               "file_id": filed[0] if filed else None, "aid_type": AidType.GOLDEN_AUTUMN.value, "state": state.value,
               "amount_asked_fen": amount, "amount_fen": amount if granted else None, "child_name": name,
               "child_id_number": child_id, "school": w.rng.choice(SCHOOLS[level]), "school_level": level.value,
               "school_kind": "普通院校", "new_student": new or not granted and w.rng.random() < 0.5,
               "tier": tier.value, "approved_tier": tier.value if granted else None,
               "category": filed[1] if granted and filed else None,
               "work_study_post": w.rng.choice(POSTS) if granted and w.rng.random() < 0.07 else None,
               "bank_card": parent.card_number or f"6222{w.rng.randrange(10**15):015d}", **dates}, path)
        if granted:
            programme.committed_fen += amount
            programme.paid_fen += amount if state is S.PAID else 0
    count = len(w.apps)
    w.flush()
    return count


def _hardship_and_warmth(session: Session, w: _Writer, members: _Members, files: dict[int, Any], year: int,
                         standard: Standard) -> int:
    hardship = _programme(session, year, ProgrammeType.HARDSHIP, f"{year}年困难职工帮扶", _yuan(2_000_000), 5)
    # Hubei's caps (docs/domain.md (b)): living aid 12 months of 低保 per household, medical ¥20,000, temporary ¥3,000.
    write_rules(session, hardship.id, [*default_rules(ProgrammeType.HARDSHIP),
                Rule(RuleKind.CAP_PER_HOUSEHOLD_YEAR, "生活救助每户每年不超过12个月低保标准", dibao_months=12,
                     values=(AidType.LIVING.value,)),
                Rule(RuleKind.CAP_PER_HOUSEHOLD_YEAR, "医疗救助每户每年不超过2万元", amount_fen=_yuan(20_000),
                     values=(AidType.MEDICAL.value,)),
                Rule(RuleKind.CAP_PER_PERSON_YEAR, "临时救助每人每年不超过3000元", amount_fen=_yuan(3_000),
                     values=(AidType.TEMPORARY.value,))])
    warmth = _programme(session, year, ProgrammeType.WARMTH, f"{year}年元旦春节送温暖", _yuan(600_000), 0)
    write_rules(session, warmth.id, default_rules(ProgrammeType.WARMTH))
    filed = members.people([i for i in members.ids if files.get(i, (0, None, ""))[2] == FileStatus.FILED.value])
    states = [S.PAID] * 6 + [S.APPROVED, S.SUBMITTED, S.FIRST_REVIEWED, S.REVIEWED, S.PUBLICISED, S.REJECTED, S.DRAFT]
    amounts = {AidType.LIVING: (standard.dibao_fen * 2, standard.dibao_fen * 6), AidType.MEDICAL: (300_000, 1_500_000),
               AidType.EDUCATION: (200_000, 500_000), AidType.TEMPORARY: (50_000, 300_000)}
    for index, member in enumerate(filed[:320]):
        aid_type = (AidType.LIVING, AidType.MEDICAL, AidType.EDUCATION, AidType.TEMPORARY)[index % 4]
        _one(w, hardship, member, files, aid_type, w.rng.randrange(*amounts[aid_type]) // 100 * 100,
             w.rng.choice(states), date(year, 3, 1) + timedelta(days=w.rng.randint(0, 200)), 5)
    for member in filed[:420]:
        _one(w, warmth, member, files, AidType.WARMTH, w.rng.choice((80_000, 100_000, 120_000)),
             S.PAID if w.rng.random() < 0.92 else S.APPROVED, date(year, 1, 5), 0)
    count = len(w.apps)
    w.flush()
    return count


def _one(w: _Writer, programme: AidProgramme, member: _Person, files: dict[int, Any], aid_type: AidType, amount: int,
         state: S, start: date, publicity: int) -> None:
    path, dates = w.path_to(state, start, publicity, w.rng.choice(REJECTIONS[:1] + REJECTIONS[3:]))
    granted = state in (S.APPROVED, S.PAID)
    file = files.get(member.id)
    w.add({"programme_id": programme.id, "member_id": member.id, "union_id": member.union_id,
           "file_id": file[0] if file else None, "aid_type": aid_type.value, "state": state.value,
           "amount_asked_fen": amount, "amount_fen": amount if granted else None,
           "category": file[1] if granted and file else None,
           "bank_card": f"6217{w.rng.randrange(10**14):014d}", **dates}, path)
    if granted:
        programme.committed_fen += amount
        programme.paid_fen += amount if state is S.PAID else 0


def _recuperation(session: Session, rng: random.Random, members: _Members, year: int) -> tuple[int, int]:
    merit = members.people(members.ids[-60:])
    kinds = (DistinctionKind.MODEL_WORKER, DistinctionKind.MAY_DAY_MEDAL, DistinctionKind.TECHNICAL_EXPERT,
             DistinctionKind.COMPETITION_PRIZE)
    for index, member in enumerate(merit):
        kind = kinds[index % len(kinds)]
        record_distinction(session, member.id, kind=kind, title=kind.value, year=year - rng.randint(0, 3),
                           source_type="demo_merit", source_id=index + 1, level="市级")
    went_total = 0
    pool = members.people(members.ids[900:2500] or members.ids)
    for number, (name, place, border, days, quota, group) in enumerate(BATCHES):
        start = date(year, 3 + number * 2 if number < 5 else 11, 10)
        done = number < 4
        batch = RecuperationBatch(year=year, name=f"{year}年{name}", destination=place, border_area=border,
                                  start_date=start, end_date=start + timedelta(days=days - 1), days=days, quota=quota,
                                  subsidy_fen=_yuan(rng.choice((500, 700))), target_group=group.value,
                                  state=(BatchState.DONE if done else BatchState.NOMINATING).value)
        session.add(batch)
        session.flush()
        chosen = rng.sample(pool, min(len(pool), int(quota * 1.3))) + rng.sample(merit, min(6, len(merit)))
        unique = list({m.id: m for m in chosen}.values())
        ranked = sorted(unique, key=lambda m: (0 if m in merit else 1))
        for order, member in enumerate(ranked, start=1):
            if done:
                state = NominationState.WENT if order <= quota and rng.random() < 0.95 else (
                    NominationState.ABSENT if order <= quota else NominationState.NOT_SELECTED)
            else:
                state = NominationState.NOMINATED
            went_total += state is NominationState.WENT
            session.add(RecuperationNomination(batch_id=batch.id, member_id=member.id, union_id=member.union_id,
                                               nominated_order=order, state=state.value,
                                               merit=next((k.value for i, k in enumerate(kinds)
                                                           if member in merit[i::len(kinds)]), None)))
    return len(BATCHES), went_total


def _loans(session: Session, rng: random.Random, members: _Members, year: int) -> int:
    count = 0
    for index, member in enumerate(members.people(members.ids[3000:3025] or members.ids[:25])):
        start = date(year - (1 if index % 3 else 0), rng.randint(1, 12), rng.randint(1, 28))
        if start > date(year, 11, 30):
            start = date(year, 3, 1)
        term = 12 if index % 4 else 24
        bank_rate, own = rng.choice((34_500, 38_500, 43_500)), rng.choice((0, 10_000, 21_500))
        due = add_months(start, term)
        firm = index % 5 == 0
        loan = AidLoan(year=start.year, borrower_kind="小微企业" if firm else "会员",
                       member_id=None if firm else member.id,
                       firm_name=f"{member.employer or '长春'}配套加工厂" if firm else None,
                       firm_union_id=member.union_id if firm else None, project=rng.choice(
                           ("农产品电商", "汽车维修店", "社区餐饮", "人参种植", "物流配送")), bank=rng.choice(BANKS),
                       principal_fen=_yuan(rng.choice((50_000, 100_000, 150_000, 200_000))), start_date=start,
                       term_months=term, due_date=due, bank_rate_ppm=bank_rate, borrower_rate_ppm=own,
                       state="已放款")
        session.add(loan)
        session.flush()
        for period in schedule(LoanTerms(loan.principal_fen, start, due, bank_rate, own)):
            past = period.end < date(year, 1, 31)
            session.add(AidLoanPeriod(loan_id=loan.id, year=period.year, start=period.start, end=period.end,
                                      days=period.days, interest_fen=period.interest_fen,
                                      subsidy_fen=period.subsidy_fen,
                                      statement_on=period.end + timedelta(days=20) if past else None,
                                      statement_interest_fen=period.interest_fen if past else None,
                                      paid_on=period.end + timedelta(days=45) if past and index % 2 else None))
        count += 1
    return count
