"""The list behind a dashboard figure: the same conditions the aggregate counted, as rows (masked for the actor),
a count, pages for the screen and a `ListDocument` for printing and exporting."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, func, select, tuple_
from sqlalchemy.orm import Session, aliased

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, MembershipEvent, Organisation
from unionoffice.db.models.aid import (
    AidApplication,
    AidProgramme,
    HardshipFile,
    RecuperationBatch,
    RecuperationNomination,
)
from unionoffice.db.models.competitions import (
    Competition,
    CompetitionEvent,
    CompetitionStage,
    Entry,
    PrizeBandRow,
    StageResult,
)
from unionoffice.db.models.honours import Honour, HonourList
from unionoffice.db.models.training import Academy, Enrolment, TrainingClass
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.idnumber import mask_id
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.dashboard.model import Drill
from unionoffice.exchange.xlsx_report import DATE, INT, MONEY, Column
from unionoffice.services.core.context import Actor
from unionoffice.services.core.lists import ListDocument
from unionoffice.services.dashboard.figures import (
    COMMITTED,
    FINAL,
    FLOW_KINDS,
    GOLDEN_AUTUMN,
    MIGRANT_TIER,
    WENT,
    age_band,
    member_at,
)

TITLES = {"members": "会员", "events": "会籍变动", "files": "困难职工档案", "applications": "帮扶申请",
          "enrolments": "培训学员", "entries": "参赛成绩", "honours": "荣誉", "nominations": "疗休养人员"}
Query = Any  # a Select of the list's columns


def _date(drill: Drill, name: str) -> date:
    value = drill.get(name)
    assert isinstance(value, date)
    return value


def _member_conditions(d: Drill) -> list[Any]:
    end = _date(d, "end")
    found = [member_at(end)]
    columns = {"union_id": Member.union_id, "sex": Member.sex, "grade": Member.skill_grade,
               "migrant": Member.is_migrant}
    found.extend(column == d.get(name) for name, column in columns.items() if d.get(name) is not None)
    if d.get("band") is not None:
        found.append(age_band(end) == d.get("band"))
    return found


def _members_count(d: Drill) -> Query:
    """Counted per union, in the order of the dashboard's covering index, which the planner then walks without
    reading the table (a plain count would walk join dates and read every row for its status)."""
    return select(func.count()).select_from(Member).where(*_member_conditions(d)).group_by(Member.union_id)


def _members(d: Drill) -> tuple[Query, tuple[Column, ...]]:
    stmt = (select(Member.name, Member.sex, Member.id_number, Organisation.name, Member.join_date, Member.status,
                   Member.skill_grade, Member.is_migrant)
            .join(Organisation, Organisation.id == Member.union_id).where(*_member_conditions(d)))
    cols = (Column("姓名", 10), Column("性别", 5), Column("身份证号", 20), Column("基层工会", 28),
            Column("入会日期", 11, DATE), Column("会籍状态", 9), Column("技能等级", 14), Column("农民工", 7))
    return stmt.order_by(Member.union_id, Member.pinyin_full, Member.id), cols


def _events(d: Drill) -> tuple[Query, tuple[Column, ...]]:
    src, dst = aliased(Organisation), aliased(Organisation)
    stmt = (select(Member.name, Member.id_number, MembershipEvent.kind, MembershipEvent.event_date, src.name,
                   dst.name, MembershipEvent.reason)
            .select_from(MembershipEvent).join(Member, Member.id == MembershipEvent.member_id)
            .outerjoin(src, src.id == MembershipEvent.from_union_id)
            .outerjoin(dst, dst.id == MembershipEvent.to_union_id)
            .where(Member.deleted_at.is_(None), MembershipEvent.kind.in_(FLOW_KINDS[str(d.get("flow"))]),
                   MembershipEvent.event_date.between(_date(d, "start"), _date(d, "end"))))
    cols = (Column("姓名", 10), Column("身份证号", 20), Column("变动类型", 9), Column("变动日期", 11, DATE),
            Column("转出工会", 24), Column("转入工会", 24), Column("原因", 24))
    return stmt.order_by(MembershipEvent.event_date, MembershipEvent.id), cols


def _files(d: Drill) -> tuple[Query, tuple[Column, ...]]:
    start, end = _date(d, "start"), _date(d, "end")
    which = {"in_file": and_(HardshipFile.filed_on <= end,
                             (HardshipFile.closed_on.is_(None)) | (HardshipFile.closed_on > end)),
             "filed": HardshipFile.filed_on.between(start, end),
             "closed": HardshipFile.closed_on.between(start, end)}[str(d.get("which"))]
    stmt = (select(HardshipFile.file_no, Member.name, Member.id_number, HardshipFile.category, HardshipFile.status,
                   HardshipFile.main_cause, HardshipFile.filed_on, HardshipFile.closed_on)
            .select_from(HardshipFile).join(Member, Member.id == HardshipFile.member_id).where(which))
    if d.get("category") is not None:
        stmt = stmt.where(func.coalesce(HardshipFile.category, "") == d.get("category"))
    cols = (Column("档案编号", 16), Column("姓名", 10), Column("身份证号", 20), Column("困难类别", 10),
            Column("档案状态", 8), Column("主要致困原因", 12), Column("建档日期", 11, DATE),
            Column("撤档日期", 11, DATE))
    return stmt.order_by(HardshipFile.file_no), cols


def _applications(d: Drill) -> tuple[Query, tuple[Column, ...]]:
    stmt = (select(Member.name, Member.id_number, Organisation.name, AidProgramme.name, AidApplication.state,
                   AidApplication.amount_fen, AidApplication.child_name, AidApplication.decided_on)
            .select_from(AidApplication).join(AidProgramme, AidProgramme.id == AidApplication.programme_id)
            .join(Member, Member.id == AidApplication.member_id)
            .join(Organisation, Organisation.id == AidApplication.union_id)
            .where(AidProgramme.year == d.get("year")))
    if not d.get("whole_year"):
        stmt = stmt.where(AidApplication.decided_on.between(_date(d, "start"), _date(d, "end")))
    if d.get("programme_id") is not None:
        stmt = stmt.where(AidProgramme.id == d.get("programme_id"))
    if d.get("ptype") is not None:
        stmt = stmt.where(AidProgramme.type == d.get("ptype"))
    states = d.get("states")
    if isinstance(states, tuple):
        stmt = stmt.where(AidApplication.state.in_(states))
    if d.get("migrant") is True:
        stmt = stmt.where(AidApplication.tier == MIGRANT_TIER)
    elif d.get("migrant") is False:
        stmt = stmt.where((AidApplication.tier.is_(None)) | (AidApplication.tier != MIGRANT_TIER))
    cols = (Column("姓名", 10), Column("身份证号", 20), Column("基层工会", 24), Column("项目", 20), Column("状态", 8),
            Column("核定金额（元）", 12, MONEY, True), Column("子女姓名", 10), Column("审批日期", 11, DATE))
    return stmt.order_by(AidProgramme.id, AidApplication.id), cols


def _enrolments(d: Drill) -> tuple[Query, tuple[Column, ...]]:
    year = int(str(d.get("year")))
    stmt = (select(Member.name, Member.id_number, Academy.name, TrainingClass.name, TrainingClass.start_date,
                   Enrolment.status, Enrolment.assessment)
            .select_from(Enrolment).join(TrainingClass, TrainingClass.id == Enrolment.class_id)
            .join(Academy, Academy.id == TrainingClass.academy_id)
            .join(Member, Member.id == Enrolment.member_id)
            .where(TrainingClass.deleted_at.is_(None), Enrolment.status == "已报名",
                   TrainingClass.start_date.between(date(year, 1, 1), date(year, 12, 31))))
    if d.get("academy") is not None:
        stmt = stmt.where(Academy.name == d.get("academy"))
    cols = (Column("姓名", 10), Column("身份证号", 20), Column("工匠学院", 20), Column("培训班", 28),
            Column("开班日期", 11, DATE), Column("报名状态", 8), Column("考核", 8))
    return stmt.order_by(TrainingClass.start_date, TrainingClass.id, Enrolment.id), cols


def _entries(d: Drill) -> tuple[Query, tuple[Column, ...]]:
    band = PrizeBandRow
    stmt = (select(Member.name, Member.id_number, Competition.name, CompetitionEvent.name, CompetitionStage.name,
                   StageResult.final_rank, StageResult.prize)
            .select_from(StageResult).join(CompetitionStage, CompetitionStage.id == StageResult.stage_id)
            .join(CompetitionEvent, CompetitionEvent.id == CompetitionStage.event_id)
            .join(Competition, Competition.id == CompetitionEvent.competition_id)
            .join(Entry, Entry.id == StageResult.entry_id)
            .join(Member, Member.id == Entry.member_id)
            .where(Competition.year == d.get("year")))
    if d.get("stage") is not None:
        stmt = stmt.where(CompetitionStage.name == d.get("stage"))
    if d.get("prize") is not None:
        stmt = stmt.where(StageResult.prize == d.get("prize"))
    if d.get("prized"):
        stmt = stmt.where(StageResult.prize.is_not(None))
    if d.get("expert"):
        stmt = stmt.join(band, and_(band.event_id == CompetitionEvent.id, band.name == StageResult.prize)).where(
            band.recommend_expert.is_(True))
    cols = (Column("姓名", 10), Column("身份证号", 20), Column("竞赛", 28), Column("赛项", 16), Column("阶段", 6),
            Column("名次", 6, INT), Column("奖项", 8))
    return stmt.order_by(CompetitionEvent.id, CompetitionStage.seq, StageResult.id), cols


def _honours(d: Drill) -> tuple[Query, tuple[Column, ...]]:
    stmt = (select(Honour.recipient_name, Honour.recipient_kind, Honour.honour_type, Honour.unit, HonourList.name,
                   HonourList.doc_number)
            .join(HonourList, HonourList.id == Honour.list_id)
            .where(HonourList.year == d.get("year"), HonourList.status == FINAL, Honour.revoked_at.is_(None)))
    if d.get("honour_type") is not None:
        stmt = stmt.where(Honour.honour_type == d.get("honour_type"))
    cols = (Column("获得者", 16), Column("对象", 6), Column("荣誉", 14), Column("单位", 24), Column("表彰名单", 28),
            Column("文号", 14))
    return stmt.order_by(HonourList.id, Honour.id), cols


def _nominations(d: Drill) -> tuple[Query, tuple[Column, ...]]:
    stmt = (select(Member.name, Member.id_number, Organisation.name, RecuperationBatch.name,
                   RecuperationBatch.destination, RecuperationBatch.start_date, RecuperationBatch.border_area)
            .select_from(RecuperationNomination)
            .join(RecuperationBatch, RecuperationBatch.id == RecuperationNomination.batch_id)
            .join(Member, Member.id == RecuperationNomination.member_id)
            .join(Organisation, Organisation.id == RecuperationNomination.union_id)
            .where(RecuperationBatch.year == d.get("year"), RecuperationNomination.state == WENT))
    if not d.get("whole_year"):
        stmt = stmt.where(RecuperationBatch.start_date.between(_date(d, "start"), _date(d, "end")))
    if d.get("border") is not None:
        stmt = stmt.where(RecuperationBatch.border_area == d.get("border"))
    cols = (Column("姓名", 10), Column("身份证号", 20), Column("基层工会", 24), Column("批次", 16),
            Column("目的地", 16), Column("开始日期", 11, DATE), Column("边境地区", 8))
    return stmt.order_by(RecuperationBatch.start_date, RecuperationNomination.id), cols


BUILDERS = {"members": _members, "events": _events, "files": _files, "applications": _applications,
            "enrolments": _enrolments, "entries": _entries, "honours": _honours, "nominations": _nominations}
_ = (COMMITTED, GOLDEN_AUTUMN)  # the conditions the drills share with figures.py
# Each list's ORDER BY, which is also its key for paging (keyset: the rows after the last one shown, never OFFSET);
# the last column is unique, so the key names one row.
KEYS: dict[str, tuple[Any, ...]] = {
    "members": (Member.union_id, Member.pinyin_full, Member.id),  # ix_member_live_union
    "events": (MembershipEvent.event_date, MembershipEvent.id),
    "files": (HardshipFile.file_no,),
    "applications": (AidProgramme.id, AidApplication.id),
    "enrolments": (TrainingClass.start_date, TrainingClass.id, Enrolment.id),
    "entries": (CompetitionEvent.id, CompetitionStage.seq, StageResult.id),
    "honours": (HonourList.id, Honour.id),
    "nominations": (RecuperationBatch.start_date, RecuperationNomination.id),
}


def _query(drill: Drill) -> tuple[Query, tuple[Column, ...]]:
    builder = BUILDERS.get(drill.kind)
    if builder is None:
        raise ValidationError(f"没有“{drill.label or drill.kind}”背后的名单", field="名单")
    return builder(drill)


def _present(values: Sequence[object], columns: Sequence[Column], full_id: bool) -> list[object]:
    out: list[object] = []
    for value, column in zip(values, columns, strict=True):
        if column.header == "身份证号" and isinstance(value, str):
            value = value if full_id else mask_id(value)
        elif isinstance(value, bool):
            value = "是" if value else "否"
        out.append("" if value is None else value)
    return out


def title(drill: Drill) -> str:
    return f"{TITLES.get(drill.kind, '名单')}：{drill.label}" if drill.label else TITLES.get(drill.kind, "名单")


def columns(drill: Drill) -> tuple[Column, ...]:
    return _query(drill)[1]


def count_in(session: Session, drill: Drill) -> int:
    if drill.kind == "members":
        return sum(int(n) for n in session.execute(_members_count(drill)).scalars())
    stmt, _ = _query(drill)
    return int(session.execute(select(func.count()).select_from(stmt.order_by(None).subquery())).scalar() or 0)


def count(db: Database, actor: Actor, drill: Drill) -> int:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return count_in(session, drill)


@dataclass(frozen=True)
class Page:
    rows: list[list[object]]
    last: tuple[object, ...] | None  # the key of the last row, for the next page; None when nothing came


def page_after(db: Database, actor: Actor, drill: Drill, after: tuple[object, ...] | None, limit: int) -> Page:
    """The `limit` rows after the row whose key is `after` (from the start when None), masked as the screen shows
    them. Keyset paging: as quick at row 100,000 as at row 1 (an index walk from the key, no OFFSET)."""
    actor.require(Permission.VIEW_RECORDS)
    stmt, cols = _query(drill)
    keys = KEYS[drill.kind]
    stmt = stmt.add_columns(*keys)
    if after is not None:
        stmt = stmt.where(tuple_(*keys) > tuple_(*after))
    with db.read() as session:
        found = session.execute(stmt.limit(limit)).all()
    width = len(cols)
    rows = [_present(r[:width], cols, False) for r in found]
    return Page(rows, tuple(found[-1][width:]) if found else None)


def document(db: Database, actor: Actor, drill: Drill) -> ListDocument:
    """The list for 打印 and 导出 (services/reporting/lists.py), identification numbers masked as on the screen."""
    actor.require(Permission.VIEW_RECORDS)
    stmt, cols = _query(drill)

    def rows(session: Session) -> Iterator[Sequence[object]]:
        for r in session.execute(stmt.execution_options(yield_per=1000)):
            yield _present(r, cols, False)

    return ListDocument(title(drill), cols, rows, lambda session: count_in(session, drill),
                        lambda _session: drill.label or "全部", entity=drill.kind)
