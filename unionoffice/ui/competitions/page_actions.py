"""What the competitions page does to a stage: publish, make final, reopen, import a score sheet, decide ties,
withdraw or disqualify entrants, register them, and issue the award certificates and letters."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QWidget

from unionoffice.domain.competitions.ranking import EntryState
from unionoffice.services.competitions import decisions as dc
from unionoffice.services.competitions import documents as docs
from unionoffice.services.competitions import entries as en
from unionoffice.services.competitions import events as ev
from unionoffice.services.competitions import score_import as si
from unionoffice.services.core.tasks import CancelToken, Progress
from unionoffice.ui.competitions.dialogs import ReasonDialog, RefereesDialog, RegisterDialog, TieDialog
from unionoffice.ui.shell import file_dialogs, messages, tasks

# lupdate finds translate("Context", "text") calls; the context is the page's, which Qt looks up at run time.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from unionoffice.services.competitions.results import StageResults
    from unionoffice.ui.competitions.score_grid import ScorePanel
    from unionoffice.ui.forms.ui_competitions_page import Ui_CompetitionsPage
    from unionoffice.ui.shell.context import AppContext

    _Base = QWidget
else:
    _Base = object


class StageActionsMixin(_Base):
    """Mixed into CompetitionsPage; every change runs on the writer lane, the page follows it through the change hub."""

    ctx: AppContext
    ui: Ui_CompetitionsPage
    scores: ScorePanel
    current_event: ev.EventInfo | None
    stage_id: int | None
    results: StageResults | None

    if TYPE_CHECKING:  # provided by CompetitionsPage; declared for the type checker only
        def load_event(self, event_id: int, stage_id: int | None = None) -> None: ...
        def reload_tree(self, select: tuple[str, int] | None = None) -> None: ...

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.publishButton.clicked.connect(self.publish)
        ui.finaliseButton.clicked.connect(self.finalise)
        ui.reopenButton.clicked.connect(self.reopen)
        ui.importButton.clicked.connect(self.import_scores)
        ui.decideButton.clicked.connect(self.decide_tie)
        ui.removeDecisionButton.clicked.connect(self.remove_decision)
        ui.registerButton.clicked.connect(self.register)
        ui.withdrawButton.clicked.connect(lambda: self.set_state(EntryState.WITHDRAWN))
        ui.disqualifyButton.clicked.connect(lambda: self.set_state(EntryState.DISQUALIFIED))
        ui.reinstateButton.clicked.connect(lambda: self.set_state(EntryState.COMPETING))
        ui.deleteEntryButton.clicked.connect(self.delete_entry)
        ui.awardsButton.clicked.connect(self.issue_awards)

    def _stage_change(self, job: Callable[[], Any], done_text: str = "") -> None:
        """Run a change to the stage; the page follows it through the change hub (the tree's counts, the stage)."""

        def done(_result: Any) -> None:
            if done_text:
                messages.info(self, done_text)

        tasks.run_write(self, job, done)

    def _stage_label(self) -> str:
        return f"{self.current_event.name if self.current_event else ''} {self.ui.stageCombo.currentText()}"

    def publish(self) -> None:
        stage, db, actor = self.stage_id, self.ctx.db, self.ctx.actor
        text = translate("CompetitionsPage", "Publish the results of %1 for public notice? Scores can still be "
                                             "corrected during the notice.")
        if stage is None or not messages.confirm(self, text.replace("%1", self._stage_label())):
            return
        self._stage_change(lambda: dc.publish_notice(db, actor, stage))

    def finalise(self) -> None:
        stage, db, actor = self.stage_id, self.ctx.db, self.ctx.actor
        text = translate("CompetitionsPage", "Make the results of %1 final? Ranks, prizes and promotions are "
                                             "written, prize winners are recorded on their member records, and scores "
                                             "can no longer be changed.")
        if stage is None or not messages.confirm(self, text.replace("%1", self._stage_label())):
            return
        self._stage_change(lambda: dc.finalise_stage(db, actor, stage))

    def reopen(self) -> None:
        stage, db, actor = self.stage_id, self.ctx.db, self.ctx.actor
        prompt = translate("CompetitionsPage", "Reopen the final results of %1 for a revision? Prizes recorded on "
                                               "member records are withdrawn until the results are made final again.")
        dialog = ReasonDialog(translate("CompetitionsPage", "Reopen results"),
                              prompt.replace("%1", self._stage_label()), self)
        if stage is None or dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._stage_change(lambda: dc.reopen_stage(db, actor, stage, dialog.reason))

    # -- score sheet ----------------------------------------------------------------------------------------------

    def import_scores(self) -> None:
        stage, db, actor = self.stage_id, self.ctx.db, self.ctx.actor
        kinds = translate("CompetitionsPage", "Spreadsheets (*.xlsx *.xls *.csv *.txt)")
        if stage is None:
            return
        chosen = file_dialogs.open_file(self, translate("CompetitionsPage", "Import a score sheet"), kinds, "import")
        if chosen is None:
            return
        path = chosen

        def plan(replace: bool) -> Callable[[Progress, CancelToken], si.ScorePlan]:
            return lambda _p, _c: si.plan_score_import(db, actor, stage, path, replace=replace)

        def planned(result: si.ScorePlan) -> None:
            existing = [r for r in result.rejected if any("--replace" in why for _f, why in r.errors)]
            ask = translate("CompetitionsPage", "%1 row(s) would replace scores already entered. Replace them? "
                                                "(Each replacement is recorded in the audit trail.)")
            if existing and not result.replace and messages.confirm(self, ask.replace("%1", str(len(existing)))):
                tasks.run_long(self, checking, plan(True), planned, write=False)
                return
            self._commit_scores(result)

        checking = translate("CompetitionsPage", "Checking the score sheet…")
        tasks.run_long(self, checking, plan(False), planned, write=False)

    def _commit_scores(self, plan: si.ScorePlan) -> None:
        db, actor = self.ctx.db, self.ctx.actor
        rejected = plan.rejected
        valid = len(plan.rows) - len(rejected)
        report = plan.opened.table.path.with_name(plan.opened.table.path.stem + "_未导入的行.xlsx")
        if rejected:
            first = "；".join(f"{f}{why}" for f, why in rejected[0].errors)
            text = translate("CompetitionsPage", "%1 row(s) have errors (row %2: %3). Import the %4 correct row(s) "
                                                 "and save the rows with errors to %5?")
            for key, value in (("%1", len(rejected)), ("%2", rejected[0].row_number), ("%3", first), ("%4", valid),
                               ("%5", report.name)):
                text = text.replace(key, str(value))
            if not valid:
                none = translate("CompetitionsPage", "No row of the sheet can be imported: %1")
                messages.warning(self, none.replace("%1", first))
                return
            if not messages.confirm(self, text):
                return

        def job(_progress: Progress, _cancel: CancelToken) -> si.ScoreImportResult:
            if rejected:
                si.write_score_errors(plan, report)
            return si.commit_score_import(db, actor, plan, valid_only=bool(rejected))

        def done(result: si.ScoreImportResult) -> None:
            messages.info(self, translate("CompetitionsPage", "Score sheet imported: %1").replace("%1", result.summary))

        tasks.run_long(self, translate("CompetitionsPage", "Importing scores…"), job, done, write=True)

    # -- ties -----------------------------------------------------------------------------------------------------

    def decide_tie(self) -> None:
        results, stage = self.results, self.stage_id
        if results is None or stage is None:
            return
        index = self.ui.resultsView.currentIndex()
        row = results.rows[index.row()] if index.isValid() else None
        flags = [f for f in results.outcome.flags if row is not None and row.entry_id in f.entry_ids]
        if not flags:
            groups = {f.entry_ids for f in results.outcome.flags}
            if len(groups) != 1:
                messages.info(self, translate("CompetitionsPage",
                                              "Select one of the entrants whose tie is to be decided."))
                return
            flags = list(results.outcome.flags)
        same = [f for f in flags if f.entry_ids == flags[0].entry_ids]
        TieDialog(self.ctx, stage, same, results.rows, self).exec()  # the page follows the change hub

    def remove_decision(self) -> None:
        item = self.ui.decisionList.currentItem()
        db, actor = self.ctx.db, self.ctx.actor
        if item is None:
            messages.info(self, translate("CompetitionsPage", "Select the decision to withdraw."))
            return
        decision_id = int(item.data(Qt.ItemDataRole.UserRole))
        if messages.confirm(self, translate("CompetitionsPage",
                                            "Withdraw this decision? The tie is flagged again if it still exists.")):
            tasks.run_write(self, lambda: dc.remove_decision(db, actor, decision_id), lambda _r: None)

    # -- entrants -------------------------------------------------------------------------------------------------

    def _selected_entries(self) -> list[en.EntryRow]:
        model: Any = self.ui.entrantsView.model()
        rows = {i.row() for i in self.ui.entrantsView.selectionModel().selectedRows()}
        return [model.rows[r] for r in sorted(rows)]

    def set_state(self, state: EntryState) -> None:
        people, model = self._selected_entries(), self.scores.model
        if not people or model is None:
            messages.info(self, translate("CompetitionsPage", "Select the entrants first."))
            return
        sheet = model.sheet
        result_of = dict(zip(sheet.entry_ids, sheet.result_ids, strict=True))
        missing = [p.name for p in people if p.entry_id not in result_of]
        if missing:
            text = translate("CompetitionsPage", "Not in this stage: %1")
            messages.info(self, text.replace("%1", "、".join(missing)))
            return
        reason = ""
        if state is not EntryState.COMPETING:
            names = "、".join(p.name for p in people)
            dialog = ReasonDialog(state.value, translate("CompetitionsPage", "%1 in %2: %3").replace("%1", state.value)
                                  .replace("%2", self._stage_label()).replace("%3", names), self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            reason = dialog.reason
        db, actor = self.ctx.db, self.ctx.actor
        ids = [result_of[p.entry_id] for p in people]

        def job() -> None:
            for result_id in ids:
                en.set_entry_state(db, actor, result_id, state, reason)

        self._stage_change(job)

    def delete_entry(self) -> None:
        people = self._selected_entries()
        db, actor = self.ctx.db, self.ctx.actor
        if len(people) != 1:
            messages.info(self, translate("CompetitionsPage", "Select one entrant."))
            return
        text = translate("CompetitionsPage", "Delete the registration %1 of %2? Only a registration made by "
                                             "mistake, without scores, can be deleted.")
        if messages.confirm(self, text.replace("%1", people[0].entry_no).replace("%2", people[0].name)):
            entry = people[0].entry_id
            self._stage_change(lambda: en.delete_entry(db, actor, entry))

    def register(self) -> None:
        if self.current_event is None:
            return
        dialog = RegisterDialog(self.ctx, self.current_event.id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:  # the page has followed the change hub
            messages.info(self, dialog.result_text)

    def edit_referees(self) -> None:
        info = self.current_event
        if info is not None:
            RefereesDialog(self.ctx, info, self).exec()  # the page follows the change hub

    # -- documents ------------------------------------------------------------------------------------------------

    def issue_awards(self) -> None:
        competition: int | None = getattr(self, "competition_id", None)
        db, actor = self.ctx.db, self.ctx.actor
        if competition is None:
            return
        chosen = file_dialogs.choose_folder(
            self, translate("CompetitionsPage", "Folder for the award certificates and letters"), "certificates")
        if chosen is None:
            return
        folder = str(chosen)

        def job(progress: Progress, cancel: CancelToken) -> tuple[docs.AwardIssue, list[Path]]:
            issue = docs.issue_awards(db, actor, competition)
            return issue, docs.print_awards(db, actor, issue, Path(folder), progress=progress, cancel=cancel)

        def done(result: tuple[docs.AwardIssue, list[Path]]) -> None:
            issue, paths = result
            text = translate("CompetitionsPage",
                             "%1 award certificate(s) and %2 letter(s) (%3 newly issued) saved to %4.")
            for key, value in (("%1", len(issue.certificate_ids.get("award", []))),
                               ("%2", len(issue.certificate_ids.get("award-letter", []))),
                               ("%3", sum(issue.new.values())), ("%4", "、".join(p.name for p in paths))):
                text = text.replace(key, str(value))
            not_final = translate("CompetitionsPage", "Not yet final: %1")
            changed = translate("CompetitionsPage", "Prize changed since issuing: %1")
            notes = [not_final.replace("%1", "、".join(issue.not_final))] if issue.not_final else []
            notes += [changed.replace("%1", o) for o in issue.outdated]
            messages.info(self, "\n".join([text, *notes]))

        label = translate("CompetitionsPage", "Issuing and printing award documents…")
        tasks.run_long(self, label, job, done, write=True)
