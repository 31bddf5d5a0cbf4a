"""Every role against every service that changes or reveals personal data (docs/reliability.md E1, E2): default deny."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from unionoffice import services
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry, Member, Organisation
from unionoffice.db.models.training import Academy, ClassSession, Enrolment, TrainingClass
from unionoffice.documents.templates import DocumentKind
from unionoffice.domain.common.errors import PermissionDeniedError
from unionoffice.domain.common.permissions import Permission, Role
from unionoffice.domain.members.membership import EventKind
from unionoffice.domain.training.rules import Mark
from unionoffice.services.certificates import issuing
from unionoffice.services.core import accounts, audit_trail, backups
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.core.startup import open_database
from unionoffice.services.demo.district import generate_demo
from unionoffice.services.demo.training_year import generate_training_demo
from unionoffice.services.members import listing as member_list
from unionoffice.services.members import organisations, purge, search
from unionoffice.services.members import records as members
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
    "restore_backup": (frozenset({A}), _restore),
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
}
SYSTEM_CLERK = Actor(username="clerk-system", role=Role.CLERK, user_id=None)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("matrix") / "template.db"
    db = open_database(f"sqlite:///{path}", create=True)
    generate_demo(db, SYSTEM, 60, seed=3)
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
        id_tail = session.execute(select(Member.id_number).where(Member.id == 1)).scalar_one()[-6:]
    for role in Role:
        rows = search.search_members(office, actor_of(role), id_tail)
        assert rows
        assert not any(FULL_ID.search(r.id_number) for r in rows)


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
