"""A district's own dashboard on whatever database the tests run on (PostgreSQL in CI's second run): every section
is counted, the competitions' grouped query included (PostgreSQL is stricter about GROUP BY than SQLite)."""

from __future__ import annotations

from sqlalchemy import func, select

from unionoffice.db.engine import Database
from unionoffice.db.models.competitions import StageResult
from unionoffice.domain.dashboard.model import Period
from unionoffice.services.core.context import SYSTEM
from unionoffice.services.dashboard.figures import year_dashboard
from unionoffice.services.demo.competitions import generate_competition_demo
from unionoffice.services.demo.district import generate_demo

YEAR = 2024


def test_every_section_is_counted_with_the_competitions(db: Database) -> None:
    generate_demo(db, SYSTEM, 300, seed=5)
    generate_competition_demo(db, SYSTEM, YEAR, seed=5)
    dashboard = year_dashboard(db, SYSTEM, Period(YEAR))
    sections = {s.key: s for s in dashboard.sections}
    assert set(sections) == {"members", "files", "aid", "recuperation", "training", "competitions", "honours"}
    entries = {f.key: f.value for f in sections["competitions"].figures}
    with db.read() as session:
        results = int(session.execute(select(func.count()).select_from(StageResult)).scalar_one())
        prized = int(session.execute(select(func.count()).select_from(StageResult)
                                     .where(StageResult.prize.is_not(None), StageResult.prize != "")).scalar_one())
    assert sum(v for k, v in entries.items() if k.startswith("stage_")) == results
    assert entries["prizes"] == prized
