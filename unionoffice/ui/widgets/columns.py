"""Columns as wide as their usual content, one wide column taking what is left and eliding (docs/DEVELOPING.md,
"GUI"): measured in the view's font, so the table fits a 1024-pixel screen and 150 % scaling alike."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

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
