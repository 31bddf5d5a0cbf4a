"""Training rules: hours in tenths, credit per mark, the completion rule and override, the waiting list."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.training.rules import (
    Assessment,
    CompletionRule,
    Mark,
    credited_from_groups,
    credited_tenths,
    credited_total,
    evaluate,
    format_hours,
    move_up,
    next_mark,
    parse_hours,
    split_hours,
)

marks = st.sampled_from([None, *Mark])


def test_hours_parse_and_format() -> None:
    assert parse_hours("3.5") == 35
    assert parse_hours(" 4 ") == 40
    assert parse_hours("") == 0
    assert format_hours(35) == "3.5"
    assert format_hours(40) == "4"
    for bad in ("-1", "1.25", "abc"):
        with pytest.raises(ValidationError, match="学时"):
            parse_hours(bad)


@given(st.integers(0, 100_000))
def test_hours_round_trip(tenths: int) -> None:
    assert parse_hours(format_hours(tenths)) == tenths


@given(st.integers(0, 2000), st.integers(1, 40))
def test_split_hours_keeps_the_total(total: int, sessions: int) -> None:
    parts = split_hours(total, sessions)
    assert len(parts) == sessions
    assert sum(parts) == total
    assert min(parts) >= 0


def test_split_hours_prefers_whole_hours() -> None:
    assert split_hours(160, 4) == [40, 40, 40, 40]
    assert split_hours(175, 4) == [50, 40, 40, 45]


def test_credit_per_mark() -> None:
    assert credited_tenths(Mark.PRESENT, 40) == 40
    assert credited_tenths(Mark.LATE, 40) == 40
    assert credited_tenths(Mark.LATE, 40, late_credit_pct=50) == 20
    assert credited_tenths(Mark.LATE, 35, late_credit_pct=50) == 17  # rounded down, never over-credited
    assert credited_tenths(Mark.EXCUSED, 40) == 0
    assert credited_tenths(Mark.ABSENT, 40) == 0
    assert credited_tenths(None, 40) == 0


@given(st.lists(st.tuples(marks, st.sampled_from([20, 30, 35, 40, 80])), max_size=40), st.integers(0, 100))
def test_grouped_credit_equals_per_session_credit(cells: list[tuple[Mark | None, int]], pct: int) -> None:
    groups: dict[tuple[Mark, int], int] = {}
    for mark, hours in cells:
        if mark is not None:
            groups[(mark, hours)] = groups.get((mark, hours), 0) + 1
    assert credited_from_groups(groups, pct) == credited_total(cells, pct)


def test_space_cycles_through_every_mark_and_back_to_blank() -> None:
    seen = [None]
    for _ in range(5):
        seen.append(next_mark(seen[-1]))
    assert seen == [None, Mark.PRESENT, Mark.LATE, Mark.EXCUSED, Mark.ABSENT, None]


def test_completion_needs_eighty_percent_and_a_pass() -> None:
    rule = CompletionRule(min_attendance_pct=80, require_assessment=True)
    done = evaluate(rule, 288, 360, Assessment.PASSED)
    assert done.completed
    assert done.computed
    assert not done.overridden
    short = evaluate(rule, 287, 360, Assessment.PASSED)
    assert not short.completed
    assert "不足 80%" in short.reason
    assert "28.7/36" in short.reason
    failed = evaluate(rule, 360, 360, Assessment.FAILED)
    assert not failed.completed
    assert failed.reason == "考核不合格"
    pending = evaluate(rule, 360, 360, "未考核")
    assert not pending.completed
    assert pending.reason == "尚未考核"
    assert evaluate(CompletionRule(require_assessment=False), 300, 360, Assessment.PENDING).completed
    assert not evaluate(rule, 0, 0, Assessment.PASSED).completed  # a class without sessions completes no one


def test_override_wins_and_says_so() -> None:
    rule = CompletionRule()
    forced = evaluate(rule, 100, 360, Assessment.PASSED, override=True)
    assert forced.completed
    assert not forced.computed
    assert forced.overridden
    assert forced.label == "结业（改判）"
    refused = evaluate(rule, 360, 360, Assessment.PASSED, override=False)
    assert not refused.completed
    assert refused.computed
    assert refused.overridden
    same = evaluate(rule, 360, 360, Assessment.PASSED, override=True)
    assert same.completed
    assert not same.overridden


@given(st.integers(0, 100), st.integers(0, 10_000), st.integers(1, 10_000))
def test_more_attendance_never_loses_completion(pct: int, credited: int, total: int) -> None:
    rule = CompletionRule(min_attendance_pct=pct, require_assessment=False)
    credited = min(credited, total)
    if evaluate(rule, credited, total, Assessment.PENDING).completed:
        assert evaluate(rule, min(total, credited + 1), total, Assessment.PENDING).completed


def test_rule_limits() -> None:
    with pytest.raises(ValidationError, match="结业出勤比例"):
        CompletionRule(min_attendance_pct=101).validated()
    with pytest.raises(ValidationError, match="迟到计学时比例"):
        CompletionRule(late_credit_pct=-1).validated()
    assert CompletionRule().describe() == "出勤学时不少于 80%且考核合格"


def test_waiting_list_moves_up_in_order() -> None:
    move = move_up(capacity=10, enrolled=9, waiting=[7, 3, 5])
    assert move.promoted == [7]
    assert move.positions == {3: 1, 5: 2}
    assert move_up(10, 10, [7, 3]).promoted == []
    assert move_up(10, 12, [7]).positions == {7: 1}  # over capacity after a cut: nobody moves
