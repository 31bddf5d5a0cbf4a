"""Consolidation at the province (PostgreSQL): check a package, then load it in one transaction by COPY into fresh
partitions and swap them in. A format-2 package's CSV files stream into COPY as they are unzipped and hashed
(PostgreSQL checks every cell against the column's type, length and NOT NULL); a format-1 package's workbooks are
read cell by cell in Python (docs/provincial-package.md).

The same package twice changes nothing; a newer one of the same district and year replaces the older; an older one
is refused (domain/province/rules.py)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, delete, select, text
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member
from unionoffice.db.models.province import ProvincePackage
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.province.columns import SHEETS, Kind, Sheet
from unionoffice.domain.province.rules import Decision, PackageError, PackageStamp, decide
from unionoffice.exchange.provincial.archive import OpenedPackage, open_package, read_manifest
from unionoffice.exchange.provincial.manifest import Manifest
from unionoffice.fileutil import file_sha256
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.tasks import CancelToken, Progress, report
from unionoffice.services.province import partitions
from unionoffice.services.province.keys import require_trusted

TICK_ROWS = 20_000


@dataclass(frozen=True)
class LoadResult:
    path: Path
    district_code: str
    district_name: str
    year: int
    decision: Decision
    rows: dict[str, int]  # province table → rows now loaded (empty when unchanged)

    @property
    def summary(self) -> str:
        what = f"{self.district_name}（{self.district_code}）{self.year} 年"
        if self.decision is Decision.UNCHANGED:
            return f"{self.path.name}：{what}的同一数据包已汇总，未作更改"
        members = self.rows.get("province_member", 0)
        verb = "已替换较旧的数据包" if self.decision is Decision.REPLACE else "已汇总"
        return f"{self.path.name}：{what}{verb}，会员 {members:,} 人，共 {sum(self.rows.values()):,} 行"


def require_province_database(db: Database) -> None:
    if db.is_sqlite:
        raise ValidationError("省级汇总需要 PostgreSQL 数据库（用 --db postgresql://… 指定），不能汇总到 SQLite 文件",
                              field="数据库")
    with db.read() as session:
        if session.execute(select(Member.id).limit(1)).first() is not None:
            raise ValidationError("此数据库是区县业务库（已有会员记录）；省级汇总请使用单独的 PostgreSQL 数据库",
                                  field="数据库")


def consolidate_package(db: Database, actor: Actor, path: str | Path, *, password: str | None = None,
                        progress: Progress | None = None, cancel: CancelToken | None = None) -> LoadResult:
    """Verify manifest, signature (by a trusted key of the district) and every checksum, then load the package in
    one transaction. Raises PackageError for a package that must not be taken, saying why."""
    actor.require(Permission.IMPORT_DATA)
    require_province_database(db)
    path = Path(path)
    manifest, digest, _encrypted = read_manifest(path, password)
    with db.read() as session:
        require_trusted(session, manifest.district_code, manifest.district_name, manifest.public_key.fingerprint)
        if _decision(session, manifest, digest) is Decision.UNCHANGED:
            return LoadResult(path, manifest.district_code, manifest.district_name, manifest.year, Decision.UNCHANGED,
                              {})
    with open_package(path, password) as package:
        return _load(db, actor, package, progress, cancel)


def _decision(session: Session, manifest: Manifest, digest: str) -> Decision:
    loaded = session.execute(select(ProvincePackage.created_at, ProvincePackage.manifest_sha256).where(
        ProvincePackage.district_code == manifest.district_code, ProvincePackage.year == manifest.year)).first()
    stamp = PackageStamp(manifest.created_at, digest)
    decision = decide(PackageStamp(*loaded) if loaded else None, stamp)
    if decision is Decision.REFUSE_OLDER:
        assert loaded is not None
        raise PackageError(f"{manifest.district_name}（{manifest.district_code}）{manifest.year} 年已汇总了较新的数据包"
                           f"（{loaded[0]:%Y-%m-%d %H:%M}）；此包生成于 {manifest.created_at:%Y-%m-%d %H:%M}，"
                           "较旧的数据包不会替换较新的")
    if decision is Decision.REFUSE_AMBIGUOUS:
        raise PackageError(f"{manifest.district_name}（{manifest.district_code}）{manifest.year} 年已有一个同一时刻"
                           "生成、内容不同的数据包，无法判断哪个较新；请区县重新生成后报送")
    return decision


def _load(db: Database, actor: Actor, package: OpenedPackage, progress: Progress | None,
          cancel: CancelToken | None) -> LoadResult:
    manifest = package.manifest
    total = sum(manifest.rows(s.name) for s in SHEETS)
    done = 0
    rows: dict[str, int] = {}
    with db.write() as session:
        conn = session.connection()
        # One district at a time: the check below and the swap see the same state (docs/reliability.md §1b).
        conn.execute(text("SELECT pg_advisory_xact_lock(hashtext('province:' || :code))"),
                     {"code": manifest.district_code})
        decision = _decision(session, manifest, package.manifest_sha256)
        if decision is Decision.UNCHANGED:
            return LoadResult(package.path, manifest.district_code, manifest.district_name, manifest.year, decision, {})
        if package.version >= 2:
            conn.execute(text("SET LOCAL DateStyle = 'ISO, YMD'"))
            total = sum(t.size for t in manifest.tables)
            for sheet in SHEETS:
                report(progress, done, total, cancel)
                rows[sheet.table] = _copy_csv(conn, package, sheet, _offset(progress, done, total, cancel))
                done += manifest.table(sheet.name).size
        else:
            for sheet in SHEETS:
                report(progress, done, total, cancel)
                rows[sheet.table] = _copy_sheet(conn, package, sheet, _offset(progress, done, total, cancel))
                done += rows[sheet.table]
        for sheet in SHEETS:
            partitions.swap_in(conn, sheet.table, manifest.district_code, manifest.year)
        _record(session, actor, package, decision, rows)
    report(progress, total, total, cancel)
    return LoadResult(package.path, manifest.district_code, manifest.district_name, manifest.year, decision, rows)


def _offset(progress: Progress | None, start: int, total: int, cancel: CancelToken | None) -> Progress:
    def tick(done: int, _total: int) -> None:
        report(progress, start + done, total, cancel)

    return tick


def _copy_sheet(conn: Connection, package: OpenedPackage, sheet: Sheet, tick: Progress | None = None) -> int:
    manifest = package.manifest
    staged = partitions.staging_table(conn, sheet.table, manifest.district_code, manifest.year)
    names = ", ".join(["district_code", "year", "row_no", *(c.key for c in sheet.columns)])
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    code, year = manifest.district_code, manifest.year
    count = 0
    with cursor.copy(f'COPY "{staged}" ({names}) FROM STDIN') as copy:
        for count, values in enumerate(package.rows(sheet), start=1):
            copy.write_row((code, year, count + 1, *values))
            if tick is not None and count % TICK_ROWS == 0:
                tick(count, 0)
    cursor.close()
    return count


def _copy_csv(conn: Connection, package: OpenedPackage, sheet: Sheet, tick: Progress | None = None) -> int:
    """The sheet's CSV file straight into COPY, block by block as it is unzipped and hashed: its header is checked
    here, every cell by PostgreSQL (type, length, NOT NULL); a wrong checksum after the last block, a bad cell or a
    row count other than the manifest's refuses the package, and the transaction rolls back."""
    import psycopg

    manifest = package.manifest
    entry = manifest.table(sheet.name)
    staged = partitions.staging_table(conn, sheet.table, manifest.district_code, manifest.year, numbered=True)
    names = ", ".join(c.key for c in sheet.columns)
    texts = ", ".join(c.key for c in sheet.columns if c.kind is Kind.TEXT)
    options = f"FORMAT csv, ENCODING 'UTF8'{f', FORCE_NULL ({texts})' if texts else ''}"
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    sent = 0
    try:
        with cursor.copy(f'COPY "{staged}" ({names}) FROM STDIN ({options})') as copy:
            blocks = package.csv_chunks(sheet)
            for block in _after_header(blocks, sheet, entry.name, package.path.name):
                copy.write(block)
                sent += len(block)
                if tick is not None:
                    tick(sent, 0)
        count = int(cursor.rowcount)
    except psycopg.Error as exc:
        raise _copy_error(exc, sheet, entry.name, package.path.name) from None
    finally:
        cursor.close()
    if count != entry.rows:
        raise PackageError(f"{package.path.name} 中 {entry.name} 有 {count:,} 行数据，清单记载 {entry.rows:,} 行")
    partitions.seal(conn, sheet.table, manifest.district_code, manifest.year)
    return count


