"""The reviewer makes the year's package for the province from the data exchange page: encrypted, signed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.helpers.gui import District, context
from tests.helpers.messages import MessageLog
from tests.helpers.province import ADMIN, CLERK, REVIEWER
from unionoffice.exchange.provincial.archive import open_package, read_manifest
from unionoffice.exchange.provincial.signing import grouped
from unionoffice.services.core.context import Actor
from unionoffice.ui.exchange.exchange_page import ExchangePage
from unionoffice.ui.exchange.provincial_dialog import ProvincialPackageDialog


def test_the_reviewer_saves_an_encrypted_package_and_is_told_the_fingerprint(
        qtbot: QtBot, gui: MessageLog, district: District, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "南关区.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog = ProvincialPackageDialog(context(district.db, REVIEWER))
    qtbot.addWidget(dialog)
    dialog.year.setValue(date.today().year)
    dialog.password.setText("usb-stick-2025")
    dialog.again.setText("usb-stick-2024")
    dialog.save()
    assert gui.texts("warning") == ["The two passwords differ."]
    assert not target.exists()
    dialog.again.setText("usb-stick-2025")
    dialog.save()
    manifest, _digest, encrypted = read_manifest(target, "usb-stick-2025")
    assert encrypted
    assert manifest.district_code == "220102"
    assert grouped(manifest.public_key.fingerprint) in gui.texts("info")[-1]
    assert dialog.fingerprint.text() == grouped(manifest.public_key.fingerprint)
    with open_package(target, "usb-stick-2025") as package:
        assert package.manifest.rows("会员") == 1


@pytest.mark.parametrize(("actor", "visible"), [(REVIEWER, True), (ADMIN, False), (CLERK, False)])
def test_only_who_may_export_full_ids_sees_the_package_button(qtbot: QtBot, gui: MessageLog, district: District,
                                                              actor: Actor, visible: bool) -> None:
    page = ExchangePage(context(district.db, actor))
    qtbot.addWidget(page)
    page.show()
    assert page.package_button.isVisible() is visible


def test_the_dialog_closes_before_the_message_names_the_file_and_fingerprint(
        qtbot: QtBot, gui: MessageLog, district: District, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from unionoffice.ui.shell import messages

    target = tmp_path / "南关区.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog = ProvincialPackageDialog(context(district.db, REVIEWER))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.year.setValue(date.today().year)
    dialog.encrypt.setChecked(False)
    open_when_told: list[bool] = []

    def hook(kind: str, title: str, text: str) -> bool:
        open_when_told.append(dialog.isVisible())
        return gui(kind, title, text)

    messages.set_hook(hook)
    dialog.save()
    assert open_when_told == [False]
    assert dialog.result() == ProvincialPackageDialog.DialogCode.Accepted
    told = gui.texts("info")[-1]
    assert str(target) in told
    assert dialog.result_ is not None
    assert grouped(dialog.result_.fingerprint) in told
