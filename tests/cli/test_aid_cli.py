"""`unionoffice aid …` on a demo database, as a clerk, a reviewer and a viewer would use it."""

from __future__ import annotations

import json
import time
from pathlib import Path

import openpyxl
import pytest

from tests.helpers.sheets import write_xlsx
from unionoffice.cli.main import run


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> list[str]:
    dbarg = ["--db", str(tmp_path / "demo.db")]
    assert run([*dbarg, "demo", "--members", "3000", "--seed", "5"]) == 0
    assert "金秋助学资助 909 人" in capsys.readouterr().out
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", "demo")
    return dbarg


def _json(args: list[str], capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert run(args) == 0
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return rows


def test_programmes_applications_and_the_workflow(demo: list[str], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    clerk, reviewer = [*demo, "--user", "clerk"], [*demo, "--user", "reviewer"]
    programmes = _json([*clerk, "aid", "programmes", "--year", str(time.localtime().tm_year), "--json"], capsys)
    golden = next(p for p in programmes if p["type"] == "金秋助学")
    assert {"id", "name", "type", "year", "budget_fen", "approved_fen", "paid_fen"} <= set(golden)
    assert 0 < int(golden["paid_fen"]) <= int(golden["approved_fen"]) <= int(golden["budget_fen"])  # type: ignore[call-overload]
    pid = str(golden["id"])
    apps = _json([*clerk, "aid", "applications", "--programme", pid, "--json"], capsys)
    assert {"id", "member", "state", "amount_fen"} <= set(apps[0])
    assert len({a["state"] for a in apps}) == 8  # every state is in the demo
    drafts = [a for a in apps if a["state"] == "草稿"]
    first = str(drafts[0]["id"])
    assert run([*clerk, "aid", "advance", "--application", first, "--to", "已提交"]) == 0
    assert "现为“已提交”" in capsys.readouterr().out
    assert run([*clerk, "aid", "advance", "--application", first, "--to", "已批准"]) == 2
    assert "可办理" in capsys.readouterr().err
    assert run([*clerk, "aid", "advance", "--application", first, "--to", "已驳回", "--comment", "x"]) == 2
    assert "审核和审批帮扶" in capsys.readouterr().err
    assert run([*reviewer, "aid", "advance", "--application", first, "--to", "已驳回"]) == 2
    assert "驳回理由" in capsys.readouterr().err
    # The running 公示 cannot be approved yet: nothing done, exit 2, each refusal with the end date.
    assert run([*reviewer, "aid", "advance", "--programme", pid, "--from", "公示中", "--to", "已批准"]) == 2
    assert "起方可批准" in capsys.readouterr().err
    assert run([*clerk, "aid", "advance", "--programme", pid, "--from", "已批准", "--to", "已发放"]) == 0
    assert "发放" in capsys.readouterr().out
    out = tmp_path / "roster.xlsx"
    assert run([*clerk, "aid", "roster", "--programme", pid, "--out", str(out)]) == 0
    text = str(list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))[-2:])
    assert "合计金额（大写）：人民币" in text
    assert run([*clerk, "aid", "roster", "--programme", pid, "--out", str(tmp_path / "roster.pdf")]) == 0
    assert run([*demo, "--user", "viewer", "aid", "roster", "--programme", pid, "--out", str(out)]) == 2
    assert run([*clerk, "aid", "notice", "--programme", pid, "--out", str(tmp_path / "notice.pdf")]) == 0
    assert run([*clerk, "aid", "summary", "--programme", pid]) == 0
    assert "困难农民工子女 55 人" in capsys.readouterr().out


def test_the_import_exit_codes_and_error_workbook(demo: list[str], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    clerk = [*demo, "--user", "clerk"]
    programmes = _json([*clerk, "aid", "programmes", "--json"], capsys)
    pid = str(next(p["id"] for p in programmes if p["type"] == "金秋助学"))
    members = _json([*clerk, "aid", "applications", "--programme", pid, "--json"], capsys)
    assert members
    from sqlalchemy import select

    from unionoffice.db.models import Member
    from unionoffice.services.core.startup import open_database

    db = open_database(f"sqlite:///{tmp_path / 'demo.db'}")
    with db.read() as session:
        name, number = session.execute(select(Member.name, Member.id_number).where(Member.status == "在会")
                                       .order_by(Member.id.desc()).limit(1)).one()
    db.dispose()
    header = ["姓名", "身份证号", "子女姓名", "子女身份证号", "就读学校", "学历层次", "资助档次"]
    good = [name, number, "测试甲", "220102200609014329", "吉林大学", "本科", "非建档"]
    bad = ["查无此人", "11010519491231002X", "测试乙", "220104199207081550", "吉林大学", "本科", "非建档"]
    mixed = write_xlsx(tmp_path / "mixed.xlsx", [header, good, bad])
    report = tmp_path / "errors.xlsx"
    assert run([*clerk, "aid", "import", "--programme", pid, str(mixed), "--report", str(report)]) == 2
    assert "全部或全不" in capsys.readouterr().out
    rows = list(openpyxl.load_workbook(report).active.iter_rows(values_only=True))
    assert "不是本区登记的工会会员" in str(rows[2])
    assert run([*clerk, "aid", "import", "--programme", pid, str(mixed), "--valid-only"]) == 1
    assert "新增申请 1 件" in capsys.readouterr().out
    again = write_xlsx(tmp_path / "again.xlsx", [header, [*good[:3], "220102200609014329", *good[4:]]])
    assert run([*clerk, "aid", "import", "--programme", pid, str(again)]) == 2
    clean = write_xlsx(tmp_path / "clean.xlsx", [header, [name, number, "测试丙", "220102198503140028", "吉林大学",
                                                          "研究生", "非建档"]])
    assert run([*clerk, "aid", "import", "--programme", pid, str(clean)]) == 0
