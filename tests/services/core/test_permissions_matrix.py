"""Every role against every service that changes or reveals personal data (docs/reliability.md E1, E2): default deny."""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.helpers import competitions as contests
from tests.helpers.office import write_office_rows
from unionoffice import services
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry, Member, Organisation
from unionoffice.db.models.aid import AidApplication, AidProgramme, HardshipFile, RecuperationBatch
from unionoffice.db.models.training import Academy, ClassSession, Enrolment, TrainingClass
from unionoffice.documents.templates import DocumentKind
from unionoffice.domain.aid.hardship import Standard
from unionoffice.domain.aid.kinds import ProgrammeType
from unionoffice.domain.aid.workflow import Step
from unionoffice.domain.common.errors import PermissionDeniedError
from unionoffice.domain.common.permissions import Permission, Role, role_may
from unionoffice.domain.competitions.ranking import DecisionMode, EntryState
from unionoffice.domain.honours.rules import BasisKind, HonourType
from unionoffice.domain.members.membership import EventKind
from unionoffice.domain.training.rules import Mark
from unionoffice.services.aid import applications as aid_apps
from unionoffice.services.aid import documents as aid_docs
from unionoffice.services.aid import hardship_files as aid_files
from unionoffice.services.aid import listing as aid_list
from unionoffice.services.aid import loans as aid_loans
from unionoffice.services.aid import programmes as aid_programmes
from unionoffice.services.aid import recuperation as aid_recup
from unionoffice.services.aid import rules as aid_rules
from unionoffice.services.aid import standards as aid_standards
from unionoffice.services.aid import workflow as aid_wf
from unionoffice.services.certificates import issuing
from unionoffice.services.competitions import decisions as comp_decisions
from unionoffice.services.competitions import documents as comp_documents
from unionoffice.services.competitions import entries as comp_entries
from unionoffice.services.competitions import events as comp_events
from unionoffice.services.competitions import history as comp_history
from unionoffice.services.competitions import labour as comp_labour
from unionoffice.services.competitions import results as comp_results
from unionoffice.services.competitions import score_import as comp_import
from unionoffice.services.competitions import scoring as comp_scoring
from unionoffice.services.competitions import settings as comp_settings
from unionoffice.services.core import accounts, audit_trail, backups
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.core.startup import open_database
from unionoffice.services.demo.aid_year import generate_aid_demo
from unionoffice.services.demo.district import generate_demo
from unionoffice.services.demo.training_year import generate_training_demo
from unionoffice.services.honours import documents as honour_documents
from unionoffice.services.honours import granting
from unionoffice.services.honours import listing as honour_listing
from unionoffice.services.honours import register as honours
from unionoffice.services.members import listing as member_list
from unionoffice.services.members import organisations, purge, search
from unionoffice.services.members import records as members
from unionoffice.services.province import export as province_export
from unionoffice.services.province import keys as province_keys
from unionoffice.services.training import attendance, classes, statistics
from unionoffice.services.training import documents as training_documents
from unionoffice.services.training.classes import ClassDraft, ModuleDraft

A, C, R, V = Role.ADMIN, Role.CLERK, Role.REVIEWER, Role.VIEWER
EVERYONE = frozenset(Role)
FULL_ID = re.compile(r"\d{17}[\dXx]")
NEW_ID = "11010519491231002X"


def _union_id(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.min(Organisation.id)).where(Organisation.kind == "grassroots"))
                   .scalar_one())


def _member_draft(db: Database) -> members.MemberDraft:
    return members.member_detail(db, SYSTEM, 1).draft


def _target_user(db: Database) -> int:
    return accounts.user_id_by_name(db, SYSTEM, "target")


def _draft_list(db: Database) -> int:
    """A draft honour list with one innovation-based medal for member 1 (10 % of one: the quota is kept)."""
    list_id = honours.create_list(db, SYSTEM_CLERK, honours.ListDraft(2024))
    honours.add_honour(db, SYSTEM_CLERK, list_id, honours.HonourDraft(
        HonourType.MAY_DAY_MEDAL, member_id=1, basis_kind=BasisKind.INNOVATION, basis_text="数控改造"))
    return list_id


def _granted_list(db: Database) -> int:
    list_id = _draft_list(db)
    granting.finalise_list(db, SYSTEM_CLERK, list_id, date(2024, 4, 28), doc_serial=12)
    return list_id


def _revoke(db: Database, actor: Actor) -> None:
    honour_id = honour_listing.honour_rows(db, SYSTEM_CLERK, _granted_list(db))[0].id
    granting.revoke_honour(db, actor, honour_id, "权限测试")
