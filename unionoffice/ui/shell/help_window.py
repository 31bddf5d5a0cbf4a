"""The user guide in a window of its own (帮助 → 用户手册, F1): docs/用户手册.md rendered by Qt, with its pictures.

The guide travels with the program: `resources/guide/` in an installed or frozen program (pyproject.toml data-files,
the PyInstaller spec), `docs/` in a checkout. F1 opens the section of the page in front (`PageSpec.guide`).
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from unionoffice.paths import resource

GUIDE_NAME = "用户手册.md"
MAX_IMAGE_WIDTH = 760  # the guide's screenshots are up to 1,280 px wide: shown no wider than the window
_window: HelpWindow | None = None


def guide_path() -> Path | None:
    """The guide shipped with the program, else the checkout's docs/; None when neither is there."""
    for candidate in (resource("guide", GUIDE_NAME), Path(__file__).resolve().parents[3] / "docs" / GUIDE_NAME):
        if candidate.is_file():
            return candidate
    return None


def heading_position(document: QTextDocument, section: str) -> int | None:
    """Where the first heading that starts with `section` (e.g. “1. 查找会员”) begins, or None."""
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0 and block.text().strip().startswith(section):
            return block.position()
        block = block.next()
    return None


def fit_images(document: QTextDocument, folder: Path, width: int) -> None:
    """Scale every picture wider than `width` down to it (keeping its proportions), so the text needs no sideways
    scrolling."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                image = fmt.toImageFormat()
                size = QImage(str(folder / image.name())).size()
                if size.width() > width:
                    image.setWidth(width)
                    image.setHeight(size.height() * width / size.width())
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(image)
            iterator += 1
        block = block.next()


class HelpWindow(QDialog):
    """Not modal: the clerk reads beside the program."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(900, 700)
        self.load()

    def load(self) -> None:
        path = guide_path()
        if path is None:
            self.browser.setPlainText(self.tr("The user guide was not installed with the program."))
            return
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setMarkdown(path.read_text("utf-8"))
        fit_images(self.browser.document(), path.parent, MAX_IMAGE_WIDTH)

    def show_section(self, section: str) -> bool:
        """Scroll so that the heading starting with `section` is at the top; False when there is none."""
        position = heading_position(self.browser.document(), section) if section else None
        if position is None:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            return False
        cursor = self.browser.textCursor()
        cursor.setPosition(position)
        self.browser.setTextCursor(cursor)
        block = self.browser.document().findBlock(position)
        top = self.browser.document().documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top))
        return True


def open_guide(parent: QWidget | None, section: str = "") -> HelpWindow:
    """Show the guide (one window, raised if open) at `section`."""
    global _window
    if _window is None or not shiboken6.isValid(_window) or _window.parent() is not parent:
        _window = HelpWindow(parent)
    _window.show()
    _window.raise_()
    _window.activateWindow()
    _window.show_section(section)
    return _window
