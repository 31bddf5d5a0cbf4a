"""`unionoffice users …` and command-line sign-in: exit codes and messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from unionoffice.cli.main import run

ADMIN_PW = "Gonghui-2024"


@pytest.fixture
def dbarg(tmp_path: Path) -> list[str]:
    args = ["--db", str(tmp_path / "office.db")]
    assert run([*args, "init"]) == 0  # creating a database is explicit (issue 12 item 14)
    return args


@pytest.fixture
def with_admin(dbarg: list[str], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setenv("UNIONOFFICE_NEW_PASSWORD", ADMIN_PW)
    assert run([*dbarg, "users", "add", "zhang", "--role", "管理员"]) == 0
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", ADMIN_PW)
    return [*dbarg, "--user", "zhang"]


def test_the_first_user_is_created_without_login_and_must_be_admin(dbarg: list[str], monkeypatch: pytest.MonkeyPatch,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("UNIONOFFICE_NEW_PASSWORD", ADMIN_PW)
    assert run([*dbarg, "users", "add", "li", "--role", "经办人"]) == 2
    assert "第一个用户必须是管理员" in capsys.readouterr().err
    assert run([*dbarg, "users", "add", "zhang", "--role", "管理员"]) == 0
    assert "已创建管理员" in capsys.readouterr().out


def test_commands_on_an_empty_database_say_how_to_start(dbarg: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run([*dbarg, "--user", "zhang", "users", "list"]) == 2
    assert "unionoffice users add 用户名 --role 管理员" in capsys.readouterr().err


def test_wrong_credentials_exit_2_with_a_clear_message(with_admin: list[str], monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", "wrong-password")
    assert run([*with_admin, "users", "list"]) == 2
    assert "用户名或密码不正确" in capsys.readouterr().err


def test_add_and_list_users(with_admin: list[str], monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("UNIONOFFICE_NEW_PASSWORD", "Clerk-pass-1")
    assert run([*with_admin, "users", "add", "wang", "--role", "clerk", "--display-name", "王会计"]) == 0
    capsys.readouterr()
    assert run([*with_admin, "users", "list", "--json"]) == 0
    users = {u["username"]: u for u in json.loads(capsys.readouterr().out)}
    assert users["wang"]["role"] == "经办人"
    assert users["wang"]["must_change_password"]
    assert users["zhang"]["role"] == "管理员"
    assert users["zhang"]["last_login"]


def test_a_clerk_cannot_add_users(with_admin: list[str], dbarg: list[str], monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("UNIONOFFICE_NEW_PASSWORD", "Clerk-pass-1")
    assert run([*with_admin, "users", "add", "wang", "--role", "经办人"]) == 0
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", "Clerk-pass-1")
    assert run([*dbarg, "--user", "wang", "users", "add", "li", "--role", "管理员"]) == 2
    assert "没有“管理用户”的权限" in capsys.readouterr().err


def test_disable_enable_and_reset(with_admin: list[str], dbarg: list[str], monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("UNIONOFFICE_NEW_PASSWORD", "Clerk-pass-1")
    assert run([*with_admin, "users", "add", "wang", "--role", "经办人"]) == 0
    assert run([*with_admin, "users", "disable", "wang"]) == 0
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", "Clerk-pass-1")
    assert run([*dbarg, "--user", "wang", "audit", "list"]) == 2
    assert "已停用" in capsys.readouterr().err
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", ADMIN_PW)
    monkeypatch.setenv("UNIONOFFICE_NEW_PASSWORD", "Fresh-pass-2")
    assert run([*with_admin, "users", "enable", "wang"]) == 0
    assert run([*with_admin, "users", "reset-password", "wang"]) == 0
    assert run([*with_admin, "users", "disable", "nobody"]) == 2


def test_password_prompt_must_match(dbarg: list[str], monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("UNIONOFFICE_NEW_PASSWORD", raising=False)
    monkeypatch.setattr("unionoffice.cli.session.interactive", lambda: True)  # a terminal to type into
    answers = iter(["Gonghui-2024", "Gonghui-2025"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert run([*dbarg, "users", "add", "zhang", "--role", "管理员"]) == 2
    assert "两次输入的密码不一致" in capsys.readouterr().err
