"""Server mode: another client's save shows up here within about a second or two (docs/server-mode.md, "Seeing each
other's saves").

Polling, not LISTEN/NOTIFY: a listening connection would need a thread of its own waiting on the server, outside the
one task runner, and it would not survive a connection pooler in transaction mode or a dropped connection without
extra care. Twice a second the watcher asks the read lane for `services.core.remote_changes.changes_since` — one
primary-key lookup on the audit trail, a fraction of a millisecond on the server — and only when something changed,
which kinds of record. The main window hands them to the change hub (ui/shell/changes.py), so the pages that
subscribe reload. A SQLite database has one program at a time (the instance lock), so the watcher runs only on a
server."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from unionoffice.db.engine import Database
from unionoffice.services.core.remote_changes import Changes, changes_since, latest_change
from unionoffice.ui.shell import tasks
from unionoffice.ui.shell.task_lanes import Task

POLL_MS = 500


class ChangeWatcher(QObject):
    """Emits `changed(frozenset[str])` with the entities ("member", "organisation" …) saved since the last poll."""

    changed = Signal(object)

    def __init__(self, db: Database, parent: QWidget, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.db, self.widget = db, parent
        self.last = latest_change(db)
        self._task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> None:
        """One question to the read lane, unless the previous one is still out (a slow server is not piled on)."""
        if self._task is not None and not self._task.settled:
            return
        after = self.last
        self._task = tasks.run_in_background(lambda: changes_since(self.db, after), self._seen, write=False,
                                             parent=self.widget)

    def _seen(self, changes: Changes) -> None:
        self.last = max(self.last, changes.last_id)
        if changes.entities:
            self.changed.emit(changes.entities)
