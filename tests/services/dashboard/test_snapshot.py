"""The stored dashboard: a write (a new member, an approved application, an attendance mark) makes exactly the
affected sections stale — also when another connection wrote — and the recomputed figures equal a direct count; the
stored sections read back equal to the computed ones."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from tests.helpers.dashboard import YEAR
from tests.helpers.people import member_draft, valid_id
from unionoffice.db.engine import Database
from unionoffice.db.models import Organisation
from unionoffice.db.models.aid import AidApplication, AidProgramme
from unionoffice.db.models.training import Attendance, ClassSession, Enrolment, TrainingClass
from unionoffice.domain.aid.kinds import ApplicationState
from unionoffice.domain.dashboard.model import Period
from unionoffice.domain.training.rules import Mark
from unionoffice.services.aid.workflow import advance_to
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.core.startup import open_database
from unionoffice.services.dashboard import snapshot
from unionoffice.services.dashboard.figures import year_dashboard
from unionoffice.services.dashboard.scope import SECTION_KEYS
from unionoffice.services.members.records import create_member
from unionoffice.services.training.attendance import set_mark

from .test_figures import member_counts

PERIOD = Period(YEAR)


def test_stored_sections_read_back_equal_to_the_computed_ones(demo: Database) -> None:
    assert snapshot.stored_dashboard(demo, SYSTEM, PERIOD).dashboard is None
    stored = snapshot.refresh(demo, SYSTEM, PERIOD)
    assert stored == year_dashboard(demo, SYSTEM, PERIOD)
    again = snapshot.stored_dashboard(demo, SYSTEM, PERIOD)
    assert again.fresh
    assert again.stale == ()
    assert again.computed_at is not None
    other_months = snapshot.stored_dashboard(demo, SYSTEM, Period(YEAR, 3, 5))
    assert other_months.dashboard is None
    assert other_months.stale == SECTION_KEYS


def test_a_new_member_makes_the_member_section_stale_and_the_recount_is_exact(demo: Database, clerk: Actor) -> None:
    snapshot.refresh(demo, SYSTEM, PERIOD)
    before = snapshot.stored_dashboard(demo, SYSTEM, PERIOD)
    with demo.read() as session:
        union = session.execute(select(Organisation.id).where(Organisation.kind != "district").limit(1)).scalar_one()
    create_member(demo, clerk, member_draft(union, seq=904, id_number=valid_id(904, date(1990, 7, 7)), sex="女",
                                             join_date=date(YEAR, 1, 2)))
    after = snapshot.stored_dashboard(demo, SYSTEM, PERIOD)
    assert "members" in after.stale
    assert "aid" not in after.stale
    assert "honours" not in after.stale
    assert after.dashboard == before.dashboard  # the old figures are still shown, and said to be stale
    fresh = snapshot.refresh(demo, SYSTEM, PERIOD, keys=after.stale)
    members = fresh.section("members")
    assert members is not None
    direct = member_counts(demo, PERIOD.end)
    assert members.value("members") == direct["all"]
    assert members.value("women") == direct["女"]
    assert snapshot.stored_dashboard(demo, SYSTEM, PERIOD).fresh


def test_a_write_through_another_connection_is_seen(demo: Database, clerk: Actor) -> None:
    snapshot.refresh(demo, SYSTEM, PERIOD)
    assert demo.path is not None
    other = open_database(f"sqlite:///{demo.path}")  # another program on the same file
    try:
        with other.read() as session:
            union = session.execute(select(Organisation.id).where(Organisation.kind != "district")
                                    .limit(1)).scalar_one()
        create_member(other, clerk, member_draft(union, seq=902, id_number=valid_id(902, date(1990, 7, 7))))
    finally:
        other.dispose()
    assert "members" in snapshot.stored_dashboard(demo, SYSTEM, PERIOD).stale


def test_an_approved_application_makes_the_aid_section_stale_and_the_recount_is_exact(demo: Database,
                                                                                      reviewer: Actor) -> None:
    snapshot.refresh(demo, SYSTEM, PERIOD)
    with demo.read() as session:
        app_id = session.execute(select(AidApplication.id).join(AidProgramme)
                                 .where(AidProgramme.year == YEAR,
                                        AidApplication.state == ApplicationState.PUBLICISED.value)
                                 .order_by(AidApplication.id).limit(1)).scalar_one()
    advance_to(demo, reviewer, app_id, ApplicationState.APPROVED, on=date(YEAR, 12, 31))
    stored = snapshot.stored_dashboard(demo, SYSTEM, PERIOD)
    assert "aid" in stored.stale
    assert "members" not in stored.stale
    fresh = snapshot.refresh(demo, SYSTEM, PERIOD, keys=stored.stale)
    aid = fresh.section("aid")
    assert aid is not None
    with demo.read() as session:
        approved = session.execute(select(AidApplication.amount_fen).join(AidProgramme)
                                   .where(AidProgramme.year == YEAR,
                                          AidApplication.state.in_(("已批准", "已发放")))).scalars().all()
    assert aid.value("approved") == sum(approved)
    assert fresh == year_dashboard(demo, SYSTEM, PERIOD)


def test_an_attendance_mark_makes_the_training_section_stale_and_the_recount_is_exact(demo: Database,
                                                                                      clerk: Actor) -> None:
    snapshot.refresh(demo, SYSTEM, PERIOD)
    with demo.read() as session:
        enrolment_id, session_id = session.execute(
            select(Enrolment.id, ClassSession.id)
            .join(TrainingClass, TrainingClass.id == Enrolment.class_id)
            .join(ClassSession, ClassSession.class_id == TrainingClass.id)
            .join(Attendance, (Attendance.enrolment_id == Enrolment.id) & (Attendance.session_id == ClassSession.id))
            .where(Attendance.mark == Mark.PRESENT.value).limit(1)).one()
    set_mark(demo, clerk, enrolment_id, session_id, Mark.ABSENT)
    stored = snapshot.stored_dashboard(demo, SYSTEM, PERIOD)
    assert stored.stale == ("training",)
    fresh = snapshot.refresh(demo, SYSTEM, PERIOD, keys=stored.stale)
    assert fresh == year_dashboard(demo, SYSTEM, PERIOD)
    assert snapshot.stored_dashboard(demo, SYSTEM, PERIOD).fresh


def test_which_sections_a_change_touches() -> None:
    assert snapshot.sections_for("member") == ("members", "training")
    assert snapshot.sections_for("training_attendance") == ("training",)
    assert snapshot.sections_for("aid_application") == ("aid",)
    assert snapshot.sections_for("honour_list") == ("honours",)
    assert snapshot.sections_for("certificate") == ()
    assert snapshot.sections_for("something_new") == SECTION_KEYS  # an unknown change is never ignored
