"""Errors of the exchange layer: a file that cannot be read or written, in words a clerk understands."""

from __future__ import annotations

from unionoffice.domain.common.errors import UnionOfficeError


class SpreadsheetError(UnionOfficeError):
    """The file is not a readable table (wrong format, damaged, encrypted, too large …); nothing was changed."""


class ExportError(UnionOfficeError):
    """An export could not be written as asked (e.g. a character the chosen encoding cannot hold)."""
