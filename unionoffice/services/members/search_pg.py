"""The member search's PostgreSQL path (docs/server-mode.md): the same tiers and results as on SQLite
(`search.py`), with the queries PostgreSQL serves from its own indexes.

- Prefixes (`LIKE 'x%'`) and the tiers' order: the searched columns are in the "C" collation on PostgreSQL
  (migration 0013), so their btrees serve prefixes in index order and sort by bytes like SQLite's GLOB and BINARY.
- A name's piece of 3 or more characters anywhere in it: the pg_trgm GIN index over live members' names, instead of
  SQLite's candidates-by-first-two-characters join; found members come in id order, as they do there.
- 1 and 2 characters: trigrams cannot serve them; they stay with `member_name_gram`, as on SQLite.
- Pinyin's syllable splits (initials, and the shape of the full pinyin): one walk of the initials in order inside
  the covering index of migration 0015, the shape tested on the index's own copy of pinyin_full (`shape`).

The privacy rule does not change here: which tiers run (and so which digits can match) is decided by `search.py`
before either backend builds a query."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, literal_column, select

from unionoffice.db.models import Member

TRIGRAM_INDEX = "ix_pg_member_name_trgm"
SHAPE_INDEX = "ix_pg_member_live_pinyin_shape"
SHORTEST_TRIGRAM_PIECE = 3


def name_piece(q: str) -> Select[Any]:
    """Members whose name contains `q` (at least 3 characters, no wildcard meaning), in id order."""
    if len(q) < SHORTEST_TRIGRAM_PIECE:
        raise ValueError("trigram search needs at least 3 characters")
    return select(Member.id).where(Member.name.contains(q, autoescape=True)).order_by(Member.id)


def shape(column: Any, pattern: str) -> Any:
    """`column LIKE pattern` as a filter only, never an index range: `pinyin_full || ''`.

    A split's query is `pinyin_initials = 'zh' AND pinyin_full LIKE 'z%heng%'` in initials-then-id order. Given the
    LIKE on the bare column, PostgreSQL may walk the full pinyin's own index by the pattern's head instead ('dingy':
    4,480 of 5,000,000 members), reading each table row for the initials: it estimates the two columns
    as independent, though the initials follow from the full pinyin, so such a walk looks like one row to it, and
    takes 10-800 ms at 5,000,000 members. As a filter the one plan left is the walk of the initials inside
    SHAPE_INDEX (pinyin_initials, id) INCLUDE (pinyin_full, name, union_id): no table rows, in the order asked for,
    stopped at the page size. The rows and their order are the same either way."""
    return column.concat(literal_column("''")).like(pattern)
