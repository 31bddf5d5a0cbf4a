"""The honours page: a year's honour lists, the honours on the chosen list with the quota live, and its documents."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QDialog, QMenu, QWidget

from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.honours.rules import QUOTA_TYPES, QuotaFigures
from unionoffice.services.core.lists import ListDocument
from unionoffice.services.core.tasks import CancelToken, Progress
from unionoffice.services.honours import documents as hd
from unionoffice.services.honours import granting as gr
from unionoffice.services.honours import listing as hl
from unionoffice.services.honours import register as rg
from unionoffice.ui.certificates.save_certificates import save_certificates
from unionoffice.ui.forms.ui_honours_page import Ui_HonoursPage
from unionoffice.ui.honours.honour_dialog import HonourDialog
from unionoffice.ui.honours.honours_models import RowsModel, honour_columns, list_columns
from unionoffice.ui.honours.list_dialogs import FinaliseDialog, ListDialog, RevokeDialog, quota_html
from unionoffice.ui.shell import changes, file_dialogs, messages, style, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.widgets.columns import fit_columns
from unionoffice.ui.widgets.list_output import ListOutputButtons
from unionoffice.ui.widgets.role_note import RoleNote
from unionoffice.ui.widgets.splitters import restore_splitters, save_splitters

# The records behind the lists, the honours with their quota and the certificate counts.
WATCHED = ("honour_list", "honour", "certificate", "member")
SETTINGS_GROUP = "honours_page"
# Usual contents of the narrow columns (fit_columns); the list's name and the recipient's unit take the rest and
# elide (whole in the tooltip). The basis's details and competition event are in the basis's tooltip (and in the
# printed and exported list), so at 1024 × 768 their columns stay hidden.
LIST_SAMPLES = {1: "已定稿", 2: "999"}
HONOUR_SAMPLES = {0: "五一劳动奖章（个人）", 1: "欧阳建国", 3: "技术创新成果", 6: "已撤销", 7: "2024-RY-00001"}
HIDDEN_HONOUR_COLUMNS = (4, 5)


class HonoursPage(QWidget):
    """Registered in unionoffice.ui.shell.pages."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.may_edit = ctx.actor.may(Permission.MANAGE_HONOURS)
        self.may_print = ctx.actor.may(Permission.PRINT_DOCUMENTS)
        self.current: rg.ListRow | None = None
        self._lists_task: tasks.Task | None = None
        self._honours_task: tasks.Task | None = None
        self.ui = Ui_HonoursPage()
        self.ui.setupUi(self)
        self.lists = RowsModel(list_columns(), self)
        self.honours = RowsModel(honour_columns(), self)
        for view, model in ((self.ui.listView, self.lists), (self.ui.honourView, self.honours)):
            view.setModel(model)
            style.dense_table(view)
        self.ui.listView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ui.honourView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.output = ListOutputButtons(ctx, self.describe, self.tr("Honours"), self)
        self.ui.outputBar.addWidget(self.output)
        self.ui.splitter.setSizes([300, 720])
        restore_splitters(self, SETTINGS_GROUP)
        self._certificate_menu()
        self._permissions()
        self._connect()
        self.fill_years()
        changes.watch(self, WATCHED, self._records_changed)

    def save_state(self) -> None:
        """The lists / honours split as the user left it (the main window calls this on closing)."""
        save_splitters(self, SETTINGS_GROUP)

    def _records_changed(self) -> None:
        """Records behind this page changed (here, in a dialog, elsewhere): the lists, honours and counts follow."""
        self.reload_lists()

    def _certificate_menu(self) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("All in one PDF…"), lambda: self.certificates(per_person=False))
        menu.addAction(self.tr("One file each…"), lambda: self.certificates(per_person=True))
        self.ui.certificatesButton.setMenu(menu)

    def _permissions(self) -> None:
        ui = self.ui
        for widget in (ui.newListButton, ui.editListButton, ui.deleteListButton, ui.addButton, ui.editButton,
                       ui.removeButton, ui.finaliseButton, ui.revokeButton):
            widget.setVisible(self.may_edit)
        for widget in (ui.certificatesButton, ui.decisionButton):
            widget.setVisible(self.may_print)
        style.mark_primary(ui.finaliseButton)
        # Where the role cannot draft lists (the viewer, the reviewer, the administrator): who can (issue 14).
        self.role_note = RoleNote(self.ctx.actor, Permission.MANAGE_HONOURS, self.tr("Drafting honour lists"), self)
        ui.mainLayout.insertWidget(ui.mainLayout.indexOf(ui.splitter), self.role_note)

    def _connect(self) -> None:
        ui = self.ui
        ui.yearCombo.currentIndexChanged.connect(lambda _i: self.reload_lists())
        ui.listView.selectionModel().currentRowChanged.connect(lambda *_: self._list_selected())
        ui.honourView.doubleClicked.connect(lambda _i: self.edit_honour())
        ui.newListButton.clicked.connect(self.new_list)
        ui.editListButton.clicked.connect(self.edit_list)
        ui.deleteListButton.clicked.connect(self.delete_list)
        ui.addButton.clicked.connect(self.add_honour)
        ui.editButton.clicked.connect(self.edit_honour)
        ui.removeButton.clicked.connect(self.remove_honours)
        ui.finaliseButton.clicked.connect(self.finalise)
        ui.revokeButton.clicked.connect(self.revoke)
        ui.decisionButton.clicked.connect(self.decision)
        if self.may_edit:
            QShortcut(QKeySequence.StandardKey.New, self, self.new_list)

    # -- years and lists -----------------------------------------------------------------------------------------

    def fill_years(self, select: int | None = None) -> None:
        combo = self.ui.yearCombo
        this_year = date.today().year
        years = sorted({*rg.years(self.ctx.db, self.ctx.actor), this_year, this_year + 1}, reverse=True)
        wanted = select or combo.currentData() or this_year
        combo.blockSignals(True)
        combo.clear()
        for year in years:
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        combo.blockSignals(False)
        self.reload_lists()

    def year(self) -> int:
        return int(self.ui.yearCombo.currentData() or date.today().year)

    def reload_lists(self, select: int | None = None) -> None:
        db, actor, year = self.ctx.db, self.ctx.actor, self.year()
        keep = select if select is not None else (self.current.id if self.current else None)

        def show(rows: list[rg.ListRow]) -> None:
            self.lists.set_rows(rows)
            fit_columns(self.ui.listView, LIST_SAMPLES, stretch=0)
            ids = [r.id for r in rows]
            row = ids.index(keep) if keep in ids else (0 if ids else -1)
            if row >= 0:
                self.ui.listView.setCurrentIndex(self.lists.index(row, 0))
            self._list_selected()

        self._lists_task = tasks.run_read(self, lambda: rg.list_rows(db, actor, year), show, replacing=self._lists_task)

    def _list_selected(self) -> None:
        index = self.ui.listView.currentIndex()
        self.current = self.lists.rows[index.row()] if index.isValid() and index.row() < len(self.lists.rows) else None
        self._enable()
        if self.current is None:
            self.ui.listTitle.setText(self.tr("No honour list for this year yet: draft one with “New list…”."))
            self.ui.quotaLabel.setText("")
            self.honours.set_rows([])
            self.ui.honourCount.setText("")
            return
        self.reload_honours()

    def _enable(self) -> None:
        ui, row = self.ui, self.current
        draft = row is not None and row.is_draft
        granted_own = row is not None and not row.is_draft and row.own
        for widget in (ui.editListButton, ui.deleteListButton, ui.addButton, ui.editButton, ui.removeButton,
                       ui.finaliseButton):
            widget.setEnabled(draft)
        ui.revokeButton.setEnabled(row is not None and not row.is_draft)
        ui.certificatesButton.setEnabled(granted_own)
        ui.decisionButton.setEnabled(granted_own)

    def describe(self) -> ListDocument:
        if self.current is not None:
            return hd.honours_document(self.ctx.db, self.ctx.actor, list_id=self.current.id)
        return hd.honours_document(self.ctx.db, self.ctx.actor, year=self.year())

    # -- the honours of the list, and the quota as they stand -----------------------------------------------------

    def reload_honours(self) -> None:
        current = self.current
        if current is None:
            return
        db, actor = self.ctx.db, self.ctx.actor

        def load() -> tuple[rg.ListRow, list[hl.HonourRow], QuotaFigures | None]:
            fresh = rg.list_row(db, actor, current.id)
            quota = gr.year_quota(db, actor, fresh.year, fresh.id if fresh.is_draft else None) if fresh.own else None
            return fresh, hl.honour_rows(db, actor, current.id), quota

        self._honours_task = tasks.run_read(self, load, self._show_honours, replacing=self._honours_task)

    def _show_honours(self, loaded: tuple[rg.ListRow, list[hl.HonourRow], QuotaFigures | None]) -> None:
        row, honours, quota = loaded
        self.current = row
        self._enable()
        self.honours.set_rows(honours)
        fit_columns(self.ui.honourView, HONOUR_SAMPLES, stretch=2)
        for column in HIDDEN_HONOUR_COLUMNS:
            self.ui.honourView.setColumnHidden(column, True)
        self.ui.listTitle.setText(self._title(row))
        if quota is not None and any(h.honour_type in QUOTA_TYPES for h in honours):
            self.ui.quotaLabel.setText(quota_html(quota))
        elif quota is not None:
            note = self.tr("This list gives no May-Day or Worker-Pioneer honour: the quota for competition winners "
                           "does not concern it.")
            self.ui.quotaLabel.setText(html.escape(note))
        else:
            note = self.tr("Recorded from %1: the quota for competition winners applies to this office's own lists.")
            self.ui.quotaLabel.setText(html.escape(note.replace("%1", row.issuer)))
        text = self.tr("%1 honour(s) · %2 revoked · %3 certificate(s)")
        for key, value in (("%1", row.honours), ("%2", row.revoked), ("%3", row.certificates)):
            text = text.replace(key, str(value))
        self.ui.honourCount.setText(text)

    def _title(self, row: rg.ListRow) -> str:
        facts = [row.status.value, row.level, row.issuer]
        if row.doc_number:
            facts.append(row.doc_number)
        if row.decision_date:
            facts.append(f"{row.decision_date:%Y-%m-%d}")
        return f"<b>{html.escape(row.name)}</b>　{html.escape(' · '.join(facts))}"

    def selected_honours(self) -> list[hl.HonourRow]:
        rows = sorted({i.row() for i in self.ui.honourView.selectionModel().selectedRows()})
        return [self.honours.rows[r] for r in rows]

    # -- editing a draft -----------------------------------------------------------------------------------------

    def new_list(self) -> None:
        dialog = ListDialog(self.ctx, None, self.year(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self.fill_years(select=dialog.draft().year)  # its year may be new; the new list is then chosen
            self.reload_lists(select=dialog.saved_id)

    def edit_list(self) -> None:
        if self.current is None or not self.current.is_draft:
            return
        dialog = ListDialog(self.ctx, self.current.id, self.year(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.fill_years(select=dialog.draft().year)

    def delete_list(self) -> None:
        row = self.current
        if row is None or not row.is_draft:
            return
        question = self.tr("Delete the draft list “%1” with its %2 honour(s)?").replace("%1", row.name)
        if not messages.confirm(self, question.replace("%2", str(row.honours))):
            return
        db, actor = self.ctx.db, self.ctx.actor
        self.current = None
        tasks.run_write(self, lambda: rg.delete_list(db, actor, row.id), lambda _n: None)  # the page follows

    def add_honour(self) -> None:
        if self.current is None or not self.current.is_draft:
            return
        HonourDialog(self.ctx, self.current, None, self).exec()  # the page follows the change (_records_changed)

    def edit_honour(self) -> None:
        chosen = self.selected_honours()
        if self.current is None or not self.current.is_draft or len(chosen) != 1 or not self.may_edit:
            return
        HonourDialog(self.ctx, self.current, chosen[0], self).exec()  # the page follows (_records_changed)

    def remove_honours(self) -> None:
        chosen = self.selected_honours()
        if self.current is None or not self.current.is_draft or not chosen:
            messages.info(self, self.tr("Select the honours to take off the list."))
            return
        names = "、".join(r.name for r in chosen)
        if not messages.confirm(self, self.tr("Take %1 off the draft list?").replace("%1", names)):
            return
        db, actor = self.ctx.db, self.ctx.actor
        tasks.run_write(self, lambda: rg.remove_honours(db, actor, [r.id for r in chosen]),
                        lambda _n: None)  # the page follows the change (_records_changed)

    # -- granting and revoking -----------------------------------------------------------------------------------

    def finalise(self) -> None:
        row = self.current
        if row is None or not row.is_draft:
            return
        gives_quota = any(h.honour_type in QUOTA_TYPES for h in self.honours.rows)
        quota = gr.year_quota(self.ctx.db, self.ctx.actor, row.year, row.id) if row.own and gives_quota else None
        dialog = FinaliseDialog(self.ctx, row, quota, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_ is not None:
            result = dialog.result_
            text = self.tr("“%1” is final (%2): %3 honour(s) granted.").replace("%1", result.name)
            messages.info(self, text.replace("%2", result.doc_number).replace("%3", str(result.granted)))

    def revoke(self) -> None:
        chosen = self.selected_honours()
        if self.current is None or self.current.is_draft or len(chosen) != 1 or chosen[0].revoked:
            messages.info(self, self.tr("Select one granted honour."))
            return
        honour = chosen[0]
        prompt = self.tr("Revoke %1's %2? The member loses the distinction and the certificate is revoked.")
        dialog = RevokeDialog(prompt.replace("%1", honour.name).replace("%2", honour.honour), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        db, actor = self.ctx.db, self.ctx.actor

        def done(result: gr.RevokeResult) -> None:
            if result.quota is not None and not result.quota.met:
                warning = self.tr("Revoked. The year's honours no longer keep the share for competition and "
                                  "innovation winners: %1")
                messages.warning(self, warning.replace("%1", result.quota.summary()))

        tasks.run_write(self, lambda: gr.revoke_honour(db, actor, honour.id, dialog.reason), done)

    # -- documents -----------------------------------------------------------------------------------------------

    def certificates(self, *, per_person: bool) -> None:
        row = self.current
        if row is None:
            return
        db, actor = self.ctx.db, self.ctx.actor

        def issued(result: hd.CertificatesIssued) -> None:
            if result.certificate_ids:
                save_certificates(self, self.ctx, result.certificate_ids, per_person=per_person,
                                  suggested_name=f"荣誉证书_{row.name}")

        tasks.run_write(self, lambda: hd.issue_list_certificates(db, actor, row.id), issued)

    def decision(self) -> None:
        row = self.current
        if row is None:
            return
        chosen = file_dialogs.save_file(self, self.tr("Save the commendation decision"),
                                        file_dialogs.file_name(f"表彰决定_{row.name}") + ".pdf",
                                        self.tr("PDF files (*.pdf)"), "honours", ".pdf")
        if chosen is None:
            return
        db, actor, target = self.ctx.db, self.ctx.actor, chosen[0]

        def job(_progress: Progress, _cancel: CancelToken) -> int:
            return hd.print_decision(db, actor, row.id, target)

        def done(pages: int) -> None:
            messages.info(self, self.tr("Saved to %1 (%2 page(s)).").replace("%1", str(target))
                          .replace("%2", str(pages)))

        tasks.run_long(self, self.tr("Writing the decision…"), job, done, write=True)
