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
from typing import NamedTuple

from unionoffice.domain.competitions.weights import Weights

NO_TIME = 1 << 62  # an untimed entry of a timed event ranks after every timed one with the same scores


class EntryState(StrEnum):
    COMPETING = "参赛"
    WITHDRAWN = "弃权"
    DISQUALIFIED = "取消资格"


class DecisionMode(StrEnum):
    SHARE = "并列"  # every tied entry on the better side of the line
    ORDER = "排序"  # the tie broken in the order a person gave


class Performance(NamedTuple):
    """One entry's results in one stage; scores in hundredths of a point, time in milliseconds. (Named tuples, not
    dataclasses: a stage of 3,000 is ranked on every keystroke of the score grid.)"""

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


class Ranked(NamedTuple):
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
    unscored: list[Performance] = []
    out: list[Performance] = []
    competing = EntryState.COMPETING
    wt, wp = weights.theory, weights.practical
    # (−total, −practical, −theory, time, id): plain tuples sort natively; the id only orders a tie for display.
    scored: list[tuple[int, int, int, int, int]] = []
    for entry_id, theory, practical, time_ms, state, _union in performances:
        if state is not competing:
            out.append(Performance(entry_id, theory, practical, time_ms, state))
        elif theory is None or practical is None:
            unscored.append(Performance(entry_id, theory, practical))
        else:
            time = (time_ms if time_ms is not None else NO_TIME) if uses_time else 0
            scored.append((-(theory * wt + practical * wp), -practical, -theory, time, entry_id))
    scored.sort()
    orders = {d.entry_ids: d.order for d in decisions
              if d.mode is DecisionMode.ORDER and set(d.order) == d.entry_ids}
    result: list[Ranked] = []
    count, start = len(scored), 0
    while start < count:
        first = scored[start]
        end = start + 1
        while end < count and scored[end][:4] == first[:4]:
            end += 1
        if end - start == 1:
            result.append(Ranked(first[4], -first[0], start + 1, start + 1, (first[4],)))
        else:
            result.extend(_group([item[4] for item in scored[start:end]], -first[0], start, orders))
        start = end
    result.extend(Ranked(p.entry_id, None, None, None, ()) for p in sorted(unscored, key=lambda p: p.entry_id))
    result.extend(Ranked(p.entry_id, _total(p, weights), None, None, (), p.state)
                  for p in sorted(out, key=lambda p: p.entry_id))
    return result


def _group(ids: list[int], total: int, before: int, orders: dict[frozenset[int], tuple[int, ...]]) -> list[Ranked]:
    tie = tuple(ids)
    decided = orders.get(frozenset(tie)) if orders else None
    if decided is not None:
        return [Ranked(entry_id, total, before + i, before + i, (entry_id,), ordered_by_decision=True)
                for i, entry_id in enumerate(decided, start=1)]
    return [Ranked(entry_id, total, before + 1, before + i, tie) for i, entry_id in enumerate(tie, start=1)]


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
    place, places = entry.rank, boundary.places
    if place is None or place > places:
        return False
    if place + len(entry.tie) - 1 <= places:  # the whole tie (or the single entry) is inside
        return True
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
