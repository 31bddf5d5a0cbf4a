"""The GUI's one hub for "records of this kind changed" (docs/DEVELOPING.md, "Work off the GUI thread").

Services note the entity of every change they audit (`services/core/changes.py`); the task runner collects what a
job committed and re-emits it here on the GUI thread before the job's `on_done` runs (so a page is current before
any message box about the job opens); a service called on the GUI thread itself arrives here directly. Pages
subscribe by entity name:

    changes.watch(self, ("training_attendance", "training_enrolment"), self.reload_trainees)

The slot runs on the GUI thread once per published change set; a page that is hidden inside a visible window
(another page is showing) refreshes when it is shown again instead. The subscription ends with the widget."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from unionoffice.services.core import changes as service_changes

__all__ = ["ChangeHub", "hub", "publish", "watch"]


class ChangeHub(QObject):
    """`changed(frozenset[str])`: entities whose records a committed transaction changed."""

    changed = Signal(object)
    _arrived = Signal(object)  # from any thread: queued to the hub's (the GUI) thread when emitted elsewhere

    def __init__(self) -> None:
        super().__init__()
        self._arrived.connect(self.changed.emit)
        self._stop = service_changes.listen(self._arrived.emit)

    def close(self) -> None:
        self._stop()


_hub: ChangeHub | None = None


def hub() -> ChangeHub:
    """The application's hub, made on first use (on the GUI thread)."""
    global _hub
    if _hub is None or not shiboken6.isValid(_hub):
        _hub = ChangeHub()
    return _hub


def publish(entities: Iterable[str]) -> None:
    """GUI thread: tell every subscriber (the task runner calls this with what a job committed)."""
    names = frozenset(entities)
    if names:
        hub().changed.emit(names)


class _Watcher(QObject):
    """A child of the subscribing widget: Qt ends the connection when the widget goes."""

    def __init__(self, owner: QWidget, entities: frozenset[str], slot: Callable[[], None]) -> None:
        super().__init__(owner)
        self.owner, self.entities, self.slot = owner, entities, slot
        self.pending = False
        hub().changed.connect(self.on_changed)

    def on_changed(self, entities: frozenset[str]) -> None:
        if not shiboken6.isValid(self.owner) or not (entities & self.entities):
            return
        owner = self.owner
        if not owner.isVisible() and owner.window().isVisible():  # another page is showing: refresh when shown
            if not self.pending:
                self.pending = True
                owner.installEventFilter(self)
            return
        self.slot()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.owner and event.type() == QEvent.Type.Show and self.pending:
            self.pending = False
            self.owner.removeEventFilter(self)
            self.slot()
        return False


def watch(owner: QWidget, entities: Iterable[str], slot: Callable[[], None]) -> None:
    """Call `slot()` on the GUI thread whenever records of one of `entities` changed, while `owner` exists."""
    _Watcher(owner, frozenset(entities), slot)
