"""manifest.json: who made the package, for which period, and the size, rows and SHA-256 of every file in it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.province.columns import FORMAT_NAME, FORMAT_VERSION, READABLE_VERSIONS, SHEETS, WORKBOOKS
from unionoffice.domain.province.rules import PackageError, check_district_code
from unionoffice.exchange.provincial.signing import ALGORITHM, PublicKey

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"


@dataclass(frozen=True)
class FileEntry:
    name: str
    entity: str
    size: int
    sha256: str
    rows: dict[str, int]  # sheet name → data rows (the header row not counted)


@dataclass(frozen=True)
class TableEntry:
    """One sheet's CSV file (format 2): what COPY loads."""

    name: str  # member.csv
    sheet: str  # 会员
    size: int
    sha256: str
    rows: int  # data lines, the header not counted: equal to the sheet's rows


@dataclass(frozen=True)
class Manifest:
    district_code: str
    district_name: str
    year: int
    created_at: datetime  # aware UTC: decides which of two packages is newer
    schema_version: str  # the district database's schema revision when the package was made
    program_version: str
    public_key: PublicKey
    files: tuple[FileEntry, ...] = field(default=())
    tables: tuple[TableEntry, ...] = field(default=())  # format 2: every sheet as CSV; empty in format 1
    format_version: int = FORMAT_VERSION

    @property
    def period_start(self) -> date:
        return date(self.year, 1, 1)

    @property
    def period_end(self) -> date:
        return date(self.year, 12, 31)

    def rows(self, sheet: str) -> int:
        return next(f.rows[sheet] for f in self.files if sheet in f.rows)

    def table(self, sheet: str) -> TableEntry:
        return next(t for t in self.tables if t.sheet == sheet)

    @property
    def entries(self) -> list[str]:
        """Every file the zip holds besides the manifest and its signature."""
        return [f.name for f in self.files] + [t.name for t in self.tables]

    def to_bytes(self) -> bytes:
        body: dict[str, Any] = {
            "format": FORMAT_NAME, "format_version": self.format_version, "schema_version": self.schema_version,
            "program_version": self.program_version,
            "district": {"code": self.district_code, "name": self.district_name},
            "period": {"year": self.year, "start": self.period_start.isoformat(), "end": self.period_end.isoformat()},
            "created_at": self.created_at.isoformat(),
            "files": [{"name": f.name, "entity": f.entity, "bytes": f.size, "sha256": f.sha256, "rows": f.rows}
                      for f in self.files],
            **({"tables": [{"name": t.name, "sheet": t.sheet, "bytes": t.size, "sha256": t.sha256, "rows": t.rows}
                           for t in self.tables]} if self.format_version >= 2 else {}),
            "signature": {"algorithm": ALGORITHM, "public_key": self.public_key.text,
                          "fingerprint": self.public_key.fingerprint},
        }
        return json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8")


def parse(data: bytes) -> Manifest:
    """Read and check a manifest; anything missing or of the wrong kind is a PackageError naming the key."""
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageError(f"{MANIFEST} 不是有效的 UTF-8 JSON：{exc}") from None
    if not isinstance(body, dict) or body.get("format") != FORMAT_NAME:
        raise PackageError(f"这不是省级数据包：{MANIFEST} 的 format 不是 {FORMAT_NAME}")
    version = body.get("format_version")
    if type(version) is not int or version not in READABLE_VERSIONS:
        raise PackageError(f"数据包格式版本 {version} 本程序不能读取（本程序读取 1—{FORMAT_VERSION} 版），请升级程序")
    try:
        return _manifest(body, version)
    except (KeyError, TypeError, ValueError, ValidationError) as exc:
        raise PackageError(f"{MANIFEST} 内容不完整或有误：{_why(exc)}") from None


def _why(exc: Exception) -> str:
    return f"缺少 {exc}" if isinstance(exc, KeyError) else str(exc)


def _manifest(body: dict[str, Any], version: int) -> Manifest:
    signature = body["signature"]
    if signature["algorithm"] != ALGORITHM:
        raise ValueError(f"签名算法 {signature['algorithm']} 不受支持（应为 {ALGORITHM}）")
    public = PublicKey.from_text(str(signature["public_key"]))
    if signature["fingerprint"] != public.fingerprint:
        raise ValueError("公钥指纹与公钥不符")
    created = datetime.fromisoformat(str(body["created_at"]))
    if created.tzinfo is None:
        raise ValueError("created_at 缺少时区")
    known = {w.file: w for w in WORKBOOKS}
    files = []
    for entry in body["files"]:
        name = str(entry["name"])
        if name not in known:
            raise ValueError(f"未知文件 {name}")
        rows = {str(k): int(v) for k, v in dict(entry["rows"]).items()}
        if set(rows) != {s.name for s in known[name].sheets}:
            raise ValueError(f"{name} 的工作表清单与格式不符")
        files.append(FileEntry(name, str(entry["entity"]), int(entry["bytes"]), str(entry["sha256"]), rows))
    if sorted(f.name for f in files) != sorted(known):
        raise ValueError("文件清单不全")
    tables = _tables(body, files) if version >= 2 else ()
    district, period = body["district"], body["period"]
    return Manifest(check_district_code(str(district["code"])), str(district["name"]), int(period["year"]), created,
                    str(body["schema_version"]), str(body["program_version"]), public, tuple(files), tables, version)


def _tables(body: dict[str, Any], files: list[FileEntry]) -> tuple[TableEntry, ...]:
    """Format 2: exactly one CSV file per sheet, under the sheet's name, with the sheet's row count."""
    rows = {sheet: n for f in files for sheet, n in f.rows.items()}
    known = {s.csv: s for s in SHEETS}
    tables = []
    for entry in body["tables"]:
        name = str(entry["name"])
        if name not in known or str(entry["sheet"]) != known[name].name:
            raise ValueError(f"未知的 CSV 文件 {name}（工作表 {entry['sheet']}）")
        count = int(entry["rows"])
        if count != rows[known[name].name]:
            raise ValueError(f"{name} 的行数 {count} 与工作表“{known[name].name}”的 {rows[known[name].name]} 行不符")
        tables.append(TableEntry(name, known[name].name, int(entry["bytes"]), str(entry["sha256"]), count))
    if sorted(t.name for t in tables) != sorted(known):
        raise ValueError("CSV 文件清单不全")
    return tuple(tables)
