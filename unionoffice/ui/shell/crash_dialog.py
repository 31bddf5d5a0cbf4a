"""The dialog for unexpected errors (details to copy), and the glue from crashlog's hooks and Qt's messages."""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from unionoffice import crashlog

qt_log = logging.getLogger("qt")


class CrashDialog(QDialog):
    def __init__(self, summary: str, details: str, log_file: str = "", parent: QWidget | None = None) -> None:
        # The form is read when a crash is shown, not at every start (it is installed before the first paint).
        from unionoffice.ui.forms.ui_crash_dialog import Ui_CrashDialog

        super().__init__(parent)
        self.ui = Ui_CrashDialog()
        self.ui.setupUi(self)
        self.ui.summaryLabel.setText(summary)
        self.ui.summaryLabel.setStyleSheet("font-weight: 600;")
        self.ui.detailsEdit.setPlainText(details)
        if log_file:
            self.ui.logLabel.setText(self.tr("The details were also written to %s.") % log_file)
        else:
            self.ui.logLabel.hide()
        self.ui.copyButton.clicked.connect(self.copy_details)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self.accept)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(f"{self.ui.summaryLabel.text()}\n\n{self.ui.detailsEdit.toPlainText()}")
        self.ui.copyButton.setText(self.tr("Copied"))


class _Bridge(QObject):
    """Lives on the GUI thread; a worker thread's crash arrives through the queued signal."""

    crashed = Signal(str, str)

    def __init__(self, log_file: str) -> None:
        super().__init__()
        self.log_file = log_file
        self.showing = False
        self.crashed.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def _show(self, summary: str, details: str) -> None:
        if self.showing:  # one dialog at a time: a burst of errors is in the log anyway
            return
        self.showing = True
        try:
            CrashDialog(summary, details, self.log_file, QApplication.activeWindow()).exec()
        finally:
            self.showing = False


_bridge: _Bridge | None = None


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(kind, logging.ERROR)
    qt_log.log(level, "%s (%s:%s)", message, context.file, context.line)


def install_crash_dialog(log_file: str = "") -> None:
    """Call once the QApplication exists (after `crashlog.install`): unexpected errors then open CrashDialog and
    the program carries on; Qt's own warnings go to the log."""
    global _bridge
    _bridge = _Bridge(log_file)
    bridge = _bridge
    crashlog.set_ui_hook(lambda summary, details: bridge.crashed.emit(summary, details))
    qInstallMessageHandler(_qt_message)
