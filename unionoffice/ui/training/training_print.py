"""The training page's document actions: issue and print certificates, rosters, sign-in sheets, summaries."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from unionoffice.domain.common.errors import UnionOfficeError
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.training import documents as td
from unionoffice.ui.shell import file_dialogs, messages, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.training.attendance_grid import AttendancePanel
from unionoffice.ui.training.training_models import RowsModel

# lupdate finds translate("Context", "text") calls; the context is the one Qt looks up at run time.
translate = QCoreApplication.translate


class ClassDocumentsMixin:
    """Mixed into TrainingPage (a QWidget), which provides the attributes declared here."""

    ctx: AppContext
    class_id: int | None
    class_name: str
    trainees: RowsModel[Any]
    attendance: AttendancePanel

    if TYPE_CHECKING:  # provided by TrainingPage and QWidget; declared for the type checker only
        def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str: ...
        def show_attendance(self) -> None: ...

    def _widget(self) -> QWidget:
        assert isinstance(self, QWidget)
        return self

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except UnionOfficeError as exc:
            messages.error(self._widget(), exc.message)
            return False
        return True

    def _save_path(self, title: str, what: str) -> Path | None:
        """A save dialog suggesting “<what>-<class name>.pdf” (e.g. 结业证书-汽车维修（智能网联新能源）班.pdf), so the
        file says which class it is for."""
        kinds = translate("TrainingPage", "PDF files (*.pdf)")
        name = file_dialogs.file_name(f"{what}-{self.class_name}" if self.class_name else what) + ".pdf"
        chosen = file_dialogs.save_file(self._widget(), title, name, kinds, "training", ".pdf")
        return chosen[0] if chosen else None

    def _print_issued(self, held: int) -> None:
        """Print the certificates already issued (a role that prints but does not enter records)."""
        if not held:
            messages.info(self._widget(), translate(
                "TrainingPage", "No certificates have been issued for this class yet; a clerk numbers and issues "
                                "them."))
            return
        target = self._save_path(translate("TrainingPage", "Save certificates"), "结业证书")
        if target is None:
            return
        class_id, ctx = self.class_id, self.ctx
        assert class_id is not None

        def job(progress: Any, cancel: Any) -> list[Path]:
            return td.print_class_certificates(ctx.db, ctx.actor, class_id, target, progress=progress, cancel=cancel)

        def done_(paths: list[Path]) -> None:
            text = translate("TrainingPage", "%1 issued certificate(s) printed to %2.")
            messages.info(self._widget(), text.replace("%1", str(held)).replace("%2", str(target)))

        tasks.run_long(self._widget(), translate("TrainingPage", "Printing certificates…"), job, done_, write=True)

    def issue_certificates(self) -> None:
        if self.class_id is None:
            return
        rows = self.trainees.rows
        done = [r for r in rows if r.completion and r.completion.completed]
        held = sum(1 for r in done if r.certificate)
        if not self.ctx.actor.may(Permission.ISSUE_CERTIFICATES):  # the role table: only a clerk issues
            self._print_issued(held)
            return
        if not done:
            messages.info(self._widget(), translate("TrainingPage", "Nobody on this class has completed yet."))
            return
        question = translate("TrainingPage", "Number and issue completion certificates to %1 trainee(s) who completed "
                                             "(the %2 already issued keep their numbers), then print all of them?")
        question = question.replace("%1", str(len(done) - held)).replace("%2", str(held))
        if not messages.confirm(self._widget(), question, default_yes=True):  # the action just asked for
            return
        target = self._save_path(translate("TrainingPage", "Save certificates"), "结业证书")
        if target is None:
            return
        class_id, ctx = self.class_id, self.ctx

        def job(progress: Any, cancel: Any) -> td.IssueResult:
            result = td.issue_class_certificates(ctx.db, ctx.actor, class_id)
            td.print_class_certificates(ctx.db, ctx.actor, class_id, target, progress=progress, cancel=cancel)
            return result

        def done_(result: td.IssueResult) -> None:
            text = translate("TrainingPage", "%1 new certificate(s) numbered, %2 printed to %3.")
            text = text.replace("%1", str(result.new))
            messages.info(self._widget(), text.replace("%2", str(len(result.certificates))).replace("%3", str(target)))
            if result.no_longer_completed:
                warning = translate(
                    "TrainingPage",
                    "These trainees hold a certificate but no longer meet the completion rule; a reviewer should "
                    "decide whether to revoke it: %s")
                messages.warning(self._widget(), warning % "、".join(result.no_longer_completed))

        tasks.run_long(self._widget(), translate("TrainingPage", "Issuing certificates…"), job, done_, write=True)

    def _print(self, title: str, what: str, action: Callable[[int, Path], object]) -> None:
        class_id = self.class_id
        if class_id is None:
            return
        target = self._save_path(title, what)
        if target is None:
            return
        # A 500-person class's sign-in sheets for every session run to hundreds of pages: off the GUI thread.
        tasks.run_long(self._widget(), translate("TrainingPage", "Printing…"),
                       lambda _progress, _cancel: action(class_id, target),
                       lambda _pages: messages.info(self._widget(), translate("TrainingPage", "Saved to %s") % target),
                       write=True)

    def print_roster(self) -> None:
        self._print(translate("TrainingPage", "Class roster"), "学员花名册",
                    lambda c, t: td.print_roster(self.ctx.db, self.ctx.actor, c, t))

    def print_sign_in(self, selected_only: bool) -> None:
        sessions = None
        if selected_only:
            self.show_attendance()
            model = self.attendance.model
            current = self.attendance.view.currentIndex()
            column = model.session_column(current.column()) if model and current.isValid() else None
            if model is None or column is None:
                hint = translate("TrainingPage", "Select a session column in the attendance grid first.")
                messages.info(self._widget(), hint)
                return
            sessions = [model.grid.sessions[column].id]
        self._print(translate("TrainingPage", "Sign-in sheets"), "签到表",
                    lambda c, t: td.print_sign_in_sheets(self.ctx.db, self.ctx.actor, c, t, sessions))

    def print_summary(self) -> None:
        self._print(translate("TrainingPage", "Attendance summary"), "考勤汇总表",
                    lambda c, t: td.print_attendance_summary(self.ctx.db, self.ctx.actor, c, t))
