"""Member record rules: all errors at once, sex cross-check, join date, names."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.members.fields import MEMBER_LABELS
from unionoffice.domain.members.membership import EventKind, MemberStatus, next_status
from unionoffice.domain.members.pinyin import name_pinyin
from unionoffice.domain.members.rules import DRAFT_FIELDS, MemberDraft, check_member, normalize_name

TODAY = date(2026, 11, 24)


def draft(**kw: object) -> MemberDraft:
    base = dict(name="张伟", id_number="220104199207081550", union_id=1, join_date=date(2015, 3, 1))
    base.update(kw)
    return MemberDraft(**base)  # type: ignore[arg-type]


def test_valid_draft_gives_normalised_values() -> None:
    check = check_member(draft(phone="138 0013 8000", id_number="220104199207081550 "), TODAY)
    assert check.ok, check.errors
    assert check.values["sex"] == "男"
    assert check.values["birth_date"] == date(1992, 7, 8)
    assert check.values["phone"] == "13800138000"


def test_all_errors_are_reported_together() -> None:
    check = check_member(MemberDraft(name="", id_number="220104199207081551", phone="123"), TODAY)
    assert set(check.errors) >= {"name", "id_number", "phone", "union_id", "join_date"}
    assert {label for label, _ in check.labelled_errors()} >= {"姓名", "身份证号", "手机", "所属基层工会", "入会时间"}


def test_sex_must_match_the_id_number() -> None:
    check = check_member(draft(sex="女"), TODAY)
    assert "sex" in check.errors
    assert ("性别", check.errors["sex"]) in check.labelled_errors()


def test_join_before_16th_birthday_is_refused() -> None:
    check = check_member(draft(id_number="220102200609014329", join_date=date(2021, 1, 1)), TODAY)
    assert "join_date" in check.errors
    assert "16" in check.errors["join_date"]
    assert dict(check.labelled_errors())["入会时间"] == check.errors["join_date"]


def test_names_with_separator_and_rare_characters() -> None:
    assert normalize_name("阿依古丽 • 买买提") == "阿依古丽·买买提"
    assert check_member(draft(name="王𠇔"), TODAY).ok
    assert check_member(draft(name="阿不都热依木·阿不都克力木·买买提明"), TODAY).ok
    assert not check_member(draft(name="·张伟"), TODAY).ok
    assert not check_member(draft(name="张伟1"), TODAY).ok


def test_errors_are_keyed_by_draft_attribute_and_labelled_from_one_table() -> None:
    bad = MemberDraft(name="张伟1", id_number="1", sex="男", ethnicity="火星族", id_type="护照本", education="博士后",
                      political_status="x", employment_status="x", hukou_type="x", skill_grade="x", phone="123",
                      card_number="卡-1", internal_card_number="卡-2", hardship_file_no="A1")
    check = check_member(bad, TODAY)
    assert set(check.errors) <= set(DRAFT_FIELDS)
    assert set(check.errors) == {"name", "id_number", "ethnicity", "id_type", "education", "political_status",
                                 "employment_status", "hukou_type", "skill_grade", "phone", "card_number",
                                 "internal_card_number", "union_id", "join_date", "hardship_file_no"}
    assert set(DRAFT_FIELDS) <= set(MEMBER_LABELS)
    assert [label for label, _ in check.labelled_errors()] == [MEMBER_LABELS[k] for k in check.errors]


def test_the_first_error_is_raised_with_key_and_chinese_label() -> None:
    check = check_member(draft(phone="123", card_number="卡-1"), TODAY)
    with pytest.raises(ValidationError) as raised:
        check.raise_first(row=7)
    assert raised.value.key == "phone"
    assert raised.value.field == "手机"
    assert raised.value.message.startswith("第7行「手机」：")
    assert raised.value.message.endswith("（另有 1 处错误）")


def test_surnames_read_as_surnames() -> None:
    assert name_pinyin("曾小明") == ("zengxiaoming", "zxm")
    assert name_pinyin("单田芳")[0].startswith("shan")
    assert name_pinyin("欧阳娜娜") == ("ouyangnana", "oynn")
    assert name_pinyin("尉迟恭") == ("yuchigong", "ycg")


def test_lifecycle_transitions() -> None:
    assert next_status(MemberStatus.ACTIVE, EventKind.TRANSFER_OUT) == MemberStatus.TRANSFER_PENDING
    assert next_status(MemberStatus.TRANSFER_PENDING, EventKind.TRANSFER_IN) == MemberStatus.ACTIVE
    assert next_status(MemberStatus.RETAINED, EventKind.WITHDRAW) == MemberStatus.WITHDRAWN


@pytest.mark.parametrize(("name", "reason"), [
    ("张\u202e三丰", "改变文字方向的控制字符（U+202E）"),
    ("李\u2066四\u2069", "改变文字方向的控制字符（U+2066）"),
    ("王\u200b五", "看不见的字符（U+200B"),
    ("王\ufeff五", "看不见的字符（U+FEFF"),
    ("赵六😀", "表情或图形符号“😀”"),
    ("赵六\u2764\ufe0f", "表情或图形符号“❤”"),
    ("=HYPERLINK(\"x\")", "是公式"),
])
def test_names_with_hidden_or_pictorial_characters_are_refused_with_the_reason(name: str, reason: str) -> None:
    check = check_member(draft(name=name), TODAY)
    assert reason in check.errors["name"]


def test_combining_marks_are_composed_before_the_name_is_checked() -> None:
    check = check_member(draft(name="张三e\u0301"), TODAY)
    assert check.ok, check.errors
    assert check.values["name"] == "张三\u00e9"


@given(st.text(min_size=1, max_size=6))
def test_no_accepted_name_holds_a_format_or_symbol_character(text: str) -> None:
    import unicodedata

    check = check_member(draft(name="张" + text), TODAY)
    if check.ok:
        assert not any(unicodedata.category(c) in ("Cf", "Cc", "So", "Sk", "Cs") for c in str(check.values["name"]))


def test_a_character_without_a_reading_keeps_its_place_in_the_pinyin() -> None:
    """𠇔 has no reading in pypinyin: it stays in both keys, so the initials still have one letter per character."""
    full, initials = name_pinyin("王𠇔明")
    assert full == "wang𠇔ming"
    assert initials == "w𠇔m"
    assert len(initials) == len("王𠇔明")
