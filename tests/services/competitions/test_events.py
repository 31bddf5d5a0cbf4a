"""Competitions, events by trade, stages and weights; the listing with entrants per stage; referees."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.helpers.competitions import CLERK, REVIEWER, active_members, contest, falling, score_all
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry
from unionoffice.domain.common.errors import PermissionDeniedError, ValidationError
from unionoffice.domain.common.permissions import Role
from unionoffice.domain.competitions.grades import GradeRule
from unionoffice.domain.competitions.standings import AdvanceMode
from unionoffice.services.competitions import events as ev
from unionoffice.services.competitions.decisions import finalise_stage, publish_notice
from unionoffice.services.competitions.settings import (
    CompetitionSettings,
    competition_settings,
    save_competition_settings,
)
from unionoffice.services.core.context import Actor


def _competition(db: Database) -> int:
    return ev.create_competition(db, CLERK, ev.CompetitionDraft("南关区职工职业技能大赛", "区县级", 2024))


def test_housing_ministry_events_refuse_a_theory_weight_above_the_cap(db: Database) -> None:
    competition = _competition(db)
    with pytest.raises(ValidationError, match="住房和城乡建设部.*不得超过 30%（现为 40%）"):
        ev.create_event(db, CLERK, competition, ev.EventDraft("砌筑工", theory_pct=40, housing_ministry=True))
    event = ev.create_event(db, CLERK, competition, ev.EventDraft("焊工", theory_pct=40))
    assert ev.event_info(db, CLERK, event).weights.theory == 40
    default = ev.create_event(db, CLERK, competition, ev.EventDraft("电工"))
    assert ev.event_info(db, CLERK, default).weights.label == "理论 30% / 实操 70%"


def test_the_cap_and_default_weights_are_office_settings(db: Database) -> None:
    admin = Actor("admin", Role.ADMIN, user_id=1)
    save_competition_settings(db, admin, CompetitionSettings(40, 35, GradeRule.BY_PRIZE, 8))
    assert competition_settings(db, CLERK) == CompetitionSettings(40, 35, GradeRule.BY_PRIZE, 8)
    competition = _competition(db)
    event = ev.create_event(db, CLERK, competition, ev.EventDraft("砌筑工", theory_pct=35, housing_ministry=True))
    info = ev.event_info(db, CLERK, event)
    assert (info.weights.theory, info.grade_places) == (35, 8)
    with pytest.raises(PermissionDeniedError):
        save_competition_settings(db, CLERK, CompetitionSettings())


def test_stages_must_run_in_order_and_advance_before_the_final(db: Database) -> None:
    competition = _competition(db)
    for stages in ((ev.StageDraft("决赛"), ev.StageDraft("预赛", AdvanceMode.RANK, 5)),
                   (ev.StageDraft("预赛"), ev.StageDraft("决赛")),
                   (ev.StageDraft("预赛", AdvanceMode.RANK, 5), ev.StageDraft("决赛", AdvanceMode.RANK, 3))):
        with pytest.raises(ValidationError):
            ev.create_event(db, CLERK, competition, ev.EventDraft("焊工", stages=stages))


def test_listing_counts_entrants_per_stage(db: Database) -> None:
    people = active_members(db, 60)
    c = contest(db, people[:20])
    score_all(db, c.result_ids, falling(20))
    publish_notice(db, CLERK, c.stage_ids[0])
    finalise_stage(db, REVIEWER, c.stage_ids[0])
    [listed] = ev.list_competitions(db, CLERK, year=2024)
    assert [(s.name, s.entrants) for s in listed.events[0].stages] == [("预赛", 20), ("决赛", 6)]
    assert ev.list_competitions(db, CLERK, year=2023) == []


def test_ranking_rules_cannot_change_once_a_stage_is_final(db: Database) -> None:
    people = active_members(db, 40)
    c = contest(db, people[:10])
    score_all(db, c.result_ids, falling(10))
    publish_notice(db, CLERK, c.stage_ids[0])
    finalise_stage(db, REVIEWER, c.stage_ids[0])
    draft = ev.event_info(db, CLERK, c.event_id).draft()
    from dataclasses import replace

    with pytest.raises(ValidationError, match="预赛成绩已确定"):
        ev.update_event(db, CLERK, c.event_id, replace(draft, theory_pct=40))
    ev.update_event(db, CLERK, c.event_id, replace(draft, note="赛场：区职工服务中心"))


def test_referees_are_kept_per_event_and_audited(db: Database) -> None:
    competition = _competition(db)
    event = ev.create_event(db, CLERK, competition, ev.EventDraft("汽车维修工"))
    ev.set_referees(db, CLERK, event, [ev.RefereeDraft("王建华", "裁判长", "长春汽车工业高等专科学校"),
                                       ev.RefereeDraft("李春梅", "裁判员")])
    assert [r.name for r in ev.event_info(db, CLERK, event).referees] == ["王建华", "李春梅"]
    with db.read() as session:
        summaries = session.execute(select(AuditEntry.summary)).scalars().all()
    assert any("裁判员：2 人" in s for s in summaries)
    with pytest.raises(ValidationError, match="职务"):
        ev.set_referees(db, CLERK, event, [ev.RefereeDraft("赵国庆", "主任")])


def test_a_competition_keeps_where_winners_collect_their_awards(db: Database) -> None:
    competition = ev.create_competition(db, CLERK, ev.CompetitionDraft(
        "吉林省第三届职工职业技能大赛", "省级", 2024, "省总工会等17个部门", "省职工服务中心", date(2024, 6, 30)))
    info = ev.competition_info(db, CLERK, competition)
    assert (info.award_place, info.award_deadline) == ("省职工服务中心", date(2024, 6, 30))
    with pytest.raises(ValidationError, match="级别"):
        ev.create_competition(db, CLERK, ev.CompetitionDraft("某大赛", "乡级", 2024))
