"""Mail merge: any personal template fed by a spreadsheet (xlsx/csv) or by a selection of members, issued with
numbers and verification codes and printed as one PDF or one file per person — in one transaction.

A spreadsheet is read by the exchange reader (header found under title rows, columns mapped by name, every
cell checked); a bad row refuses the whole file unless `valid_only`, as every import does (docs/reliability.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from unionoffice.db.engine import Database
from unionoffice.db.models import Member
from unionoffice.documents.office import Office
from unionoffice.documents.pdf import STANDARD_FIELDS
from unionoffice.documents.render import render_people, render_people_to_folder
from unionoffice.documents.templates import KIND_NAMES, DocumentKind, Template
from unionoffice.documents.text import fields_in
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.exchange.fields import FieldSpec
from unionoffice.exchange.rows import ExtractedRow
from unionoffice.exchange.tabular import open_rows
from unionoffice.services.certificates.issuing import (
    CertificateSubject,
    issue_in_session,
    printing_template,
    to_document,
)
from unionoffice.services.certificates.templates import template_in_session
from unionoffice.services.core.context import Actor
from unionoffice.services.core.tasks import CancelToken, Progress

SOURCE_TYPE = "merge"
NAME_SYNONYMS = ("名字", "获奖人", "获奖者", "选手姓名", "学员姓名", "职工姓名", "会员姓名")
MEMBER_FIELDS = ("性别", "工作单位")  # taken from each member's record


@dataclass(frozen=True)
class TemplateInfo:
    """One template a merge can use and the columns its spreadsheet needs."""

    name: str  # what --template takes: the kind (honour) or its Chinese name (荣誉证书)
    kind: str
    title: str
    fields: list[str]  # 姓名 first, then every {字段} the template prints

    def to_dict(self) -> dict[str, object]:
        return {"name": self.name, "kind": self.kind, "title": self.title, "fields": self.fields}


def needed_fields(template: Template) -> list[str]:
    used = [*fields_in(template.title), *fields_in(template.addressee), *fields_in(template.body)]
    skip = set(STANDARD_FIELDS) | set(Office().fields())
    return ["姓名", *dict.fromkeys(f for f in used if f not in skip)]


def template_catalogue(db: Database) -> list[TemplateInfo]:
    """Every personal template with the fields it needs (no permission: templates hold no personal data)."""
    with db.read() as session:
        templates = {kind: template_in_session(session, kind) for kind in DocumentKind if kind.is_numbered}
    return [TemplateInfo(kind.value, kind.value, KIND_NAMES[kind], needed_fields(t)) for kind, t in templates.items()]


def find_template(name: str) -> DocumentKind:
    for kind in DocumentKind:
        if name.strip() in (kind.value, KIND_NAMES[kind]) and kind.is_numbered:
            return kind
    choices = "、".join(f"{k.value}（{KIND_NAMES[k]}）" for k in DocumentKind if k.is_numbered)
    raise ValidationError(f"没有名为「{name}」的模板，可用：{choices}", field="--template")


def _column_specs(names: Sequence[str]) -> list[FieldSpec]:
    specs = [FieldSpec("姓名", "姓名", NAME_SYNONYMS, "name", True)]
    specs += [FieldSpec(n, n, (), "date" if n.endswith("日期") else "text", True) for n in names if n != "姓名"]
    return specs


@dataclass
class MergeResult:
    issued: list[str]  # certificate numbers, in the order of the rows
    rejected: list[ExtractedRow] = field(default_factory=list)
    paths: list[Path] = field(default_factory=list)


def read_rows(path: Path, fields: Sequence[str]) -> list[ExtractedRow]:
    return open_rows(path, _column_specs(fields)).rows()


def _subjects(rows: Sequence[ExtractedRow], fields: Sequence[str]) -> list[CertificateSubject]:
    out = []
    for row in rows:
        values: dict[str, str | int | date] = {}
        for name in fields[1:]:
            value = row.values.get(name)
            values[name] = value if isinstance(value, date | int) else str(value or "")
        out.append(CertificateSubject(str(row.values.get("姓名") or ""), values))
    return out


def _refusal(rows: Sequence[ExtractedRow]) -> ValidationError:
    first = rows[0]
    label, message = first.errors[0]
    more = f"（另有 {len(rows) - 1} 行有误）" if len(rows) > 1 else ""
    return ValidationError(f"{message}{more}；可以改正后重试，或只颁发无误的行", field=label, row=first.row_number)


def merge_spreadsheet(db: Database, actor: Actor, template_name: str, data: Path, out: Path, *,
                      valid_only: bool = False, per_person: bool = False, issue_date: date | None = None,
                      progress: Progress | None = None, cancel: CancelToken | None = None) -> MergeResult:
    """Issue one document per spreadsheet row and print them: all rows or none, unless `valid_only`."""
    actor.require(Permission.PRINT_DOCUMENTS)
    kind = find_template(template_name)
    with db.read() as session:
        fields = needed_fields(template_in_session(session, kind))
    rows = read_rows(data, fields)
    bad = [r for r in rows if not r.ok]
    if bad and not valid_only:
        raise _refusal(bad)
    good = [r for r in rows if r.ok]
    if not good:
        raise ValidationError("表格中没有可以颁发的行", field="数据")
    result = _issue_and_print(db, actor, kind, _subjects(good, fields), out, per_person, issue_date, progress, cancel)
    result.rejected = bad
    return result


def merge_members(db: Database, actor: Actor, template_name: str, member_ids: Sequence[int],
                  values: dict[str, str], out: Path, *, per_person: bool = False, issue_date: date | None = None,
                  progress: Progress | None = None, cancel: CancelToken | None = None) -> MergeResult:
    """The same for a selection of members: 姓名, 性别 and 工作单位 from each record, the rest from `values`."""
    actor.require(Permission.PRINT_DOCUMENTS)
    kind = find_template(template_name)
    with db.read() as session:
        fields = needed_fields(template_in_session(session, kind))
        found = {row.id: (row.name, row.sex or "", row.employer or "") for row in session.execute(
            select(Member.id, Member.name, Member.sex, Member.employer).where(Member.id.in_(list(member_ids))))}
    missing = [f for f in fields[1:] if f not in values and f not in MEMBER_FIELDS]
    if missing:
        raise ValidationError(f"请填写「{'、'.join(missing)}」", field=missing[0])
    subjects = []
    for member_id in member_ids:
        name, sex, employer = found[member_id]
        own = {"性别": sex, "工作单位": employer}
        subject_values: dict[str, str | int | date] = {f: values.get(f) or own.get(f, "") for f in fields[1:]}
        subjects.append(CertificateSubject(name, subject_values, member_id))
    return _issue_and_print(db, actor, kind, subjects, out, per_person, issue_date, progress, cancel)


def _issue_and_print(db: Database, actor: Actor, kind: DocumentKind, subjects: list[CertificateSubject], out: Path,
                     per_person: bool, issue_date: date | None, progress: Progress | None,
                     cancel: CancelToken | None) -> MergeResult:
    """Numbers, records, audit and the PDF in one transaction: a failed or cancelled print issues nothing."""
    with db.write() as session:
        issued = issue_in_session(session, actor, kind, subjects, None, issue_date or date.today(), SOURCE_TYPE)
        template = printing_template(session, kind)
        documents = [to_document(c) for c in issued]
        if per_person:
            paths = render_people_to_folder(template, documents, out, progress=progress, cancel=cancel)
        else:
            out.parent.mkdir(parents=True, exist_ok=True)
            partial = out.with_name(out.name + ".part")
            try:
                render_people(template, documents, partial, total=len(documents), progress=progress, cancel=cancel)
                partial.replace(out)
            finally:
                partial.unlink(missing_ok=True)
            paths = [out]
        return MergeResult([c.number for c in issued], paths=paths)
