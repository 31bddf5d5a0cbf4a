"""PySide6 6.12 on CPython 3.11 aborts after ~5,000 calls of void Qt methods (none_dealloc): guard the pin."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

CALLS = 20_000


class _Empty(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        return None


def test_twenty_thousand_void_calls_survive(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    model = _Empty()
    for i in range(CALLS):
        widget.setWindowTitle(str(i % 7))
        model.layoutChanged.emit()
        widget.update()
    assert widget.windowTitle() == str((CALLS - 1) % 7)
