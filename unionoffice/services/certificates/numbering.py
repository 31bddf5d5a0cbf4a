"""Certificate numbers: counted per printed series, so a number once printed is never printed again.

The series is the number pattern with everything but the serial filled in (`2024-RY-{serial}`): renaming the
issuing office, or issuing in the name of another body, continues the same count. The database keeps every
number unique (uq_certificate_number); numbers already taken by older records are skipped, never reused.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from unionoffice.db.models.documents import Certificate, CertificateSeries
from unionoffice.documents.templates import Template, format_number

_SERIAL = re.compile(r"\{serial[^{}]*\}")
MAX_ROUNDS = 50  # rounds of skipping numbers already on record before giving up


def series_of(template: Template, year: int) -> str:
    pattern = _SERIAL.sub("{{serial}}", template.number_pattern)
    return pattern.format(year=year, code=template.issuer_code, kind=template.kind.value)


def _reserve(session: Session, series: str, count: int) -> int:
    """Reserve `count` serials of the series; returns the first. The row lock (SQLite: the write lock of
    BEGIN IMMEDIATE) holds until the caller's transaction ends, so a rollback gives the numbers back."""
    query = select(CertificateSeries).where(CertificateSeries.series == series).with_for_update()
    row = session.execute(query).scalar_one_or_none()
    if row is None:
        try:
            with session.begin_nested():
                session.add(CertificateSeries(series=series, last_serial=0))
        except IntegrityError:  # another office PC created it meanwhile (PostgreSQL): use theirs
            pass
        row = session.execute(query).scalar_one()
    first = row.last_serial + 1
    row.last_serial += count
    return first


def next_numbers(session: Session, template: Template, year: int, count: int) -> tuple[str, list[tuple[int, str]]]:
    """The series and `count` fresh (serial, number) pairs in order."""
    series = series_of(template, year)
    out: list[tuple[int, str]] = []
    for _round in range(MAX_ROUNDS):
        need = count - len(out)
        if need <= 0:
            break
        first = _reserve(session, series, need)
        candidates = [(s, format_number(template, year, s)) for s in range(first, first + need)]
        taken = set(session.scalars(select(Certificate.number)
                                    .where(Certificate.number.in_([n for _, n in candidates]))))
        out.extend(pair for pair in candidates if pair[1] not in taken)
    if len(out) < count:
        raise RuntimeError(f"编号序列 {series} 无法取得未用过的编号")
    return series, out
