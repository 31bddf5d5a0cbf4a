"""Search-as-you-type over members: exact matches first, then prefixes, then substrings and tails.

A search matches only what the searcher may see (docs/reliability.md §1b): without VIEW_FULL_ID an ID number is
searched by its visible head (the 6-digit area code) and tail (the last 4), a phone by `138****8000`'s 3 and 4, a
card not at all; a role that may see more has every hit through hidden digits recorded like a reveal."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Integer, Select, String, cast, func, literal, null, select, union_all
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, MemberNameGram
from unionoffice.domain.common.idnumber import clean, convert_15_to_18, mask_id
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.members.membership import COUNTS_AS_MEMBER
from unionoffice.domain.members.pinyin import (
    pieces_match,
    query_splits,
    split_pattern,
    syllables,
    syllables_not_typed,
)
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.tasks import CancelToken
from unionoffice.services.members.listing import MemberRow, member_rows
from unionoffice.services.members.records import reveals_full_id

DEFAULT_LIMIT = 200
CAP_CANDIDATES = True
_ID_CHARS = re.compile(r"^[0-9]+X?$")
# What a masked ID (`220102********002X`, docs/reliability.md R2) and a masked phone (`138****8000`) show.
VISIBLE_ID_HEAD, VISIBLE_ID_TAIL = 6, 4
VISIBLE_PHONE_HEAD, VISIBLE_PHONE_TAIL = 3, 4
_MASKED_ID = re.compile(r"^\d{6}\*{8}\d{3}[\dX]$")


@dataclass(frozen=True)
class SearchScope:
    union_id: int | None = None


@dataclass(frozen=True)
class _Sight:
    """What the searcher may match on: hidden ID and card digits only where the full number may be shown (and that
    reveal recorded), hidden phone digits only with VIEW_FULL_PHONE (docs/reliability.md §1b, R2)."""

    full_id: bool
    full_phone: bool


def _sight(db: Database, actor: Actor) -> _Sight:
    return _Sight(full_id=reveals_full_id(db, actor), full_phone=actor.may(Permission.VIEW_FULL_PHONE))


@dataclass(frozen=True)
class _Match:
    """One indexed query; `reveals` names the hidden field it matches on ("身份证号", "会员卡号"), if any. With
    `verify` the query selects (id, name) candidates and only the names it accepts are hits."""

    stmt: Select[*tuple[Any, ...]]
    reveals: str = ""
    verify: Callable[[str], bool] | None = None


Tiers = list[list[_Match]]


def _prefix(column: Any, text: str, db: Database) -> Any:
    # GLOB is case-sensitive, so SQLite can walk the index; LIKE 'x%' would scan 300,000 rows.
    if db.is_sqlite:
        escaped = re.sub(r"([*?\[])", r"[\1]", text)
        return column.op("GLOB")(escaped + "*")
    return column.startswith(text, autoescape=True)


def _shape(column: Any, pattern: str, db: Database) -> Any:
    """`pattern` of letters and `*` (split_pattern) as GLOB on SQLite, on PostgreSQL a filter inside the covering
    index (search_pg.shape)."""
    if db.is_sqlite:
        return column.op("GLOB")(pattern)
    from unionoffice.services.members import search_pg

    return search_pg.shape(column, pattern.replace("*", "%"))


class _Collector:
    """Gathers ids tier by tier, keeping the first tier a member appears in, until `limit` are found; remembers which
    members were found only through hidden digits, and of which field."""

    def __init__(self, session: Session, scope: SearchScope, limit: int, cancel: CancelToken | None = None) -> None:
        self.session, self.scope, self.limit, self.cancel = session, scope, limit, cancel
        self.ids: list[int] = []
        self.seen: set[int] = set()
        self.revealed: dict[str, list[int]] = {}
        self.tier_of_match: dict[int, int] = {}  # id(match) → its tier
        self.tier: dict[int, int] = {}  # member id → the tier it was found in

    @property
    def full(self) -> bool:
        return len(self.ids) >= self.limit

    def _scoped(self, match: _Match) -> Select[Any]:
        stmt = match.stmt.where(Member.deleted_at.is_(None))
        if self.scope.union_id is not None:
            stmt = stmt.where(Member.union_id == self.scope.union_id)
        if match.verify is None:
            stmt = stmt.limit(self.limit)
        return stmt

    def add(self, match: _Match) -> None:
        if self.full:
            return
        if self.cancel is not None:
            self.cancel.raise_if_cancelled()  # a newer query replaced this one
        stmt = self._scoped(match)
        if match.verify is None:
            rows: Iterable[Any] = self.session.execute(stmt)
        else:  # candidates by an index, confirmed one by one until enough are found
            verify = match.verify
            rows = ((row[0],) for row in self.session.execute(stmt) if verify(row[1]))
        self._take(match, (member_id for (member_id,) in rows))

    def _take(self, match: _Match, found: Iterable[int]) -> None:
        for member_id in found:
            if member_id not in self.seen:
                self.seen.add(member_id)
                self.ids.append(member_id)
                self.tier[member_id] = self.tier_of_match.get(id(match), 0)
                if match.reveals:
                    self.revealed.setdefault(match.reveals, []).append(member_id)
                if self.full:
                    return

    def add_combined(self, matches: list[_Match]) -> None:
        """Several matches in one statement: each its own ordered (and, without `verify`, limited) query as before,
        joined by UNION ALL and tagged with its place, so they cost one round trip instead of one each (on a server a
        round trip and the program's own work per query are most of a search's time). The hits and their order are
        those of `add` one by one: every branch reads the rows its own query read, its candidates are confirmed as
        before, and the branches are taken in the matches' order until `limit` are found."""
        if self.full or not matches:
            return
        if len(matches) == 1:
            self.add(matches[0])
            return
        if self.cancel is not None:
            self.cancel.raise_if_cancelled()
        branches = []
        for place, match in enumerate(matches):
            stmt = self._scoped(match)
            if match.verify is None:
                stmt = stmt.add_columns(cast(null(), String).label("candidate"))
            elif CAP_CANDIDATES:
                stmt = stmt.limit(self.limit)
            inner = stmt.add_columns(literal(place, Integer).label("place")).subquery()
            id_column, name_column, place_column = list(inner.c)
            # row_number() over the subquery's rows in the order it returns them (its ORDER BY and LIMIT)
            branches.append(select(id_column.label("id"), name_column.label("candidate"), place_column.label("place"),
                                   func.row_number().over().label("position")))
        by_place: dict[int, list[tuple[int, int, str | None]]] = {}
        for member_id, name, place, position in self.session.execute(union_all(*branches)):
            by_place.setdefault(place, []).append((position, member_id, name))
        for place, match in enumerate(matches):
            found = [(member_id, name) for _position, member_id, name in sorted(by_place.get(place, []))]
            verify = match.verify
            self._take(match, (member_id for member_id, name in found if verify is None or verify(name or "")))
            if self.full:
                return
            if CAP_CANDIDATES and verify is not None and len(found) == self.limit:
                # More candidates than were read and still room: this match's query in full, as one by one (the
                # hits already taken are skipped), before the matches after it.
                self.add(match)

    def add_all(self, matches: Iterable[_Match]) -> None:
        for match in matches:
            self.add(match)

    def add_tiers(self, tiers: Tiers) -> None:
        """Every tier's matches in order. On SQLite one query each (in-process, a query is cheap, and stopping as soon
        as `limit` are found saves the later ones). On a server, tiers of plain matches go together in one statement
        (`add_combined`: each branch reads at most `limit` rows), and a tier with matches whose candidates are
        confirmed one by one (`verify`, pinyin's dozens of syllable splits) is one statement of its own, run only if
        the tiers before it left room, as one by one."""
        self.tier_of_match = {id(match): t for t, tier in enumerate(tiers) for match in tier}
        if self.session.get_bind().dialect.name == "sqlite":
            for tier in tiers:
                self.add_all(tier)
            return
        run: list[_Match] = []
        for tier in tiers:
            if all(match.verify is None for match in tier):
                run += tier
                continue
            self.add_combined(run)
            run = []
            self.add_combined(tier)
        self.add_combined(run)


