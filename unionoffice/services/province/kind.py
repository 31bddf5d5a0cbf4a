"""Whether a database is a consolidated provincial one: asked when the dashboard opens, so it loads the provincial
tables only on a server database that could be one."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session


def is_province(session: Session) -> bool:
    """A consolidated provincial database: packages loaded, and no member register of its own."""
    if session.get_bind().dialect.name != "postgresql":
        return False
    from unionoffice.db.models.province import ProvincePackage

    return session.execute(select(ProvincePackage.id).limit(1)).first() is not None
