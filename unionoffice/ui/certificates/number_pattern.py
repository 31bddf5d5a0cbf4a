"""The certificate number pattern as the clerk reads it: a choice of readable patterns with a live example
(“2026-RY-00001”), and the raw pattern only for whoever picks 自定义 (issue 14: no bare `{serial:05d}`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

translate = QCoreApplication.translate
CUSTOM = ""
PRESETS = ("{year}-{code}-{serial:05d}", "{year}{code}{serial:05d}", "{code}-{year}-{serial:04d}",
           "{code}〔{year}〕{serial}号", "{year}-{serial:06d}")
_PLACEHOLDER = re.compile(r"\{(year|code|kind|serial)(?::0?(\d+)d)?\}")


def describe(pattern: str) -> str:
    """The pattern in words: “年份-单位代码-5 位序号”."""
    def word(match: re.Match[str]) -> str:
        name, width = match[1], match[2]
        if name == "serial":
            return (translate("NumberPattern", "%1-digit serial").replace("%1", width) if width
                    else translate("NumberPattern", "serial"))
        return {"year": translate("NumberPattern", "year"), "code": translate("NumberPattern", "issuer code"),
                "kind": translate("NumberPattern", "kind")}[name]

    return _PLACEHOLDER.sub(word, pattern)


def example(pattern: str, code: str, kind: str = "", year: int | None = None) -> str | None:
    """The first number of this year the pattern gives, or None when the pattern cannot be used."""
    try:
        return pattern.format(year=year or date.today().year, code=code, serial=1, kind=kind)
    except (KeyError, ValueError, IndexError):
        return None


class NumberPatternPicker(QWidget):
    """`changed` when the pattern changes; `code()` gives the issuer code the form shows now (for the example)."""

    changed = Signal()

    def __init__(self, pattern: str, code: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.combo = QComboBox(self)
        self.combo.setObjectName("numberPattern")
        self.custom = QLineEdit(self)
        self.custom.setObjectName("customPattern")
        self.custom.setToolTip(self.tr("{year} year, {code} issuer code, {serial} serial; {serial:05d} pads it to "
                                       "five digits"))
        # Neither widens the form: the combo elides, the example wraps.
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(14)
        self.example = QLabel(self)
        self.example.setObjectName("patternExample")
        self.example.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.custom)
        layout.addWidget(self.example)
        self.fill(pattern)
        self.combo.currentIndexChanged.connect(self._chosen)
        self.custom.textChanged.connect(self.refresh)

    def fill(self, pattern: str) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        for preset in PRESETS:
            self.combo.addItem(self._item_text(preset), preset)
        self.combo.addItem(self.tr("Custom…"), CUSTOM)
        index = self.combo.findData(pattern)
        self.combo.setCurrentIndex(index if index >= 0 else self.combo.count() - 1)
        self.custom.setText(pattern)
        self.combo.blockSignals(False)
        self.refresh()

    def _item_text(self, preset: str) -> str:
        shown = example(preset, self.code() or "RY") or preset
        return self.tr("%1 (%2)").replace("%1", shown).replace("%2", describe(preset))

    def pattern(self) -> str:
        chosen = self.combo.currentData()
        return str(chosen) if chosen else self.custom.text()

    def _chosen(self) -> None:
        if self.combo.currentData():
            self.custom.setText(str(self.combo.currentData()))
        self.refresh()

    def refresh(self) -> None:
        """The example for the pattern and issuer code now in the form (and the presets' examples with them)."""
        for index in range(self.combo.count()):
            preset = self.combo.itemData(index)
            if preset:
                self.combo.setItemText(index, self._item_text(str(preset)))
        self.custom.setVisible(not self.combo.currentData())
        pattern = self.pattern()
        shown = example(pattern, self.code())
        if shown is None or "{year" not in pattern or "{serial" not in pattern:
            self.example.setText(self.tr("This pattern cannot be used: it needs {year} and {serial}."))
        else:
            self.example.setText(self.tr("The first certificate this year: %1 (%2)").replace("%1", shown)
                                 .replace("%2", describe(pattern)))
        self.changed.emit()
