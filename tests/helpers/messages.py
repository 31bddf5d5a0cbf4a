"""Capturing the message boxes a widget shows, with synchronous tasks and private QSettings."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from unionoffice.ui.shell import messages, tasks


@dataclass
class MessageLog:
    """Every message box the code under test tried to show; `answer` is returned to confirmations."""

    shown: list[tuple[str, str]] = field(default_factory=list)
    answer: bool = True

    def __call__(self, kind: str, title: str, text: str) -> bool:
        self.shown.append((kind, text))
        return self.answer

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, text in self.shown if kind is None or k == kind]


def capture_messages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MessageLog]:
    """Body of a fixture: settings in `tmp_path`, tasks run inline, message boxes recorded instead of shown."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setattr(tasks, "synchronous", True)
    log = MessageLog()
    messages.set_hook(log)
    yield log
    tasks.shutdown()  # a test that turned `synchronous` off leaves no worker behind
    messages.set_hook(None)
