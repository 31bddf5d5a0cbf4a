"""Screenshots for the user guide, taken from the real program on the demo data (docs/images/*.png)."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Window state (QSettings) goes to a throw-away folder, so every run starts from the same defaults.
os.environ["UNIONOFFICE_DATA_DIR"] = tempfile.mkdtemp(prefix="unionoffice-shots-")

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu, QWidget  # noqa: E402

from unionoffice.db.engine import Database  # noqa: E402
from unionoffice.domain.common.permissions import Role  # noqa: E402
from unionoffice.services.core.context import Actor  # noqa: E402

OUT = ROOT / "docs" / "images"
CLERK, CLERK_PASSWORD = "jingban", "Jingban-2024"
WINDOW_SIZE = (1180, 720)


def settle(seconds: float = 0.3) -> None:
    """Let queued work, background loads and repaints finish (offscreen, nothing else drives the loop)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for the window to finish loading")
        settle(0.05)
    settle(0.2)


def save(widget: QWidget, name: str) -> Path:
    settle()
    path = OUT / name
    if not widget.grab().save(str(path), "PNG"):
        raise SystemExit(f"could not write {path}")
    print(f"  {path.relative_to(ROOT)} ({widget.width()}×{widget.height()})")
    return path


def demo_database(members: int, folder: Path) -> Database:
    """A fresh demo district (same seed, same people each run) plus a clerk account for the daily-work pictures."""
    from unionoffice.services.core.accounts import add_user, authenticate
    from unionoffice.services.core.startup import open_database

    path = folder / "demo.db"
    subprocess.run([sys.executable, "-m", "unionoffice", "--db", str(path), "demo", "--members", str(members)],
                   cwd=ROOT, check=True, capture_output=True)
    db = open_database(f"sqlite:///{path}")
    admin = authenticate(db, "admin", "demo")
    add_user(db, admin, CLERK, Role.CLERK, CLERK_PASSWORD, display_name="李经办")
    return db  # the demo command already made a year of training


def main_window(db: Database, actor: Actor, page: str = "members"):  # type: ignore[no-untyped-def]  # MainWindow, imported late
    from unionoffice.services.core.accounts import is_demo_database
    from unionoffice.ui.shell.context import AppContext
    from unionoffice.ui.shell.main_window import MainWindow

    window = MainWindow(AppContext(db=db, actor=actor, demo=is_demo_database(db)))
    window.resize(*WINDOW_SIZE)
    window.show()
    window.nav.setCurrentRow(window.page_keys().index(page))  # it opens on the dashboard; most shots start on members
    return window


def members_loaded(window) -> Callable[[], bool]:  # type: ignore[no-untyped-def]
    def loaded() -> bool:
        page = window.page("members")
        return page is not None and page.model.rowCount() > 0

    return loaded


def shot_login(db: Database) -> None:
    from unionoffice.ui.shell.login_dialog import LoginDialog

    dialog = LoginDialog(db)
    dialog.ui.usernameEdit.setText(CLERK)
    dialog.ui.passwordEdit.setText(CLERK_PASSWORD)
    dialog.show()
    save(dialog, "login.png")
    dialog.close()


