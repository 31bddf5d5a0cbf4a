"""The GUI on a database it cannot open: the reason in a dialog and the ways on — another file, a backup, a new
database on the very first start — never a silent exit (issue 12 items 13-15)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.helpers.messages import MessageLog
from unionoffice import app as app_module
from unionoffice import crashlog
from unionoffice.db.models import AuditEntry
from unionoffice.domain.common.errors import MissingDatabaseError, NotADatabaseError
from unionoffice.paths import default_database_path
from unionoffice.services.core import backups
from unionoffice.services.core.context import SYSTEM
from unionoffice.services.core.startup import open_database
from unionoffice.ui.shell import database_problem, login_dialog
from unionoffice.ui.shell.database_problem import CREATE, QUIT, RESTORE, DatabaseProblemDialog
from unionoffice.ui.shell.translation import remove_translators


@dataclass
class Asked:
    """What the start-up dialog was asked (message, offers to create, first start), and the answers to give."""

    seen: list[tuple[str, bool, bool]] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)

    def __call__(self, failure: Exception, can_create: bool, first_start: bool) -> str:
        self.seen.append((str(failure), can_create, first_start))
        return self.answers.pop(0) if self.answers else QUIT


@pytest.fixture
def asked(qtbot: QtBot, gui: MessageLog, monkeypatch: pytest.MonkeyPatch) -> Iterator[Asked]:
    """The start-up dialog answered by the test; sign-in closed at once; run_gui's changes undone afterwards."""
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    font = QFont(qapp.font())
    recorder = Asked()
    monkeypatch.setattr(database_problem, "ask", recorder)
    monkeypatch.setattr(login_dialog, "sign_in", lambda db, parent=None: None)
    monkeypatch.delenv("UNIONOFFICE_PASSWORD", raising=False)
    yield recorder
    crashlog.uninstall()
    qInstallMessageHandler(None)
    remove_translators(qapp)
    qapp.setFont(font)


def gui_args(db: Path | None) -> argparse.Namespace:
    return argparse.Namespace(db=None if db is None else str(db), user=None, lang=None, command=None)


def test_a_file_that_is_not_a_database_is_shown_with_the_ways_on(asked: Asked,
                                                                  tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("会议纪要" * 300, encoding="utf-8")
    assert app_module.run_gui(gui_args(notes)) == 1  # quit: status 1, after saying why
    ((message, can_create, first_start),) = asked.seen
    assert "不是数据库文件" in message
    assert "损坏" not in message
    assert not can_create
    assert not first_start


def test_a_mistyped_path_is_not_created_behind_the_users_back(asked: Asked,
                                                               tmp_path: Path) -> None:
    missing = tmp_path / "offcie.db"
    assert app_module.run_gui(gui_args(missing)) == 1
    assert "找不到数据库文件" in asked.seen[0][0]
    assert asked.seen[0][1]  # creating it is offered, not done
    assert not missing.exists()


def test_the_very_first_start_creates_the_database_when_asked(asked: Asked) -> None:
    assert not default_database_path().exists()
    asked.answers.append(CREATE)
    assert app_module.run_gui(gui_args(None)) == 0  # then the sign-in (here closed at once)
    assert asked.seen[0][2]  # the first-start wording
    assert default_database_path().exists()


def test_a_backup_is_put_in_place_of_a_file_that_is_not_a_database(asked: Asked,
                                                                   tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    good = tmp_path / "office.db"
    db = open_database(f"sqlite:///{good}", create=True)
    backup = backups.create_backup(db, SYSTEM)
    db.close()
    good.write_bytes(b"overwritten by a careless copy" * 100)
    for side in ("-wal", "-shm"):
        good.with_name(good.name + side).unlink(missing_ok=True)
    asked.answers.append(RESTORE)
    monkeypatch.setattr(database_problem, "_pick_backup", lambda target: backup)
    assert app_module.run_gui(gui_args(good)) == 0
    restored = open_database(f"sqlite:///{good}")
    with restored.read() as session:
        summaries = session.execute(select(AuditEntry.summary).where(AuditEntry.action == "restore_backup"))
        (summary,) = summaries.scalars().all()
    restored.close()
    assert backup.name in summary
    assert "不是数据库文件" in summary
    (aside,) = tmp_path.glob("office-replaced-*.db")
    assert aside.read_bytes().startswith(b"overwritten")


def test_the_dialog_offers_creating_only_when_there_is_no_file(qtbot: QtBot) -> None:
    missing = DatabaseProblemDialog(MissingDatabaseError("找不到数据库文件 x.db"), True, False)
    qtbot.addWidget(missing)
    missing.show()
    assert missing.create_button.isVisible()
    assert missing.reason.text() == "找不到数据库文件 x.db"
    missing.create_button.click()
    assert missing.choice == CREATE
    other = DatabaseProblemDialog(NotADatabaseError("文件 x.db 不是数据库文件"), False, False)
    qtbot.addWidget(other)
    other.show()
    assert not other.create_button.isVisible()
    other.quit_button.click()
    assert other.choice == QUIT
