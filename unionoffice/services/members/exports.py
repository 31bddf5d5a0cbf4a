"""Exporting the member roster to xlsx or csv: streamed from SQL, masked by role, written atomically, audited."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, Organisation
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.idnumber import mask_id
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.common.phone import mask_account, mask_phone
from unionoffice.exchange.csv_export import CSV_ENCODINGS, write_csv
from unionoffice.exchange.report_specs import roster_spec
from unionoffice.exchange.xlsx_report import Heading, ReportFile, ReportSpec, write_report
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.tasks import CancelToken, Progress, report
from unionoffice.services.members.listing import MemberFilter

CHUNK = 5_000
MIN_REASON = 4  # characters: "工作需要" is the shortest honest reason
_BASE = (Member.id, Member.name, Member.sex, Member.ethnicity, Member.id_number, Member.birth_date,
         Member.political_status, Member.education, Member.phone, Member.employer, Member.union_id, Member.join_date,
         Member.status, Member.is_migrant)
_EXTRA = (Member.id_type, Member.employment_status, Member.hukou_type, Member.hukou_place, Member.skill_grade,
          Member.card_number, Member.internal_card_number, Member.hardship_category, Member.hardship_file_no,
          Member.note)


@dataclass(frozen=True)
class MemberExport:
    """What to export: the file (its suffix picks xlsx or csv), the same filter as the member list, and whether
    full ID numbers go out (needs the permission and a typed reason, both recorded in the audit trail)."""

    path: Path
    filter: MemberFilter = field(default_factory=MemberFilter)
    full_id: bool = False
    reason: str = ""
    all_fields: bool = False
    encoding: str = "utf-8-sig"  # CSV only


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    sha256: str
    full_id: bool


def check_full_id(actor: Actor, full_id: bool, reason: str) -> None:
    if not full_id:
        return
    actor.require(Permission.EXPORT_FULL_ID)
    if len(reason.strip()) < MIN_REASON:
        raise ValidationError(f"导出完整身份证号须填写理由（至少 {MIN_REASON} 个字），理由将记入审计记录",
                              field="导出理由")


def office_heading(session: Session, actor: Actor, on: date | None = None) -> Heading:
    """填报单位 is the district federation named at first start; a provincial database has no district of its own, so
    there it is the office's name in its settings (单位设置, the `office_name` setting services/certificates/office.py
    keeps)."""
    from unionoffice.db.models import Setting
    from unionoffice.services.members.organisations import district

    office = district(session)
    named = session.get(Setting, "office_name") if office is None else None
    unit = office.name if office is not None else (named.value.strip() if named is not None else "")
    return Heading(unit=unit, preparer=actor.display_name or actor.username, on=on or date.today())


class Masker:
    """The same rules as the member list (docs/reliability.md D5): IDs masked unless exported in full on purpose,
    phones as the role may see them, bank card numbers only with full IDs."""

    def __init__(self, actor: Actor, full_id: bool) -> None:
        self.full_id = full_id
        self.full_phone = actor.may(Permission.VIEW_FULL_PHONE)

    def id_number(self, number: str) -> str:
        return number if self.full_id else mask_id(number)

    def phone(self, number: str | None) -> str:
        return (number or "") if self.full_phone else mask_phone(number)

    def card(self, number: str | None) -> str:
        return (number or "") if self.full_id else mask_account(number)


def _union_names(session: Session) -> dict[int, str]:
    return {oid: name for oid, name in session.execute(select(Organisation.id, Organisation.name))}


def _conditions(flt: MemberFilter, extra: ColumnElement[bool] | None) -> list[ColumnElement[bool]]:
    """The member list's filter (same rows on screen and in the file), plus a report's own condition."""
    conditions: list[ColumnElement[bool]] = [Member.deleted_at.is_(None)]
    if flt.union_id is not None:
        conditions.append(Member.union_id == flt.union_id)
    if flt.status is not None:
        conditions.append(Member.status == flt.status)
    if extra is not None:
        conditions.append(extra)
    return conditions


def roster_rows(session: Session, actor: Actor, flt: MemberFilter, *, full_id: bool, all_fields: bool,
                extra: ColumnElement[bool] | None = None) -> Iterator[list[Any]]:
    """Roster rows in member-id order, fetched in chunks by keyset (never every member in memory)."""
    masker = Masker(actor, full_id)
    unions = _union_names(session)
    columns = _BASE + (_EXTRA if all_fields else ())
    last_id, serial = 0, 0
    while True:
        stmt = select(*columns).where(*_conditions(flt, extra), Member.id > last_id)
        chunk: list[Any] = list(session.execute(stmt.order_by(Member.id).limit(CHUNK)))
        if not chunk:
            return
        for r in chunk:
            serial += 1
            row: list[Any] = [serial, r[1], r[2], r[3], masker.id_number(r[4]), r[5], r[6], r[7], masker.phone(r[8]),
                              r[9], unions.get(r[10], ""), r[11], r[12], "是" if r[13] else "否"]
            if all_fields:
                row += [r[14], r[15], r[16], r[17], r[18], masker.card(r[19]), r[20], r[21], r[22], r[23]]
            yield row
        last_id = chunk[-1][0]


def count_rows(session: Session, flt: MemberFilter, extra: ColumnElement[bool] | None = None) -> int:
    return int(session.execute(select(func.count()).select_from(Member).where(*_conditions(flt, extra))).scalar_one())


def write_table(path: Path, spec: ReportSpec, heading: Heading, rows: Iterator[Sequence[object]], *,
                encoding: str, progress: Progress | None, cancel: CancelToken | None,
                expected: int) -> ReportFile:
    """xlsx or csv by the file's suffix; progress may raise CancelledError, which leaves no file behind."""
    def tick(done: int, total: int) -> None:
        report(progress, done, total, cancel)

    suffix = path.suffix.lower()
    if suffix == ".csv":
        if encoding not in CSV_ENCODINGS:
            raise ValidationError(f"不支持的编码 {encoding}", field="编码")
        return write_csv(path, spec, rows, encoding=encoding, progress=tick, expected_rows=expected)
    if suffix != ".xlsx":
        raise ValidationError(f"文件名应以 .xlsx 或 .csv 结尾：{path.name}", field="导出文件")
    return write_report(path, spec, heading, rows, progress=tick, expected_rows=expected)


