"""PostgreSQL declarative partitioning of the province's tables: table → district (LIST) → year (LIST).

A package is loaded into a fresh table beside its leaf and swapped in: detach and drop the old leaf, attach the new
one. Replacing a district's year is then a catalogue change plus an index build on the new rows, never a
million-row DELETE; a CHECK matching the partition bounds lets ATTACH skip its validation scan."""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

from unionoffice.db.models.province import PROVINCE_TABLES

_CODE = re.compile(r"^\d{6}$")


def _names(table: str, code: str, year: int) -> tuple[str, str, str]:
    if table not in PROVINCE_TABLES or not _CODE.match(code) or not 1900 <= year <= 9999:
        raise ValueError(f"bad partition {table} {code} {year}")  # never user input: codes are checked earlier
    district = f"{table}_d{code}"
    return district, f"{district}_y{year}", f"{district}_y{year}_new"


def staging_table(conn: Connection, table: str, code: str, year: int) -> str:
    """An empty table shaped like `table`, with the leaf's bounds as a CHECK; the package's rows are copied into
    it. The district's own partition (by year) is made the first time the district appears."""
    district, _leaf, new = _names(table, code, year)
    conn.execute(text(f'CREATE TABLE IF NOT EXISTS "{district}" PARTITION OF "{table}" '
                      f"FOR VALUES IN ('{code}') PARTITION BY LIST (year)"))
    conn.execute(text(f'DROP TABLE IF EXISTS "{new}"'))
    conn.execute(text(f'CREATE TABLE "{new}" (LIKE "{table}" INCLUDING DEFAULTS)'))
    conn.execute(text(f'ALTER TABLE "{new}" ADD CONSTRAINT "{new}_bounds" '
                      f"CHECK (district_code = '{code}' AND year = {year})"))
    return new


def swap_in(conn: Connection, table: str, code: str, year: int) -> None:
    """Put the staged table in place of the district's year: the old leaf (if any) is detached and dropped."""
    district, leaf, new = _names(table, code, year)
    exists = conn.execute(text("SELECT to_regclass(:name) IS NOT NULL"), {"name": f'"{leaf}"'}).scalar_one()
    if exists:
        conn.execute(text(f'ALTER TABLE "{district}" DETACH PARTITION "{leaf}"'))
        conn.execute(text(f'DROP TABLE "{leaf}"'))
    conn.execute(text(f'ALTER TABLE "{new}" RENAME TO "{leaf}"'))
    conn.execute(text(f'ALTER TABLE "{leaf}" RENAME CONSTRAINT "{new}_bounds" TO "{leaf}_bounds"'))
    conn.execute(text(f'ALTER TABLE "{district}" ATTACH PARTITION "{leaf}" FOR VALUES IN ({year})'))
    conn.execute(text(f'ANALYZE "{leaf}"'))


def leaves(conn: Connection, table: str) -> list[str]:
    """The leaf partitions under `table` (for tests and the national-scale figures)."""
    return list(conn.execute(text(
        "SELECT relid::regclass::text FROM pg_partition_tree(:t) WHERE isleaf ORDER BY 1"), {"t": table}).scalars())
