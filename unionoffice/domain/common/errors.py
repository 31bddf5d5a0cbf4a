"""Typed errors for expected problems, each carrying a message in Chinese for the clerk."""

from __future__ import annotations


class UnionOfficeError(Exception):
    """Base of every expected problem; `message` is shown to the user as it is (Chinese)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(UnionOfficeError):
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


class PermissionDeniedError(UnionOfficeError):
    """The signed-in user's role may not do this."""


class AuthenticationError(UnionOfficeError):
    """Wrong user name or password, disabled or locked account."""


class ConflictError(UnionOfficeError):
    """Someone else changed the record meanwhile (version mismatch) or the database is busy."""


class DatabaseStateError(UnionOfficeError):
    """The database cannot be used safely: damaged, wrong schema, on a network drive, read-only."""


class CancelledError(UnionOfficeError):
    """The user cancelled a long job; everything it did was rolled back."""

    def __init__(self, message: str = "操作已取消，未做任何更改。") -> None:
        super().__init__(message)
