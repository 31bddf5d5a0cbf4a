"""Look and feel: Fusion, one union-red accent for the primary action and warnings, calm dense tables."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionFrame,
    QTableView,
    QToolButton,
    QWidget,
)

ACCENT = "#C8102E"
ACCENT_PRESSED = "#A00D25"
ERROR_TEXT = ACCENT
WARNING_TEXT = "#8A5A00"

_PRIMARY_SHEET = (
    f"QPushButton {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT_PRESSED};"
    " border-radius: 3px; padding: 4px 14px; }"
    f"QPushButton:pressed {{ background: {ACCENT_PRESSED}; }}"
    "QPushButton:disabled { background: #D9D9D9; color: #8C8C8C; border-color: #C4C4C4; }"
)


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
    # A quiet selection colour: the red is kept for the one primary action and for warnings.
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#2F5D8A"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#F4F5F7"))
    app.setPalette(palette)


def mark_primary(button: QPushButton) -> None:
    """The one primary action of a dialog or page (Save, New member)."""
    button.setStyleSheet(_PRIMARY_SHEET)


def menu_button(button: QToolButton) -> None:
    """A tool button that opens a menu: its arrow to the right of the text, not drawn over it."""
    button.setStyleSheet("QToolButton { padding-right: 14px; } "
                         "QToolButton::menu-indicator { subcontrol-origin: padding; subcontrol-position: center right;"
                         " right: 3px; }")


def mark_error(label: QLabel) -> None:
    label.setStyleSheet(f"color: {ERROR_TEXT};")


def mark_warning(label: QLabel) -> None:
    label.setStyleSheet(f"color: {WARNING_TEXT};")


def dense_table(view: QTableView) -> None:
    """Alternating rows, whole-row selection, fixed row height (cheap for 300,000 rows), no grid clutter."""
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vertical = view.verticalHeader()
    vertical.setVisible(False)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(view.fontMetrics().height() + 8)
    horizontal = view.horizontalHeader()
    horizontal.setHighlightSections(False)
    horizontal.setStretchLastSection(True)


def set_visible_text(label: QLabel, text: str) -> None:
    """Show a message label only while it has something to say (no empty red gaps in a form)."""
    label.setText(text)
    label.setVisible(bool(text))


def room_for_characters(edit: QLineEdit, count: int, characters: str = "0123456789X") -> None:
    """At least as wide as `count` of the widest of `characters` with the frame, the margins and the cursor, measured
    in the field's own font (so at any scaling): a layout that shares out too little room shows a number's tail only
    (the second trial read 14 of an ID's 18 digits at 150 %)."""
    metrics = edit.fontMetrics()
    text = count * max(metrics.horizontalAdvance(c) for c in characters)
    margins = edit.textMargins()
    # QLineEdit's own 2-pixel margin each side and its cursor, as QLineEdit::sizeHint counts them
    contents = QSize(text + margins.left() + margins.right() + 2 * 2 + 1, metrics.height())
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    size = edit.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, contents, edit)
    edit.setMinimumWidth(max(edit.minimumWidth(), size.width()))


def first_focusable(widget: QWidget) -> QWidget:
    return widget.focusWidget() or widget
