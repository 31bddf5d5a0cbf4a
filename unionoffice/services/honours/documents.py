"""What an honour list prints: numbered, verifiable honour certificates, the commendation decision, the list itself."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models.honours import Honour, HonourList
from unionoffice.documents.name_list import NameGroup, NameSection
from unionoffice.documents.official import DecisionData
from unionoffice.documents.render import render_decision
from unionoffice.documents.templates import DocumentKind, Template
from unionoffice.domain.common.errors import ConflictError, NotFoundError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.honours import decision as words
from unionoffice.domain.honours.rules import HonourType, ListStatus, RecipientKind, honour_name
from unionoffice.exchange.xlsx_report import Column
from unionoffice.services.certificates.issuing import CertificateSubject, issue_in_session, render_certificates
from unionoffice.services.certificates.templates import template_in_session
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.lists import ListDocument
from unionoffice.services.core.tasks import CancelToken, Progress
from unionoffice.services.honours.granting import year_quota_in
from unionoffice.services.honours.listing import HonourRow, honours_in, list_honourees
from unionoffice.services.honours.register import ENTITY_LIST, load_list

SOURCE_TYPE = "honour_list"  # certificates of a list: services/certificates/issuing.certificates_of(SOURCE_TYPE, id)


def _granted_own_list(session: Session, list_id: int, what: str) -> HonourList:
    honour_list = load_list(session, list_id)
    if not honour_list.own:
        raise ConflictError(f"「{honour_list.name}」是上级授予的荣誉，{what}由授予单位制发")
    if honour_list.status != ListStatus.FINAL.value or honour_list.decision_date is None:
        raise ConflictError(f"「{honour_list.name}」还没有定稿，定稿后才能制作{what}")
    return honour_list


def _subject(honour: Honour, honour_list: HonourList) -> CertificateSubject:
    honour_type = HonourType(honour.honour_type)
    title = honour_name(honour_list.region, honour_type) + ("称号" if honour_type.spec.is_title else "")
    person = honour.recipient_kind == RecipientKind.MEMBER.value
    fields = {"年度": str(honour_list.year), "荣誉称号": title, "荣誉": honour_name(honour_list.region, honour_type),
              "称谓": "同志" if person else "", "工作单位": honour.unit or honour.recipient_name,
              "文号": honour_list.doc_number or "", "级别": honour_list.level, "事迹": honour.basis_text}
    return CertificateSubject(honour.recipient_name, fields, honour.member_id)


@dataclass(frozen=True)
class CertificatesIssued:
    new: int
    certificate_ids: list[int]  # every standing honour's certificate, in list order


def issue_list_certificates(db: Database, actor: Actor, list_id: int) -> CertificatesIssued:
    """Number an honour certificate for every standing honour of a finalised own list that has none yet, dated the
    decision's date; all of them in one transaction, so a failure uses up no number."""
    actor.require(Permission.ISSUE_CERTIFICATES)  # numbering is entering a record: the clerk's (docs/architecture.md)
    with db.write() as session:
        return issue_certificates_in(session, actor, _granted_own_list(session, list_id, "荣誉证书"))


def issue_certificates_in(session: Session, actor: Actor, honour_list: HonourList) -> CertificatesIssued:
    """Inside the caller's transaction, for a finalised own list."""
    assert honour_list.decision_date is not None
    standing = _standing(session, honour_list.id)
    missing = [h for h in standing if h.certificate_id is None]
    if missing:
        issued = issue_in_session(session, actor, DocumentKind.HONOUR, [_subject(h, honour_list) for h in missing],
                                  honour_list.issuer, honour_list.decision_date, SOURCE_TYPE, honour_list.id)
        for honour, cert in zip(missing, issued, strict=True):
            honour.certificate_id = cert.id
        session.flush()
    return CertificatesIssued(len(missing), [h.certificate_id for h in standing if h.certificate_id is not None])


def _standing(session: Session, list_id: int) -> list[Honour]:
    """The list's honours that were not revoked, in the decision's order (honour type, then as entered)."""
    order = {t.value: i for i, t in enumerate(HonourType)}
    rows = list(session.scalars(select(Honour).where(Honour.list_id == list_id, Honour.revoked_at.is_(None))
                                .order_by(Honour.id)))
    rows.sort(key=lambda h: order[h.honour_type])
    return rows


def print_list_certificates(db: Database, actor: Actor, list_id: int, target: Path, *, per_person: bool = False,
                            progress: Progress | None = None, cancel: CancelToken | None = None) -> list[Path]:
    """Issue what is missing, then print every standing certificate of the list (one PDF, or one file each)."""
    issued = issue_list_certificates(db, actor, list_id)
    if not issued.certificate_ids:
        raise ValidationError("名单中没有可以发证的荣誉", field="荣誉证书")
    return render_certificates(db, actor, issued.certificate_ids, target, per_person=per_person, progress=progress,
                               cancel=cancel)


# -- the commendation decision ---------------------------------------------------------------------------------------

def _plain(text: str) -> str:
    """Text that is already final: its braces are not template fields."""
    return text.replace("{", "｛").replace("}", "｝")


def decision_texts(session: Session, honour_list: HonourList) -> tuple[str, str]:
    """(title, body) as the clerk wrote them, or the defaults with the list's honours and the year's figures."""
    honourees = list_honourees(session, honour_list.id)
    title = honour_list.decision_title or words.decision_title(honour_list.name)
    if honour_list.decision_body:
        return title, honour_list.decision_body
    quota = year_quota_in(session, honour_list.year, None) if honour_list.own else None
    return title, words.default_body(honour_list.year, honour_list.region, honourees, quota)


