"""“已被他人修改”: a refused save shown with the clerk's values and the values saved now, side by side.

Every editor gets it: the member editor opens it directly, and the task runner's default error report
(`task_feedback.report_failure`) opens it for any `StaleRecordError` that carries rows (docs/server-mode.md)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.domain.common.errors import StaleRecordError
from unionoffice.ui.shell import messages


class ConflictDialog(QDialog):
    """The refusal's message, then one line per differing field: field, what you entered, what is saved now."""

    def __init__(self, error: StaleRecordError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.message = QLabel(error.message, self)
        self.message.setWordWrap(True)
        self.table = QTableWidget(len(error.rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Your values (not saved)"),
                                              self.tr("Saved now by the other user")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, (label, mine, now) in enumerate(error.rows):
            for column, text in enumerate((label, mine, now)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2:
                    item.setForeground(Qt.GlobalColor.darkBlue)
                self.table.setItem(row, column, item)
        hint = QLabel(self.tr("Nothing of yours was saved. Note what you want to keep, close the record, open it again "
                              "and enter your changes over the values saved now."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(640, 200 + 26 * min(len(error.rows), 12))


def show_conflict(parent: QWidget | None, error: StaleRecordError) -> ConflictDialog | None:
    """Open the side-by-side dialog (window-modal, not blocking the caller); a refusal without rows is a message.

    The message also goes through `messages`, so tests and the log see every refusal the same way."""
    if not error.rows:
        messages.error(parent, error.message)
        return None
    messages.log.append(("conflict", "UnionOffice", error.message))
    dialog = ConflictDialog(error, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
