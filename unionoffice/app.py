"""Starting the GUI: QApplication, Fusion, fonts, translators, the database, sign-in, the main window."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import os
import sys
import time
from typing import TYPE_CHECKING, Any

from unionoffice import APP_AUTHOR, APP_NAME, winapi

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from unionoffice.db.engine import Database
    from unionoffice.domain.common.errors import UnionOfficeError
    from unionoffice.services.core.context import Actor
    from unionoffice.ui.shell.main_window import MainWindow

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
EXIT_RESTART = 75  # MainWindow.restartRequested: reopen the database and sign in again
BENCH_ENV = "UNIONOFFICE_BENCH_EXIT_AFTER_PAINT"
PASSWORD_ENV = "UNIONOFFICE_PASSWORD"
CRASH_MODULES = ("unionoffice.crashlog", "unionoffice.services.crash")
_IMPORTED_AT = time.perf_counter()


def process_age() -> float:
    """Seconds since this process started: from /proc on Linux, GetProcessTimes on Windows, else since this
    module was imported (which misses the interpreter's start and the argument parsing)."""
    since_import = time.perf_counter() - _IMPORTED_AT
    try:
        if winapi.is_windows():
            return max(winapi.process_age(), since_import)
        with open("/proc/self/stat", encoding="ascii") as handle:
            start_ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        # /proc/uptime moves in 10 ms steps; never report less than what this process measured itself.
        return max(uptime - start_ticks / os.sysconf("SC_CLK_TCK"), since_import)
    except (OSError, ValueError, IndexError, AttributeError):
        return since_import


def install_crash_capture() -> str:
    """The crash log (a separate module, when present): first thing, so start-up failures are captured too.

    Returns the log file's path ("" without the module), for the crash dialog to show.
    """
    for name in CRASH_MODULES:
        try:
            found = importlib.util.find_spec(name) is not None
        except ModuleNotFoundError:
            found = False
        if found:
            install = getattr(importlib.import_module(name), "install", None)
            return str(install()) if callable(install) else ""
    return ""


def install_crash_dialog(log_file: str) -> None:
    if importlib.util.find_spec("unionoffice.ui.shell.crash_dialog") is not None:
        from unionoffice.ui.shell.crash_dialog import install_crash_dialog as install

        install(log_file)


def chinese_system_locale(language: str | None) -> None:
    """Qt's own dialogs format dates with the *system* locale (QLocale.setDefault does not reach the file dialog's
    “修改日期” column): on a Linux desktop left at C/POSIX, name Chinese before Qt first reads it. Windows keeps its
    own regional settings; an explicit LC_ALL or a real LANG is left alone."""
    if language == "en" or winapi.is_windows() or os.environ.get("LC_ALL"):
        return
    if os.environ.get("LANG", "").split(".")[0] in ("", "C", "POSIX"):
        os.environ["LANG"] = "zh_CN.UTF-8"


def create_application(language: str | None) -> QApplication:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from unionoffice.paths import resource, user_data_dir
    from unionoffice.ui.shell.fonts import install_ui_font
    from unionoffice.ui.shell.style import apply_style
    from unionoffice.ui.shell.translation import install_translators

    existing = QApplication.instance()
    if not isinstance(existing, QApplication):
        chinese_system_locale(language)
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    # Window geometry and column widths live in an .ini beside the database, not in the registry: one
    # folder holds everything of this program, and tests point it at a temporary folder.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(user_data_dir()))
    apply_style(app)
    install_ui_font(app)
    install_translators(app, language)
    icon = resource("icons", "unionoffice.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def open_and_sign_in(url: str, user: str | None, password: str | None, *,
                     create: bool = False) -> tuple[Database, Actor | None]:
    """Open the database; with --user and UNIONOFFICE_PASSWORD also sign in (no dialog: benchmarks, kiosks).

    Runs before Qt is loaded: argon2 holds 64 MiB while it hashes, and Qt's memory on top of that would come
    close to the budget (< 150 MB with the 300,000-member table open). Hashing on a thread while Qt loads was
    tried: no faster on two cores (the imports and the hash compete) and a peak of 148 MB instead of 118.
    """
    from unionoffice.services.core.startup import open_database

    # The quick integrity check runs after the first paint, in the task runner; writes wait for it (services.startup),
    # and so does the audit row of this sign-in (startup.when_checked).
    db = open_database(url, defer_check=True, create=create, program="图形界面")
    if user and password is not None:
        from unionoffice.services.core.accounts import authenticate

        try:
            return db, authenticate(db, user, password)
        except BaseException:
            db.dispose()
            raise
    return db, None


def sign_in_interactively(db: Database) -> Actor | None:
    from unionoffice.ui.shell.login_dialog import sign_in

    return sign_in(db)


def show_main_window(db: Database, actor: Actor) -> MainWindow:
    from unionoffice.services.core.accounts import is_demo_database
    from unionoffice.ui.shell.context import AppContext
    from unionoffice.ui.shell.main_window import MainWindow

    window = MainWindow(AppContext(db=db, actor=actor, demo=is_demo_database(db)))
    window.show()
    painted = window.first_page_painted()
    if painted is not None:  # the quick check and the timers wait until the first page shows what it holds
        painted.connect(window.start_background_work)
    else:
        window.start_background_work()
    return window


def claim_database(db: Database) -> Any:
    """One instance per database (when that module is present): None means another instance has it. A server
    database is shared by design: its clients take no instance lock (docs/server-mode.md)."""
    if not db.is_sqlite:
        return True
    if importlib.util.find_spec("unionoffice.ui.shell.single_instance") is None:
        return True
    from unionoffice.ui.shell.single_instance import claim_database as claim

    return claim(db)


def exit_after_first_paint(window: MainWindow) -> None:
    """The benchmark hook: print `painted <seconds since process start>` once the first page shows what it holds
    (the member table drawn; on 首页 the figures kept from the last count), then quit."""
    from PySide6.QtWidgets import QApplication

    def report() -> None:
        sys.stdout.write(f"painted {process_age():.3f}\n")
        sys.stdout.flush()
        # exit(), not quit(): quit() closes the windows first, and closing makes the on-exit backup.
        QApplication.exit(EXIT_OK)

    painted = window.first_page_painted()
    if painted is not None:
        painted.connect(report)
    else:  # a page without the signal: the window itself is the first screen
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, report)


