"""The user guide in a window of its own (帮助 → 用户手册, F1): docs/用户手册.md rendered by Qt, with its pictures.

The guide travels with the program: `resources/guide/` in an installed or frozen program (pyproject.toml data-files,
the PyInstaller spec), `docs/` in a checkout. F1 opens the section of the page in front (`PageSpec.guide`), and
inside a dialog the section of the page the dialog belongs to (`DialogHelp`, installed by the main window).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from unionoffice.paths import resource

GUIDE_NAME = "用户手册.md"
MAX_IMAGE_WIDTH = 760  # the guide's screenshots are up to 1,280 px wide: shown no wider than the window
_window: HelpWindow | None = None
# Dialogs whose section is not their page's (the longest matching module prefix wins over the page's package).
DIALOG_SECTIONS = {
    "unionoffice.ui.admin.backup": "7. 备份和恢复",
    "unionoffice.ui.admin.users_page": "三、登录",
    "unionoffice.ui.members.member_editor": "2. 登记会员",
    "unionoffice.ui.members.membership_dialog": "3. 会籍变动",
    "unionoffice.ui.certificates": "单位设置、套打、补发和查验",
    "unionoffice.ui.shell.login_dialog": "三、登录",
    "unionoffice.ui.shell.change_password_dialog": "三、登录",
    "unionoffice.ui.shell.first_admin_dialog": "二、第一次启动",
    "unionoffice.ui.shell.database_problem": "六、遇到问题时",
    "unionoffice.ui.shell.crash_dialog": "六、遇到问题时",
}


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
        self.resize(900, 680)  # with its title bar, above the taskbar of a 768-pixel screen
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


def _page_sections() -> tuple[dict[str, str], dict[str, str]]:
    """The guide's section by page class ("module:Class") and by the page's ui package (first page wins)."""
    from unionoffice.ui.shell.pages import PAGES

    by_class = {spec.target: spec.guide for spec in PAGES}
    by_package: dict[str, str] = {}
    for spec in PAGES:
        by_package.setdefault(spec.target.split(":")[0].rsplit(".", 1)[0], spec.guide)
    return by_class, by_package


def dialog_section(dialog: QWidget, current: Callable[[], str] = lambda: "") -> str:
    """The guide's section for `dialog`: its own `guide_section`, else the page it was opened from (its parents),
    else the module it comes from (DIALOG_SECTIONS, the page of its package), else `current()` (the page in front)."""
    own = getattr(dialog, "guide_section", "")
    if isinstance(own, str) and own:
        return own
    by_class, by_package = _page_sections()
    widget = dialog.parentWidget()
    while widget is not None:
        for cls in type(widget).__mro__:
            if (section := by_class.get(f"{cls.__module__}:{cls.__qualname__}")) is not None:
                return section
        widget = widget.parentWidget()
    for cls in type(dialog).__mro__:
        module = cls.__module__
        prefixes = [p for p in DIALOG_SECTIONS if module == p or module.startswith(p)]
        if prefixes:
            return DIALOG_SECTIONS[max(prefixes, key=len)]
        if (section := by_package.get(module.rsplit(".", 1)[0])) is not None:
            return section
    return current()


class DialogHelp(QObject):
    """F1 inside any dialog opens the guide at the section of the page the dialog belongs to. The guide opens as the
    dialog's child, so a modal dialog does not block it (it closes with the dialog)."""

    def __init__(self, current: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.current = current
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        if not event.matches(QKeySequence.StandardKey.HelpContents):
            return False
        dialog = watched.window()
        if not isinstance(dialog, QDialog) or isinstance(dialog, HelpWindow):
            return False
        open_guide(dialog, dialog_section(dialog, self.current))
        return True


def install_dialog_help(owner: QObject, current: Callable[[], str]) -> DialogHelp:
    """Once, by the main window: `current()` gives the section of the page in front (for dialogs of no page)."""
    return DialogHelp(current, owner)
