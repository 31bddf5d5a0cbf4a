"""Properties (docs/reliability.md C5): arbitrary cells give validation errors only; export → import round-trips
members."""

from __future__ import annotations

import contextlib
import string
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.helpers.sheets import HEADER, TODAY, UNIONS, make_id
from unionoffice.db.models import Member
from unionoffice.domain.common.permissions import Role
from unionoffice.exchange import cells
from unionoffice.exchange.cells import CellError
from unionoffice.exchange.fields import MEMBER_FIELDS
from unionoffice.exchange.headers import Layout, auto_map
from unionoffice.exchange.member_rows import RowChecker
from unionoffice.exchange.readers import SheetTable
from unionoffice.exchange.rows import extract_rows
from unionoffice.services.core.context import Actor

ANY_CELL = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-10**20, max_value=10**20), st.floats(allow_nan=True),
    st.text(max_size=40), st.text(alphabet="0123456789xX.-/年月日 Ｘ１２３E+", max_size=22),
    st.dates(), st.datetimes(), st.times(), st.timedeltas(max_value=timedelta(days=10**5)),
)
CONVERTERS = (cells.id_text, cells.number_text, cells.flag_value, cells.money_fen, cells.number_value,
              lambda v, label: cells.date_value(v, label), lambda v, label: cells.date_value(v, label, from_text=True))


@settings(max_examples=1000, deadline=None)
@given(ANY_CELL)
def test_cell_converters_raise_only_cell_errors(value: object) -> None:
    for convert in CONVERTERS:
        with contextlib.suppress(CellError):
            convert(value, "字段")
    assert isinstance(cells.plain_text(value), str)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(ANY_CELL, min_size=0, max_size=len(HEADER) + 2), min_size=1, max_size=5))
def test_any_row_is_checked_without_crashing(rows: list[list[object]]) -> None:
    table = SheetTable(Path("x.xlsx"), "xlsx", [HEADER, *rows], "0" * 64)  # type: ignore[list-item]
    mapping = auto_map(HEADER, MEMBER_FIELDS)
    checker = RowChecker({UNIONS[0]: 1}, default_union="", create_unions=False, today=TODAY)
    layout = Layout(0, list(range(1, len(rows) + 1)))
    for extracted in extract_rows(table, layout, mapping, MEMBER_FIELDS):
        planned = checker.check(extracted)
        assert planned.errors or planned.values["id_number"]


NAME_CHARS = "张王李赵曾单䶮𠮷𠇔堃·伟芳明" + "".join(chr(c) for c in range(0x4E00, 0x4E40))
PEOPLE = st.builds(
    lambda name, born, seq, phone, employer, migrant, note: (name, born, seq, phone, employer, migrant, note),
    st.text(alphabet=NAME_CHARS, min_size=2, max_size=8).filter(lambda n: not n.startswith("·") and
                                                              not n.endswith("·") and "··" not in n),
    st.dates(min_value=date(1950, 1, 1), max_value=date(2000, 12, 31)),
    st.integers(min_value=0, max_value=999),
    st.one_of(st.none(), st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)),
    st.text(alphabet=string.ascii_letters + "有限公司工厂=+-@'\"，,", max_size=20),
    st.booleans(),
    st.text(alphabet=string.printable.replace("\x0b", "").replace("\x0c", "") + "备注𠮷", max_size=30),
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                   HealthCheck.function_scoped_fixture])
@given(st.lists(PEOPLE, min_size=1, max_size=6, unique_by=lambda p: (p[1], p[2])), st.sampled_from(["xlsx", "csv"]))
def test_export_then_import_round_trips_exactly(tmp_path_factory: object, people: list[tuple], suffix: str) -> None:
    from unionoffice.domain.members.rules import MemberDraft
    from unionoffice.services.core.startup import open_database
    from unionoffice.services.members.exports import MemberExport, export_members
    from unionoffice.services.members.importing import ImportOptions, import_members
    from unionoffice.services.members.organisations import UnionDraft, create_district, create_union
    from unionoffice.services.members.records import create_member

    folder = Path(tmp_path_factory.mktemp("roundtrip"))  # type: ignore[attr-defined]
    admin, clerk = Actor("admin", Role.ADMIN, 1), Actor("clerk", Role.CLERK, 2)
    reviewer = Actor("reviewer", Role.REVIEWER, 3)
    databases = []
    for name in ("source", "target"):
        db = open_database(f"sqlite:///{folder / name}.db", create=True)
        create_district(db, admin, "长春市南关区总工会", "220102")
        union_id = create_union(db, admin, UnionDraft(name=UNIONS[0]))
        databases.append(db)
    source, target = databases
    for name, born, seq, phone, employer, migrant, note in people:
        number = make_id(born, seq)
        create_member(source, clerk, MemberDraft(
            name=name, id_number=number, sex="男" if seq % 2 else "女", join_date=date(2020, 1, 1),
            phone=phone or "", employer=employer, is_migrant=migrant, note=note, union_id=union_id), today=TODAY)
    path = export_members(source, reviewer, MemberExport(folder / f"all.{suffix}", full_id=True, reason="测试往返",
                                                         all_fields=True)).path
    plan, result = import_members(target, clerk, path, ImportOptions(), today=TODAY)
    assert result.created == len(people), [r.errors for r in plan.rejected]
    columns = (Member.name, Member.id_number, Member.sex, Member.phone, Member.employer, Member.is_migrant,
               Member.note, Member.join_date, Member.birth_date)
    with source.read() as a, target.read() as b:
        assert sorted(a.execute(select(*columns)).all()) == sorted(b.execute(select(*columns)).all())
    for db in databases:
        db.dispose()


def test_times_and_durations_are_not_dates() -> None:
    for value in (time(8, 30), timedelta(hours=3)):
        with pytest.raises(CellError) as caught:
            cells.date_value(value, "入会时间")  # type: ignore[arg-type]
        assert caught.value.field == "入会时间"
    assert cells.date_value(datetime(2020, 1, 1, 23, 59), "x") == date(2020, 1, 1)


def test_two_columns_for_one_field_are_refused_naming_both() -> None:
    from unionoffice.domain.common.errors import ValidationError
    from unionoffice.exchange.headers import refuse_duplicate_columns, skip_columns

    header = ["序号", "姓名", "身份证号", "性别", "身份证号码", "手机"]
    mapping = auto_map(header, MEMBER_FIELDS)
    assert [c for c, key in mapping.items() if key == "id_number"] == [2, 4]
    with pytest.raises(ValidationError) as refused:
        refuse_duplicate_columns(header, mapping, MEMBER_FIELDS)
    assert "第 C 列“身份证号”、第 E 列“身份证号码”都对应“身份证号”" in refused.value.message
    skip_columns(header, mapping, ["E"])
    refuse_duplicate_columns(header, mapping, MEMBER_FIELDS)
    assert mapping[2] == "id_number"
    assert 4 not in mapping
