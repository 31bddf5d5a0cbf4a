"""Progress reporting and cancellation for long jobs, without Qt (the GUI adapts these to its runner)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from unionoffice.domain.common.errors import CancelledError

Progress = Callable[[int, int], None]


class CancelToken:
    """Set from the GUI thread, polled by the worker between rows/pages."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until cancelled (or `timeout` seconds); True when cancelled. For a job that has nothing to do but
        wait, e.g. for another program's lock."""
        return self._event.wait(timeout)

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise CancelledError()


def report(progress: Progress | None, done: int, total: int, cancel: CancelToken | None = None) -> None:
    if cancel is not None:
        cancel.raise_if_cancelled()
    if progress is not None:
        progress(done, total)
