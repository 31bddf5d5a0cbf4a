"""The competitions page: competitions and their events, score entry, results with ties to decide, entrants,
follow-ons, and the labour-and-skill competition projects."""

from __future__ import annotations

import functools
import html
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QListWidgetItem,
    QTableView,
    QTreeWidgetItem,
    QWidget,
)

from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.competitions.standings import StageState
from unionoffice.services.competitions import entries as en
from unionoffice.services.competitions import events as ev
from unionoffice.services.competitions import followons as fo
from unionoffice.services.competitions import labour
from unionoffice.services.competitions import results as rs
from unionoffice.services.competitions.scoring import ScoreSheet, load_sheet
from unionoffice.services.core.lists import ListDocument
from unionoffice.ui.competitions.editors import CompetitionEditor, EventEditor, SettingsDialog
from unionoffice.ui.competitions.models import (
    RowsModel,
    entrant_columns,
    follow_columns,
    labour_columns,
    result_columns,
)
from unionoffice.ui.competitions.page_actions import StageActionsMixin
from unionoffice.ui.competitions.score_grid import ScorePanel
from unionoffice.ui.forms.ui_competitions_page import Ui_CompetitionsPage
from unionoffice.ui.shell import changes, style, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.widgets.list_output import ListOutputButtons
from unionoffice.ui.widgets.role_note import RoleNote
from unionoffice.ui.widgets.splitters import restore_splitters, save_splitters

KIND_ROLE = Qt.ItemDataRole.UserRole
ALL = -1
SETTINGS_GROUP = "competitions_page"
# The tree with its entrant counts, the event with its stages and entrants, labour competitions, names.
WATCHED = ("competition", "competition_event", "competition_stage", "competition_entry", "labour_competition",
           "member")


