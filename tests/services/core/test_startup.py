"""Opening a database: network/removable drive refusal, header and quick checks, deferred check blocking writes."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from unionoffice.db import file_locks, sqlite_tools
from unionoffice.db.models import Setting
from unionoffice.domain.common.errors import DatabaseStateError, NotADatabaseError
from unionoffice.services.core import startup
from unionoffice.services.core.startup import open_database
from unionoffice.winapi import DRIVE_REMOTE, DRIVE_REMOVABLE


def make_database(path: Path, rows: int = 0) -> None:
    db = open_database(f"sqlite:///{path}", create=True)
    if rows:
        with db.write() as session:
            session.add_all(Setting(key=f"k{n}", value="值" * 200) for n in range(rows))
    db.close()


def end_uncleanly(path: Path) -> None:
    """What a killed process leaves: its open marker, naming a process that no longer exists."""
    marker = file_locks.run_folder(path) / f"open-{file_locks.host_name()}-999999.json"
    marker.parent.mkdir(exist_ok=True)
    marker.write_text(file_locks.Holder(999999, file_locks.host_name(), "", "命令行", "").to_json(), encoding="utf-8")


def corrupt_a_table_page(path: Path) -> None:
    """Scribble over a page in the middle of the `setting` table's b-tree (not the header)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'setting'").fetchone()[0]
    conn.close()
    with open(path, "r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\x0d\xff\xff\xff" * (page_size // 4))


@pytest.mark.parametrize(("kind", "words"), [(DRIVE_REMOTE, "网络驱动器"), (DRIVE_REMOVABLE, "U 盘")])
def test_network_and_removable_drives_are_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: int,
                                                    words: str) -> None:
    path = tmp_path / "office.db"
    make_database(path)
    seen: list[Path] = []
    monkeypatch.setattr(startup, "drive_type", lambda p: seen.append(p) or kind)
    db = open_database(f"sqlite:///{path}")
    assert db.read_only_reason is not None
    assert words in db.read_only_reason
    assert seen == [path]
    with pytest.raises(DatabaseStateError, match=words), db.write():
        pass
    with db.read() as session:
        assert session.execute(select(Setting)).all() == []
    db.dispose()


def test_a_new_database_on_a_network_drive_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(startup, "drive_type", lambda p: DRIVE_REMOTE)
    with pytest.raises(DatabaseStateError, match="PostgreSQL"):
        open_database(f"sqlite:///{tmp_path / 'new.db'}", create=True)
    assert not (tmp_path / "new.db").exists()


def test_local_drives_are_fine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(startup, "drive_type", lambda p: 3)  # DRIVE_FIXED
    db = open_database(f"sqlite:///{tmp_path / 'new.db'}", create=True)
    assert db.read_only_reason is None
    db.dispose()


def test_a_file_that_is_not_sqlite_is_refused_as_not_a_database_and_left_alone(tmp_path: Path) -> None:
    """Issue 12 item 15: not "damaged, restore from a backup" — a file that never was a database is named as such."""
    path = tmp_path / "notes.db"
    path.write_bytes("这不是数据库".encode() * 200)
    with pytest.raises(NotADatabaseError, match="不是数据库文件") as refused:
        open_database(f"sqlite:///{path}")
    assert "已损坏" not in refused.value.message
    assert path.read_bytes() == "这不是数据库".encode() * 200


def test_a_damaged_page_fails_the_quick_check(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    make_database(path, rows=200)
    corrupt_a_table_page(path)
    end_uncleanly(path)  # the quick check runs after an unclean end (issue 12 item 20), and finds the damage
    db = open_database(f"sqlite:///{path}")
    assert db.read_only_reason is not None
    assert "已损坏" in db.read_only_reason
    with pytest.raises(DatabaseStateError), db.write() as session:
        session.add(Setting(key="x", value="y"))
    db.dispose()


def test_deferred_check_blocks_writes_until_it_passes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "office.db"
    make_database(path, rows=10)
    release = threading.Event()
    real_check = sqlite_tools.check

    def slow_check(p: Path, *, quick: bool = True) -> list[str]:
        release.wait()
        return real_check(p, quick=quick)

    monkeypatch.setattr(sqlite_tools, "check", slow_check)
    db = open_database(f"sqlite:///{path}", defer_check=True)
    assert db.read_only_reason == startup.CHECK_PENDING
    with db.read() as session:
        assert len(session.execute(select(Setting)).all()) == 10  # reading goes on meanwhile
    with pytest.raises(DatabaseStateError, match="正在检查"), db.write():
        pass
    release.set()
    startup.wait_for_health_check(db)
    assert db.read_only_reason is None
    with db.write() as session:
        session.add(Setting(key="after", value="check"))
    db.dispose()


def test_deferred_check_finds_damage(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    make_database(path, rows=200)
    corrupt_a_table_page(path)
    db = open_database(f"sqlite:///{path}", defer_check=True)
    check = startup.health(db)
    assert check is not None
    assert not check.started
    assert db.read_only_reason == startup.CHECK_PENDING
    assert startup.run_deferred_check(db) is check
    assert check.wait(30)
    assert check.damaged
    assert db.read_only_reason is not None
    assert "已损坏" in db.read_only_reason
    db.dispose()


def test_writes_held_for_the_deferred_check_run_right_after_it(tmp_path: Path) -> None:
    path = tmp_path / "office.db"
    make_database(path, rows=10)
    db = open_database(f"sqlite:///{path}", defer_check=True)
    held: list[str | None] = []
    startup.when_checked(db, lambda: held.append(db.read_only_reason))
    assert held == []  # the first paint does not wait for it
    check = startup.run_deferred_check(db)
    assert check is not None
    assert check.done.is_set()
    assert held == [None]  # after the check, with writing allowed again
    startup.when_checked(db, lambda: held.append("at once"))
    assert held == [None, "at once"]
    assert startup.run_deferred_check(db) is check  # once only
    db.dispose()
