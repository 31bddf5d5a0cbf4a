"""A list as a page shows it, described once by the feature that owns it, for printing and exporting.

Every list can be printed and exported (docs/architecture.md "Look and feel"): the owning service builds a
`ListDocument` after its own permission check, with rows already masked for the actor; services/reporting/lists.py
writes it as xlsx, csv or a PDF roster and audits it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from unionoffice.exchange.xlsx_report import Column


@dataclass(frozen=True)
class ListDocument:
    """Title, columns, and callables that read inside the writer's session: the rows in chunks, their count and
    the filter in words. Building one never touches the database, so a page builds it on the GUI thread from
    what it shows; the reading happens off the GUI thread."""

    title: str
    columns: tuple[Column, ...]
    rows: Callable[[Session], Iterator[Sequence[object]]]  # masked for the actor by the service that built it
    count: Callable[[Session], int]  # called first, in the same session as `rows`
    filter_text: Callable[[Session], str]
    entity: str  # the audit entity the rows are about ("member", "training_enrolment" …)
    units: str = ""
    totals: bool = False