def normalise_query(query: str) -> str:
    return "".join(unicodedata.normalize("NFKC", query).split())


def _masked_id_tiers(q: str, db: Database) -> Tiers:
    """`220102********002X` as the list shows it: the visible head and tail, which anyone may search by."""
    head, tail = q[:VISIBLE_ID_HEAD], q[-VISIBLE_ID_TAIL:]
    stmt = select(Member.id).where(_prefix(Member.id_number, head, db), _prefix(Member.id_reversed, tail[::-1], db))
    return [[_Match(stmt.order_by(Member.id_number))]]


def _id_tiers(q: str, db: Database, sight: _Sight) -> Tiers:
    """Exact IDs and card numbers, then ID tails and heads. Beyond the visible 4 at the end and 6 at the start a
    query confirms hidden digits: only for roles that may see them, and each hit is recorded like a reveal."""
    ids = select(Member.id)
    hidden = "身份证号" if sight.full_id else None
    exact: list[_Match] = []
    partial: list[_Match] = []
    number = convert_15_to_18(q) if len(q) == 15 and q.isdigit() else q
    if len(number) == 18 and hidden:
        exact.append(_Match(ids.where(Member.id_number == number), hidden))
    if sight.full_id:
        exact.append(_Match(ids.where(Member.card_number == q), "会员卡号"))
    if len(q) >= 3 and (len(q) <= VISIBLE_ID_TAIL or hidden):
        partial.append(_Match(ids.where(_prefix(Member.id_reversed, q[::-1], db)).order_by(Member.id_reversed),
                              "" if len(q) <= VISIBLE_ID_TAIL else "身份证号"))
    if len(q) >= VISIBLE_ID_HEAD and (len(q) == VISIBLE_ID_HEAD or hidden) and q.isdigit():
        partial.append(_Match(ids.where(_prefix(Member.id_number, q, db)).order_by(Member.id_number),
                              "" if len(q) == VISIBLE_ID_HEAD else "身份证号"))
    if sight.full_id and q.isdigit() and len(q) >= 3:
        partial.append(_Match(ids.where(_prefix(Member.card_number, q, db)).order_by(Member.card_number), "会员卡号"))
    return [exact, partial]


