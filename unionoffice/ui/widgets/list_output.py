"""打印… and 导出… for any list a page shows: the owning service describes the list, the runner writes it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from unionoffice.domain.common.permissions import Permission
from unionoffice.services.core.lists import ListDocument
from unionoffice.services.core.tasks import CancelToken, Progress
from unionoffice.ui.shell import file_dialogs, messages, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.task_feedback import report_failure
from unionoffice.ui.widgets.pdf_pages import print_pdf

if TYPE_CHECKING:
    from types import ModuleType

    from unionoffice.services.members.exports import ExportResult


def _lists() -> ModuleType:
    """The list writers (document engine, line breaking, xlsx) load on the first print or export, not with every
    page that has the two buttons: they were a third of the member page's import at start-up."""
    from unionoffice.services.reporting import lists

    return lists

class ListOutputButtons(QWidget):
    """Two buttons for a page's toolbar. `describe()` returns the list as the page shows it now; it runs on the GUI
    thread when a button is pressed (a ListDocument reads the database only in its callables, off the GUI thread)."""

    def __init__(self, ctx: AppContext, describe: Callable[[], ListDocument], suggested_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.describe, self.suggested_name = ctx, describe, suggested_name
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.print_button.setToolTip(self.tr("Print the list as it is shown (filter, order, masked numbers)"))
        self.export_button.setToolTip(self.tr("Save the list as it is shown to an Excel, CSV or PDF file"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.print_button)
        layout.addWidget(self.export_button)
        self.print_button.setVisible(ctx.actor.may(Permission.PRINT_DOCUMENTS))
        self.export_button.setVisible(ctx.actor.may(Permission.EXPORT_DATA))
        self.print_button.clicked.connect(self.print_list)
        self.export_button.clicked.connect(self.export_list)

    def export_list(self) -> tasks.Task | None:
        kinds = self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;PDF (*.pdf)")
        picked = file_dialogs.save_file(self, self.tr("Export list"),
                                        file_dialogs.file_name(self.suggested_name) + ".xlsx", kinds, "export")
        if picked is None:
            return None
        path, chosen = picked
        if path.suffix.lower() not in _lists().FORMATS:
            path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".pdf" if "pdf" in chosen.lower()
                                    else ".xlsx")
            file_dialogs.remember("export", path)
        document = self.describe()

        def job(progress: Progress, cancel: CancelToken) -> ExportResult:
            result: ExportResult = _lists().export_list(self.ctx.db, self.ctx.actor, document, path,
                                                        progress=progress, cancel=cancel)
            return result

        def done(result: ExportResult) -> None:
            text = self.tr("%1 row(s) saved to %2").replace("%1", f"{result.rows:,}").replace("%2", str(result.path))
            messages.info(self, text)

        return tasks.run_long(self, self.tr("Exporting the list…"), job, done, write=True)

    def print_list(self) -> tasks.Task:
        """The list as a PDF roster in a private temporary file, then the system print dialog."""
        handle, name = tempfile.mkstemp(prefix="unionoffice-list-", suffix=".pdf")  # created owner-only
        os.close(handle)
        path = Path(name)
        document = self.describe()

        def job(progress: Progress, cancel: CancelToken) -> tuple[bytes, str]:
            _lists().print_list(self.ctx.db, self.ctx.actor, document, path, progress=progress, cancel=cancel)
            return path.read_bytes(), document.title

        def done(result: tuple[bytes, str]) -> None:
            path.unlink(missing_ok=True)
            print_pdf(self, result[0], result[1])

        def failed(exc: BaseException, trace: str) -> None:
            path.unlink(missing_ok=True)
            report_failure(self, exc, trace)

        return tasks.run_long(self, self.tr("Preparing the list for printing…"), job, done, failed, write=True)
