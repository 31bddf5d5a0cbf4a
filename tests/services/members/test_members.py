"""Member services: registration, duplicates, edits, lifecycle, soft delete, audit entries."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import func, select

from tests.helpers.people import make_district, member_draft, valid_id
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry, Member, MemberNameGram, MembershipEvent
from unionoffice.domain.common.errors import ConflictError, DuplicateError, PermissionDeniedError, ValidationError
from unionoffice.domain.members.membership import EventKind, MemberStatus
from unionoffice.services.core.context import Actor
from unionoffice.services.members.records import (
    create_member,
    delete_members,
    member_detail,
    member_history,
    record_event,
    restore_member,
    reveals_full_id,
    update_member,
)


def count(db: Database, model: type) -> int:
    with db.read() as s:
        return int(s.execute(select(func.count()).select_from(model)).scalar_one())


def test_register_member_writes_record_history_grams_and_audit(db: Database, clerk: Actor) -> None:
    union, _ = make_district(db)
    member_id = create_member(db, clerk, member_draft(union, name="李堃"))
    with db.read() as s:
        m = s.get(Member, member_id)
        assert m is not None
        assert m.sex == "女"
        assert m.birth_date == date(1985, 3, 14)
        assert (m.pinyin_full, m.pinyin_initials) == ("likun", "lk")
        assert m.status == MemberStatus.ACTIVE
        assert m.id_reversed == m.id_number[::-1]
        grams = set(s.execute(select(MemberNameGram.gram).where(MemberNameGram.member_id == member_id)).scalars())
        assert grams == {"李", "堃", "李堃"}
        audit = s.execute(select(AuditEntry).where(AuditEntry.entity == "member")).scalars().one()
        assert audit.username == "clerk"
        assert audit.action == "create"
        assert "220102********" in (audit.changes or "")
        assert m.id_number not in (audit.changes or "")
    assert [h.kind for h in member_history(db, clerk, member_id)] == ["入会"]


def test_duplicate_id_is_refused_naming_the_existing_record(db: Database, clerk: Actor) -> None:
    union, other = make_district(db)
    create_member(db, clerk, member_draft(union, name="王芳"))
    with pytest.raises(DuplicateError) as err:
        create_member(db, clerk, member_draft(other, name="王芳芳", id_number=valid_id(2).lower()))
    assert "王芳" in err.value.message
    assert "第1机械厂工会" in err.value.message
    assert count(db, Member) == 1


def test_15_digit_id_is_the_same_person_as_its_18_digit_form(db: Database, clerk: Actor) -> None:
    union, _ = make_district(db)
    member_id = create_member(db, clerk, member_draft(union, id_number="220102850314002"))
    with db.read() as s:
        m = s.get(Member, member_id)
        assert m is not None
        assert (m.id_number, m.id_number_original) == ("220102198503140028", "220102850314002")
    with pytest.raises(DuplicateError):
        create_member(db, clerk, member_draft(union, id_number="220102198503140028"))


def test_invalid_member_writes_nothing(db: Database, clerk: Actor) -> None:
    union, _ = make_district(db)
    with pytest.raises(ValidationError) as err:
        create_member(db, clerk, member_draft(union, id_number="220102198503140027"))
    assert "校验位" in err.value.message
    assert count(db, Member) == 0
    assert count(db, AuditEntry) == 3


def test_viewer_cannot_register(db: Database, viewer: Actor) -> None:
    union, _ = make_district(db)
    with pytest.raises(PermissionDeniedError):
        create_member(db, viewer, member_draft(union))


def test_update_records_changed_fields_and_refuses_stale_version(db: Database, clerk: Actor) -> None:
    union, _ = make_district(db)
    member_id = create_member(db, clerk, member_draft(union))
    detail = member_detail(db, clerk, member_id)
    update_member(db, clerk, member_id, member_draft(union, name="张卫", phone="13900139000"),
                  expected_version=detail.version)
    with db.read() as s:
        m = s.get(Member, member_id)
        assert m is not None
        assert (m.name, m.phone, m.pinyin_full) == ("张卫", "13900139000", "zhangwei")
        entry = s.execute(select(AuditEntry).where(AuditEntry.action == "update")).scalars().one()
        assert '"name": ["张伟", "张卫"]' in (entry.changes or "")
        assert "139****9000" in (entry.changes or "")
    with pytest.raises(ConflictError):
        update_member(db, clerk, member_id, member_draft(union, name="张为"), expected_version=detail.version)


def test_union_changes_only_by_transfer(db: Database, clerk: Actor) -> None:
    union, other = make_district(db)
    member_id = create_member(db, clerk, member_draft(union))
    with pytest.raises(ValidationError):
        update_member(db, clerk, member_id, member_draft(other))


def test_transfer_out_then_in_keeps_both_dates(db: Database, clerk: Actor) -> None:
    union, other = make_district(db)
    member_id = create_member(db, clerk, member_draft(union))
    record_event(db, clerk, member_id, EventKind.TRANSFER_OUT, date(2024, 6, 30), to_union_id=other, reason="调动")
    record_event(db, clerk, member_id, EventKind.TRANSFER_IN, date(2024, 7, 15))
    history = member_history(db, clerk, member_id)
    assert [(h.kind, h.event_date) for h in history] == [
        ("入会", date(2010, 5, 1)), ("转出", date(2024, 6, 30)), ("转入", date(2024, 7, 15))]
    assert history[1].to_union == "第2机械厂工会"
    assert history[2].to_union == "第2机械厂工会"
    with db.read() as s:
        m = s.get(Member, member_id)
        assert m is not None
        assert m.union_id == other
        assert m.status == MemberStatus.ACTIVE


def test_lifecycle_refuses_impossible_steps_and_earlier_dates(db: Database, clerk: Actor) -> None:
    union, _ = make_district(db)
    member_id = create_member(db, clerk, member_draft(union))
    with pytest.raises(ValidationError):
        record_event(db, clerk, member_id, EventKind.TRANSFER_IN, date(2020, 1, 1))
    with pytest.raises(ValidationError):
        record_event(db, clerk, member_id, EventKind.RETAIN, date(2009, 1, 1))
    record_event(db, clerk, member_id, EventKind.RETAIN, date(2020, 1, 1), reason="退休")
    record_event(db, clerk, member_id, EventKind.DEATH, date(2023, 1, 1))
    with pytest.raises(ValidationError):
        record_event(db, clerk, member_id, EventKind.RESUME, date(2024, 1, 1))
    assert count(db, MembershipEvent) == 3


def test_detail_masks_for_viewer_and_audits_reveal_for_clerk(db: Database, clerk: Actor, viewer: Actor) -> None:
    union, _ = make_district(db)
    member_id = create_member(db, clerk, member_draft(union))
    masked = member_detail(db, viewer, member_id)
    assert masked.draft.id_number == "220102********0028"
    assert masked.draft.phone == "138****8000"
    full = member_detail(db, clerk, member_id)
    assert full.draft.id_number == "220102198503140028"
    with db.read() as s:
        assert s.execute(select(func.count()).where(AuditEntry.action == "reveal")).scalar_one() == 1


@pytest.mark.sqlite_only  # holds SQLite's file lock from outside
def test_a_plain_detail_view_does_not_need_the_write_lock(db: Database, clerk: Actor, viewer: Actor) -> None:
    union, _ = make_district(db)
    member_id = create_member(db, clerk, member_draft(union))
    assert db.path is not None
    other = sqlite3.connect(db.path, timeout=0)  # another program in the middle of a save
    other.execute("BEGIN IMMEDIATE")
    try:
        assert member_detail(db, viewer, member_id).draft.name == "张伟"
    finally:
        other.rollback()
        other.close()
    assert not reveals_full_id(db, viewer)
    assert reveals_full_id(db, clerk)


def test_soft_delete_hides_and_restore_needs_reviewer(db: Database, clerk: Actor, reviewer: Actor) -> None:
    union, _ = make_district(db)
    member_id = create_member(db, clerk, member_draft(union))
    delete_members(db, clerk, [member_id])
    with pytest.raises(DuplicateError) as err:
        create_member(db, clerk, member_draft(union))
    assert "已删除" in err.value.message
    with pytest.raises(PermissionDeniedError):
        restore_member(db, clerk, member_id)
    restore_member(db, reviewer, member_id)
    assert member_detail(db, clerk, member_id).id == member_id


def test_read_only_database_shows_the_masked_id_instead_of_failing(db: Database, clerk: Actor) -> None:
    union, _ = make_district(db)
    member_id = create_member(db, clerk, member_draft(union))
    db.read_only_reason = "正在检查"
    assert member_detail(db, clerk, member_id).draft.id_number == "220102********0028"