def _phone_tiers(q: str, db: Database, sight: _Sight) -> Tiers:
    """A masked phone shows `138****8000`: its first 3 and last 4 digits, and no more without VIEW_FULL_PHONE."""
    if not q.isdigit() or len(q) < 3:
        return []
    ids = select(Member.id)
    exact = [_Match(ids.where(Member.phone == q))] if len(q) == 11 and sight.full_phone else []
    partial: list[_Match] = []
    if len(q) <= VISIBLE_PHONE_HEAD or sight.full_phone:
        partial.append(_Match(ids.where(_prefix(Member.phone, q, db)).order_by(Member.phone)))
    if len(q) <= VISIBLE_PHONE_TAIL or sight.full_phone:
        partial.append(_Match(ids.where(_prefix(Member.phone_reversed, q[::-1], db)).order_by(Member.phone_reversed)))
    return [exact, partial]


def _digit_tiers(q: str, db: Database, sight: _Sight) -> Tiers:
    by_id, by_phone = _id_tiers(q, db, sight), _phone_tiers(q, db, sight)
    if not by_phone:
        return by_id
    # Exact ID, phone and card first; then ID tails and heads (and card starts), then phone prefixes and tails, each
    # a tier of its own: `_ranked` orders equals by name, and "8874" typed for an ID's last four put members whose
    # phone ends so among them (the second trial). The statements are those of before, in the same order.
    return [by_id[0] + by_phone[0], by_id[1], by_phone[1]]


def reaches_hidden_digits(query: str) -> bool:
    """Whether `query` could match an ID or card number beyond what a masked list shows (its first 6 and last 4)."""
    q = clean(normalise_query(query))
    return bool(_ID_CHARS.match(q)) and len(q) > VISIBLE_ID_TAIL


