"""A page's remembered choices kept per database in QSettings (docs/architecture.md, Settings: UI state is per PC):
a programme or a filter names records of one database, so another database opened on this PC starts afresh."""

from __future__ import annotations

import hashlib

from unionoffice.db.engine import Database
from unionoffice.services.core.audit_anchor import location_of


def database_group(db: Database, page: str) -> str:
    """The settings group for `page`'s choices in this database: the file's full path or the server's URL without
    its password, hashed, so the ini file holds no path or host in its keys."""
    where = hashlib.sha256(location_of(db).encode("utf-8")).hexdigest()[:16]
    return f"{page}/databases/{where}"
