"""The main window: a navigation list of the pages the user's role may open, each built on first show."""

from __future__ import annotations

import importlib
import importlib.util
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from unionoffice import __version__
from unionoffice.domain.common.permissions import Permission
from unionoffice.ui.shell import messages, style, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.pages import PAGES, PageSpec

log = logging.getLogger(__name__)
SETTINGS_GROUP = "main_window"
BACKUP_ACTIONS = "unionoffice.ui.admin.backup_actions"
DAILY_BACKUP_DELAY_MS = 30_000
READ_ONLY_POLL_MS = 250


def page_exists(spec: PageSpec) -> bool:
    """A page whose module is not written yet is left out (no placeholder pages)."""
    module_name = spec.target.split(":")[0]
    try:
        return importlib.util.find_spec(module_name) is not None
    except ModuleNotFoundError:
        return False


def visible_pages(ctx: AppContext) -> list[PageSpec]:
    return [spec for spec in PAGES if ctx.actor.may(spec.permission) and page_exists(spec)]


class PageStack(QStackedWidget):
    """The pages, asking for the room of the page shown only: a QStackedWidget asks for its widest page's, so once a
    wide page (培训管理 at 150 %) had been opened every other page scrolled sideways in the window as well."""

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page is not None else super().minimumSizeHint()


def first_size(available: QSize) -> QSize:
    """The window's size before any was saved: 1280 × 800, but never larger than the screen's free area (in the
    trial, a first start on a 1024 × 768 screen put the right-hand buttons — 打印, 导出, 导出报表 — off screen)."""
    return QSize(min(1280, available.width()), min(800, available.height()))


