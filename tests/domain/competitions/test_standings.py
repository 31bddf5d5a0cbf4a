"""Prizes, promotion and grade-step places read off a ranking; open ties hold the outcome back until decided."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from unionoffice.domain.competitions.prizes import DEFAULT_BANDS, BandMode, PrizeBand, band_limits
from unionoffice.domain.competitions.ranking import DecisionMode, Performance, TieDecision
from unionoffice.domain.competitions.standings import AdvanceMode, StageRules, decide_stage
from unionoffice.domain.competitions.weights import Weights

FINAL = StageRules(Weights(30, 70), bands=DEFAULT_BANDS, grade_places=10)


def spread(count: int) -> list[Performance]:
    """Entries 1…count with strictly falling scores: no ties."""
    return falling(range(1, count + 1))


def falling(ids: range, top: int = 9900) -> list[Performance]:
    return [Performance(i, top - k * 50, top - k * 50) for k, i in enumerate(ids)]


def test_band_limits_by_count_and_share() -> None:
    assert band_limits(DEFAULT_BANDS, 100) == [1, 4, 10, 30]
    assert band_limits(DEFAULT_BANDS, 7) == [1, 4, 7, 7]
    assert band_limits([PrizeBand("优秀奖", BandMode.SHARE, 15)], 99) == [14]


def test_prizes_without_ties_follow_the_anhui_tiers() -> None:
    outcome = decide_stage(spread(50), FINAL)
    prizes = [s.prize for s in outcome.standings]
    assert prizes[:1] == ["一等奖"]
    assert prizes[1:4] == ["二等奖"] * 3
    assert prizes[4:10] == ["三等奖"] * 6
    assert prizes[10:20] == ["优秀奖"] * 10
    assert set(prizes[20:]) == {None}
    assert [s.top_grade for s in outcome.standings[:11]] == [True] * 10 + [False]
    assert outcome.flags == []


def test_a_tie_across_the_third_prize_line_is_held_until_decided() -> None:
    perfs = spread(9) + [Performance(10, 7000, 7000), Performance(11, 7000, 7000)] + falling(range(12, 31), 6500)
    outcome = decide_stage(perfs, FINAL)
    tied = [s for s in outcome.standings if s.entry_id in (10, 11)]
    assert {s.ranked.rank for s in tied} == {10}
    assert all(s.prize is None and s.top_grade is None for s in tied)
    assert sorted(f.boundary.key for f in outcome.flags) == ["grade", "prize:三等奖"]
    assert all(len(s.flags) == 2 for s in tied)
    # Both share third prize and both are in the top ten: the next band still starts at place 12.
    decisions = [TieDecision(frozenset({10, 11}), DecisionMode.SHARE, key) for key in ("prize:三等奖", "grade")]
    decided = decide_stage(perfs, FINAL, decisions)
    assert decided.flags == []
    assert decided.stale == []
    by_entry = decided.by_entry()
    assert by_entry[10].prize == by_entry[11].prize == "三等奖"
    assert by_entry[10].top_grade
    assert by_entry[11].top_grade
    assert by_entry[12].prize == "优秀奖"
    assert by_entry[12].ranked.rank == 12


def test_an_order_decision_gives_separate_places() -> None:
    perfs = spread(9) + [Performance(10, 7000, 7000), Performance(11, 7000, 7000)] + falling(range(12, 31), 6500)
    decided = decide_stage(perfs, FINAL, [TieDecision(frozenset({10, 11}), DecisionMode.ORDER, order=(11, 10))])
    by_entry = decided.by_entry()
    assert (by_entry[11].ranked.rank, by_entry[11].prize) == (10, "三等奖")
    assert (by_entry[10].ranked.rank, by_entry[10].prize, by_entry[10].top_grade) == (11, "优秀奖", False)
    assert decided.flags == []


def test_a_decision_goes_stale_when_the_tie_changes() -> None:
    perfs = spread(9) + [Performance(10, 7000, 7000), Performance(11, 7000, 7000)]
    decision = TieDecision(frozenset({10, 11}), DecisionMode.SHARE, "grade")
    changed = perfs[:-1] + [Performance(11, 7000, 7050)]  # entry 11's practical score corrected
    outcome = decide_stage(changed, FINAL, [decision])
    assert outcome.stale == [decision]
    assert outcome.flags == []


def test_advancement_by_rank_with_a_tie_at_the_line() -> None:
    rules = StageRules(Weights(), advance_mode=AdvanceMode.RANK, advance_places=3)
    perfs = spread(2) + [Performance(3, 8000, 8000), Performance(4, 8000, 8000)] + falling(range(5, 7), 7000)
    outcome = decide_stage(perfs, rules)
    assert [s.advances for s in outcome.standings] == [True, True, None, None, False, False]
    assert [f.boundary.key for f in outcome.flags] == ["advance"]
    shared = decide_stage(perfs, rules, [TieDecision(frozenset({3, 4}), DecisionMode.SHARE, "advance")])
    assert sum(1 for s in shared.standings if s.advances) == 4


def test_advancement_by_union_quota() -> None:
    rules = StageRules(Weights(), advance_mode=AdvanceMode.QUOTA, advance_places=1)
    perfs = [Performance(1, 9000, 9000, group=7), Performance(2, 8000, 8000, group=7),
             Performance(3, 5000, 5000, group=8), Performance(4, 5000, 5000, group=8)]
    outcome = decide_stage(perfs, rules, group_names={8: "南湖医院工会"})
    assert [s.advances for s in outcome.standings] == [True, False, None, None]
    assert outcome.flags[0].text == "并列第1名（2人）跨越南湖医院工会晋级名额（前1名），待裁定"
    decided = decide_stage(perfs, rules, [TieDecision(frozenset({3, 4}), DecisionMode.ORDER, order=(4, 3))])
    assert {e: s.advances for e, s in decided.by_entry().items()} == {1: True, 2: False, 3: False, 4: True}


@given(st.lists(st.sampled_from([6000, 7000, 8000]), min_size=1, max_size=60))
def test_no_prize_is_given_silently_across_a_line(scores: list[int]) -> None:
    perfs = [Performance(i, s, s) for i, s in enumerate(scores, start=1)]
    outcome = decide_stage(perfs, FINAL)
    flagged = {e for f in outcome.flags for e in f.entry_ids}
    for s in outcome.standings:
        if s.entry_id in flagged:
            assert s.prize is None or s.top_grade is None
        # Everybody sharing a rank gets the same outcome.
        for other in outcome.standings:
            if other.ranked.rank == s.ranked.rank:
                assert (other.prize, other.top_grade) == (s.prize, s.top_grade)
