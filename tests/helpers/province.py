"""Demo districts with their own codes, their packages, and a province that trusts them (tests/services/province)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from unionoffice.db.engine import Database
from unionoffice.domain.common.permissions import Role
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.core.startup import open_database
from unionoffice.services.demo.district import generate_demo

YEAR = 2024
TODAY = date(2024, 12, 1)
EXPORTED = date(2025, 1, 10)
REVIEWER = Actor("reviewer", Role.REVIEWER, 3, display_name="审核人")
CLERK = Actor("clerk", Role.CLERK, 2, display_name="经办人")
ADMIN = Actor("admin", Role.ADMIN, 1, display_name="管理员")
NAMES = {"220104": "长春市朝阳区总工会", "220105": "长春市二道区总工会", "220106": "长春市绿园区总工会"}


def district(folder: Path, code: str, members: int = 600) -> Database:
    """A demo district (members only) of that GB/T 2260 code in its own SQLite file."""
    db = open_database(f"sqlite:///{folder / f'district-{code}.db'}", create=True)
    generate_demo(db, SYSTEM, members, seed=11, today=TODAY, district_code=code, district_name=NAMES[code])
    return db


def package(db: Database, out: Path, password: str | None = None) -> Path:
    from unionoffice.services.province.export import export_provincial_package

    return export_provincial_package(db, REVIEWER, YEAR, out, password=password, today=EXPORTED).path


def trust(province: Database, path: Path, password: str | None = None) -> None:
    from unionoffice.exchange.provincial.archive import read_manifest
    from unionoffice.services.province.keys import trust_from_package

    manifest, _digest, _encrypted = read_manifest(path, password)
    trust_from_package(province, ADMIN, path, manifest.public_key.fingerprint, password)
