"""Every message box the program shows goes through here, so tests can capture and answer them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

# Tests replace this to record messages and choose answers: (kind, title, text) -> bool.
Hook = Callable[[str, str, str], bool]
_hook: Hook | None = None
log: list[tuple[str, str, str]] = []


def set_hook(hook: Hook | None) -> None:
    global _hook
    _hook = hook


def program_name() -> str:
    """The title of every message box: the program's Chinese name (issue 14: never “UnionOffice” on a Chinese
    screen)."""
    return QCoreApplication.translate("Messages", "UnionOffice")


def _show(kind: str, parent: QWidget | None, title: str | None, text: str, details: str = "",
          default_yes: bool = False) -> bool:
    title = title or program_name()
    log.append((kind, title, text))
    if _hook is not None:
        return _hook(kind, title, text)
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setDetailedText(details)
    icons = {"info": QMessageBox.Icon.Information, "warning": QMessageBox.Icon.Warning,
             "error": QMessageBox.Icon.Critical, "confirm": QMessageBox.Icon.Question}
    box.setIcon(icons[kind])
    if kind == "confirm":
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes if default_yes else QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes
    box.exec()
    return True


def info(parent: QWidget | None, text: str, title: str | None = None) -> None:
    _show("info", parent, title, text)


def warning(parent: QWidget | None, text: str, title: str | None = None) -> None:
    _show("warning", parent, title, text)


def error(parent: QWidget | None, text: str, title: str | None = None, details: str = "") -> None:
    _show("error", parent, title, text, details)


def confirm(parent: QWidget | None, text: str, title: str | None = None, *, default_yes: bool = False) -> bool:
    """Ask once, naming what will happen (e.g. “将删除 3 名会员的培训报名记录”). True = go ahead. The default (Return)
    is 否, so a slip of the key changes nothing; `default_yes` where the question only confirms the action the user
    has just asked for and nothing is lost (e.g. 颁发证书… → “…然后全部打印吗？”)."""
    return _show("confirm", parent, title, text, default_yes=default_yes)