def _pinyin_tiers(q: str, db: Database) -> Tiers:
    ids = select(Member.id)
    tiers: Tiers = [
        [_Match(ids.where(Member.pinyin_full == q).order_by(Member.id)),
         _Match(ids.where(Member.pinyin_initials == q).order_by(Member.id))],
        [_Match(ids.where(_prefix(Member.pinyin_full, q, db)).order_by(Member.pinyin_full)),
         _Match(ids.where(_prefix(Member.pinyin_initials, q, db)).order_by(Member.pinyin_initials))],
    ]
    # Full syllables mixed with initials ("zhangjg", "zjguo" for 张建国): for each way the query splits into
    # syllables and their starts, the names with those initials (the initials index) whose full pinyin has that
    # shape, each confirmed against the name's own syllables. Whole syllables or first letters first, whole names
    # then name starts; a whole name read with other starts of syllables ("zhjg") after.
    candidates = select(Member.id, Member.name)

    def matcher(*, whole: bool, strict: bool) -> Callable[[str], bool]:
        return lambda name: pieces_match(q, syllables(name), whole=whole, strict=strict)

    def shaped(pieces: tuple[str, ...], *, whole: bool, strict: bool) -> _Match:
        """One index range of the initials, narrowed by the shape of the full pinyin (one statement per split: an
        OR of them makes SQLite scan the table)."""
        initials = "".join(p[0] for p in pieces)
        by_initials = Member.pinyin_initials == initials if whole else _prefix(Member.pinyin_initials, initials, db)
        stmt = candidates.where(by_initials, _shape(Member.pinyin_full, split_pattern(pieces, strict=strict), db))
        return _Match(stmt.order_by(Member.pinyin_initials, Member.id), verify=matcher(whole=whole, strict=strict))

    strict = sorted(query_splits(q, strict=True))
    loose = sorted(set(query_splits(q)) - set(strict))
    tiers[0] += [shaped(p, whole=True, strict=True) for p in strict]
    tiers[1] += [shaped(p, whole=False, strict=True) for p in strict]
    if loose:
        tiers.append([shaped(p, whole=True, strict=False) for p in loose])
    return tiers


def _name_tiers(q: str, db: Database) -> Tiers:
    ids = select(Member.id)
    tiers: Tiers = [
        [_Match(ids.where(Member.name == q).order_by(Member.id))],
        [_Match(ids.where(_prefix(Member.name, q, db)).order_by(Member.name))],
    ]
    chars = [c for c in q if c != "·"]
    if len(chars) <= 2:
        # Names are mostly 2-3 characters: their 1- and 2-character pieces are indexed, so "伟" or "小伟"
        # anywhere in a name is one index range (trigram indexes find nothing this short).
        tiers.append([_Match(select(MemberNameGram.member_id.label("id"))
                             .join(Member, Member.id == MemberNameGram.member_id)
                             .where(MemberNameGram.gram == "".join(chars)))])
    elif not db.is_sqlite:
        from unionoffice.services.members import search_pg  # PostgreSQL: the trigram index (docs/server-mode.md)

        tiers.append([_Match(search_pg.name_piece(q))])
    else:
        # Longer pieces: candidates by their first 2 characters, confirmed by a substring test.
        tiers.append([_Match(select(Member.id).join(MemberNameGram, MemberNameGram.member_id == Member.id)
                             .where(MemberNameGram.gram == "".join(chars[:2]),
                                    Member.name.contains(q, autoescape=True)))])
    return tiers


def _tiers(q: str, db: Database, sight: _Sight) -> Tiers:
    digits = clean(q)
    if _MASKED_ID.match(digits):
        return _masked_id_tiers(digits, db)
    if _ID_CHARS.match(digits):
        return _digit_tiers(digits, db, sight)
    if q.isascii() and q.isalpha():
        return _pinyin_tiers(q.lower(), db)
    return _name_tiers(q, db)


def search_hint(db: Database, actor: Actor, query: str) -> str:
    """Why a number typed by a role that sees masked numbers may find nobody (docs/reliability.md §1b), or ""."""
    q = clean(normalise_query(query))
    if not _ID_CHARS.match(q) or len(q) <= VISIBLE_ID_TAIL or len(q) == VISIBLE_ID_HEAD:
        return ""
    if reveals_full_id(db, actor):
        return ""
    return "您只能按身份证号前 6 位或后 4 位、手机号前 3 位或后 4 位查找"


def search_reveals(db: Database, actor: Actor, query: str) -> bool:
    """Whether this search may record a reveal (and so must run where writes run: the GUI's writer lane)."""
    return reveals_full_id(db, actor) and reaches_hidden_digits(query)


def _search_term(q: str) -> str:
    """The query as the trail keeps it: masked like the number it names."""
    if len(q) == 18:
        return mask_id(q)
    return "*" * max(len(q) - VISIBLE_ID_TAIL, 0) + q[-VISIBLE_ID_TAIL:]


REVEAL_NAMES = 5