def prepare(view: QTableView, model: RowsModel[Any]) -> None:
    """Fixed widths for the short columns; the wide one (unit, project, note) takes the rest and elides, so the
    tables fit a 1024 × 768 screen without a horizontal scrollbar."""
    view.setModel(model)
    style.dense_table(view)
    for column, width in enumerate(model.widths()):
        view.setColumnWidth(column, width)
    stretch = model.stretch_column()
    if stretch is not None:
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class CompetitionsPage(StageActionsMixin, QWidget):
    """Registered in unionoffice.ui.shell.pages. The event's stage is held as a ScoreSheet by the score grid."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        actor = ctx.actor
        self.may_manage = actor.may(Permission.MANAGE_COMPETITIONS)
        self.may_decide = actor.may(Permission.DECIDE_COMPETITION_RESULTS)
        self.may_print = actor.may(Permission.PRINT_DOCUMENTS)
        self.competition_id: int | None = None
        self.current_event: ev.EventInfo | None = None
        self.stage_id: int | None = None
        self.results: rs.StageResults | None = None
        self._tasks: dict[str, tasks.Task | None] = {}
        self.ui = Ui_CompetitionsPage()
        self.ui.setupUi(self)
        self.scores = ScorePanel(ctx, self.ui.scoresTab)
        self.ui.scoresLayout.addWidget(self.scores, 1)
        self.result_model: RowsModel[rs.ResultRow] = RowsModel(result_columns(False), self)
        self.entrant_model = RowsModel(entrant_columns(), self)
        self.expert_model = RowsModel(follow_columns(False), self)
        self.grade_model = RowsModel(follow_columns(True), self)
        self.labour_model = RowsModel(labour_columns(), self)
        for view, model in ((self.ui.resultsView, self.result_model), (self.ui.entrantsView, self.entrant_model),
                            (self.ui.expertView, self.expert_model), (self.ui.gradeView, self.grade_model),
                            (self.ui.labourView, self.labour_model)):
            prepare(view, model)
        self.ui.entrantsView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.ui.resultsLayout.setStretchFactor(self.ui.resultsView, 1)
        self.ui.followBar.setStretchFactor(self.ui.followNote, 1)
        self._outputs()
        self._permissions()
        self._connect()
        tree = self.ui.competitionTree
        tree.setHeaderLabels([self.tr("Competition / event"), self.tr("Entrants")])
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # names elide, whole in the tooltip
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.splitter.setSizes([280, 920])
        restore_splitters(self, SETTINGS_GROUP)
        self.reload_tree()
        changes.watch(self, WATCHED, self._records_changed)
        changes.watch(self, ("competition_result",), self._results_changed)

    def save_state(self) -> None:
        """The tree / event split as the user left it (the main window calls this on closing)."""
        save_splitters(self, SETTINGS_GROUP)

    def _records_changed(self) -> None:
        """Competitions, events, stages or entrants changed (here, in a dialog, elsewhere): the tree with its counts,
        the event and the stage shown follow."""
        self.reload_tree()
        if self.ui.tabs.currentWidget() is self.ui.labourTab:
            self.reload_labour()

    def _results_changed(self) -> None:
        """Scores or entry states changed: a grid writing its own scores stays as it is, the figures derived from
        them (results, ranks, follow-ons) follow; otherwise the stage is loaded again."""
        if self.scores.saving:
            self._load_tab()
        else:
            self.load_stage()

    # -- set-up -------------------------------------------------------------------------------------------------

    def _outputs(self) -> None:
        ui = self.ui
        self.results_output = ListOutputButtons(self.ctx, self.describe_results, self.tr("Results"), self)
        ui.resultsBar.insertWidget(2, self.results_output)
        self.notice_output = ListOutputButtons(self.ctx, self.describe_notice, self.tr("Public notice"), self)
        self.notice_output.print_button.setText(self.tr("Print public notice…"))
        self.notice_output.export_button.setText(self.tr("Export public notice…"))
        ui.noticeBar.addWidget(self.notice_output)
        self.entrants_output = ListOutputButtons(self.ctx, self.describe_entrants, self.tr("Entrants"), self)
        ui.entrantsBar.addWidget(self.entrants_output)
        self.expert_output = ListOutputButtons(self.ctx, self.describe_experts, self.tr("Technical experts"), self)
        ui.expertBar.addWidget(self.expert_output)
        self.grade_output = ListOutputButtons(self.ctx, self.describe_grades, self.tr("Grade steps"), self)
        ui.gradeBar.addWidget(self.grade_output)
        self.labour_output = ListOutputButtons(self.ctx, lambda: labour.labour_document(self.ctx.db, self.ctx.actor),
                                               self.tr("Labour competitions"), self)
        ui.labourBar.addWidget(self.labour_output)

    def _permissions(self) -> None:
        ui = self.ui
        for widget in (ui.newCompetitionButton, ui.editButton, ui.newEventButton, ui.refereesButton, ui.importButton,
                       ui.publishButton, ui.registerButton, ui.withdrawButton, ui.disqualifyButton,
                       ui.reinstateButton, ui.deleteEntryButton, ui.newLabourButton, ui.editLabourButton):
            widget.setVisible(self.may_manage)
        for widget in (ui.finaliseButton, ui.reopenButton, ui.decideButton, ui.removeDecisionButton):
            widget.setVisible(self.may_decide)
        ui.awardsButton.setVisible(self.may_print)
        ui.settingsButton.setVisible(self.ctx.actor.may(Permission.OFFICE_SETTINGS))
        style.mark_primary(ui.publishButton if self.may_manage else ui.finaliseButton)
        # Where the role cannot do a thing (issue 14): who can, under the tree and under the stage's buttons.
        actor = self.ctx.actor
        self.manage_note = RoleNote(actor, Permission.MANAGE_COMPETITIONS,
                                    self.tr("Entering competitions, entrants and scores"), self)
        ui.listLayout.addWidget(self.manage_note)
        self.decide_note = RoleNote(actor, Permission.DECIDE_COMPETITION_RESULTS,
                                    self.tr("Deciding ties and making results final"), self)
        ui.eventLayout.insertWidget(ui.eventLayout.indexOf(ui.stageBar) + 1, self.decide_note)

    def _connect(self) -> None:
        ui = self.ui
        ui.yearCombo.currentIndexChanged.connect(lambda _i: self.reload_tree())
        ui.competitionTree.currentItemChanged.connect(lambda *_: self._tree_selected())
        ui.competitionTree.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        ui.stageCombo.currentIndexChanged.connect(lambda _i: self.load_stage())
        ui.eventTabs.currentChanged.connect(lambda _i: self._load_tab())
        ui.tabs.currentChanged.connect(lambda _i: self.reload_labour() if ui.tabs.currentWidget() is ui.labourTab
                                       else None)
        ui.newCompetitionButton.clicked.connect(self.new_competition)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.newEventButton.clicked.connect(self.new_event)
        ui.refereesButton.clicked.connect(self.edit_referees)
        ui.settingsButton.clicked.connect(lambda: SettingsDialog(self.ctx, self).exec())
        ui.newLabourButton.clicked.connect(lambda: self.edit_labour(None))
        ui.editLabourButton.clicked.connect(self.edit_selected_labour)
        ui.labourView.doubleClicked.connect(lambda _i: self.edit_selected_labour())
        self._connect_actions()

    # -- the tree -----------------------------------------------------------------------------------------------

    def reload_tree(self, select: tuple[str, int] | None = None) -> None:
        year = self.ui.yearCombo.currentData()
        db, actor = self.ctx.db, self.ctx.actor
        current = self.current_event
        keep = select or (("e", current.id) if current else ("c", self.competition_id or 0))

        def show(rows: list[ev.CompetitionInfo]) -> None:
            self._fill_years(rows)
            tree = self.ui.competitionTree
            tree.blockSignals(True)
            tree.clear()
            chosen: QTreeWidgetItem | None = None
            for c in rows:
                top = QTreeWidgetItem(tree, [f"{c.name}（{c.year}）", ""])
                top.setToolTip(0, top.text(0))
                top.setData(0, KIND_ROLE, ("c", c.id))
                if chosen is None and keep == ("c", c.id) and not c.events:
                    chosen = top  # a competition without events yet: select it, so “New event…” applies to it
                for e in c.events:
                    counts = " → ".join(str(s.entrants) for s in e.stages)
                    child = QTreeWidgetItem(top, [e.name, counts])
                    child.setToolTip(0, e.name)
                    child.setData(0, KIND_ROLE, ("e", e.id))
                    child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    chosen = child if ("e", e.id) == keep or (chosen is None and keep[0] == "c"
                                                               and keep[1] in (0, c.id)) else chosen
                top.setExpanded(True)
            tree.blockSignals(False)
            if chosen is not None:
                tree.setCurrentItem(chosen)
            self._tree_selected()

        self._tasks["tree"] = tasks.run_read(self, lambda: ev.list_competitions(
            db, actor, year=None if year in (None, ALL) else year), show, replacing=self._tasks.get("tree"))

    def _fill_years(self, rows: list[ev.CompetitionInfo]) -> None:
        combo = self.ui.yearCombo
        if combo.count():
            return
        combo.blockSignals(True)
        combo.addItem(self.tr("All years"), ALL)
        for year in sorted({c.year for c in rows} | {date.today().year}, reverse=True):
            combo.addItem(str(year), year)
        combo.blockSignals(False)

    def _tree_selected(self) -> None:
        item = self.ui.competitionTree.currentItem()
        kind, ident = item.data(0, KIND_ROLE) if item else ("", 0)
        parent = item.parent() if item else None
        self.competition_id = ident if kind == "c" else (parent.data(0, KIND_ROLE)[1] if parent else None)
        self.ui.newEventButton.setEnabled(self.competition_id is not None)
        self.ui.editButton.setEnabled(item is not None)
        self.ui.refereesButton.setEnabled(kind == "e")
        if kind == "e":  # the same event again (the tree reloaded): the stage shown stays
            same = self.current_event is not None and self.current_event.id == ident
            self.load_event(ident, self.stage_id if same else None)
        else:
            self._no_event()
        if self.ui.eventTabs.currentWidget() is self.ui.followTab:
            self.reload_follow_ons()

    def _no_event(self) -> None:
        self.current_event, self.stage_id = None, None
        self.ui.eventTitle.setText(self.tr("Choose an event on the left, or create a competition and its events."))
        self.ui.stageCombo.clear()
        self._stage_buttons(None)

    # -- event and stage ----------------------------------------------------------------------------------------

    def load_event(self, event_id: int, stage_id: int | None = None) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        self._tasks["event"] = tasks.run_read(self, lambda: ev.event_info(db, actor, event_id),
                                              functools.partial(self._show_event, stage_id=stage_id),
                                              replacing=self._tasks.get("event"))

    def _show_event(self, info: ev.EventInfo, stage_id: int | None = None) -> None:
        self.current_event = info
        top = self.tr("top %1")
        stages = " → ".join(f"{s.name} {s.entrants}" + (f"（{top.replace('%1', str(s.advance_places))}）"
                                                         if s.advance_places else "") for s in info.stages)
        details = self.tr("%1 · trade %2 · %3 · stages: %4").replace("%1", info.weights.label)\
            .replace("%2", info.trade).replace("%3", "、".join(b.describe() for b in info.bands))\
            .replace("%4", stages)
        self.ui.eventTitle.setText(f"<b>{html.escape(info.name)}</b>　{html.escape(details)}")
        self.result_model.columns = result_columns(info.uses_time)
        combo = self.ui.stageCombo
        combo.blockSignals(True)
        combo.clear()
        for stage in info.stages:
            combo.addItem(stage.name, stage.id)
        started = [s.id for s in info.stages if s.entrants]
        wanted = stage_id if stage_id is not None else (started[-1] if started else info.stages[0].id)
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        combo.blockSignals(False)
        self.load_stage()

    def load_stage(self) -> None:
        stage_id = self.ui.stageCombo.currentData()
        if self.current_event is None or stage_id is None:
            return
        self.stage_id = stage_id
        db, actor = self.ctx.db, self.ctx.actor
        self._tasks["stage"] = tasks.run_read(self, lambda: load_sheet(db, actor, stage_id), self._show_sheet,
                                              replacing=self._tasks.get("stage"))

    def _show_sheet(self, sheet: ScoreSheet) -> None:
        self.scores.set_sheet(sheet)
        self.ui.stateLabel.setText(self.tr("Results: %1").replace("%1", sheet.state.value))
        self._stage_buttons(sheet.state)
        self._load_tab()

    def _stage_buttons(self, state: StageState | None) -> None:
        ui = self.ui
        ui.publishButton.setEnabled(state is StageState.ENTERING)
        ui.finaliseButton.setEnabled(state is StageState.NOTICE)
        ui.reopenButton.setEnabled(state is StageState.FINAL)
        ui.importButton.setEnabled(state is not None and state is not StageState.FINAL)
        for widget in (ui.withdrawButton, ui.disqualifyButton, ui.reinstateButton):
            widget.setEnabled(state is not None and state is not StageState.FINAL)
        ui.registerButton.setEnabled(self.current_event is not None)
        ui.deleteEntryButton.setEnabled(self.current_event is not None)

    def _load_tab(self) -> None:
        current = self.ui.eventTabs.currentWidget()
        if current is self.ui.resultsTab:
            self.reload_results()
        elif current is self.ui.entrantsTab:
            self.reload_entrants()
        elif current is self.ui.followTab:
            self.reload_follow_ons()

    # -- tabs ---------------------------------------------------------------------------------------------------

    def reload_results(self) -> None:
        stage_id, db, actor = self.stage_id, self.ctx.db, self.ctx.actor
        if stage_id is None:
            return
        self._tasks["results"] = tasks.run_read(self, lambda: rs.stage_results(db, actor, stage_id),
                                                self._show_results, replacing=self._tasks.get("results"))

    def _show_results(self, results: rs.StageResults) -> None:
        self.results = results
        self.result_model.set_rows(results.rows)
        for column, width in enumerate(self.result_model.widths()):
            self.ui.resultsView.setColumnWidth(column, width)
        outcome = results.outcome
        text = self.tr("%1 ranked · %2 without both scores · %3 tie(s) at a line to decide")
        ties = len({f.entry_ids for f in outcome.flags})
        for key, value in (("%1", outcome.ranked_count), ("%2", results.unscored), ("%3", ties)):
            text = text.replace(key, str(value))
        self.ui.resultsSummary.setText(text)
        if ties:
            style.mark_warning(self.ui.resultsSummary)
        else:
            self.ui.resultsSummary.setStyleSheet("")
        self.ui.decisionList.clear()
        for decision in results.decisions:
            item = QListWidgetItem(f"{decision.decided_at:%Y-%m-%d} {decision.decided_by}：{decision.text}",
                                   self.ui.decisionList)
            item.setData(KIND_ROLE, decision.id)
        self.ui.decideButton.setEnabled(bool(ties) and results.sheet.state is not StageState.FINAL)
        self.ui.removeDecisionButton.setEnabled(bool(results.decisions)
                                                and results.sheet.state is not StageState.FINAL)

    def reload_entrants(self) -> None:
        if self.current_event is None:
            return
        event_id, db, actor = self.current_event.id, self.ctx.db, self.ctx.actor

        def show(rows: list[en.EntryRow]) -> None:
            self.entrant_model.set_rows(rows)
            self.ui.entrantsCount.setText(self.tr("%n entrant(s)", "", len(rows)))

        self._tasks["entrants"] = tasks.run_read(self, lambda: en.event_entries(db, actor, event_id), show,
                                                 replacing=self._tasks.get("entrants"))

    def reload_follow_ons(self) -> None:
        competition, db, actor = self.competition_id, self.ctx.db, self.ctx.actor
        if competition is None:
            self.expert_model.set_rows([])
            self.grade_model.set_rows([])
            return

        def show(lists: tuple[list[fo.FollowOnRow], list[fo.FollowOnRow]]) -> None:
            self.expert_model.set_rows(lists[0])
            self.grade_model.set_rows(lists[1])

        self._tasks["follow"] = tasks.run_read(self, lambda: (fo.expert_recommendations(db, actor, competition),
                                                              fo.grade_steps(db, actor, competition)), show,
                                               replacing=self._tasks.get("follow"))

    def reload_labour(self) -> None:
        db, actor = self.ctx.db, self.ctx.actor

        def show(rows: list[labour.LabourRow]) -> None:
            self.labour_model.set_rows(rows)
            text = self.tr("%1 project(s) · %2 enterprises · %3 workers covered")
            for key, value in (("%1", len(rows)), ("%2", sum(r.enterprises for r in rows)),
                               ("%3", f"{sum(r.workers for r in rows):,}")):
                text = text.replace(key, str(value))
            self.ui.labourTotals.setText(text)

        self._tasks["labour"] = tasks.run_read(self, lambda: labour.list_labour_competitions(db, actor), show,
                                               replacing=self._tasks.get("labour"))

    # -- lists for printing and export --------------------------------------------------------------------------

    def _stage_or_zero(self) -> int:
        return self.stage_id or 0

    def _label(self) -> str:
        """“焊工决赛”: names the list in its title."""
        event = self.current_event
        return f"{event.name}{self.ui.stageCombo.currentText()}" if event else ""

    def describe_results(self) -> ListDocument:
        timed = self.current_event.uses_time if self.current_event else False
        return rs.results_document(self.ctx.db, self.ctx.actor, self._stage_or_zero(), label=self._label(),
                                   timed=timed)

    def describe_notice(self) -> ListDocument:
        return fo.notice_document(self.ctx.db, self.ctx.actor, self._stage_or_zero(), label=self._label())

    def describe_entrants(self) -> ListDocument:
        return en.entries_document(self.ctx.db, self.ctx.actor, self.current_event.id if self.current_event else 0)

    def describe_experts(self) -> ListDocument:
        return fo.expert_document(self.ctx.db, self.ctx.actor, self.competition_id or 0)

    def describe_grades(self) -> ListDocument:
        return fo.grade_step_document(self.ctx.db, self.ctx.actor, self.competition_id or 0)

    # -- editors ------------------------------------------------------------------------------------------------

    def new_competition(self) -> None:
        dialog = CompetitionEditor(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self.ui.yearCombo.clear()  # its year may be new
            self.reload_tree(select=("c", dialog.saved_id))  # and the new competition chosen

    def edit_selected(self) -> None:
        item = self.ui.competitionTree.currentItem()
        if item is None or not self.may_manage:
            return
        kind, ident = item.data(0, KIND_ROLE)
        db, actor = self.ctx.db, self.ctx.actor

        def edit(dialog: QDialog) -> None:
            dialog.exec()  # the page follows the change (_records_changed)

        if kind == "c":
            tasks.run_read(self, lambda: ev.competition_info(db, actor, ident),
                           lambda info: edit(CompetitionEditor(self.ctx, info, self)))
        else:
            parent = item.parent()
            assert parent is not None  # an event sits under its competition
            competition = parent.data(0, KIND_ROLE)[1]
            tasks.run_read(self, lambda: ev.event_info(db, actor, ident),
                           lambda info: edit(EventEditor(self.ctx, competition, info, self)))

    def new_event(self) -> None:
        if self.competition_id is None:
            return
        dialog = EventEditor(self.ctx, self.competition_id, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved_id is not None:
            self.reload_tree(select=("e", dialog.saved_id))

    def edit_selected_labour(self) -> None:
        index = self.ui.labourView.currentIndex()
        if index.isValid():
            self.edit_labour(self.labour_model.rows[index.row()].id)

    def edit_labour(self, project_id: int | None) -> None:
        from unionoffice.ui.competitions.dialogs import LabourEditor

        if not self.may_manage:
            return
        LabourEditor(self.ctx, project_id, self).exec()  # the page follows the change (_records_changed)
