"""Errors of the exchange layer: a file that cannot be read or written, in words a clerk understands."""

from __future__ import annotations

from unionoffice.domain.common.errors import UnionOfficeError


class SpreadsheetError(UnionOfficeError):
    """The file is not a readable table (wrong format, damaged, encrypted, too large …); nothing was changed."""

    exit_code = 2


class ExportError(UnionOfficeError):
    """An export could not be written as asked (e.g. a character the chosen encoding cannot hold)."""

    exit_code = 2


class WriteFailedError(ExportError):
    """The file could not be written where asked (no permission, read-only medium, full disk); nothing was left."""

    exit_code = 1
