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
    """Title, the filter in words, columns, and the rows read in chunks inside the writer's read session."""

    title: str
    columns: tuple[Column, ...]
    rows: Callable[[Session], Iterator[Sequence[object]]]  # masked for the actor by the service that built it
    count: Callable[[Session], int]
    filter_text: str
    entity: str  # the audit entity the rows are about ("member", "training_enrolment" …)
    units: str = ""
    totals: bool = False
