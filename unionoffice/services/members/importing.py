"""Importing members from a spreadsheet: read, map columns, check every row, then commit in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from unionoffice.db import file_locks
from unionoffice.db.base import utcnow
from unionoffice.db.bulk import bulk_insert
from unionoffice.db.engine import Database
from unionoffice.db.models import Member, MemberNameGram, MembershipEvent, Organisation, User
from unionoffice.db.models.exchange import ImportBatch, ImportColumnChoice
from unionoffice.db.models.organisation import GRASSROOTS
from unionoffice.domain.common.errors import ConflictError, UnionOfficeError, ValidationError
from unionoffice.domain.common.idnumber import mask_id
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.members.fields import member_label
from unionoffice.domain.members.membership import EventKind, MemberStatus
from unionoffice.exchange import headers
from unionoffice.exchange.cells import date_value, plain_text
from unionoffice.exchange.fields import MEMBER_FIELDS, FieldSpec
from unionoffice.exchange.member_rows import PlannedRow, RowChecker, RowStatus, mark_duplicates
from unionoffice.exchange.readers import SheetTable, read_table
from unionoffice.exchange.rows import extract_rows
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.tasks import CancelToken, Progress, report
from unionoffice.services.members.records import derived_columns, name_grams, write_grams

__all__ = ["DEFAULTABLE", "ExistingPolicy", "ImportOptions", "ImportPlan", "ImportRejectedError", "ImportResult",
           "ImportSource", "PlannedRow", "RowStatus", "commit_member_import", "field_by_word", "import_members",
           "missing_fields", "open_member_file", "parse_default", "plan_member_import", "RecentImport",
           "recent_imports", "remember_mapping"]

KIND = "members"
STEP = 2_000  # rows between progress reports (and cancel checks)
WRITE_CHUNK = 10_000
LOOKUP_CHUNK = 2_000  # ID numbers per IN (…) query: well under SQLite's 32,766 bound parameters
# Fields the import may overwrite on an existing member, and only when the file has their column.
UPDATABLE = ("name", "ethnicity", "id_type", "education", "political_status", "employment_status", "hukou_type",
             "hukou_place", "skill_grade", "phone", "employer", "join_date", "card_number", "internal_card_number",
             "is_migrant", "hardship_category", "hardship_file_no", "note")


class ExistingPolicy(StrEnum):
    UPDATE = "update"
    SKIP = "skip"
    ASK = "ask"


class ImportRejectedError(UnionOfficeError):
    """All-or-nothing import with rejected rows: nothing was written."""


@dataclass
class ImportOptions:
    default_union: str = ""  # for rows (or files) that name no union: `--union NAME`
    create_unions: bool = False  # `--create-unions`: unknown union names become new grassroots unions
    existing: ExistingPolicy = ExistingPolicy.UPDATE
    valid_only: bool = False  # import the valid rows and report the rest (otherwise all or nothing)
    approved: frozenset[str] | None = None  # with ASK: ID numbers whose update the clerk accepted
    # A value for every row of a required field the file has no column for, where one is lawful (DEFAULTABLE):
    # {"join_date": date(2024, 1, 1)} — the wizard's “use one date for all rows”, `--default 入会时间=2024-01-01`.
    defaults: dict[str, Any] = field(default_factory=dict)


@dataclass
class ImportSource:
    """A file opened for import: the sheet as read, where its header is, and the column mapping (adjustable)."""

    table: SheetTable
    header_row: int | None
    mapping: dict[int, str]
    kind: str = KIND

    @property
    def headers(self) -> list[str]:
        if self.header_row is None:
            return []
        return [plain_text(v) for v in self.table.rows[self.header_row]]

    @property
    def data_rows(self) -> int:
        """The rows that hold a person, as the check counts them: below the header, without titles, blank, total and
        note rows (the second trial read “已读取 21 行” for a 20-person roster). Without a header, every row that is
        not blank."""
        if self.header_row is None:
            return sum(1 for row in self.table.rows if headers.leading_texts(row, 1))
        return len(headers.layout(self.table.rows, self.header_row).data_rows)


@dataclass
class ImportPlan:
    source: ImportSource
    layout: headers.Layout
    rows: list[PlannedRow]
    new_unions: list[str]
    earlier_imports: list[str]  # "2024-05-01 09:30 clerk": the same file (by SHA-256) was imported before

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status == status)

    @property
    def counts(self) -> dict[RowStatus, int]:
        return {s: self.count(s) for s in RowStatus}

    @property
    def rejected(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.status == RowStatus.REJECTED]


@dataclass(frozen=True)
class ImportResult:
    batch_id: int | None  # None for a dry run
    created: int
    updated: int
    unchanged: int
    skipped: int
    rejected: int
    unions_created: int
    sha256: str

    @property
    def summary(self) -> str:
        return (f"新增 {self.created}，更新 {self.updated}，无变化 {self.unchanged}，跳过 {self.skipped}，"
                f"拒绝 {self.rejected}" + (f"，新建基层工会 {self.unions_created}" if self.unions_created else ""))


def remembered_choices(db: Database, kind: str) -> dict[str, str]:
    with db.read() as session:
        rows = session.execute(select(ImportColumnChoice.header, ImportColumnChoice.field)
                               .where(ImportColumnChoice.kind == kind)).all()
    return {header: field or "" for header, field in rows}


def open_member_file(db: Database, actor: Actor, path: str | Path, *, encoding: str | None = None,
                     sheet: str | int | None = None) -> ImportSource:
    """Read the file, find its header under any title rows, and map columns (remembered choices first)."""
    actor.require(Permission.IMPORT_DATA)
    table = read_table(path, encoding=encoding, sheet=sheet)
    remembered = remembered_choices(db, KIND)
    header_row = headers.find_header(table.rows, MEMBER_FIELDS, remembered)
    mapping: dict[int, str] = {}
    if header_row is not None:
        mapping = headers.auto_map(table.rows[header_row], MEMBER_FIELDS, remembered)
    return ImportSource(table, header_row, mapping)


def remember_mapping(db: Database, actor: Actor, source: ImportSource) -> None:
    """Keep the clerk's column choices for the next file with the same headers (not personal data: no audit)."""
    actor.require(Permission.IMPORT_DATA)
    if source.header_row is None:
        return
    with db.write() as session:
        for column, value in enumerate(source.table.rows[source.header_row]):
            header = headers.normalise_header(value)[:100]
            if not header:
                continue
            choice = session.get(ImportColumnChoice, (source.kind, header))
            if choice is None:
                choice = ImportColumnChoice(kind=source.kind, header=header)
                session.add(choice)
            choice.field = source.mapping.get(column) or None
            choice.username = actor.username
            choice.updated_at = utcnow()