def shot_members(db: Database, clerk: Actor) -> None:
    from unionoffice.ui.members.member_editor import MemberEditor
    from unionoffice.ui.members.membership_dialog import MembershipDialog

    window = main_window(db, clerk)
    wait_for(members_loaded(window))
    save(window, "members.png")
    page = window.page("members")
    page.search_edit.setText("zhangw")
    page.run_search()
    wait_for(lambda: page.model.rowCount() > 0)
    save(window, "search.png")

    editor = MemberEditor(page.ctx, parent=window)
    editor.ui.nameEdit.setText("王𠇔")
    editor.ui.idNumberEdit.setText("22010219850314002")  # one digit short: the editor says so at once
    editor.show()
    editor.validate()
    save(editor, "member-editor.png")
    editor.done(0)

    page.table.selectRow(0)
    member_id = page.selected_member_id()
    dialog = MembershipDialog(page.ctx, member_id, parent=window)
    dialog.show()
    save(dialog, "membership-change.png")
    dialog.done(0)
    if "training" in window.page_keys():
        window.nav.setCurrentRow(window.page_keys().index("training"))
        settle(1.5)
        save(window, "training.png")
    if "aid" in window.page_keys():
        window.nav.setCurrentRow(window.page_keys().index("aid"))
        settle()
        aid = window.page("aid")
        save(window, "aid-programmes.png")
        aid.tabs.setCurrentWidget(aid.applications)
        aid.applications.state_combo.setCurrentIndex(aid.applications.state_combo.findData("公示中"))
        settle()
        save(window, "aid-applications.png")
        aid.applications.state_combo.setCurrentIndex(0)
        aid.tabs.setCurrentWidget(aid.files)
        settle()
        save(window, "aid-files.png")
    if "competitions" in window.page_keys():
        shot_competitions(window)
    if "exchange" in window.page_keys():
        window.nav.setCurrentRow(window.page_keys().index("exchange"))
        settle()
        save(window, "exchange.png")
    window.close()


def pdf_page_png(path: Path, index: int, name: str, width: int = 900) -> None:
    """One page of a document the program printed, as the user guide shows it."""
    from unionoffice.ui.widgets.pdf_pages import pdf_page_image

    image, _count = pdf_page_image(path.read_bytes(), index, (width, width * 2))
    target = OUT / name
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"could not write {target}")
    print(f"  {target.relative_to(ROOT)} ({image.width()}×{image.height()}, page {index + 1} of {path.name})")


def shot_honours(db: Database, clerk: Actor, folder: Path) -> None:
    """The honours page on the demo's May-Day list, a page of its decision and one honour certificate."""
    from unionoffice.services.honours import documents as hd
    from unionoffice.services.honours import register as rg

    window = main_window(db, clerk)
    wait_for(members_loaded(window))
    if "honours" not in window.page_keys():
        print("  (no honours page in this version: honours.png not taken)")
        window.close()
        return
    window.nav.setCurrentRow(window.page_keys().index("honours"))
    settle(1.0)
    save(window, "honours.png")
    window.close()
    own = next(r for r in rg.list_rows(db, clerk) if r.own and not r.is_draft)
    decision = folder / "decision.pdf"
    hd.print_decision(db, clerk, own.id, decision)
    pdf_page_png(decision, 0, "honours-decision.png")
    pdf_page_png(decision, 2, "honours-decision-list.png")
    certificates = folder / "certificates.pdf"
    hd.print_list_certificates(db, clerk, own.id, certificates)
    pdf_page_png(certificates, 5, "honours-certificate.png")
def shot_competitions(window) -> None:  # type: ignore[no-untyped-def]
    """The score grid of an event's final, and its results with the demo's tie still to decide."""
    window.nav.setCurrentRow(window.page_keys().index("competitions"))
    page = window.page("competitions")
    wait_for(lambda: page.ui.competitionTree.topLevelItemCount() > 0)
    tree = page.ui.competitionTree
    tree.setCurrentItem(tree.topLevelItem(0).child(1))  # 数控机床装调维修工: a tie at the third-prize line is open
    wait_for(lambda: page.scores.model is not None and page.scores.model.rowCount() > 0)
    save(window, "competition-scores.png")
    page.ui.eventTabs.setCurrentWidget(page.ui.resultsTab)
    wait_for(lambda: page.result_model.rowCount() > 0)
    page.ui.resultsView.scrollTo(page.result_model.index(14, 0))
    save(window, "competition-results.png")


