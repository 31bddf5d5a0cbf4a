"""The one task runner for work off the GUI thread (in the spirit of Anki's QueryOp and CollectionOp).

- `run_read(parent, job, on_done)`: a job that does not write the database (it reads, or writes only a file). Runs
  in a small pool beside other reads and beside the writer; the cursor shows busy until the result is in.
- `run_write(parent, job, on_done)`: a job that writes the database. All writes go through one thread, one after
  another in the order asked, so two never compete for SQLite's lock; busy cursor likewise.
- `run_long(parent, label, job, on_done, write=...)`: a long job `job(progress, cancel)`; a progress dialog with
  Cancel appears if it is still running after 300 ms. Cancel makes the service raise CancelledError, and the
  transaction rolls back.
- `run_in_background(job, ...)`: work the user did not ask for and does not wait for: no dialog, no cursor.

`on_done(result)` and `on_error(exc, trace)` run on the GUI thread, and only while `parent` still exists. Without
`on_error`, CancelledError is shown as information, a UnionOfficeError's message as it is, and anything else (also
logged) as "处理时发生意外错误，未做任何更改。" with the details to copy. `replacing=` drops an older task whose
result nobody wants any more (a preview, a table being reloaded): the newest request wins. `shutdown()` runs before
the database is closed, so no worker touches it afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QWidget

from unionoffice.ui.shell import task_lanes
from unionoffice.ui.shell.task_feedback import report_quietly, reporter, show_busy_cursor, show_progress
from unionoffice.ui.shell.task_lanes import Failed, Job, Lane, Task

__all__ = ["Failed", "Job", "Task", "run_in_background", "run_long", "run_read", "run_write", "shutdown",
           "synchronous", "wait"]

T = TypeVar("T")

# Tests set this: jobs then run inline, and their callbacks have run when the run_* call returns.
synchronous = False


def run_read(parent: QWidget | None, job: Callable[[], T], on_done: Callable[[T], None],
             on_error: Failed | None = None, *, replacing: Task | None = None) -> Task:
    """Read off the GUI thread while the user waits (a busy cursor)."""
    return _start(Lane.READ, parent, lambda _progress, _cancel: job(), on_done, reporter(parent, on_error),
                  replacing=replacing, busy=True)


def run_write(parent: QWidget | None, job: Callable[[], T], on_done: Callable[[T], None],
              on_error: Failed | None = None) -> Task:
    """Write off the GUI thread, after the writes asked for before it, while the user waits (a busy cursor)."""
    return _start(Lane.WRITE, parent, lambda _progress, _cancel: job(), on_done, reporter(parent, on_error),
                  busy=True)


def run_long(parent: QWidget | None, label: str, job: Job, on_done: Callable[[Any], None],
             on_error: Failed | None = None, *, write: bool) -> Task:
    """A long job with progress and Cancel; `write` when it writes the database (even one audit row)."""
    return _start(Lane.WRITE if write else Lane.READ, parent, job, on_done, reporter(parent, on_error),
                  label=label)


def run_in_background(job: Callable[[], T], on_done: Callable[[T], None] | None = None,
                      on_error: Failed | None = None, *, write: bool, parent: QWidget | None = None,
                      replacing: Task | None = None, finish_on_exit: bool = False) -> Task:
    """Quiet work: no dialog, no cursor; without `on_error` only a bug is shown. `finish_on_exit`: closing the
    program waits for it instead of dropping it (the exit backup, the sign-in's audit row)."""
    return _start(Lane.WRITE if write else Lane.READ, parent, lambda _progress, _cancel: job(),
                  on_done or (lambda _result: None), on_error or report_quietly, replacing=replacing,
                  finish_on_exit=finish_on_exit)


def wait(task: Task, *, allow_input: bool = False) -> None:
    """Keep the GUI painting in a local event loop until `task` has settled — for the few places that cannot go
    on without it (closing after the exit backup; a rescue before anyone signed in). Without `allow_input` the
    user's clicks and keys wait too, so nothing new starts meanwhile."""
    if task.settled:
        return
    loop = QEventLoop()
    task.signals.settled.connect(loop.quit)
    flags = QEventLoop.ProcessEventsFlag.AllEvents
    if not allow_input:
        flags = QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
    loop.exec(flags)


def shutdown() -> None:
    """At exit, before the database closes: pending work is dropped (a running job asked to cancel), work marked
    `finish_on_exit` is finished, and this returns when no worker is busy."""
    task_lanes.shutdown()


def _start(lane: Lane, parent: QWidget | None, job: Job, on_done: Callable[[Any], None], on_error: Failed, *,
           replacing: Task | None = None, busy: bool = False, label: str | None = None,
           finish_on_exit: bool = False) -> Task:
    if replacing is not None:
        replacing.drop()
    task = Task(job, lane, parent, on_done, on_error, threaded=not synchronous, finish_on_exit=finish_on_exit)
    if task.threaded:
        if label is not None:
            show_progress(task, parent, label)
        elif busy:
            show_busy_cursor(task)
    task_lanes.start(task)
    return task
