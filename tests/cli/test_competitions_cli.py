"""`unionoffice demo` makes the contest; `competitions list|results|scores import|letters` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.helpers.sheets import csv_bytes
from unionoffice.cli.main import run


@pytest.fixture
def demo_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> list[str]:
    dbarg = ["--db", str(tmp_path / "demo.db")]
    assert run([*dbarg, "demo", "--members", "600", "--seed", "5"]) == 0
    assert "竞赛：10 个赛项" in capsys.readouterr().out
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", "demo")
    return [*dbarg, "--user", "clerk"]


def listing(args: list[str], capsys: pytest.CaptureFixture[str]) -> list[dict]:  # type: ignore[type-arg]
    assert run([*args, "competitions", "list", "--json"]) == 0
    rows: list[dict] = json.loads(capsys.readouterr().out)  # type: ignore[type-arg]
    return rows


def results(args: list[str], event: int, capsys: pytest.CaptureFixture[str], *extra: str) -> dict:  # type: ignore[type-arg]
    assert run([*args, "competitions", "results", "--event", str(event), "--json", *extra]) == 0
    found: dict = json.loads(capsys.readouterr().out)  # type: ignore[type-arg]
    return found


def test_list_shows_events_with_entrants_per_stage(demo_db: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    [competition] = listing(demo_db, capsys)
    assert {"id", "name", "events"} <= set(competition)
    assert len(competition["events"]) == 10
    first = competition["events"][0]
    assert [s["name"] for s in first["stages"]] == ["预赛", "决赛"]
    assert first["stages"][0]["entrants"] > first["stages"][1]["entrants"] > 0
    assert run([*demo_db, "competitions", "list"]) == 0
    assert "赛项" in capsys.readouterr().out


def test_results_carry_every_field_and_the_open_tie(demo_db: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    events = listing(demo_db, capsys)[0]["events"]
    welding = results(demo_db, events[0]["id"], capsys)
    entry = welding["entries"][0]
    assert {"entry_no", "rank", "name", "theory", "practical", "time_s", "total", "prize", "flags"} <= set(entry)
    assert (entry["rank"], entry["prize"]) == (1, "一等奖")
    assert welding["decisions"]  # the tie at tenth place, decided by the demo's reviewer
    open_tie = results(demo_db, events[1]["id"], capsys)
    assert open_tie["state"] == "公示"
    flagged = [e for e in open_tie["entries"] if e["flags"]]
    assert len(flagged) == 2
    assert all(e["prize"] is None for e in flagged)
    prelim = results(demo_db, events[0]["id"], capsys, "--stage", "预赛")
    assert prelim["stage"] == "预赛"
    assert len(prelim["entries"]) == events[0]["stages"][0]["entrants"]
    assert sum(1 for e in prelim["entries"] if e["advances"]) == events[0]["stages"][1]["entrants"]
    assert run([*demo_db, "competitions", "results", "--event", str(events[0]["id"]), "--stage", "复赛"]) == 2


def test_score_sheet_import_refuses_bad_rows_and_replaces_only_when_asked(
        demo_db: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = listing(demo_db, capsys)[0]["events"][1]  # its final is still in public notice
    entries = results(demo_db, event["id"], capsys)["entries"]
    first, second = entries[0], entries[1]
    sheet = tmp_path / "复核成绩.csv"
    sheet.write_bytes(csv_bytes([["参赛编号", "理论", "实操", "用时"],
                                 [first["entry_no"], first["theory"], first["practical"], ""],
                                 [second["entry_no"], 60, 60, ""], ["999999", 80, 80, ""]], "gb18030"))
    base = [*demo_db, "competitions", "scores", "import", "--event", str(event["id"]), "--stage", "决赛", str(sheet)]
    assert run(base) == 2
    err = capsys.readouterr().err
    assert "第 3 行" in err
    assert "--replace" in err
    assert "第 4 行" in err
    report = tmp_path / "未导入.xlsx"
    assert run([*base, "--valid-only", "--replace", "--report", str(report)]) == 1
    out = capsys.readouterr().out
    assert "覆盖 1，无变化 1，拒绝 1" in out
    book = load_workbook(report).active
    assert book is not None
    assert book.max_row == 3
    changed = {e["entry_no"]: e for e in results(demo_db, event["id"], capsys)["entries"]}
    assert (changed[second["entry_no"]]["theory"], changed[second["entry_no"]]["practical"]) == (60, 60)


def test_letters_print_the_final_winners_and_name_what_is_not_final(
        demo_db: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    [competition] = listing(demo_db, capsys)
    out = tmp_path / "获奖"
    assert run([*demo_db, "competitions", "letters", "--competition", str(competition["id"]), "--out", str(out),
                "--date", "2024-06-01"]) == 1
    captured = capsys.readouterr()
    assert "决赛成绩尚未确定" in captured.err
    winners = sum(e["stages"][1]["entrants"] for e in competition["events"][:1] + competition["events"][2:])
    assert len(PdfReader(out / "获奖证书.pdf").pages) == winners
    assert len(PdfReader(out / "获奖通知书.pdf").pages) == winners
    assert f"获奖证书 {winners} 份（新颁发 {winners}）" in captured.out
