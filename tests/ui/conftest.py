"""Fixtures for the widget tests: captured message boxes with inline tasks, and a small district."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.helpers.gui import District, make_district_with_member
from tests.helpers.messages import MessageLog, capture_messages
from unionoffice.db.engine import Database


@pytest.fixture
def gui(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MessageLog]:
    """Message boxes recorded instead of shown, tasks run inline, QSettings in tmp_path."""
    yield from capture_messages(tmp_path, monkeypatch)


@pytest.fixture
def district(db: Database) -> District:
    """A district with two grassroots unions and one known member."""
    return make_district_with_member(db)


@pytest.fixture
def chinese_ui() -> Iterator[None]:
    """The program's Chinese catalogues installed, as a user sees it (button widths, for the 1024 × 768 checks)."""
    from PySide6.QtWidgets import QApplication

    from unionoffice.ui.shell.translation import install_translators, remove_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, None)
    yield
    remove_translators(app)


@pytest.fixture(scope="session", autouse=True)
def bundled_fonts(qapp: QApplication) -> None:
    """The bundled CJK fonts as the application font, as the program sets them at start: on a machine without any
    CJK system font, Chinese in a widget test then draws as the clerk sees it, never as boxes."""
    from unionoffice.ui.shell.fonts import install_ui_font

    install_ui_font(qapp)
