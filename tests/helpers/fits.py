"""Checks that a page fits a 1024 × 768 office screen (issue 14): the window stays 1024 pixels wide, and no table,
tree or scrolled form of the page needs a horizontal scrollbar, on any of its tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from unionoffice.db.engine import Database
from unionoffice.services.core.context import Actor
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.main_window import MainWindow

SCREEN = (1024, 768)


def open_window(qtbot: QtBot, db: Database, actor: Actor) -> MainWindow:
    window = MainWindow(AppContext(db=db, actor=actor))
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    return window


def show_page(qtbot: QtBot, window: MainWindow, key: str) -> QWidget:
    window.nav.setCurrentRow(window.page_keys().index(key))
    page = window.page(key)
    assert page is not None
    qtbot.wait(200)  # the page's first loads run on the task runner
    return page


def horizontal_scrollbars(page: QWidget) -> list[str]:
    """The visible scrolled widgets of `page` that show a horizontal scrollbar."""
    QApplication.processEvents()
    return [f"{type(area).__name__} {area.objectName()}" for area in page.findChildren(QAbstractScrollArea)
            if area.isVisible() and area.horizontalScrollBar().isVisible()]


def assert_fits(qtbot: QtBot, window: MainWindow, page: QWidget) -> None:
    """The window is no wider than the screen and nothing on the page scrolls sideways, on every tab."""
    assert window.width() <= SCREEN[0], f"the window grew to {window.width()} px"
    assert page.minimumSizeHint().width() <= SCREEN[0] - 120, page.minimumSizeHint()
    assert horizontal_scrollbars(page) == []
    assert not window.page_area.horizontalScrollBar().isVisible(), "the page scrolls sideways in the window"
    for tabs in page.findChildren(QTabWidget):
        for index in range(tabs.count()):
            if not tabs.isVisible():
                continue
            tabs.setCurrentIndex(index)
            qtbot.wait(150)
            assert window.width() <= SCREEN[0]
            assert horizontal_scrollbars(page) == [], tabs.tabText(index)
