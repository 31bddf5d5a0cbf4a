"""No dialog larger than the screen it opens on (issue 14: a 1024 × 768 office screen, or 150 % scaling, where Qt
has 683 × 512 pixels to lay out in): on showing, a dialog whose size would not fit the screen's free area (the
taskbar excluded) is made as large as fits. A dialog whose smallest layout is still taller than that (a long form at
150 %) gets its body in a scroll area, its buttons kept in view. One event filter on the application, installed by
the main window, serves every dialog, including Qt's own."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

FRAME = QSize(16, 40)  # a window's border and title bar, which the free area must hold as well
SCROLLED_MIN_HEIGHT = 160  # what a scrolled body needs at least: a few rows of the form


def room_on_screen(window: QWidget) -> QSize:
    """The largest client size that fits the free area of the window's screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    free = screen.availableGeometry().size()
    return QSize(max(0, free.width() - FRAME.width()), max(0, free.height() - FRAME.height()))


class FittingScrollArea(QScrollArea):
    """A scroll area that asks for its whole content where there is room (so a dialog on a large screen looks as it
    did without it) and for a few rows where there is not; QScrollArea's own hint stops at 24 lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _extra(self) -> QSize:
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(2 * self.frameWidth() + bar, 2 * self.frameWidth())

    def sizeHint(self) -> QSize:
        body = self.widget()
        return super().sizeHint() if body is None else body.sizeHint() + self._extra()

    def minimumSizeHint(self) -> QSize:
        body = self.widget()
        if body is None:
            return super().minimumSizeHint()
        smallest = body.minimumSizeHint()
        return QSize(smallest.width(), min(smallest.height(), SCROLLED_MIN_HEIGHT)) + self._extra()


def _button_row(layout: QLayout) -> QLayoutItem | None:
    """The dialog's last item when it is its buttons: a QDialogButtonBox, or a row of nothing but buttons."""
    item = layout.itemAt(layout.count() - 1) if layout.count() else None
    if item is None:
        return None
    if isinstance(item.widget(), QDialogButtonBox):
        return item
    row = item.layout()
    if row is None:
        return None
    parts = [row.itemAt(i) for i in range(row.count())]
    widgets = [part.widget() for part in parts if part is not None and part.widget() is not None]
    return item if widgets and all(isinstance(w, QAbstractButton) for w in widgets) else None


def scroll_body(dialog: QDialog) -> FittingScrollArea | None:
    """Move everything of the dialog's layout but its buttons into a scroll area. QWidget.setLayout takes a
    layout over from the widget that has it (with its widgets), which is how the body changes hands here."""
    layout = dialog.layout()
    if layout is None or isinstance(layout.parentWidget(), QScrollArea):
        return None
    buttons = _button_row(layout)
    button_box = buttons.widget() if buttons is not None else None
    button_row = buttons.layout() if buttons is not None else None
    if button_box is not None:
        layout.removeWidget(button_box)
    elif button_row is not None:
        layout.takeAt(layout.count() - 1)
        button_row.setParent(None)  # a layout taken out keeps its parent otherwise
    # The lines just above the buttons say what stops them (e.g. "还需更正：所属基层工会" while 保存 is grey): they
    # stay in view with the buttons, not at the bottom of the scrolled form.
    notes: list[QLabel] = []
    while buttons is not None and layout.count():
        last = layout.itemAt(layout.count() - 1)
        label = last.widget() if last is not None else None
        if not isinstance(label, QLabel):
            break
        layout.removeWidget(label)
        notes.insert(0, label)
    body = QWidget()
    body.setLayout(layout)
    area = FittingScrollArea(dialog)
    area.setWidget(body)
    outer = QVBoxLayout(dialog)
    margins = layout.contentsMargins()
    outer.setContentsMargins(margins.left(), 0, margins.right(), margins.bottom())
    layout.setContentsMargins(0, margins.top(), margins.right(), 0)
    outer.addWidget(area, 1)
    for label in notes:
        outer.addWidget(label)
    if button_box is not None:
        outer.addWidget(button_box)
    elif button_row is not None:
        button_row.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(button_row)
    return area


def fit_to_screen(window: QWidget) -> None:
    """Shrink `window` to the screen's free area if it is larger (its layout's minimum permitting; a dialog whose
    minimum is taller than the screen scrolls its body)."""
    room, size = room_on_screen(window), window.size()
    if size.width() <= room.width() and size.height() <= room.height():
        return
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    if smallest.height() > room.height() and isinstance(window, QDialog) and scroll_body(window) is not None:
        outer = window.layout()
        if outer is not None:
            outer.activate()
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
