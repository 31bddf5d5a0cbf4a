"""The member search's PostgreSQL path (docs/server-mode.md): the same tiers and results as on SQLite
(`search.py`), with the queries PostgreSQL serves from its own indexes.

- Prefixes (`LIKE 'x%'`) and the tiers' order: the searched columns are in the "C" collation on PostgreSQL
  (migration 0013), so their btrees serve prefixes in index order and sort by bytes like SQLite's GLOB and BINARY.
- A name's piece of 3 or more characters anywhere in it: the pg_trgm GIN index over live members' names, instead of
  SQLite's candidates-by-first-two-characters join; found members come in id order, as they do there.
- 1 and 2 characters: trigrams cannot serve them; they stay with `member_name_gram`, as on SQLite.

The privacy rule does not change here: which tiers run (and so which digits can match) is decided by `search.py`
before either backend builds a query."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select

from unionoffice.db.models import Member

TRIGRAM_INDEX = "ix_pg_member_name_trgm"
SHORTEST_TRIGRAM_PIECE = 3


def name_piece(q: str) -> Select[Any]:
    """Members whose name contains `q` (at least 3 characters, no wildcard meaning), in id order."""
    if len(q) < SHORTEST_TRIGRAM_PIECE:
        raise ValueError("trigram search needs at least 3 characters")
    return select(Member.id).where(Member.name.contains(q, autoescape=True)).order_by(Member.id)