def _revealed_names(session: Session, revealed: dict[str, list[int]]) -> dict[int, str]:
    """The names the reveal entry lists (the first few found), read in the search's own read session, so the write
    holds the audit chain for its insert only (on a server every statement in it is a round trip)."""
    first = [member_id for ids in revealed.values() for member_id in ids][:REVEAL_NAMES]
    rows = session.execute(select(Member.id, Member.name).where(Member.id.in_(first))).all()
    return {int(member_id): str(name) for member_id, name in rows}


def _record_reveal(db: Database, actor: Actor, q: str, revealed: dict[str, list[int]], names: dict[int, str]) -> None:
    """One entry per search that found someone through hidden digits, like `records.member_detail`'s reveal; written
    before the caller sees the hits (if it cannot be written, the search fails)."""
    found = [member_id for ids in revealed.values() for member_id in ids]
    with db.write() as session:
        shown = "、".join(names.get(i, "?") for i in found[:REVEAL_NAMES]) + ("等" if len(found) > REVEAL_NAMES else "")
        summary = f"按完整{'、'.join(revealed)}检索“{_search_term(q)}”，找到 {len(found)} 名会员：{shown}"
        audit.record(session, actor, "reveal", summary,
                     entity="member", entity_id=found[0] if len(found) == 1 else None,
                     changes={"members": (None, ",".join(map(str, found)))})


@lru_cache(maxsize=65536)
def _name_syllables(name: str) -> tuple[str, ...]:
    return tuple(syllables(name))  # names repeat from one keystroke's search to the next


def _ranked(session: Session, collector: _Collector, q: str) -> list[int]:
    """The hits in their tiers' order, and within a tier (the new-user trial found the one wanted among equals, and
    withdrawn members first): a name whose syllables the pinyin query gives more completely first ("zhangjian":
    张建国 before 张建国强), members on the register (在会 and the like) before those who left or moved out, then by
    name (its pinyin, then the characters). The same on SQLite and PostgreSQL: done here, on at most `limit` hits."""
    ids = collector.ids
    if len(ids) < 2:
        return ids
    # Plain SQL over the ids (integers, written into the statement): this runs after every keystroke, and building
    # an expanding IN statement cost as much as the ranking itself.
    listed = ",".join(str(int(member_id)) for member_id in ids)
    rows = {member_id: (name, status, full) for member_id, name, status, full in session.connection().exec_driver_sql(
        f"SELECT id, name, status, pinyin_full FROM {Member.__tablename__} WHERE id IN ({listed})")}
    pinyin = q.isascii() and q.isalpha()
    lowered = q.lower()
    place = {member_id: n for n, member_id in enumerate(ids)}

    def untyped(name: str, full: str) -> int:
        parts = _name_syllables(name)
        if full.startswith(lowered):  # the pinyin typed from its start: each syllable in full until the query ends
            typed = length = 0
            for part in parts:
                length += len(part)
                if length > len(lowered):
                    break
                typed += 1
            return len(parts) - typed
        return syllables_not_typed(lowered, list(parts)) or 0

    def key(member_id: int) -> tuple[int, int, bool, str, str, int]:
        name, status, full = rows[member_id]
        return (collector.tier[member_id], untyped(name, full) if pinyin else 0, status not in COUNTS_AS_MEMBER, full,
                name, place[member_id])

    return sorted(ids, key=key)


def search_member_ids(db: Database, actor: Actor, query: str, *, scope: SearchScope | None = None,
                      limit: int = DEFAULT_LIMIT, cancel: CancelToken | None = None) -> list[int]:
    """Member ids matching `query`, best first: exact, then prefix, then substring/tail matches, equals ranked by
    `_ranked`. `cancel` stops a search that typing has overtaken (between its indexed queries)."""
    actor.require(Permission.VIEW_RECORDS)
    q = normalise_query(query)
    if not q:
        return []
    tiers = _tiers(q, db, _sight(db, actor))
    with db.read() as session:
        collector = _Collector(session, scope or SearchScope(), limit, cancel)
        collector.add_tiers(tiers)
        ranked = _ranked(session, collector, q)
        names = _revealed_names(session, collector.revealed) if collector.revealed else {}
    if collector.revealed:
        _record_reveal(db, actor, clean(q), collector.revealed, names)
    return ranked


def search_members(db: Database, actor: Actor, query: str, *, scope: SearchScope | None = None,
                   limit: int = DEFAULT_LIMIT) -> list[MemberRow]:
    return member_rows(db, actor, search_member_ids(db, actor, query, scope=scope, limit=limit))
