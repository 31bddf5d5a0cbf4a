"""The corpus of awkward files, generated on the fly, each with the outcome it must have."""

from __future__ import annotations

import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tests.helpers.sheets import HEADER, UNIONS, Formula, make_id, member_rows, write_xlsx


@dataclass(frozen=True)
class BadFile:
    name: str
    build: Callable[[Path], Path]
    message: str  # part of the Chinese message the clerk must see


def _bytes(name: str, data: bytes) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path
    return build


def _valid_xlsx(folder: Path) -> Path:
    return write_xlsx(folder / "valid.xlsx", [HEADER, *member_rows()])


def _truncated(folder: Path) -> Path:
    data = _valid_xlsx(folder).read_bytes()
    path = folder / "truncated.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def _encrypted(folder: Path) -> Path:
    from msoffcrypto.format.ooxml import OOXMLFile

    path = folder / "password.xlsx"
    with _valid_xlsx(folder).open("rb") as plain, path.open("wb") as out:
        OOXMLFile(plain).encrypt("123456", out)
    return path


def _xlsx_parts(path: Path, sheet: bytes, extra: dict[str, bytes] | None = None) -> Path:
    """A minimal xlsx package around a given sheet XML (and optional extra parts)."""
    workbook = (b'<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                b'<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
    rels = (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            b'worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    types = (b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             b'<Default Extension="xml" ContentType="application/xml"/>'
             b'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             b'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="'
             b'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    root_rels = (b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                 b'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                 b'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", root_rels)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", rels)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


SHEET_HEAD = b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def _zip_bomb(folder: Path) -> Path:
    # 200 MB of one repeated cell compresses to about 200 KB: the ratio gives it away before anything inflates.
    cell = b'<row><c t="inlineStr"><is><t>A</t></is></c></row>'
    return _xlsx_parts(folder / "bomb.xlsx", SHEET_HEAD + b"<sheetData>" + cell * (200 * 1024**2 // len(cell)))


def _billion_laughs(folder: Path) -> Path:
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + b"".join(b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10 if i > 1 else b"&lol;" * 10)
                         for i in range(1, 10))
              + b']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>')
    sheet = SHEET_HEAD + b'<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>'
    return _xlsx_parts(folder / "laughs.xlsx", sheet, {"xl/sharedStrings.xml": laughs})


def _too_many_rows_xlsx(folder: Path) -> Path:
    rows = b"".join(b'<row r="%d"/>' % i for i in range(1, 1_048_578))
    return _xlsx_parts(folder / "rows.xlsx", SHEET_HEAD + b"<sheetData>" + rows + b"</sheetData></worksheet>")


def _sheet_with(name: str, cells: bytes, dimension: bytes = b"") -> Callable[[Path], Path]:
    """A sheet of a few bytes whose cells stand where calamine would allocate a vast grid for them."""
    def build(folder: Path) -> Path:
        head = SHEET_HEAD + (b'<dimension ref="%s"/>' % dimension if dimension else b"")
        return _xlsx_parts(folder / name, head + b"<sheetData>" + cells + b"</sheetData></worksheet>")
    return build


_FAR = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'


def _too_many_rows_csv(folder: Path) -> Path:
    path = folder / "rows.csv"
    path.write_bytes("姓名,身份证号\r\n".encode() + b"a,1\r\n" * 1_048_576)
    return path


def _long_cell_xlsx(folder: Path) -> Path:
    sheet = (SHEET_HEAD + b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>' + b"x" * 131_073
             + b"</t></is></c></row></sheetData></worksheet>")
    return _xlsx_parts(folder / "long.xlsx", sheet)


def _plain_zip(folder: Path) -> Path:
    path = folder / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.txt", "not a workbook")
    return path


NUL_CSV = "姓名,身份证号\r\n张伟,220102198503140028\r\n".encode() + b"\x00\x00\x00\r\n"
BAD_FILES: tuple[BadFile, ...] = (
    BadFile("empty", _bytes("empty.csv", b""), "是空的"),
    BadFile("png", _bytes("photo.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(100)), "PNG 图片"),
    BadFile("pdf", _bytes("scan.xls", b"%PDF-1.7\n" + bytes(100)), "PDF 文档"),
    BadFile("binary", _bytes("data.csv", random.Random(6).randbytes(4096)), "文件"),
    BadFile("nul-bytes", _bytes("nul.csv", NUL_CSV), "空字符"),
    BadFile("truncated", _truncated, "已损坏或不完整"),
    BadFile("password", _encrypted, "密码"),
    BadFile("zip-bomb", _zip_bomb, "压缩炸弹"),
    BadFile("billion-laughs", _billion_laughs, "XML 实体"),
    BadFile("plain-zip", _plain_zip, "不是 Excel 表格"),
    BadFile("rows-xlsx", _too_many_rows_xlsx, "超过 1,048,576 行"),
    BadFile("rows-csv", _too_many_rows_csv, "超过 1,048,576 行"),
    BadFile("long-cell-csv", _bytes("long.csv", "姓名,备注\r\n张伟,".encode() + b"x" * 131_073 + b"\r\n"),
            "超过 32,767 个字符"),
    BadFile("long-cell-xlsx", _long_cell_xlsx, "超过 32,767 个字符"),
    BadFile("bad-bom", _bytes("bom.csv", b"\xef\xbb\xbf" + "姓名".encode("gbk")), "UTF-8"),
    # One cell in Excel's last column and row: 17 billion cells for calamine, which aborts the interpreter.
    BadFile("last-cell", _sheet_with("last.xlsx", _FAR, b"A1:XFD1048576"), "超过 200 列"),
    BadFile("far-column", _sheet_with("far.xlsx", b'<row r="3000"><c r="XFD3000"><v>1</v></c></row>'), "XFD 列"),
    BadFile("lower-case-ref", _sheet_with("lower.xlsx", b'<row r="1"><c r="xfd1"><v>1</v></c></row>'), "超过 200 列"),
    BadFile("far-row-in-row-1", _sheet_with("deep.xlsx", b'<row r="1"><c r="A1"><v>1</v></c><c r="B1048577"><v>2</v>'
                                                         b"</c></row>", b"A1:B1"), "超过 1,048,576 行"),
    BadFile("large-area", _sheet_with("area.xlsx", b'<row r="900000"><c r="CV900000"><v>1</v></c></row>'), "个单元格"),
    BadFile("cells-without-refs", _sheet_with("wide.xlsx", b"<row>" + b"<c><v>1</v></c>" * 300 + b"</row>"), "KN 列"),
    BadFile("prefixed", lambda folder: _xlsx_parts(folder / "prefixed.xlsx", SHEET_HEAD.replace(
        b"<worksheet xmlns=", b"<x:worksheet xmlns:x=") + b'<x:sheetData><x:row><x:c r="XFD9"><x:v>1</x:v></x:c>'
        b"</x:row></x:sheetData></x:worksheet>"), "超过 200 列"),
)


@dataclass(frozen=True)
class DamagedRow:
    """One row of the damage sheet: the cells that differ from a valid row, and the outcome."""

    note: str
    changes: dict[str, Any]
    rejected_field: str | None  # None: imported (after exact normalisation)
    reason: str = ""


def _base(i: int) -> dict[str, Any]:
    suffixes = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地"
    return {"序号": i, "姓名": "张三" + suffixes[i % len(suffixes)], "性别": "女",
            "民族": "汉族", "身份证号": make_id(date(1980, 1, 1 + i % 28), (i * 2) % 1000, "220104"),
            "手机": f"138{i:08d}", "工作单位": "长春第一机械厂", "所属基层工会": UNIONS[0], "入会时间": "2010-05-01",
            "是否农民工": "否"}


DAMAGED: tuple[DamagedRow, ...] = (
    DamagedRow("ID turned into a number", {"身份证号": 2.20102198503140e17}, "身份证号", "存成了数字"),
    DamagedRow("ID shown in scientific notation", {"身份证号": "2.20102E+17"}, "身份证号", "科学计数法"),
    DamagedRow("ID cut to 15 significant digits", {"身份证号": "220102198503140000"}, "身份证号", "15 位有效数字"),
    DamagedRow("ID lost its trailing X", {"身份证号": make_id(date(1949, 12, 31), 2, "110105")[:17]}, "身份证号",
               "末位的 X"),
    DamagedRow("lower-case x", {"身份证号": make_id(date(1949, 12, 31), 2, "110105").lower()}, None),
    DamagedRow("full-width ID", {"身份证号": make_id(date(1966, 2, 15), 80, "222401").translate(
        {ord(c): ord(c) + 0xFEE0 for c in "0123456789"})}, None),
    DamagedRow("stray spaces", {"姓名": "  王 五 ", "身份证号": " 220104199207081550 ", "性别": "男"}, None),
    DamagedRow("date with dots", {"入会时间": "2010.5.1"}, None),
    DamagedRow("date in Chinese", {"入会时间": "2010年5月1日"}, None),
    DamagedRow("compact date", {"入会时间": "20100501"}, None),
    DamagedRow("Excel serial date", {"入会时间": 40299}, None),
    DamagedRow("year and month only", {"入会时间": "2010-05"}, "入会时间", "只有年月"),
    DamagedRow("two-digit year", {"入会时间": "10.5.1"}, "入会时间", "两位"),
    DamagedRow("month first", {"入会时间": "5/1/2010"}, "入会时间", "年-月-日"),
    DamagedRow("impossible date", {"入会时间": "2010-02-30"}, "入会时间", "不存在"),
    DamagedRow("sex contradicts the ID", {"性别": "男"}, "性别", "不符"),
    DamagedRow("unknown union", {"所属基层工会": "不存在的工会"}, "所属基层工会", "不存在"),
    DamagedRow("phone as a number", {"手机": 13912345678.0}, None),
    DamagedRow("phone too short", {"手机": "1391234"}, "手机", "11 位"),
    DamagedRow("empty name", {"姓名": ""}, "姓名", "不能为空"),
    DamagedRow("name is a formula without a result", {"姓名": Formula('CONCATENATE("张","三")')}, "姓名", "公式"),
    DamagedRow("name with a direction override", {"姓名": "张\u202e三丰"}, "姓名", "文字方向"),
    DamagedRow("name with a zero-width space", {"姓名": "张\u200b三"}, "姓名", "看不见的字符"),
    DamagedRow("name with an emoji", {"姓名": "张三😀"}, "姓名", "表情"),
    DamagedRow("name with a combining mark, composed (NFC)", {"姓名": "张三e\u0301"}, None),
    DamagedRow("flag not yes or no", {"是否农民工": "也许"}, "是否农民工", "是"),
)
DUPLICATE_ID = make_id(date(1975, 6, 6), 7, "220105")


def damaged_sheet() -> tuple[list[list[Any]], dict[int, DamagedRow], list[int]]:
    """Rows (header first) of the damage sheet; the Excel row number of each damaged row; duplicate rows."""
    rows: list[list[Any]] = [HEADER]
    expected: dict[int, DamagedRow] = {}
    for i, damage in enumerate(DAMAGED, start=1):
        values = {**_base(i), **damage.changes}
        rows.append([values[h] for h in HEADER])
        expected[len(rows)] = damage
    duplicates = []
    for i in (90, 91):
        values = {**_base(i), "身份证号": DUPLICATE_ID, "性别": "男"}
        rows.append([values[h] for h in HEADER])
        duplicates.append(len(rows))
    rows.append(["合计", "", "", "", "", "", "", "", "", ""])
    rows.append(["填表人：李四", "", "", "", "", "", "", "", "", ""])
    return rows, expected, duplicates
