"""Dialogs of the competitions page: deciding a tie, a reason, registering entrants, referees, labour projects."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QListWidgetItem, QSpinBox, QTableWidgetItem, QWidget

from unionoffice.domain.competitions.ranking import DecisionMode, TieFlag
from unionoffice.domain.competitions.standings import line_name
from unionoffice.services.competitions import events as ev
from unionoffice.services.competitions import labour
from unionoffice.services.competitions.decisions import decide_tie
from unionoffice.services.competitions.entries import RegisterResult, register_entrants
from unionoffice.services.competitions.results import ResultRow
from unionoffice.services.members.listing import MemberRow
from unionoffice.services.members.search import search_members
from unionoffice.ui.competitions.editors import save_from_dialog
from unionoffice.ui.forms.ui_labour_editor import Ui_LabourEditor
from unionoffice.ui.forms.ui_reason_dialog import Ui_ReasonDialog
from unionoffice.ui.forms.ui_referees_dialog import Ui_RefereesDialog
from unionoffice.ui.forms.ui_register_dialog import Ui_RegisterDialog
from unionoffice.ui.forms.ui_tie_dialog import Ui_TieDialog
from unionoffice.ui.shell import style, tasks
from unionoffice.ui.shell.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole


class ReasonDialog(QDialog):
    """Asks for the reason of a withdrawal, a disqualification or a reopening; `reason` after OK."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReasonDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.promptLabel.setText(prompt)
        style.mark_error(self.ui.errorLabel)
        self.ui.choiceCombo.setVisible(False)
        self.ui.choiceLabel.setVisible(False)
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.reason = ""

    def _accept(self) -> None:
        self.reason = self.ui.reasonEdit.text().strip()
        if not self.reason:
            style.set_visible_text(self.ui.errorLabel, self.tr("Please give a reason."))
            return
        self.accept()


