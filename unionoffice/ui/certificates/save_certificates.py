"""Saving issued certificates as PDF: one file for all pages, or one file per person, rendered off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from unionoffice.services.core.tasks import CancelToken, Progress
from unionoffice.ui.shell import file_dialogs, messages, tasks
from unionoffice.ui.shell.context import AppContext

CONTEXT = "TemplateEditorPage"


def save_certificates(parent: QWidget | None, ctx: AppContext, certificate_ids: list[int], *, per_person: bool,
                      suggested_name: str, duplicate: bool = False) -> tasks.Task | None:
    """The batch action for training and competition pages: ask where, then render off the GUI thread with
    progress and Cancel — all pages in one PDF, or one 编号_姓名.pdf per person in a chosen folder."""
    from unionoffice.services.certificates.issuing import render_certificates

    if per_person:
        folder = file_dialogs.choose_folder(parent, QCoreApplication.translate(CONTEXT, "Folder for the files"),
                                            "certificates")
        if folder is None:
            return None
        target = folder
    else:
        chosen = file_dialogs.save_file(parent, QCoreApplication.translate(CONTEXT, "Save certificates"),
                                        file_dialogs.file_name(suggested_name) + ".pdf", "PDF (*.pdf)", "certificates",
                                        ".pdf")
        if chosen is None:
            return None
        target = chosen[0]

    def job(progress: Progress, cancel: CancelToken) -> list[Path]:
        return render_certificates(ctx.db, ctx.actor, certificate_ids, target, per_person=per_person,
                                   duplicate=duplicate, progress=progress, cancel=cancel)

    def done(paths: list[Path]) -> None:
        text = QCoreApplication.translate(CONTEXT, "%n certificate(s) saved to %1", "", len(certificate_ids))
        messages.info(parent, text.replace("%1", str(target)))

    label = QCoreApplication.translate(CONTEXT, "Rendering %n certificate(s)…", "", len(certificate_ids))
    return tasks.run_long(parent, label, job, done, write=True)
