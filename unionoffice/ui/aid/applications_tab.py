"""The applications of a programme: filtered by state, opened in the editor, taken through the workflow one by one
or as a batch (off the GUI thread with progress and Cancel), printed and exported; documents and the import."""

from __future__ import annotations

import functools
import html
import re
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionoffice.domain.aid.kinds import APPLICATION_PROGRAMMES, ApplicationState
from unionoffice.domain.aid.workflow import TRANSITIONS, Step
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.aid import documents as dc
from unionoffice.services.aid import workflow as wf
from unionoffice.services.aid.importing import AidImportResult, import_applicants
from unionoffice.services.aid.listing import (
    ApplicationFilter,
    application_list_document,
    application_positions,
)
from unionoffice.services.aid.programmes import ProgrammeRow, list_programmes
from unionoffice.services.core.lists import ListDocument
from unionoffice.services.core.tasks import CancelToken, Progress
from unionoffice.ui.aid.application_editor import ApplicationEditor
from unionoffice.ui.aid.models import APP_HIDDEN, APP_SAMPLES, APP_STRETCH, ID_ROLE, ApplicationTableModel
from unionoffice.ui.aid.widgets import StepDialog, table
from unionoffice.ui.shell import changes, file_dialogs, messages, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.widgets.columns import fit_columns, hide_columns
from unionoffice.ui.widgets.list_output import ListOutputButtons
from unionoffice.ui.widgets.role_note import RoleNote

DUTY_PERMISSION = wf.DUTY_PERMISSION
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')
DOCUMENTS_KIND, IMPORT_KIND = "aid-documents", "aid-import"  # where the file dialogs start (ui/shell/file_dialogs.py)
# Up to this many selected rows, their states come from the rows themselves; more (Ctrl+A): from the list's filter.
SELECTION_READ = 400
# The programmes in the combo and the applications with their states and amounts.
WATCHED = ("aid_programme", "aid_application", "member")


def document_name(programme: ProgrammeRow, kind: str, suffix: str) -> str:
    """A file name that says what the file is: the programme (with its year where the name lacks it) and the kind,
    e.g. "2024年金秋助学_公示名单.pdf"."""
    name = programme.name if str(programme.year) in programme.name else f"{programme.year}年{programme.name}"
    return _UNSAFE.sub("_", f"{name}_{kind}") + f".{suffix}"  # a name Windows accepts


class ApplicationsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.programmes: list[ProgrammeRow] = []
        self.programme_combo = QComboBox(self)
        self.state_combo = QComboBox(self)
        self.state_combo.addItem(self.tr("All states"), None)
        for state in ApplicationState:
            self.state_combo.addItem(state.value, state.value)
        self.model = ApplicationTableModel(ctx.db, ctx.actor, self)
        self.view = table(self)
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        fit_columns(self.view, APP_SAMPLES, APP_STRETCH)
        hide_columns(self.view, APP_HIDDEN, fixed=(1, APP_STRETCH))
        self.count_label = QLabel(self)
        # What the last save or step did, naming the application, with a link to follow it (issue 14).
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.linkActivated.connect(self._status_link)
        self.status.hide()
        self._status_plain = ""
        self._follow: tuple[list[int], ApplicationState | None] | None = None
        self._back: ApplicationState | None = None
        self._positions_task: tasks.Task | None = None
        self._states_task: tasks.Task | None = None
        self._buttons()
        self.output = ListOutputButtons(ctx, self.describe, self.tr("Aid applications"), self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Programme:"), self))
        top.addWidget(self.programme_combo, 2)
        top.addWidget(QLabel(self.tr("State:"), self))
        top.addWidget(self.state_combo)
        top.addStretch(1)
        top.addWidget(self.output)
        actions = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.step_button, self.documents_button,
                       self.import_button, self.override_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.role_note)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.programme_combo.currentIndexChanged.connect(lambda _i: self._programme_changed())
        self.state_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.view.selectionModel().selectionChanged.connect(lambda _s, _d: self.update_step_actions())
        self.model.modelReset.connect(self.update_step_actions)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_application)
        self.refresh_programmes()
        changes.watch(self, WATCHED, self.refresh_programmes)

    def _buttons(self) -> None:
        actor = self.ctx.actor
        self.new_button = QPushButton(self.tr("New application…"), self)
        self.new_button.setVisible(actor.may(Permission.MANAGE_AID))
        self.new_button.clicked.connect(self.new_application)
        self.open_button = QPushButton(self.tr("Open…"), self)
        self.open_button.clicked.connect(self.open_selected)
        self.step_button = QPushButton(self.tr("Workflow step"), self)
        steps = QMenu(self)
        steps.setToolTipsVisible(True)  # a step greyed for the selection says why
        self.step_actions = {}
        for step, transition in TRANSITIONS.items():
            action = steps.addAction(self.tr("%1 (→ %2)").replace("%1", step.value)
                                     .replace("%2", transition.target.value))
            action.setVisible(actor.may(DUTY_PERMISSION[transition.duty]))
            action.triggered.connect(functools.partial(self.take_step, step))
            self.step_actions[step] = action
        self.step_button.setMenu(steps)
        self.step_button.setVisible(any(a.isVisible() for a in self.step_actions.values()))
        self.update_step_actions()
        self.documents_button = QPushButton(self.tr("Documents"), self)
        documents = QMenu(self)
        documents.addAction(self.tr("Approval form of the selected…"), self.approval_form)
        documents.addAction(self.tr("Publicity list (公示名单)…"), self.publicity_list)
        documents.addAction(self.tr("Payment roster, paid…"), lambda: self.payment_roster(True))
        documents.addAction(self.tr("Payment roster, approved and waiting…"), lambda: self.payment_roster(False))
        self.documents_button.setMenu(documents)
        self.documents_button.setVisible(actor.may(Permission.PRINT_DOCUMENTS))
        self.import_button = QPushButton(self.tr("Import applicants…"), self)
        self.import_button.setVisible(actor.may(Permission.IMPORT_DATA) and actor.may(Permission.MANAGE_AID))
        self.import_button.clicked.connect(self.import_file)
        self.override_button = QPushButton(self.tr("Allow over budget…"), self)
        self.override_button.setVisible(actor.may(Permission.OVERRIDE_BUDGET))
        self.override_button.clicked.connect(self.override_budget)
        # Where the role cannot enter applications, or else cannot review them: who can (issue 14).
        if actor.may(Permission.MANAGE_AID):
            self.role_note = RoleNote(actor, Permission.REVIEW, self.tr("Reviewing and approving applications"), self)
        else:
            self.role_note = RoleNote(actor, Permission.MANAGE_AID, self.tr("Entering aid applications"), self)

    # -- what is shown ----------------------------------------------------------------------------------------------

    def refresh_programmes(self) -> None:
        current = self.programme_combo.currentData()
        self.programmes = [p for p in list_programmes(self.ctx.db, self.ctx.actor) if p.type in APPLICATION_PROGRAMMES]
        self.programme_combo.blockSignals(True)
        self.programme_combo.clear()
        for p in self.programmes:
            self.programme_combo.addItem(p.name, p.id)
        index = self.programme_combo.findData(current)
        self.programme_combo.setCurrentIndex(index if index >= 0 else 0)
        self.programme_combo.blockSignals(False)
        self.reload()

    def show_programme(self, programme_id: int) -> None:
        index = self.programme_combo.findData(programme_id)
        if index >= 0:
            self.programme_combo.setCurrentIndex(index)

    def choices(self) -> tuple[int | None, str | None, list[int]]:
        """The programme, the state filter and the selected applications, to be put back by `restore_choices`; a
        selection of thousands (Ctrl+A) is not kept, as reading its ids would load every row."""
        selection = self.view.selectionModel().selection()
        rows = sum(selection.at(i).height() for i in range(selection.count()))
        selected = self.selected_ids() if rows <= SELECTION_READ else []
        return self.programme_combo.currentData(), self.state_combo.currentData(), selected

    def restore_choices(self, programme_id: int, state: str, ids: list[int]) -> None:
        """Show the remembered programme, state filter and applications. A programme that is gone, or that this
        role does not see, leaves the first one shown with all states; applications no longer shown stay unselected."""
        if self.programme_combo.findData(programme_id) < 0:
            return
        self.show_programme(programme_id)
        if state in {s.value for s in ApplicationState}:
            self._set_state_filter(ApplicationState(state))
        self.select_applications(ids)

    def programme(self) -> ProgrammeRow | None:
        pid = self.programme_combo.currentData()
        return next((p for p in self.programmes if p.id == pid), None)

    def current_filter(self) -> ApplicationFilter | None:
        programme = self.programme()
        if programme is None:
            return None
        state = self.state_combo.currentData()
        return ApplicationFilter(programme.id, ApplicationState(state) if state else None)

    def _programme_changed(self) -> None:
        self.status.hide()  # it spoke of another programme's applications
        self.reload()

    def reload(self) -> None:
        self.model.set_filter(self.current_filter())
        self.count_label.setText(self.tr("%1 application(s)").replace("%1", f"{self.model.rowCount():,}"))

    def describe(self) -> ListDocument:
        flt = self.current_filter()
        if flt is None:
            raise ValueError("no programme")
        return application_list_document(self.ctx.db, self.ctx.actor, flt)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [int(self.model.index(r, 0).data(ID_ROLE)) for r in rows]

    # -- actions ----------------------------------------------------------------------------------------------------

    def new_application(self) -> None:
        programme = self.programme()
        if programme is None or not self.ctx.actor.may(Permission.MANAGE_AID):
            return
        editor = ApplicationEditor(self.ctx, programme, None, self)
        if editor.exec() != QDialog.DialogCode.Accepted or editor.app_id is None:
            return
        # The tab has followed the change hub; the new draft is selected and shown, not left at the list's end.
        who = editor.member.hits.currentText().split("　")[0]
        self.follow([editor.app_id], ApplicationState.DRAFT, self.tr("Application #%1 (%2) saved as a draft.")
                    .replace("%1", str(editor.app_id)).replace("%2", who), switch=True)

    def open_selected(self) -> None:
        programme, ids = self.programme(), self.selected_ids()
        if programme is None or not ids:
            return
        ApplicationEditor(self.ctx, programme, ids[0], self).exec()  # the tab follows the change hub

    def take_step(self, step: Step) -> tasks.Task | None:
        ids = self.selected_ids()
        if not ids:
            messages.info(self, self.tr("Select the applications first (Ctrl+A selects all shown)."))
            return None
        rows = self.view.selectionModel().selectedRows()
        first = self.model.row_at(min(r.row() for r in rows)) if rows else None
        name = first.member_name if first is not None else ""
        who = name if len(ids) == 1 else ""
        # The dialog names the step and whom it is for (the trial could not tell what the opinion was about).
        if len(ids) == 1:
            whom = self.tr("%1 (application #%2)").replace("%1", name).replace("%2", str(ids[0]))
        else:
            whom = self.tr("%1 and others, %2 applications").replace("%1", name).replace("%2", f"{len(ids):,}")
        transition = TRANSITIONS[step]
        dialog = StepDialog(self.tr("%1 — %2").replace("%1", step.value).replace("%2", whom),
                            transition.needs_comment, self,
                            about=self.tr("“%1” (→ %2) for %3.").replace("%1", step.value)
                            .replace("%2", transition.target.value).replace("%3", whom))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        comment, on = dialog.values()

        def job(progress: Progress, cancel: CancelToken) -> wf.BatchResult:
            return wf.batch_advance(self.ctx.db, self.ctx.actor, ids, step, comment=comment, on=on,
                                    progress=progress, cancel=cancel)

        return tasks.run_long(self, self.tr("Taking the step…"), job, lambda r: self._step_done(r, who), write=True)

    def _step_done(self, result: wf.BatchResult, who: str = "") -> None:
        target = TRANSITIONS[result.step].target
        if not result.done:
            self.status.hide()  # the refusal's message says it all; an older line would mislead
        if len(result.done) == 1 and not result.refused:
            # One application: the filter follows it to its new state, and a link goes back (issue 14).
            if result.amount_fen:  # approved or paid: the amount too
                text = self.tr("%4; application #%1 (%2) is now “%3”.").replace("%4", result.summary)
            else:
                text = self.tr("Application #%1 (%2) is now “%3”.")
            text = text.replace("%1", str(result.done[0])).replace("%2", who).replace("%3", target.value)
            self.follow(result.done, target, text, switch=True)
        elif result.done:
            text = result.summary + self.tr(", now “%1”.").replace("%1", target.value)
            self.follow(result.done, target, text, switch=False)
        if result.refused and not result.done and len(result.refused) == 1:
            # One application: why it was not done, as a sentence rather than a batch report (trial 2026-12-07).
            app_id, why = next(iter(result.refused.items()))
            text = self.tr("“%1” not done (application #%2, %3): %4").replace("%1", result.step.value)
            messages.warning(self, text.replace("%2", str(app_id)).replace("%3", who)
                             .replace("%4", result.reasons.get(app_id, why)))
        elif result.refused:
            lines = [f"申请 {i}：{why}" for i, why in list(result.refused.items())[:15]]
            more = len(result.refused) - len(lines)
            messages.warning(self, result.summary + "\n\n" + "\n".join(lines) +
                             (f"\n……另有 {more} 件" if more > 0 else ""))

    # -- keeping an application in view after a save or a step (issue 14) ----------------------------------------

    def follow(self, ids: list[int], state: ApplicationState | None, text: str, *, switch: bool) -> None:
        """Say what happened in the status line. With `switch`, a state filter that no longer shows the application
        changes to its new state (the line offers the way back); the applications still shown are selected and
        scrolled to. Without it, the line offers a link that does the same."""
        shown = self.state_combo.currentData()
        self._follow, self._back = (ids, state), None
        links = []
        if shown is not None and state is not None and shown != state.value:
            if switch:
                self._back = ApplicationState(shown)
                self._set_state_filter(state)
                text += self.tr(" The state filter now shows “%1”.").replace("%1", state.value)
                links.append(("back", self.tr("Back to “%1”").replace("%1", self._back.value)))
            else:
                links.append(("follow", self.tr("Show them (“%1”)").replace("%1", state.value)))
        self._show_status(text, links)
        self.select_applications(ids)

    def _show_status(self, text: str, links: list[tuple[str, str]]) -> None:
        self._status_plain = text
        body = html.escape(text) + "".join(f"　<a href=\"{href}\">{html.escape(label)}</a>" for href, label in links)
        self.status.setText(body)
        self.status.show()

    def _status_link(self, href: str) -> None:
        if href == "back" and self._back is not None:
            self._set_state_filter(self._back)
            self._back = None
            self.status.hide()
        elif href == "follow" and self._follow is not None:
            ids, state = self._follow
            self._set_state_filter(state)
            self._show_status(self.status_text(), [])
            self.select_applications(ids)

    def status_text(self) -> str:
        """The status line without its links."""
        return self._status_plain

    def _set_state_filter(self, state: ApplicationState | None) -> None:
        index = self.state_combo.findData(state.value if state is not None else None)
        self.state_combo.setCurrentIndex(max(0, index))  # reloads

    def select_applications(self, ids: list[int]) -> None:
        """Select the rows of `ids` the list shows (found off the GUI thread) and scroll the first into view."""
        flt = self.current_filter()
        if flt is None or not ids:
            return
        db, actor = self.ctx.db, self.ctx.actor
        self._positions_task = tasks.run_read(self, lambda: application_positions(db, actor, flt, ids),
                                              lambda found: self._select_rows(flt, sorted(found.values())),
                                              replacing=self._positions_task)

    def _select_rows(self, flt: ApplicationFilter, rows: list[int]) -> None:
        if flt != self.model.application_filter or not rows:
            return
        selection = QItemSelection()
        start = previous = rows[0]
        for row in [*rows[1:], None]:
            if row is not None and row == previous + 1:
                previous = row
                continue
            selection.select(self.model.index(start, 0), self.model.index(previous, self.model.columnCount() - 1))
            if row is not None:
                start = previous = row
        first = self.model.index(rows[0], 1)
        selected = self.view.selectionModel()
        selected.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        selected.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(first, QAbstractItemView.ScrollHint.PositionAtCenter)

    # -- which steps the selection allows (issue 14) ----------------------------------------------------------------

    def update_step_actions(self) -> None:
        """Offer only the steps the workflow allows the selected applications today; a greyed one says why: their
        state, or a rule that keeps them back still (the 公示 period), as the service would refuse it."""
        selection = self.view.selectionModel().selection() if self.view.selectionModel() else QItemSelection()
        ranges = [selection.at(i) for i in range(selection.count())]
        rows = sum(r.height() for r in ranges)
        flt = self.model.application_filter
        if rows == 0 or flt is None:
            self._set_step_states(set())
            return
        ids: list[int] | None = None
        if rows <= SELECTION_READ:
            ids = self.selected_ids()
            states = {flt.state} if flt.state is not None else {
                ApplicationState(app.state) for app in (self.model.row_at(row) for r in ranges
                                                        for row in range(r.top(), r.bottom() + 1)) if app is not None}
            self._set_step_states(states)  # at once; what the rules beyond the state hold back follows
        elif flt.state is not None:
            self._set_step_states({flt.state})
        # More than SELECTION_READ rows (Ctrl+A over thousands): the list's filter, without loading its rows.
        db, actor = self.ctx.db, self.ctx.actor
        self._states_task = tasks.run_in_background(lambda: wf.step_options(db, actor, flt, ids),
                                                    self._set_step_options, write=False, parent=self,
                                                    replacing=self._states_task)

    def _set_step_options(self, options: wf.StepOptions) -> None:
        self._set_step_states(set(options.states), options.waiting)

    def _set_step_states(self, states: set[ApplicationState], waiting: dict[Step, str] | None = None) -> None:
        shown = "、".join(f"“{s.value}”" for s in ApplicationState if s in states)
        for step, action in self.step_actions.items():
            transition = TRANSITIONS[step]
            why = (waiting or {}).get(step, "")
            if not states:
                why = self.tr("Select the applications first.")
            elif not states & transition.sources:
                sources = "、".join(f"“{s.value}”" for s in ApplicationState if s in transition.sources)
                why = (self.tr("The selected applications are %1; “%2” is taken from %3.")
                       .replace("%1", shown).replace("%2", step.value).replace("%3", sources))
            elif why:
                why = self.tr("“%1” is not possible yet: %2").replace("%1", step.value).replace("%2", why)
            action.setEnabled(not why)
            action.setToolTip(why)
            action.setStatusTip(why)  # hovering the greyed step names the reason in the window's status bar too

    def _save_path(self, title: str, name: str, kinds: str, suffix: str) -> Path | None:
        """Save dialogs start in the folder last used for aid documents (else Documents), named for what they hold."""
        chosen = file_dialogs.save_file(self, title, name, kinds, DOCUMENTS_KIND, default_suffix=suffix)
        return chosen[0] if chosen else None

    def approval_form(self) -> None:
        programme, ids = self.programme(), self.selected_ids()
        if programme is None or not ids:
            messages.info(self, self.tr("Select an application first."))
            return
        path = self._save_path(self.tr("Save approval form"), document_name(programme, f"审批表_申请{ids[0]}", "pdf"),
                               "PDF (*.pdf)", ".pdf")
        if path is not None:
            tasks.run_write(self, lambda: dc.approval_form(self.ctx.db, self.ctx.actor, ids[0], path),
                            lambda pages: messages.info(self, self.tr("Saved %1 (%2 page(s)).").replace(
                                "%1", str(path)).replace("%2", str(pages))))

    def publicity_list(self) -> None:
        programme = self.programme()
        if programme is None:
            return
        path = self._save_path(self.tr("Save publicity list"), document_name(programme, "公示名单", "pdf"),
                               "PDF (*.pdf)", ".pdf")
        if path is not None:
            tasks.run_write(self, lambda: dc.publicity_notice(self.ctx.db, self.ctx.actor, programme.id, path),
                            lambda info: messages.info(self, self.tr("%1 people, %2 to %3, saved to %4.")
                                                       .replace("%1", str(info.people)).replace("%2", str(info.start))
                                                       .replace("%3", str(info.end)).replace("%4", str(path))))

    def payment_roster(self, paid: bool) -> None:
        programme = self.programme()
        if programme is None:
            return
        kind = "发放花名册（已发放）" if paid else "发放花名册（已批准待发放）"
        path = self._save_path(self.tr("Save payment roster"), document_name(programme, kind, "xlsx"),
                               self.tr("Excel workbook (*.xlsx);;PDF (*.pdf)"), ".xlsx")
        if path is None:
            return
        if path.suffix.lower() not in (".xlsx", ".pdf"):
            path = path.with_suffix(".xlsx")
        tasks.run_write(self, lambda: dc.payment_roster(self.ctx.db, self.ctx.actor, programme.id, path, paid=paid),
                        lambda r: messages.info(self, self.tr("%1 row(s) saved to %2").replace(
                            "%1", str(r.rows)).replace("%2", str(r.path))))

    def import_file(self) -> tasks.Task | None:
        programme = self.programme()
        if programme is None:
            return None
        chosen = file_dialogs.open_file(self, self.tr("Import applicants"),
                                        self.tr("Spreadsheets (*.xlsx *.xls *.csv)"), IMPORT_KIND)
        if chosen is None:
            return None
        name = str(chosen)
        valid_only = messages.confirm(self, self.tr(
            "Import only the rows without errors? (No: import nothing if any row has an error.)"))

        def job(progress: Progress, cancel: CancelToken) -> AidImportResult:
            return import_applicants(self.ctx.db, self.ctx.actor, programme.id, name, valid_only=valid_only,
                                     progress=progress, cancel=cancel)

        def done(result: AidImportResult) -> None:
            lines = [f"第 {r.row_number} 行：" + "；".join(f"「{f}」{w}" for f, w in r.errors)
                     for r in result.rejected[:15]]
            head = self.tr("%1 application(s) imported, %2 row(s) refused.").replace(
                "%1", str(result.created)).replace("%2", str(len(result.rejected)))
            (messages.warning if result.rejected else messages.info)(self, head + "\n\n" + "\n".join(lines))

        return tasks.run_long(self, self.tr("Importing applicants…"), job, done, write=True)

    def override_budget(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            messages.info(self, self.tr("Select one application."))
            return
        dialog = StepDialog(self.tr("Allow application %1 over budget").replace("%1", str(ids[0])), True, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            reason, _day = dialog.values()
            tasks.run_write(self, lambda: wf.override_budget(self.ctx.db, self.ctx.actor, ids[0], reason),
                            lambda _r: messages.info(self, self.tr("Recorded; the reviewer may now approve it.")))
