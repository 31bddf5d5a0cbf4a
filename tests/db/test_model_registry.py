"""The registry of model modules is what the migrations compare and the purge searches: none may be missing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from unionoffice.db.models import registry


def test_every_model_module_is_in_the_registry() -> None:
    folder = Path(registry.__file__).parent
    found = {f"unionoffice.db.models.{p.stem}" for p in folder.glob("*.py") if p.stem not in ("__init__", "registry")}
    assert set(registry.MODEL_MODULES) == found


def test_a_start_does_not_load_the_features_tables() -> None:
    """Importing the common tables (what sign-in needs) registers none of a feature's tables."""
    code = ("import sys; import unionoffice.db.models, unionoffice.services.core.accounts; "
            "print(sorted(m for m in sys.modules if m.startswith('unionoffice.db.models.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    for feature in ("aid", "competitions", "honours", "province", "training", "documents", "exchange"):
        assert f"unionoffice.db.models.{feature}'" not in out


def test_load_all_models_registers_every_table() -> None:
    metadata = registry.load_all_models()
    assert {"member", "aid_application", "training_class", "honour", "certificate", "province_package"} <= set(
        metadata.tables)
