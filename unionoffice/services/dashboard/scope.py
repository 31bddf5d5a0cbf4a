"""What the dashboard reads before any figure: its sections, the office the figures are for, the districts to pick
from. Kept apart from figures.py, which loads every feature's tables, so the first screen shows the kept figures
without waiting for those."""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Organisation
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.core.context import Actor
from unionoffice.services.province.kind import is_province

SECTION_KEYS = ("members", "files", "aid", "recuperation", "training", "competitions", "honours")


def district_scope(session: Session) -> str:
    """The office the figures are for, on a district's own database."""
    return session.execute(select(Organisation.name).where(Organisation.kind == "district")
                           .order_by(Organisation.id).limit(1)).scalar() or ""


def district_choices(db: Database, actor: Actor) -> list[tuple[str, str]]:
    """(code, name) of the districts consolidated on a provincial database, for the district picker; [] on a district's
    own database."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        if not is_province(session):
            return []
        rows = session.execute(text("SELECT DISTINCT district_code, district_name FROM province_package "
                                    "ORDER BY district_code")).all()
        return [(str(c), str(n)) for c, n in rows]
