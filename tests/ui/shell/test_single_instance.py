"""One instance per database (docs/reliability.md F5): the second start asks the first to come forward; a lock left by
a killed instance is taken over at once; a lock held on another computer is named."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.messages import MessageLog
from unionoffice.db.engine import Database
from unionoffice.ui.shell import single_instance
from unionoffice.ui.shell.single_instance import LockHolder, SingleInstance, claim_database, lock_path_for

HOLDER = """
import sys, time
from pathlib import Path
from unionoffice.db.file_locks import InstanceLock
lock = InstanceLock.for_path(Path(sys.argv[1]))
assert lock.acquire("图形界面")
print("locked", flush=True)
time.sleep(60)
"""


def test_the_lock_sits_beside_the_database(db: Database, db_path: Path) -> None:
    assert lock_path_for(db) == db_path.with_name("test.db.lock")


def test_a_second_start_brings_the_first_forward(qtbot: QtBot, db: Database, gui: MessageLog) -> None:
    first = claim_database(db)
    assert first is not None
    with qtbot.waitSignal(first.activation_requested, timeout=5000):
        assert claim_database(db) is None
    assert gui.shown == []  # nothing to say: the first window came forward
    first.release()
    again = claim_database(db)
    assert again is not None
    again.release()


@pytest.mark.parametrize("round_", range(3))
def test_a_lock_left_by_a_killed_instance_is_taken_over(qtbot: QtBot, tmp_path: Path, round_: int) -> None:
    lock = tmp_path / "office.db.lock"
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(lock)], stdout=subprocess.PIPE)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"locked"
    instance = SingleInstance(lock)
    assert not instance.acquire(0)
    holder = instance.holder()
    assert holder is not None
    assert holder.pid == proc.pid
    assert holder.on_this_computer
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert instance.acquire(5000)  # the dead PID marks the lock stale at once; 5 s is the upper bound
    instance.release()


def test_a_lock_held_on_another_computer_is_named(qtbot: QtBot, db: Database, gui: MessageLog,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SingleInstance, "acquire", lambda self, timeout_ms=200: False)
    monkeypatch.setattr(SingleInstance, "holder", lambda self: LockHolder(4242, "OFFICE-PC-2", "unionoffice"))
    assert claim_database(db) is None
    assert "OFFICE-PC-2" in gui.texts("warning")[0]


def test_bring_to_front_restores_a_minimised_window(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    single_instance.bring_to_front(window)
    assert not window.windowState() & Qt.WindowState.WindowMinimized
    assert window.isVisible()
