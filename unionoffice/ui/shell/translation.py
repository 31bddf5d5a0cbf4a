"""Interface language: Simplified Chinese by default (ours and Qt's own translations), English on request."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from unionoffice.paths import resource

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "zh_CN"
ENGLISH = "en"
# One catalogue per GUI feature package: unionoffice_<package>_<language>.qm (tools/update_translations.py).
CATALOGUE_PREFIX = "unionoffice_"
QT_EXTRA = "qtbase_extra"  # Qt strings the bundled qtbase catalogue leaves in English (tools/update_translations.py)
_installed: list[QTranslator] = []


def install_translators(app: QApplication, language: str | None) -> list[QTranslator]:
    """Install the translators for `language` (None means the default, Chinese); returns them (kept alive)."""
    language = language or DEFAULT_LANGUAGE
    remove_translators(app)
    if language == ENGLISH:
        QLocale.setDefault(QLocale("en_US"))
        return []
    # Numbers and dates in Qt's widgets (spin boxes, date edits, the calendar) in the Chinese way.
    QLocale.setDefault(QLocale(language.replace("-", "_")))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = resource("translations")
    catalogues = sorted(p.stem for p in ours.glob(f"{CATALOGUE_PREFIX}*_{language}.qm"))
    # Qt's own catalogue, then ours for the Qt strings it misses (installed later, so searched first), then ours.
    qt_catalogues = ((f"qtbase_{language}", qt_dir), (f"{QT_EXTRA}_{language}", str(ours)))
    for name, folder in (*qt_catalogues, *((c, str(ours)) for c in catalogues)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("no translation %s in %s", name, folder)
    _installed.extend(installed)
    return installed


def remove_translators(app: QApplication) -> None:
    """Back to the English source texts (tests switch languages within one process)."""
    while _installed:
        app.removeTranslator(_installed.pop())
