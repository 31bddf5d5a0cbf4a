"""数据库服务器连接: fields checked with their labels, 测试连接 against the local server, the password into the
(faked) keyring only, forgetting it again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from tests.helpers.messages import MessageLog
from tests.helpers.postgres import scratch_database
from unionoffice.services.core import connection
from unionoffice.services.core.startup import open_database
from unionoffice.ui.admin.connection_dialog import ConnectionDialog


class MemoryKeyring(KeyringBackend):
    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    fake, previous = MemoryKeyring(), keyring.get_keyring()
    keyring.set_keyring(fake)
    monkeypatch.setattr(connection, "keyring_available", lambda: True)
    yield fake
    keyring.set_keyring(previous)


def test_a_missing_field_is_named_and_nothing_is_saved(qtbot: QtBot, gui: MessageLog, private_data_dir: Path,
                                                       memory_keyring: MemoryKeyring) -> None:
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.ui.hostEdit.setText("192.168.1.10")
    dialog.save()
    assert "「数据库」" in dialog.ui.resultLabel.text()
    assert connection.load_saved_connection() is None


@pytest.mark.postgres
def test_test_save_and_forget(qtbot: QtBot, gui: MessageLog, private_data_dir: Path, memory_keyring: MemoryKeyring,
                              tmp_path: Path) -> None:
    with scratch_database("uo_conn_gui") as url:
        open_database(url, create=True).dispose()
        parts = make_url(url)
        dialog = ConnectionDialog()
        qtbot.addWidget(dialog)
        dialog.ui.hostEdit.setText(parts.host or "")
        dialog.ui.portEdit.setText(str(parts.port or 5432))
        dialog.ui.databaseEdit.setText(parts.database or "")
        dialog.ui.userEdit.setText(parts.username or "")
        dialog.ui.passwordEdit.setText("秘密-1")
        dialog.test()  # tasks run inline under `gui`
        assert dialog.ui.resultLabel.text().startswith("连接成功")
        dialog.resize(1024, 420)
        dialog.grab().save(str(tmp_path / "connection.png"))
        dialog.save()
    saved = connection.load_saved_connection()
    assert saved is not None
    assert saved.database == parts.database
    assert list(memory_keyring.saved.values()) == ["秘密-1"]
    assert "秘密" not in (private_data_dir / connection.FILE_NAME).read_text(encoding="utf-8")
    assert any("下次启动" in t or "next start" in t for t in gui.texts("info"))
    again = ConnectionDialog()
    qtbot.addWidget(again)
    assert again.ui.hostEdit.text() == parts.host
    assert again.ui.forgetButton.isEnabled()
    again.forget()
    assert connection.load_saved_connection() is None
    assert memory_keyring.saved == {}
