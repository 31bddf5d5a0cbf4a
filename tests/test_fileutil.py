"""Owner-only files (docs/reliability.md §1b): the helper, and every writer of personal data that uses it."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.people import make_district, member_draft
from unionoffice import crashlog, fileutil
from unionoffice.db.engine import Database
from unionoffice.exchange.error_report import RejectedRow, write_error_workbook
from unionoffice.exchange.safe_write import atomic_output
from unionoffice.services.core.backups import create_backup
from unionoffice.services.core.context import Actor
from unionoffice.services.core.startup import open_database
from unionoffice.services.members.exports import MemberExport, export_members
from unionoffice.services.members.records import create_member

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX modes; Windows DACLs are tested in test_winapi.py")


@pytest.fixture(autouse=True)
def shared_pc_umask() -> Iterator[None]:
    """The usual umask of a Linux desktop: without care, new files are readable by every user (0644)."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_create_private_is_owner_only_and_never_reuses_a_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.bin"
    fileutil.create_private(path)
    assert mode(path) == 0o600
    with pytest.raises(FileExistsError):
        fileutil.create_private(path)
    with fileutil.open_private(tmp_path / "log.txt", "a", encoding="utf-8") as handle:
        handle.write("x")
    assert mode(tmp_path / "log.txt") == 0o600


def test_make_private_restricts_an_existing_file_and_folder(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    path.write_bytes(b"x")
    assert mode(path) == 0o644
    fileutil.make_private(path)
    assert mode(path) == 0o600
    folder = fileutil.private_folder(tmp_path / "a" / "backups")
    assert mode(folder) == 0o700


def test_an_atomic_write_over_a_readable_file_leaves_an_owner_only_one(tmp_path: Path) -> None:
    final = tmp_path / "名单.csv"
    final.write_text("old", encoding="utf-8")
    final.chmod(0o644)
    with atomic_output(final) as target:
        target.temp.write_text("new", encoding="utf-8")
    assert final.read_text(encoding="utf-8") == "new"
    assert mode(final) == 0o600


def test_a_new_database_and_its_wal_are_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    db = open_database(f"sqlite:///{path}", create=True)
    try:
        with db.read() as session:
            session.connection().exec_driver_sql("SELECT 1")
        for name in ("demo.db", "demo.db-wal", "demo.db-shm"):
            if (tmp_path / name).exists():
                assert mode(tmp_path / name) == 0o600, name
    finally:
        db.dispose()


def test_backups_exports_and_error_workbooks_are_owner_only(db: Database, admin: Actor, clerk: Actor,
                                                            tmp_path: Path) -> None:
    union, _ = make_district(db)
    create_member(db, clerk, member_draft(union))
    backup = create_backup(db, clerk)
    assert mode(backup) == 0o600
    assert mode(backup.parent) == 0o700
    export = export_members(db, clerk, MemberExport(tmp_path / "roster.xlsx"))
    assert mode(export.path) == 0o600
    errors = write_error_workbook(tmp_path / "errors.xlsx", ["姓名", "身份证号"],
                                  [RejectedRow(2, ["张三", "220102198001010021"], [("身份证号", "校验位不对")])])
    assert mode(errors.path) == 0o600


def test_the_crash_log_and_fault_file_are_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / crashlog.LOG_NAME).write_text("written by an older version\n", encoding="utf-8")
    crashlog.install(folder)
    try:
        logging.getLogger("unionoffice.test").warning("something")
    finally:
        crashlog.uninstall()
    assert mode(folder / crashlog.LOG_NAME) == 0o600
    assert mode(folder / crashlog.FAULT_NAME) == 0o600
