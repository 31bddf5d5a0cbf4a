"""Consolidation on PostgreSQL: partitions per district and year, idempotence, newer replaces older, an older
package, a tampered one, an untrusted key or a wrong password refused with nothing loaded."""

from __future__ import annotations

import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from tests.helpers.people import member_draft
from tests.helpers.province import ADMIN, CLERK, REVIEWER, district, package, trust
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry, Organisation
from unionoffice.db.models.province import ProvincePackage
from unionoffice.domain.common.errors import PermissionDeniedError, ValidationError
from unionoffice.domain.province.rules import Decision, PackageError
from unionoffice.services.core.context import Actor
from unionoffice.services.province import partitions
from unionoffice.services.province.consolidation import consolidate_package

pytestmark = pytest.mark.postgres


def members_of(province: Database, code: str) -> int:
    with province.read() as session:
        return int(session.execute(text("SELECT count(*) FROM province_member WHERE district_code = :c"),
                                   {"c": code}).scalar_one())


def audit_rows(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(AuditEntry)).scalar_one())


def test_a_package_lands_in_its_district_and_year_partition(province: Database, tmp_path: Path) -> None:
    path = package(district(tmp_path, "220104"), tmp_path / "p.zip")
    trust(province, path)
    result = consolidate_package(province, CLERK, path)
    assert result.decision is Decision.LOAD
    with zipfile.ZipFile(path) as z:
        files = json.loads(z.read("manifest.json"))["files"]
    assert result.rows["province_member"] == files[0]["rows"]["会员"] == members_of(province, "220104")
    with province.engine.connect() as conn:
        assert partitions.leaves(conn, "province_member") == ["province_member_d220104_y2024"]
        parent = conn.execute(text("SELECT partstrat FROM pg_partitioned_table WHERE partrelid = "
                                   "'province_member_d220104'::regclass")).scalar_one()
    assert parent == "l"  # the district's partition is itself partitioned by year (LIST)


def test_the_same_package_twice_changes_nothing(province: Database, tmp_path: Path) -> None:
    path = package(district(tmp_path, "220104"), tmp_path / "p.zip")
    trust(province, path)
    consolidate_package(province, CLERK, path)
    before = (audit_rows(province), members_of(province, "220104"))
    with province.read() as session:
        loaded_at = session.execute(select(ProvincePackage.loaded_at)).scalar_one()
    again = consolidate_package(province, CLERK, path)
    assert again.decision is Decision.UNCHANGED
    assert "未作更改" in again.summary
    assert (audit_rows(province), members_of(province, "220104")) == before
    with province.read() as session:
        assert session.execute(select(ProvincePackage.loaded_at)).scalar_one() == loaded_at


def test_a_newer_package_replaces_the_older_and_an_older_one_never_replaces_a_newer(province: Database,
                                                                                     tmp_path: Path) -> None:
    office = district(tmp_path, "220104")
    older = package(office, tmp_path / "older.zip")
    with office.read() as session:
        union = session.execute(select(Organisation.id).where(Organisation.kind == "grassroots")).scalars().first()
    from unionoffice.services.members.records import create_member

    create_member(office, CLERK, replace(member_draft(union, seq=901, name="新来的"), id_number="220104199207081550"))
    newer = package(office, tmp_path / "newer.zip")
    trust(province, older)
    consolidate_package(province, CLERK, older)
    count = members_of(province, "220104")
    result = consolidate_package(province, CLERK, newer)
    assert result.decision is Decision.REPLACE
    assert members_of(province, "220104") == count + 1
    with province.engine.connect() as conn:
        assert partitions.leaves(conn, "province_member") == ["province_member_d220104_y2024"]
    with pytest.raises(PackageError, match="较旧的数据包不会替换较新的"):
        consolidate_package(province, CLERK, older)
    assert members_of(province, "220104") == count + 1


def test_a_package_signed_by_an_untrusted_key_is_refused(province: Database, tmp_path: Path) -> None:
    path = package(district(tmp_path, "220104"), tmp_path / "p.zip")
    with pytest.raises(PackageError, match="未登记的密钥"):
        consolidate_package(province, CLERK, path)
    assert members_of(province, "220104") == 0


def _tampered(path: Path, target: Path, name: str, change: bytes | None = None) -> Path:
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == name:
                data = change if change is not None else data[:-1] + bytes([data[-1] ^ 1])
            out.writestr(info.filename, data)
    return target


def test_a_changed_workbook_or_manifest_is_refused_and_nothing_loaded(province: Database, tmp_path: Path) -> None:
    path = package(district(tmp_path, "220104"), tmp_path / "p.zip")
    trust(province, path)
    with pytest.raises(PackageError, match="aid.xlsx 的 SHA-256 与清单不符"):
        consolidate_package(province, CLERK, _tampered(path, tmp_path / "t1.zip", "aid.xlsx"))
    with zipfile.ZipFile(path) as z:
        body = z.read("manifest.json").replace(b'"year": 2024', b'"year": 2023')
    with pytest.raises(PackageError, match="签名不符"):
        consolidate_package(province, CLERK, _tampered(path, tmp_path / "t2.zip", "manifest.json", body))
    assert members_of(province, "220104") == 0
    with province.read() as session:
        assert session.execute(select(func.count()).select_from(ProvincePackage)).scalar_one() == 0


