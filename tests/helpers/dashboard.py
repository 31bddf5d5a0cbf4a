"""A demo district with a full year (members, training, contest, honours, aid) made once per test module, and
copies of it for tests that change data (tests/services/dashboard, tests/ui/dashboard)."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from unionoffice.cli.main import run
from unionoffice.db.engine import Database
from unionoffice.services.core.startup import open_database

YEAR = time.localtime().tm_year  # the demo writes the current year


def make_demo(folder: Path, members: int = 400) -> Path:
    path = folder / "demo.db"
    assert run(["--db", str(path), "demo", "--members", str(members), "--seed", "7"]) == 0
    return path


def copy_of(demo: Path, folder: Path) -> Database:
    target = folder / "copy.db"
    shutil.copyfile(demo, target)
    return open_database(f"sqlite:///{target}")
