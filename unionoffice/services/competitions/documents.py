"""Award certificates (获奖证书) and award letters (获奖通知书) for the winners of final results, through the document
engine (services/certificates: numbered, verifiable, audited), and printed as one PDF of each."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, Organisation
from unionoffice.db.models.competitions import Competition, CompetitionEvent, CompetitionStage, Entry, StageResult
from unionoffice.db.models.documents import Certificate
from unionoffice.documents.templates import DocumentKind
from unionoffice.domain.common.errors import NotFoundError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.competitions.standings import StageState
from unionoffice.services.competitions.events import bands_of, live_competition
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.tasks import CancelToken, Progress

SOURCE_TYPE = "competition_event"  # certificates and letters name the event; the member identifies the entry
KINDS = (DocumentKind.AWARD, DocumentKind.AWARD_LETTER)
FILE_NAMES = {DocumentKind.AWARD: "获奖证书.pdf", DocumentKind.AWARD_LETTER: "获奖通知书.pdf"}


@dataclass
class AwardIssue:
    new: dict[str, int] = field(default_factory=dict)  # kind name → newly issued
    certificate_ids: dict[str, list[int]] = field(default_factory=dict)  # kind name → every id in force, in order
    not_final: list[str] = field(default_factory=list)  # events whose final results are not yet final
    outdated: list[str] = field(default_factory=list)  # holders whose prize has since changed or gone


@dataclass(frozen=True)
class _Winner:
    event_id: int
    member_id: int
    name: str
    fields: dict[str, str | int | date]


def _winners(session: Session, competition: Competition, issue: AwardIssue) -> tuple[list[_Winner], list[int]]:
    """Prize winners of every event whose final is final, by event, then prize band, then rank; and those events."""
    winners: list[_Winner] = []
    final_events: list[int] = []
    events = session.execute(select(CompetitionEvent).where(CompetitionEvent.competition_id == competition.id)
                             .order_by(CompetitionEvent.position)).scalars()
    for event in events:
        final = session.execute(select(CompetitionStage).where(CompetitionStage.event_id == event.id)
                                .order_by(CompetitionStage.seq.desc()).limit(1)).scalar_one_or_none()
        if final is None or final.state != StageState.FINAL.value:
            issue.not_final.append(event.name)
            continue
        final_events.append(event.id)
        band_order = {b.name: i for i, b in enumerate(bands_of(session, event.id))}
        rows = list(session.execute(
            select(Entry.member_id, Member.name, StageResult.prize, StageResult.final_rank, Entry.employer,
                   Organisation.name).join(Entry, Entry.id == StageResult.entry_id)
            .join(Member, Member.id == Entry.member_id).join(Organisation, Organisation.id == Entry.union_id)
            .where(StageResult.stage_id == final.id, StageResult.prize.is_not(None))))
        rows.sort(key=lambda r: (band_order.get(r[2] or "", 99), r[3] or 0, r[1]))
        for member_id, name, prize, rank, employer, union in rows:
            fields: dict[str, str | int | date] = {
                "赛事名称": competition.name, "赛项": event.name, "奖项": prize or "", "名次": rank or "",
                "阶段": final.name, "工作单位": employer or "", "所在工会": union}
            if competition.award_deadline is not None:
                fields["领奖日期"] = competition.award_deadline
            if competition.award_place:
                fields["领奖地点"] = competition.award_place
            winners.append(_Winner(event.id, member_id, name, fields))
    return winners, final_events


def _held(session: Session, event_ids: list[int], kind: DocumentKind) -> dict[tuple[int, int], Certificate]:
    rows = session.execute(select(Certificate).where(
        Certificate.source_type == SOURCE_TYPE, Certificate.source_id.in_(event_ids), Certificate.kind == kind.value,
        Certificate.revoked_at.is_(None)).order_by(Certificate.year, Certificate.serial)).scalars()
    return {(c.source_id or 0, c.member_id or 0): c for c in rows}


def issue_awards(db: Database, actor: Actor, competition_id: int, *, issue_date: date | None = None) -> AwardIssue:
    """Give every winner of a final result one 获奖证书 and one 获奖通知书 (addressed to their union), numbered in one
    transaction; winners who already hold theirs keep their numbers. Holders whose prize was revised since are
    listed in `outdated` for a reviewer to revoke and reissue."""
    actor.require(Permission.ISSUE_CERTIFICATES)  # numbering is entering a record: the clerk's (docs/architecture.md)
    from unionoffice.services.certificates.issuing import CertificateSubject, issue_in_session

    issue = AwardIssue()
    with db.write() as session:
        competition = live_competition(session, competition_id)
        winners, event_ids = _winners(session, competition, issue)
        if not winners:
            raise ValidationError(f"“{competition.name}”还没有已确定的获奖名单", field="获奖名单")
        if competition.award_deadline is None or not competition.award_place:
            raise ValidationError("获奖通知书要写明领奖日期和领奖地点，请先在竞赛信息中填写", field="领奖日期")
        issued_on = issue_date or date.today()
        if competition.award_deadline < issued_on:
            raise ValidationError(f"领奖日期（{competition.award_deadline:%Y-%m-%d}）早于发文日期"
                                  f"（{issued_on:%Y-%m-%d}），请先在竞赛信息中改正领奖日期", field="领奖日期")
        current = {(w.event_id, w.member_id): w for w in winners}
        for kind in KINDS:
            held = _held(session, event_ids, kind)
            for (event_id, member_id), cert in held.items():
                now = current.get((event_id, member_id))
                was = json.loads(cert.subject).get("奖项", "")
                if now is None or now.fields["奖项"] != was:
                    now_text = f"现为{now.fields['奖项']}" if now else "现已不是获奖者"
                    issue.outdated.append(f"{cert.person_name}：{cert.number}（{was}），{now_text}")
            by_event: dict[int, list[CertificateSubject]] = {}
            for w in winners:
                if (w.event_id, w.member_id) not in held:
                    by_event.setdefault(w.event_id, []).append(CertificateSubject(w.name, w.fields, w.member_id))
            for event_id, subjects in by_event.items():
                issue_in_session(session, actor, kind, subjects, None, issued_on, SOURCE_TYPE, event_id)
            issue.new[kind.value] = sum(len(s) for s in by_event.values())
            fresh = _held(session, event_ids, kind)
            issue.certificate_ids[kind.value] = [fresh[(w.event_id, w.member_id)].id for w in winners
                                                 if (w.event_id, w.member_id) in fresh]
        if any(issue.new.values()):
            audit.record(session, actor, "create", f"“{competition.name}”颁发获奖证书 {issue.new[KINDS[0].value]} 份、"
                         f"获奖通知书 {issue.new[KINDS[1].value]} 份", entity="competition", entity_id=competition_id)
    return issue


def print_awards(db: Database, actor: Actor, issue: AwardIssue, folder: Path, *, progress: Progress | None = None,
                 cancel: CancelToken | None = None) -> list[Path]:
    """获奖证书.pdf and 获奖通知书.pdf in `folder`, each one PDF in the order of the issue (event, prize, rank)."""
    from unionoffice.services.certificates.issuing import render_certificates

    total = sum(len(ids) for ids in issue.certificate_ids.values())
    if not total:
        raise NotFoundError("没有可打印的获奖证书或通知书")
    done = 0
    paths: list[Path] = []
    for kind in KINDS:
        ids = issue.certificate_ids.get(kind.value, [])
        if not ids:
            continue
        offset = done

        def step(n: int, _of: int, offset: int = offset) -> None:
            if progress is not None:
                progress(offset + n, total)

        paths += render_certificates(db, actor, ids, folder / FILE_NAMES[kind], progress=step, cancel=cancel)
        done += len(ids)
    return paths
