"""Ranking one stage of one event: totals, tie-breaks, shared ranks, and ties that a person must decide.

docs/domain.md (b) and (f) 9: total descending; ties broken by the practical score, then the theory score, then
the time where the event is timed; a tie left after that shares the rank. A shared rank that straddles a prize,
promotion or grade-step line is never broken silently: it is flagged until a person decides it (all on the better
side, or an order), and the decision names exactly the entries it was made for, so a score change that alters the
tie brings the flag back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from unionoffice.domain.competitions.weights import Weights

NO_TIME = 1 << 62  # an untimed entry of a timed event ranks after every timed one with the same scores


class EntryState(StrEnum):
    COMPETING = "参赛"
    WITHDRAWN = "弃权"
    DISQUALIFIED = "取消资格"


class DecisionMode(StrEnum):
    SHARE = "并列"  # every tied entry on the better side of the line
    ORDER = "排序"  # the tie broken in the order a person gave


@dataclass(frozen=True, slots=True)
class Performance:
    """One entry's results in one stage; scores in hundredths of a point, time in milliseconds."""

    entry_id: int
    theory: int | None
    practical: int | None
    time_ms: int | None = None
    state: EntryState = EntryState.COMPETING
    group: int = 0  # the entrant's union, for advancement by per-union quota


@dataclass(frozen=True, slots=True)
class TieDecision:
    """A person's decision on one tie: `boundary` names the line for SHARE (one decision per line); an ORDER
    decision breaks the tie for every line and lists all its entries in `order`."""

    entry_ids: frozenset[int]
    mode: DecisionMode
    boundary: str = ""
    order: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Ranked:
    entry_id: int
    total: int | None  # ten-thousandths of a point (weights.TOTAL_SCALE); None until both scores are in
    rank: int | None  # shared by a tie; None for the unscored, withdrawn and disqualified
    position: int | None  # 1 … n in the order shown
    tie: tuple[int, ...]  # the entries sharing this rank, self included; () when unranked
    state: EntryState = EntryState.COMPETING
    ordered_by_decision: bool = False

    @property
    def shared(self) -> bool:
        return len(self.tie) > 1


def sort_key(p: Performance, weights: Weights, uses_time: bool) -> tuple[int, int, int, int]:
    """Smaller is better: total, practical, theory descending, then time ascending where the event is timed."""
    assert p.theory is not None
    assert p.practical is not None
    time = (p.time_ms if p.time_ms is not None else NO_TIME) if uses_time else 0
    return (-weights.total(p.theory, p.practical), -p.practical, -p.theory, time)


def rank(performances: Iterable[Performance], weights: Weights, *, uses_time: bool = False,
         decisions: Iterable[TieDecision] = ()) -> list[Ranked]:
    """Ranked entries in order, then those still without both scores, then the withdrawn and disqualified."""
    scored: list[tuple[tuple[int, int, int, int], int, Performance]] = []
    unscored: list[Performance] = []
    out: list[Performance] = []
    for p in performances:
        if p.state is not EntryState.COMPETING:
            out.append(p)
        elif p.theory is None or p.practical is None:
            unscored.append(p)
        else:
            scored.append((sort_key(p, weights, uses_time), p.entry_id, p))
    scored.sort(key=lambda item: (item[0], item[1]))  # the id only fixes the order shown inside a tie
    orders = {d.entry_ids: d.order for d in decisions
              if d.mode is DecisionMode.ORDER and set(d.order) == d.entry_ids}
    result: list[Ranked] = []
    start = 0
    while start < len(scored):
        end = start + 1
        while end < len(scored) and scored[end][0] == scored[start][0]:
            end += 1
        result.extend(_group(scored[start:end], start, weights, orders))
        start = end
    result.extend(Ranked(p.entry_id, None, None, None, ()) for p in sorted(unscored, key=lambda p: p.entry_id))
    result.extend(Ranked(p.entry_id, _total(p, weights), None, None, (), p.state)
                  for p in sorted(out, key=lambda p: p.entry_id))
    return result


def _group(items: Sequence[tuple[tuple[int, int, int, int], int, Performance]], before: int, weights: Weights,
           orders: dict[frozenset[int], tuple[int, ...]]) -> list[Ranked]:
    total = -items[0][0][0]
    ids = tuple(entry_id for _key, entry_id, _p in items)
    decided = orders.get(frozenset(ids)) if len(ids) > 1 else None
    if decided is not None:
        return [Ranked(entry_id, total, before + i, before + i, (entry_id,), ordered_by_decision=True)
                for i, entry_id in enumerate(decided, start=1)]
    return [Ranked(entry_id, total, before + 1, before + i, ids) for i, entry_id in enumerate(ids, start=1)]


def _total(p: Performance, weights: Weights) -> int | None:
    return None if p.theory is None or p.practical is None else weights.total(p.theory, p.practical)


@dataclass(frozen=True, slots=True)
class Boundary:
    """A line after the first `places` places: a prize band's last place, the promotion quota, the grade-step
    top N. `label` says it in Chinese for the flag."""

    key: str
    label: str
    places: int


@dataclass(frozen=True, slots=True)
class TieFlag:
    boundary: Boundary
    entry_ids: frozenset[int]
    rank: int

    @property
    def text(self) -> str:
        return (f"并列第{self.rank}名（{len(self.entry_ids)}人）跨越{self.boundary.label}，待裁定")


def straddles(rank_: int, size: int, places: int) -> bool:
    """A tie of `size` entries from `rank_` on has places on both sides of the line after `places`."""
    return rank_ <= places < rank_ + size - 1


def side(entry: Ranked, boundary: Boundary, shares: set[tuple[str, frozenset[int]]]) -> bool | None:
    """Inside the line (True), outside (False), or a straddling tie nobody has decided yet (None)."""
    if entry.rank is None:
        return False
    if not straddles(entry.rank, len(entry.tie), boundary.places):
        return entry.rank <= boundary.places
    return True if (boundary.key, frozenset(entry.tie)) in shares else None


def open_ties(ranked: Sequence[Ranked], boundaries: Sequence[Boundary],
              shares: set[tuple[str, frozenset[int]]]) -> list[TieFlag]:
    """Every tie that straddles a line and has no decision for that line."""
    flags: list[TieFlag] = []
    for entry in ranked:
        if entry.rank is None or not entry.shared or entry.entry_id != entry.tie[0]:
            continue
        ids = frozenset(entry.tie)
        for boundary in boundaries:
            if straddles(entry.rank, len(entry.tie), boundary.places) and (boundary.key, ids) not in shares:
                flags.append(TieFlag(boundary, ids, entry.rank))
    return flags


def share_keys(decisions: Iterable[TieDecision]) -> set[tuple[str, frozenset[int]]]:
    return {(d.boundary, d.entry_ids) for d in decisions if d.mode is DecisionMode.SHARE}
