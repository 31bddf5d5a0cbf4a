"""Driving a modal dialog from a widget test: its exec() loop blocks the test, so the test's steps run from a timer
once the dialog is up."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

# Generous: on a loaded CI machine (two test workers on two cores) a dialog that builds a table can take seconds.
WAIT_MS = 10_000


def when_modal(qtbot: QtBot, act: Callable[[QDialog], None]) -> Iterator[None]:
    """Run `act` on the next modal dialog once its exec() loop is running (checked every few ms); use as
    `for _ in when_modal(qtbot, act): <what opens the dialog>`."""
    done: list[bool] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            done.append(True)
            try:
                act(dialog)
            finally:
                if dialog.isVisible():  # a failed step must not leave the test waiting on exec() for ever
                    dialog.reject()
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    yield
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
