"""Certificates: gap-free numbers in the issuing transaction, verification codes, reprints (补发), printing."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionoffice.db.base import utcnow
from unionoffice.db.engine import Database
from unionoffice.db.models.documents import Certificate
from unionoffice.documents.fonts import default_fonts
from unionoffice.documents.office import Office, uses_specimen_seal
from unionoffice.documents.pdf import STANDARD_FIELDS, PersonDocument
from unionoffice.documents.render import render_people, render_people_to_folder
from unionoffice.documents.templates import DocumentKind, Template
from unionoffice.documents.text import fields_in
from unionoffice.domain.certificates.verification import (
    is_well_formed,
    parse_scanned,
    verification_code,
)
from unionoffice.domain.common.chinese_dates import format_date
from unionoffice.domain.common.errors import NotFoundError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.fileutil import fresh_private
from unionoffice.services.certificates.numbering import next_numbers
from unionoffice.services.certificates.office import NO_SEAL
from unionoffice.services.certificates.templates import template_in_session

# Verification lives in verifying.py; these names stay importable from here for existing callers.
from unionoffice.services.certificates.verifying import KEY_SETTING as KEY_SETTING
from unionoffice.services.certificates.verifying import VerificationResult as VerificationResult
from unionoffice.services.certificates.verifying import code_is_consistent as code_is_consistent
from unionoffice.services.certificates.verifying import office_key
from unionoffice.services.certificates.verifying import verify_code as verify_code
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.tasks import CancelToken, Progress

MAX_NAME = 100


@dataclass(frozen=True)
class CertificateSubject:
    """Who gets a certificate and the values of the template's fields ({班级名称}, {学时}, {奖项} …).
    Dates among the values are written in the template's date style when the certificate is issued."""

    name: str
    fields: Mapping[str, str | int | date] = field(default_factory=dict)
    member_id: int | None = None


def _field_text(value: str | int | date, template: Template) -> str:
    if isinstance(value, date):
        return format_date(value, template.date_style)
    return str(value)


def _check_subject(subject: CertificateSubject, row: int) -> str:
    name = " ".join(subject.name.split())
    if not name:
        raise ValidationError("姓名不能为空", field="姓名", row=row)
    if len(name) > MAX_NAME:
        raise ValidationError(f"姓名超过 {MAX_NAME} 个字", field="姓名", row=row)
    missing = default_fonts().missing(name, "kai")
    if missing:
        raise ValidationError(f"「{name}」中的「{''.join(missing)}」没有任何字体能打印", field="姓名", row=row)
    return name


def _check_fields(template: Template, people: Sequence[CertificateSubject]) -> None:
    """Every {字段} of the template must have a value now: a certificate is never printed with a blank."""
    needed = set(fields_in(template.body)) | set(fields_in(template.addressee)) | set(fields_in(template.title))
    needed -= set(STANDARD_FIELDS) | set(Office().fields())
    for row, person in enumerate(people, start=1):
        missing = sorted(needed - set(person.fields))
        if missing:
            raise ValidationError(f"{person.name} 缺少模板字段「{'、'.join(missing)}」", field="证书内容", row=row)


def issue_in_session(session: Session, actor: Actor, kind: DocumentKind | str, people: Sequence[CertificateSubject],
                     issuer: str | None, issue_date: date, source_type: str | None = None,
                     source_id: int | None = None) -> list[Certificate]:
    """Issue inside the caller's transaction (e.g. the one that marks a class completed). Issuing numbers and
    records certificates — entering records, which the role table gives the clerk, not the administrator."""
    actor.require(Permission.ISSUE_CERTIFICATES)
    kind = DocumentKind(kind)
    if not kind.is_numbered:
        raise ValidationError(f"「{kind.value}」不是证书类文书", field="文书类型")
    template = printing_template(session, kind)
    if uses_specimen_seal(template):
        raise ValidationError(NO_SEAL, field="印章")
    issuer = issuer or template.issuer
    names = [_check_subject(p, i) for i, p in enumerate(people, start=1)]
    _check_fields(template, people)
    key = office_key(session)
    assert key is not None
    series, numbers = next_numbers(session, template, issue_date.year, len(people))
    issued: list[Certificate] = []
    for (serial, number), person, name in zip(numbers, people, names, strict=True):
        fields = {k: _field_text(v, template) for k, v in person.fields.items()}
        issued.append(Certificate(
            number=number, series=series, kind=kind.value, issuer=issuer, year=issue_date.year, serial=serial,
            person_name=name,
            member_id=person.member_id, subject=json.dumps(fields, ensure_ascii=False, sort_keys=True),
            issue_date=issue_date, verification_code=verification_code(key, number, name, issue_date),
            source_type=source_type, source_id=source_id, reprint_count=0, created_by=actor.username,
        ))
    session.add_all(issued)
    session.flush()
    for cert in issued:
        audit.record(session, actor, "create", f"颁发{template.kind_name} {cert.number}（{cert.person_name}）",
                     entity="certificate", entity_id=cert.id,
                     changes={"number": (None, cert.number), "person_name": (None, cert.person_name)})
    return issued