def _after_header(blocks: Iterator[bytes], sheet: Sheet, name: str, package: str) -> Iterator[bytes]:
    """Check the header line (the column keys; a UTF-8 BOM is allowed) and pass on what follows it."""
    head = b""
    for block in blocks:
        head += block
        if b"\n" in head or len(head) > 64 * 1024:
            break
    line, _newline, rest = head.partition(b"\n")
    header = line.removeprefix(b"\xef\xbb\xbf").rstrip(b"\r").decode("utf-8", "replace")
    if header != ",".join(sheet.keys()):
        raise PackageError(f"{package} 中 {name} 的表头与格式不符（应为：{','.join(sheet.keys())}）")
    if rest:
        yield rest
    yield from blocks


_WHERE = re.compile(r"line (\d+)(?:, column (\w+))?")
_REASONS = {
    "22001": "超过 {size} 个字符", "23502": "不能为空", "22007": "不是有效日期（应为 YYYY-MM-DD）",
    "22008": "不是有效日期（应为 YYYY-MM-DD）", "22003": "数值超出范围", "22021": "不是有效的 UTF-8 文本",
}
_BY_KIND = {Kind.INT: "应为整数", Kind.FEN: "应为整数（分）", Kind.TENTHS: "应为整数（0.1 学时）",
            Kind.HUNDREDTHS: "应为整数（0.01 分）", Kind.BOOL: "应为 true 或 false",
            Kind.DATE: "不是有效日期（应为 YYYY-MM-DD）"}


