"""Startup micro-loans with an interest subsidy (docs/domain.md (b) Loan, (f) 10): the union pays the difference
between the bank's rate and the rate the borrower pays, by days, each calendar year on its own (a loan that crosses
31 December or is repaid early is pro-rated by days), and only once the borrower's interest statement is in.

Rates are in parts per million of a year (3.45 % = 34500): exact integers, no float money. Interest by days uses
the banks' day basis of 360 (日利率 = 年利率 ÷ 360, the People's Bank's 《人民币利率管理规定》)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from unionoffice.domain.common.errors import ValidationError

DAY_BASIS = 360
PPM = 1_000_000


@dataclass(frozen=True)
class LoanTerms:
    principal_fen: int
    start: date  # the day the bank lends
    end: date  # the due date, or the day it was repaid early
    bank_rate_ppm: int
    borrower_rate_ppm: int

    def __post_init__(self) -> None:
        if self.principal_fen <= 0:
            raise ValidationError("贷款本金必须大于 0", field="本金")
        if self.end <= self.start:
            raise ValidationError("到期（或结清）日期应晚于放款日期", field="到期日期")
        if not 0 <= self.borrower_rate_ppm <= self.bank_rate_ppm:
            raise ValidationError("借款人承担的利率应在 0 与贷款利率之间", field="个人承担利率")


@dataclass(frozen=True)
class SubsidyPeriod:
    year: int
    start: date  # first day of interest in this year
    end: date  # last day of interest in this year (inclusive)
    days: int
    interest_fen: int  # at the bank's rate
    borrower_fen: int  # at the borrower's rate
    subsidy_fen: int  # what the union pays: interest − borrower's share


def interest_fen(principal_fen: int, rate_ppm: int, days: int) -> int:
    """Simple interest by days, rounded half up to the fen."""
    numerator = principal_fen * rate_ppm * days
    denominator = PPM * DAY_BASIS
    return (2 * numerator + denominator) // (2 * denominator)


def schedule(terms: LoanTerms) -> list[SubsidyPeriod]:
    """One period per calendar year the loan runs in; interest accrues from `start` up to (not including) `end`."""
    periods = []
    first = terms.start
    while first < terms.end:
        year_end = date(first.year, 12, 31)
        last = min(year_end, terms.end - timedelta(days=1))
        days = (last - first).days + 1
        full = interest_fen(terms.principal_fen, terms.bank_rate_ppm, days)
        own = interest_fen(terms.principal_fen, terms.borrower_rate_ppm, days)
        periods.append(SubsidyPeriod(first.year, first, last, days, full, own, full - own))
        first = last + timedelta(days=1)
    return periods


def add_months(day: date, months: int) -> date:
    """The due date of a term in months: the same day of the month, or the month's last day."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def parse_rate(text: str) -> int:
    """'3.45' or '3.45%' (per cent a year) → 34500 ppm."""
    from decimal import Decimal, InvalidOperation

    cleaned = text.strip().removesuffix("%").removesuffix("％").strip()
    try:
        value = Decimal(cleaned) * 10_000
    except InvalidOperation as exc:
        raise ValidationError(f"“{text}”不是利率（年利率，百分数，如 3.45）", field="利率") from exc
    if value != value.to_integral_value() or not 0 <= value <= 100 * 10_000:
        raise ValidationError(f"“{text}”不是有效的年利率（0–100%，最多四位小数）", field="利率")
    return int(value)


def format_rate(ppm: int) -> str:
    """34500 → '3.45%'"""
    return f"{ppm / 10_000:.4f}".rstrip("0").rstrip(".") + "%"
