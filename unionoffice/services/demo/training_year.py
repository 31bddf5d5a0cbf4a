"""Demo training year: the seven academies of the "1+6+N" platform, ~60 classes, enrolments, marks, results."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionoffice.db.base import utcnow
from unionoffice.db.bulk import bulk_insert
from unionoffice.db.engine import Database
from unionoffice.db.models import Member
from unionoffice.db.models.training import Academy, Attendance, ClassModule, ClassSession, Enrolment, TrainingClass
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.members.membership import MemberStatus
from unionoffice.domain.training.rules import Assessment, EnrolmentStatus, Mark, plan_sessions, split_hours
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.tasks import CancelToken, Progress, report
from unionoffice.services.training.attendance import completions

# (name, sector, partner, opened, courses). 吉林省新能源工匠学院 opened on 2023-02-27 (docs/domain.md (e)).
ACADEMIES: tuple[tuple[str, str, str, date | None, tuple[str, ...]], ...] = (
    ("吉林省工匠学院", "综合", "吉林省总工会职工教育中心", date(2022, 9, 28),
     ("劳模工匠精神宣讲骨干培训班", "基层工会干部业务能力提升班", "班组长管理能力培训班",
      "职工心理健康服务骨干培训班")),
    ("吉林省新能源工匠学院", "新能源", "国网吉林省电力有限公司", date(2023, 2, 27),
     ("风电场升压站设备巡视及维护", "光伏发电站设计", "无人机智能巡检与激光三维建模", "储能电站运行与维护",
      "新能源汽车动力电池检修")),
    ("吉林省新旅游工匠学院", "新旅游", "长白山旅游股份有限公司", date(2023, 5, 18),
     ("冰雪旅游服务技能", "导游讲解与研学旅行设计", "乡村民宿经营与服务", "旅游景区安全管理")),
    ("吉林省新农业工匠学院", "新农业", "吉林农业大学", date(2023, 6, 9),
     ("智慧农业装备操作与维护", "人参规范化种植技术", "黑土地保护性耕作技术", "农产品质量安全检测")),
    ("吉林省新电商工匠学院", "新电商", "长春职业技术学院", date(2023, 7, 20),
     ("直播电商运营实务", "农产品网络营销", "跨境电商平台操作", "电商客服与数据分析")),
    ("吉林省新材料工匠学院", "新材料", "吉林化纤集团有限责任公司", date(2023, 8, 31),
     ("碳纤维原丝生产工艺", "化纤产品质量检验", "复合材料成型技术", "化工装置安全操作")),
    ("吉林省新装备工匠学院", "新装备", "中车长春轨道客车股份有限公司", date(2023, 10, 26),
     ("轨道客车电气装调", "数控机床装调维修", "焊接机器人操作与编程", "汽车维修（智能网联新能源）",
      "工业机器人系统运维")),
)
CLASSES_PER_ACADEMY = (8, 9, 8, 9, 9, 8, 9)  # 60 classes
SIDE_MODULES = (("党史教育", "党史学习教育专题"), ("劳模工匠精神", "劳模精神、劳动精神、工匠精神专题"),
                ("公共管理", "安全生产与公共管理专题"))
VENUES = ("吉林省总工会职工教育中心", "长春市南关区职工服务中心", "企业实训基地", "合作院校实训楼")
TEACHERS = ("艾子洋", "朱恩岐", "王建华", "李春梅", "赵国庆", "孙志强", "刘晓东", "陈海燕", "周振华", "吴思远")
OVERRIDE_REASONS = ("因公出差缺课，已补课并经考核合格", "病假期间完成线上补学，经学院审核同意结业")


@dataclass(frozen=True)
class TrainingDemoSummary:
    academies: int
    classes: int
    enrolments: int
    waiting: int
    marks: int
    completions: int
    seconds: float


def _class_plan(rng: random.Random, year: int, course: str, big: bool) -> dict[str, Any]:
    start = date(year, 1, 8) + timedelta(days=rng.randrange(0, 330))
    while start.weekday() >= 5:
        start += timedelta(days=1)
    days = 12 if big else rng.choice((3, 5, 5, 8, 12))
    suffix = "" if course.endswith("班") else "培训班"
    return {"name": f"{course}{suffix}（{year}年第{rng.randint(1, 3)}期）",
            "start": start, "end": start + timedelta(days=days - 1),
            "capacity": 500 if big else rng.choice((40, 50, 60, 80, 100, 120)),
            "venue": rng.choice(VENUES), "teachers": "、".join(rng.sample(TEACHERS, 3))}


def _modules(rng: random.Random, course: str, days: int) -> list[tuple[str, str, int, int]]:
    """(kind, title, hours in tenths, sessions): theory and practice of the course plus one or two side modules."""
    theory = max(2, days * 2 // 3)
    practice = max(2, days * 2 - theory - 2)
    base = course.removesuffix("培训班").removesuffix("班")
    modules = [("理论", f"{base}理论", theory * 40, theory), ("实操", f"{base}实操", practice * 40, practice)]
    for kind, title in rng.sample(SIDE_MODULES, rng.choice((1, 2))):
        modules.append((kind, title, 30, 1))
    return modules


def _write_class(session: Session, rng: random.Random, academy_id: int, course: str,
                 plan: dict[str, Any]) -> tuple[int, list[Any]]:
    klass = TrainingClass(academy_id=academy_id, name=plan["name"], start_date=plan["start"], end_date=plan["end"],
                          venue=plan["venue"], organiser="长春市南关区总工会", teachers=plan["teachers"],
                          capacity=plan["capacity"], min_attendance_pct=80, require_assessment=True,
                          late_credit_pct=rng.choice((100, 100, 50)))
    session.add(klass)
    session.flush()
    days = (plan["end"] - plan["start"]).days + 1
    modules = _modules(rng, course, days)
    rows = [ClassModule(class_id=klass.id, position=i + 1, kind=k, title=t, hours_tenths=h,
                        teacher=rng.choice(TEACHERS)) for i, (k, t, h, _n) in enumerate(modules)]
    session.add_all(rows)
    session.flush()
    slots = plan_sessions(plan["start"], plan["end"], [n for *_x, n in modules])
    per_module = {i: iter(split_hours(h, n)) for i, (_k, _t, h, n) in enumerate(modules)}
    sittings = [ClassSession(class_id=klass.id, module_id=rows[index].id, seq=seq, day=day, period=period,
                             hours_tenths=next(per_module[index]))
                for seq, (index, day, period) in enumerate(slots, start=1)]
    session.add_all(sittings)
    session.flush()
    return klass.id, sittings


def _attendee_reliability(rng: random.Random) -> float:
    # Most trainees attend nearly everything; a few miss enough to fall under the 80% line.
    return rng.choice((0.99, 0.97, 0.95, 0.93, 0.9, 0.85, 0.7))


def _mark(rng: random.Random, reliability: float) -> str:
    roll = rng.random()
    if roll < reliability:
        return Mark.LATE.value if rng.random() < 0.04 else Mark.PRESENT.value
    return Mark.EXCUSED.value if rng.random() < 0.5 else Mark.ABSENT.value


def generate_training_demo(db: Database, actor: Actor, year: int, seed: int = 2024,
                           progress: Progress | None = None, cancel: CancelToken | None = None, *,
                           today: date | None = None) -> TrainingDemoSummary:
    """Academies and a year of classes over the members already in the database (one transaction)."""
    actor.require(Permission.OFFICE_SETTINGS)  # like the member demo: setting up a database, not daily work
    started = time.perf_counter()
    rng = random.Random(seed)
    today = today or date.today()
    with db.write() as session:
        if session.execute(select(Academy.id).limit(1)).first():
            raise ValidationError("数据库中已有工匠学院，培训演示数据只能生成一次", field="培训")
        members = list(session.execute(select(Member.id).where(Member.deleted_at.is_(None),
                                                               Member.status == MemberStatus.ACTIVE.value)).scalars())
        if not members:
            raise ValidationError("没有在会会员，无法生成培训演示数据", field="会员")
        next_enrolment = (session.execute(select(func.max(Enrolment.id))).scalar() or 0) + 1
        totals = {"classes": 0, "enrolments": 0, "waiting": 0, "marks": 0, "completions": 0}
        plans = [(a, rng.choice(a[4])) for a, n in zip(ACADEMIES, CLASSES_PER_ACADEMY, strict=True) for _ in range(n)]
        academy_ids: dict[str, int] = {}
        class_ids: list[int] = []
        for name, sector, partner, opened, _courses in ACADEMIES:
            row = Academy(name=name, sector=sector, partner=partner, opened_on=opened)
            session.add(row)
            session.flush()
            academy_ids[name] = row.id
        for done, (academy, course) in enumerate(plans):
            report(progress, done, len(plans), cancel)
            # One district-wide class of 500 a year (the size the attendance grid is built for).
            plan = _class_plan(rng, year, course, big=done == 0)
            class_id, sittings = _write_class(session, rng, academy_ids[academy[0]], course, plan)
            next_enrolment = _people(session, rng, class_id, plan, sittings, members, next_enrolment, today, totals)
            class_ids.append(class_id)
        report(progress, len(plans), len(plans), cancel)
        totals["classes"] = len(class_ids)
        totals["completions"] = sum(c.completed for _k, _h, c in completions(session, class_ids).values())
        audit.record(session, actor, "create", f"生成培训演示数据：{len(ACADEMIES)} 个学院，"
                     f"{totals['classes']} 个培训班，{totals['enrolments']} 人次", entity="training_academy")
    return TrainingDemoSummary(len(ACADEMIES), totals["classes"], totals["enrolments"], totals["waiting"],
                               totals["marks"], totals["completions"], time.perf_counter() - started)


def _people(session: Session, rng: random.Random, class_id: int, plan: dict[str, Any], sittings: list[Any],
            members: list[int], next_id: int, today: date, totals: dict[str, int]) -> int:
    """Enrolments (some waiting, a few withdrawn), marks for the sessions already held, assessment results."""
    capacity = plan["capacity"]
    wanted = min(len(members), int(capacity * rng.uniform(0.85, 1.08)))
    chosen = rng.sample(members, wanted)
    finished = plan["end"] < today
    now = utcnow()
    enrolments: list[dict[str, Any]] = []
    marks: list[dict[str, Any]] = []
    held = [s for s in sittings if s.day <= today]
    position = 0
    for index, member_id in enumerate(chosen):
        status, pos = EnrolmentStatus.ENROLLED.value, None
        if index >= capacity:
            position += 1
            status, pos = EnrolmentStatus.WAITING.value, position
        elif rng.random() < 0.02:
            status = EnrolmentStatus.WITHDRAWN.value
        assessment, override, reason = Assessment.PENDING.value, None, None
        if status == EnrolmentStatus.ENROLLED.value and finished:
            assessment = (Assessment.FAILED if rng.random() < 0.04 else Assessment.PASSED).value
        if status == EnrolmentStatus.ENROLLED.value and finished and rng.random() < 0.004:
            override, reason = True, rng.choice(OVERRIDE_REASONS)
        enrolments.append({
            "id": next_id, "class_id": class_id, "member_id": member_id, "status": status, "position": pos,
            "source": "演示", "enrolled_at": now, "withdrawn_at": now if status == "已退出" else None,
            "withdraw_reason": "工作调动" if status == "已退出" else None, "assessment": assessment,
            "score": rng.randint(60, 98) if assessment == Assessment.PASSED.value else None,
            "override_completed": override, "override_reason": reason, "override_by": "reviewer" if override else None,
            "override_at": now if override else None, "version": 1,
        })
        if status == EnrolmentStatus.ENROLLED.value:
            reliability = _attendee_reliability(rng)
            marks.extend({"enrolment_id": next_id, "session_id": s.id, "mark": _mark(rng, reliability)} for s in held)
        totals["enrolments"] += 1
        totals["waiting"] += int(status == EnrolmentStatus.WAITING.value)
        next_id += 1
    bulk_insert(session, Enrolment.__table__, enrolments)  # type: ignore[arg-type]
    bulk_insert(session, Attendance.__table__, marks)  # type: ignore[arg-type]
    totals["marks"] += len(marks)
    return next_id