def issue_certificates(db: Database, actor: Actor, kind: DocumentKind | str, people: Sequence[CertificateSubject],
                       issuer: str | None, issue_date: date, source_type: str | None = None,
                       source_id: int | None = None) -> list[Certificate]:
    """Number and record certificates in one transaction: all of them, or none and no number used."""
    actor.require(Permission.ISSUE_CERTIFICATES)
    with db.write() as session:
        return issue_in_session(session, actor, kind, people, issuer, issue_date, source_type, source_id)


def reprint(db: Database, actor: Actor, certificate_ids: Sequence[int]) -> list[Certificate]:
    """Account for a lost certificate printed again: same number and code, counted and audited as 补发.
    `render_certificates(..., duplicate=True)` prints and calls this accounting in one go."""
    actor.require(Permission.PRINT_DOCUMENTS)
    with db.write() as session:
        certificates = _load(session, certificate_ids)
        _record_reprints(session, actor, certificates, date.today())
        return certificates


def revoke(db: Database, actor: Actor, certificate_id: int, reason: str) -> Certificate:
    """Withdraw a certificate issued by mistake; its number stays used and verification reports it."""
    actor.require(Permission.DELETE_RECORDS)
    if not reason.strip():
        raise ValidationError("请填写作废原因", field="作废原因")
    with db.write() as session:
        cert = _load(session, [certificate_id])[0]
        cert.revoked_at, cert.revoke_reason = utcnow(), reason.strip()[:200]
        session.flush()
        audit.record(session, actor, "delete", f"作废证书 {cert.number}（{cert.person_name}）：{reason.strip()}",
                     entity="certificate", entity_id=cert.id, changes={"revoke_reason": (None, cert.revoke_reason)})
        return cert


def _load(session: Session, ids: Sequence[int]) -> list[Certificate]:
    found = {c.id: c for c in session.scalars(select(Certificate).where(Certificate.id.in_(list(ids))))}
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFoundError(f"找不到证书（编号 id {missing[0]}）")
    return [found[i] for i in ids]


def certificates_of(db: Database, actor: Actor, source_type: str, source_id: int) -> list[Certificate]:
    """Everything issued for one class or competition, in number order."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        query = (select(Certificate).where(Certificate.source_type == source_type, Certificate.source_id == source_id)
                 .order_by(Certificate.kind, Certificate.year, Certificate.serial))
        found = list(session.scalars(query))
        session.expunge_all()  # detached with their values loaded: the read session's rollback would expire them
        return found


def issued_count(db: Database, kind: DocumentKind | str, issuer: str, year: int) -> int:
    """Certificates of a kind issued in a year under an issuer's name (for summaries, not for numbering)."""
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Certificate).where(
            Certificate.kind == DocumentKind(kind).value, Certificate.issuer == issuer, Certificate.year == year)) or 0)


def to_document(cert: Certificate) -> PersonDocument:
    return PersonDocument(number=cert.number, name=cert.person_name, issue_date=cert.issue_date,
                          code=cert.verification_code, fields=json.loads(cert.subject),
                          reissued_on=cert.reissued_on if cert.reprint_count else None)


def printing_template(session: Session, kind: DocumentKind | str) -> Template:
    """The office's template of a kind with the office's name, seal and verification address filled in."""
    return template_in_session(session, kind)


def _batch_template(session: Session, certificates: Sequence[Certificate]) -> Template:
    """The template to print with; one batch is one kind from one issuer (a class, a competition)."""
    kinds = {c.kind for c in certificates}
    issuers = {c.issuer for c in certificates}
    if len(kinds) != 1 or len(issuers) != 1:
        raise ValidationError("一次只能打印同一发证单位的同一种证书", field="证书")
    revoked = [c.number for c in certificates if c.revoked_at is not None]
    if revoked:
        raise ValidationError(f"证书 {revoked[0]} 已作废，不能打印", field="证书编号")
    template = printing_template(session, kinds.pop())
    # A certificate shows the issuer it was issued by, even if the office has been renamed since.
    return template.with_changes(issuer=issuers.pop())