def shot_dashboard(db: Database, clerk: Actor, folder: Path) -> None:
    """首页 at 1024 × 768 as the program opens, and the first page of the annual work report."""
    from unionoffice.services.reporting.annual import write_annual_report

    window = main_window(db, clerk, "dashboard")
    window.resize(1024, 768)
    wait_for(lambda: getattr(window.page("dashboard"), "dashboard", None) is not None, timeout=120)
    settle(1.0)
    save(window, "dashboard.png")
    window.close()
    report = write_annual_report(db, clerk, time.localtime().tm_year, folder / "annual.pdf")
    pdf_page_png(report, 0, "annual-report.png")


def shot_first_start(folder: Path) -> None:
    """The very first start: no database yet (the start-up dialog creates it on request), then the district and
    the administrator."""
    from unionoffice.domain.common.errors import MissingDatabaseError
    from unionoffice.services.core.startup import open_database
    from unionoffice.ui.shell.database_problem import DatabaseProblemDialog
    from unionoffice.ui.shell.first_admin_dialog import FirstAdminDialog

    welcome = DatabaseProblemDialog(MissingDatabaseError(""), True, True)
    welcome.show()
    save(welcome, "first-start-database.png")
    welcome.done(0)

    db = open_database(f"sqlite:///{folder / 'new.db'}", create=True)
    dialog = FirstAdminDialog(db)
    dialog.show()
    save(dialog, "first-start.png")
    dialog.done(0)
    db.dispose()


def shot_backup(db: Database, admin: Actor) -> None:
    """The File menu and the backup dialog with a hand-made and a daily backup in its list."""
    from unionoffice.services.core import backups
    from unionoffice.services.core.context import SYSTEM
    from unionoffice.ui.admin.backup_dialog import BackupDialog
    from unionoffice.ui.shell.context import AppContext

    window = main_window(db, admin)
    wait_for(members_loaded(window))
    file_menu = window.menuBar().actions()[0].menu()
    if isinstance(file_menu, QMenu):
        file_menu.popup(window.mapToGlobal(QPoint(0, window.menuBar().height())))
        save(file_menu, "backup-menu.png")
        file_menu.hide()
    backups.create_backup(db, SYSTEM, kind="daily", full_check=False)
    backups.create_backup(db, admin, kind="manual")
    dialog = BackupDialog(AppContext(db, admin), window, lambda: None)
    dialog.show()
    wait_for(lambda: dialog.table.rowCount() >= 2)
    save(dialog, "backup-dialog.png")
    dialog.close()
    window.close()


def shot_admin(db: Database, admin: Actor) -> None:
    window = main_window(db, admin)
    wait_for(members_loaded(window))
    for key, name in (("templates", "templates.png"), ("users", "users.png"), ("audit", "audit.png")):
        if key not in window.page_keys():
            print(f"  (no {key} page in this version: {name} not taken)")
            continue
        window.nav.setCurrentRow(window.page_keys().index(key))
        settle(2.5 if key == "templates" else 0.5)  # the certificate preview renders on a worker thread
        save(window, name)
    window.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=20_000, help="size of the demo district (default 20000)")
    args = parser.parse_args(argv)
    from unionoffice.app import create_application
    from unionoffice.services.core.accounts import authenticate

    OUT.mkdir(parents=True, exist_ok=True)
    # A fixed folder name: the sign-in dialog shows the database path, and the picture should not change each run.
    folder = Path(tempfile.gettempdir()) / "unionoffice-screenshots"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    try:
        print(f"demo database with {args.members} members …")
        db = demo_database(args.members, folder)
        app = create_application(None)  # the real style, fonts and Chinese translation
        admin = authenticate(db, "admin", "demo")
        clerk = authenticate(db, CLERK, CLERK_PASSWORD)
        shot_first_start(folder)
        shot_login(db)
        shot_dashboard(db, clerk, folder)
        shot_members(db, clerk)
        shot_honours(db, clerk, folder)
        shot_backup(db, admin)
        shot_admin(db, admin)
        db.dispose()
        del app
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
