"""Columns as wide as their usual content, one wide column taking what is left and eliding (docs/DEVELOPING.md,
"GUI"): measured in the view's font, so the table fits a 1024-pixel screen and 150 % scaling alike."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

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
