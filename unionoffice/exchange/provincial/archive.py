"""The package file: a zip of manifest.json, manifest.sig and the workbooks, optionally AES-256 encrypted (pyzipper,
WinZip AES), written atomically; opening it checks encryption, signature and every file's size and SHA-256 before
any workbook is parsed (docs/provincial-package.md)."""

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

from unionoffice.domain.province.columns import WORKBOOKS, Sheet
from unionoffice.domain.province.rules import PackageError
from unionoffice.exchange.provincial import manifest as mf
from unionoffice.exchange.provincial import workbooks
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
        entries = []
        for book in WORKBOOKS:
            path = Path(folder) / book.file
            counts = workbooks.write_workbook(path, book, sources(book.file), tick)
            entries.append(mf.FileEntry(book.file, book.entity, path.stat().st_size, _sha256(path), counts))
        manifest = replace(manifest, public_key=key.public, files=tuple(entries))
        body = manifest.to_bytes()
        signature = base64.b64encode(key.sign(body)) + b"\n"
        with atomic_output(out) as target:
            _zip(target.temp, Path(folder), body, signature, password)
    assert target.result is not None
    return target.result, manifest


def _zip(path: Path, folder: Path, body: bytes, signature: bytes, password: str | None) -> None:
    # The workbooks are zips already: stored, not deflated again. WinZip AES-256 encrypts each entry and
    # authenticates it (HMAC-SHA1), so an altered encrypted entry fails to open as well.
    options: dict[str, Any] = {"compression": zipfile.ZIP_STORED}
    if password is not None:
        options["encryption"] = pyzipper.WZ_AES
    with pyzipper.AESZipFile(path, "w", **options) as archive:
        if password is not None:
            archive.setpassword(password.encode("utf-8"))
            archive.setencryption(pyzipper.WZ_AES, nbits=256)
        archive.writestr(mf.MANIFEST, body, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr(mf.SIGNATURE, signature)
        for book in WORKBOOKS:
            archive.write(folder / book.file, book.file)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class OpenedPackage:
    """A package whose signature and checksums hold, its workbooks unpacked into a private temporary folder."""

    path: Path
    manifest: mf.Manifest
    manifest_sha256: str
    folder: Path
    encrypted: bool

    def rows(self, sheet: Sheet) -> Iterator[list[workbooks.Value]]:
        book = next(w for w in WORKBOOKS if sheet in w.sheets)
        return workbooks.read_sheet(self.folder / book.file, sheet, self.manifest.rows(sheet.name))

    @property
    def fingerprint(self) -> str:
        return self.manifest.public_key.fingerprint


def read_manifest(path: Path, password: str | None = None) -> tuple[mf.Manifest, str, bool]:
    """Only the manifest (signature checked): to show who made a package before trusting its key."""
    with _archive(path, password) as (archive, encrypted):
        manifest, digest = _verified_manifest(archive)
    return manifest, digest, encrypted


@contextmanager
def open_package(path: Path, password: str | None = None) -> Iterator[OpenedPackage]:
    """Check the signature of the manifest, then unpack each workbook while hashing it; any difference from the
    manifest (size, SHA-256, a file missing or extra) refuses the package before a workbook is parsed."""
    with _archive(path, password) as (archive, encrypted):
        manifest, digest = _verified_manifest(archive)
        folder = Path(tempfile.mkdtemp(prefix="uo-consolidate-"))
        try:
            for entry in manifest.files:
                _unpack(archive, entry, folder / entry.name, path.name)
            yield OpenedPackage(path, manifest, digest, folder, encrypted)
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
    info = archive.getinfo(entry.name)
    if info.file_size != entry.size or entry.size > MAX_MEMBER_BYTES:
        raise PackageError(f"{package} 中 {entry.name} 的大小（{info.file_size:,} 字节）与清单记载的 "
                           f"{entry.size:,} 字节不符")
    digest = hashlib.sha256()
    try:
        with archive.open(entry.name) as source, target.open("wb") as out:
            while block := source.read(CHUNK):
                digest.update(block)
                out.write(block)
    except RuntimeError as exc:
        raise _unreadable(exc, entry.name) from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackageError(f"{package} 中的 {entry.name} 已损坏：{exc}") from None
    if digest.hexdigest() != entry.sha256:
        raise PackageError(f"{package} 中 {entry.name} 的 SHA-256 与清单不符：文件在签名之后被改动过或已损坏")


