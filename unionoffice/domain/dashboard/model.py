"""What the dashboard and the annual report show: sections of headline figures and charts, each point naming the
list behind it (a `Drill`). Plain data, built by services/dashboard from SQL aggregates."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

MONEY = "元"  # values in fen, shown in 元 or 万元
PERSONS = "人"
PERSON_TIMES = "人次"


@dataclass(frozen=True)
class Period:
    """A year and a month range within it (1–12 for the whole year)."""

    year: int
    first_month: int = 1
    last_month: int = 12

    @property
    def start(self) -> date:
        return date(self.year, self.first_month, 1)

    @property
    def end(self) -> date:
        return date(self.year, self.last_month, calendar.monthrange(self.year, self.last_month)[1])

    @property
    def whole_year(self) -> bool:
        return (self.first_month, self.last_month) == (1, 12)

    def previous_year(self) -> Period:
        return Period(self.year - 1, self.first_month, self.last_month)

    def label(self) -> str:
        if self.whole_year:
            return f"{self.year}年"
        if self.first_month == self.last_month:
            return f"{self.year}年{self.first_month}月"
        return f"{self.year}年{self.first_month}—{self.last_month}月"


@dataclass(frozen=True)
class Drill:
    """The list behind a figure: `kind` names the list (members, events, files, applications, enrolments, entries,
    honours, nominations), `params` its filter as (name, value) pairs."""

    kind: str
    params: tuple[tuple[str, object], ...] = ()
    label: str = ""  # the filter in words, for the list's title

    def get(self, name: str, default: object = None) -> object:
        return dict(self.params).get(name, default)


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[int, ...]
    drills: tuple[Drill | None, ...] = ()

    def drill(self, index: int) -> Drill | None:
        return self.drills[index] if index < len(self.drills) else None


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    unit: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]

    @property
    def empty(self) -> bool:
        return not self.categories or not any(v for s in self.series for v in s.values)


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    value: int | None  # None: not recorded
    unit: str
    drill: Drill | None = None


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    figures: tuple[Figure, ...] = ()
    charts: tuple[Chart, ...] = ()
    note: str = ""  # what is not recorded yet, in words

    def figure(self, key: str) -> Figure | None:
        return next((f for f in self.figures if f.key == key), None)

    def value(self, key: str) -> int:
        found = self.figure(key)
        return int(found.value or 0) if found is not None else 0

    def chart(self, key: str) -> Chart | None:
        return next((c for c in self.charts if c.key == key), None)


@dataclass(frozen=True)
class Dashboard:
    period: Period
    scope: str  # the office, or the districts of a provincial database
    sections: tuple[Section, ...] = field(default_factory=tuple)
    districts: tuple[str, ...] = ()  # the filter on a provincial database; () = all

    def section(self, key: str) -> Section | None:
        return next((s for s in self.sections if s.key == key), None)
