"""Reading the audit trail: filtered pages, a record's own history, and verifying the hash chain."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, select

from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.core.audit import GENESIS, entry_hash
from unionoffice.services.core.context import Actor
from unionoffice.services.core.tasks import CancelToken, Progress, report

# Chinese labels of the actions services write (DEVELOPING.md), for filters and lists.
ACTION_LABELS: dict[str, str] = {
    "create": "新建", "update": "修改", "delete": "删除", "restore": "恢复", "purge": "彻底清除",
    "login": "登录", "login_failed": "登录失败", "lockout": "锁定账户", "export": "导出", "print": "打印",
    "backup": "备份", "restore_backup": "从备份恢复", "reveal": "查看完整信息", "import": "导入",
}
# Chinese names of the fields that appear in `changes`, for people reading the trail.
FIELD_LABELS: dict[str, str] = {
    "name": "姓名", "sex": "性别", "ethnicity": "民族", "id_type": "证件类型", "id_number": "身份证号",
    "id_number_original": "原15位身份证号", "birth_date": "出生日期", "education": "文化程度",
    "political_status": "政治面貌", "employment_status": "就业情况", "hukou_type": "户籍类型",
    "hukou_place": "户籍所在地", "skill_grade": "技能等级", "phone": "手机", "employer": "工作单位",
    "union_id": "所属基层工会", "join_date": "入会时间", "card_number": "会员卡号", "internal_card_number": "站内卡号",
    "is_migrant": "是否农民工", "hardship_category": "困难职工类别", "hardship_file_no": "困难档案号",
    "status": "会籍状态", "status_date": "状态日期", "note": "备注", "credit_code": "统一社会信用代码",
    "unit_nature": "单位性质", "economic_type": "经济类型", "industry": "所属行业", "contact_person": "联系人",
    "contact_phone": "联系电话", "username": "用户名", "display_name": "姓名", "role": "角色", "is_active": "启用",
}
VERIFY_BATCH = 2000


@dataclass(frozen=True)
class AuditFilter:
    """All given conditions must hold. Dates are local calendar days, both ends included."""

    username: str | None = None
    action: str | None = None
    entity: str | None = None
    entity_id: str | None = None
    since: date | None = None
    until: date | None = None
    text: str | None = None


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    action: str
    entity: str | None
    entity_id: str | None
    summary: str
    changes: dict[str, list[Any]]

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    @property
    def record(self) -> str:
        return f"{self.entity}#{self.entity_id}" if self.entity and self.entity_id else self.entity or ""

    def change_lines(self) -> list[str]:
        """“姓名：张三 → 张山” per changed field (values as stored, i.e. already masked)."""
        def shown(value: Any) -> str:
            return "（空）" if value is None or value == "" else str(value)

        return [f"{FIELD_LABELS.get(field, field)}：{shown(old)} → {shown(new)}"
                for field, (old, new) in self.changes.items()]


@dataclass(frozen=True)
class ChainReport:
    checked: int
    first_broken_id: int | None
    reason: str = ""

    @property
    def intact(self) -> bool:
        return self.first_broken_id is None


def local_day_start(day: date) -> datetime:
    """Midnight of a local calendar day, as aware UTC (the office's clock decides what "that day" is)."""
    return datetime.combine(day, time.min).astimezone().astimezone(UTC)


def _where(stmt: Select[Any], flt: AuditFilter) -> Select[Any]:
    if flt.username:
        stmt = stmt.where(AuditEntry.username == flt.username)
    if flt.action:
        stmt = stmt.where(AuditEntry.action == flt.action)
    if flt.entity:
        stmt = stmt.where(AuditEntry.entity == flt.entity)
    if flt.entity_id:
        stmt = stmt.where(AuditEntry.entity_id == flt.entity_id)
    if flt.since:
        stmt = stmt.where(AuditEntry.at >= local_day_start(flt.since))
    if flt.until:
        stmt = stmt.where(AuditEntry.at < local_day_start(flt.until + timedelta(days=1)))
    if flt.text:
        stmt = stmt.where(AuditEntry.summary.contains(flt.text.strip(), autoescape=True))
    return stmt


def _row(entry: AuditEntry) -> AuditRow:
    changes = json.loads(entry.changes) if entry.changes else {}
    return AuditRow(entry.id, entry.at, entry.username, entry.action, entry.entity, entry.entity_id, entry.summary,
                    changes)


def list_entries(db: Database, actor: Actor, flt: AuditFilter | None = None, *, before_id: int | None = None,
                 limit: int = 200) -> list[AuditRow]:
    """Newest first, one page: pass the last row's id as `before_id` for the next (keyset paging on the key)."""
    actor.require(Permission.VIEW_AUDIT)
    stmt = _where(select(AuditEntry), flt or AuditFilter())
    if before_id is not None:
        stmt = stmt.where(AuditEntry.id < before_id)
    with db.read() as session:
        return [_row(e) for e in session.execute(stmt.order_by(AuditEntry.id.desc()).limit(limit)).scalars()]


def count_entries(db: Database, actor: Actor, flt: AuditFilter | None = None) -> int:
    actor.require(Permission.VIEW_AUDIT)
    stmt = _where(select(func.count()).select_from(AuditEntry), flt or AuditFilter())
    with db.read() as session:
        return int(session.execute(stmt).scalar_one())


def entries_since(db: Database, actor: Actor, since: date | None = None) -> list[AuditRow]:
    """Oldest first, for `audit list`; everything after `since` (local day)."""
    actor.require(Permission.VIEW_AUDIT)
    stmt = _where(select(AuditEntry), AuditFilter(since=since)).order_by(AuditEntry.id)
    with db.read() as session:
        return [_row(e) for e in session.execute(stmt).scalars()]


def audit_usernames(db: Database, actor: Actor) -> list[str]:
    actor.require(Permission.VIEW_AUDIT)
    with db.read() as session:
        return list(session.execute(select(AuditEntry.username).distinct().order_by(AuditEntry.username)).scalars())


def history_of(db: Database, actor: Actor, entity: str, entity_id: int | str) -> list[AuditRow]:
    """One record's own history, oldest first, for its page. Sensitive values were masked when written,
    so whoever may see the record may see its history."""
    actor.require(Permission.VIEW_RECORDS)
    stmt = select(AuditEntry).where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
    with db.read() as session:
        return [_row(e) for e in session.execute(stmt.order_by(AuditEntry.id)).scalars()]


def check_chain(db: Database, actor: Actor, *, progress: Progress | None = None,
                cancel: CancelToken | None = None) -> ChainReport:
    """Recompute every hash in id order; the first entry whose content or link does not match is reported."""
    actor.require(Permission.VIEW_AUDIT)
    with db.read() as session:
        total = int(session.execute(select(func.count()).select_from(AuditEntry)).scalar_one())
        previous, checked, last_id = GENESIS, 0, 0
        while True:
            batch = session.execute(
                select(AuditEntry).where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(VERIFY_BATCH)
            ).scalars().all()
            if not batch:
                return ChainReport(checked, None)
            for entry in batch:
                if entry.prev_hash != previous:
                    reason = f"第 {entry.id} 条与前一条的链接断开（前面的记录被删除、插入或改动）"
                    return ChainReport(checked, entry.id, reason)
                if entry_hash(previous, entry) != entry.hash:
                    return ChainReport(checked, entry.id, f"第 {entry.id} 条的内容被改动")
                previous, checked, last_id = entry.hash, checked + 1, entry.id
            session.expunge_all()
            report(progress, checked, total, cancel)


def verify_chain(db: Database, actor: Actor, *, progress: Progress | None = None,
                 cancel: CancelToken | None = None) -> int | None:
    """The id of the first broken entry, or None when the whole trail is intact."""
    return check_chain(db, actor, progress=progress, cancel=cancel).first_broken_id
