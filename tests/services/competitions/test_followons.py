"""Follow-ons of a final: 技术能手 recommendations, grade steps within their limits, the masked 公示 list; a
member's entries; labour-and-skill competition projects."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from tests.helpers.competitions import CLERK, REVIEWER, active_members, contest, falling, score_all
from unionoffice.db.engine import Database
from unionoffice.db.models import Member
from unionoffice.db.models.competitions import Entry
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.permissions import Role
from unionoffice.domain.competitions.grades import GradeRule
from unionoffice.services.competitions import decisions as dc
from unionoffice.services.competitions import followons as fo
from unionoffice.services.competitions import labour
from unionoffice.services.competitions.events import StageDraft
from unionoffice.services.competitions.history import member_competitions
from unionoffice.services.competitions.settings import CompetitionSettings, save_competition_settings
from unionoffice.services.core.context import Actor
from unionoffice.services.reporting.lists import export_list

FINAL_ONLY = (StageDraft("决赛"),)


def _final(db: Database, count: int = 14, grades: dict[int, str] | None = None):  # type: ignore[no-untyped-def]
    people = active_members(db, 60)
    c = contest(db, people[:count], stages=FINAL_ONLY)
    with db.write() as session:
        for index, grade in (grades or {}).items():
            member = session.execute(select(Entry.member_id).where(Entry.id == c.entry_ids[index])).scalar_one()
            session.execute(update(Member).where(Member.id == member).values(skill_grade=grade))
    score_all(db, c.result_ids, falling(count))
    return c


def test_the_top_ten_go_up_one_grade_and_never_above_senior_technician(db: Database) -> None:
    c = _final(db, grades={0: "一级/高级技师", 1: "二级/技师", 2: "", 9: "五级/初级工", 10: "三级/高级工"})
    rows = fo.grade_steps(db, CLERK, c.competition_id)
    assert len(rows) == 10
    by_no = {r.rank: r for r in rows}
    assert (by_no[1].proposed_grade, by_no[1].note) == ("", "已是一级/高级技师，不能再晋升")
    assert by_no[2].proposed_grade == "一级/高级技师"
    assert by_no[3].proposed_grade == "五级/初级工"
    assert by_no[10].proposed_grade == "四级/中级工"
    assert 11 not in by_no


def test_the_hainan_rule_steps_by_prize(db: Database) -> None:
    save_competition_settings(db, Actor("admin", Role.ADMIN, user_id=1),
                              CompetitionSettings(grade_rule=GradeRule.BY_PRIZE))
    c = _final(db, grades={0: "四级/中级工", 1: "二级/技师", 4: "二级/技师"})
    by_rank = {r.rank: r for r in fo.grade_steps(db, CLERK, c.competition_id)}
    assert by_rank[1].proposed_grade == "二级/技师"
    assert by_rank[2].proposed_grade == "一级/高级技师"
    assert by_rank[5].proposed_grade == "一级/高级技师"


def test_a_tie_at_the_tenth_place_is_listed_as_waiting_for_a_decision(db: Database) -> None:
    people = active_members(db, 60)
    c = contest(db, people[:12], stages=FINAL_ONLY)
    score_all(db, c.result_ids, falling(9) + [(70.0, 70.0), (70.0, 70.0), (50.0, 50.0)])
    rows = fo.grade_steps(db, CLERK, c.competition_id)
    assert [r.note for r in rows if r.rank == 10] == ["并列待裁定", "并列待裁定"]


def test_prize_winners_of_medal_bands_are_recommended_for_technical_expert(db: Database) -> None:
    c = _final(db)
    rows = fo.expert_recommendations(db, CLERK, c.competition_id)
    assert [r.prize for r in rows] == ["一等奖"] + ["二等奖"] * 3 + ["三等奖"] * 6


def test_the_notice_masks_names_and_needs_a_published_stage(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    c = _final(db)
    stage = c.stage_ids[0]
    with pytest.raises(ValidationError, match="还未公示"):
        export_list(db, CLERK, fo.notice_document(db, CLERK, stage), tmp_path / "公示.csv")
    dc.publish_notice(db, CLERK, stage)
    written = export_list(db, CLERK, fo.notice_document(db, CLERK, stage), tmp_path / "公示.csv")
    text = written.path.read_text(encoding="utf-8-sig")
    with db.read() as session:
        names = session.execute(select(Member.name).join(Entry, Entry.member_id == Member.id)).scalars().all()
    assert written.rows == 12
    assert not any(name in text for name in names if len(name) > 1)
    assert "*" in text


def test_a_member_sees_their_entries_and_prizes(db: Database) -> None:
    c = _final(db)
    dc.publish_notice(db, CLERK, c.stage_ids[0])
    dc.finalise_stage(db, REVIEWER, c.stage_ids[0])
    with db.read() as session:
        member = session.execute(select(Entry.member_id).where(Entry.id == c.entry_ids[0])).scalar_one()
    [row] = member_competitions(db, CLERK, member)
    assert (row.event, row.prize, row.rank, row.result) == ("焊工", "一等奖", 1, "一等奖")


def test_labour_competitions_at_the_article_scale(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    draft = labour.LabourDraft("吉林化纤碳纤维劳动和技能竞赛", "国家级", 2021, 2025, "中华全国总工会",
                               enterprises=tuple(labour.EnterpriseDraft(f"化纤企业{i}", 209) for i in range(25)))
    project = labour.create_labour_competition(db, CLERK, draft)
    [row] = labour.list_labour_competitions(db, CLERK)
    assert (row.enterprises, row.workers) == (25, 5225)
    with pytest.raises(ValidationError, match="重复"):
        labour.update_labour_competition(db, CLERK, project, labour.LabourDraft(
            draft.name, "国家级", 2021, 2025, enterprises=(labour.EnterpriseDraft("甲"), labour.EnterpriseDraft("甲"))))
    written = export_list(db, CLERK, labour.labour_document(db, CLERK), tmp_path / "项目.csv")
    assert written.rows == 1
