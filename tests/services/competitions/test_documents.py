"""Award certificates and award letters for the winners of final results: numbered, verifiable, one PDF of each;
a revised prize is reported, never silently reprinted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.helpers.competitions import CLERK, REVIEWER, active_members, contest, falling, score_all
from tests.helpers.pdfcheck import page_count, pdftotext, require_poppler
from unionoffice.db.engine import Database
from unionoffice.documents.templates import DocumentKind
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.competitions.ranking import EntryState
from unionoffice.services.certificates.issuing import certificates_of, verify_code
from unionoffice.services.competitions import decisions as dc
from unionoffice.services.competitions.documents import SOURCE_TYPE, issue_awards, print_awards
from unionoffice.services.competitions.entries import set_entry_state
from unionoffice.services.competitions.events import StageDraft

ON = date(2024, 10, 20)  # before the demo contest's collection date (2024-11-15)


def _finalised(db: Database):  # type: ignore[no-untyped-def]
    people = active_members(db, 60)
    c = contest(db, people[:14], stages=(StageDraft("决赛"),))
    score_all(db, c.result_ids, falling(14))
    dc.publish_notice(db, CLERK, c.stage_ids[0])
    dc.finalise_stage(db, REVIEWER, c.stage_ids[0])
    return c


def test_winners_get_a_certificate_and_a_letter_to_their_union(db: Database, tmp_path: Path) -> None:
    require_poppler()
    c = _finalised(db)
    issue = issue_awards(db, CLERK, c.competition_id, issue_date=ON)
    assert issue.new == {"award": 12, "award-letter": 12}
    assert issue.not_final == []
    paths = print_awards(db, CLERK, issue, tmp_path)
    assert [p.name for p in paths] == ["获奖证书.pdf", "获奖通知书.pdf"]
    assert [page_count(p) for p in paths] == [12, 12]
    letters = pdftotext(paths[1])
    assert "工会：" in letters
    assert "荣获一等奖" in letters
    assert "区职工服务中心（人民大街100号）" in letters
    assert "2024年11月15日" in letters
    certificate = certificates_of(db, CLERK, SOURCE_TYPE, c.event_id)[0]
    assert verify_code(db, certificate.verification_code).genuine
    again = issue_awards(db, CLERK, c.competition_id, issue_date=ON)
    assert again.new == {"award": 0, "award-letter": 0}
    assert again.certificate_ids == issue.certificate_ids


def test_a_revised_prize_is_reported_for_the_holders(db: Database) -> None:
    c = _finalised(db)
    issue_awards(db, CLERK, c.competition_id, issue_date=ON)
    stage = c.stage_ids[0]
    dc.reopen_stage(db, REVIEWER, stage, "一等奖选手被举报违规，经查属实")
    with pytest.raises(ValidationError, match="还没有已确定的获奖名单"):
        issue_awards(db, CLERK, c.competition_id, issue_date=ON)
    set_entry_state(db, CLERK, c.result_ids[0], EntryState.DISQUALIFIED, "违规")
    dc.finalise_stage(db, REVIEWER, stage)
    issue = issue_awards(db, CLERK, c.competition_id, issue_date=ON)
    assert any("现已不是获奖者" in o for o in issue.outdated)
    assert any("现为一等奖" in o for o in issue.outdated)
    kinds = {c.kind for c in certificates_of(db, CLERK, SOURCE_TYPE, c.event_id)}
    assert kinds == {DocumentKind.AWARD.value, DocumentKind.AWARD_LETTER.value}


def test_a_letter_never_asks_to_collect_by_a_date_already_past(db: Database) -> None:
    c = _finalised(db)
    with pytest.raises(ValidationError, match="领奖日期（2024-11-15）早于发文日期（2024-12-01）"):
        issue_awards(db, CLERK, c.competition_id, issue_date=date(2024, 12, 1))
