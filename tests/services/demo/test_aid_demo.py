"""The aid demo's dates are in their order for every hardship file and application: applied, filed, rechecked,
closed; submitted, decided, paid; none after the day the demo was made."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from unionoffice.db.engine import Database
from unionoffice.db.models.aid import AidApplication, HardshipFile
from unionoffice.services.core.context import SYSTEM
from unionoffice.services.demo.aid_year import generate_aid_demo
from unionoffice.services.demo.district import generate_demo
from unionoffice.services.demo.office import set_up_demo_office

TODAY = date(2024, 12, 1)


def _in_order(*dates: date | None) -> bool:
    given = [d for d in dates if d is not None]
    return given == sorted(given)


def test_every_file_and_application_of_the_demo_has_its_dates_in_order(db: Database) -> None:
    generate_demo(db, SYSTEM, 2400, seed=7, today=TODAY)
    set_up_demo_office(db, SYSTEM)
    summary = generate_aid_demo(db, SYSTEM, 2024, seed=7, today=TODAY)
    with db.read() as session:
        files = [(f.file_no, f.status, f.applied_on, f.filed_on, f.rechecked_on, f.closed_on)
                 for f in session.execute(select(HardshipFile)).scalars()]
        applications = session.execute(select(AidApplication.id, AidApplication.submitted_on, AidApplication.decided_on,
                                              AidApplication.paid_on, AidApplication.publicity_start,
                                              AidApplication.publicity_end)).all()
    assert len(files) == summary.files == 700
    assert sum(closed is not None for *_, closed in files) > 50  # closed files are there to be checked
    wrong = [number for number, _status, applied, filed, rechecked, closed in files
             if not _in_order(applied, filed, rechecked, closed, TODAY) or not _in_order(applied, closed)]
    assert wrong == []
    assert [number for number, status, *_, closed in files if (status == "撤档") != (closed is not None)] == []
    late = [number for number, submitted, decided, paid, start, end in applications
            if not _in_order(submitted, decided, paid) or not _in_order(submitted, start, end)]
    assert late == []
