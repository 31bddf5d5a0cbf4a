"""Which kinds of record a committed transaction changed, so every view showing figures derived from them can
refresh (docs/DEVELOPING.md, "Work off the GUI thread").

Services rarely call this themselves: `audit.record` and `audit.record_many` note the entity of every entry that
changes data in the write session, and the session's commit publishes them (a rollback publishes nothing;
SQLAlchemy session events, so `Database.write` stays as it is). A service whose entry names another entity than
the records it changed notes those too: `changes.note(session.info, "training_attendance")`.

Publishing goes to the innermost `collecting()` block of the current thread (the
task runner wraps every job in one and re-emits what it collected on the GUI thread), or, outside any, straight
to the listeners (a service called on the GUI thread). No Qt here: the GUI's hub is one listener among others."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

__all__ = ["QUIET_ACTIONS", "collecting", "committed", "listen", "note", "publish"]

SESSION_KEY = "unionoffice.changed_entities"
# Audit actions that leave the records as they were: nothing derived from them can have changed.
QUIET_ACTIONS = frozenset({"login", "login_failed", "reveal", "export", "backup"})

Listener = Callable[[frozenset[str]], None]

_local = threading.local()
_listeners: list[Listener] = []
_lock = threading.Lock()
_versioned: weakref.WeakSet[Any] = weakref.WeakSet()  # engines whose database has the data_version table


def note(info: dict[Any, Any], entity: str | None, action: str = "update") -> None:
    """Remember in a session's `info` that this transaction changed records of `entity`."""
    if entity and action not in QUIET_ACTIONS:
        info.setdefault(SESSION_KEY, set()).add(entity)


def committed(info: dict[Any, Any]) -> None:
    """After a commit: publish what the session noted, once."""
    entities = info.pop(SESSION_KEY, None)
    if entities:
        publish(frozenset(entities))


def discard(info: dict[Any, Any]) -> None:
    """After a rollback: nothing was changed."""
    info.pop(SESSION_KEY, None)


def publish(entities: frozenset[str]) -> None:
    stack: list[set[str]] | None = getattr(_local, "stack", None)
    if stack:
        stack[-1].update(entities)
        return
    with _lock:
        listeners = list(_listeners)
    for listener in listeners:
        listener(entities)


@contextmanager
def collecting() -> Iterator[set[str]]:
    """Collect what this thread commits inside the block instead of publishing it (the caller publishes)."""
    stack: list[set[str]] | None = getattr(_local, "stack", None)
    if stack is None:
        stack = _local.stack = []
    seen: set[str] = set()
    stack.append(seen)
    try:
        yield seen
    finally:
        stack.pop()


def listen(listener: Listener) -> Callable[[], None]:
    """Call `listener(entities)` after each commit published outside a `collecting()` block; returns the
    function that stops it."""
    with _lock:
        _listeners.append(listener)

    def stop() -> None:
        with _lock:
            if listener in _listeners:
                _listeners.remove(listener)

    return stop


def bump_versions(session: Session, entities: frozenset[str] | set[str]) -> None:
    """In the committing transaction itself: one more version for each entity it changed, so a figure stored with
    the versions it was computed from knows it is stale — also when another process or computer wrote
    (services/dashboard/snapshot.py)."""
    from unionoffice.db.models.dashboard import DataVersion

    bind = session.get_bind()
    if bind.engine not in _versioned:  # a database not yet at migration 0014 (the upgrade itself) has no table
        from sqlalchemy import inspect

        if not inspect(session.connection()).has_table(DataVersion.__tablename__):
            return
        _versioned.add(bind.engine)
    dialect = bind.dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        insert = pg_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        insert = sqlite_insert  # type: ignore[assignment]
    for entity in sorted(entities):  # one order everywhere: two writers never wait for each other's rows crosswise
        statement = insert(DataVersion).values(entity=entity, version=1)
        session.execute(statement.on_conflict_do_update(index_elements=[DataVersion.entity],
                                                        set_={"version": DataVersion.version + 1}))


@event.listens_for(Session, "before_commit")
def _before_commit(session: Session) -> None:
    entities = session.info.get(SESSION_KEY)
    if entities:
        bump_versions(session, entities)


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    committed(session.info)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    discard(session.info)
