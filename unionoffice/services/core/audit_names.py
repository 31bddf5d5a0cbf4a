"""The audit trail in words: the people, classes, sessions and unions its entries name, and coded values spelled out.

An entry stores what it is about as `entity` + `entity_id` (`member` 12, `training_attendance` "4420:785"); the audit
page shows “会员 张伟” and “考勤：张伟，焊工技能提升班 2026-03-05 的课” instead. `describe_records` resolves the
rows one page shows with one query per kind of record (never per row), so a page of 200 entries costs a handful of
queries. A record deleted since is named by its kind and number.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, Organisation
from unionoffice.db.models.account import User
from unionoffice.db.models.competitions import Competition, CompetitionEvent
from unionoffice.db.models.training import Academy, ClassSession, Enrolment, TrainingClass
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.core.context import Actor

# What each kind of record is called (the fallback “培训班 #12” when it cannot be named).
ENTITY_LABELS: dict[str, str] = {
    "member": "会员", "app_user": "用户", "organisation": "工会组织", "training_class": "培训班",
    "training_academy": "工匠学院", "training_enrolment": "培训报名", "training_attendance": "考勤",
    "training_session": "课次", "competition": "竞赛", "competition_event": "竞赛项目",
    "competition_stage": "竞赛阶段", "competition_result": "竞赛成绩", "competition_entry": "竞赛报名",
    "certificate": "证书", "aid_application": "帮扶申请", "aid_programme": "帮扶项目", "aid_hardship_file": "困难档案",
    "aid_loan": "贴息贷款", "aid_recuperation_batch": "疗休养批次", "aid_standard": "帮扶标准",
    "aid_calendar_day": "公示日历", "database": "数据库", "setting": "设置", "document_template": "文书模板",
    "import_batch": "导入批次", "audit_key": "审计签名密钥", "audit_entry": "审计记录",
    "labour_competition": "劳动竞赛",
    "province_package": "省级数据包", "province_member": "省级会员", "province_trusted_key": "受信任的区县密钥",
}

# Coded values in the changes, in words: the attendance marks (training/rules.py MARK_LABELS) and empty.
VALUE_WORDS: dict[str, dict[str, str]] = {
    "mark": {"P": "出勤", "L": "迟到", "E": "请假", "A": "缺勤"},
}
EMPTY = "（空）"


@dataclass(frozen=True)
class RecordRef:
    entity: str | None
    entity_id: str | None


def value_in_words(field: str, value: Any) -> str:
    """A changed value as the clerk reads it: “出勤” for the mark P, “（空）” for nothing."""
    if value is None or value == "":
        return "未登记" if field == "mark" else EMPTY
    return VALUE_WORDS.get(field, {}).get(str(value), str(value))


def _ints(ids: Iterable[str]) -> list[int]:
    return sorted({int(i) for i in ids if i.isdigit()})


def _names(session: Session, column_id: Any, column_name: Any, ids: Iterable[str]) -> dict[str, str]:
    wanted = _ints(ids)
    if not wanted:
        return {}
    return {str(i): str(n) for i, n in session.execute(select(column_id, column_name).where(column_id.in_(wanted)))}


def _users(session: Session, ids: Iterable[str]) -> dict[str, str]:
    wanted = _ints(ids)
    if not wanted:
        return {}
    rows = session.execute(select(User.id, User.display_name, User.username).where(User.id.in_(wanted))).all()
    return {str(i): f"{d}（{u}）" if d and d != u else u for i, d, u in rows}


def _enrolments(session: Session, ids: Iterable[str]) -> dict[str, str]:
    wanted = _ints(ids)
    if not wanted:
        return {}
    rows = session.execute(select(Enrolment.id, Member.name, TrainingClass.name)
                           .join(Member, Member.id == Enrolment.member_id)
                           .join(TrainingClass, TrainingClass.id == Enrolment.class_id)
                           .where(Enrolment.id.in_(wanted)))
    return {str(i): f"{person}，{name}" for i, person, name in rows}


def _sessions(session: Session, ids: Iterable[str]) -> dict[str, str]:
    wanted = _ints(ids)
    if not wanted:
        return {}
    rows = session.execute(select(ClassSession.id, TrainingClass.name, ClassSession.day)
                           .join(TrainingClass, TrainingClass.id == ClassSession.class_id)
                           .where(ClassSession.id.in_(wanted)))
    return {str(i): f"{name} {day:%Y-%m-%d} 的课" for i, name, day in rows}


def _attendance(session: Session, ids: Iterable[str]) -> dict[str, str]:
    """“4420:785” is enrolment 4420 at session 785: the person and the session, in two queries for the page."""
    pairs = [(i, *i.split(":", 1)) for i in ids if ":" in i]
    people = _enrolments(session, (e for _i, e, _s in pairs))
    sessions = _sessions(session, (s for _i, _e, s in pairs))
    named: dict[str, str] = {}
    for key, enrolment, session_id in pairs:
        person = people.get(enrolment, "").split("，")[0]
        when = sessions.get(session_id)
        if person and when:
            named[key] = f"{person}，{when}"
    return named


def describe_records(db: Database, actor: Actor, refs: Sequence[RecordRef]) -> dict[RecordRef, str]:
    """“会员 张伟”, “考勤：张伟，焊工技能提升班 2026-03-05 的课” for the records `refs` name (one page of the trail);
    one query per kind of record. Only for those who may read the trail."""
    actor.require(Permission.VIEW_AUDIT)
    by_entity: dict[str, set[str]] = defaultdict(set)
    for ref in refs:
        if ref.entity and ref.entity_id:
            by_entity[ref.entity].add(ref.entity_id)
    names: dict[str, dict[str, str]] = {}
    with db.read() as session:
        lookups = {
            "member": lambda ids: _names(session, Member.id, Member.name, ids),
            "app_user": lambda ids: _users(session, ids),
            "organisation": lambda ids: _names(session, Organisation.id, Organisation.name, ids),
            "training_class": lambda ids: _names(session, TrainingClass.id, TrainingClass.name, ids),
            "training_academy": lambda ids: _names(session, Academy.id, Academy.name, ids),
            "training_enrolment": lambda ids: _enrolments(session, ids),
            "training_session": lambda ids: _sessions(session, ids),
            "training_attendance": lambda ids: _attendance(session, ids),
            "competition": lambda ids: _names(session, Competition.id, Competition.name, ids),
            "competition_event": lambda ids: _names(session, CompetitionEvent.id, CompetitionEvent.name, ids),
        }
        for entity, ids in by_entity.items():
            lookup = lookups.get(entity)
            names[entity] = lookup(ids) if lookup is not None else {}
    described: dict[RecordRef, str] = {}
    for ref in refs:
        if not ref.entity:
            continue
        label = ENTITY_LABELS.get(ref.entity, ref.entity)
        if not ref.entity_id:
            described[ref] = label
            continue
        name = names.get(ref.entity, {}).get(ref.entity_id)
        described[ref] = f"{label} {name}" if name else f"{label} #{ref.entity_id}"
    return described


def user_names(db: Database, actor: Actor, usernames: Iterable[str]) -> dict[str, str]:
    """“张三（zhang）” for each sign-in name (the trail stores the name signed in with)."""
    actor.require(Permission.VIEW_AUDIT)
    wanted = sorted(set(usernames))
    if not wanted:
        return {}
    with db.read() as session:
        rows = session.execute(select(User.username, User.display_name).where(User.username.in_(wanted))).all()
    return {u: f"{d}（{u}）" if d and d != u else u for u, d in rows}
