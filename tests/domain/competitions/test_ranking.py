"""Ranking properties (docs/domain.md (b), (f) 9): permutation-invariant, ties as stated, weights respected, boundary
ties flagged and decided, withdrawals re-rank."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from unionoffice.domain.competitions.ranking import (
    Boundary,
    DecisionMode,
    EntryState,
    Performance,
    Ranked,
    TieDecision,
    open_ties,
    rank,
    share_keys,
    side,
    sort_key,
)
from unionoffice.domain.competitions.weights import Weights

# Few distinct values, so that ties (and ties surviving every tie-break) are common.
score = st.sampled_from([6000, 7000, 7500, 8000, 8850, 9000])
time = st.one_of(st.none(), st.sampled_from([600_000, 615_500, 700_000]))
weights = st.sampled_from([Weights(30, 70), Weights(40, 60), Weights(0, 100), Weights(50, 50)])


@st.composite
def performances(draw: st.DrawFn, min_size: int = 0, max_size: int = 40) -> list[Performance]:
    size = draw(st.integers(min_size, max_size))
    ids = draw(st.lists(st.integers(1, 10_000), min_size=size, max_size=size, unique=True))
    return [Performance(i, draw(score), draw(score), draw(time)) for i in ids]


def by_id(ranked: list[Ranked]) -> dict[int, Ranked]:
    return {r.entry_id: r for r in ranked}


@given(performances(), weights, st.booleans(), st.randoms())
def test_ranking_does_not_depend_on_the_input_order(perfs: list[Performance], w: Weights, timed: bool,
                                                     rnd: random.Random) -> None:
    shuffled = perfs[:]
    rnd.shuffle(shuffled)
    assert rank(shuffled, w, uses_time=timed) == rank(perfs, w, uses_time=timed)


@given(performances(), weights, st.booleans())
def test_rank_is_one_plus_the_number_strictly_better_and_equal_keys_share(perfs: list[Performance], w: Weights,
                                                                          timed: bool) -> None:
    ranked = by_id(rank(perfs, w, uses_time=timed))
    keys = {p.entry_id: sort_key(p, w, timed) for p in perfs}
    for p in perfs:
        better = sum(1 for k in keys.values() if k < keys[p.entry_id])
        assert ranked[p.entry_id].rank == better + 1
        same = {q for q, k in keys.items() if k == keys[p.entry_id]}
        assert set(ranked[p.entry_id].tie) == same


@given(performances(min_size=2), weights)
def test_total_follows_the_weights_and_orders_the_list(perfs: list[Performance], w: Weights) -> None:
    ranked = rank(perfs, w)
    given_ = {p.entry_id: p for p in perfs}
    for r in ranked:
        p = given_[r.entry_id]
        assert r.total == p.theory * w.theory + p.practical * w.practical  # type: ignore[operator]
    totals = [r.total for r in ranked]
    assert totals == sorted(totals, reverse=True)  # type: ignore[type-var]


def test_tie_breaks_practical_then_theory_then_time() -> None:
    w = Weights(30, 70)
    # All three total 84.0 (30/70): 70/90, then 84/84, then 98/78.
    a, b, c = Performance(1, 7000, 9000), Performance(2, 8400, 8400), Performance(3, 9800, 7800)
    assert [r.entry_id for r in rank([c, b, a], w)] == [1, 2, 3]
    assert [r.rank for r in rank([c, b, a], w)] == [1, 2, 3]
    timed = [Performance(4, 8000, 8000, 700_000), Performance(5, 8000, 8000, 650_000), Performance(6, 8000, 8000)]
    assert [(r.entry_id, r.rank) for r in rank(timed, w, uses_time=True)] == [(5, 1), (4, 2), (6, 3)]
    # The same entries in an untimed event share first place.
    assert {r.rank for r in rank(timed, w)} == {1}


@given(performances(min_size=3), weights, st.data())
def test_boundary_is_flagged_exactly_when_a_tie_straddles_it(perfs: list[Performance], w: Weights,
                                                              data: st.DataObject) -> None:
    ranked = rank(perfs, w)
    places = data.draw(st.integers(1, len(ranked) - 1))
    line = Boundary("prize:三等奖", "三等奖名额", places)
    flags = open_ties(ranked, [line], set())
    inside, outside = ranked[places - 1], ranked[places]
    if inside.rank == outside.rank:
        assert len(flags) == 1
        assert flags[0].entry_ids == frozenset(inside.tie)
        assert all(side(ranked[i], line, set()) is None for i in (places - 1, places))
    else:
        assert flags == []
        assert side(inside, line, set()) is True
        assert side(outside, line, set()) is False


@given(performances(min_size=3), weights, st.data())
def test_a_decision_closes_the_flag_share_puts_all_inside_order_breaks_the_tie(
        perfs: list[Performance], w: Weights, data: st.DataObject) -> None:
    ranked = rank(perfs, w)
    places = data.draw(st.integers(1, len(ranked) - 1))
    line = Boundary("grade", "晋升技能等级名额", places)
    flags = open_ties(ranked, [line], set())
    if not flags:
        return
    tie = flags[0].entry_ids
    shared = [TieDecision(tie, DecisionMode.SHARE, line.key)]
    assert open_ties(ranked, [line], share_keys(shared)) == []
    assert all(side(r, line, share_keys(shared)) is True for r in ranked if r.entry_id in tie)
    order = tuple(data.draw(st.permutations(sorted(tie))))
    reordered = rank(perfs, w, decisions=[TieDecision(tie, DecisionMode.ORDER, order=order)])
    first = min(r.position for r in reordered if r.entry_id in tie)  # type: ignore[type-var]
    assert [r.entry_id for r in reordered if r.entry_id in tie] == list(order)
    assert [r.rank for r in reordered if r.entry_id in tie] == list(range(first, first + len(order)))
    assert open_ties(reordered, [line], set()) == []


def test_the_article_case_eleven_in_the_top_ten_is_flagged() -> None:
    perfs = [Performance(i, 9000 - i * 100, 9000 - i * 100) for i in range(1, 10)]
    perfs += [Performance(10, 7000, 7000), Performance(11, 7000, 7000), Performance(12, 6000, 6000)]
    flags = open_ties(rank(perfs, Weights()), [Boundary("grade", "晋升技能等级名额（前10名）", 10)], set())
    assert [f.text for f in flags] == ["并列第10名（2人）跨越晋升技能等级名额（前10名），待裁定"]


@given(performances(min_size=2), weights, st.data())
def test_withdrawal_and_disqualification_re_rank_the_rest(perfs: list[Performance], w: Weights,
                                                          data: st.DataObject) -> None:
    gone = data.draw(st.sampled_from(perfs))
    state = data.draw(st.sampled_from([EntryState.WITHDRAWN, EntryState.DISQUALIFIED]))
    marked = [Performance(p.entry_id, p.theory, p.practical, p.time_ms, state) if p is gone else p for p in perfs]
    with_state = by_id(rank(marked, w))
    without = by_id(rank([p for p in perfs if p is not gone], w))
    assert with_state[gone.entry_id].rank is None
    assert with_state[gone.entry_id].state is state
    for entry_id, r in without.items():
        assert with_state[entry_id].rank == r.rank


def test_unscored_entries_are_listed_unranked_after_the_ranked() -> None:
    ranked = rank([Performance(1, None, 8000), Performance(2, 7000, 7000), Performance(3, 8000, None)], Weights())
    assert [(r.entry_id, r.rank) for r in ranked] == [(2, 1), (1, None), (3, None)]


def test_an_order_decision_for_other_entries_does_not_apply() -> None:
    perfs = [Performance(1, 8000, 8000), Performance(2, 8000, 8000), Performance(3, 8000, 8000)]
    stale = TieDecision(frozenset({1, 2}), DecisionMode.ORDER, order=(2, 1))
    assert {r.rank for r in rank(perfs, Weights(), decisions=[stale])} == {1}
