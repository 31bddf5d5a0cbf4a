"""The package written and read back: every cell round-trips; tampering, a wrong password or a bad cell is refused
before anything is loaded (docs/provincial-package.md)."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from unionoffice.domain.province.columns import AID, MEMBERS, SHEETS, TRAINEES, WORKBOOKS, Kind, Sheet
from unionoffice.domain.province.rules import PackageError
from unionoffice.exchange.provincial import archive, signing
from unionoffice.exchange.provincial import manifest as mf
from unionoffice.exchange.provincial.archive import Sources

MEMBER = ["22010219850314002X", "阿依古丽·买买提", "女", "维吾尔族", date(1985, 3, 14), "居民身份证", "群众",
          "大学本科", "在岗", "非农业", "高级工", "13800138000", "=HYPERLINK(\"x\")", "一汽工会", date(2005, 1, 1),
          "在会", date(2005, 1, 1), True, None, "6217991234567890123"]
RARE = [*MEMBER[:1], "张𠮷堃", *MEMBER[2:]]


def _value(column_kind: Kind, n: int) -> object:
    return {Kind.TEXT: f"文本{n}", Kind.INT: n, Kind.FEN: 123_456_789_012 + n, Kind.TENTHS: 245 + n,
            Kind.HUNDREDTHS: 9875 + n, Kind.DATE: date(2024, 1, 1 + n), Kind.BOOL: n % 2 == 0}[column_kind]


def sample_rows(sheet: Sheet, count: int = 3) -> list[list[object]]:
    if sheet is MEMBERS:
        return [list(MEMBER), list(RARE)]
    return [[_value(c.kind, n) for c in sheet.columns] for n in range(count)]


def sources(file: str) -> Sources:
    book = next(w for w in WORKBOOKS if w.file == file)
    return {s.name: sample_rows(s) for s in book.sheets}


def write(tmp_path: Path, name: str = "pkg.zip", password: str | None = None, **changes: object) -> Path:
    key = signing.load_or_create(tmp_path / "keys")
    base = mf.Manifest("220102", "长春市南关区总工会", 2024, datetime(2025, 1, 10, 8, 30, tzinfo=UTC), "0013", "0.1.0",
                       key.public)
    written, _manifest = archive.write_package(tmp_path / name, base, sources, key, password)
    return written.path


def test_every_sheet_reads_back_exactly_what_was_written(tmp_path: Path) -> None:
    path = write(tmp_path)
    with archive.open_package(path) as package:
        assert package.manifest.district_code == "220102"
        assert package.manifest.rows("会员") == 2
        assert package.version == 2
        for sheet in SHEETS:
            assert list(package.rows(sheet)) == sample_rows(sheet), sheet.name
            assert list(package.csv_rows(sheet)) == sample_rows(sheet), sheet.csv
    assert not package.folder.exists()  # the unpacked workbooks are removed


def test_the_csv_files_hold_the_column_keys_and_the_tables_units(tmp_path: Path) -> None:
    path = write(tmp_path)
    with zipfile.ZipFile(path) as z:
        members = z.read("member.csv").decode("utf-8").splitlines()
        trainees = z.read("trainee.csv").decode("utf-8").splitlines()
        assert z.getinfo("member.csv").compress_type == zipfile.ZIP_DEFLATED
        assert z.getinfo("members.xlsx").compress_type == zipfile.ZIP_STORED
    assert members[0] == ",".join(MEMBERS.keys())
    assert members[1] == ("22010219850314002X,阿依古丽·买买提,女,维吾尔族,1985-03-14,居民身份证,群众,大学本科,在岗,"
                          '非农业,高级工,13800138000,"=HYPERLINK(""x"")",一汽工会,2005-01-01,在会,2005-01-01,true,,'
                          "6217991234567890123")
    assert trainees[1] == "0,文本0,文本0,文本0,245,true"  # hours in whole tenths, as the province table keeps them


def test_a_format_1_package_is_still_read(tmp_path: Path) -> None:
    from tests.helpers.province import rewritten

    path = rewritten(write(tmp_path), tmp_path / "v1.zip", keys=tmp_path / "keys", format_1=True)
    with zipfile.ZipFile(path) as z:
        assert json.loads(z.read("manifest.json"))["format_version"] == 1
        assert "tables" not in json.loads(z.read("manifest.json"))
        assert not [n for n in z.namelist() if n.endswith(".csv")]
    with archive.open_package(path) as package:
        assert package.version == 1
        for sheet in SHEETS:
            assert list(package.rows(sheet)) == sample_rows(sheet), sheet.name


def test_a_changed_csv_file_fails_its_checksum_as_it_is_read(tmp_path: Path) -> None:
    path = write(tmp_path)
    _rewrite(path, tmp_path / "tampered.zip", "honour.csv", None)
    with archive.open_package(tmp_path / "tampered.zip") as package:
        assert list(package.csv_rows(MEMBERS)) == sample_rows(MEMBERS)
        with pytest.raises(PackageError, match="honour.csv 的 SHA-256 与清单不符"):
            list(package.csv_chunks(SHEETS[-1]))


def test_a_manifest_of_an_unknown_format_version_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PackageError, match="格式版本 3 本程序不能读取"):
        mf.parse(json.dumps({"format": "unionoffice-provincial-package", "format_version": 3}).encode())


def test_the_manifest_names_every_file_with_its_hash_rows_and_the_public_key(tmp_path: Path) -> None:
    path = write(tmp_path)
    with zipfile.ZipFile(path) as z:
        body = json.loads(z.read("manifest.json"))
        assert body["district"] == {"code": "220102", "name": "长春市南关区总工会"}
        assert body["period"] == {"year": 2024, "start": "2024-01-01", "end": "2024-12-31"}
        import hashlib

        assert body["format_version"] == 2
        for entry in body["files"] + body["tables"]:
            assert hashlib.sha256(z.read(entry["name"])).hexdigest() == entry["sha256"]
            assert z.getinfo(entry["name"]).file_size == entry["bytes"]
        assert {t["name"]: (t["sheet"], t["rows"]) for t in body["tables"]}["member.csv"] == ("会员", 2)
        assert sorted(z.namelist()) == sorted(["manifest.json", "manifest.sig", *(w.file for w in WORKBOOKS),
                                               *(s.csv for s in SHEETS)])
        assert body["signature"]["algorithm"] == "Ed25519"
        key = signing.load_or_create(tmp_path / "keys")
        assert body["signature"]["fingerprint"] == key.public.fingerprint


def test_the_office_key_is_owner_only_and_kept(tmp_path: Path) -> None:
    first = signing.load_or_create(tmp_path / "keys")
    assert (tmp_path / "keys" / signing.KEY_FILE).stat().st_mode & 0o077 == 0
    assert signing.load_or_create(tmp_path / "keys").public == first.public


def _rewrite(path: Path, target: Path, name: str, change: bytes | None) -> None:
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == name:
                data = change if change is not None else data[:-1] + bytes([data[-1] ^ 1])
            out.writestr(info.filename, data)


def test_a_changed_workbook_fails_its_checksum(tmp_path: Path) -> None:
    path = write(tmp_path)
    _rewrite(path, tmp_path / "tampered.zip", "members.xlsx", None)
    with pytest.raises(PackageError, match="members.xlsx 的 SHA-256 与清单不符"), \
            archive.open_package(tmp_path / "tampered.zip"):
        pass


def test_a_changed_manifest_fails_its_signature(tmp_path: Path) -> None:
    path = write(tmp_path)
    with zipfile.ZipFile(path) as z:
        body = z.read("manifest.json").replace("长春市南关区总工会".encode(), "长春市朝阳区总工会".encode())
    _rewrite(path, tmp_path / "forged.zip", "manifest.json", body)
    with pytest.raises(PackageError, match="签名不符"):
        archive.read_manifest(tmp_path / "forged.zip")


def test_a_manifest_signed_by_another_key_with_its_own_public_key_verifies_but_names_that_key(tmp_path: Path) -> None:
    """The signature proves only which key signed; the province's trusted list decides (services/province/keys)."""
    path = write(tmp_path)
    other = signing.load_or_create(tmp_path / "other")
    manifest, _digest, _enc = archive.read_manifest(path)
    assert manifest.public_key != other.public


