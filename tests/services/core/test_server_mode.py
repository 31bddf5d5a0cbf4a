"""Server mode (docs/server-mode.md): two clerks saving the same record, retries of serialisation failures, the
saved connection with its password in the keyring, pg_dump backups, the PostgreSQL search path, and the SQLite-only
start-up checks staying out of the way on a server."""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError

from tests.helpers.people import make_district, member_draft, valid_id
from tests.helpers.postgres import scratch_database
from unionoffice.db.engine import Database
from unionoffice.db.models import Member
from unionoffice.domain.common.errors import ConflictError, DatabaseStateError, StaleRecordError
from unionoffice.domain.common.permissions import Role
from unionoffice.services.core import connection as conn
from unionoffice.services.core import retry, server_backups
from unionoffice.services.core.backups import create_backup, verify_backup
from unionoffice.services.core.context import Actor
from unionoffice.services.core.startup import open_database
from unionoffice.services.members.records import create_member, member_detail, update_member
from unionoffice.services.members.search import search_member_ids

CLERK = Actor(username="clerk", role=Role.CLERK, user_id=2, display_name="经办人")
ADMIN = Actor(username="admin", role=Role.ADMIN, user_id=1, display_name="管理员")


# -- two clerks, one member -------------------------------------------------------------------------------------------


def test_the_second_save_of_the_same_member_is_refused_with_both_values(db: Database) -> None:
    union = make_district(db)[0]
    member_id = create_member(db, CLERK, member_draft(union, seq=3, name="张伟"))
    first, second = member_detail(db, CLERK, member_id), member_detail(db, CLERK, member_id)
    update_member(db, CLERK, member_id, replace(first.draft, employer="一汽集团"), expected_version=first.version)
    with pytest.raises(StaleRecordError) as refused:
        update_member(db, CLERK, member_id, replace(second.draft, employer="长春客车厂", name="张卫"),
                      expected_version=second.version)
    assert "已被他人修改" in refused.value.message
    assert "张伟" in refused.value.message
    rows = {label: (mine, now) for label, mine, now in refused.value.rows}
    assert rows["工作单位"] == ("长春客车厂", "一汽集团")
    assert rows["姓名"] == ("张卫", "张伟")
    with db.read() as session:
        member = session.get(Member, member_id)
        assert member is not None
        assert member.employer == "一汽集团"
        assert member.name == "张伟"


def test_the_refusal_shows_numbers_as_the_clerk_may_see_them(db: Database) -> None:
    from unionoffice.domain.common.permissions import Permission

    union = make_district(db)[0]
    member_id = create_member(db, CLERK, member_draft(union, seq=3, phone="13800138000"))
    opened = member_detail(db, CLERK, member_id)
    update_member(db, CLERK, member_id, replace(opened.draft, phone="13912345678"), expected_version=opened.version)
    with pytest.raises(StaleRecordError) as refused:
        update_member(db, CLERK, member_id, replace(opened.draft, phone="13700000000"), expected_version=opened.version)
    (label, _mine, now), = refused.value.rows
    assert label == "手机号码" or "手机" in label
    assert now == ("13912345678" if CLERK.may(Permission.VIEW_FULL_PHONE) else "139****5678")


