"""The results workflow: ranking live, ties flagged and decided (recorded, audited), advancement, withdrawals and
disqualifications re-ranking, final results written into the members' distinctions and withdrawn on revision."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.helpers.competitions import (
    CLERK,
    REVIEWER,
    active_members,
    contest,
    falling,
    result_ids_of,
    score,
    score_all,
)
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry, MemberDistinction
from unionoffice.db.models.competitions import Entry, TieDecisionRow
from unionoffice.domain.common.errors import PermissionDeniedError, ValidationError
from unionoffice.domain.competitions.ranking import DecisionMode, EntryState
from unionoffice.domain.competitions.standings import StageState
from unionoffice.services.competitions import decisions as dc
from unionoffice.services.competitions.entries import set_entry_state
from unionoffice.services.competitions.events import StageDraft
from unionoffice.services.competitions.results import stage_results
from unionoffice.services.competitions.scoring import ScoreField, set_score
from unionoffice.services.members.distinctions import distinctions_of

FINAL_ONLY = (StageDraft("决赛"),)


def _tied_at_ten(db: Database, count: int = 14):  # type: ignore[no-untyped-def]
    """A one-stage event of `count` where places 10 and 11 tie on every score (third prize and top-ten line)."""
    people = active_members(db, 60)
    c = contest(db, people[:count], stages=FINAL_ONLY)
    scores = falling(9) + [(70.0, 80.0), (70.0, 80.0)] + falling(count - 11, top=60.0)
    score_all(db, c.result_ids, scores)
    return c


def test_a_tie_at_the_third_prize_and_top_ten_lines_is_flagged(db: Database) -> None:
    c = _tied_at_ten(db)
    results = stage_results(db, CLERK, c.stage_ids[0])
    tied = [r for r in results.rows if r.rank == 10]
    assert [r.entry_id for r in tied] == c.entry_ids[9:11]
    assert all(r.prize is None and r.outcome == "待裁定" for r in tied)
    assert sorted(f.boundary.key for f in results.outcome.flags) == ["grade", "prize:三等奖"]
    assert "并列第10名（2人）跨越三等奖名额（前10名），待裁定" in tied[0].flags


def test_final_results_wait_for_the_decision_and_the_decision_is_audited(db: Database) -> None:
    c = _tied_at_ten(db)
    stage = c.stage_ids[0]
    dc.publish_notice(db, CLERK, stage)
    with pytest.raises(ValidationError, match="2 处并列待裁定"):
        dc.finalise_stage(db, REVIEWER, stage)
    pair = c.entry_ids[9:11]
    with pytest.raises(PermissionDeniedError):
        dc.decide_tie(db, CLERK, stage, pair, DecisionMode.SHARE, "同分并列")
    with pytest.raises(ValidationError, match="裁定理由"):
        dc.decide_tie(db, REVIEWER, stage, pair, DecisionMode.SHARE, " ")
    dc.decide_tie(db, REVIEWER, stage, pair, DecisionMode.SHARE, "理论、实操均相同，经组委会研究并列三等奖")
    results = stage_results(db, CLERK, stage)
    assert [r.prize for r in results.rows if r.entry_id in pair] == ["三等奖", "三等奖"]
    assert results.rows[11].prize == "优秀奖"  # the merit band still starts at place 12
    assert [d.reason for d in results.decisions] == ["理论、实操均相同，经组委会研究并列三等奖"] * 2
    with db.read() as session:
        audited = session.execute(select(AuditEntry.summary).where(AuditEntry.username == "reviewer")).scalars().all()
    assert any("裁定并列" in s and "经组委会研究" in s for s in audited)
    dc.finalise_stage(db, REVIEWER, stage)
    assert stage_results(db, CLERK, stage).sheet.state is StageState.FINAL


def test_an_order_decision_breaks_the_tie_for_every_line(db: Database) -> None:
    c = _tied_at_ten(db)
    stage = c.stage_ids[0]
    first, second = c.entry_ids[10], c.entry_ids[9]
    dc.decide_tie(db, REVIEWER, stage, [first, second], DecisionMode.ORDER, "现场复核实操用时，后者较短",
                  order=[first, second])
    rows = {r.entry_id: r for r in stage_results(db, CLERK, stage).rows}
    assert (rows[first].rank, rows[first].prize, rows[first].top_grade) == (10, "三等奖", True)
    assert (rows[second].rank, rows[second].prize, rows[second].top_grade) == (11, "优秀奖", False)
    with db.read() as session:
        assert session.execute(select(TieDecisionRow.mode)).scalars().all() == ["排序"]


def test_a_corrected_score_makes_the_decision_stale_and_it_can_be_removed(db: Database) -> None:
    c = _tied_at_ten(db)
    stage = c.stage_ids[0]
    dc.decide_tie(db, REVIEWER, stage, c.entry_ids[9:11], DecisionMode.SHARE, "并列", boundaries=["grade"])
    set_score(db, CLERK, c.result_ids[10], ScoreField.PRACTICAL, 7950)
    results = stage_results(db, CLERK, stage)
    assert results.outcome.flags == []
    assert [d.stale for d in results.decisions] == [True]
    dc.remove_decision(db, REVIEWER, results.decisions[0].id)
    assert stage_results(db, CLERK, stage).decisions == []


def test_advancement_fills_the_next_stage_and_a_late_withdrawal_re_ranks(db: Database) -> None:
    people = active_members(db, 60)
    c = contest(db, people[:12])  # 预赛 top 6 → 决赛
    score_all(db, c.result_ids, falling(12))
    prelim, final = c.stage_ids
    set_entry_state(db, CLERK, c.result_ids[2], EntryState.WITHDRAWN, "因病弃权")
    rows = stage_results(db, CLERK, prelim).rows
    assert [r.entry_id for r in rows if r.advances] == [c.entry_ids[i] for i in (0, 1, 3, 4, 5, 6)]
    assert [r.rank for r in rows[:6]] == [1, 2, 3, 4, 5, 6]
    assert rows[-1].outcome == "弃权"
    dc.publish_notice(db, CLERK, prelim)
    dc.finalise_stage(db, REVIEWER, prelim)
    assert sorted(result_ids_of(db, final)) == sorted(c.entry_ids[i] for i in (0, 1, 3, 4, 5, 6))
    with pytest.raises(ValidationError, match="成绩已确定"):
        set_entry_state(db, CLERK, c.result_ids[7], EntryState.DISQUALIFIED, "冒名顶替")


def test_disqualification_in_the_final_re_ranks_and_moves_prizes_up(db: Database) -> None:
    people = active_members(db, 60)
    c = contest(db, people[:14], stages=FINAL_ONLY)
    score_all(db, c.result_ids, falling(14))
    stage = c.stage_ids[0]
    set_entry_state(db, CLERK, c.result_ids[0], EntryState.DISQUALIFIED, "违规使用工具")
    rows = {r.entry_id: r for r in stage_results(db, CLERK, stage).rows}
    assert rows[c.entry_ids[0]].rank is None
    assert (rows[c.entry_ids[1]].rank, rows[c.entry_ids[1]].prize) == (1, "一等奖")
    with pytest.raises(ValidationError, match="原因"):
        set_entry_state(db, CLERK, c.result_ids[1], EntryState.WITHDRAWN, "")


def test_final_prizes_are_recorded_as_distinctions_and_withdrawn_on_revision(db: Database) -> None:
    people = active_members(db, 60)
    c = contest(db, people[:14], stages=FINAL_ONLY)
    score_all(db, c.result_ids, falling(14))
    stage = c.stage_ids[0]
    with pytest.raises(ValidationError, match="须先公示"):
        dc.finalise_stage(db, REVIEWER, stage)
    dc.publish_notice(db, CLERK, stage)
    dc.finalise_stage(db, REVIEWER, stage)
    with db.read() as session:
        member_of = dict(session.execute(select(Entry.id, Entry.member_id)).all())
        recorded = session.execute(select(MemberDistinction.source_id, MemberDistinction.title,
                                          MemberDistinction.kind, MemberDistinction.source_type)).all()
    # 14 ranked: 1 + 3 + 6 prizes and 20 % (2) merit awards.
    assert len(recorded) == 12
    assert {kind for _s, _t, kind, _st in recorded} == {"竞赛获奖"}
    assert {st for _s, _t, _k, st in recorded} == {"competition_entry"}
    first = distinctions_of(db, CLERK, member_of[c.entry_ids[0]])
    assert [d.title for d in first] == ["南关区第三届职工职业技能大赛焊工决赛一等奖"]
    with pytest.raises(ValidationError, match="成绩已确定"):
        score(db, c.result_ids[0], 10, 10)
    with pytest.raises(PermissionDeniedError):
        dc.reopen_stage(db, CLERK, stage, "更正")
    dc.reopen_stage(db, REVIEWER, stage, "接到举报，核实一等奖选手违规")
    with db.read() as session:
        assert session.execute(select(MemberDistinction)).first() is None
    set_entry_state(db, CLERK, c.result_ids[0], EntryState.DISQUALIFIED, "违规使用工具")
    dc.finalise_stage(db, REVIEWER, stage)
    assert distinctions_of(db, CLERK, member_of[c.entry_ids[0]]) == []
    assert [d.title for d in distinctions_of(db, CLERK, member_of[c.entry_ids[1]])] == [
        "南关区第三届职工职业技能大赛焊工决赛一等奖"]


def test_publishing_needs_every_score_and_a_prelim_reopens_only_while_the_final_is_unscored(db: Database) -> None:
    people = active_members(db, 60)
    c = contest(db, people[:10])
    score_all(db, c.result_ids[:9], falling(9))
    with pytest.raises(ValidationError, match="还有 1 名选手没有录完成绩"):
        dc.publish_notice(db, CLERK, c.stage_ids[0])
    score(db, c.result_ids[9], 50, 50)
    dc.publish_notice(db, CLERK, c.stage_ids[0])
    dc.finalise_stage(db, REVIEWER, c.stage_ids[0])
    finalists = result_ids_of(db, c.stage_ids[1])
    score(db, next(iter(finalists.values())), 90, 90)
    with pytest.raises(ValidationError, match="决赛已开始录入成绩"):
        dc.reopen_stage(db, REVIEWER, c.stage_ids[0], "更正")