def _app_in(db: Database, state: str, programme_type: str = "金秋助学") -> int:
    with db.read() as session:
        return int(session.execute(select(func.min(AidApplication.id)).join(
            AidProgramme, AidProgramme.id == AidApplication.programme_id).where(
            AidApplication.state == state, AidProgramme.type == programme_type)).scalar_one())


def _programme(db: Database, kind: str = "金秋助学") -> int:
    with db.read() as session:
        return int(session.execute(select(func.min(AidProgramme.id)).where(AidProgramme.type == kind)).scalar_one())


def _attachment(db: Database) -> int:
    return aid_apps.add_attachment(db, SYSTEM_CLERK, _app_in(db, "已提交"), "录取通知书", "录取通知书.pdf", b"%PDF-1.4")


def _loan(db: Database, actor: Actor) -> int:
    return aid_loans.create_loan(db, actor, aid_loans.LoanDraft("会员", "吉林银行", 10_000_000, date(2024, 3, 1), 12,
                                                                34_500, 21_500, member_id=_active_member(db)))


def _active_member(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.min(Member.id)).where(Member.status == "在会",
                                                                     Member.deleted_at.is_(None))).scalar_one())
def _finished_class(db: Database) -> int:
    """A class of the demo year in which somebody completed (the demo writes a whole year of classes)."""
    with db.read() as session:
        classes = session.execute(select(TrainingClass.id).order_by(TrainingClass.id)).scalars().all()
    for class_id in classes:
        if any(c.completed for _k, _h, c in _completions(db, class_id)):
            return class_id
    raise AssertionError("the demo year has no completed class")


def _completions(db: Database, class_id: int) -> list[Any]:
    from unionoffice.services.training.attendance import completions

    with db.read() as session:
        return list(completions(session, [class_id]).values())


def _enrolment(db: Database) -> tuple[int, int]:
    with db.read() as session:
        row = session.execute(select(Enrolment.id, Enrolment.class_id).order_by(Enrolment.id)).first()
    assert row is not None
    return row[0], row[1]


def _issued_then_printed(db: Database, actor: Actor, target: Path) -> None:
    class_id = _finished_class(db)
    training_documents.issue_class_certificates(db, SYSTEM_CLERK, class_id)
    training_documents.print_class_certificates(db, actor, class_id, target)


def _new_class(db: Database) -> ClassDraft:
    with db.read() as session:
        academy = session.execute(select(func.min(Academy.id))).scalar_one()
    return ClassDraft(academy, "权限测试班", date(2025, 3, 1), date(2025, 3, 2), 30,
                      [ModuleDraft("理论", "安全", 40)])


def _first_session(db: Database) -> int:
    _enrolment_id, class_id = _enrolment(db)
    with db.read() as session:
        return int(session.execute(select(func.min(ClassSession.id)).where(ClassSession.class_id == class_id))
                   .scalar_one())


def _restore(db: Database, actor: Actor) -> None:
    good = backups.create_backup(db, SYSTEM)
    backups.restore_backup(db, actor, good)


def _score_sheet(db: Database) -> tuple[int, Path]:
    c = contests.tied_final(db, published=False)
    number = comp_scoring.load_sheet(db, SYSTEM, c.stage_ids[0]).entry_nos[0]
    path = Path(tempfile.mkdtemp()) / "成绩.csv"
    path.write_text(f"参赛编号,理论,实操\n{number},90,90\n", encoding="utf-8")
    return c.stage_ids[0], path


def _trust_key(db: Database, actor: Actor) -> object:
    from unionoffice.exchange.provincial.signing import load_or_create

    key = load_or_create(Path(tempfile.mkdtemp())).public
    return province_keys.trust_key(db, actor, "220104", "长春市朝阳区总工会", key.text, key.fingerprint)