def _copy_error(exc: Exception, sheet: Sheet, name: str, package: str) -> PackageError:
    """PostgreSQL's refusal of a cell as one Chinese line naming the file, its line and the column."""
    if isinstance(exc, PackageError):
        return exc
    diag = getattr(exc, "diag", None)
    where = _WHERE.search(getattr(diag, "context", None) or "")
    key = getattr(diag, "column_name", None) or (where.group(2) if where else None)
    column = next((c for c in sheet.columns if c.key == key), None)
    state = getattr(exc, "sqlstate", None) or ""
    if column is None:
        reason = "列数与格式不符" if state == "22P04" else f"无法导入（{getattr(diag, 'message_primary', exc)}）"
    else:
        reason = _REASONS.get(state, _BY_KIND.get(column.kind, "不符合列的格式")).format(size=column.size)
    line = f"第 {int(where.group(1)) + 1} 行" if where else ""
    label = f"「{column.header}（{column.key}）」" if column else ""
    return PackageError(f"{package} 中 {name} {line}{label}：{reason}")


def _record(session: Session, actor: Actor, package: OpenedPackage, decision: Decision, rows: dict[str, int]) -> None:
    manifest = package.manifest
    session.execute(delete(ProvincePackage).where(ProvincePackage.district_code == manifest.district_code,
                                                  ProvincePackage.year == manifest.year))
    row = ProvincePackage(
        district_code=manifest.district_code, district_name=manifest.district_name, year=manifest.year,
        created_at=manifest.created_at, manifest_sha256=package.manifest_sha256,
        file_sha256=file_sha256(package.path), fingerprint=manifest.public_key.fingerprint,
        schema_version=manifest.schema_version, program_version=manifest.program_version,
        encrypted=package.encrypted, rows=json.dumps(rows, ensure_ascii=False), loaded_by=actor.username)
    session.add(row)
    session.flush()
    verb = "替换" if decision is Decision.REPLACE else "汇总"
    audit.record(session, actor, "update" if decision is Decision.REPLACE else "create",
                 f"{verb}{manifest.district_name}（{manifest.district_code}）{manifest.year} 年省级数据包 "
                 f"{package.path.name}（会员 {rows.get('province_member', 0)} 人，共 {sum(rows.values())} 行）",
                 entity="province_package", entity_id=row.id,
                 changes={"manifest_sha256": (None, package.manifest_sha256), "rows": (None, sum(rows.values()))})
