"""Typed errors for expected problems, each carrying a message in Chinese for the clerk."""

from __future__ import annotations


class UnionOfficeError(Exception):
    """Base of every expected problem; `message` is shown to the user as it is (Chinese).

    `exit_code` is the command line's status for it: 2 when the command cannot run as given (a wrong value, name,
    file, password or role — the user must change what they typed), 1 when a valid command could not be carried
    out (the database busy, locked, read-only, damaged or unreachable; a full disk; a failed check)."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(UnionOfficeError):
    exit_code = 2

    """A value breaks a rule. `field` names the field in the message (Chinese label), `key` is the field's stable
    key (the record attribute, e.g. "id_number") by which an editor finds the widget, `row` the source row when
    importing."""

    def __init__(self, message: str, *, field: str | None = None, key: str | None = None,
                 row: int | None = None) -> None:
        prefix = ""
        if row is not None:
            prefix += f"第{row}行"
        if field:
            prefix += f"「{field}」"
        super().__init__(f"{prefix}{'：' if prefix else ''}{message}")
        self.field = field
        self.key = key
        self.row = row
        self.reason = message


class DuplicateError(ValidationError):
    """The record would duplicate an existing one (e.g. the same normalised ID number)."""


class NotFoundError(UnionOfficeError):
    """A record asked for does not exist (or is in the trash)."""

    exit_code = 2


class PermissionDeniedError(UnionOfficeError):
    """The signed-in user's role may not do this."""

    exit_code = 2


class AuthenticationError(UnionOfficeError):
    """Wrong user name or password, disabled or locked account."""

    exit_code = 2


class ConflictError(UnionOfficeError):
    """Someone else changed the record meanwhile (version mismatch) or the database is busy."""


class StaleRecordError(ConflictError):
    """The record was saved by someone else after this clerk opened it (its version moved on): the save is refused,
    never a silent overwrite. `rows` are (field label, the value this clerk entered, the value saved now) for every
    field where they differ, so the editor can show both side by side; empty when only the record is known."""

    def __init__(self, message: str, rows: tuple[tuple[str, str, str], ...] = ()) -> None:
        super().__init__(message)
        self.rows = rows


class DatabaseStateError(UnionOfficeError):
    """The database cannot be used safely: damaged, wrong schema, on a network drive, read-only."""


class DatabaseBusyError(ConflictError):
    """Another program holds the database (its write lock after the busy timeout, or the instance lock that a
    restore, migration or purge needs); the message names it when known."""


class DatabaseUnavailableError(DatabaseStateError):
    """The database server cannot be reached, or its driver is not installed."""


class MissingDatabaseError(DatabaseStateError):
    """The database file does not exist (creating one is explicit: init, demo, the first-start dialog)."""

    exit_code = 2


class NotADatabaseError(DatabaseStateError):
    """The path is a folder, or a file that is not a UnionOffice database."""

    exit_code = 2


class CancelledError(UnionOfficeError):
    """The user cancelled a long job; everything it did was rolled back."""

    def __init__(self, message: str = "操作已取消，未做任何更改。") -> None:
        super().__init__(message)