# Required fields that may take one value for all rows when the file has no column for them. The join date may: an
# office's roster of people who joined together (or “the date of this import”); a name or an ID number never can.
DEFAULTABLE = ("join_date",)


def missing_fields(mapping: dict[int, str], defaults: dict[str, Any] | None = None) -> list[FieldSpec]:
    """The required fields neither mapped to a column nor given a value for all rows, in the form's order."""
    mapped = set(mapping.values()) | set(defaults or {})
    return [spec for spec in MEMBER_FIELDS if spec.required and spec.key not in mapped]


def field_by_word(word: str) -> FieldSpec | None:
    """The member field a header word names (its label or a synonym, as the header mapping knows them)."""
    wanted = word.strip()
    return next((spec for spec in MEMBER_FIELDS if wanted in spec.words or wanted == spec.key), None)


def parse_default(text: str) -> tuple[str, Any]:
    """`入会时间=2024-01-01` (the command line's --default): the field and its value for all rows."""
    name, sep, value = text.partition("=")
    spec = field_by_word(name)
    if not sep or spec is None:
        raise ValidationError(f"--default 应写成“字段=值”，字段用表头里的名称（如 入会时间=2024-01-01），"
                              f"不认识“{text}”", field="--default")
    if spec.key not in DEFAULTABLE:
        allowed = "、".join(s.label for s in MEMBER_FIELDS if s.key in DEFAULTABLE)
        raise ValidationError(f"“{spec.label}”不能统一指定，每行必须有自己的值（可统一指定的只有：{allowed}）",
                              field=spec.label)
    if spec.kind == "date":
        parsed = date_value(value.strip(), spec.label, from_text=True)
        if parsed is None:
            raise ValidationError(f"--default {spec.label} 缺少日期", field=spec.label)
        return spec.key, parsed
    return spec.key, value.strip()


