"""The package file: a zip of manifest.json, manifest.sig, the workbooks and (format 2) every sheet as CSV, optionally
AES-256 encrypted (pyzipper, WinZip AES), written atomically. Opening it checks encryption and the signature; each
file's size and SHA-256 is checked as it is read (a CSV file while it streams into COPY, so it is read once), and a
difference refuses the package (docs/provincial-package.md)."""

from __future__ import annotations

import base64
import hashlib
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pyzipper

from unionoffice.domain.province.columns import FORMAT_VERSION, SHEETS, WORKBOOKS, Sheet, Workbook
from unionoffice.domain.province.rules import PackageError
from unionoffice.exchange.provincial import manifest as mf
from unionoffice.exchange.provincial import tables, workbooks
from unionoffice.exchange.provincial.signing import SigningKey, verify
from unionoffice.exchange.safe_write import WrittenFile, atomic_output

MAX_MEMBER_BYTES = 2 * 1024**3  # one workbook inflated: a district of 300,000 members is about 25 MB
MAX_MANIFEST_BYTES = 1024**2
CHUNK = 1 << 20
Sources = dict[str, Iterable[Sequence[Any]]]  # sheet name → rows


def write_package(out: Path, manifest: mf.Manifest, sources: Callable[[str], Sources], key: SigningKey,
                  password: str | None = None, tick: workbooks.Tick | None = None) -> tuple[WrittenFile, mf.Manifest]:
    """Write every workbook (its rows from `sources(file name)`), then the manifest with their hashes and counts,
    its signature, and zip them into `out` (AES-256 when a password is given). Returns the file and the manifest."""
    if password is not None and len(password) < 8:
        from unionoffice.domain.common.errors import ValidationError

        raise ValidationError("数据包密码至少 8 个字符", field="密码")
    with tempfile.TemporaryDirectory(prefix="uo-package-") as folder:
        entries: list[mf.FileEntry] = []
        csvs: list[mf.TableEntry] = []
        for book in WORKBOOKS:
            csvs.extend(_write_book(Path(folder), book, sources(book.file), tick, entries))
        manifest = replace(manifest, public_key=key.public, files=tuple(entries), tables=tuple(csvs),
                           format_version=FORMAT_VERSION)
        body = manifest.to_bytes()
        signature = base64.b64encode(key.sign(body)) + b"\n"
        with atomic_output(out) as target:
            _zip(target.temp, Path(folder), body, signature, password)
    assert target.result is not None
    return target.result, manifest


def _write_book(folder: Path, book: Workbook, sources: Sources, tick: workbooks.Tick | None,
                entries: list[mf.FileEntry]) -> list[mf.TableEntry]:
    """The workbook and its sheets' CSV files in one pass over the rows."""
    path = folder / book.file
    handles = {s.name: (folder / s.csv).open("w", encoding="utf-8", newline="") for s in book.sheets}
    try:
        writers = {s.name: tables.CsvWriter(handles[s.name], s) for s in book.sheets}
        counts = workbooks.write_workbook(path, book, {name: writers[name].passing(rows)
                                                       for name, rows in sources.items()}, tick)
    finally:
        for handle in handles.values():
            handle.close()
    entries.append(mf.FileEntry(book.file, book.entity, path.stat().st_size, _sha256(path), counts))
    return [mf.TableEntry(s.csv, s.name, (folder / s.csv).stat().st_size, _sha256(folder / s.csv),
                          writers[s.name].rows) for s in book.sheets]


