"""Bundled CJK fonts cover rare characters; the generated forms match forms/*.ui."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from unionoffice.ui.shell import fonts

ROOT = Path(__file__).resolve().parents[3]
RARE = {"堃": "WenQuanYi Micro Hei", "𠇔": "HanaMinB", "𠮷": "HanaMinB", "张": "WenQuanYi Micro Hei"}


def test_bundled_fonts_are_registered_and_cover_rare_names(qtbot: QtBot) -> None:
    added = fonts.register_bundled_fonts()
    assert {"WenQuanYi Micro Hei", "AR PL UMing CN", "HanaMinB"} <= set(added)
    for char, family in RARE.items():
        assert QFontMetrics(QFont(family)).inFontUcs4(ord(char)), f"{family} lacks {char}"
    families = fonts.ui_families(added)
    assert families[0] in (fonts.UI_FAMILY, fonts.WINDOWS_FAMILY)
    assert "HanaMinB" in families


def test_the_application_font_has_fallbacks(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QFont(app.font())
    try:
        font = fonts.install_ui_font(app)
        assert font.families()[:1] == [fonts.UI_FAMILY]
        assert "HanaMinB" in font.families()
    finally:
        app.setFont(before)


def test_generated_forms_are_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location("build_forms", ROOT / "tools" / "build_forms.py")
    assert spec is not None
    assert spec.loader is not None
    build_forms = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_forms)
    assert build_forms.main(["--check"]) == 0
