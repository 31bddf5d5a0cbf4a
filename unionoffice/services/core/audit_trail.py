"""Reading the audit trail: filtered pages, a record's own history, and verifying the hash chain."""

from __future__ import annotations

import hmac
import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.core.audit import GENESIS, entry_hash, keyed_hash
from unionoffice.services.core.audit_anchor import Anchor, signature_ok, stored_anchors
from unionoffice.services.core.audit_key import KeyRing, key_ring
from unionoffice.services.core.context import Actor
from unionoffice.services.core.tasks import CancelToken, Progress, report

# Chinese labels of the actions services write (DEVELOPING.md), for filters and lists.
ACTION_LABELS: dict[str, str] = {
    "create": "新建", "update": "修改", "delete": "删除", "restore": "恢复", "purge": "彻底清除",
    "login": "登录", "login_failed": "登录失败", "lockout": "锁定账户", "export": "导出", "print": "打印",
    "backup": "备份", "restore_backup": "从备份恢复", "reveal": "查看完整信息", "import": "导入",
    "audit_key": "审计记录签名",
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
        """“姓名：张三 → 张山” per changed field (values as stored, i.e. already masked; codes such as the attendance
        mark in words: “考勤：未登记 → 出勤”)."""
        from unionoffice.services.core.audit_names import value_in_words

        return [f"{FIELD_LABELS.get(field, field)}：{value_in_words(field, old)} → {value_in_words(field, new)}"
                for field, (old, new) in self.changes.items()]


@dataclass(frozen=True)
class ChainReport:
    """What `check_chain` found. `verdict`: "intact" (every entry verified and the trail agrees with its anchors),
    "broken" (evidence of a change: an entry, a link or an anchor does not match) or "unproven" (nothing wrong
    found, but something cannot be proven here: no anchor, entries signed on another PC, an unsigned trail)."""

    checked: int
    first_broken_id: int | None
    reason: str = ""
    verdict: str = "intact"
    anchor_note: str = ""

    @property
    def intact(self) -> bool:
        return self.verdict == "intact" and self.first_broken_id is None


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


@dataclass
class _Walk:
    """State of one pass over the trail in id order."""

    ring: KeyRing
    wanted: set[int]  # positions whose hash an anchor records
    previous: str = GENESIS
    checked: int = 0
    legacy: int = 0
    keyed: int = 0
    unknown: dict[str, list[int]] = field(default_factory=dict)
    at_position: dict[int, str] = field(default_factory=dict)

    def step(self, entry: AuditEntry) -> str | None:
        """The reason this entry breaks the chain, or None."""
        if entry.prev_hash != self.previous:
            return f"第 {entry.id} 条与前一条的链接断开（前面的记录被删除、插入或改动）"
        if entry.key_id is None:
            if self.keyed:
                return f"第 {entry.id} 条是未签名的旧格式记录，却排在签名记录之后（被插入或改写）"
            ok = entry_hash(self.previous, entry) == entry.hash
            self.legacy += 1
        else:
            secret = self.ring.secret(entry.key_id)
            self.keyed += 1
            if secret is None:
                self.unknown.setdefault(entry.key_id, []).append(entry.id)
                ok = True  # its link is checked; its content cannot be here
            else:
                ok = hmac.compare_digest(keyed_hash(secret, self.previous, entry), entry.hash)
        if not ok:
            return f"第 {entry.id} 条的内容被改动（或被重新编号）"
        self.previous = entry.hash
        self.checked += 1
        if self.checked in self.wanted:
            self.at_position[self.checked] = entry.hash
        return None


def _walk(db: Database, walk: _Walk, total: int, progress: Progress | None,
          cancel: CancelToken | None) -> ChainReport | None:
    """Recompute every hash in id order; a report for the first entry that breaks the chain, else None."""
    last_id = None
    with db.read() as session:
        while True:
            stmt = select(AuditEntry).order_by(AuditEntry.id).limit(VERIFY_BATCH)
            if last_id is not None:
                stmt = stmt.where(AuditEntry.id > last_id)
            batch = session.execute(stmt).scalars().all()
            if not batch:
                return None
            for entry in batch:
                reason = walk.step(entry)
                if reason is not None:
                    return ChainReport(walk.checked, entry.id, reason, "broken")
                last_id = entry.id
            session.expunge_all()
            report(progress, walk.checked, total, cancel)


def _against_anchors(walk: _Walk, anchors: list[Anchor], trail: str | None, began: datetime | None) -> ChainReport:
    """Compare the verified trail with every anchor recorded for it; the newest one is named when all agree.
    `began` is when the trail's first entry was written: a trail that already existed when this location's anchors
    recorded another one has been rewritten from its first entry."""
    count = walk.checked
    valid: list[Anchor] = []
    for anchor in anchors:
        signed = signature_ok(anchor, walk.ring)
        if signed is False:
            return ChainReport(count, None, f"锚点记录被改动（{anchor.describe()}签名不符）", "broken")
        if signed:
            valid.append(anchor)
    ours = [a for a in valid if a.trail == trail]
    for anchor in reversed(ours):  # newest first: it names the most that is missing
        if anchor.count > count:
            return ChainReport(count, None, f"至少 {anchor.count - count} 条最新的审计记录被删除：{anchor.describe()}"
                                            f"记录了 {anchor.count} 条，现在只有 {count} 条", "broken")
        if walk.at_position.get(anchor.count) != anchor.head:
            return ChainReport(count, None, f"第 {anchor.count} 条与 {anchor.describe()}不符：最新的记录被删除后"
                                            "又写入了别的记录，或整条记录被重算", "broken")
    others = [a for a in valid if a.trail != trail]
    if trail is None and others:
        newest = others[-1]
        return ChainReport(0, None, f"全部审计记录被删除：{newest.describe()}记录了 {newest.count} 条，现在一条也没有",
                           "broken")
    if not ours:
        if others and began is not None and began < others[-1].when:
            newest = others[-1]
            return ChainReport(count, None, f"审计记录被整体重写：第一条写于 {began.astimezone():%Y-%m-%d %H:%M}，"
                                            f"但{newest.describe()}记录的是另一份记录（{newest.count} 条）", "broken")
        if others:
            newest = others[-1]
            reason = (f"这个数据库此前的审计记录（{newest.describe()}，{newest.count} 条）与现在的不是同一份：如果"
                      "没有换过数据库文件，说明原有记录被整体删除或替换")
        else:
            reason = "没有找到这份审计记录的锚点（本机在每次备份和正常退出时记录），无法证明最新的记录没有被删除"
        return ChainReport(count, None, reason, "unproven")
    newest = ours[-1]
    later = f"，其后又有 {count - newest.count} 条" if count > newest.count else ""
    return ChainReport(count, None, "", "intact", f"与 {newest.describe()}一致（当时 {newest.count} 条{later}）")


def _unproven_signatures(walk: _Walk) -> ChainReport | None:
    if walk.legacy and not walk.keyed:
        return ChainReport(walk.checked, None, f"{walk.legacy} 条审计记录都是未签名的旧格式（SHA-256 可被整体重算）："
                                               "用本版程序打开一次数据库即由本机密钥签名", "unproven")
    if walk.unknown:
        key_id, ids = next(iter(walk.unknown.items()))
        foreign = sum(len(v) for v in walk.unknown.values())
        more = f"等 {foreign} 条" if foreign > 1 else ""
        return ChainReport(walk.checked, None, f"第 {ids[0]} 条{more}由另一台电脑的密钥（编号 {key_id}）签名，本机"
                                               "无法核对其内容：在那台电脑上运行 audit key export，再在本机运行 "
                                               "audit key import", "unproven")
    return None


def check_chain(db: Database, actor: Actor, *, progress: Progress | None = None,
                cancel: CancelToken | None = None) -> ChainReport:
    """Verify every entry's signature and link in id order, then compare the trail with its anchors outside the
    database (docs/audit-trail.md): the first problem found is reported."""
    actor.require(Permission.VIEW_AUDIT)
    with db.read() as session:
        total = int(session.execute(select(func.count()).select_from(AuditEntry)).scalar_one())
        first = session.execute(select(AuditEntry.hash, AuditEntry.at).order_by(AuditEntry.id).limit(1)).first()
    trail, began = (first[0], first[1]) if first else (None, None)
    anchors = stored_anchors(db, trail)
    walk = _Walk(key_ring(), {a.count for a in anchors if a.trail == trail})
    broken = _walk(db, walk, total, progress, cancel)
    if broken is not None:
        return broken
    compared = _against_anchors(walk, anchors, trail, began)
    if compared.verdict == "broken":
        return compared
    return _unproven_signatures(walk) or compared


def verify_chain(db: Database, actor: Actor, *, progress: Progress | None = None,
                 cancel: CancelToken | None = None) -> int | None:
    """The id of the first broken entry, or None when every entry verifies (see `check_chain` for the anchors)."""
    return check_chain(db, actor, progress=progress, cancel=cancel).first_broken_id


def legacy_chain_report(session: Session) -> str:
    """The unsigned entries' plain SHA-256 chain, checked before the first signed entry seals it: one phrase."""
    previous = GENESIS
    for entry in session.execute(select(AuditEntry).where(AuditEntry.key_id.is_(None))
                                 .order_by(AuditEntry.id)).scalars():
        if entry.prev_hash != previous or entry_hash(previous, entry) != entry.hash:
            return f"第 {entry.id} 条起与旧链不符（签名前已被改动）"
        previous = entry.hash
    return "旧记录的链完好"
