"""Search-as-you-type over members: exact matches first, then prefixes, then substrings and tails."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, MemberNameGram
from unionoffice.domain.common.idnumber import clean, convert_15_to_18
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.core.context import Actor
from unionoffice.services.members.listing import MemberRow, member_rows

DEFAULT_LIMIT = 200
_ID_CHARS = re.compile(r"^[0-9]+X?$")


@dataclass(frozen=True)
class SearchScope:
    union_id: int | None = None


def _prefix(column: Any, text: str, db: Database) -> Any:
    # GLOB is case-sensitive, so SQLite can walk the index; LIKE 'x%' would scan 300,000 rows.
    if db.is_sqlite:
        escaped = re.sub(r"([*?\[])", r"[\1]", text)
        return column.op("GLOB")(escaped + "*")
    return column.startswith(text, autoescape=True)


class _Collector:
    """Gathers ids tier by tier, keeping the first tier a member appears in, until `limit` are found."""

    def __init__(self, session: Session, scope: SearchScope, limit: int) -> None:
        self.session, self.scope, self.limit = session, scope, limit
        self.ids: list[int] = []
        self.seen: set[int] = set()

    @property
    def full(self) -> bool:
        return len(self.ids) >= self.limit

    def add(self, stmt: Select[Any]) -> None:
        if self.full:
            return
        stmt = stmt.where(Member.deleted_at.is_(None))
        if self.scope.union_id is not None:
            stmt = stmt.where(Member.union_id == self.scope.union_id)
        for (member_id,) in self.session.execute(stmt.limit(self.limit - len(self.ids) + len(self.seen))):
            if member_id not in self.seen:
                self.seen.add(member_id)
                self.ids.append(member_id)
                if self.full:
                    return

    def add_all(self, stmts: Iterable[Select[Any]]) -> None:
        for stmt in stmts:
            self.add(stmt)


def normalise_query(query: str) -> str:
    return "".join(unicodedata.normalize("NFKC", query).split())


def _digit_tiers(q: str, db: Database) -> list[list[Select[Any]]]:
    ids = select(Member.id)
    exact: list[Select[Any]] = []
    number = q
    if len(q) == 15 and q.isdigit():
        number = convert_15_to_18(q)
    if len(number) == 18:
        exact.append(ids.where(Member.id_number == number))
    if len(q) == 11 and q.isdigit():
        exact.append(ids.where(Member.phone == q))
    exact.append(ids.where(Member.card_number == q))
    partial: list[Select[Any]] = []
    if len(q) >= 3:
        partial.append(ids.where(_prefix(Member.id_reversed, q[::-1], db)).order_by(Member.id_reversed))
    if q.isdigit() and len(q) >= 3:
        partial.append(ids.where(_prefix(Member.phone, q, db)).order_by(Member.phone))
        partial.append(ids.where(_prefix(Member.phone_reversed, q[::-1], db)).order_by(Member.phone_reversed))
        partial.append(ids.where(_prefix(Member.card_number, q, db)).order_by(Member.card_number))
    return [exact, partial]


def _pinyin_tiers(q: str, db: Database) -> list[list[Select[Any]]]:
    ids = select(Member.id)
    return [
        [ids.where(Member.pinyin_full == q).order_by(Member.id),
         ids.where(Member.pinyin_initials == q).order_by(Member.id)],
        [ids.where(_prefix(Member.pinyin_full, q, db)).order_by(Member.pinyin_full),
         ids.where(_prefix(Member.pinyin_initials, q, db)).order_by(Member.pinyin_initials)],
    ]


def _name_tiers(q: str, db: Database) -> list[list[Select[Any]]]:
    ids = select(Member.id)
    tiers: list[list[Select[Any]]] = [
        [ids.where(Member.name == q).order_by(Member.id)],
        [ids.where(_prefix(Member.name, q, db)).order_by(Member.name)],
    ]
    chars = [c for c in q if c != "·"]
    if len(chars) <= 2:
        # Names are mostly 2-3 characters: their 1- and 2-character pieces are indexed, so "伟" or "小伟"
        # anywhere in a name is one index range (trigram indexes find nothing this short).
        tiers.append([select(MemberNameGram.member_id.label("id")).join(Member, Member.id == MemberNameGram.member_id)
                      .where(MemberNameGram.gram == "".join(chars))])
    else:
        # Longer pieces: candidates by their first 2 characters, confirmed by a substring test.
        tiers.append([select(Member.id).join(MemberNameGram, MemberNameGram.member_id == Member.id)
                      .where(MemberNameGram.gram == "".join(chars[:2]), Member.name.contains(q, autoescape=True))])
    return tiers


def search_member_ids(db: Database, actor: Actor, query: str, *, scope: SearchScope | None = None,
                      limit: int = DEFAULT_LIMIT) -> list[int]:
    """Member ids matching `query`, best first: exact, then prefix, then substring/tail matches."""
    actor.require(Permission.VIEW_RECORDS)
    q = normalise_query(query)
    if not q:
        return []
    if _ID_CHARS.match(clean(q)):
        tiers = _digit_tiers(clean(q), db)
    elif q.isascii() and q.isalpha():
        tiers = _pinyin_tiers(q.lower(), db)
    else:
        tiers = _name_tiers(q, db)
    with db.read() as session:
        collector = _Collector(session, scope or SearchScope(), limit)
        for tier in tiers:
            collector.add_all(tier)
        return collector.ids


def search_members(db: Database, actor: Actor, query: str, *, scope: SearchScope | None = None,
                   limit: int = DEFAULT_LIMIT) -> list[MemberRow]:
    return member_rows(db, actor, search_member_ids(db, actor, query, scope=scope, limit=limit))
