"""`unionoffice audit verify|list`: a tampered row makes verify fail at that row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.tamper import tampering
from unionoffice.cli.main import run

ADMIN_PW = "Gonghui-2024"


@pytest.fixture
def admin_args(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    dbarg = ["--db", str(tmp_path / "office.db")]
    monkeypatch.setenv("UNIONOFFICE_NEW_PASSWORD", ADMIN_PW)
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", ADMIN_PW)
    assert run([*dbarg, "init"]) == 0  # creating a database is explicit (issue 12 item 14)
    assert run([*dbarg, "users", "add", "zhang", "--role", "管理员"]) == 0
    for name in ("wang", "li", "zhao"):
        monkeypatch.setenv("UNIONOFFICE_NEW_PASSWORD", "Clerk-pass-1")
        assert run([*dbarg, "--user", "zhang", "users", "add", name, "--role", "经办人"]) == 0
    return [*dbarg, "--user", "zhang"]


def test_verify_reports_an_intact_trail(admin_args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run([*admin_args, "audit", "verify"]) == 0
    assert "审计记录完好" in capsys.readouterr().out


def test_verify_fails_at_the_altered_row(admin_args: list[str], tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    with tampering(tmp_path / "office.db") as conn:
        conn.execute("UPDATE audit_entry SET username = 'ghost' WHERE id = 4")
    capsys.readouterr()
    assert run([*admin_args, "audit", "verify"]) == 1
    assert "第 4 条的内容被改动" in capsys.readouterr().out


def test_list_as_json_with_since(admin_args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run([*admin_args, "audit", "list", "--since", "2000-01-01", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    assert {"create", "login"} <= {r["action"] for r in rows}
    assert run([*admin_args, "audit", "list", "--since", "2999-01-01"]) == 0
    assert "\t" not in capsys.readouterr().out
    assert run([*admin_args, "audit", "list", "--since", "昨天"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_clerks_cannot_read_the_trail(admin_args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", "Clerk-pass-1")
    assert run(["--db", str(tmp_path / "office.db"), "--user", "wang", "audit", "list"]) == 2
    assert "查看审计记录" in capsys.readouterr().err