def test_an_encrypted_package_needs_the_right_password(tmp_path: Path) -> None:
    path = write(tmp_path, password="right-password")
    with zipfile.ZipFile(path) as z:
        assert all(i.flag_bits & 0x1 for i in z.infolist())
    with pytest.raises(PackageError, match="已加密"):
        archive.read_manifest(path)
    with pytest.raises(PackageError, match="密码不正确"):
        archive.read_manifest(path, "wrong-password")
    with archive.open_package(path, "right-password") as package:
        assert list(package.rows(MEMBERS)) == sample_rows(MEMBERS)
        assert package.encrypted
        assert list(package.csv_rows(MEMBERS)) == sample_rows(MEMBERS)


def test_a_short_password_is_refused(tmp_path: Path) -> None:
    from unionoffice.domain.common.errors import ValidationError

    with pytest.raises(ValidationError, match="8 个字符"):
        write(tmp_path, password="short")


def test_extra_or_missing_files_are_refused(tmp_path: Path) -> None:
    path = write(tmp_path)
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(tmp_path / "extra.zip", "w") as out:
        for info in source.infolist():
            if info.filename != "honours.xlsx":
                out.writestr(info.filename, source.read(info.filename))
        out.writestr("run-me.exe", b"MZ")
    with pytest.raises(PackageError, match="缺少：honours.xlsx；多出：run-me.exe"):
        archive.read_manifest(tmp_path / "extra.zip")