def _check_mapping(source: ImportSource, options: ImportOptions) -> None:
    if source.header_row is None:
        raise ValidationError("在文件前 30 行中找不到表头（如“姓名”“身份证号”），请检查是否选对了工作表", field="表头")
    headers.refuse_duplicate_columns(source.table.rows[source.header_row], source.mapping, MEMBER_FIELDS)
    mapped = set(source.mapping.values())
    for spec in missing_fields(source.mapping, options.defaults):
        if spec.key in DEFAULTABLE:
            raise ValidationError(f"没有对应“{spec.label}”的列：请在列对应中指定，或为所有行统一指定"
                                  f"（命令行：--default {spec.label}=2024-01-01）", field=spec.label)
        raise ValidationError(f"没有对应“{spec.label}”的列，请在列对应中指定", field=spec.label)
    unlawful = sorted(set(options.defaults) - set(DEFAULTABLE))
    if unlawful:
        raise ValidationError(f"“{'、'.join(unlawful)}”不能统一指定", field="统一指定")
    if "union" not in mapped and not options.default_union.strip():
        raise ValidationError("文件中没有“所属基层工会”列，请指定导入到哪个基层工会（--union）", field="所属基层工会")


def union_ids(session: Session) -> dict[str, int]:
    rows = session.execute(select(Organisation.name, Organisation.id).where(
        Organisation.kind == GRASSROOTS, Organisation.deleted_at.is_(None))).all()
    return {name: oid for name, oid in rows}


def plan_member_import(db: Database, actor: Actor, source: ImportSource, options: ImportOptions, *,
                       today: date | None = None, progress: Progress | None = None,
                       cancel: CancelToken | None = None) -> ImportPlan:
    """Check every row and compare it with the database; nothing is written."""
    actor.require(Permission.IMPORT_DATA)
    _check_mapping(source, options)
    assert source.header_row is not None
    layout = headers.layout(source.table.rows, source.header_row)
    with db.read() as session:
        checker = RowChecker(union_ids(session), default_union=options.default_union.strip(),
                             create_unions=options.create_unions, today=today or date.today())
        total = len(layout.data_rows)
        rows: list[PlannedRow] = []
        mapped = set(source.mapping.values())
        defaults = {key: value for key, value in options.defaults.items() if key not in mapped}
        fields = [replace(spec, required=False) if spec.key in defaults else spec for spec in MEMBER_FIELDS]
        for extracted in extract_rows(source.table, layout, source.mapping, fields):
            if len(rows) % STEP == 0:
                report(progress, len(rows), total, cancel)
            for key, value in defaults.items():
                extracted.values.setdefault(key, value)
            rows.append(checker.check(extracted))
        mark_duplicates(rows)
        _compare_existing(session, rows, set(source.mapping.values()), options)
        earlier = session.execute(select(ImportBatch.at, ImportBatch.username).where(
            ImportBatch.sha256 == source.table.sha256, ImportBatch.kind == KIND)).all()
    report(progress, total, total, cancel)
    return ImportPlan(source, layout, rows, checker.new_unions,
                      [f"{at.astimezone():%Y-%m-%d %H:%M} {user}" for at, user in earlier])


def _existing(session: Session, numbers: list[str]) -> dict[str, Member]:
    found: dict[str, Member] = {}
    for start in range(0, len(numbers), LOOKUP_CHUNK):
        chunk = numbers[start:start + LOOKUP_CHUNK]
        for member in session.execute(select(Member).where(Member.id_number.in_(chunk))).scalars():
            found[member.id_number] = member
    return found


def _registered(session: Session, numbers: list[str]) -> list[str]:
    """Which of these ID numbers are already in the member table (the cheap question: no ORM objects)."""
    found: list[str] = []
    for start in range(0, len(numbers), LOOKUP_CHUNK):
        chunk = numbers[start:start + LOOKUP_CHUNK]
        found.extend(session.execute(select(Member.id_number).where(Member.id_number.in_(chunk))).scalars())
    return found


