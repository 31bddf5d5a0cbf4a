"""What every page and dialog needs: the open database and the signed-in user."""

from __future__ import annotations

from dataclasses import dataclass

from unionoffice.db.engine import Database
from unionoffice.services.core.context import Actor


@dataclass
class AppContext:
    db: Database
    actor: Actor
    demo: bool = False