def render_certificates(db: Database, actor: Actor, certificate_ids: Sequence[int], target: Path, *,
                        per_person: bool = False, duplicate: bool = False, progress: Progress | None = None,
                        cancel: CancelToken | None = None) -> list[Path]:
    """Print issued certificates: one PDF at `target`, or with `per_person` one 编号_姓名.pdf each in the folder
    `target`. `duplicate` marks a reprint (补发). The print is audited only once the files are complete."""
    actor.require(Permission.PRINT_DOCUMENTS)
    if not certificate_ids:
        raise ValidationError("没有选择要打印的证书", field="证书")
    if duplicate:
        return reissue_certificates(db, actor, certificate_ids, target, per_person=per_person, progress=progress,
                                    cancel=cancel)
    with db.read() as session:
        certificates = _load(session, certificate_ids)
        template = _batch_template(session, certificates)
        documents = [to_document(c) for c in certificates]
    paths = _render(template, documents, target, per_person, progress, cancel)
    with db.write() as session:
        fresh = _load(session, certificate_ids)
        for cert in fresh:
            cert.last_printed_at = utcnow()
        audit.record(session, actor, "print",
                     f"打印{template.kind_name} {len(fresh)} 份：{fresh[0].number} 至 {fresh[-1].number}",
                     entity="certificate", entity_id=fresh[0].id)
    return paths


def reissue_certificates(db: Database, actor: Actor, certificate_ids: Sequence[int], target: Path, *,
                         on: date | None = None, per_person: bool = False, progress: Progress | None = None,
                         cancel: CancelToken | None = None) -> list[Path]:
    """补发: print lost certificates again with the same number and verification code, marked 补发 with the
    reissue date; counted and audited in the transaction that prints, so a failed print records nothing."""
    actor.require(Permission.PRINT_DOCUMENTS)
    if not certificate_ids:
        raise ValidationError("没有选择要补发的证书", field="证书")
    with db.write() as session:
        certificates = _load(session, certificate_ids)
        template = _batch_template(session, certificates)
        _record_reprints(session, actor, certificates, on or date.today())
        documents = [to_document(c) for c in certificates]
        return _render(template, documents, target, per_person, progress, cancel)


def find_certificate(db: Database, actor: Actor, number_or_code: str) -> Certificate:
    """A certificate by its printed number, or by its verification code (as typed or scanned)."""
    actor.require(Permission.VIEW_RECORDS)
    text = number_or_code.strip()
    scanned = parse_scanned(text)
    with db.read() as session:
        cert = session.scalars(select(Certificate).where(Certificate.number == text)).first()
        if cert is None and is_well_formed(scanned.code):
            cert = session.scalars(select(Certificate).where(Certificate.verification_code == scanned.code)
                                   .order_by(Certificate.id)).first()
        if cert is None:
            raise NotFoundError(f"找不到编号或查验码为「{text}」的证书")
        session.expunge(cert)
        return cert


def _render(template: Template, documents: Sequence[PersonDocument], target: Path, per_person: bool,
            progress: Progress | None, cancel: CancelToken | None) -> list[Path]:
    if per_person:
        return render_people_to_folder(template, documents, target, progress=progress, cancel=cancel)
    return [_render_one_file(template, documents, target, progress, cancel)]


def _render_one_file(template: Template, documents: Sequence[PersonDocument], target: Path,
                     progress: Progress | None, cancel: CancelToken | None) -> Path:
    """Written under a temporary name and renamed when complete, so a cancelled job leaves nothing behind."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = fresh_private(target.with_name(target.name + ".part"))  # a certificate names a person: owner-only
    try:
        render_people(template, documents, partial, total=len(documents), progress=progress, cancel=cancel)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _record_reprints(session: Session, actor: Actor, certificates: Sequence[Certificate], on: date) -> None:
    for cert in certificates:
        if cert.revoked_at is not None:
            raise ValidationError(f"证书 {cert.number} 已作废，不能补发", field="证书编号")
        old = cert.reprint_count
        cert.reprint_count = old + 1
        cert.reissued_on = on
        cert.last_printed_at = utcnow()
        session.flush()
        audit.record(session, actor, "print", f"补发证书 {cert.number}（{cert.person_name}）第 {old + 1} 次",
                     entity="certificate", entity_id=cert.id,
                     changes={"reprint_count": (old, old + 1)})


def render_source(db: Database, actor: Actor, source_type: str, source_id: int, target: Path, *,
                  per_person: bool = False, progress: Progress | None = None,
                  cancel: CancelToken | None = None) -> list[Path]:
    """All certificates of a class or competition in one action (the batch the training module offers)."""
    ids = [c.id for c in certificates_of(db, actor, source_type, source_id) if c.revoked_at is None]
    if not ids:
        raise NotFoundError("这个培训班或比赛还没有颁发证书")
    return render_certificates(db, actor, ids, target, per_person=per_person, progress=progress, cancel=cancel)

