"""The audit trail: filters and paging, a record's history, and the tamper-evident hash chain."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from tests.helpers.postgres import scratch_database
from tests.helpers.tamper import drop_guards, tampering
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry
from unionoffice.domain.common.errors import PermissionDeniedError
from unionoffice.services.core import audit, audit_trail
from unionoffice.services.core.audit_anchor import record_anchor
from unionoffice.services.core.audit_trail import AuditFilter
from unionoffice.services.core.context import Actor
from unionoffice.services.core.startup import open_database


def write_entries(db: Database, actor: Actor, count: int, *, entity: str = "member") -> None:
    for n in range(count):
        with db.write() as session:
            audit.record(session, actor, "update", f"修改会员 {n}", entity=entity, entity_id=n % 3,
                         changes={"name": (f"旧{n}", f"新{n}"), "id_number": ("22010219800101002X", None)})


def test_an_untouched_chain_verifies(db: Database, clerk: Actor, admin: Actor) -> None:
    write_entries(db, clerk, 30)
    record_anchor(db, "exit")  # what a clean exit or a backup leaves outside the file
    report = audit_trail.check_chain(db, admin)
    assert report.intact
    assert report.checked == 30
    assert audit_trail.verify_chain(db, admin) is None


@pytest.mark.sqlite_only  # edits the SQLite file
def test_altering_one_row_in_sqlite_breaks_the_chain_at_that_row(db: Database, db_path: Path, clerk: Actor,
                                                                 reviewer: Actor) -> None:
    write_entries(db, clerk, 10)
    with tampering(db_path) as conn:
        conn.execute("UPDATE audit_entry SET summary = '无事发生' WHERE id = 6")
    report = audit_trail.check_chain(db, reviewer)
    assert report.first_broken_id == 6
    assert "内容被改动" in report.reason
    assert report.checked == 5


def test_rehashing_a_forged_row_still_breaks_the_next_link(db: Database, clerk: Actor, admin: Actor) -> None:
    """Since entries are signed (issue 12 item 5) the forged row itself fails: plain SHA-256 is not its hash."""
    write_entries(db, clerk, 10)
    drop_guards(db)
    with db.write() as session:
        entry = session.get(AuditEntry, 4)
        assert entry is not None
        entry.username = "someone-else"
        entry.hash = audit.entry_hash(entry.prev_hash, entry)
    assert audit_trail.verify_chain(db, admin) == 4


def test_deleting_a_row_breaks_the_chain_after_it(db: Database, clerk: Actor, admin: Actor) -> None:
    write_entries(db, clerk, 10)
    drop_guards(db)
    with db.write() as session:
        session.execute(text("DELETE FROM audit_entry WHERE id = 3"))
    report = audit_trail.check_chain(db, admin)
    assert report.first_broken_id == 4
    assert "链接断开" in report.reason


def test_sensitive_values_are_masked_in_the_trail(db: Database, clerk: Actor, viewer: Actor) -> None:
    write_entries(db, clerk, 1)
    (row,) = audit_trail.history_of(db, viewer, "member", 0)
    assert row.changes["id_number"] == ["220102********002X", None]
    assert row.changes["name"] == ["旧0", "新0"]


def test_history_of_one_record_oldest_first(db: Database, clerk: Actor, viewer: Actor) -> None:
    write_entries(db, clerk, 9)
    rows = audit_trail.history_of(db, viewer, "member", "1")
    assert [r.summary for r in rows] == ["修改会员 1", "修改会员 4", "修改会员 7"]
    assert all(r.action_label == "修改" for r in rows)


def test_filters_and_keyset_paging(db: Database, clerk: Actor, reviewer: Actor) -> None:
    write_entries(db, clerk, 25)
    write_entries(db, reviewer, 5, entity="organisation")
    everyone = audit_trail.list_entries(db, reviewer, limit=1000)
    assert len(everyone) == 30
    assert everyone[0].id > everyone[-1].id
    first = audit_trail.list_entries(db, reviewer, AuditFilter(username="clerk"), limit=10)
    second = audit_trail.list_entries(db, reviewer, AuditFilter(username="clerk"), before_id=first[-1].id, limit=10)
    third = audit_trail.list_entries(db, reviewer, AuditFilter(username="clerk"), before_id=second[-1].id, limit=10)
    assert [len(first), len(second), len(third)] == [10, 10, 5]
    assert len({r.id for r in first + second + third}) == 25
    assert audit_trail.count_entries(db, reviewer, AuditFilter(entity="organisation")) == 5
    assert audit_trail.count_entries(db, reviewer, AuditFilter(entity="member", entity_id="2")) == 8
    assert audit_trail.count_entries(db, reviewer, AuditFilter(action="delete")) == 0
    assert audit_trail.count_entries(db, reviewer, AuditFilter(text="会员 1")) == 12
    assert audit_trail.audit_usernames(db, reviewer) == ["clerk", "reviewer"]


def test_date_filters_use_local_calendar_days(db: Database, clerk: Actor, admin: Actor) -> None:
    write_entries(db, clerk, 3)
    old = datetime.now(UTC) - timedelta(days=10)
    drop_guards(db)  # only to date an entry back; the trail itself refuses it
    with db.write() as session:
        session.execute(update(AuditEntry).where(AuditEntry.id == 1).values(at=old))
    today = date.today()
    assert audit_trail.count_entries(db, admin, AuditFilter(since=today)) == 2
    assert audit_trail.count_entries(db, admin, AuditFilter(until=today - timedelta(days=1))) == 1
    local_old = old.astimezone().date()
    assert audit_trail.count_entries(db, admin, AuditFilter(since=local_old, until=local_old)) == 1
    assert [r.id for r in audit_trail.entries_since(db, admin, today)] == [2, 3]


@pytest.mark.parametrize("role_name", ["clerk", "viewer"])
def test_only_administrators_and_reviewers_read_the_trail(db: Database, role_name: str,
                                                         request: pytest.FixtureRequest) -> None:
    actor: Actor = request.getfixturevalue(role_name)
    for call in (lambda: audit_trail.list_entries(db, actor), lambda: audit_trail.count_entries(db, actor),
                 lambda: audit_trail.verify_chain(db, actor), lambda: audit_trail.audit_usernames(db, actor),
                 lambda: audit_trail.entries_since(db, actor)):
        with pytest.raises(PermissionDeniedError):
            call()


@pytest.mark.postgres
def test_concurrent_postgresql_writers_never_fork_the_chain(admin: Actor, clerk: Actor) -> None:
    """Two writers appending at once: without pg_advisory_xact_lock both would chain to the same predecessor."""
    with scratch_database("uo_audit") as url:
        concurrent_writers_keep_one_chain(url, admin, clerk)


@pytest.mark.postgres
def test_a_postgresql_entry_takes_the_chain_lock_and_head_in_one_round_trip(admin: Actor) -> None:
    """The lock and the read of the chain's head go to the server together (a search's reveal entry waits for every
    round trip); the lock is still held until the entry commits, and the entry chains onto the newest one."""
    from sqlalchemy import event

    with scratch_database("uo_audit_rt") as url:
        db = open_database(url, create=True)
        try:
            with db.write() as session:
                audit.record(session, admin, "reveal", "第一条")
            statements: list[str] = []
            event.listen(db.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
            with db.write() as session:
                entry = audit.record(session, admin, "reveal", "第二条")
                chained = (entry.id, entry.prev_hash)
                held = session.execute(text(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = :key "
                    "AND pid = pg_backend_pid() AND granted"), {"key": audit.CHAIN_LOCK_KEY}).scalar_one()
            assert held == 1
            assert [s.split()[0] for s in statements] == ["INSERT", "SELECT"]  # the entry, then the look at pg_locks
            with db.read() as session:
                first_id, first_hash = session.execute(select(AuditEntry.id, AuditEntry.hash)
                                                       .where(AuditEntry.summary == "第一条")).one()
            assert chained == (first_id + 1, first_hash)
            record_anchor(db, "exit")
            assert audit_trail.check_chain(db, admin).intact
        finally:
            db.dispose()


def concurrent_writers_keep_one_chain(url: str, admin: Actor, clerk: Actor) -> None:
    db = open_database(url, create=True)
    try:
        errors: list[BaseException] = []

        def writer(actor: Actor) -> None:
            try:
                write_entries(db, actor, 40)
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)

        threads = [threading.Thread(target=writer, args=(a,)) for a in (admin, clerk, admin, clerk)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors
        record_anchor(db, "exit")
        report = audit_trail.check_chain(db, admin)
        assert report.intact
        assert report.checked == 160
        with db.read() as session:
            prev = session.execute(select(AuditEntry.prev_hash)).scalars().all()
        assert len(set(prev)) == 160
    finally:
        db.dispose()
