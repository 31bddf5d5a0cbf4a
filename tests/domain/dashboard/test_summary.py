"""The annual report's sentences: 万元 to the yuan, the change against last year, no clause about a zero or missing
figure, and the templates are data the office can edit."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from unionoffice.domain.dashboard.summary import TEMPLATES, Value, change, clause, sentence, wan_yuan


def test_large_sums_in_wan_yuan_to_the_yuan() -> None:
    assert wan_yuan(474_369_000) == "474.369万元"
    assert wan_yuan(5_200_000_00) == "520万元"
    assert wan_yuan(1_234_567_89) == "123.4568万元"
    assert wan_yuan(12_345) == "0.0123万元"


def test_change_against_last_year() -> None:
    assert change(1123, 1000) == "，较上年增长12.3%"
    assert change(960, 1000) == "，较上年下降4.0%"
    assert change(1000, 1000) == "，与上年持平"
    assert change(1000, 0) == ""
    assert change(1000, None) == ""


def test_the_article_s_sentence_from_the_figures() -> None:
    now = {"golden_budget": Value(474_369_000, "元"), "children_workers": Value(854, "人"),
           "children_migrants": Value(55, "人")}
    before = {"golden_budget": Value(422_500_000, "元")}
    assert sentence("aid", now, before) == ("全年金秋助学筹集资金474.369万元，较上年增长12.3%，"
                                            "资助困难职工子女854人、困难农民工子女55人。")


def test_no_clause_about_a_zero_or_missing_figure() -> None:
    now = {"golden_budget": Value(0, "元"), "children_workers": Value(854, "人"), "children_migrants": Value(0, "人"),
           "approved": Value(None, "元"), "paid": Value(1_000_000, "元")}
    text = sentence("aid", now, {})
    assert text == "已发放1万元。"
    assert sentence("honours", {}, {}) == ""


def test_the_templates_are_the_office_s_words() -> None:
    mine = {"aid": ("今年金秋助学共资助{children_workers}名困难职工子女{children_workers|较上年}",)}
    now = {"children_workers": Value(900, "人")}
    assert sentence("aid", now, {"children_workers": Value(800, "人")}, mine) == \
        "今年金秋助学共资助900名困难职工子女，较上年增长12.5%。"
    assert all(isinstance(t, str) for clauses in TEMPLATES.values() for t in clauses)


@given(st.integers(min_value=1, max_value=10**9), st.integers(min_value=1, max_value=10**9))
def test_a_clause_always_names_its_figure_and_the_direction(now: int, before: int) -> None:
    text = clause("会员{members}人{members|较上年}", {"members": Value(now, "人")}, {"members": Value(before, "人")})
    assert text is not None
    assert text.startswith(f"会员{now}人")
    assert ("增长" in text) == (now > before)
    assert ("下降" in text) == (now < before)
