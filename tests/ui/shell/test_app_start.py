"""Starting the GUI: non-interactive sign-in, the first-paint benchmark hook, Chinese by default, --lang en."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, qInstallMessageHandler
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from unionoffice import app as app_module
from unionoffice import crashlog
from unionoffice.db.engine import Database
from unionoffice.services.members import first_start
from unionoffice.ui.shell import login_dialog, messages
from unionoffice.ui.shell.translation import remove_translators

PASSWORD = "Gonghui-2024"


@pytest.fixture
def started(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[argparse.Namespace]:
    """A database with an administrator, and everything run_gui changes in this process put back afterwards."""
    first_start.set_up_office(db, "admin", PASSWORD, district_name="南关区总工会", admin_code="220102")
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", PASSWORD)
    monkeypatch.setenv(app_module.BENCH_ENV, "1")
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    font = QFont(qapp.font())
    shown: list[tuple[str, str, str]] = []
    messages.set_hook(lambda kind, title, text: shown.append((kind, title, text)) or True)
    assert db.path is not None
    yield argparse.Namespace(db=str(db.path), user="admin", lang=None, command=None)
    messages.set_hook(None)
    crashlog.uninstall()
    qInstallMessageHandler(None)
    remove_translators(qapp)
    qapp.setFont(font)
    assert shown == []


def painted_seconds(output: str) -> float:
    lines = [line for line in output.splitlines() if line.startswith("painted ")]
    assert len(lines) == 1, output
    return float(lines[0].split()[1])


def test_chinese_by_default_and_the_benchmark_hook(started: argparse.Namespace,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert app_module.run_gui(started) == 0
    assert painted_seconds(capsys.readouterr().out) > 0
    assert QCoreApplication.translate("MembersPage", "New member") == "新增会员"
    assert QCoreApplication.translate("Pages", "Members") == "会员管理"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # Qt's own qtbase_zh_CN


def test_english_on_request(started: argparse.Namespace, capsys: pytest.CaptureFixture[str]) -> None:
    started.lang = "en"
    assert app_module.run_gui(started) == 0
    painted_seconds(capsys.readouterr().out)
    assert QCoreApplication.translate("MembersPage", "New member") == "New member"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_without_a_password_the_login_dialog_decides(started: argparse.Namespace,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("UNIONOFFICE_PASSWORD")
    asked: list[Path] = []
    monkeypatch.setattr(login_dialog, "sign_in", lambda db, parent=None: asked.append(db.path) or None)
    assert app_module.run_gui(started) == 0  # closed without signing in
    assert asked == [Path(started.db)]


def test_a_wrong_password_is_reported_in_chinese(started: argparse.Namespace,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", "not-the-password")
    errors: list[str] = []
    messages.set_hook(lambda kind, title, text: errors.append(text) or True)
    assert app_module.run_gui(started) == 2
    assert errors
    assert "密码" in errors[0]
    messages.set_hook(None)


def test_a_restore_reopens_the_database_and_asks_to_sign_in_again(started: argparse.Namespace,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QTimer

    from unionoffice.ui.shell.main_window import MainWindow

    monkeypatch.delenv(app_module.BENCH_ENV)
    rounds: list[str] = []

    def restart_soon() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(20, restart_soon)
            return
        rounds.append("window")
        windows[0].restartRequested.emit()  # what a finished restore from backup does

    monkeypatch.setattr(login_dialog, "sign_in", lambda db, parent=None: rounds.append("sign in") or None)
    QTimer.singleShot(0, restart_soon)
    assert app_module.run_gui(started) == 0
    assert rounds == ["window", "sign in"]


def test_a_clean_exit_anchors_the_audit_trail_outside_the_file(started: argparse.Namespace, private_data_dir: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """docs/audit-trail.md: where the trail stands is written down at every clean exit of the window."""
    import json

    assert app_module.run_gui(started) == 0
    anchors = [json.loads(line) for path in (private_data_dir / "audit-anchors").glob("*.jsonl")
               for line in path.read_text(encoding="utf-8").splitlines()]
    assert anchors[-1]["kind"] == "exit"
    assert anchors[-1]["location"] == str(Path(started.db).resolve())
    assert anchors[-1]["count"] >= 2  # the office set up, and this sign-in