def run_window(app: QApplication, db: Database, actor: Actor, instance: Any) -> int:
    """Show the main window until it closes; EXIT_RESTART when it asks to reopen (after a restore)."""
    window = show_main_window(db, actor)
    window.restartRequested.connect(lambda: app.exit(EXIT_RESTART))
    if hasattr(instance, "activation_requested"):
        from unionoffice.ui.shell.single_instance import bring_to_front

        instance.activation_requested.connect(lambda: bring_to_front(window))
    if os.environ.get(BENCH_ENV) == "1":
        exit_after_first_paint(window)
    status = app.exec()
    window.hide()
    window.deleteLater()
    from unionoffice.ui.shell import tasks

    tasks.shutdown()  # no worker may touch the database once it is closed
    if not db.read_only_reason:  # a clean exit: where the audit trail stands, kept outside the file
        from unionoffice.services.core.audit_anchor import record_anchor_quietly

        record_anchor_quietly(db, "exit")
    if hasattr(instance, "release"):
        instance.release()
    db.close()  # a clean end: the next start needs no extra quick check
    return status


def open_problem(failure: UnionOfficeError) -> bool:
    """A failure that is about the database file or server itself, which the start-up dialog can help with."""
    from unionoffice.domain.common.errors import DatabaseBusyError, DatabaseStateError

    return isinstance(failure, DatabaseStateError | DatabaseBusyError)


def run_gui(args: argparse.Namespace) -> int:
    log_file = install_crash_capture()
    from unionoffice.db.engine import resolve_url
    from unionoffice.domain.common.errors import UnionOfficeError
    from unionoffice.services.core.connection import database_argument

    chosen = database_argument(args.db)  # --db, UNIONOFFICE_DB, the saved server connection, or the file here
    url = resolve_url(chosen)
    # The very first start: no --db, no saved connection, no database in the data folder yet.
    first_start = chosen is None and not os.environ.get("UNIONOFFICE_DB") and not _default_database_exists()
    failure: UnionOfficeError | None = None
    try:
        db, actor = open_and_sign_in(url, getattr(args, "user", None), os.environ.get(PASSWORD_ENV))
    except UnionOfficeError as exc:
        failure = exc
    app = create_application(getattr(args, "lang", None))
    install_crash_dialog(log_file)
    from unionoffice.ui.shell import messages

    while True:
        if failure is not None:
            if not open_problem(failure):
                break
            # Cannot open the database: say why and offer the ways on (another file, a backup, a new database).
            from unionoffice.ui.shell.database_problem import resolve

            answer = resolve(url, failure, first_start=first_start)
            if answer is None:
                return EXIT_FAILED
            (url, create), failure, first_start = answer, None, False
            try:
                db, actor = open_and_sign_in(url, None, None, create=create)
            except UnionOfficeError as exc:
                failure = exc
            continue
        try:
            instance = claim_database(db)
            if instance is None:
                return EXIT_OK  # the instance already working on this database was brought forward
            actor = actor or sign_in_interactively(db)
        except UnionOfficeError as exc:
            failure = exc
            continue
        if actor is None:
            db.close()
            return EXIT_OK  # the user closed the sign-in dialog
        status = run_window(app, db, actor, instance)
        if status != EXIT_RESTART:
            return status
        try:  # after a restore from backup the file was replaced: open it afresh and sign in again
            db, actor = open_and_sign_in(url, None, None)
        except UnionOfficeError as exc:
            failure = exc
    messages.error(None, failure.message)
    return EXIT_BAD_INPUT


def _default_database_exists() -> bool:
    from unionoffice.paths import default_database_path

    return default_database_path().exists()