Case = Callable[[Database, Actor], Any]
# Who may call each service, written out from the roles in docs/architecture.md "Roles" (not derived from
# ROLE_PERMISSIONS).
MATRIX: dict[str, tuple[frozenset[Role], Case]] = {
    "create_member": (frozenset({C}), lambda db, a: members.create_member(
        db, a, replace(_member_draft(db), name="新会员", id_number=NEW_ID, sex="女", phone="", card_number=""))),
    "update_member": (frozenset({C}), lambda db, a: members.update_member(
        db, a, 1, replace(_member_draft(db), note="权限测试"))),
    "record_event": (frozenset({C}), lambda db, a: members.record_event(
        db, a, 1, EventKind.RETAIN, date.today(), reason="退休")),
    "delete_members": (frozenset({C}), lambda db, a: members.delete_members(db, a, [2])),
    "restore_member": (frozenset({A, R}), lambda db, a: (members.delete_members(db, SYSTEM_CLERK, [3]),
                                                         members.restore_member(db, a, 3))),
    "purge_members": (frozenset({A}), lambda db, a: (members.delete_members(db, SYSTEM_CLERK, [4]),
                                                     purge.purge_members(db, a, [4]))),
    "trashed_member_ids": (frozenset({A}), lambda db, a: purge.trashed_member_ids(db, a)),
    "member_detail": (EVERYONE, lambda db, a: members.member_detail(db, a, 1)),
    "member_history": (EVERYONE, lambda db, a: members.member_history(db, a, 1)),
    "member_page": (EVERYONE, lambda db, a: member_list.member_page(
        db, a, member_list.MemberFilter(), member_list.SortKey.NAME, False, 0, 50)),
    "search_members": (EVERYONE, lambda db, a: search.search_members(db, a, "张")),
    "create_union": (frozenset({A, C}), lambda db, a: organisations.create_union(
        db, a, organisations.UnionDraft(name="权限测试工会"))),
    "update_union": (frozenset({A, C}), lambda db, a: organisations.update_union(
        db, a, _union_id(db), organisations.UnionDraft(name="改名后的工会"))),
    "add_user": (frozenset({A}), lambda db, a: accounts.add_user(db, a, "newbie", Role.CLERK, "Temp-pass-1")),
    "list_users": (frozenset({A}), lambda db, a: accounts.list_users(db, a)),
    "disable_user": (frozenset({A}), lambda db, a: accounts.disable_user(db, a, _target_user(db))),
    "reset_password": (frozenset({A}), lambda db, a: accounts.reset_password(db, a, _target_user(db), "Reset-pass-2")),
    "change_role": (frozenset({A}), lambda db, a: accounts.change_role(db, a, _target_user(db), Role.REVIEWER)),
    "audit_list": (frozenset({A, R}), lambda db, a: audit_trail.list_entries(db, a)),
    "audit_verify": (frozenset({A, R}), lambda db, a: audit_trail.verify_chain(db, a)),
    "audit_history_of": (EVERYONE, lambda db, a: audit_trail.history_of(db, a, "member", 1)),
    "create_backup": (frozenset({A, C, R}), lambda db, a: backups.create_backup(db, a)),
    "create_honour_list": (frozenset({C}), lambda db, a: honours.create_list(db, a, honours.ListDraft(2024))),
    "add_honour": (frozenset({C}), lambda db, a: honours.add_honour(db, a, _draft_list(db), honours.HonourDraft(
        HonourType.UNION_CADRE, member_id=2, basis_text="工会工作"))),
    "finalise_honour_list": (frozenset({C}), lambda db, a: granting.finalise_list(
        db, a, _draft_list(db), date(2024, 4, 28), doc_serial=12)),
    "revoke_honour": (frozenset({C}), _revoke),
    "honour_rows": (EVERYONE, lambda db, a: honour_listing.honour_rows(db, a, _draft_list(db))),
    "member_honours": (EVERYONE, lambda db, a: honour_listing.member_honours(db, a, 1)),
    "set_honours_quota": (frozenset({A}), lambda db, a: granting.set_quota_percent(db, a, 15)),
    "issue_honour_certificates": (frozenset({C}), lambda db, a: honour_documents.issue_list_certificates(
        db, a, _granted_list(db))),
    "print_honour_decision": (frozenset({A, C, R}), lambda db, a: honour_documents.print_decision(
        db, a, _granted_list(db), Path(tempfile.mkdtemp()) / "决定.pdf")),
    "restore_backup": (frozenset({A}), _restore),
    # Aid casework: the clerk does casework and pays, the reviewer reviews and decides, the administrator sets
    # programmes, rules and standards and may override a budget; child data for clerk and reviewer only.
    "aid_save_standard": (frozenset({A}), lambda db, a: aid_standards.save_standard(
        db, a, Standard(2025, 130_000, 1500, 2000))),
    "aid_create_programme": (frozenset({A}), lambda db, a: aid_programmes.create_programme(
        db, a, aid_programmes.ProgrammeDraft(2024, ProgrammeType.WARMTH, "权限测试项目", 100))),
    "aid_save_rules": (frozenset({A}), lambda db, a: aid_rules.save_rules(db, a, _programme(db), [])),
    "aid_create_file": (frozenset({C}), lambda db, a: aid_files.create_file(db, a, aid_files.FileDraft(
        _fresh_member(db), 2024, 200_000, 0, 2, "因病"))),
    "aid_approve_file": (frozenset({R}), lambda db, a: aid_files.approve_file(db, a, _applied_file(db))),
    "aid_create_application": (frozenset({C}), lambda db, a: aid_apps.create_application(
        db, a, aid_apps.ApplicationDraft(_programme(db, "送温暖"), _fresh_member(db), amount_asked_fen=10_000))),
    "aid_submit": (frozenset({C}), lambda db, a: aid_wf.batch_advance(db, a, [_app_in(db, "草稿")], Step.SUBMIT)),
    "aid_review": (frozenset({R}), lambda db, a: aid_wf.batch_advance(db, a, [_app_in(db, "基层初审")], Step.REVIEW)),
    "aid_reject": (frozenset({R}), lambda db, a: aid_wf.batch_advance(db, a, [_app_in(db, "区总审核")], Step.REJECT,
                                                                      comment="权限测试")),
    "aid_approve": (frozenset({R}), lambda db, a: aid_wf.batch_advance(db, a, [_app_in(db, "公示中")], Step.APPROVE,
                                                                       on=date(2025, 1, 10))),
    "aid_pay": (frozenset({C}), lambda db, a: aid_wf.batch_advance(db, a, [_app_in(db, "已批准")], Step.PAY)),
    "aid_override_budget": (frozenset({A}), lambda db, a: aid_wf.override_budget(db, a, _app_in(db, "公示中"), "特批")),
    "aid_application_page": (EVERYONE, lambda db, a: aid_list.application_page(
        db, a, aid_list.ApplicationFilter(_programme(db)), 0, 50)),
    "aid_application_detail": (EVERYONE, lambda db, a: aid_apps.application_detail(db, a, _app_in(db, "已发放"))),
    "aid_attachment_content": (frozenset({C, R}), lambda db, a: aid_apps.attachment_content(db, a, _attachment(db))),
    "aid_payment_roster": (frozenset({A, C, R}), lambda db, a: aid_docs.payment_roster(
        db, a, _programme(db), Path(tempfile.mkdtemp()) / "roster.xlsx")),
    "aid_approval_form": (frozenset({A, C, R}), lambda db, a: aid_docs.approval_form(
        db, a, _app_in(db, "已发放"), Path(tempfile.mkdtemp()) / "form.pdf")),
    "aid_create_loan": (frozenset({C}), _loan),
    "aid_pay_subsidy": (frozenset({C}), lambda db, a: aid_loans.pay_subsidy(db, a, _paid_ready_loan(db), 2024,
                                                                            date(2025, 3, 1))),
    "aid_approve_recuperation": (frozenset({R}), lambda db, a: aid_recup.approve_list(db, a, _nominating_batch(db))),
    "aid_nominate": (frozenset({C}), lambda db, a: aid_recup.nominate(db, a, _nominating_batch(db),
                                                                      [_active_member(db)])),
    "create_competition": (frozenset({C}), lambda db, a: comp_events.create_competition(
        db, a, comp_events.CompetitionDraft("权限测试大赛", "区县级", 2024))),
    "create_event": (frozenset({C}), lambda db, a: comp_events.create_event(
        db, a, contests.tied_final(db).competition_id, comp_events.EventDraft("电工"))),
    "set_referees": (frozenset({C}), lambda db, a: comp_events.set_referees(
        db, a, contests.tied_final(db).event_id, [comp_events.RefereeDraft("王建华", "裁判长")])),
    "register_entrants": (frozenset({C}), lambda db, a: comp_entries.register_entrants(
        db, a, contests.tied_final(db, published=False).event_id, contests.live_members(db)[20:25])),
    "set_score": (frozenset({C}), lambda db, a: comp_scoring.set_score(
        db, a, contests.tied_final(db).result_ids[0], comp_scoring.ScoreField.THEORY, 9950)),
    "set_entry_state": (frozenset({C}), lambda db, a: comp_entries.set_entry_state(
        db, a, contests.tied_final(db).result_ids[0], EntryState.WITHDRAWN, "因病")),
    "score_import": (frozenset({C}), lambda db, a: comp_import.plan_score_import(db, a, *_score_sheet(db))),
    "publish_notice": (frozenset({C}), lambda db, a: comp_decisions.publish_notice(
        db, a, contests.tied_final(db, published=False).stage_ids[0])),
    "decide_tie": (frozenset({R}), lambda db, a: (c := contests.tied_final(db), comp_decisions.decide_tie(
        db, a, c.stage_ids[0], c.entry_ids[9:11], DecisionMode.SHARE, "同分并列"))),
    "finalise_stage": (frozenset({R}), lambda db, a: comp_decisions.finalise_stage(
        db, a, contests.decided_final(db).stage_ids[0])),
    "reopen_stage": (frozenset({R}), lambda db, a: comp_decisions.reopen_stage(
        db, a, contests.decided_final(db, finalised=True).stage_ids[0], "更正成绩")),
    # Numbering certificates is entering records: the clerk's alone (issue 12 item 19, architecture.md "Roles").
    "issue_awards": (frozenset({C}), lambda db, a: comp_documents.issue_awards(
        db, a, contests.decided_final(db, finalised=True).competition_id, issue_date=date(2024, 10, 20))),
    "competition_settings": (frozenset({A}), lambda db, a: comp_settings.save_competition_settings(
        db, a, comp_settings.CompetitionSettings(default_theory_pct=40))),
    "create_labour_competition": (frozenset({C}), lambda db, a: comp_labour.create_labour_competition(
        db, a, comp_labour.LabourDraft("权限测试劳动竞赛", "市级", 2024))),
    "stage_results": (EVERYONE, lambda db, a: comp_results.stage_results(db, a, contests.tied_final(db).stage_ids[0])),
    "member_competitions": (EVERYONE, lambda db, a: comp_history.member_competitions(db, a, 1)),
    # Training and certificates: entering records (classes, marks, issuing certificates) is the clerk's alone;
    # printing what was issued belongs to everyone who prints (architecture.md "Roles").
    "create_class": (frozenset({C}), lambda db, a: classes.create_class(db, a, _new_class(db))),
    "set_mark": (frozenset({C}), lambda db, a: attendance.set_mark(db, a, *_enrolment(db)[:1], _first_session(db),
                                                                   Mark.PRESENT)),
    "override_completion": (frozenset({R}), lambda db, a: attendance.override_completion(
        db, a, _enrolment(db)[0], True, "补考合格")),
    "issue_class_certificates": (frozenset({C}), lambda db, a: training_documents.issue_class_certificates(
        db, a, _finished_class(db))),
    "issue_certificates": (frozenset({C}), lambda db, a: issuing.issue_certificates(
        db, a, DocumentKind.HONOUR, [issuing.CertificateSubject("张三", {"年度": "2025", "荣誉称号": "先进个人"})],
        "测试", date(2025, 1, 1))),
    "print_class_certificates": (frozenset({A, C, R}), lambda db, a: _issued_then_printed(
        db, a, Path(str(db.path)).with_suffix(".pdf"))),
    "print_roster": (frozenset({A, C, R}), lambda db, a: training_documents.print_roster(
        db, a, _finished_class(db), Path(str(db.path)).with_suffix(".roster.pdf"))),
    "training_statistics": (EVERYONE, lambda db, a: statistics.training_statistics(
        db, a, year=None, group_by=statistics.GroupBy.ACADEMY)),
    # The provincial package carries full IDs: the reviewer, who exports full IDs, sends it; the administrator
    # decides which district keys the province trusts.
    "export_provincial_package": (frozenset({R}), lambda db, a: province_export.export_provincial_package(
        db, a, 2024, Path(tempfile.mkdtemp()) / "p.zip", today=date(2025, 1, 10))),
    "province_trust_key": (frozenset({A}), _trust_key),
}