class TieDialog(QDialog):
    """A reviewer's decision on one tie at a line: all on the better side, or an order; always with a reason."""

    def __init__(self, ctx: AppContext, stage_id: int, flags: list[TieFlag], rows: list[ResultRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.stage_id = ctx, stage_id
        self.ui = Ui_TieDialog()
        self.ui.setupUi(self)
        style.mark_error(self.ui.errorLabel)
        self.entry_ids = sorted(flags[0].entry_ids)
        by_entry = {r.entry_id: r for r in rows}
        names = "、".join(f"{by_entry[e].name}（{by_entry[e].entry_no}）" for e in self.entry_ids if e in by_entry)
        self.ui.promptLabel.setText(self.tr("%1 share place %2 with equal total, practical and theory scores. The "
                                            "tie straddles: %3.").replace("%1", names)
                                    .replace("%2", str(flags[0].rank))
                                    .replace("%3", "、".join(f.boundary.label for f in flags)))
        for flag in flags:
            item = QListWidgetItem(line_name(flag.boundary.key), self.ui.lineList)
            item.setData(ID_ROLE, flag.boundary.key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        for entry_id in self.entry_ids:
            row = by_entry.get(entry_id)
            item = QListWidgetItem(f"{row.entry_no}　{row.name}　{row.unit}" if row else str(entry_id),
                                   self.ui.orderList)
            item.setData(ID_ROLE, entry_id)
        self.ui.upButton.clicked.connect(lambda: self._move(-1))
        self.ui.downButton.clicked.connect(lambda: self._move(1))
        self.ui.shareRadio.toggled.connect(self._mode_changed)
        self._mode_changed()
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _mode_changed(self) -> None:
        share = self.ui.shareRadio.isChecked()
        self.ui.lineList.setEnabled(share)
        for widget in (self.ui.orderList, self.ui.upButton, self.ui.downButton):
            widget.setEnabled(not share)

    def _move(self, step: int) -> None:
        view = self.ui.orderList
        row = view.currentRow()
        if row < 0 or not 0 <= row + step < view.count():
            return
        view.insertItem(row + step, view.takeItem(row))
        view.setCurrentRow(row + step)

    def save(self) -> None:
        ui, db, actor = self.ui, self.ctx.db, self.ctx.actor
        reason, stage, ids = ui.reasonEdit.text(), self.stage_id, self.entry_ids
        if ui.shareRadio.isChecked():
            lines = [ui.lineList.item(i).data(ID_ROLE) for i in range(ui.lineList.count())
                     if ui.lineList.item(i).checkState() == Qt.CheckState.Checked]
            if not lines:
                style.set_visible_text(ui.errorLabel, self.tr("Tick at least one line."))
                return
            save_from_dialog(self, lambda: decide_tie(db, actor, stage, ids, DecisionMode.SHARE, reason,
                                                      boundaries=lines), ui.errorLabel)
            return
        order = [ui.orderList.item(i).data(ID_ROLE) for i in range(ui.orderList.count())]
        save_from_dialog(self, lambda: decide_tie(db, actor, stage, ids, DecisionMode.ORDER, reason, order=order),
                         ui.errorLabel)


class RegisterDialog(QDialog):
    """Find members (as the member search finds them) and register them in the event; `result` after OK."""

    def __init__(self, ctx: AppContext, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.event_id = ctx, event_id
        self.ui = Ui_RegisterDialog()
        self.ui.setupUi(self)
        style.mark_error(self.ui.errorLabel)
        self.result_text = ""
        self._search_task: tasks.Task | None = None
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.search)
        self.ui.searchEdit.textChanged.connect(lambda _t: self._timer.start())
        self.ui.addButton.clicked.connect(self.add)
        self.ui.foundList.itemDoubleClicked.connect(lambda _i: self.add())
        self.ui.removeButton.clicked.connect(self.remove)
        self.ui.foundList.setSelectionMode(self.ui.foundList.SelectionMode.ExtendedSelection)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._count()

    def search(self) -> None:
        text, db, actor = self.ui.searchEdit.text().strip(), self.ctx.db, self.ctx.actor
        if not text:
            self.ui.foundList.clear()
            return
        self._search_task = tasks.run_read(self, lambda: search_members(db, actor, text), self._show,
                                           replacing=self._search_task)

    def _show(self, rows: list[MemberRow]) -> None:
        self.ui.foundList.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.name}　{row.union_name}　{row.status}", self.ui.foundList)
            item.setData(ID_ROLE, row.id)

    def chosen(self) -> list[int]:
        return [self.ui.chosenList.item(i).data(ID_ROLE) for i in range(self.ui.chosenList.count())]

    def add(self) -> None:
        present = set(self.chosen())
        for item in self.ui.foundList.selectedItems() or [self.ui.foundList.currentItem()]:
            if item is not None and item.data(ID_ROLE) not in present:
                copy = QListWidgetItem(item.text(), self.ui.chosenList)
                copy.setData(ID_ROLE, item.data(ID_ROLE))
        self._count()

    def remove(self) -> None:
        for item in self.ui.chosenList.selectedItems():
            self.ui.chosenList.takeItem(self.ui.chosenList.row(item))
        self._count()

    def _count(self) -> None:
        self.ui.countLabel.setText(self.tr("%n member(s) to register", "", self.ui.chosenList.count()))

    def save(self) -> None:
        ids, db, actor, event = self.chosen(), self.ctx.db, self.ctx.actor, self.event_id
        if not ids:
            style.set_visible_text(self.ui.errorLabel, self.tr("Add the members to register first."))
            return

        def done(result: RegisterResult) -> None:
            created, skipped = result.created, result.already + result.refused
            self.result_text = self.tr("Registered: %1.").replace("%1", str(created)) + (
                self.tr(" Not registered: %1.").replace("%1", "、".join(skipped)) if skipped else "")

        save_from_dialog(self, lambda: register_entrants(db, actor, event, ids), self.ui.errorLabel, done)


class RefereesDialog(QDialog):
    """An event's referees: name, role (裁判长 / 裁判员 / 监督员), unit."""

    def __init__(self, ctx: AppContext, info: ev.EventInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.info = ctx, info
        self.ui = Ui_RefereesDialog()
        self.ui.setupUi(self)
        style.mark_error(self.ui.errorLabel)
        self.ui.eventLabel.setText(info.name)
        table = self.ui.refereesTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Unit")])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for referee in info.referees:
            self._add(referee)
        self.ui.addButton.clicked.connect(lambda: self._add(ev.RefereeDraft("", "裁判员")))
        self.ui.removeButton.clicked.connect(lambda: table.removeRow(table.currentRow()))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _add(self, referee: ev.RefereeDraft) -> None:
        table = self.ui.refereesTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(referee.name))
        role = QComboBox(table)
        role.addItems(list(ev.REFEREE_ROLES))
        role.setCurrentText(referee.role)
        table.setCellWidget(row, 1, role)
        table.setItem(row, 2, QTableWidgetItem(referee.unit))

    def save(self) -> None:
        table, db, actor, event = self.ui.refereesTable, self.ctx.db, self.ctx.actor, self.info.id
        referees = []
        for row in range(table.rowCount()):
            role = table.cellWidget(row, 1)
            assert isinstance(role, QComboBox)
            name, unit = table.item(row, 0), table.item(row, 2)
            referees.append(ev.RefereeDraft(name.text() if name else "", role.currentText(),
                                            unit.text() if unit else ""))
        save_from_dialog(self, lambda: ev.set_referees(db, actor, event, referees), self.ui.errorLabel)


class LabourEditor(QDialog):
    """A labour-and-skill competition project with its enterprises and the workers each covers."""

    def __init__(self, ctx: AppContext, project_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.project_id = ctx, project_id
        self.ui = Ui_LabourEditor()
        self.ui.setupUi(self)
        style.mark_error(self.ui.errorLabel)
        self.ui.levelCombo.addItems(list(ev.LEVELS))
        table = self.ui.enterprisesTable
        table.setColumnCount(2)
        table.setHorizontalHeaderLabels([self.tr("Enterprise"), self.tr("Workers covered")])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        draft = labour.labour_draft(ctx.db, ctx.actor, project_id) if project_id else \
            labour.LabourDraft("", "市级", date.today().year)
        ui = self.ui
        ui.nameEdit.setText(draft.name)
        ui.levelCombo.setCurrentText(draft.level)
        ui.startSpin.setValue(draft.start_year)
        ui.endSpin.setValue(draft.end_year or draft.start_year)
        ui.organisersEdit.setText(draft.organisers)
        ui.noteEdit.setText(draft.note)
        for enterprise in draft.enterprises:
            self._add(enterprise)
        ui.addButton.clicked.connect(lambda: self._add(labour.EnterpriseDraft("")))
        ui.removeButton.clicked.connect(self._remove)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._totals()

    def _remove(self) -> None:
        self.ui.enterprisesTable.removeRow(self.ui.enterprisesTable.currentRow())
        self._totals()

    def _add(self, enterprise: labour.EnterpriseDraft) -> None:
        table = self.ui.enterprisesTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(enterprise.name))
        workers = QSpinBox(table)
        workers.setRange(0, 10_000_000)
        workers.setValue(enterprise.workers)
        workers.valueChanged.connect(lambda _v: self._totals())
        table.setCellWidget(row, 1, workers)
        self._totals()

    def enterprises(self) -> tuple[labour.EnterpriseDraft, ...]:
        table, rows = self.ui.enterprisesTable, []
        for row in range(table.rowCount()):
            name, workers = table.item(row, 0), table.cellWidget(row, 1)
            assert isinstance(workers, QSpinBox)
            rows.append(labour.EnterpriseDraft(name.text() if name else "", workers.value()))
        return tuple(rows)

    def _totals(self) -> None:
        rows = self.enterprises()
        self.ui.totalsLabel.setText(self.tr("%1 enterprises · %2 workers covered").replace("%1", str(len(rows)))
                                    .replace("%2", f"{sum(r.workers for r in rows):,}"))

    def save(self) -> None:
        ui, db, actor, project = self.ui, self.ctx.db, self.ctx.actor, self.project_id
        draft = labour.LabourDraft(ui.nameEdit.text(), ui.levelCombo.currentText(), ui.startSpin.value(),
                                   ui.endSpin.value(), ui.organisersEdit.text(), ui.noteEdit.text(),
                                   self.enterprises())

        def job() -> None:
            if project is None:
                labour.create_labour_competition(db, actor, draft)
            else:
                labour.update_labour_competition(db, actor, project, draft)

        save_from_dialog(self, job, ui.errorLabel)
