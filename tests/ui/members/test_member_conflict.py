"""Two clerks editing the same member: the second save is refused and shows both values side by side; on a server
the other client's list shows a save within a poll (docs/server-mode.md)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from tests.helpers.gui import CLERK, District, context
from tests.helpers.messages import MessageLog
from unionoffice.services.members.records import member_detail, update_member
from unionoffice.ui.members.member_editor import MemberEditor
from unionoffice.ui.shell.conflict_dialog import ConflictDialog


def test_the_second_editor_is_refused_with_a_side_by_side_table(qtbot: QtBot, district: District, gui: MessageLog,
                                                                tmp_path: Path) -> None:
    editor = MemberEditor(context(district.db, CLERK), district.zhang, default_union_id=district.north)
    qtbot.addWidget(editor)
    editor.show()
    # Meanwhile another clerk saves the same member.
    other = member_detail(district.db, CLERK, district.zhang)
    update_member(district.db, CLERK, district.zhang, replace(other.draft, employer="一汽南厂"),
                  expected_version=other.version)
    editor.ui.employerEdit.setText("一汽东厂")
    assert editor.save() is False
    dialog = editor.conflict
    assert isinstance(dialog, ConflictDialog)
    assert dialog.isVisible()
    assert "已被他人修改" in dialog.message.text()
    table = dialog.findChild(QTableWidget)
    assert table is not None
    cells = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
             for r in range(table.rowCount())}
    assert cells["工作单位"] == ("一汽东厂", "一汽南厂")
    assert member_detail(district.db, CLERK, district.zhang).draft.employer == "一汽南厂"  # not overwritten
    assert editor.isVisible()  # the clerk's entries stay on screen to copy from
    dialog.resize(1024, 300)
    dialog.grab().save(str(tmp_path / "conflict.png"))


def test_the_change_watcher_reports_other_clients_saves(qtbot: QtBot, district: District, gui: MessageLog) -> None:
    from PySide6.QtWidgets import QWidget

    from unionoffice.ui.shell.change_watch import ChangeWatcher

    holder = QWidget()
    qtbot.addWidget(holder)
    watcher = ChangeWatcher(district.db, holder, interval_ms=50)
    seen: list[frozenset[str]] = []
    watcher.changed.connect(seen.append)
    watcher.poll()
    assert seen == []  # nothing new since the watcher started
    other = member_detail(district.db, CLERK, district.zhang)
    update_member(district.db, CLERK, district.zhang, replace(other.draft, employer="一汽南厂"),
                  expected_version=other.version)
    watcher.poll()  # tasks run inline under the `gui` fixture
    assert seen == [frozenset({"member"})]
    watcher.poll()
    assert len(seen) == 1  # each change once
