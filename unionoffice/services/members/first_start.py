"""First start of a new database: the district federation (if missing), then the administrator account."""

from __future__ import annotations

from unionoffice.db.engine import Database
from unionoffice.services.core import accounts
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.members import organisations


def needs_district(db: Database) -> bool:
    """True while the database has no district federation (a new office)."""
    with db.read() as session:
        return organisations.district(session) is None


def set_up_office(db: Database, username: str, password: str, *, display_name: str = "",
                  district_name: str | None = None, admin_code: str | None = None) -> Actor:
    """The administrator of a new database, with its district when one is named and none exists yet.

    The district is written first, by the system: if the program stops between the two steps, the next start
    asks for the administrator again and finds the district already there.
    """
    if (district_name is not None or admin_code is not None) and needs_district(db):
        accounts.check_new_password(password, username.strip())  # refuse a bad password before writing anything
        organisations.create_district(db, SYSTEM, district_name or "", (admin_code or "").strip())
    return accounts.create_first_admin(db, username, password, display_name=display_name)