def _compare_existing(session: Session, rows: list[PlannedRow], mapped: set[str], options: ImportOptions) -> None:
    candidates = [r for r in rows if r.status == RowStatus.NEW]
    existing = _existing(session, [r.values["id_number"] for r in candidates])
    fields = [f for f in UPDATABLE if f in mapped]
    for row in candidates:
        member = existing.get(row.values["id_number"])
        if member is None:
            continue
        row.member_id, row.version = member.id, member.version
        if member.deleted_at is not None:
            why = f"该身份证号的会员 {member.name} 在回收站中，请先由审核人恢复"
            row.errors.append((member_label("id_number"), why))
        elif row.values["union_id"] != member.union_id:
            current = session.get(Organisation, member.union_id)
            row.errors.append((member_label("union_id"), f"与现有记录不同（现为“{current.name if current else ''}”）；"
                                            "更换工会请办理转出和转入"))
        else:
            row.changes = {f: (getattr(member, f), row.values[f]) for f in fields
                           if getattr(member, f) != row.values[f]}
            if "join_date" in row.changes:
                _check_join_date_move(session, member.id, row)
        if row.errors:
            row.status = RowStatus.REJECTED
        elif not row.changes:
            row.status = RowStatus.UNCHANGED
        else:
            row.status = RowStatus.SKIPPED if options.existing == ExistingPolicy.SKIP else RowStatus.UPDATE


def _check_join_date_move(session: Session, member_id: int, row: PlannedRow) -> None:
    first_later = session.execute(
        select(func.min(MembershipEvent.event_date)).where(MembershipEvent.member_id == member_id,
                                                           MembershipEvent.kind != EventKind.JOIN.value)
    ).scalar()
    if first_later is not None and row.values["join_date"] > first_later:
        row.errors.append((member_label("join_date"), f"不能晚于之后的会籍变动（{first_later:%Y-%m-%d}）"))


def commit_member_import(db: Database, actor: Actor, plan: ImportPlan, options: ImportOptions, *,
                         progress: Progress | None = None, cancel: CancelToken | None = None) -> ImportResult:
    """Write the plan in ONE transaction (batch header, unions, members, events, audit); Cancel rolls it all back."""
    actor.require(Permission.IMPORT_DATA)
    rejected = plan.count(RowStatus.REJECTED)
    if rejected and not options.valid_only:
        raise ImportRejectedError(f"有 {rejected} 行未通过检查；按“全部或全不”方式，未导入任何数据。"
                                  "请修正错误报告中的行，或选择“只导入无误的行”。")
    if plan.new_unions:
        actor.require(Permission.EDIT_ORGANISATIONS)
    # Whoever finds the database locked meanwhile is told that an import holds it (db/file_locks.py).
    with file_locks.activity(db.path, f"导入会员（{plan.source.table.path.name}）"), db.write() as session:
        return _Writer(session, actor, plan, options, progress, cancel).write()