def _fresh_member(db: Database) -> int:
    """An active member without a hardship file (so also without 送温暖, which the demo gives to filed members)."""
    with db.read() as session:
        return int(session.execute(select(func.min(Member.id)).where(
            Member.status == "在会", Member.deleted_at.is_(None), Member.id.not_in(select(HardshipFile.member_id))))
            .scalar_one())


def _applied_file(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.min(HardshipFile.id)).where(HardshipFile.status == "申请"))
                   .scalar_one())


def _paid_ready_loan(db: Database) -> int:
    loan = _loan(db, SYSTEM_CLERK)
    aid_loans.record_statement(db, SYSTEM_CLERK, loan, 2024, date(2025, 1, 10), 100_000)
    return loan


def _nominating_batch(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.min(RecuperationBatch.id)).where(
            RecuperationBatch.state == "提名中")).scalar_one())
SYSTEM_CLERK = Actor(username="clerk-system", role=Role.CLERK, user_id=None)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("matrix") / "template.db"
    db = open_database(f"sqlite:///{path}", create=True)
    write_office_rows(db)  # the office is set up, as after first start: real documents can be issued
    generate_demo(db, SYSTEM, 60, seed=3, today=date(2024, 12, 1))
    generate_aid_demo(db, SYSTEM, 2024, seed=3, today=date(2024, 12, 1))
    generate_training_demo(db, SYSTEM, 2025, seed=3, today=date(2025, 12, 31))
    accounts.add_user(db, SYSTEM, "target", Role.CLERK, "Target-pass-1")
    db.dispose()
    return path


