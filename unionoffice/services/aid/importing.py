"""`unionoffice aid import`: a Golden Autumn applicant list as offices send it, read like the member import
(exchange/tabular.py: header synonyms, Excel damage, encodings) and checked row by row against every rule of the
programme — parent a member and active, child's ID valid, child not aided this year, caps, the budget — with
each refusal's message for the error workbook. All or nothing by default; `valid_only` imports the good rows.
Rows become applications in 已提交 (the unit's union sent them), one transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.db.base import utcnow
from unionoffice.db.bulk import bulk_insert
from unionoffice.db.engine import Database
from unionoffice.db.models import Member
from unionoffice.db.models.aid import AidApplication, AidProgramme, AidStep
from unionoffice.domain.aid.kinds import ApplicationState, ProgrammeType, SchoolKind
from unionoffice.domain.aid.money import format_yuan
from unionoffice.domain.aid.rules import evaluate
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.exchange.fields import GOLDEN_AUTUMN_FIELDS
from unionoffice.exchange.readers import Cell
from unionoffice.exchange.rows import ExtractedRow
from unionoffice.exchange.tabular import open_rows
from unionoffice.services.aid.applications import ApplicationDraft, application_values
from unionoffice.services.aid.budget import lock_programme
from unionoffice.services.aid.eligibility import Ledger
from unionoffice.services.aid.rules import rules_in
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.tasks import CancelToken, Progress, report

STEP = 500


@dataclass
class AidImportRow:
    row_number: int
    raw: list[Cell]
    errors: list[tuple[str, str]] = field(default_factory=list)
    values: dict[str, object] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class AidImportResult:
    file: Path
    header: list[Cell]
    rows: list[AidImportRow]
    created: int = 0
    amount_fen: int = 0

    @property
    def rejected(self) -> list[AidImportRow]:
        return [r for r in self.rows if not r.ok]

    @property
    def valid(self) -> int:
        return len(self.rows) - len(self.rejected)


def import_applicants(db: Database, actor: Actor, programme_id: int, path: str | Path, *, valid_only: bool = False,
                      dry_run: bool = False, encoding: str | None = None, today: date | None = None,
                      progress: Progress | None = None, cancel: CancelToken | None = None) -> AidImportResult:
    """Check every row; write the valid ones (all rows only when every row is valid, unless `valid_only`)."""
    actor.require(Permission.IMPORT_DATA)
    actor.require(Permission.MANAGE_AID)
    today = today or date.today()
    opened = open_rows(path, GOLDEN_AUTUMN_FIELDS, encoding=encoding)
    extracted = opened.rows()
    result = AidImportResult(Path(path), list(opened.table.rows[opened.header_row]),
                             [AidImportRow(r.row_number, list(r.raw), list(r.errors)) for r in extracted])
    with db.write() as session:
        programme = lock_programme(session, programme_id)
        if programme.type != ProgrammeType.GOLDEN_AUTUMN.value:
            raise ValidationError(f"“{programme.name}”不是金秋助学项目，不能导入助学申请名单", field="--programme")
        _Checker(session, programme, today).check(extracted, result.rows, progress, cancel)
        write = [r for r in result.rows if r.ok] if (valid_only or not result.rejected) else []
        if write and not dry_run:
            _write(session, actor, programme, write, today, result)
    return result


class _Checker:
    def __init__(self, session: Session, programme: AidProgramme, today: date) -> None:
        self.session, self.programme, self.today = session, programme, today
        self.rules = rules_in(session, programme.id)
        self.remaining = programme.budget_fen - programme.committed_fen
        self.children: set[str] = set()

    def check(self, extracted: list[ExtractedRow], rows: list[AidImportRow], progress: Progress | None,
              cancel: CancelToken | None) -> None:
        parents = self._parents(extracted)
        drafts: dict[int, ApplicationDraft] = {}
        for index, (source, row) in enumerate(zip(extracted, rows, strict=True)):
            if index % STEP == 0:
                report(progress, index, len(rows), cancel)
            if row.ok:
                draft = self._draft(source, row, parents)
                if draft is not None:
                    drafts[index] = draft
        apps = {i: self._values(d, rows[i]) for i, d in drafts.items()}
        ledger = Ledger(self.session, self.programme, [_Probe(v) for v in apps.values() if v])
        for index, values in apps.items():
            if values:
                self._rules(ledger, values, rows[index])
        report(progress, len(rows), len(rows), cancel)

    def _parents(self, extracted: list[ExtractedRow]) -> dict[str, Member]:
        numbers = sorted({str(r.values["id_number"]) for r in extracted if r.values.get("id_number")})
        found: dict[str, Member] = {}
        for start in range(0, len(numbers), 500):
            for member in self.session.execute(select(Member).where(Member.id_number.in_(numbers[start:start + 500]),
                                                                    Member.deleted_at.is_(None))).scalars():
                found[member.id_number] = member
        return found

    def _draft(self, source: ExtractedRow, row: AidImportRow, parents: dict[str, Member]) -> ApplicationDraft | None:
        v = source.values
        member = parents.get(str(v.get("id_number", "")))
        if member is None:
            row.errors.append(("身份证号", "家长不是本区登记的工会会员"))
            return None
        if str(v.get("name", "")).strip() != member.name:
            row.errors.append(("姓名", f"与会员登记的姓名“{member.name}”不符"))
            return None
        return ApplicationDraft(
            self.programme.id, member.id, child_name=str(v.get("child_name", "")),
            child_id_number=str(v.get("child_id_number", "")), school=str(v.get("school", "")),
            school_level=str(v.get("school_level", "")), tier=str(v.get("tier", "")),
            school_kind=str(v.get("school_kind") or SchoolKind.ORDINARY.value),
            new_student=bool(v.get("new_student", True)) if v.get("new_student") is not None else True,
            aided_elsewhere=bool(v.get("aided_elsewhere") or False), bank_card=str(v.get("bank_card") or ""),
            work_study_post=str(v.get("work_study_post") or ""), reason=str(v.get("note") or ""),
            amount_asked_fen=amount if isinstance(amount := v.get("amount"), int) else 0)

    def _values(self, draft: ApplicationDraft, row: AidImportRow) -> dict[str, object] | None:
        try:
            values = application_values(self.session, draft, self.programme, self.today)
        except ValidationError as exc:
            row.errors.append((exc.field or "申请", exc.reason))
            return None
        standard = _int(values["amount_asked_fen"])
        if draft.amount_asked_fen and draft.amount_asked_fen != standard:
            row.errors.append(("申请金额", f"与本项目“{draft.school_level}·{draft.tier}”的资助标准 "
                                        f"{format_yuan(standard)} 元不符"))
            return None
        child = str(values["child_id_number"])
        if child in self.children:
            row.errors.append(("子女身份证号", "与文件中前面的行重复"))
            return None
        self.children.add(child)
        if self.session.execute(select(AidApplication.id).where(
                AidApplication.programme_id == self.programme.id, AidApplication.child_id_number == child,
                AidApplication.state != ApplicationState.REJECTED.value)).first():
            row.errors.append(("子女身份证号", "该子女在本项目已有申请"))
            return None
        row.values = values
        return values

    def _rules(self, ledger: Ledger, values: dict[str, object], row: AidImportRow) -> None:
        probe = _Probe(values)
        amount = _int(values["amount_asked_fen"])
        verdict = evaluate(self.rules, ledger.facts(probe, amount))
        for refusal in verdict.refusals:
            row.errors.append((refusal.rule.kind.value, refusal.message))
        if row.errors:
            return
        if amount > self.remaining:
            row.errors.append(("预算", f"超出项目预算：余额 {format_yuan(max(self.remaining, 0))} 元，"
                                     f"本行 {format_yuan(amount)} 元"))
            return
        self.remaining -= amount
        ledger.granted(probe, amount)  # caps and once-per-year count the rows above as if granted


class _Probe:
    """An import row as the ledger reads an application."""

    def __init__(self, values: dict[str, object]) -> None:
        self.member_id = _int(values["member_id"])
        file_id = values.get("file_id")
        self.file_id = int(file_id) if isinstance(file_id, int) else None
        self.child_id_number = str(values.get("child_id_number") or "") or None
        self.aid_type = str(values["aid_type"])
        self.new_student = bool(values.get("new_student", True))
        self.school_kind = str(values.get("school_kind") or "") or None
        self.aided_elsewhere = bool(values.get("aided_elsewhere", False))


def _write(session: Session, actor: Actor, programme: AidProgramme, rows: list[AidImportRow], today: date,
           result: AidImportResult) -> None:
    now = utcnow()
    base = {"state": ApplicationState.SUBMITTED.value, "submitted_on": today, "created_at": now, "updated_at": now,
            "version": 1}
    records = [{**_defaults(), **r.values, **base} for r in rows]
    bulk_insert(session, AidApplication.__table__, records)  # type: ignore[arg-type]
    children = [str(r["child_id_number"]) for r in records]
    ids = dict(session.execute(select(AidApplication.child_id_number, AidApplication.id).where(
        AidApplication.programme_id == programme.id, AidApplication.child_id_number.in_(children),
        AidApplication.state == ApplicationState.SUBMITTED.value)).all())
    person = actor.display_name or actor.username
    bulk_insert(session, AidStep.__table__, [  # type: ignore[arg-type]
        {"application_id": ids[c], "step": "导入提交", "from_state": None, "to_state": base["state"],
         "done_on": today, "at": now, "username": actor.username, "person": person, "role": actor.role.value,
         "comment": f"由 {result.file.name} 导入"} for c in children if c in ids])
    result.created = len(records)
    result.amount_fen = sum(_int(r["amount_asked_fen"]) for r in records)
    audit.record(session, actor, "import", f"导入“{programme.name}”申请 {len(records)} 件（{result.file.name}），"
                 f"申请金额 {format_yuan(result.amount_fen)} 元", entity="aid_programme", entity_id=programme.id)


def _defaults() -> dict[str, object]:
    """Every column the rows may leave out, so all inserted rows carry the same keys."""
    return {"file_id": None, "reason": None, "bank_card": None, "work_study_post": None, "amount_fen": None,
            "category": None, "approved_tier": None, "publicity_start": None, "publicity_end": None,
            "decided_on": None, "paid_on": None, "override_reason": None, "override_by": None}



def _int(value: object) -> int:
    assert isinstance(value, int)
    return value
