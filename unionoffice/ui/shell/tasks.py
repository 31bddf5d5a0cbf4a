"""Runs long service calls off the GUI thread with a progress dialog and Cancel; synchronous in tests."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from unionoffice.domain.common.errors import CancelledError, UnionOfficeError
from unionoffice.services.core.tasks import CancelToken, Progress

# A job receives (progress, cancel) and returns a result.
Job = Callable[[Progress, CancelToken], Any]

# Tests set this so jobs run inline and results are available when `run_task` returns.
synchronous = False


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object, str)


class _Runnable(QRunnable):
    def __init__(self, job: Job, token: CancelToken, signals: _Signals) -> None:
        super().__init__()
        self.job, self.token, self.signals = job, token, signals

    def run(self) -> None:
        try:
            result = self.job(lambda done, total: self.signals.progress.emit(done, total), self.token)
        except BaseException as exc:  # noqa: BLE001 - every failure is reported to the GUI thread
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.finished.emit(result)


def run_task(
    parent: QWidget | None,
    label: str,
    job: Job,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException, str], None] | None = None,
) -> CancelToken:
    """Start `job`; `on_done(result)` or `on_error(exc, trace)` runs later on the GUI thread."""
    from unionoffice.ui.shell import messages

    token = CancelToken()

    def fail(exc: BaseException, trace: str) -> None:
        if on_error is not None:
            on_error(exc, trace)
        elif isinstance(exc, CancelledError):
            messages.info(parent, exc.message)
        elif isinstance(exc, UnionOfficeError):
            messages.error(parent, exc.message)
        else:
            messages.error(parent, "处理时发生意外错误，未做任何更改。", details=trace)

    if synchronous:
        try:
            result = job(lambda done, total: None, token)
        except BaseException as exc:  # noqa: BLE001
            fail(exc, traceback.format_exc())
        else:
            on_done(result)
        return token

    dialog = QProgressDialog(label, "取消", 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    signals = _Signals()
    dialog.canceled.connect(token.cancel)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))

    def finished(result: Any) -> None:
        dialog.reset()
        dialog.deleteLater()
        on_done(result)

    def failed(exc: BaseException, trace: str) -> None:
        dialog.reset()
        dialog.deleteLater()
        fail(exc, trace)

    signals.progress.connect(progress)
    signals.finished.connect(finished)
    signals.failed.connect(failed)
    runnable = _Runnable(job, token, signals)
    runnable.setAutoDelete(True)
    dialog._signals = signals  # type: ignore[attr-defined]  # keep the QObject alive with the dialog
    QThreadPool.globalInstance().start(runnable)
    return token
