"""Where the program keeps user data and finds its bundled resources (also when frozen)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from unionoffice import APP_AUTHOR, APP_NAME


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside `_MEIPASS` when frozen."""
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base) / "resources"
    override = os.environ.get("UNIONOFFICE_RESOURCES")
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent
    installed = Path(sys.prefix) / "share" / "unionoffice" / "resources"
    for candidate in (here.parent / "resources", installed):
        if (candidate / "fonts").is_dir():
            return candidate
    return here.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """Per-user local (never roaming) data folder; `UNIONOFFICE_DATA_DIR` overrides it for tests."""
    override = os.environ.get("UNIONOFFICE_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir as _user_data_dir

        path = Path(_user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return user_data_dir() / "unionoffice.db"


def backups_dir() -> Path:
    path = user_data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir() -> Path:
    path = user_data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path
