"""An office set up as after first start and the seal import: name, 负责人, a scanned seal, prefixes."""

from __future__ import annotations

import io
from dataclasses import asdict
from functools import cache

from PIL import Image, ImageDraw

from unionoffice.db.engine import Database
from unionoffice.db.models import Setting
from unionoffice.documents.office import Office
from unionoffice.services.certificates.office import PREFIX, save_office, seal_ref_from_scan
from unionoffice.services.core.context import SYSTEM

OFFICE_NAME = "示例区总工会"


@cache
def scanned_seal(kind: str = "PNG") -> bytes:
    """A seal as a scanner delivers it: a red ring and star on white paper, no transparency."""
    image = Image.new("RGB", (400, 400), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.ellipse((20, 20, 380, 380), outline=(210, 20, 30), width=18)
    draw.regular_polygon((200, 200, 70), 5, fill=(210, 20, 30))
    out = io.BytesIO()
    image.save(out, format=kind)
    return out.getvalue()


def office_settings(**changes: str) -> Office:
    values = {"name": OFFICE_NAME, "head": "张明", "seal": seal_ref_from_scan(scanned_seal()),
              "doc_prefix": "示工发", "letter_prefix": "示工函", "verify_url": ""}
    values.update(changes)
    return Office(**values)


def set_office(db: Database, **changes: str) -> Office:
    """Through the service, audited as an administrator's change would be."""
    return save_office(db, SYSTEM, office_settings(**changes))


def write_office_rows(db: Database) -> None:
    """The settings rows alone, without an audit entry: the test database template starts with an office as
    first start and the seal import leave it, while audit-counting tests still see an empty trail."""
    office = office_settings()
    with db.write() as session:
        for name, value in asdict(office).items():
            session.merge(Setting(key=PREFIX + name, value=value))
