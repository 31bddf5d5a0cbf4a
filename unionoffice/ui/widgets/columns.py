"""Columns as wide as their usual content, one wide column taking what is left and eliding (docs/DEVELOPING.md,
"GUI"): measured in the view's font, so the table fits a 1024-pixel screen and 150 % scaling alike."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QStyle, QTableView, QToolTip

PADDING = 12  # the cell's margins and a little air; headers add room for the sort indicator


def fit_columns(view: QTableView, samples: dict[int, str], stretch: int) -> None:
    """Size each column of `samples` to its sample text (or its header, if wider); `stretch` takes the rest of
    the width and elides (its model should give the whole text as a tooltip). Columns not named keep their size."""
    model = view.model()
    header = view.horizontalHeader()
    metrics, header_metrics = view.fontMetrics(), header.fontMetrics()
    for column, sample in samples.items():
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model is not None else ""
        width = max(metrics.horizontalAdvance(sample), header_metrics.horizontalAdvance(title) + 10)
        header.resizeSection(column, width + PADDING)
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(metrics.horizontalAdvance("性别"))
    show_elided_text_as_tooltip(view)


def elided_text(view: QAbstractItemView, index: QModelIndex | QPersistentModelIndex) -> str:
    """The cell's whole text when the view shows it elided (“阿不都热…”), else ""."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None or text == "":
        return ""
    text = str(text)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1  # as Qt lays it out
    available = view.visualRect(index).width() - 2 * margin
    return text if view.fontMetrics().horizontalAdvance(text) > available else ""


class _ElidedTips(QObject):
    """A cell without a tooltip of its own shows its whole text as one while the view elides it."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self.view.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False  # the model's own tooltip, shown by the view as usual
        whole = elided_text(self.view, index)
        if not whole:
            QToolTip.hideText()
            return False
        QToolTip.showText(event.globalPos(), whole, self.view.viewport(), self.view.visualRect(index))
        return True


def show_elided_text_as_tooltip(view: QAbstractItemView) -> None:
    """Every elided cell of `view` tells its whole text on hover (once per view; fit_columns does it)."""
    if view.property("elidedTips"):
        return
    view.setProperty("elidedTips", True)
    view.viewport().installEventFilter(_ElidedTips(view))


def hide_columns(view: QTableView, hidden: Iterable[int], *, fixed: Iterable[int] = ()) -> None:
    """Columns hidden at first so the table fits the screen; the header's context menu shows or hides any column
    but the `fixed` ones (the wide, stretching one among them)."""
    header = view.horizontalHeader()
    for column in hidden:
        header.setSectionHidden(column, True)
    keep = set(fixed)

    def menu_at(position: QPoint) -> None:
        model = view.model()
        if model is None:
            return
        menu = QMenu(view)
        for column in range(model.columnCount()):
            action = menu.addAction(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column not in keep)
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.exec(header.mapToGlobal(position))

    if header.contextMenuPolicy() != Qt.ContextMenuPolicy.CustomContextMenu:
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(menu_at)