def _zip(path: Path, folder: Path, body: bytes, signature: bytes, password: str | None,
         names: Sequence[str] | None = None) -> None:
    # The workbooks are zips already: stored, not deflated again; the CSV files are deflated. WinZip AES-256
    # encrypts each entry and authenticates it (HMAC-SHA1), so an altered encrypted entry fails to open as well.
    options: dict[str, Any] = {"compression": zipfile.ZIP_STORED}
    if password is not None:
        options["encryption"] = pyzipper.WZ_AES
    with pyzipper.AESZipFile(path, "w", **options) as archive:
        if password is not None:
            archive.setpassword(password.encode("utf-8"))
            archive.setencryption(pyzipper.WZ_AES, nbits=256)
        archive.writestr(mf.MANIFEST, body, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr(mf.SIGNATURE, signature)
        for name in names if names is not None else [*(w.file for w in WORKBOOKS), *(s.csv for s in SHEETS)]:
            archive.write(folder / name, name,
                          compress_type=zipfile.ZIP_DEFLATED if name.endswith(".csv") else zipfile.ZIP_STORED)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class OpenedPackage:
    """A package whose manifest and signature hold. Format 2: the workbooks' checksums were checked while hashing
    them; each CSV file is checked while it streams (`csv_chunks`). Format 1: the workbooks were unpacked into a
    private temporary folder while hashing them."""

    path: Path
    manifest: mf.Manifest
    manifest_sha256: str
    folder: Path
    encrypted: bool
    archive: pyzipper.AESZipFile

    @property
    def version(self) -> int:
        return self.manifest.format_version

    def rows(self, sheet: Sheet) -> Iterator[list[workbooks.Value]]:
        """The sheet's rows read from its workbook (checked cell by cell)."""
        book = next(w for w in WORKBOOKS if sheet in w.sheets)
        target = self.folder / book.file
        if not target.exists():
            _unpack(self.archive, self.manifest.files[WORKBOOKS.index(book)], target, self.path.name)
        return workbooks.read_sheet(target, sheet, self.manifest.rows(sheet.name))

    def csv_chunks(self, sheet: Sheet) -> Iterator[bytes]:
        """The sheet's CSV file (format 2) in blocks as stored, hashed on the way; after the last block a size or
        SHA-256 that differs from the manifest raises PackageError (the consolidation's COPY then rolls back)."""
        entry = self.manifest.table(sheet.name)
        yield from _entry_blocks(self.archive, entry.name, entry.size, entry.sha256, self.path.name)

    def csv_rows(self, sheet: Sheet) -> Iterator[list[tables.Value]]:
        """The sheet's CSV file (format 2) as typed values: for tests and tools; consolidation uses csv_chunks."""
        import codecs

        text = codecs.iterdecode(self.csv_chunks(sheet), "utf-8")
        return tables.read_rows(_lines(text), sheet, self.manifest.table(sheet.name).name)

    @property
    def fingerprint(self) -> str:
        return self.manifest.public_key.fingerprint


def _lines(blocks: Iterator[str]) -> Iterator[str]:
    rest = ""
    for block in blocks:
        rest += block
        *whole, rest = rest.split("\n")
        for line in whole:
            yield line + "\n"
    if rest:
        yield rest


def read_manifest(path: Path, password: str | None = None) -> tuple[mf.Manifest, str, bool]:
    """Only the manifest (signature checked): to show who made a package before trusting its key."""
    with _archive(path, password) as (archive, encrypted):
        manifest, digest = _verified_manifest(archive)
    return manifest, digest, encrypted


@contextmanager
def open_package(path: Path, password: str | None = None) -> Iterator[OpenedPackage]:
    """Check the signature of the manifest, then every workbook's size and SHA-256 (format 1: unpacking it; format
    2: hashing it, the CSV files being checked as they are read); any difference refuses the package."""
    with _archive(path, password) as (archive, encrypted):
        manifest, digest = _verified_manifest(archive)
        expected = {mf.MANIFEST, mf.SIGNATURE, *manifest.entries}
        names = {i.filename for i in archive.infolist()}
        if names != expected:
            raise PackageError(f"{path.name} 的内容与清单（格式第 {manifest.format_version} 版）不符："
                               f"缺少 {'、'.join(sorted(expected - names)) or '无'}；"
                               f"多出 {'、'.join(sorted(names - expected)) or '无'}")
        folder = Path(tempfile.mkdtemp(prefix="uo-consolidate-"))
        try:
            for entry in manifest.files:
                if manifest.format_version == 1:
                    _unpack(archive, entry, folder / entry.name, path.name)
                else:
                    for _block in _entry_blocks(archive, entry.name, entry.size, entry.sha256, path.name):
                        pass
            yield OpenedPackage(path, manifest, digest, folder, encrypted, archive)
        finally:
            shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def _archive(path: Path, password: str | None) -> Iterator[tuple[pyzipper.AESZipFile, bool]]:
    if not path.is_file():
        raise PackageError(f"找不到数据包 {path}")
    try:
        archive = pyzipper.AESZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackageError(f"{path.name} 不是有效的数据包（zip 文件已损坏）：{exc}") from None
    with archive:
        names = {i.filename for i in archive.infolist()}
        expected = {mf.MANIFEST, mf.SIGNATURE, *(w.file for w in WORKBOOKS)}
        if names & {s.csv for s in SHEETS}:
            expected |= {s.csv for s in SHEETS}  # format 2; open_package checks it against the manifest
        if names != expected:
            extra = "、".join(sorted(names - expected)) or "无"
            missing = "、".join(sorted(expected - names)) or "无"
            raise PackageError(f"{path.name} 的内容与格式不符（缺少：{missing}；多出：{extra}）")
        encrypted = any(i.flag_bits & 0x1 for i in archive.infolist())
        if encrypted and not all(i.flag_bits & 0x1 for i in archive.infolist()):
            raise PackageError(f"{path.name} 中只有部分文件加密，不是本程序写出的数据包")
        if encrypted:
            if not password:
                raise PackageError(f"数据包 {path.name} 已加密，请提供密码")
            archive.setpassword(password.encode("utf-8"))
        yield archive, encrypted


def _read(archive: pyzipper.AESZipFile, name: str, limit: int) -> bytes:
    if archive.getinfo(name).file_size > limit:
        raise PackageError(f"数据包中的 {name} 超过 {limit:,} 字节，已拒绝读取")
    try:
        return bytes(archive.read(name))
    except RuntimeError as exc:  # pyzipper: "Bad password for file"
        raise _unreadable(exc, name) from None
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise PackageError(f"数据包中的 {name} 已损坏：{exc}") from None


def _unreadable(exc: RuntimeError, name: str) -> PackageError:
    return PackageError("数据包密码不正确" if "password" in str(exc).lower() else f"无法解开 {name}：{exc}")


def _verified_manifest(archive: pyzipper.AESZipFile) -> tuple[mf.Manifest, str]:
    body = _read(archive, mf.MANIFEST, MAX_MANIFEST_BYTES)
    signature_text = _read(archive, mf.SIGNATURE, 1024)
    manifest = mf.parse(body)
    try:
        signature = base64.b64decode(signature_text.strip(), validate=True)
    except ValueError:
        raise PackageError(f"{mf.SIGNATURE} 不是有效的 Base64 签名") from None
    verify(manifest.public_key, signature, body)
    return manifest, hashlib.sha256(body).hexdigest()


def _unpack(archive: pyzipper.AESZipFile, entry: mf.FileEntry, target: Path, package: str) -> None:
    with target.open("wb") as out:
        for block in _entry_blocks(archive, entry.name, entry.size, entry.sha256, package):
            out.write(block)


def _entry_blocks(archive: pyzipper.AESZipFile, name: str, size: int, sha256: str, package: str) -> Iterator[bytes]:
    """One entry's bytes in blocks, its size checked before the first and its SHA-256 after the last."""
    info = archive.getinfo(name)
    if info.file_size != size or size > MAX_MEMBER_BYTES:
        raise PackageError(f"{package} 中 {name} 的大小（{info.file_size:,} 字节）与清单记载的 {size:,} 字节不符")
    digest = hashlib.sha256()
    try:
        with archive.open(name) as source:
            while block := source.read(CHUNK):
                digest.update(block)
                yield block
    except RuntimeError as exc:
        raise _unreadable(exc, name) from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackageError(f"{package} 中的 {name} 已损坏：{exc}") from None
    if digest.hexdigest() != sha256:
        raise PackageError(f"{package} 中 {name} 的 SHA-256 与清单不符：文件在签名之后被改动过或已损坏")
