"""`unionoffice backup create|verify|restore|list`: exit codes, reasons, and a restore from the command line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from unionoffice.cli.main import run

ADMIN_PW = "Gonghui-2024"


@pytest.fixture
def admin_args(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    dbarg = ["--db", str(tmp_path / "office.db")]
    monkeypatch.setenv("UNIONOFFICE_NEW_PASSWORD", ADMIN_PW)
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", ADMIN_PW)
    assert run([*dbarg, "init"]) == 0  # creating a database is explicit (issue 12 item 14)
    assert run([*dbarg, "users", "add", "zhang", "--role", "管理员"]) == 0
    return [*dbarg, "--user", "zhang"]


def user_names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT username FROM app_user ORDER BY username")]
    finally:
        conn.close()


def test_create_verify_restore(admin_args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture[str]) -> None:
    stick = tmp_path / "usb"
    assert run([*admin_args, "backup", "create", "--to", str(stick)]) == 0
    (backup,) = stick.glob("office-manual-*.db")
    capsys.readouterr()
    assert run(["backup", "verify", str(backup)]) == 0
    assert "完好" in capsys.readouterr().out
    monkeypatch.setenv("UNIONOFFICE_NEW_PASSWORD", "Clerk-pass-1")
    assert run([*admin_args, "users", "add", "wang", "--role", "经办人"]) == 0
    assert user_names(tmp_path / "office.db") == ["wang", "zhang"]
    assert run([*admin_args, "backup", "restore", str(backup)]) == 2  # no --yes, no terminal
    assert run([*admin_args, "backup", "restore", str(backup), "--yes"]) == 0
    assert user_names(tmp_path / "office.db") == ["zhang"]
    assert run([*admin_args, "backup", "list"]) == 0
    assert "before-restore" in capsys.readouterr().out


def test_verify_reports_damage_with_status_1(admin_args: list[str], tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert run([*admin_args, "backup", "create"]) == 0
    (backup,) = (tmp_path / "backups").glob("office-manual-*.db")
    with open(backup, "r+b") as handle:
        handle.truncate(backup.stat().st_size // 2)
    capsys.readouterr()
    assert run(["backup", "verify", str(backup)]) == 1
    out = capsys.readouterr().out
    assert "已损坏" in out
    assert "完整性检查未通过" in out
    assert run([*admin_args, "backup", "restore", str(backup), "--yes"]) == 2


def test_restore_needs_the_administrator(admin_args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert run([*admin_args, "backup", "create"]) == 0
    (backup,) = (tmp_path / "backups").glob("office-manual-*.db")
    monkeypatch.setenv("UNIONOFFICE_NEW_PASSWORD", "Clerk-pass-1")
    assert run([*admin_args, "users", "add", "wang", "--role", "经办人"]) == 0
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", "Clerk-pass-1")
    capsys.readouterr()
    assert run(["--db", str(tmp_path / "office.db"), "--user", "wang", "backup", "restore", str(backup), "--yes"]) == 2
    assert "从备份恢复" in capsys.readouterr().err


def drop_user_table(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("DROP TABLE app_user")
        conn.commit()
    finally:
        conn.close()


def test_restore_without_sign_in_only_when_nobody_can_sign_in(admin_args: list[str], tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert run([*admin_args, "backup", "create"]) == 0
    (backup,) = (tmp_path / "backups").glob("office-manual-*.db")
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", "wrong-password")
    capsys.readouterr()
    assert run([*admin_args, "backup", "restore", str(backup), "--yes"]) == 2  # an administrator could sign in
    assert "用户名或密码不正确" in capsys.readouterr().err
    assert not list((tmp_path / "backups").glob("office-before-restore-*.db"))
    drop_user_table(tmp_path / "office.db")
    assert run([*admin_args, "backup", "restore", str(backup), "--yes"]) == 0
    assert "紧急恢复" in capsys.readouterr().err
    assert user_names(tmp_path / "office.db") == ["zhang"]
