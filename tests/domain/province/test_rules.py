"""District codes and which of two packages of one district and year wins (docs/provincial-package.md)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.province.rules import Decision, PackageStamp, check_district_code, check_year, decide


@pytest.mark.parametrize("code", ["220102", "110105", "222401", "650102"])
def test_county_codes_pass(code: str) -> None:
    assert check_district_code(f" {code} ") == code


@pytest.mark.parametrize(("code", "why"), [("22010", "六位"), ("2201O2", "六位"), ("990102", "前两位"),
                                           ("220100", "后两位"), ("220000", "后两位")])
def test_other_codes_are_refused_with_the_reason(code: str, why: str) -> None:
    with pytest.raises(ValidationError, match=why):
        check_district_code(code)


def test_a_year_in_the_future_cannot_be_reported() -> None:
    assert check_year(2024, date(2025, 1, 5)) == 2024
    with pytest.raises(ValidationError, match="年度"):
        check_year(2026, date(2025, 1, 5))


moments = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1), timezones=st.just(UTC))
digests = st.text("0123456789abcdef", min_size=4, max_size=4)


@given(moments, digests, moments, digests)
def test_the_newer_package_wins_and_the_same_one_changes_nothing(t1: datetime, h1: str, t2: datetime, h2: str) -> None:
    loaded, incoming = PackageStamp(t1, h1), PackageStamp(t2, h2)
    decision = decide(loaded, incoming)
    if h1 == h2:
        assert decision is Decision.UNCHANGED
    elif t2 > t1:
        assert decision is Decision.REPLACE
    elif t2 < t1:
        assert decision is Decision.REFUSE_OLDER
    else:
        assert decision is Decision.REFUSE_AMBIGUOUS
    assert decide(None, incoming) is Decision.LOAD


def test_an_older_package_never_replaces_a_newer_one() -> None:
    now = datetime(2025, 1, 10, tzinfo=UTC)
    assert decide(PackageStamp(now, "b"), PackageStamp(now - timedelta(seconds=1), "a")) is Decision.REFUSE_OLDER
