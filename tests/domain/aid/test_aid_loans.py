"""Loan interest subsidies by days, each calendar year on its own (docs/domain.md (b) Loan, (f) 10)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionoffice.domain.aid.loans import LoanTerms, add_months, format_rate, interest_fen, parse_rate, schedule
from unionoffice.domain.common.errors import ValidationError


def test_baoding_loan_across_the_year_end() -> None:
    """¥200,000 for a year from 2024-07-01 at 3.45 %, the borrower paying 2.15 %: two periods by days."""
    terms = LoanTerms(20_000_000, date(2024, 7, 1), date(2025, 7, 1), 34_500, 21_500)
    first, second = schedule(terms)
    assert (first.year, first.start, first.end, first.days) == (2024, date(2024, 7, 1), date(2024, 12, 31), 184)
    assert (second.year, second.start, second.end, second.days) == (2025, date(2025, 1, 1), date(2025, 6, 30), 181)
    assert first.subsidy_fen == interest_fen(20_000_000, 13_000, 184) == 132_889  # ¥200,000 × 1.3% × 184/360
    assert first.interest_fen - first.borrower_fen == first.subsidy_fen


def test_early_repayment_stops_the_subsidy_on_that_day() -> None:
    periods = schedule(LoanTerms(10_000_000, date(2024, 11, 15), date(2025, 2, 10), 40_000, 0))
    assert [p.days for p in periods] == [47, 40]
    assert periods[-1].end == date(2025, 2, 9)


@given(st.integers(min_value=100, max_value=10**9), st.dates(date(2000, 1, 1), date(2090, 1, 1)),
       st.integers(min_value=1, max_value=2000), st.integers(min_value=0, max_value=100_000),
       st.integers(min_value=0, max_value=100_000))
def test_periods_cover_every_day_once(principal: int, start: date, days: int, a: int, b: int) -> None:
    bank, own = max(a, b), min(a, b)
    periods = schedule(LoanTerms(principal, start, start + timedelta(days=days), bank, own))
    assert sum(p.days for p in periods) == days
    assert periods[0].start == start
    assert all(p.start.year == p.end.year == p.year for p in periods)
    assert all(n.start == p.end + timedelta(days=1) for p, n in zip(periods, periods[1:], strict=False))
    whole = interest_fen(principal, bank - own, days)
    assert abs(sum(p.subsidy_fen for p in periods) - whole) <= 2 * len(periods)
    assert all(p.subsidy_fen >= 0 for p in periods)


def test_terms_are_checked() -> None:
    with pytest.raises(ValidationError, match="个人承担"):
        LoanTerms(100, date(2024, 1, 1), date(2025, 1, 1), 20_000, 30_000)
    with pytest.raises(ValidationError):
        LoanTerms(0, date(2024, 1, 1), date(2025, 1, 1), 20_000, 0)


def test_months_and_rates() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2024, 11, 30), 14) == date(2026, 1, 30)
    assert parse_rate("3.45%") == 34_500
    assert format_rate(21_500) == "2.15%"
    with pytest.raises(ValidationError):
        parse_rate("3.456789")
