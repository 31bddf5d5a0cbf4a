"""From two demo districts to a consolidated province by the command line, as an office and the province would:
`demo --district`, `export provincial`, `province trust`, `consolidate --conflicts`, `reports export --district`."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from tests.helpers.postgres import scratch_database
from unionoffice.cli.main import run

pytestmark = pytest.mark.postgres
YEAR = str(time.localtime().tm_year)


def _district(tmp_path: Path, code: str, name: str, capsys: pytest.CaptureFixture[str]) -> Path:
    db = str(tmp_path / f"{code}.db")
    assert run(["--db", db, "demo", "--members", "600", "--district", code, "--district-name", name]) == 0
    assert f"演示数据已生成：{name}" in capsys.readouterr().out
    out = tmp_path / f"{code}.zip"
    assert run(["--db", db, "--user", "reviewer", "export", "provincial", "--year", YEAR, "--out", str(out),
                "--encrypt"]) == 0
    text = capsys.readouterr().out
    assert f"已生成 {code} {YEAR} 年省级数据包" in text
    assert "已加密" in text
    return out


def test_two_districts_consolidated_with_a_conflict_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", "demo")
    monkeypatch.setenv("UNIONOFFICE_PACKAGE_PASSWORD", "usb-stick-2025")
    first = _district(tmp_path, "220104", "长春市朝阳区总工会", capsys)
    second = _district(tmp_path, "220105", "长春市二道区总工会", capsys)
    with scratch_database("uo_province_cli") as url:
        monkeypatch.setenv("UNIONOFFICE_NEW_PASSWORD", "Province-pass-1")
        assert run(["--db", url, "users", "add", "admin", "--role", "管理员"]) == 0
        monkeypatch.setenv("UNIONOFFICE_PASSWORD", "Province-pass-1")
        assert run(["--db", url, "--user", "admin", "users", "add", "clerk", "--role", "经办人"]) == 0
        capsys.readouterr()
        report = tmp_path / "冲突.xlsx"
        assert run(["--db", url, "--user", "clerk", "consolidate", str(first), "--conflicts", str(report)]) == 2
        assert "未登记的密钥" in capsys.readouterr().err
        for package in (first, second):
            assert run(["--db", url, "--user", "admin", "province", "fingerprint"]) == 0
            assert run(["--db", url, "--user", "admin", "province", "trust", str(package), "--fingerprint",
                        "0" * 64]) == 2
            assert "指纹与数据包中的公钥不符" in capsys.readouterr().err
            from unionoffice.exchange.provincial.archive import read_manifest

            fingerprint = read_manifest(package, "usb-stick-2025")[0].public_key.fingerprint
            assert run(["--db", url, "--user", "admin", "province", "trust", str(package), "--fingerprint",
                        " ".join(re.findall("....", fingerprint))]) == 0
        assert run(["--db", url, "--user", "clerk", "consolidate", str(first), str(second), "--conflicts",
                    str(report)]) == 0
        out = capsys.readouterr().out
        assert "长春市朝阳区总工会（220104）" in out
        assert "长春市二道区总工会（220105）" in out
        assert re.search(rf"{YEAR} 年冲突报告：\d+ 处", out)
        assert report.exists()
        assert run(["--db", url, "--user", "clerk", "consolidate", str(first)]) == 0
        assert "未作更改" in capsys.readouterr().out
        assert run(["--db", url, "--user", "admin", "province", "packages"]) == 0
        assert capsys.readouterr().out.count(f"\t{YEAR}\t") == 2
        org = tmp_path / "org.xlsx"
        assert run(["--db", url, "--user", "admin", "reports", "export", "org-stats", "--year", YEAR, "--out",
                    str(org), "--district", "220105"]) == 0
        assert org.exists()