class MainWindow(QMainWindow):
    """`restartRequested` asks app.run_gui to reopen the database and sign in again (after a restore)."""

    restartRequested = Signal()  # noqa: N815 - Qt naming

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.specs = visible_pages(ctx)
        self.pages: dict[str, QWidget] = {}
        self.screen_fit: QObject | None = None
        self.dialog_help: QObject | None = None
        self.setWindowTitle(self.tr("UnionOffice"))
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(16, 16))
        self.nav.setMaximumWidth(180)
        # Only a click gives the list the keyboard: arrow keys meant for a page never switch pages.
        self.nav.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.stack = PageStack(self)
        for spec in self.specs:
            item = QListWidgetItem(QCoreApplication.translate("Pages", spec.title), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.stack.addWidget(QWidget(self.stack))  # stands in until the page is first shown
        # A page wider or taller than the window (1024 × 768 at 150 %: 683 × 485 pixels to lay out in) scrolls
        # inside the window instead of pushing the window past the screen's edge; with room, no scroll bar shows.
        self.page_area = QScrollArea(self)
        self.page_area.setObjectName("pageArea")
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        self.page_area.setWidgetResizable(True)
        self.page_area.setWidget(self.stack)
        self.stack.currentChanged.connect(self._page_room_changed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.page_area)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([min(max(self.nav.sizeHintForColumn(0) + 16, 100), 180), 1100])
        self.setCentralWidget(self.splitter)
        self._build_menus()
        self._build_status_bar()
        self.nav.currentRowChanged.connect(self.show_page)
        self.resize(first_size(self.screen().availableGeometry().size()))
        self.restore_state()
        if self.specs:
            self.nav.setCurrentRow(0)

    # -- pages ------------------------------------------------------------------------------------------------------

    def _page_room_changed(self, _index: int) -> None:
        """The page area's scroll range follows the page now shown (PageStack asks for its room only)."""
        self.stack.updateGeometry()
        QCoreApplication.postEvent(self.page_area, QEvent(QEvent.Type.LayoutRequest))

    def first_page_painted(self) -> Any:
        """The first page's `firstPainted` signal (the members and dashboard pages have one: fired once it shows what
        it holds), or None for a page without it."""
        return getattr(self.stack.currentWidget(), "firstPainted", None)

    def page_keys(self) -> list[str]:
        return [spec.key for spec in self.specs]

    def page(self, key: str) -> QWidget | None:
        return self.pages.get(key)

    def show_page(self, row: int) -> None:
        if not 0 <= row < len(self.specs):
            return
        spec = self.specs[row]
        if spec.key not in self.pages:
            try:
                widget = spec.create(self.ctx, self.stack)
            except Exception:  # a broken module must not take the rest of the program down
                log.exception("could not open page %s", spec.key)
                messages.error(self, self.tr("This page could not be opened; the details are in the log."))
                return
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, widget)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.pages[spec.key] = widget
        self.stack.setCurrentIndex(row)

    # -- menus and status -------------------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._install_backup_actions(file_menu)
        switch = file_menu.addAction(self.tr("&Switch user…"))
        switch.setObjectName("switchUser")
        switch.triggered.connect(self.switch_user)
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.setMenuRole(quit_action.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        if self.ctx.actor.may(Permission.OFFICE_SETTINGS):
            file_menu.insertAction(quit_action, self._office_action())
        connection_action = QAction(self.tr("Database &server connection…"), self)
        connection_action.triggered.connect(self._connection_settings)
        file_menu.insertAction(quit_action, connection_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = help_menu.addAction(self.tr("&User guide"))
        guide.setObjectName("userGuide")
        guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))  # F1: the page in front's section
        guide.triggered.connect(self.open_guide)
        help_menu.addAction(self.tr("&Verify a certificate…"), self._verify_certificate)
        help_menu.addAction(self.tr("&About UnionOffice"), self._about)

    def open_guide(self) -> QWidget:
        """The user guide, at the section of the page in front (PageSpec.guide)."""
        from unionoffice.ui.shell.help_window import open_guide

        return open_guide(self, self.guide_section())

    def guide_section(self) -> str:
        """The start of the guide's heading for the page in front."""
        row = self.nav.currentRow()
        return self.specs[row].guide if 0 <= row < len(self.specs) else ""

    def switch_user(self) -> None:
        """Sign out and let somebody sign in, without quitting: the same way back as after a restore (the database
        is opened afresh and the sign-in dialog shown); no exit backup, the program is not closing."""
        from unionoffice.ui.shell.login_dialog import LAST_USER_KEY

        self.save_state()
        # Signing out: the sign-in dialog must not offer this user's name with the cursor in the password field (in
        # the trial, typing the next user's name went into the password): it opens empty, on the user name.
        QSettings().remove(LAST_USER_KEY)
        self.statusBar().showMessage(self.tr("Signing out…"))
        self.restartRequested.emit()

    def _office_action(self) -> QAction:
        action = QAction(self.tr("&Office settings…"), self)
        action.triggered.connect(self._office_settings)
        return action

    def _connection_settings(self) -> None:
        """This PC's saved server connection (docs/server-mode.md); used from the next start."""
        from unionoffice.ui.admin.connection_dialog import ConnectionDialog

        ConnectionDialog(self).exec()

    def _office_settings(self) -> None:
        from unionoffice.ui.certificates.office_dialog import open_office_dialog

        open_office_dialog(self.ctx, self)

    def _verify_certificate(self) -> None:
        from unionoffice.ui.certificates.verify_dialog import open_verify_dialog

        open_verify_dialog(self.ctx, self)

    def _install_backup_actions(self, menu: QMenu) -> None:
        """备份到… / 从备份恢复… and the daily and on-exit backups, when that module is present."""
        self._backups: Any = None
        if importlib.util.find_spec(BACKUP_ACTIONS) is None:
            return
        backups = self._backups = importlib.import_module(BACKUP_ACTIONS)
        ctx = self.ctx
        if ctx.actor.may(Permission.BACKUP):
            menu.addAction(self.tr("&Back up now"), lambda: backups.back_up_now(ctx, self))
            menu.addAction(self.tr("Back up &to…"), lambda: backups.back_up_to_folder(ctx, self))
        if ctx.actor.may(Permission.RESTORE_BACKUP) or ctx.actor.may(Permission.BACKUP):
            menu.addAction(self.tr("Backups and &restore…"),
                           lambda: backups.restore_from_backup(ctx, self, self.restartRequested.emit))
        menu.addSeparator()
        self._daily = backups.DailyBackup(ctx.db, self)
        self._daily.failed.connect(lambda text: messages.warning(self, text))
        self._daily.finished.connect(lambda path: self.statusBar().showMessage(
            self.tr("Daily backup made: %1").replace("%1", getattr(path, "name", str(path))), 10_000))

    def start_background_work(self) -> None:
        """After the first paint: the start-up integrity check left for now (and the sign-in's audit row held for
        it), the watch on its outcome, and the daily backup timer."""
        from unionoffice.services.core.startup import run_deferred_check

        self.install_dialog_filters()
        db = self.ctx.db
        # In the writers' queue, first: a save asked for meanwhile waits for the check instead of being refused.
        tasks.run_in_background(lambda: run_deferred_check(db), write=True, finish_on_exit=True)
        if not db.is_sqlite:  # server mode: other clients' saves show up here (change_watch.py)
            self.watch_changes()
        if self._backups is None:
            return
        self._health_timer = self._backups.watch_health_check(self.ctx, self, self.restartRequested.emit)
        # Not at once: a daily backup copies the whole file, and the first minute belongs to the clerk.
        QTimer.singleShot(DAILY_BACKUP_DELAY_MS, self._daily.start)

    def install_dialog_filters(self) -> None:
        """F1 inside dialogs and every dialog fitted to the screen: application-wide event filters, so every event of
        the program passes through Python twice; installed after the first paint, which they would slow by
        thousands of events (no dialog opens before it). Once."""
        if self.screen_fit is not None:
            return
        from unionoffice.ui.shell.help_window import install_dialog_help
        from unionoffice.ui.widgets.screen_fit import ScreenFit

        self.dialog_help = install_dialog_help(self, self.guide_section)  # F1 inside dialogs too
        self.screen_fit = ScreenFit(self)  # no dialog larger than the screen (1024 × 768, 150 %)

    def watch_changes(self) -> None:
        """Poll for other clients' saves and hand them to the change hub (ui/shell/changes.py): every page
        subscribed to those entities reloads, as after this client's own saves."""
        from unionoffice.ui.shell import changes
        from unionoffice.ui.shell.change_watch import ChangeWatcher

        self.change_watcher = ChangeWatcher(self.ctx.db, self)
        self.change_watcher.changed.connect(changes.publish)
        self.change_watcher.start()

    def _build_status_bar(self) -> None:
        actor = self.ctx.actor
        user = QLabel(self.tr("Signed in: %1 (%2)").replace("%1", actor.display_name or actor.username)
                      .replace("%2", actor.role.value), self)
        self.statusBar().addPermanentWidget(user)
        where = self.ctx.db.path.name if self.ctx.db.path is not None else self.ctx.db.url.split("@")[-1]
        database = QLabel(self.tr("Database: %1").replace("%1", where), self)
        database.setToolTip(str(self.ctx.db.path or ""))
        self.statusBar().addPermanentWidget(database)
        if self.ctx.demo:
            self.statusBar().addWidget(QLabel(self.tr("Demo database: the people in it are invented."), self))
        self.read_only_label = QLabel(self)
        style.mark_error(self.read_only_label)
        self.statusBar().addWidget(self.read_only_label, 1)
        self._read_only_timer = QTimer(self)
        self._read_only_timer.setInterval(READ_ONLY_POLL_MS)
        self._read_only_timer.timeout.connect(self.update_read_only_notice)
        self.update_read_only_notice()

    def update_read_only_notice(self) -> None:
        """Why the database cannot be written, if it cannot; rechecked until the start-up integrity check is done."""
        from unionoffice.services.core.startup import health

        reason = self.ctx.db.read_only_reason
        style.set_visible_text(self.read_only_label, reason or "")
        check = health(self.ctx.db)
        if check is not None and not check.done.is_set():
            self._read_only_timer.start()
        else:
            self._read_only_timer.stop()

    def _about(self) -> None:
        messages.info(self, self.tr("UnionOffice %1 — member registry and office work of a district trade-union "
                                    "federation.").replace("%1", __version__), title=self.tr("About UnionOffice"))

    # -- state ------------------------------------------------------------------------------------------------------

    def restore_state(self) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        geometry, splitter = settings.value("geometry"), settings.value("splitter")
        settings.endGroup()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("splitter", self.splitter.saveState())
        settings.endGroup()
        for page in self.pages.values():
            saver = getattr(page, "save_state", None)
            if callable(saver):
                saver()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self._backups is not None:
            # The copy takes a second or two on a large file: say so before the window stops painting.
            self.statusBar().showMessage(self.tr("Backing up before closing…"))
            self.statusBar().repaint()
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the user waits for it: only here
            try:
                self._backups.back_up_before_closing(self.ctx.db)
            finally:
                QApplication.restoreOverrideCursor()
        super().closeEvent(event)
