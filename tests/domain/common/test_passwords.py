"""The password policy: one function says which rules a password breaks, for the service and every dialog."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionoffice.domain.common.passwords import MIN_PASSWORD_LENGTH, PasswordRule, unmet_password_rules

text = st.text(max_size=2 * MIN_PASSWORD_LENGTH)


@given(password=text, username=text, old=st.none() | text)
@settings(max_examples=500)
def test_each_rule_is_reported_exactly_when_it_is_broken(password: str, username: str, old: str | None) -> None:
    unmet = unmet_password_rules(password, username, old_password=old)
    assert (PasswordRule.MIN_LENGTH in unmet) == (len(password) < MIN_PASSWORD_LENGTH)
    same_name = bool(username.strip()) and password.strip().casefold() == username.strip().casefold()
    assert (PasswordRule.NOT_USERNAME in unmet) == same_name
    assert (PasswordRule.NOT_OLD_PASSWORD in unmet) == (old is not None and password == old)
    assert unmet == sorted(set(unmet), key=list(PasswordRule).index)  # each once, in a stable order


@given(username=st.text(min_size=1, max_size=20).filter(str.strip), suffix=st.text(min_size=MIN_PASSWORD_LENGTH))
def test_a_long_password_unlike_the_user_name_passes(username: str, suffix: str) -> None:
    password = username.strip() + "·" + suffix
    assert unmet_password_rules(password, username) == []


@given(password=text)
def test_without_an_old_password_the_old_password_rule_never_applies(password: str) -> None:
    assert PasswordRule.NOT_OLD_PASSWORD not in unmet_password_rules(password, "zhang")


@pytest.mark.parametrize(("password", "username", "old", "expected"), [
    ("short", "zhang", None, ["至少 8 个字符"]),
    ("LISI-2024", "lisi-2024", None, ["不能与用户名相同"]),
    (" Zhang-2024 ", "zhang-2024", None, ["不能与用户名相同"]),
    ("Temp-pass-1", "wang", "Temp-pass-1", ["不能与原密码相同"]),
    ("wang", "wang", "wang", ["至少 8 个字符", "不能与用户名相同", "不能与原密码相同"]),
    ("Gonghui-2024", "zhang", "Temp-pass-1", []),
])
def test_the_rules_read_in_chinese(password: str, username: str, old: str | None, expected: list[str]) -> None:
    assert unmet_password_rules(password, username, old_password=old) == expected
