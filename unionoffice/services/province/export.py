"""`export provincial`: the district's year as one signed (and, with a password, encrypted) package for the province."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from unionoffice import __version__
from unionoffice.db.engine import Database
from unionoffice.db.migrate import SCHEMA_HEADS
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.province.columns import WORKBOOKS
from unionoffice.domain.province.rules import check_district_code, check_year
from unionoffice.exchange.provincial import manifest as mf
from unionoffice.exchange.provincial import signing
from unionoffice.exchange.provincial.archive import Sources, write_package
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.tasks import CancelToken, Progress, report
from unionoffice.services.province.package_rows import SHEET_ROWS, estimated_rows

ZIP_SHARE = 10  # the zip and its encryption: about a tenth of the time the rows take


@dataclass(frozen=True)
class PackageResult:
    path: Path
    sha256: str
    district_code: str
    year: int
    rows: dict[str, int]  # sheet → rows
    fingerprint: str
    encrypted: bool


def keys_folder() -> Path:
    from unionoffice.paths import user_data_dir

    return user_data_dir() / "keys"


def office_fingerprint() -> str:
    """The fingerprint of this PC's office key (made now if there is none): what the province is told to trust."""
    return signing.load_or_create(keys_folder()).public.fingerprint


def export_provincial_package(db: Database, actor: Actor, year: int, out: str | Path, *, password: str | None = None,
                              progress: Progress | None = None, cancel: CancelToken | None = None,
                              today: date | None = None) -> PackageResult:
    """Every workbook of docs/provincial-package.md for `year`, read in one snapshot, signed with the office key.
    The package carries full ID numbers (the province matches people by them), so it needs the right to export
    them, and the export is audited with the file's hash."""
    actor.require(Permission.EXPORT_FULL_ID)
    check_year(year, today or date.today())
    out = Path(out)
    if out.suffix.lower() != ".zip":
        raise ValidationError(f"数据包应保存为 .zip 文件：{out.name}", field="数据包文件")
    from unionoffice.services.members.organisations import district

    key = signing.load_or_create(keys_folder())
    done = [0]
    with db.read() as session:
        office = district(session)
        if office is None or not office.admin_code:
            raise ValidationError("本单位尚未设置区县名称和六位行政区划代码，不能生成省级数据包", field="行政区划代码")
        code = check_district_code(office.admin_code)
        base = mf.Manifest(code, office.name, year, datetime.now(UTC), ",".join(sorted(SCHEMA_HEADS)), __version__,
                           key.public)

        # Progress by rows written (the member workbook is nearly all the work), against an estimate counted
        # cheaply beforehand; the last part of the bar is the zip, its encryption and the audit row.
        expected = estimated_rows(session, year)
        total = expected + max(1, expected // ZIP_SHARE)
        report(progress, 0, total, cancel)

        def sources(file: str) -> Sources:
            book = next(w for w in WORKBOOKS if w.file == file)
            report(progress, min(done[0], expected), total, cancel)
            return {s.name: SHEET_ROWS[s.name](session, year) for s in book.sheets}

        def tick(rows: int) -> None:
            done[0] += rows
            report(progress, min(done[0], expected), total, cancel)

        written, manifest = write_package(out, base, sources, key, password, tick)
    report(progress, total, total, cancel)
    rows = {sheet: n for f in manifest.files for sheet, n in f.rows.items()}
    counts = "，".join(f"{sheet} {n}" for sheet, n in rows.items() if n)
    with db.write() as session:
        audit.record(session, actor, "export", f"生成 {year} 年省级数据包 {written.path.name}（{counts}；完整身份证号，"
                     f"理由：向省总工会报送；{'已加密' if password else '未加密'}）", entity="province_package",
                     changes={"file": (None, written.path.name), "sha256": (None, written.sha256),
                              "rows": (None, sum(rows.values())), "year": (None, year),
                              "fingerprint": (None, key.public.fingerprint), "encrypted": (None, password is not None)})
    return PackageResult(written.path, written.sha256, code, year, rows, key.public.fingerprint, password is not None)
