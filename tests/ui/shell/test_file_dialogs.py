"""File dialogs start in the folder last used, else in Documents, never in the program's working folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.helpers.messages import MessageLog
from unionoffice.ui.shell import file_dialogs


def test_a_save_dialog_starts_in_documents_then_in_the_folder_last_used(
        gui: MessageLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    documents, chosen_folder = tmp_path / "Documents", tmp_path / "U盘"
    documents.mkdir()
    chosen_folder.mkdir()
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: documents)
    monkeypatch.chdir(tmp_path)
    seen: list[str] = []

    def dialog(parent: object, title: str, start: str, filters: str) -> tuple[str, str]:
        seen.append(start)
        return str(chosen_folder / "名单"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    first = file_dialogs.save_file(None, "导出", "会员名单.xlsx", "Excel (*.xlsx)", "export", ".xlsx")
    assert seen[0] == str(documents / "会员名单.xlsx")
    assert first is not None
    assert first[0] == chosen_folder / "名单.xlsx"
    file_dialogs.save_file(None, "导出", "会员名单.xlsx", "Excel (*.xlsx)", "export")
    assert seen[1] == str(chosen_folder / "会员名单.xlsx")
    # another kind of file has no folder of its own yet: it starts where the user last saved anything
    assert file_dialogs.start_folder("certificates") == chosen_folder


def test_a_remembered_folder_that_no_longer_exists_is_not_offered(
        gui: MessageLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gone = tmp_path / "removed"
    gone.mkdir()
    file_dialogs.remember("import", gone / "roster.xlsx")
    gone.rmdir()
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: tmp_path)
    assert file_dialogs.start_folder("import") == tmp_path


def test_every_file_dialog_goes_through_the_helper() -> None:
    """No page opens a QFileDialog of its own: each one starts where the helper says, not in the program's working
    folder (the new-user trial)."""
    ui = Path(file_dialogs.__file__).parents[1]
    own = [str(path.relative_to(ui)) for path in sorted(ui.rglob("*.py"))
           if path.parts[len(ui.parts)] not in ("forms",) and path != Path(file_dialogs.__file__)
           and "QFileDialog" in path.read_text(encoding="utf-8")]
    assert own == []


def test_a_list_export_starts_in_documents_with_a_name_that_says_what_it_is(
        qtbot: QtBot, gui: MessageLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from unionoffice.domain.common.permissions import Role
    from unionoffice.services.core.context import Actor
    from unionoffice.ui.shell.context import AppContext
    from unionoffice.ui.widgets.list_output import ListOutputButtons

    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: tmp_path)
    monkeypatch.chdir(tmp_path.parent)
    seen: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (seen.append(a[2]), ("", ""))[1])
    buttons = ListOutputButtons(AppContext(None, Actor("clerk", Role.CLERK, 2)),  # type: ignore[arg-type]
                                lambda: None, "会员名单/一汽北厂工会")  # type: ignore[arg-type,return-value]
    qtbot.addWidget(buttons)
    assert buttons.export_list() is None
    assert seen == [str(tmp_path / "会员名单_一汽北厂工会.xlsx")]