def _filter_text(session: Session, flt: MemberFilter) -> str:
    parts = []
    if flt.union_id is not None:
        org = session.get(Organisation, flt.union_id)
        parts.append(f"工会：{org.name if org else flt.union_id}")
    if flt.status:
        parts.append(f"会籍状态：{flt.status}")
    return "；".join(parts) or "全部会员"


def export_members(db: Database, actor: Actor, request: MemberExport, *, progress: Progress | None = None,
                   cancel: CancelToken | None = None, today: date | None = None) -> ExportResult:
    """The member roster as xlsx (report layout) or csv (header + rows); logged with who, filter, count, hash."""
    actor.require(Permission.EXPORT_DATA)
    check_full_id(actor, request.full_id, request.reason)
    path = Path(request.path)
    with db.read() as session:
        heading = office_heading(session, actor, today)
        title = f"{heading.unit}会员花名册"
        spec = roster_spec(title, all_fields=request.all_fields)
        expected = count_rows(session, request.filter)
        rows = roster_rows(session, actor, request.filter, full_id=request.full_id, all_fields=request.all_fields)
        written = write_table(path, spec, heading, rows, encoding=request.encoding, progress=progress, cancel=cancel,
                              expected=expected)
        filter_text = _filter_text(session, request.filter)
    record_export(db, actor, f"导出会员花名册 {written.rows} 人到 {path.name}", written, filter_text,
                  request.full_id, request.reason, entity="member")
    return ExportResult(written.file.path, written.rows, written.file.sha256, request.full_id)


def record_export(db: Database, actor: Actor, summary: str, written: ReportFile, filter_text: str, full_id: bool,
                  reason: str, *, entity: str) -> None:
    """Who, when (the entry's time), what filter, how many rows, which file (SHA-256): docs/reliability.md D4."""
    detail = "（完整身份证号，理由：" + reason.strip() + "）" if full_id else "（身份证号已遮蔽）"
    with db.write() as session:
        audit.record(session, actor, "export", summary + detail, entity=entity, changes={
            "file": (None, written.file.path.name), "sha256": (None, written.file.sha256),
            "rows": (None, written.rows), "filter": (None, filter_text), "full_id": (None, full_id),
            "reason": (None, reason.strip() or None)})
