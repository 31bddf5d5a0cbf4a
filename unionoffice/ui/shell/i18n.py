"""Marking strings for translation where `self.tr()` cannot be used (module-level tables, mixins)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `source` for lupdate under `context`; translate it later with QCoreApplication.translate(context, …).

    Qt's own QT_TRANSLATE_NOOP is typed as returning `object`; this one keeps the type checker happy.
    """
    return source
