"""The encoding matrix (docs/reliability.md C1/C2): every way Excel saves a roster gives the same members,
no mojibake."""

from __future__ import annotations

import codecs
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.helpers.sheets import HEADER, PEOPLE, TODAY, UNIONS, csv_bytes, member_rows
from unionoffice.db.models import Member, Organisation
from unionoffice.exchange.readers import read_table
from unionoffice.exchange.textfile import decode
from unionoffice.services.core.context import Actor
from unionoffice.services.core.startup import open_database
from unionoffice.services.members.importing import ImportOptions, import_members
from unionoffice.services.members.organisations import UnionDraft, create_district, create_union


def roster(rare: bool) -> list[list[object]]:
    rows = member_rows(1000)
    if rare:  # GBK cannot hold these; GB18030 and every UTF can
        for row, (name, sex, number) in zip(rows, PEOPLE, strict=False):
            row[1], row[2], row[4] = name, sex, number
    return [HEADER, *rows]


VARIANTS = {
    "utf-8-bom": lambda rows: codecs.BOM_UTF8 + csv_bytes(rows, "utf-8"),
    "utf-8": lambda rows: csv_bytes(rows, "utf-8"),
    "gb18030": lambda rows: csv_bytes(rows, "gb18030"),
    "utf-16-le-tabs": lambda rows: codecs.BOM_UTF16_LE + csv_bytes(rows, "utf-16-le", delimiter="\t"),
    "utf-16-be": lambda rows: codecs.BOM_UTF16_BE + csv_bytes(rows, "utf-16-be"),
    "utf-16-le-no-bom": lambda rows: csv_bytes(rows, "utf-16-le", delimiter="\t"),
}


def imported_fingerprint(tmp: Path, name: str, data: bytes, admin: Actor, clerk: Actor) -> str:
    db = open_database(f"sqlite:///{tmp / (name + '.db')}", create=True)
    try:
        create_district(db, admin, "长春市南关区总工会", "220102")
        for union in UNIONS:
            create_union(db, admin, UnionDraft(name=union))
        path = tmp / f"{name}.csv"
        path.write_bytes(data)
        plan, result = import_members(db, clerk, path, ImportOptions(), today=TODAY)
        assert result.rejected == 0, [r.errors for r in plan.rejected[:3]]
        assert result.created == 1000
        with db.read() as session:
            rows = session.execute(select(Member.name, Member.id_number, Member.sex, Member.phone, Member.employer,
                                          Organisation.name, Member.join_date)
                                   .join(Organisation, Organisation.id == Member.union_id)
                                   .order_by(Member.id_number)).all()
        return hashlib.sha256(repr(rows).encode()).hexdigest()
    finally:
        db.dispose()


def test_every_encoding_gives_identical_members(tmp_path: Path, admin: Actor, clerk: Actor) -> None:
    rows = roster(rare=True)
    prints = {name: imported_fingerprint(tmp_path, name, build(rows), admin, clerk) for name, build in VARIANTS.items()}
    assert len(set(prints.values())) == 1, prints


def test_gbk_file_reads_like_its_utf8_twin(tmp_path: Path, admin: Actor, clerk: Actor) -> None:
    rows = roster(rare=False)
    gbk = imported_fingerprint(tmp_path, "gbk", csv_bytes(rows, "gbk"), admin, clerk)
    assert gbk == imported_fingerprint(tmp_path, "utf8", csv_bytes(rows, "utf-8"), admin, clerk)


def test_rare_characters_survive_byte_for_byte(tmp_path: Path) -> None:
    path = tmp_path / "rare.csv"
    path.write_bytes(csv_bytes(roster(rare=True), "gb18030"))
    names = [row[1] for row in read_table(path).rows[1:9]]
    assert names == [p[0] for p in PEOPLE]
    assert "\U00020bb7" in "".join(names)
    assert "\u4dae" in "".join(names)


def test_detection_order_and_ambiguity() -> None:
    assert decode("姓名,张伟".encode()).encoding == "utf-8"
    assert decode("姓名,张伟".encode("gbk")).encoding == "gb18030"
    assert decode(codecs.BOM_UTF8 + "姓名".encode()).encoding == "utf-8-sig"
    ambiguous = decode("校协".encode("gbk"))  # also valid UTF-8: Cyrillic "УЭ"
    assert ambiguous.ambiguous
    assert ambiguous.candidates == ["utf-8", "gb18030"]
    assert decode("校协".encode("gbk"), "gb18030").text == "校协"


def test_an_ambiguous_file_says_so_and_the_clerk_can_choose(tmp_path: Path) -> None:
    path = tmp_path / "tiny.csv"
    path.write_bytes("校协".encode("gbk"))
    table = read_table(path)
    assert table.encoding_candidates == ["utf-8", "gb18030"]
    assert any("GB18030" in note for note in table.notes)
    assert read_table(path, encoding="gb18030").rows == [["校协"]]


def test_a_wrong_explicit_encoding_fails_loudly(tmp_path: Path) -> None:
    from unionoffice.exchange.errors import SpreadsheetError

    path = tmp_path / "g.csv"
    path.write_bytes("姓名,张伟".encode("gbk"))
    with pytest.raises(SpreadsheetError, match="不能按 UTF-8 读取"):
        read_table(path, encoding="utf-8")
