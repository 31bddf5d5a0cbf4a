"""The crash dialog: an exception in a slot or a worker thread opens it with copyable, masked details."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from unionoffice import crashlog
from unionoffice.ui.shell import crash_dialog
from unionoffice.ui.shell.crash_dialog import CrashDialog


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str]]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(CrashDialog, "exec", lambda self: shown.append(
        (self.ui.summaryLabel.text(), self.ui.detailsEdit.toPlainText())) or 0)
    log_file = crashlog.install(tmp_path / "logs")
    crash_dialog.install_crash_dialog(str(log_file))
    yield shown
    crashlog.set_ui_hook(None)
    crashlog.uninstall()


def test_copy_details_puts_everything_on_the_clipboard(qtbot: QtBot) -> None:
    dialog = CrashDialog("ValueError: boom", "Traceback …\nValueError: boom", "/data/logs/unionoffice.log")
    qtbot.addWidget(dialog)
    dialog.ui.copyButton.click()
    assert QApplication.clipboard().text() == "ValueError: boom\n\nTraceback …\nValueError: boom"
    dialog.grab().save("/tmp/uo_crash_dialog.png")


def test_a_worker_thread_crash_reaches_the_gui_thread(qtbot: QtBot, installed: list[tuple[str, str]]) -> None:
    def work() -> None:
        raise RuntimeError("导入失败 22010219800101002X")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(installed), timeout=5000)
    summary, details = installed[0]
    assert "RuntimeError" in summary
    assert "22010219800101002X" not in summary + details


def test_a_slot_exception_shows_the_dialog_and_the_program_goes_on(qtbot: QtBot,
                                                                   installed: list[tuple[str, str]]) -> None:
    try:
        raise KeyError("missing")
    except KeyError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: bool(installed), timeout=5000)
    assert installed[0][0].startswith("KeyError")
