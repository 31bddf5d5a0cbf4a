"""Splits the user resizes and finds again as left (docs/DEVELOPING.md, "GUI"): every QSplitter of a page, saved
under the page's settings group by the main window on closing (`page.save_state()`), restored when the page opens.
The panes do not collapse to nothing, so a split dragged to the edge can be found again."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter, QWidget


def _splitters(owner: QWidget) -> list[tuple[str, QSplitter]]:
    """The owner's splitters with a stable key each: the object name, else the position among the unnamed."""
    named: list[tuple[str, QSplitter]] = []
    unnamed = 0
    for splitter in owner.findChildren(QSplitter):
        key = splitter.objectName()
        if not key:
            key, unnamed = f"splitter{unnamed}", unnamed + 1
        named.append((key, splitter))
    return named


def restore_splitters(owner: QWidget, group: str) -> None:
    """Give each splitter of `owner` the state saved under `group` (call after the page set its default sizes)."""
    settings = QSettings()
    for key, splitter in _splitters(owner):
        splitter.setChildrenCollapsible(False)
        state = settings.value(f"{group}/{key}")
        if state is not None:
            splitter.restoreState(state)


def save_splitters(owner: QWidget, group: str) -> None:
    settings = QSettings()
    for key, splitter in _splitters(owner):
        settings.setValue(f"{group}/{key}", splitter.saveState())