@pytest.fixture
def office(template: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "office.db"
    shutil.copy(template, path)
    db = open_database(f"sqlite:///{path}")
    yield db
    db.dispose()


def actor_of(role: Role) -> Actor:
    return Actor(username=f"u-{role.name.lower()}", role=role, user_id=900 + list(Role).index(role))


@pytest.mark.parametrize("role", list(Role), ids=[r.name.lower() for r in Role])
@pytest.mark.parametrize("service", sorted(MATRIX))
def test_role_against_service(office: Database, service: str, role: Role) -> None:
    allowed, call = MATRIX[service]
    actor = actor_of(role)
    if role in allowed:
        call(office, actor)
    else:
        with pytest.raises(PermissionDeniedError):
            call(office, actor)


def test_viewer_sees_masked_ids_phones_and_cards_and_no_reveal_is_logged(office: Database) -> None:
    viewer = actor_of(V)
    detail = members.member_detail(office, viewer, 1)
    assert not detail.full_id_visible
    assert not FULL_ID.search(detail.draft.id_number)
    assert "*" in detail.draft.id_number
    assert not detail.draft.phone or "****" in detail.draft.phone
    rows = member_list.member_page(office, viewer, member_list.MemberFilter(), member_list.SortKey.NAME, False, 0, 60)
    for row in rows:
        assert not FULL_ID.search(row.id_number)
        assert (not row.phone or "****" in row.phone)
    with office.read() as session:
        assert session.execute(select(AuditEntry).where(AuditEntry.action == "reveal")).first() is None


def test_a_clerk_sees_the_full_id_and_the_reveal_is_audited(office: Database) -> None:
    clerk = actor_of(C)
    detail = members.member_detail(office, clerk, 1)
    with office.read() as session:
        full = session.execute(select(Member.id_number).where(Member.id == 1)).scalar_one()
        reveal = session.execute(select(AuditEntry.username).where(AuditEntry.action == "reveal")).scalar_one()
    assert detail.full_id_visible
    assert detail.draft.id_number == full
    assert reveal == clerk.username


def test_lists_mask_ids_for_every_role(office: Database) -> None:
    with office.read() as session:
        number = session.execute(select(Member.id_number).where(Member.id == 1)).scalar_one()
    for role in Role:
        # The visible tail (4) finds the member for every role; 6 digits only where hidden digits may be searched
        # (docs/reliability.md §1b, issue 12): the viewer's search can no longer confirm two hidden ones.
        rows = search.search_members(office, actor_of(role), number[-4:])
        assert rows
        assert not any(FULL_ID.search(r.id_number) for r in rows)
        wider = search.search_members(office, actor_of(role), number[-6:])
        assert bool(wider) == role_may(role, Permission.VIEW_FULL_ID)
        assert not any(FULL_ID.search(r.id_number) for r in wider)


def test_the_audit_trail_never_holds_a_full_id(office: Database) -> None:
    clerk = actor_of(C)
    members.create_member(office, clerk, replace(_member_draft(office), name="新会员", id_number=NEW_ID, sex="女",
                                                 phone="13800138000", card_number=""))
    with office.read() as session:
        texts = session.execute(select(AuditEntry.summary, AuditEntry.changes)).all()
    assert not any(FULL_ID.search(f"{summary} {changes}") for summary, changes in texts)
    assert not any("13800138000" in f"{changes}" for _, changes in texts)


def test_every_declared_permission_is_checked_by_a_service() -> None:
    """A permission in the role table that no service enforces would promise a protection that is not there."""
    sources = "\n".join(p.read_text(encoding="utf-8") for p in Path(services.__file__).parent.rglob("*.py"))
    unchecked = [p.name for p in Permission if not re.search(rf"Permission\.{p.name}\b", sources)]
    assert unchecked == []
