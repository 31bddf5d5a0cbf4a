"""`unionoffice documents templates|merge|reissue|office` as a clerk and an administrator use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers.office import scanned_seal
from tests.helpers.pdfcheck import page_count, pdftotext
from tests.helpers.sheets import write_xlsx
from unionoffice.cli.main import run
from unionoffice.db.engine import Database
from unionoffice.domain.common.permissions import Role
from unionoffice.services.core import accounts

PASSWORD = "Gonghui-2024"


@pytest.fixture
def as_admin(db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    accounts.create_first_admin(db, "zhang", PASSWORD)
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", PASSWORD)
    return ["--db", str(db_path), "--user", "zhang"]


@pytest.fixture
def as_clerk(db: Database, as_admin: list[str]) -> list[str]:
    """Issuing (numbering) certificates is entering records: the clerk's, not the administrator's."""
    admin = accounts.login_for_cli(db, "zhang")
    accounts.add_user(db, admin, "li", Role.CLERK, PASSWORD)
    return [*as_admin[:2], "--user", "li"]


def test_templates_lists_names_kinds_and_columns(as_admin: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run([*as_admin[:2], "documents", "templates", "--json"]) == 0
    listed = {t["name"]: t for t in json.loads(capsys.readouterr().out)}
    assert listed["honour"]["kind"] == "honour"
    assert listed["award"]["fields"] == ["姓名", "赛事名称", "赛项", "奖项"]
    assert run([*as_admin[:2], "documents", "templates"]) == 0
    assert "honour（荣誉证书）需要的列：姓名、年度、荣誉称号" in capsys.readouterr().out


def test_merge_then_reissue_then_verify(as_admin: list[str], as_clerk: list[str], tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    sheet = write_xlsx(tmp_path / "名单.xlsx", [["姓名", "年度", "荣誉称号"], ["刘䶮", "2024", "优秀工会积极分子"],
                                               ["", "2024", "优秀工会积极分子"], ["王喆", "2024", "先进个人"]])
    out = tmp_path / "证书.pdf"
    args = [*as_clerk, "documents", "merge", "--template", "honour", "--data", str(sheet), "--out", str(out),
            "--date", "2024-12-20"]
    assert run(args) == 2  # one bad row: nothing issued
    assert not out.exists()
    assert run([*args, "--valid-only", "--json"]) == 1  # issued, with a row left out
    result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert result["issued"] == ["2024-RY-00001", "2024-RY-00002"]
    assert result["rejected"][0]["row"] == 3
    assert page_count(out) == 2
    again = tmp_path / "补发.pdf"
    assert run([*as_admin, "documents", "reissue", "2024-RY-00001", "--out", str(again), "--date", "2025-03-01"]) == 0
    assert "补发" in pdftotext(again)
    code = next(line for line in pdftotext(out).splitlines() if "查验码" in line).split("：")[1]
    capsys.readouterr()
    assert run([*as_admin[:2], "verify", code.lower().replace("0", "o")]) == 0
    shown = capsys.readouterr().out
    assert "补发次数：1（最近一次 2025-03-01）" in shown


def test_office_settings_from_the_command_line(as_admin: list[str], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    scan = tmp_path / "seal.jpg"
    scan.write_bytes(scanned_seal("JPEG"))
    assert run([*as_admin, "documents", "office", "--name", "示例市示例区总工会", "--head", "李华", "--seal", str(scan),
                "--verify-url", "https://zgh.example.cn/cx"]) == 0
    shown = capsys.readouterr().out
    assert "单位名称：示例市示例区总工会" in shown
    assert "印章：已导入" in shown
    assert run([*as_admin, "documents", "office", "--verify-url", "not a url"]) == 2
