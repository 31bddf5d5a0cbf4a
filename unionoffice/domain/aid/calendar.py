"""Working days for 公示: official holidays and 调休 workdays from the kept `chinese_calendar` package, office
overrides for what it does not know (a year beyond its data, a local decision), weekends as the last resort."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

import chinese_calendar

from unionoffice.domain.common.errors import ValidationError

MAX_DAYS = 60


@dataclass(frozen=True)
class WorkCalendar:
    """`overrides`: {day: is_workday} the office entered; they win over the library."""

    overrides: Mapping[date, bool] = field(default_factory=dict)

    def is_workday(self, day: date) -> bool:
        if day in self.overrides:
            return self.overrides[day]
        if library_knows(day.year):
            return bool(chinese_calendar.is_workday(day))
        return day.weekday() < 5

    def add_working_days(self, start: date, days: int) -> date:
        """The last day of a period of `days` working days that starts on `start` (start counts if it is a
        working day): a 5-day 公示 from Monday 2024-09-30 over 国庆 ends on Friday 2024-10-11."""
        if not 0 < days <= MAX_DAYS:
            raise ValidationError(f"公示期应为 1 至 {MAX_DAYS} 个工作日", field="公示期")
        day, counted = start, 0
        while True:
            if self.is_workday(day):
                counted += 1
                if counted == days:
                    return day
            day += timedelta(days=1)

    def unknown_years(self, start: date, end: date) -> list[int]:
        """Years in the period that neither the library nor the office's overrides cover (only weekends count)."""
        covered = {d.year for d in self.overrides}
        return [y for y in range(start.year, end.year + 1) if not library_knows(y) and y not in covered]


def library_knows(year: int) -> bool:
    first, last = library_years()
    return first <= year <= last


def library_years() -> tuple[int, int]:
    """The years whose official holidays the installed `chinese_calendar` carries."""
    years = [d.year for d in chinese_calendar.holidays]
    return min(years), max(years)
