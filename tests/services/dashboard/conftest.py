"""One demo year per test module (the demo takes seconds); each test works on its own copy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.dashboard import copy_of, make_demo
from unionoffice.db.engine import Database


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo(tmp_path_factory.mktemp("dashboard"))


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    db = copy_of(demo_file, tmp_path)
    try:
        yield db
    finally:
        db.dispose()