class _Writer:
    """The commit, inside the caller's session: unions, batch header, new members in bulk, updates, audit."""

    def __init__(self, session: Session, actor: Actor, plan: ImportPlan, options: ImportOptions,
                 progress: Progress | None, cancel: CancelToken | None) -> None:
        self.session, self.actor, self.plan, self.options = session, actor, plan, options
        self.progress, self.cancel = progress, cancel
        self.new = [r for r in plan.rows if r.status == RowStatus.NEW]
        approved = options.approved or frozenset()
        # The policy is applied here as well as in the plan, so a clerk may change it after the check.
        self.updates = [] if options.existing == ExistingPolicy.SKIP else [
            r for r in plan.rows if r.status == RowStatus.UPDATE
            and (options.existing != ExistingPolicy.ASK or r.values["id_number"] in approved)]
        self.total = len(self.new) + len(self.updates)
        self.done = 0

    def tick(self, count: int) -> None:
        self.done += count
        report(self.progress, self.done, self.total, self.cancel)

    def write(self) -> ImportResult:
        session = self.session
        if session.get_bind().dialect.name == "sqlite":
            # The index pages a 100,000-row insert touches do not fit SQLite's default 2 MB cache; 64 MB saves a third.
            session.execute(text("PRAGMA cache_size=-65536"))
        report(self.progress, 0, self.total, self.cancel)
        unions = self._create_unions()
        self._check_unchanged_since_plan()
        batch = self._batch_header()
        ids = self._insert_new(unions)
        self._apply_updates()
        batch.first_member_id, batch.last_member_id = (ids[0], ids[-1]) if ids else (None, None)
        audit.record(session, self.actor, "import", f"导入会员：{batch.file_name}（{self._summary(batch)}）",
                     entity="import_batch", entity_id=batch.id,
                     changes={"sha256": (None, batch.sha256), "created": (None, batch.created),
                              "updated": (None, batch.updated), "rejected": (None, batch.rejected)})
        audit_updates(session, self.actor, self.updates)
        return ImportResult(batch.id, batch.created, batch.updated, batch.unchanged, batch.skipped, batch.rejected,
                            len(self.plan.new_unions), batch.sha256)

    @staticmethod
    def _summary(batch: ImportBatch) -> str:
        return (f"新增 {batch.created}，更新 {batch.updated}，无变化 {batch.unchanged}，跳过 {batch.skipped}，"
                f"拒绝 {batch.rejected}")

    def _create_unions(self) -> dict[int, int]:
        """Placeholder id -> real id of each union the clerk agreed to create."""
        from unionoffice.services.members.organisations import district

        if not self.plan.new_unions:
            return {}
        known = union_ids(self.session)
        parent = district(self.session)
        if parent is None:
            raise ValidationError("请先设置区/县总工会，再新建基层工会", field="所属基层工会")
        real: dict[int, int] = {}
        for index, name in enumerate(self.plan.new_unions):
            if name not in known:
                org = Organisation(kind=GRASSROOTS, name=name, parent_id=parent.id)
                self.session.add(org)
                self.session.flush()
                audit.record(self.session, self.actor, "create", f"导入会员时新建基层工会“{name}”",
                             entity="organisation", entity_id=org.id)
                known[name] = org.id
            real[-1 - index] = known[name]
        return real

    def _check_unchanged_since_plan(self) -> None:
        """Someone may have registered or edited the same people since the check: then the clerk checks again."""
        clash = _registered(self.session, [r.values["id_number"] for r in self.new])
        if clash:
            example = mask_id(clash[0])
            raise ConflictError(f"检查之后，已有 {len(clash)} 名会员被他人登记（如 {example}），请重新检查后再导入。")
        for row in self.updates:
            member = self.session.get(Member, row.member_id)
            if member is None or member.version != row.version:
                raise ConflictError(f"检查之后，会员 {row.values['name']} 的记录已被他人修改，请重新检查后再导入。")

    def _batch_header(self) -> ImportBatch:
        counts = self.plan.counts
        table = self.plan.source.table
        batch = ImportBatch(
            kind=KIND, file_name=table.path.name[:255], sha256=table.sha256,
            mode="valid_only" if self.options.valid_only else "all_or_nothing", rows_total=len(self.plan.rows),
            created=len(self.new), updated=len(self.updates), unchanged=counts[RowStatus.UNCHANGED],
            skipped=counts[RowStatus.SKIPPED] + counts[RowStatus.UPDATE] - len(self.updates),
            rejected=counts[RowStatus.REJECTED], user_id=self.actor.user_id, username=self.actor.username,
            at=utcnow())
        self.session.add(batch)
        self.session.flush()
        return batch

    def _insert_new(self, unions: dict[int, int]) -> list[int]:
        now = utcnow()
        reason = f"导入 {self.plan.source.table.path.name}"[:200]
        next_id = int(self.session.execute(select(func.coalesce(func.max(Member.id), 0))).scalar_one()) + 1
        all_ids: list[int] = []
        for start in range(0, len(self.new), WRITE_CHUNK):
            chunk = self.new[start:start + WRITE_CHUNK]
            members = []
            for row in chunk:
                values = dict(row.values)
                if values["union_id"] < 0:
                    values["union_id"] = unions[values["union_id"]]
                values.update(derived_columns(values))
                values.update(status=MemberStatus.ACTIVE.value, status_date=values["join_date"], created_at=now,
                              updated_at=now, deleted_at=None, version=1)
                members.append(values)
            ids = insert_members(self.session, members, next_id)
            next_id = ids[-1] + 1
            events = [{"member_id": mid, "kind": EventKind.JOIN.value, "event_date": m["join_date"],
                       "from_union_id": None, "to_union_id": m["union_id"], "status_after": MemberStatus.ACTIVE.value,
                       "reason": reason, "created_at": now, "created_by": self.actor.username}
                      for mid, m in zip(ids, members, strict=True)]
            grams = [{"gram": g, "member_id": mid} for mid, m in zip(ids, members, strict=True)
                     for g in name_grams(m["name"])]
            bulk_insert(self.session, MembershipEvent.__table__, events)  # type: ignore[arg-type]
            bulk_insert(self.session, MemberNameGram.__table__, grams)  # type: ignore[arg-type]
            all_ids.extend(ids)
            self.tick(len(chunk))
        return all_ids

    def _apply_updates(self) -> None:
        session = self.session
        for row in self.updates:
            member = session.get(Member, row.member_id)
            assert member is not None
            values = {f: new for f, (_old, new) in row.changes.items()}
            if "name" in values or "phone" in values:
                merged = {"name": values.get("name", member.name), "id_number": member.id_number,
                          "phone": values.get("phone", member.phone)}
                values.update(derived_columns(merged))
            for key, value in values.items():
                setattr(member, key, value)
            if "join_date" in row.changes:
                for event in session.execute(select(MembershipEvent).where(
                        MembershipEvent.member_id == member.id,
                        MembershipEvent.kind == EventKind.JOIN.value)).scalars():
                    event.event_date = row.values["join_date"]
                if member.status_date == row.changes["join_date"][0]:
                    member.status_date = row.values["join_date"]
            if "name" in row.changes:
                write_grams(session, member.id, member.name)
            self.tick(1)
        session.flush()


