"""Every model module, for what needs the whole schema at once: the migrations' comparison with the models and the
purge's search for tables that refer to a member. The program itself imports a feature's tables where it uses them."""

from __future__ import annotations

import importlib

from sqlalchemy import MetaData

from unionoffice.db.base import Base

# One line per module of db/models (tests/db/test_model_registry.py checks that none is missing).
MODEL_MODULES: tuple[str, ...] = (
    "unionoffice.db.models.account",
    "unionoffice.db.models.audit",
    "unionoffice.db.models.member",
    "unionoffice.db.models.organisation",
    "unionoffice.db.models.setting",
    "unionoffice.db.models.aid",
    "unionoffice.db.models.competitions",
    "unionoffice.db.models.dashboard",
    "unionoffice.db.models.documents",
    "unionoffice.db.models.exchange",
    "unionoffice.db.models.honours",
    "unionoffice.db.models.province",
    "unionoffice.db.models.training",
)


def load_all_models() -> MetaData:
    """`Base.metadata` with every table of the program registered on it."""
    for name in MODEL_MODULES:
        importlib.import_module(name)
    return Base.metadata
