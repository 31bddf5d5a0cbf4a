"""No dialog larger than the screen it opens on (issue 14: a 1024 × 768 office screen, or 150 % scaling, where Qt
has 683 × 512 pixels to lay out in): on showing, a dialog whose size would not fit the screen's free area (the
taskbar excluded) is made as large as fits, never below its smallest layout. One event filter on the application,
installed by the main window, serves every dialog, including Qt's own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

FRAME = QSize(16, 40)  # a window's border and title bar, which the free area must hold as well


def room_on_screen(window: QWidget) -> QSize:
    """The largest client size that fits the free area of the window's screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry().size()
    return QSize(max(0, free.width() - FRAME.width()), max(0, free.height() - FRAME.height()))


def fit_to_screen(window: QWidget) -> None:
    """Shrink `window` to the screen's free area if it is larger (its layout's minimum permitting)."""
    room, size = room_on_screen(window), window.size()
    if size.width() <= room.width() and size.height() <= room.height():
        return
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    window.resize(max(min(size.width(), room.width()), smallest.width()),
                  max(min(size.height(), room.height()), smallest.height()))


class ScreenFit(QObject):
    """Every dialog, as it is shown, fits the screen."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            fit_to_screen(watched)
        return False
