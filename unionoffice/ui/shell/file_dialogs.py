"""Where a file dialog starts: the folder last used for that kind of file, else the folder last used for any file,
else the user's Documents folder — never the program's working folder, which a clerk neither knows nor can find
again (seen in the new-user trial, docs/trial-2026-12-07.md)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

ANY_KEY = "files/last_folder"
_NOT_IN_WINDOWS_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def file_name(text: str, replacement: str = "_") -> str:
    """`text` as a file name Windows accepts: the characters it forbids (<>:"/\\|?* and control characters)
    replaced, no trailing dot or space, not a reserved device name. Full-width （）and Chinese stay as they are."""
    name = _NOT_IN_WINDOWS_NAMES.sub(replacement, text).strip().rstrip(". ")
    if name.split(".")[0].upper() in _RESERVED:
        name = replacement + name
    return name or replacement


def _key(kind: str) -> str:
    return f"files/{kind}/last_folder"


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def start_folder(kind: str) -> Path:
    """The folder a dialog for `kind` (e.g. "export", "import", "certificates") opens in."""
    settings = QSettings()
    for key in (_key(kind), ANY_KEY):
        value = str(settings.value(key, "") or "")
        if value and Path(value).is_dir():
            return Path(value)
    return documents_folder()


def remember(kind: str, path: Path) -> None:
    """Keep the folder of a chosen file (or a chosen folder) for the next dialog of this kind and of any kind."""
    folder = path if path.is_dir() else path.parent
    settings = QSettings()
    settings.setValue(_key(kind), str(folder))
    settings.setValue(ANY_KEY, str(folder))


def save_file(parent: QWidget | None, title: str, suggested_name: str, filters: str, kind: str,
              default_suffix: str = "") -> tuple[Path, str] | None:
    """A save dialog in the remembered folder with `suggested_name` filled in. Returns (path, chosen filter), the
    suffix added from `default_suffix` when the user typed none, or None when cancelled."""
    start = start_folder(kind) / suggested_name
    name, chosen = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    if not name:
        return None
    path = Path(name)
    if default_suffix and not path.suffix:
        path = path.with_suffix(default_suffix)
    remember(kind, path)
    return path, chosen


def open_file(parent: QWidget | None, title: str, filters: str, kind: str, start: Path | None = None) -> Path | None:
    """An open dialog in the remembered folder, or in `start` where the program knows better (its backups)."""
    folder = start if start is not None and start.is_dir() else start_folder(kind)
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
    if not name:
        return None
    path = Path(name)
    remember(kind, path)
    return path


def open_files(parent: QWidget | None, title: str, filters: str, kind: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, str(start_folder(kind)), filters)
    paths = [Path(n) for n in names]
    if paths:
        remember(kind, paths[0])
    return paths


def choose_folder(parent: QWidget | None, title: str, kind: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, str(start_folder(kind)))
    if not name:
        return None
    path = Path(name)
    remember(kind, path)
    return path