def insert_members(session: Session, rows: list[dict[str, Any]], next_id: int) -> list[int]:
    """Insert new members and return their ids. On SQLite, BEGIN IMMEDIATE makes this the only writer, so
    consecutive ids from max(id)+1 are safe and let executemany run; PostgreSQL's sequence hands them out."""
    if session.get_bind().dialect.name == "sqlite":
        ids = list(range(next_id, next_id + len(rows)))
        for member_id, row in zip(ids, rows, strict=True):
            row["id"] = member_id
        bulk_insert(session, Member.__table__, rows)  # type: ignore[arg-type]
        return ids
    table = Member.__table__
    result = session.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True),  # type: ignore[arg-type]
                             rows)
    return [int(i) for i in result.scalars()]


def audit_updates(session: Session, actor: Actor, rows: list[PlannedRow]) -> None:
    """One entry per updated member, chained in one go: `audit.record` per row re-reads the chain head each time,
    which costs a query and a flush per member; the hashes are the same either way."""
    audit.append(session, [audit.new_entry(actor, "update",
                                           f"导入时修改会员 {row.values['name']}（{mask_id(row.values['id_number'])}）",
                                           entity="member", entity_id=row.member_id, changes=row.changes)
                           for row in rows])


@dataclass(frozen=True)
class RecentImport:
    batch: ImportBatch  # detached: plain values for a list
    person: str  # who imported it: the account's display name (经办人 王芳), else its login name


def recent_imports(db: Database, actor: Actor, limit: int = 20) -> list[RecentImport]:
    """The latest import batches, newest first, with the name of the person who imported each (the trial found the
    login name “clerk” where the clerk expects a person)."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        rows = session.execute(select(ImportBatch, User.display_name)
                               .outerjoin(User, User.username == ImportBatch.username)
                               .order_by(ImportBatch.id.desc()).limit(limit)).all()
        session.expunge_all()
    return [RecentImport(batch, display or batch.username) for batch, display in rows]


def import_members(db: Database, actor: Actor, path: str | Path, options: ImportOptions, *,
                   dry_run: bool = False, encoding: str | None = None, sheet: str | int | None = None,
                   today: date | None = None, progress: Progress | None = None,
                   cancel: CancelToken | None = None) -> tuple[ImportPlan, ImportResult]:
    """The command line's whole import: open, map automatically, plan, and commit unless `dry_run`."""
    source = open_member_file(db, actor, path, encoding=encoding, sheet=sheet)
    plan = plan_member_import(db, actor, source, options, today=today, progress=progress, cancel=cancel)
    if dry_run:
        counts = plan.counts
        return plan, ImportResult(None, counts[RowStatus.NEW], counts[RowStatus.UPDATE], counts[RowStatus.UNCHANGED],
                                  counts[RowStatus.SKIPPED], counts[RowStatus.REJECTED], len(plan.new_unions),
                                  source.table.sha256)
    return plan, commit_member_import(db, actor, plan, options, progress=progress, cancel=cancel)
