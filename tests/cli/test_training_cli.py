"""`unionoffice demo` makes a training year; `training classes` lists it; `training certificates` issues and prints."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from unionoffice.cli.main import run


@pytest.fixture
def demo_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> list[str]:
    dbarg = ["--db", str(tmp_path / "demo.db")]
    assert run([*dbarg, "demo", "--members", "400", "--seed", "5"]) == 0
    out = capsys.readouterr().out
    assert "培训：7 个工匠学院，60 个培训班" in out
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", "demo")
    return [*dbarg, "--user", "admin"]


def classes(args: list[str], capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert run([*args, "training", "classes", "--year", str(time.localtime().tm_year), "--json"]) == 0
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return rows


def test_classes_lists_the_demo_year_with_counts(demo_db: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    rows = classes(demo_db, capsys)
    assert len(rows) == 60
    assert {"id", "name", "enrolled", "completed"} <= set(rows[0])
    assert sum(int(r["completed"]) for r in rows) > 0  # type: ignore[call-overload]
    assert all(int(r["completed"]) <= int(r["enrolled"]) for r in rows)  # type: ignore[call-overload]
    assert run([*demo_db, "training", "classes", "--year", "1999"]) == 0
    assert "共 0 个培训班" in capsys.readouterr().out


def as_user(args: list[str], user: str) -> list[str]:
    return [*args[:-1], user]


def test_certificates_are_issued_once_and_printed(demo_db: list[str], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    rows = classes(demo_db, capsys)
    done = max(rows, key=lambda r: int(r["completed"]))  # type: ignore[call-overload]
    out = tmp_path / "结业证书.pdf"
    demo_db = as_user(demo_db, "clerk")  # issuing is entering records: the clerk's (architecture.md "Roles")
    assert run([*demo_db, "training", "certificates", "--class", str(done["id"]), "--out", str(out), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == done["completed"] == len(PdfReader(out).pages)
    assert {"number", "name", "verification_code"} <= set(listed[0])
    assert len(listed[0]["verification_code"]) == 11
    folder = tmp_path / "每人一份"
    assert run([*demo_db, "training", "certificates", "--class", str(done["id"]), "--out", str(folder)]) == 0
    assert f"新颁发 0 份，共 {len(listed)} 份结业证书" in capsys.readouterr().out  # re-issuing keeps the numbers
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{c['number']}_{c['name']}.pdf" for c in listed)


@pytest.mark.parametrize("user", ["clerk", "admin"])
def test_unknown_class_is_one_chinese_line(demo_db: list[str], tmp_path: Path, user: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code = run([*as_user(demo_db, user), "training", "certificates", "--class", "99999", "--out",
                str(tmp_path / "x.pdf")])
    assert code == 2
    assert "找不到培训班编号 99999" in capsys.readouterr().err


def test_the_administrator_prints_but_does_not_issue(demo_db: list[str], tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """The role table: the administrator does not enter records, and issuing certificates is entering them."""
    rows = classes(demo_db, capsys)
    done = max(rows, key=lambda r: int(r["completed"]))  # type: ignore[call-overload]
    out = tmp_path / "证书.pdf"
    assert run([*demo_db, "training", "certificates", "--class", str(done["id"]), "--out", str(out)]) == 1
    assert "颁发（编号）由经办人办理" in capsys.readouterr().err
    assert not out.exists()
    assert run([*as_user(demo_db, "clerk"), "training", "certificates", "--class", str(done["id"]), "--out",
                str(out)]) == 0
    capsys.readouterr()
    again = tmp_path / "补打.pdf"
    assert run([*demo_db, "training", "certificates", "--class", str(done["id"]), "--out", str(again), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == done["completed"] == len(PdfReader(again).pages)
