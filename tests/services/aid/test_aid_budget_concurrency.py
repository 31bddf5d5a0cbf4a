"""Two (and more) approvers at once never overspend a budget (docs/reliability.md §1b, count before you check):
SQLite's BEGIN IMMEDIATE and PostgreSQL's row lock on the programme make the second one see the first one's
reservation."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.aid import ADMIN, AFTER_PUBLICITY, CLERK, REVIEWER, bring_to, golden_draft, make_aid_world
from tests.helpers.postgres import scratch_database
from unionoffice.db.engine import Database
from unionoffice.domain.aid.kinds import ApplicationState as S
from unionoffice.domain.aid.workflow import Step
from unionoffice.services.aid import applications as ap
from unionoffice.services.aid import programmes as pg
from unionoffice.services.aid import workflow as wf
from unionoffice.services.aid.listing import ApplicationFilter, count_applications
from unionoffice.services.core.startup import open_database

APPROVERS = 6


def approvers_race(url: str) -> None:
    """Budget for one grant of ¥4,000; six approvers, each with their own connection, approve one each."""
    setup = open_database(url, create=True)
    world = make_aid_world(setup, parents=APPROVERS, budget_fen=400_000)
    apps = [ap.create_application(setup, CLERK, golden_draft(world, i, 100 + i), today=date(2024, 8, 1))
            for i in range(APPROVERS)]
    bring_to(setup, apps, S.PUBLICISED)
    databases = [Database(url) for _ in range(APPROVERS)]
    barrier = threading.Barrier(APPROVERS)
    results: list[wf.BatchResult] = []
    errors: list[BaseException] = []

    def approve(db: Database, app_id: int) -> None:
        try:
            barrier.wait()
            results.append(wf.batch_advance(db, REVIEWER, [app_id], Step.APPROVE, on=AFTER_PUBLICITY))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=approve, args=(d, a)) for d, a in zip(databases, apps, strict=True)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors
        assert sum(len(r.done) for r in results) == 1
        assert sum("超出" in why for r in results for why in r.refused.values()) == APPROVERS - 1
        programme = pg.get_programme(setup, ADMIN, world.golden)
        assert programme.approved_fen == 400_000 <= programme.budget_fen
        assert count_applications(setup, ADMIN, ApplicationFilter(world.golden, S.APPROVED)) == 1
        # And a batch against what is left: nothing fits, nothing is written.
        more = ap.create_application(setup, CLERK, replace(golden_draft(world, 0, 200)), today=date(2024, 8, 1))
        bring_to(setup, [more], S.PUBLICISED)
        assert wf.batch_advance(setup, REVIEWER, [more], Step.APPROVE, on=AFTER_PUBLICITY).done == []
    finally:
        for d in databases:
            d.dispose()
        setup.dispose()


def test_concurrent_approvers_on_sqlite(tmp_path: Path) -> None:
    approvers_race(f"sqlite:///{tmp_path / 'race.db'}")


@pytest.mark.postgres
def test_concurrent_approvers_on_postgresql() -> None:
    with scratch_database("uo_aid_budget") as url:
        approvers_race(url)


def two_batches_race(url: str) -> None:
    """Two reviewers batch-approve the same two applications at the same moment, with budget for one grant: exactly
    one approval is written; every other application of both batches is refused with a reason in Chinese (the
    second batch waits for the programme's lock, then reads the applications as the first left them)."""
    setup = open_database(url, create=True)
    world = make_aid_world(setup, parents=2, budget_fen=400_000)
    apps = [ap.create_application(setup, CLERK, golden_draft(world, i, 300 + i), today=date(2024, 8, 1))
            for i in range(2)]
    bring_to(setup, apps, S.PUBLICISED)
    databases = [Database(url) for _ in range(2)]
    barrier = threading.Barrier(2)
    results: list[wf.BatchResult] = []
    errors: list[BaseException] = []

    def approve(db: Database) -> None:
        try:
            barrier.wait()
            results.append(wf.batch_advance(db, REVIEWER, apps, Step.APPROVE, on=AFTER_PUBLICITY))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=approve, args=(d,)) for d in databases]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors
        assert sum(len(r.done) for r in results) == 1
        _winner, loser = sorted(results, key=lambda r: -len(r.done))
        assert len(loser.done) == 0
        assert set(loser.refused) == set(apps)
        assert all(any("\u4e00" <= c <= "\u9fff" for c in why) for why in loser.refused.values())
        programme = pg.get_programme(setup, ADMIN, world.golden)
        assert programme.approved_fen == 400_000
        assert count_applications(setup, ADMIN, ApplicationFilter(world.golden, S.APPROVED)) == 1
    finally:
        for d in databases:
            d.dispose()
        setup.dispose()


def test_two_batches_racing_for_the_last_of_a_budget_on_sqlite(tmp_path: Path) -> None:
    two_batches_race(f"sqlite:///{tmp_path / 'race2.db'}")


@pytest.mark.postgres
def test_two_batches_racing_for_the_last_of_a_budget_on_postgresql() -> None:
    with scratch_database("uo_aid_batches") as url:
        two_batches_race(url)
