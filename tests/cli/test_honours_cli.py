"""`unionoffice demo` makes an honours year; `honours list`, `honours decision` and `honours certificates` use it."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.helpers.pdfcheck import page_count, pypdf_text
from unionoffice.cli.main import run

YEAR = time.localtime().tm_year


@pytest.fixture
def demo_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> list[str]:
    dbarg = ["--db", str(tmp_path / "demo.db")]
    assert run([*dbarg, "demo", "--members", "400", "--seed", "5"]) == 0
    out = capsys.readouterr().out
    assert "荣誉表彰：4 个表彰名单" in out
    assert "其中竞赛和创新获奖者 5 个" in out
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", "demo")
    return [*dbarg, "--user", "clerk"]


def test_list_shows_the_year_s_honours_and_the_quota(demo_db: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run([*demo_db, "honours", "list", "--year", str(YEAR), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    fields = {"id", "honour", "name", "unit", "basis_kind", "event", "doc_number", "status", "certificate"}
    assert fields <= set(rows[0])
    own = [r for r in rows if r["doc_number"].startswith("南工发")]
    quota = [r for r in own if r["type"] in ("五一劳动奖状", "五一劳动奖章", "工人先锋号")]
    assert sum(r["winner"] for r in quota) * 10 >= len(quota)
    assert {r["status"] for r in rows} == {"已授予", "草拟"}
    assert any(r["type"] == "劳动模范" and r["level"] == "省级" for r in rows)
    assert run([*demo_db, "honours", "list", "--year", str(YEAR)]) == 0
    text = capsys.readouterr().out
    assert "共 4 个名单" in text
    assert "按不低于 10% 的要求" in text
    assert run([*demo_db, "honours", "list", "--year", "1999", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_decision_and_certificates_of_the_demo_year(demo_db: list[str], tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "表彰决定.pdf"
    assert run([*demo_db, "honours", "decision", "--year", str(YEAR), "--out", str(out)]) == 0
    assert f"（{page_count(out)} 页）" in capsys.readouterr().out
    assert "南工发" in pypdf_text(out)[0]  # the demo office's prefix (services/demo/office.py)
    certs = tmp_path / "荣誉证书.pdf"
    assert run([*demo_db, "honours", "certificates", "--year", str(YEAR), "--out", str(certs)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("新颁发 0 份，共 ")  # the demo issued them already: printing keeps their numbers
    assert f"共 {page_count(certs)} 份荣誉证书" in printed


def test_a_year_without_a_finalised_list_is_one_chinese_line(demo_db: list[str], tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert run([*demo_db, "honours", "decision", "--year", "1999", "--out", str(tmp_path / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert "1999年度没有已定稿的本单位表彰名单" in err
    assert "Traceback" not in err
    # a draft list is refused (exit 1), not bad input: docs/reliability.md §1b, one line either way
    assert run([*demo_db, "honours", "decision", "--year", str(YEAR), "--list", "2", "--out",
                str(tmp_path / "x.pdf")]) == 1
    assert "还没有定稿" in capsys.readouterr().err


def test_the_share_is_shown_to_all_and_set_by_the_administrator(demo_db: list[str], monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert run([*demo_db, "honours", "quota"]) == 0
    assert "不低于 10%" in capsys.readouterr().out
    assert run([*demo_db, "honours", "quota", "--percent", "15"]) == 2  # a clerk may not
    admin = [*demo_db[:-1], "admin"]
    assert run([*admin, "honours", "quota", "--percent", "15"]) == 0
    assert "不低于 15%" in capsys.readouterr().out
