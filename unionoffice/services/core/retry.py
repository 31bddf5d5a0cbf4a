"""Running a write transaction again when PostgreSQL ended it for a concurrent one (docs/server-mode.md).

Two clerks on one server may run batches over the same rows at the same moment. PostgreSQL then ends one of the
transactions with a serialisation failure (SQLSTATE 40001) or a detected deadlock (40P01): nothing of it was
written, and running the same work again from the start is correct. `retrying` does that a few times, with a short
random pause, and then gives up with a Chinese message; any other failure passes through unchanged. On SQLite
writers queue on the file lock (`BEGIN IMMEDIATE`), so these failures never occur there."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError

from unionoffice.domain.common.errors import ConflictError

T = TypeVar("T")

SERIALIZATION_FAILURE = "40001"
DEADLOCK_DETECTED = "40P01"
RETRYABLE = frozenset({SERIALIZATION_FAILURE, DEADLOCK_DETECTED})
ATTEMPTS = 5
FIRST_PAUSE_S = 0.02


def sqlstate(exc: BaseException) -> str | None:
    """The SQLSTATE of a database failure (psycopg 3 keeps it on the driver's exception), or None."""
    original = getattr(exc, "orig", None) if isinstance(exc, DBAPIError) else None
    state = getattr(original, "sqlstate", None)
    return state if isinstance(state, str) else None


def is_retryable(exc: BaseException) -> bool:
    return sqlstate(exc) in RETRYABLE


def retrying(work: Callable[[], T], *, what: str, attempts: int = ATTEMPTS,
             sleep: Callable[[float], None] = time.sleep) -> T:
    """`work()` (one whole `db.write()` transaction), run again after a serialisation failure or deadlock.

    `what` names the job in the message shown when every attempt was ended that way ("批量审批")."""
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except DBAPIError as exc:
            if not is_retryable(exc):
                raise
            if attempt == attempts:
                raise ConflictError(f"{what}与其他人同时进行的操作冲突，已重试 {attempts} 次仍未成功，"
                                    "本次未做任何更改。请稍后再试。") from exc
            # Pauses growing from 20 ms with jitter, so two retrying batches do not collide again in step.
            sleep(FIRST_PAUSE_S * (2 ** (attempt - 1)) * (0.5 + random.random()))
    raise AssertionError("unreachable")
