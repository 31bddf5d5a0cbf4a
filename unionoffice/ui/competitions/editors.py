"""Editors of the competitions page: a competition, an event (stages, weights, prize bands), the office settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QLabel, QSpinBox, QTableWidgetItem, QWidget

from unionoffice.domain.common.errors import UnionOfficeError
from unionoffice.domain.competitions.grades import GradeRule
from unionoffice.domain.competitions.prizes import DEFAULT_BANDS, BandMode, PrizeBand
from unionoffice.domain.competitions.standings import AdvanceMode
from unionoffice.services.competitions import events as ev
from unionoffice.services.competitions.settings import (
    CompetitionSettings,
    competition_settings,
    save_competition_settings,
)
from unionoffice.ui.forms.ui_competition_editor import Ui_CompetitionEditor
from unionoffice.ui.forms.ui_competition_settings_dialog import Ui_CompetitionSettingsDialog
from unionoffice.ui.forms.ui_event_editor import Ui_EventEditor
from unionoffice.ui.shell import style, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.i18n import QT_TRANSLATE_NOOP
from unionoffice.ui.shell.task_feedback import report_failure

T = TypeVar("T")


def save_from_dialog(dialog: QDialog, job: Callable[[], T], error_label: QLabel,
                     done: Callable[[T], None] | None = None) -> None:
    """Run a dialog's save on the writer lane; a refusal shows beside the buttons, the dialog closes on success."""

    def finished(result: T) -> None:
        if done is not None:
            done(result)
        dialog.accept()

    def failed(exc: BaseException, trace: str) -> None:
        if isinstance(exc, UnionOfficeError):
            style.set_visible_text(error_label, exc.message)
        else:
            report_failure(dialog, exc, trace)

    tasks.run_write(dialog, job, finished, failed)


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def from_date(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class CompetitionEditor(QDialog):
    """New or existing competition; `saved_id` after OK."""

    def __init__(self, ctx: AppContext, info: ev.CompetitionInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.info = ctx, info
        self.saved_id: int | None = info.id if info else None
        self.ui = Ui_CompetitionEditor()
        self.ui.setupUi(self)
        style.mark_error(self.ui.errorLabel)
        self.ui.levelCombo.addItems(list(ev.LEVELS))
        draft = info.draft() if info else ev.CompetitionDraft("", "区县级", date.today().year)
        self.ui.nameEdit.setText(draft.name)
        self.ui.levelCombo.setCurrentText(draft.level)
        self.ui.yearSpin.setValue(draft.year)
        self.ui.organisersEdit.setText(draft.organisers)
        self.ui.placeEdit.setText(draft.award_place)
        self.ui.deadlineCheck.setChecked(draft.award_deadline is not None)
        self.ui.deadlineEdit.setDate(from_date(draft.award_deadline or date.today()))
        self.ui.deadlineEdit.setEnabled(draft.award_deadline is not None)
        self.ui.deadlineCheck.toggled.connect(self.ui.deadlineEdit.setEnabled)
        self.ui.noteEdit.setPlainText(draft.note)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def draft(self) -> ev.CompetitionDraft:
        ui = self.ui
        deadline = to_date(ui.deadlineEdit.date()) if ui.deadlineCheck.isChecked() else None
        return ev.CompetitionDraft(ui.nameEdit.text(), ui.levelCombo.currentText(), ui.yearSpin.value(),
                                   ui.organisersEdit.text(), ui.placeEdit.text(), deadline, ui.noteEdit.toPlainText())

    def save(self) -> None:
        db, actor, draft, info = self.ctx.db, self.ctx.actor, self.draft(), self.info

        def job() -> int:
            if info is None:
                return ev.create_competition(db, actor, draft)
            ev.update_competition(db, actor, info.id, draft)
            return info.id

        save_from_dialog(self, job, self.ui.errorLabel, self._saved)

    def _saved(self, competition_id: int) -> None:
        self.saved_id = competition_id


_MODES = ((AdvanceMode.RANK, QT_TRANSLATE_NOOP("EventEditor", "By rank in the event")),
          (AdvanceMode.QUOTA, QT_TRANSLATE_NOOP("EventEditor", "By each union's quota")))
BAND_NAME, BAND_MODE, BAND_VALUE, BAND_EXPERT, BAND_MERIT = range(5)


class EventEditor(QDialog):
    """An event: trade, weights (the housing ministry's cap is checked by the service), stages, prize bands."""

    def __init__(self, ctx: AppContext, competition_id: int, info: ev.EventInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.competition_id, self.info = ctx, competition_id, info
        self.saved_id: int | None = info.id if info else None
        self.ui = Ui_EventEditor()
        self.ui.setupUi(self)
        style.mark_error(self.ui.errorLabel)
        settings = competition_settings(ctx.db, ctx.actor)
        for combo in (self.ui.prelimModeCombo, self.ui.semiModeCombo):
            for mode, text in _MODES:
                combo.addItem(self.tr(text), mode.value)
        self._bands_table()
        self.ui.theorySpin.valueChanged.connect(self._practical)
        self.ui.addBandButton.clicked.connect(lambda: self._add_band(PrizeBand("", BandMode.COUNT, 1)))
        self.ui.removeBandButton.clicked.connect(self._remove_band)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        draft = info.draft() if info else ev.EventDraft("", theory_pct=settings.default_theory_pct,
                                                        grade_places=settings.grade_places,
                                                        stages=(ev.StageDraft("预赛", AdvanceMode.RANK, 30),
                                                                ev.StageDraft("决赛")))
        self._load(draft)

    def _bands_table(self) -> None:
        table = self.ui.bandsTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([self.tr("Prize"), self.tr("By"), self.tr("Places or %"),
                                         self.tr("Recommend for 技术能手"), self.tr("Merit award")])
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)

    def _add_band(self, band: PrizeBand) -> None:
        table = self.ui.bandsTable
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, BAND_NAME, QTableWidgetItem(band.name))
        mode = QComboBox(table)
        mode.addItem(self.tr("Number of places"), BandMode.COUNT.value)
        mode.addItem(self.tr("Share of the ranked (%)"), BandMode.SHARE.value)
        mode.setCurrentIndex(mode.findData(band.mode.value))
        table.setCellWidget(row, BAND_MODE, mode)
        value = QSpinBox(table)
        value.setRange(0, 100_000)
        value.setValue(band.value)
        table.setCellWidget(row, BAND_VALUE, value)
        for column, checked in ((BAND_EXPERT, band.recommend_expert), (BAND_MERIT, band.merit)):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            table.setItem(row, column, item)

    def _remove_band(self) -> None:
        row = self.ui.bandsTable.currentRow()
        if row >= 0:
            self.ui.bandsTable.removeRow(row)

    def _bands(self) -> tuple[PrizeBand, ...]:
        table, bands = self.ui.bandsTable, []
        for row in range(table.rowCount()):
            name = table.item(row, BAND_NAME)
            mode, value = table.cellWidget(row, BAND_MODE), table.cellWidget(row, BAND_VALUE)
            assert isinstance(mode, QComboBox)
            assert isinstance(value, QSpinBox)
            checked = [table.item(row, c).checkState() == Qt.CheckState.Checked for c in (BAND_EXPERT, BAND_MERIT)]
            bands.append(PrizeBand(name.text() if name else "", BandMode(mode.currentData()), value.value(), *checked))
        return tuple(bands)

    def _practical(self, theory: int) -> None:
        self.ui.practicalLabel.setText(self.tr("Practical %1 %").replace("%1", str(100 - theory)))

    def _load(self, draft: ev.EventDraft) -> None:
        ui = self.ui
        ui.tradeEdit.setText(draft.trade)
        ui.nameEdit.setText("" if draft.name == draft.trade else draft.name)
        ui.theorySpin.setValue(draft.theory_pct or 0)
        self._practical(ui.theorySpin.value())
        ui.housingCheck.setChecked(draft.housing_ministry)
        ui.timedCheck.setChecked(draft.uses_time)
        ui.gradeSpin.setValue(draft.grade_places or 0)
        stages = {s.name: s for s in draft.stages}
        for name, check, mode, places, when in (("预赛", ui.prelimCheck, ui.prelimModeCombo, ui.prelimPlacesSpin,
                                                 ui.prelimDateEdit),
                                                ("复赛", ui.semiCheck, ui.semiModeCombo, ui.semiPlacesSpin,
                                                 ui.semiDateEdit)):
            stage = stages.get(name)
            check.setChecked(stage is not None)
            mode.setCurrentIndex(max(0, mode.findData(stage.advance_mode.value if stage and stage.advance_mode
                                                      else AdvanceMode.RANK.value)))
            places.setValue(stage.advance_places if stage and stage.advance_places else 30)
            when.setDate(from_date(stage.held_on if stage and stage.held_on else date.today()))
        final = stages.get("决赛")
        ui.finalDateEdit.setDate(from_date(final.held_on if final and final.held_on else date.today()))
        for band in draft.bands or DEFAULT_BANDS:
            self._add_band(band)

    def draft(self) -> ev.EventDraft:
        ui = self.ui
        stages = [ev.StageDraft(name, AdvanceMode(mode.currentData()), places.value(), to_date(when.date()))
                  for name, check, mode, places, when in (
                      ("预赛", ui.prelimCheck, ui.prelimModeCombo, ui.prelimPlacesSpin, ui.prelimDateEdit),
                      ("复赛", ui.semiCheck, ui.semiModeCombo, ui.semiPlacesSpin, ui.semiDateEdit))
                  if check.isChecked()]
        stages.append(ev.StageDraft("决赛", held_on=to_date(ui.finalDateEdit.date())))
        return ev.EventDraft(ui.tradeEdit.text(), ui.nameEdit.text(), ui.theorySpin.value(),
                             ui.housingCheck.isChecked(), ui.timedCheck.isChecked(), ui.gradeSpin.value(),
                             tuple(stages), self._bands())

    def save(self) -> None:
        db, actor, draft, info, competition = self.ctx.db, self.ctx.actor, self.draft(), self.info, self.competition_id

        def job() -> int:
            if info is None:
                return ev.create_event(db, actor, competition, draft)
            ev.update_event(db, actor, info.id, draft)
            return info.id

        save_from_dialog(self, job, self.ui.errorLabel, self._saved)

    def _saved(self, event_id: int) -> None:
        self.saved_id = event_id


class SettingsDialog(QDialog):
    """The office's competition settings (administrator): default weights, the cap, the grade-step rule."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CompetitionSettingsDialog()
        self.ui.setupUi(self)
        style.mark_error(self.ui.errorLabel)
        current = competition_settings(ctx.db, ctx.actor)
        for rule, text in ((GradeRule.ONE_STEP, self.tr("One grade up for the first N of each event")),
                           (GradeRule.BY_PRIZE, self.tr("By prize: medallists to 二级 (一级 if they hold 二级), "
                                                        "merit awards to 三级"))):
            self.ui.ruleCombo.addItem(text, rule.value)
        self.ui.theorySpin.setValue(current.default_theory_pct)
        self.ui.capSpin.setValue(current.housing_cap_pct)
        self.ui.ruleCombo.setCurrentIndex(self.ui.ruleCombo.findData(current.grade_rule.value))
        self.ui.placesSpin.setValue(current.grade_places)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        ui, db, actor = self.ui, self.ctx.db, self.ctx.actor
        chosen = CompetitionSettings(ui.theorySpin.value(), ui.capSpin.value(), GradeRule(ui.ruleCombo.currentData()),
                                     ui.placesSpin.value())
        save_from_dialog(self, lambda: save_competition_settings(db, actor, chosen), ui.errorLabel)