def test_two_sessions_saving_at_the_same_moment_one_wins_one_is_refused(db: Database) -> None:
    """Two connections, both opened version 1, both press 保存 together: exactly one save, the other refused."""
    union = make_district(db)[0]
    member_id = create_member(db, CLERK, member_draft(union, seq=3))
    opened = member_detail(db, CLERK, member_id)
    clients = [Database(db.url), Database(db.url)]
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def save(client: Database, employer: str) -> None:
        barrier.wait()
        try:
            update_member(client, CLERK, member_id, replace(opened.draft, employer=employer),
                          expected_version=opened.version)
            outcomes.append("saved " + employer)
        except StaleRecordError as exc:
            outcomes.append("refused " + exc.message)

    threads = [threading.Thread(target=save, args=(c, e)) for c, e in zip(clients, ("甲厂", "乙厂"), strict=True)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        for c in clients:
            c.dispose()
    assert sorted(o.split()[0] for o in outcomes) == ["refused", "saved"]
    winner = next(o.split()[1] for o in outcomes if o.startswith("saved"))
    with db.read() as session:
        member = session.get(Member, member_id)
        assert member is not None
        assert member.employer == winner
        assert member.version == opened.version + 1


def test_a_stale_versioned_row_is_refused_by_the_generic_path(db: Database) -> None:
    """Any versioned table: an ORM save over a row another session changed meanwhile is StaleRecordError, in
    Chinese and naming the record, never an overwrite (Database.write)."""
    union = make_district(db)[0]
    member_id = create_member(db, CLERK, member_draft(union, seq=3))

    def save_over_it() -> None:
        with db.write() as session:
            mine = session.get(Member, member_id)  # version 1, as this clerk's editor opened it
            assert mine is not None
            # Another clerk's save lands in between (here in the same transaction, so that SQLite can show it too).
            session.execute(text("UPDATE member SET version = version + 1, note = 'x' WHERE id = :i"), {"i": member_id})
            mine.note = "mine"

    with pytest.raises(StaleRecordError) as refused:
        save_over_it()
    assert "已被他人修改" in refused.value.message
    assert "会员" in refused.value.message


# -- retries -----------------------------------------------------------------------------------------------------


class _DriverError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(sqlstate)
        self.sqlstate = sqlstate


def _failure(sqlstate: str) -> OperationalError:
    return OperationalError("UPDATE …", {}, _DriverError(sqlstate))


def test_a_serialisation_failure_is_run_again() -> None:
    calls: list[int] = []

    def work() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise _failure(retry.SERIALIZATION_FAILURE if len(calls) == 1 else retry.DEADLOCK_DETECTED)
        return "done"

    assert retry.retrying(work, what="批量审批", sleep=lambda _s: None) == "done"
    assert len(calls) == 3


def test_retries_end_in_a_chinese_message_and_other_failures_pass_through() -> None:
    def always() -> None:
        raise _failure(retry.SERIALIZATION_FAILURE)

    with pytest.raises(ConflictError, match="批量考勤与其他人同时进行的操作冲突，已重试 5 次"):
        retry.retrying(always, what="批量考勤", sleep=lambda _s: None)

    def other() -> None:
        raise _failure("23505")

    with pytest.raises(OperationalError):
        retry.retrying(other, what="批量考勤", sleep=lambda _s: None)


# -- the saved connection ------------------------------------------------------------------------------------------


class FakeKeyring(KeyringBackend):
    """A keyring backend in memory (keyring's own API), so no test touches the real one."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, user: str) -> str | None:
        return self.saved.get((service, user))

    def set_password(self, service: str, user: str, password: str) -> None:
        self.saved[(service, user)] = password

    def delete_password(self, service: str, user: str) -> None:
        self.saved.pop((service, user), None)


@pytest.fixture
def fake_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeKeyring]:
    import keyring

    fake = FakeKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(fake)
    monkeypatch.setattr(conn, "keyring_available", lambda: True)
    yield fake
    keyring.set_keyring(previous)


def test_the_saved_connection_keeps_its_password_in_the_keyring_only(private_data_dir: Path,
                                                                        fake_keyring: FakeKeyring) -> None:
    saved = conn.check_connection(" db.office.lan ", "5433", "unionoffice", "clerk1")
    assert conn.save_connection(saved, "s3cret-密码") == ""
    stored = (private_data_dir / conn.FILE_NAME).read_text(encoding="utf-8")
    assert "s3cret" not in stored
    assert "db.office.lan" in stored
    assert (private_data_dir / conn.FILE_NAME).stat().st_mode & 0o077 == 0  # owner-only
    assert fake_keyring.saved == {("UnionOffice", "clerk1@db.office.lan:5433/unionoffice"): "s3cret-密码"}
    assert conn.load_saved_connection() == saved
    url = conn.saved_database_url()
    assert url is not None
    assert url.startswith("postgresql+psycopg://clerk1:")
    assert Database(url).engine.url.password == "s3cret-密码"
    assert conn.database_argument(None) == url  # no --db, no UNIONOFFICE_DB: the saved connection
    assert conn.database_argument("other.db") == "other.db"
    conn.forget_connection()
    assert conn.load_saved_connection() is None
    assert fake_keyring.saved == {}


def test_without_a_keyring_backend_the_password_is_not_saved_and_the_clerk_is_told(
        private_data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(conn, "keyring_available", lambda: False)
    saved = conn.check_connection("db.office.lan", "", "unionoffice", "clerk1")
    assert saved.port == 5432
    message = conn.save_connection(saved, "s3cret")
    assert "密钥库" in message
    assert "没有保存" in message
    assert "s3cret" not in (private_data_dir / conn.FILE_NAME).read_text(encoding="utf-8")
    assert conn.saved_database_url() == "postgresql+psycopg://clerk1@db.office.lan:5432/unionoffice"


@pytest.mark.parametrize(("fields", "label"), [
    (("", "5432", "uo", "u"), "服务器"), (("h", "port", "uo", "u"), "端口"), (("h", "70000", "uo", "u"), "端口"),
    (("h", "5432", "", "u"), "数据库"), (("h", "5432", "uo", ""), "用户名"), (("h", "5432", "u/o", "u"), "数据库"),
])
def test_the_connection_fields_are_checked_with_their_labels(fields: tuple[str, str, str, str], label: str) -> None:
    from unionoffice.domain.common.errors import ValidationError

    with pytest.raises(ValidationError, match=f"「{label}」"):
        conn.check_connection(*fields)


@pytest.mark.postgres
def test_the_connection_test_tells_an_empty_database_from_a_ready_one(private_data_dir: Path) -> None:
    from sqlalchemy.engine import make_url

    with scratch_database("uo_conn") as url:
        parts = make_url(url)
        saved = conn.check_connection(parts.host or "", str(parts.port or 5432), parts.database or "",
                                      parts.username or "")
        ok, message = conn.try_connection(saved, None)
        assert not ok
        assert "还是空的" in message
        assert "init" in message
        open_database(url, create=True).dispose()
        ok, message = conn.try_connection(saved, None)
        assert ok
        assert message.startswith("连接成功")
    ok, message = conn.try_connection(replace(saved, port=1), None)
    assert not ok
    assert message.startswith("连接")
    assert "失败" in message


# -- PostgreSQL: backups, search, the SQLite-only checks -------------------------------------------------------


@pytest.fixture
def pg(private_data_dir: Path) -> Iterator[Database]:
    with scratch_database("uo_server") as url:
        db = open_database(url, create=True)
        try:
            yield db
        finally:
            db.dispose()


@pytest.mark.postgres
def test_pg_dump_backup_is_verified_rotated_and_audited(pg: Database, private_data_dir: Path) -> None:
    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed")
    make_district(pg)
    path = create_backup(pg, ADMIN)  # the SQLite entry point hands a server database to pg_dump
    assert path.suffix == ".dump"
    assert path.parent == server_backups.server_backup_folder(pg)
    assert path.stat().st_mode & 0o077 == 0
    assert verify_backup(path) == []
    assert server_backups.verify_server_backup(path) == []
    assert not list(path.parent.glob("*.part"))
    listed = subprocess.run(["pg_restore", "--list", str(path)], capture_output=True, check=True).stdout.decode()
    assert "TABLE DATA public member" in listed
    with pg.read() as session:
        summary = session.execute(text("SELECT summary FROM audit_entry WHERE action = 'backup'")).scalar_one()
    assert "pg_dump" in summary
    broken = path.with_name("broken-manual-20240101-000000.dump")
    broken.write_bytes(path.read_bytes()[:2000])
    assert verify_backup(broken)  # a cut-off dump is found out
    assert "pg_dump" in server_backups.server_backup_status(pg)


@pytest.mark.postgres
def test_without_pg_dump_the_server_s_own_backups_apply(pg: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(server_backups.PG_DUMP_ENV, "/nonexistent/pg_dump")
    assert "服务器自己的备份" in server_backups.server_backup_status(pg)
    with pytest.raises(DatabaseStateError, match="服务器自己的备份"):
        create_backup(pg, ADMIN)


def test_server_backups_rotate_like_the_sqlite_ones(tmp_path: Path) -> None:
    for day in range(1, 31):
        (tmp_path / f"uo-daily-202406{day:02d}-120000.dump").write_bytes(b"x")
    deleted = server_backups.rotate_server_backups(tmp_path, "uo")
    kept = sorted(p.name for p in tmp_path.glob("*.dump"))
    assert "uo-daily-20240630-120000.dump" in kept
    assert len(kept) + len(deleted) == 30
    assert len(kept) <= server_backups.KEEP_DAILY + server_backups.KEEP_WEEKLY + server_backups.KEEP_MONTHLY


@pytest.mark.postgres
def test_postgresql_search_uses_trigrams_and_byte_order_with_the_same_results(pg: Database) -> None:
    union = make_district(pg)[0]
    names = ["欧阳小明", "小明", "王小明", "李明", "张小明华", "司马小明"]
    for i, name in enumerate(names):
        create_member(pg, CLERK, member_draft(union, seq=10 + i, name=name, phone=f"1380013{8000 + i}"))
    with pg.read() as session:
        found = session.execute(text(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'member' AND indexname = 'ix_pg_member_name_trgm'"
        )).scalar_one_or_none()
        collation = session.execute(text(
            "SELECT collation_name FROM information_schema.columns WHERE table_name = 'member' AND column_name = 'name'"
        )).scalar_one()
        assert session.execute(text("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")).scalar_one() == 1
        session.execute(text("SET enable_seqscan = off"))
        # A tiny table: the other live-member indexes are dropped for this look (rolled back with the session).
        others = session.execute(text(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'member' AND indexdef LIKE '%deleted_at IS NULL%' "
            "AND indexname <> 'ix_pg_member_name_trgm'")).scalars().all()
        session.execute(text("DROP INDEX " + ", ".join(others)))
        plan = "\n".join(r[0] for r in session.execute(text(
            "EXPLAIN SELECT id FROM member WHERE name LIKE '%小明华%' AND deleted_at IS NULL")))
    assert found == "ix_pg_member_name_trgm"
    assert collation == "C"
    assert "ix_pg_member_name_trgm" in plan

    def names_of(query: str) -> list[str]:
        ids = search_member_ids(pg, CLERK, query)
        with pg.read() as session:
            by_id = dict(session.execute(select(Member.id, Member.name).where(Member.id.in_(ids))).all())
        return [by_id[i] for i in ids]

    assert names_of("小明华") == ["张小明华"]  # 3 characters anywhere: the trigram path
    assert names_of("欧阳小明") == ["欧阳小明"]
    assert set(names_of("小明")) == {"欧阳小明", "小明", "王小明", "张小明华", "司马小明"}  # 2: the n-gram table
    assert names_of("小明")[0] == "小明"  # exact first, as on SQLite
    assert names_of("司马小")[0] == "司马小明"  # a prefix in byte order
    # The privacy rule is the same on both paths: a clerk finds by the last 4 of an ID, not by hidden middle digits.
    tail = valid_id(12)[-4:]
    assert "王小明" in names_of(tail)
    assert names_of(valid_id(12)[6:14]) == []


@pytest.mark.postgres
def test_the_sqlite_only_checks_stay_out_of_the_way_on_a_server(private_data_dir: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from unionoffice.db import file_locks
    from unionoffice.services.core import startup

    refused: list[Path] = []

    def network_drive(path: Path) -> str:
        refused.append(path)
        return "网络驱动器上的 SQLite 文件"

    monkeypatch.setattr(startup, "storage_refusal", network_drive)
    with scratch_database("uo_server_checks") as url:
        db = open_database(url, create=True, program="测试")
        try:
            assert db.read_only_reason is None
            assert refused == []
            assert db.open_marker is None
            assert db.path is None
            assert startup.health(db) is None  # no start-up file check pending
            make_district(db)  # writes work at once
            from unionoffice.app import claim_database

            assert claim_database(db) is True  # no single-instance lock: several clients share a server
            # Migration, restore and purge still take this PC's lock (services/core/locks.py), in the data folder.
            assert file_locks.lock_path_for(None, db.url).parent == private_data_dir
        finally:
            db.close()