def default_decision_texts(db: Database, actor: Actor, list_id: int) -> tuple[str, str]:
    """The title and body a list's editor offers as a starting point."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        honour_list = load_list(session, list_id)
        honourees = list_honourees(session, list_id)
        quota = year_quota_in(session, honour_list.year, list_id) if honour_list.own else None
        return (words.decision_title(honour_list.name),
                words.default_body(honour_list.year, honour_list.region, honourees, quota))


def name_list(region: str, honourees: Sequence[words.Honouree]) -> list[NameSection]:
    return [NameSection(s.heading, [NameGroup(g.heading, g.lines) for g in s.groups])
            for s in words.name_list(region, honourees)]


def decision_document(session: Session, list_id: int) -> tuple[Template, DecisionData]:
    """The decision's template (the office's layout, this list's words and 文号) and its data."""
    honour_list = _granted_own_list(session, list_id, "表彰决定")
    assert honour_list.decision_date is not None
    title, body = decision_texts(session, honour_list)
    template = template_in_session(session, DocumentKind.DECISION).with_changes(
        title=_plain(title), body=_plain(body), doc_number=_plain(honour_list.doc_number or ""),
        attachment_title=_plain(words.attachment_title(honour_list.name)), issuer=honour_list.issuer)
    honourees = list_honourees(session, list_id)
    if not honourees:
        raise ValidationError(f"「{honour_list.name}」的荣誉已全部撤销，没有可以表彰的对象", field="名单")
    return template, DecisionData(honour_list.decision_date, {}, None, name_list(honour_list.region, honourees))


def print_decision(db: Database, actor: Actor, list_id: int, target: Path) -> int:
    """The 表彰决定 as a PDF at `target` (written whole or not at all); returns its page count. Audited as a print:
    it names every honouree."""
    actor.require(Permission.PRINT_DOCUMENTS)
    with db.read() as session:
        template, data = decision_document(session, list_id)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        pages = render_decision(template, data, partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    with db.write() as session:
        honour_list = load_list(session, list_id)
        summary = f"打印表彰决定 {honour_list.doc_number}（{honour_list.name}，{pages} 页）"
        audit.record(session, actor, "print", summary, entity=ENTITY_LIST, entity_id=list_id)
    return pages


def own_list_of_year(db: Database, actor: Actor, year: int) -> int:
    """The one finalised own list of a year, for `honours decision --year`; several need a choice."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        rows = session.execute(select(HonourList.id, HonourList.name, HonourList.status)
                               .where(HonourList.year == year, HonourList.own.is_(True))
                               .order_by(HonourList.id)).all()
    final = [(i, n) for i, n, s in rows if s == ListStatus.FINAL.value]
    if not final:
        drafts = "、".join(f"「{n}」" for _i, n, _s in rows)
        hint = f"（草拟中：{drafts}，定稿后才能制作表彰决定）" if drafts else ""
        raise NotFoundError(f"{year}年度没有已定稿的本单位表彰名单{hint}")
    if len(final) > 1:
        listed = "；".join(f"{i}：{n}" for i, n in final)
        raise ValidationError(f"{year}年度有 {len(final)} 个已定稿的表彰名单，请用 --list 指定：{listed}", field="名单")
    return int(final[0][0])


# -- the register as a list ------------------------------------------------------------------------------------------

_COLUMNS = (Column("序号", 6, "int"), Column("年度", 7, "int"), Column("荣誉", 22), Column("级别", 8),
            Column("获得者", 24), Column("工作单位", 26), Column("表彰依据", 12), Column("依据内容", 32),
            Column("竞赛项目", 24), Column("文号", 18), Column("状态", 8), Column("证书编号", 16))


def _cells(number: int, year: int, row: HonourRow, level: str, doc_number: str) -> list[object]:
    return [number, year, row.honour, level, row.name, row.unit, row.basis_kind.value, row.basis_text,
            row.basis_event, doc_number, row.status, row.certificate]


def honours_document(db: Database, actor: Actor, *, year: int | None = None,
                     list_id: int | None = None) -> ListDocument:
    """The honours of a list (or of a year) as the honours page shows them, for printing and exporting."""
    actor.require(Permission.VIEW_RECORDS)
    found: list[tuple[HonourRow, HonourList]] = []
    lists: dict[int, HonourList] = {}

    def count(session: Session) -> int:
        where = Honour.list_id == list_id if list_id is not None else HonourList.year == year
        lists.update({hl.id: hl for hl in session.scalars(select(HonourList).where(
            HonourList.id == list_id if list_id is not None else HonourList.year == year))})
        found[:] = [(r, lists[r.list_id]) for r in honours_in(session, where)]
        return len(found)

    def rows(_session: Session) -> Iterator[list[object]]:
        for number, (r, hl) in enumerate(found, start=1):
            yield _cells(number, hl.year, r, hl.level, hl.doc_number or "")

    def describe(_session: Session) -> str:
        if list_id is not None and list_id in lists:
            return lists[list_id].name
        return f"{year}年度"

    title = "荣誉表彰名单" if list_id is not None else f"{year}年度荣誉表彰名单"
    return ListDocument(title, _COLUMNS, rows, count, describe, "honour")