def test_a_bad_cell_is_named_by_file_sheet_row_and_column(tmp_path: Path) -> None:
    from unionoffice.exchange.provincial.workbooks import read_sheet, write_workbook

    book = next(w for w in WORKBOOKS if TRAINEES in w.sheets)
    rows = sample_rows(TRAINEES)
    rows[1][4] = None
    path = tmp_path / book.file
    write_workbook(path, book, {s.name: sample_rows(s) if s is not TRAINEES else rows for s in book.sheets})
    assert list(read_sheet(path, TRAINEES, 3))[1][4] is None  # an empty cell is "no value"
    import xlsxwriter

    bad = xlsxwriter.Workbook(str(tmp_path / "bad.xlsx"))
    sheet = bad.add_worksheet(AID.name)
    for c, header in enumerate(AID.headers()):
        sheet.write_string(0, c, header)
    for c, value in enumerate(sample_rows(AID)[0]):
        sheet.write(1, c, value.isoformat() if isinstance(value, date) else ("是" if value is True else
                                                                              "否" if value is False else value))
    sheet.write_string(1, AID.headers().index("核定金额（分）"), "一百元")
    bad.close()
    with pytest.raises(PackageError, match="bad.xlsx 工作表“帮扶发放”第 2 行「核定金额（分）」：“一百元”不是数字"):
        list(read_sheet(tmp_path / "bad.xlsx", AID, 1))


def test_a_header_that_differs_is_refused(tmp_path: Path) -> None:
    import xlsxwriter

    from unionoffice.exchange.provincial.workbooks import read_sheet

    book = xlsxwriter.Workbook(str(tmp_path / "h.xlsx"))
    sheet = book.add_worksheet(MEMBERS.name)
    for c, header in enumerate(reversed(MEMBERS.headers())):
        sheet.write_string(0, c, header)
    book.close()
    with pytest.raises(PackageError, match="表头与格式不符"):
        list(read_sheet(tmp_path / "h.xlsx", MEMBERS, 0))


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    path = write(tmp_path)
    with zipfile.ZipFile(path) as z:
        (tmp_path / "m.xlsx").write_bytes(z.read("members.xlsx"))
    with zipfile.ZipFile(tmp_path / "m.xlsx") as book:
        xml = "".join(book.read(n).decode() for n in book.namelist() if n.startswith("xl/worksheets/"))
    assert "<f>" not in xml
