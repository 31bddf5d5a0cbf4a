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
_installed: list[QTranslator] = []


def install_translators(app: QApplication, language: str | None) -> list[QTranslator]:
    """Install the translators for `language` (None means the default, Chinese); returns them (kept alive)."""
    language = language or DEFAULT_LANGUAGE
    remove_translators(app)
    if language == ENGLISH:
        QLocale.setDefault(QLocale("en_US"))
        return []
    QLocale.setDefault(QLocale(language.replace("-", "_")))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = resource("translations")
    catalogues = sorted(p.stem for p in ours.glob(f"{CATALOGUE_PREFIX}*_{language}.qm"))
    for name, folder in ((f"qtbase_{language}", qt_dir), *((c, str(ours)) for c in catalogues)):
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
