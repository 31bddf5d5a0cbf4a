"""Fixtures for the account, audit and backup widgets: synchronous tasks, captured messages, private QSettings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.message_capture import MessageLog, capture_messages


@pytest.fixture
def gui(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MessageLog]:
    yield from capture_messages(tmp_path, monkeypatch)
