"""The demo office's settings: its name, 负责人, prefixes and a seal drawn for it (a demo has no real scan)."""

from __future__ import annotations

from unionoffice.db.engine import Database
from unionoffice.documents.images import png_data_ref
from unionoffice.documents.office import Office
from unionoffice.documents.seal import specimen_seal_png
from unionoffice.services.certificates.office import save_office
from unionoffice.services.core.context import Actor
from unionoffice.services.demo.district import DISTRICT_NAME


def set_up_demo_office(db: Database, actor: Actor) -> Office:
    """Demo data can issue real-looking documents: the seal reads the demo district's own name."""
    office = Office(name=DISTRICT_NAME, head="王建国", seal=png_data_ref(specimen_seal_png(DISTRICT_NAME)),
                    doc_prefix="南工发", letter_prefix="南工函")
    return save_office(db, actor, office)
