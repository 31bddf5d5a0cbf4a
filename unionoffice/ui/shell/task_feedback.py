"""What the user sees of a task: a busy cursor while they wait for a short one, a progress dialog with Cancel
for a long one (only once it has run for a moment), and the message when it fails."""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from unionoffice.crashlog import mask_personal
from unionoffice.domain.common.errors import CancelledError, StaleRecordError, UnionOfficeError
from unionoffice.ui.shell import messages
from unionoffice.ui.shell.task_lanes import Failed, Task

log = logging.getLogger(__name__)

# A job done within this many milliseconds never flashes a dialog.
PROGRESS_DELAY_MS = 300
UNEXPECTED = "处理时发生意外错误，未做任何更改。"


def show_busy_cursor(task: Task) -> None:
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BusyCursor))
    task.when_settled(QApplication.restoreOverrideCursor)


def show_progress(task: Task, parent: QWidget | None, label: str) -> QProgressDialog:
    """A window-modal dialog that appears after PROGRESS_DELAY_MS; its Cancel asks the job to stop."""
    cancel = QCoreApplication.translate("Tasks", "Cancel")
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    dialog.setValue(0)  # starts the delay now; without it a job with no progress to report waited Qt's 4 s
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(task.cancel)

    def progressed(done: int, total: int) -> None:
        if shiboken6.isValid(dialog):  # gone with its parent page
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, total))

    def close() -> None:
        if shiboken6.isValid(dialog):
            dialog.canceled.disconnect(task.cancel)
            dialog.reset()  # stops the timer that would show it: on_done may open a message box next
            dialog.hide()
            dialog.deleteLater()

    task.signals.progressed.connect(progressed)
    task.when_settled(close)
    return dialog


def report_failure(parent: QWidget | None, exc: BaseException, trace: str) -> None:
    """The default `on_error`: a cancel is news, an expected problem is shown as it is, a bug as the standard
    message with the (masked) traceback to copy — it is in the log already."""
    if isinstance(exc, CancelledError):
        messages.info(parent, exc.message)
    elif isinstance(exc, StaleRecordError):
        from unionoffice.ui.shell.conflict_dialog import show_conflict

        show_conflict(parent, exc)
    elif isinstance(exc, UnionOfficeError):
        messages.error(parent, exc.message)
    else:
        messages.error(parent, UNEXPECTED, details=mask_personal(trace))


def report_quietly(exc: BaseException, trace: str) -> None:
    """The default `on_error` of background work the user did not ask for: only a bug is worth a message."""
    if isinstance(exc, UnionOfficeError):
        log.warning("background task: %s", exc.message)
    else:
        messages.error(None, UNEXPECTED, details=mask_personal(trace))


def reporter(parent: QWidget | None, on_error: Failed | None) -> Failed:
    return on_error or (lambda exc, trace: report_failure(parent, exc, trace))
