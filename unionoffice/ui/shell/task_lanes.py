"""The task runner's machinery: a task, the signals that carry its outcome to the GUI thread, and the two lanes
it runs in (one thread for database writes, first come first served; a small pool for everything else)."""

from __future__ import annotations

import enum
import logging
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from unionoffice.domain.common.errors import UnionOfficeError
from unionoffice.services.core import changes
from unionoffice.services.core.tasks import CancelToken, Progress
from unionoffice.ui.shell import changes as change_hub

log = logging.getLogger(__name__)

# A job receives (progress, cancel) and returns a result.
Job = Callable[[Progress, CancelToken], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException, str], None]

# SQLite in WAL mode and PostgreSQL both let readers run beside the one writer; two suit the two-core office PCs.
READ_WORKERS = 2
# Progress is passed on only when it moves by a thousandth: an import reporting every row would flood the GUI.
PROGRESS_STEPS = 1000


class Lane(enum.Enum):
    READ = "read"  # reads the database (or only files): runs beside others
    WRITE = "write"  # writes the database: one at a time, in the order asked


class TaskSignals(QObject):
    """Emitted on the worker; the object lives on the GUI thread, so every receiver runs there (queued).

    Exactly one of `succeeded`, `failed`, `skipped` ends each run; `settled` follows on the GUI thread once the
    outcome was delivered (or dropped), after which nothing more comes."""

    progressed = Signal(int, int)
    changed = Signal(object)  # the entities the job committed changes to: before its outcome, never after
    succeeded = Signal(object)
    failed = Signal(object, str)
    skipped = Signal()
    settled = Signal()


def alive(widget: QWidget | None) -> bool:
    return widget is None or shiboken6.isValid(widget)


class Task:
    """One job handed to the runner. `cancel()` asks it to stop (a job that has not started never starts and
    reports CancelledError); `drop()` also makes sure its outcome is never delivered."""

    def __init__(self, job: Job, lane: Lane, parent: QWidget | None, on_done: Done, on_error: Failed, *,
                 threaded: bool, finish_on_exit: bool = False) -> None:
        self.job, self.lane, self.parent = job, lane, parent
        self.on_done, self.on_error = on_done, on_error
        self.threaded, self.finish_on_exit = threaded, finish_on_exit
        self.token = CancelToken()
        self.dropped = self.settled = False
        self._cleanups: list[Callable[[], None]] = []
        self._permille = -1
        # Owned by the application, so it outlives the Python object until its last queued signal is handled.
        self.signals = TaskSignals(QCoreApplication.instance() if threaded else None)
        self.signals.succeeded.connect(self._succeeded)
        self.signals.failed.connect(self._failed)
        self.signals.skipped.connect(self._skipped)
        self.signals.changed.connect(_publish_changes)

    def cancel(self) -> None:
        self.token.cancel()

    def drop(self) -> None:
        """GUI thread: a newer request replaced this one, or the program is closing. A running job is asked to
        cancel (a write then rolls back); whatever it ends with is thrown away."""
        self.dropped = True
        self.token.cancel()
        self._settle(None)

    def when_settled(self, cleanup: Callable[[], None]) -> None:
        """Undo GUI feedback (progress dialog, busy cursor) when the outcome arrives or the task is dropped."""
        self._cleanups.append(cleanup)

    # -- worker thread ----------------------------------------------------------------------------------------------

    def run(self) -> None:
        if self.dropped:
            self.signals.skipped.emit()
            return
        with changes.collecting() as changed:
            try:
                self.token.raise_if_cancelled()
                result = self.job(self._progress, self.token)
            except BaseException as exc:  # noqa: BLE001 - every failure is reported to the GUI thread
                outcome: tuple[Any, ...] = (self.signals.failed, exc, traceback.format_exc())
            else:
                outcome = (self.signals.succeeded, result)
        if changed:  # also when the job failed after committing a part, or was dropped meanwhile
            self.signals.changed.emit(frozenset(changed))
        signal, *args = outcome
        signal.emit(*args)

    def _progress(self, done: int, total: int) -> None:
        permille = done * PROGRESS_STEPS // total if total > 0 else 0
        if permille != self._permille or done >= total:
            self._permille = permille
            self.signals.progressed.emit(done, total)

    # -- GUI thread -------------------------------------------------------------------------------------------------

    def _succeeded(self, result: Any) -> None:
        self._end(lambda: self.on_done(result))

    def _failed(self, exc: BaseException, trace: str) -> None:
        if not isinstance(exc, UnionOfficeError):  # a bug: into the log even if nobody is left to be told
            log.error("unexpected error in a %s task", self.lane.value, exc_info=(type(exc), exc, exc.__traceback__))
        self._end(lambda: self.on_error(exc, trace))

    def _skipped(self) -> None:
        self._end(None)

    def _end(self, deliver: Callable[[], None] | None) -> None:
        try:
            self._settle(deliver)
        finally:
            _tasks.discard(self)
            if self.threaded:
                self.signals.deleteLater()  # the worker is done with it: this was its last signal

    def _settle(self, deliver: Callable[[], None] | None) -> None:
        if self.settled:
            return
        self.settled = True
        try:
            for cleanup in self._cleanups:
                cleanup()
            if deliver is not None and not self.dropped and alive(self.parent):
                deliver()
        finally:
            self.signals.settled.emit()


def _publish_changes(entities: frozenset[str]) -> None:
    change_hub.publish(entities)


_pools: dict[Lane, ThreadPoolExecutor] = {}
# Every task until its last signal is handled: PySide holds the slots (bound methods) weakly, and a signal queued
# for a collected task would call into freed memory. Also how shutdown() finds the unsettled ones.
_tasks: set[Task] = set()


def unsettled() -> list[Task]:
    return [task for task in _tasks if not task.settled]


def start(task: Task) -> None:
    _tasks.add(task)
    if not task.threaded:
        task.run()
        return
    if not _pools:
        _pools[Lane.READ] = ThreadPoolExecutor(READ_WORKERS, thread_name_prefix="task-read")
        _pools[Lane.WRITE] = ThreadPoolExecutor(1, thread_name_prefix="task-write")
    _pools[task.lane].submit(task.run)


def shutdown() -> None:
    """Before the database closes: drop every task except those marked to finish on exit (a queued one never
    starts, a running one is asked to cancel), then wait until both lanes are idle. A later task starts new ones."""
    doomed = [task for task in unsettled() if not task.finish_on_exit]
    for task in doomed:  # first mark them all, so a queued one cannot start while a running one is being cancelled
        task.dropped = True
    for task in doomed:
        task.drop()
    pools = list(_pools.values())
    _pools.clear()
    for pool in pools:
        pool.shutdown(wait=True)
    for task in unsettled():  # finished on exit: nobody is left to receive the outcome
        task.drop()


def busy() -> bool:
    return bool(unsettled())
