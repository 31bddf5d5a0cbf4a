"""The referees' score sheet: errors refused per row, all or nothing by default, valid-only, --replace audited."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tests.helpers.competitions import CLERK, REVIEWER, active_members, contest, falling, score, score_all
from tests.helpers.sheets import csv_bytes, write_xlsx
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry
from unionoffice.domain.common.errors import ValidationError
from unionoffice.services.competitions import decisions as dc
from unionoffice.services.competitions.events import StageDraft
from unionoffice.services.competitions.score_import import (
    ScoreRowStatus,
    commit_score_import,
    plan_score_import,
    write_score_errors,
)
from unionoffice.services.competitions.scoring import load_sheet

HEADER = ["序号", "参赛编号", "姓名", "理论成绩", "实操成绩", "用时"]


@pytest.fixture
def event(db: Database):  # type: ignore[no-untyped-def]
    people = active_members(db, 40)
    return contest(db, people[:6], stages=(StageDraft("决赛"),), uses_time=True)


def _numbers(db: Database, stage_id: int) -> list[str]:
    return load_sheet(db, CLERK, stage_id).entry_nos


def test_a_clean_sheet_imports_with_times_in_seconds_or_on_the_clock(db: Database, event, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stage = event.stage_ids[0]
    nos = _numbers(db, stage)
    rows = [HEADER, [1, nos[0], "甲", 88.5, 92, 754], [2, nos[1], "乙", "90", "85.25", "12:30"],
            [3, nos[2], "丙", 70, 75, time(0, 13, 5)]]
    plan = plan_score_import(db, CLERK, stage, write_xlsx(tmp_path / "成绩.xlsx", rows, title_rows=["焊工决赛成绩"]))
    assert [r.status for r in plan.rows] == [ScoreRowStatus.NEW] * 3
    result = commit_score_import(db, CLERK, plan)
    assert (result.written, result.rejected) == (3, 0)
    sheet = load_sheet(db, CLERK, stage)
    assert sheet.theory[:3] == [8850, 9000, 7000]
    assert sheet.practical[:3] == [9200, 8525, 7500]
    assert sheet.time_ms[:3] == [754_000, 750_000, 785_000]


def test_every_bad_row_is_refused_with_its_reason_and_nothing_is_written(db: Database, event,  # type: ignore[no-untyped-def]
                                                                         tmp_path: Path) -> None:
    stage = event.stage_ids[0]
    nos = _numbers(db, stage)
    rows = [HEADER, [1, nos[0], "甲", 88, 92, ""], [2, "999999", "查无此人", 80, 80, ""],
            [3, nos[1], "乙", 101, 80, ""], [4, nos[2], "丙", 80, "缺考", ""], [5, nos[3], "丁", 80, 80, "75:99"],
            [6, nos[4], "戊", 70, 70, ""], [7, nos[4], "戊", 71, 70, ""]]
    path = write_xlsx(tmp_path / "成绩.xlsx", rows)
    plan = plan_score_import(db, CLERK, stage, path)
    reasons = {r.row_number: "；".join(f"{f}:{why}" for f, why in r.errors) for r in plan.rejected}
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8]
    assert "不是焊工决赛的选手" in reasons[3]
    assert "超出 0～100" in reasons[4]
    assert "不是数字" in reasons[5]
    assert "用时" in reasons[6]
    assert "重复" in reasons[7]
    assert "重复" in reasons[8]
    with pytest.raises(ValidationError, match="6 行有错误"):
        commit_score_import(db, CLERK, plan)
    assert load_sheet(db, CLERK, stage).theory == [None] * 6
    report = write_score_errors(plan, tmp_path / "错误.xlsx")
    sheet = load_workbook(report.path).active
    assert sheet is not None
    assert sheet.max_row == 2 + 6
    result = commit_score_import(db, CLERK, plan, valid_only=True)
    assert (result.written, result.rejected) == (1, 6)
    assert load_sheet(db, CLERK, stage).theory[0] == 8800


def test_scores_already_entered_are_replaced_only_when_asked_and_audited(db: Database, event,  # type: ignore[no-untyped-def]
                                                                         tmp_path: Path) -> None:
    stage = event.stage_ids[0]
    nos = _numbers(db, stage)
    score(db, event.result_ids[0], 60, 60)
    score(db, event.result_ids[1], 70, 75)
    path = tmp_path / "成绩.csv"
    path.write_bytes(csv_bytes([["参赛编号", "理论", "实操"], [nos[0], "66", "60"], [nos[1], "70", "75"]], "gb18030"))
    plan = plan_score_import(db, CLERK, stage, path)
    assert [r.status for r in plan.rows] == [ScoreRowStatus.REJECTED, ScoreRowStatus.UNCHANGED]
    assert "--replace" in plan.rows[0].errors[0][1]
    replacing = plan_score_import(db, CLERK, stage, path, replace=True)
    result = commit_score_import(db, CLERK, replacing)
    assert (result.replaced, result.unchanged) == (1, 1)
    assert load_sheet(db, CLERK, stage).theory[0] == 6600
    with db.read() as session:
        summaries = session.execute(select(AuditEntry.summary)).scalars().all()
    assert any(s.startswith("导入覆盖") for s in summaries)
    assert any("成绩表 成绩.csv：新录入 0，覆盖 1，无变化 1，拒绝 0" in s for s in summaries)


def test_entry_numbers_that_excel_turned_into_numbers_still_match(db: Database, event, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stage = event.stage_ids[0]
    nos = _numbers(db, stage)
    assert nos[0].startswith("0")
    plan = plan_score_import(db, CLERK, stage, write_xlsx(tmp_path / "s.xlsx", [HEADER, [1, int(nos[0]), "甲", 80,
                                                                                          80, ""]]))
    assert plan.rows[0].status is ScoreRowStatus.NEW
    assert "开头的 0" in plan.rows[0].notes[0]


def test_a_final_stage_refuses_the_import(db: Database, event, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stage = event.stage_ids[0]
    score_all(db, event.result_ids, falling(6))
    dc.publish_notice(db, CLERK, stage)
    dc.finalise_stage(db, REVIEWER, stage)
    nos = _numbers(db, stage)
    with pytest.raises(ValidationError, match="成绩已确定"):
        plan_score_import(db, CLERK, stage, write_xlsx(tmp_path / "s.xlsx", [HEADER, [1, nos[0], "甲", 1, 1, ""]]))
