"""Purging members from the trash (RELIABILITY E4): its own permission, refusals, an audit entry, no bytes left."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.helpers.people import make_district, member_draft, valid_id
from tests.helpers.training import members as demo_members
from tests.helpers.training import new_class
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry, Member, MemberNameGram, MembershipEvent
from unionoffice.db.models.training import Enrolment
from unionoffice.domain.common.errors import NotFoundError, PermissionDeniedError, ValidationError
from unionoffice.services.core.context import Actor
from unionoffice.services.members import purge
from unionoffice.services.members.records import (
    create_member,
    delete_members,
    member_detail,
    restore_member,
    update_member,
)
from unionoffice.services.training.enrolment import enrol_members

FULL_ID = re.compile(r"\d{17}[\dXx]")


def count(db: Database, model: type, **where: object) -> int:
    with db.read() as session:
        query = select(func.count()).select_from(model).filter_by(**where)
        return int(session.execute(query).scalar_one())


def file_bytes(path: Path) -> bytes:
    """The database file and its write-ahead log, as a disk scan would see them."""
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_restore_and_purge_need_separate_permissions(db: Database, clerk: Actor, reviewer: Actor,
                                                     admin: Actor) -> None:
    union, _ = make_district(db)
    member_id = create_member(db, clerk, member_draft(union))
    delete_members(db, clerk, [member_id])
    for actor in (clerk, reviewer):
        with pytest.raises(PermissionDeniedError, match="彻底清除记录"):
            purge.purge_members(db, actor, [member_id])
    restore_member(db, reviewer, member_id)  # the reviewer restores, but cannot purge
    delete_members(db, clerk, [member_id])
    assert purge.purge_members(db, admin, [member_id]).purged == [member_id]


def test_only_members_in_the_trash_can_be_purged(db: Database, clerk: Actor, admin: Actor) -> None:
    union, _ = make_district(db)
    live = create_member(db, clerk, member_draft(union, seq=2))
    trashed = create_member(db, clerk, member_draft(union, seq=4, name="李娜"))
    delete_members(db, clerk, [trashed])
    with pytest.raises(NotFoundError, match=f"回收站中没有会员编号 {live}"):
        purge.purge_members(db, admin, [trashed, live])
    assert count(db, Member) == 2  # all or nothing


def test_a_purge_removes_the_member_with_its_history_and_is_audited_without_the_full_id(
        db: Database, clerk: Actor, admin: Actor) -> None:
    union, _ = make_district(db)
    member_id = create_member(db, clerk, member_draft(union, name="王小明"))
    keep = create_member(db, clerk, member_draft(union, seq=4, name="李娜"))
    delete_members(db, clerk, [member_id])
    result = purge.purge_members(db, admin, None)
    assert result.purged == [member_id]
    assert result.kept == {}
    assert count(db, Member) == 1
    assert count(db, MembershipEvent, member_id=member_id) == 0
    assert count(db, MemberNameGram, member_id=member_id) == 0
    assert count(db, MembershipEvent, member_id=keep) == 1
    with db.read() as session:
        username, entity_id, summary = session.execute(select(AuditEntry.username, AuditEntry.entity_id,
                                                              AuditEntry.summary)
                                                       .where(AuditEntry.action == "purge")).one()
        texts = session.execute(select(AuditEntry.summary, AuditEntry.changes)).all()
    assert (username, entity_id) == (admin.username, str(member_id))
    assert "王小明" in summary
    assert "220102********" in summary
    assert not any(FULL_ID.search(f"{summary} {changes}") for summary, changes in texts)
    assert purge.trashed_member_ids(db, admin) == []


@pytest.mark.sqlite_only  # scans the SQLite file's bytes
def test_after_a_purge_no_byte_of_the_database_holds_the_id_number(db: Database, db_path: Path, clerk: Actor,
                                                                   admin: Actor) -> None:
    union, _ = make_district(db)
    number = valid_id(731, area="220104")
    for seq in range(1, 30):  # neighbours on the same pages
        create_member(db, clerk, member_draft(union, seq=seq * 2, phone=""))
    member_id = create_member(db, clerk, member_draft(union, name="赵六", id_number=number))
    for note in ("第一次修改", "第二次修改，备注长一些" * 5, ""):  # each edit may move the row on its page
        detail = member_detail(db, clerk, member_id)
        update_member(db, clerk, member_id, replace(detail.draft, note=note), expected_version=detail.version)
    delete_members(db, clerk, [member_id])
    assert number.encode() in file_bytes(db_path)
    purge.purge_members(db, admin, [member_id])
    assert number.encode() not in file_bytes(db_path)
    assert number[::-1].encode() not in file_bytes(db_path)  # nor the reversed copy kept for suffix search


def test_members_other_records_refer_to_stay_in_the_trash(db: Database, clerk: Actor, admin: Actor) -> None:
    ids = demo_members(db, 12)
    class_id = new_class(db, clerk)
    trainee, other = ids[0], ids[1]
    enrol_members(db, clerk, class_id, [trainee])
    delete_members(db, clerk, [trainee, other])
    result = purge.purge_members(db, admin, [trainee, other])
    assert result.purged == [other]
    assert result.kept == {trainee: "仍有培训报名记录 1 条，不能彻底清除"}
    assert purge.trashed_member_ids(db, admin) == [trainee]


def test_a_feature_table_names_itself_in_the_refusal(db: Database, clerk: Actor, admin: Actor,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(Enrolment.__table__.info, "purge_label", "某功能的记录")
    ids = demo_members(db, 12)
    enrol_members(db, clerk, new_class(db, clerk), [ids[0]])
    delete_members(db, clerk, [ids[0]])
    assert purge.purge_members(db, admin, [ids[0]]).kept == {ids[0]: "仍有某功能的记录 1 条，不能彻底清除"}


def test_the_foreign_key_is_the_backstop_for_a_reference_the_query_misses(db: Database, clerk: Actor, admin: Actor,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    ids = demo_members(db, 12)
    enrol_members(db, clerk, new_class(db, clerk), [ids[0]])
    delete_members(db, clerk, [ids[0], ids[1]])
    monkeypatch.setattr(purge, "references_to_members", lambda: [])
    with pytest.raises(ValidationError, match="未清除任何会员"):
        purge.purge_members(db, admin, None)
    assert purge.trashed_member_ids(db, admin) == [ids[0], ids[1]]
    assert count(db, AuditEntry, action="purge") == 0


def test_every_table_that_refers_to_members_is_named_in_chinese() -> None:
    """A new feature table pointing at members blocks their purge by itself; it needs only a label."""
    references = purge.references_to_members()
    assert {table.name for table, _ in references} >= {"training_enrolment", "certificate"}
    assert all(re.search(r"[\u4e00-\u9fff]", purge.purge_label(table)) for table, _ in references)
