"""Recognising a file by its content, and checking an xlsx package before any parser sees it."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from unionoffice.exchange.errors import SpreadsheetError

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
# Formats clerks attach by mistake; named so the message can say what the file really is.
OTHER_FORMATS = (
    (b"%PDF", "PDF 文档"), (b"\x89PNG", "PNG 图片"), (b"\xff\xd8\xff", "JPEG 图片"), (b"GIF8", "GIF 图片"),
    (b"Rar!", "RAR 压缩包"), (b"7z\xbc\xaf", "7z 压缩包"), (b"\x1f\x8b", "gzip 压缩包"), (b"{\\rtf", "RTF 文档"),
    (b"MZ", "程序文件"),
)
MAX_ZIP_ENTRIES = 10_000
MAX_UNCOMPRESSED = 2 * 1024**3  # all parts together
MAX_RATIO = 200  # honest sheet XML compresses 5-20x; bombs 1,000x
RATIO_FLOOR = 8 * 1024**2  # small parts may compress as they like
HEAD_BYTES = 64 * 1024
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)
_DATE1904 = re.compile(rb"date1904\s*=\s*[\"'](?:1|true)[\"']", re.I)


@dataclass(frozen=True)
class XlsxInfo:
    date1904: bool
    sheet_names: list[str]
    sheet_parts: list[str]
    string_parts: list[str]  # shared strings, which calamine holds in memory whole


def file_kind(path: Path) -> str:
    """'zip' (xlsx/xlsm/xlsb/ods), 'cfb' (xls, or an encrypted xlsx) or 'text'; other formats are refused."""
    try:
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise SpreadsheetError(f"无法打开文件 {path.name}：{exc.strerror or exc}") from exc
    if not head:
        raise SpreadsheetError(f"文件 {path.name} 是空的")
    if head.startswith(ZIP_MAGICS):
        return "zip"
    if head.startswith(CFB_MAGIC):
        return "cfb"
    for magic, label in OTHER_FORMATS:
        if head.startswith(magic):
            raise SpreadsheetError(f"文件 {path.name} 是{label}，不是表格；请选择 xlsx、xls 或 csv 文件")
    return "text"


def cfb_is_encrypted(path: Path) -> bool:
    """An Office file protected by a password is a CFB container holding an `EncryptedPackage` stream."""
    with path.open("rb") as handle:
        data = handle.read(4 * 1024**2)
    return "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data


def _head(archive: zipfile.ZipFile, name: str) -> bytes:
    with archive.open(name) as part:
        return part.read(HEAD_BYTES)


def _check_directory(archive: zipfile.ZipFile, name: str) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_ENTRIES:
        raise SpreadsheetError(f"文件 {name} 含有 {len(infos)} 个部件，不是正常的 Excel 文件")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise SpreadsheetError(f"文件 {name} 已加密，请在 Excel 中取消密码后另存再导入")
        total += info.file_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise SpreadsheetError(f"文件 {name} 的压缩比异常（疑似“压缩炸弹”），已拒绝读取")
    if total > MAX_UNCOMPRESSED:
        raise SpreadsheetError(f"文件 {name} 解压后超过 {MAX_UNCOMPRESSED // 1024**3} GB，已拒绝读取")


def _part_name(target: str) -> str:
    return target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)


def _sheet_parts(archive: zipfile.ZipFile) -> tuple[list[str], list[str], list[str]]:
    from defusedxml import ElementTree

    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    names: list[str] = []
    parts: list[str] = []
    for sheet in workbook.iter(f"{ns_main}sheet"):
        names.append(sheet.get("name", ""))
        parts.append(_part_name(targets.get(sheet.get(f"{ns_rel}id"), "")))
    strings = [_part_name(r.get("Target", "")) for r in rels if str(r.get("Type", "")).endswith("/sharedStrings")]
    return names, parts, strings or ["xl/sharedStrings.xml"]


def inspect_xlsx(path: Path) -> XlsxInfo | None:
    """Refuse damaged, encrypted, bomb-like or DTD-carrying packages; None for zip formats other than xlsx."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise SpreadsheetError(f"文件 {path.name} 已损坏或不完整（可能复制时中断），请重新获取后再导入") from None
    with archive:
        _check_directory(archive, path.name)
        names = set(archive.namelist())
        if "xl/workbook.bin" in names or "content.xml" in names:
            return None  # xlsb / ods: calamine reads them, and they carry no XML entities
        if "xl/workbook.xml" not in names:
            raise SpreadsheetError(f"文件 {path.name} 是 zip 压缩包，不是 Excel 表格")
        try:
            for part in names:
                if part.endswith((".xml", ".rels")) and _DTD.search(_head(archive, part)):
                    raise SpreadsheetError(f"文件 {path.name} 含有 XML 实体声明（可能是恶意文件），已拒绝读取")
            sheet_names, parts, strings = _sheet_parts(archive)
            date1904 = bool(_DATE1904.search(_head(archive, "xl/workbook.xml")))
        except (zipfile.BadZipFile, KeyError, EOFError, ValueError) as exc:
            raise SpreadsheetError(f"文件 {path.name} 已损坏：{exc}") from None
        except Exception as exc:  # defusedxml raises its own and ElementTree's ParseError
            if isinstance(exc, SpreadsheetError):
                raise
            raise SpreadsheetError(f"文件 {path.name} 的结构无法识别：{exc}") from None
    return XlsxInfo(date1904, sheet_names, parts, strings)
