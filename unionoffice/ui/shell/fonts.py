"""The bundled CJK fonts: registered at start so Chinese (rare characters included) never shows as boxes."""

from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from unionoffice.paths import resource

log = logging.getLogger(__name__)

# The UI font first; then fonts that cover what it lacks: uming has many rarer Hanzi, HanaMinB has CJK
# extension B (𠮷 U+20BB7, 𠇔 U+201D4) that neither of the others has.
BUNDLED = ("wqy-microhei.ttc", "uming.ttc", "HanaMinB.ttf")
UI_FAMILY = "WenQuanYi Micro Hei"
FALLBACK_FAMILIES = ("AR PL UMing CN", "HanaMinB")
WINDOWS_FAMILY = "Microsoft YaHei"
UI_POINT_SIZE = 10


def register_bundled_fonts() -> list[str]:
    """Add the fonts in resources/fonts to Qt's database; returns the families that were added."""
    families: list[str] = []
    for name in BUNDLED:
        path = resource("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path)) if path.exists() else -1
        if font_id < 0:
            log.warning("could not register font %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def ui_families(available: list[str] | None = None) -> list[str]:
    """The family list for the UI font: Microsoft YaHei on Windows when installed, else the bundled one."""
    primary = UI_FAMILY
    if sys.platform == "win32" and QFontDatabase.hasFamily(WINDOWS_FAMILY):
        primary = WINDOWS_FAMILY
    families = [primary, *(f for f in (UI_FAMILY, *FALLBACK_FAMILIES) if f != primary)]
    if available is not None:
        families = [f for f in families if f == primary or f in available]
    return families


def install_ui_font(app: QApplication) -> QFont:
    """Register the bundled fonts and make the first one, with the others as fallbacks, the application font."""
    added = register_bundled_fonts()
    font = QFont(app.font())
    font.setFamilies(ui_families(added + [WINDOWS_FAMILY]))
    font.setPointSize(UI_POINT_SIZE)
    app.setFont(font)
    return font