def test_an_encrypted_package_with_a_wrong_password_is_refused(province: Database, tmp_path: Path) -> None:
    path = package(district(tmp_path, "220104"), tmp_path / "p.zip", password="usb-stick-2025")
    trust(province, path, "usb-stick-2025")
    with pytest.raises(PackageError, match="密码不正确"):
        consolidate_package(province, CLERK, path, password="usb-stick-2024")
    with pytest.raises(PackageError, match="已加密"):
        consolidate_package(province, CLERK, path)
    assert members_of(province, "220104") == 0
    assert consolidate_package(province, CLERK, path, password="usb-stick-2025").decision is Decision.LOAD


@pytest.mark.parametrize("actor", [ADMIN, REVIEWER, Actor("viewer", REVIEWER.role.__class__("查阅"), 4)])
def test_only_a_clerk_consolidates(province: Database, tmp_path: Path, actor: Actor) -> None:
    path = package(district(tmp_path, "220104"), tmp_path / "p.zip")
    with pytest.raises(PermissionDeniedError):
        consolidate_package(province, actor, path)


def test_consolidation_needs_a_provincial_postgresql_database(tmp_path: Path) -> None:
    office = district(tmp_path, "220104")
    path = package(office, tmp_path / "p.zip")
    with pytest.raises(ValidationError, match="PostgreSQL"):
        consolidate_package(office, CLERK, path)


def test_a_format_1_package_loads_the_same_rows_as_format_2(province: Database, tmp_path: Path) -> None:
    from tests.helpers.province import rewritten

    office = district(tmp_path, "220104")
    newer = package(office, tmp_path / "p.zip")
    old = rewritten(newer, tmp_path / "v1.zip", format_1=True)
    trust(province, newer)
    consolidate_package(province, CLERK, old)

    def loaded() -> list[tuple[object, ...]]:
        with province.read() as session:
            return [tuple(r) for r in session.execute(text(
                "SELECT * FROM province_member ORDER BY row_no")).all()]

    by_format_1 = loaded()
    again = rewritten(newer, tmp_path / "v2.zip", later_by=1)  # the same rows in format 2, stamped later
    assert consolidate_package(province, CLERK, again).decision is Decision.REPLACE
    assert loaded() == by_format_1
    assert len(by_format_1) == members_of(province, "220104") > 500


def test_a_bad_cell_in_a_csv_file_is_named_and_nothing_is_loaded(province: Database, tmp_path: Path) -> None:
    from tests.helpers.province import rewritten

    path = package(district(tmp_path, "220104"), tmp_path / "p.zip")
    trust(province, path)
    with zipfile.ZipFile(path) as z:
        lines = z.read("member.csv").decode("utf-8").split("\n")
    cells = lines[3].split(",")
    cells[4] = "1985-02-30"  # 出生日期
    lines[3] = ",".join(cells)
    bad_date = rewritten(path, tmp_path / "date.zip", files={"member.csv": "\n".join(lines).encode()})
    with pytest.raises(PackageError, match=r"member.csv 第 4 行「出生日期（birth_date）」：不是有效日期"):
        consolidate_package(province, CLERK, bad_date)
    cells[4], cells[2] = "1985-02-28", ""  # 性别 is required
    lines[3] = ",".join(cells)
    empty = rewritten(path, tmp_path / "empty.zip", files={"member.csv": "\n".join(lines).encode()})
    with pytest.raises(PackageError, match=r"member.csv 第 4 行「性别（sex）」：不能为空"):
        consolidate_package(province, CLERK, empty)
    cells[2] = "女" * 3
    lines[3] = ",".join(cells)
    long = rewritten(path, tmp_path / "long.zip", files={"member.csv": "\n".join(lines).encode()})
    with pytest.raises(PackageError, match=r"member.csv 第 4 行「性别（sex）」：超过 2 个字符"):
        consolidate_package(province, CLERK, long)
    header = rewritten(path, tmp_path / "header.zip", files={"member.csv": "\n".join(["x", *lines[1:]]).encode()})
    with pytest.raises(PackageError, match="member.csv 的表头与格式不符"):
        consolidate_package(province, CLERK, header)
    assert members_of(province, "220104") == 0
    with province.read() as session:
        assert session.execute(select(func.count()).select_from(ProvincePackage)).scalar_one() == 0
        assert session.execute(text("SELECT count(*) FROM pg_tables WHERE tablename LIKE '%_new'")).scalar_one() == 0


def test_a_changed_csv_file_is_refused_after_streaming_and_nothing_loaded(province: Database, tmp_path: Path) -> None:
    path = package(district(tmp_path, "220104"), tmp_path / "p.zip")
    trust(province, path)
    with pytest.raises(PackageError, match="member.csv 的 SHA-256 与清单不符"):
        consolidate_package(province, CLERK, _tampered(path, tmp_path / "t.zip", "member.csv"))
    assert members_of(province, "220104") == 0
