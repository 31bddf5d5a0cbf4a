"""The generic reader other imports use (training enrolments here): header, mapping, Excel damage per row."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.sheets import PEOPLE, csv_bytes, write_xls
from unionoffice.exchange.errors import SpreadsheetError
from unionoffice.exchange.fields import ENROLMENT_FIELDS, SCORE_FIELDS
from unionoffice.exchange.tabular import open_rows


def test_enrolment_list_with_title_totals_and_a_damaged_id(tmp_path: Path) -> None:
    rows = [["2024年焊工培训班报名表"], ["序号", "学员姓名", "公民身份号码", "联系电话", "培训班名称"]]
    rows += [[i, name, number, f"139{i:08d}", "焊工一班"] for i, (name, _sex, number) in enumerate(PEOPLE[:3], 1)]
    rows.append([4, "赵六", 2.20102198503140e17, "13900000004", "焊工一班"])
    rows.append(["合计", "", "", "", ""])
    opened = open_rows(write_xls(tmp_path / "enrol.xls", rows), ENROLMENT_FIELDS)
    assert opened.header_row == 1
    assert sorted(opened.mapping.values()) == ["class_name", "id_number", "name", "phone"]
    read = opened.rows()
    assert [r.values.get("id_number") for r in read[:3]] == [p[2] for p in PEOPLE[:3]]
    assert read[3].row_number == 6
    assert read[3].errors[0][0] == "身份证号"
    assert "存成了数字" in read[3].errors[0][1]
    assert [why for _, why in opened.layout.skipped] == ["表头上方的标题或说明行", "合计行"]


def test_scores_and_a_file_without_header(tmp_path: Path) -> None:
    path = tmp_path / "scores.csv"
    path.write_bytes(csv_bytes([["姓名", "身份证号", "工种", "理论成绩", "实操成绩"],
                                ["张伟", PEOPLE[0][2], "焊工", "８８.５", "不及格"]], "gb18030"))
    row = open_rows(path, SCORE_FIELDS).rows()[0]
    assert row.values["theory"] == 88.5
    assert row.errors == [("实操成绩", "“不及格”不是数字")]
    other = tmp_path / "notes.csv"
    other.write_bytes("随便写的一些文字\r\n没有表头\r\n".encode())
    with pytest.raises(SpreadsheetError, match="找不到表头"):
        open_rows(other, SCORE_FIELDS)
