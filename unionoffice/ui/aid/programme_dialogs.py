"""The administrator's editors: a programme, its Golden Autumn tiers, its rules (with the policy text each cites),
and the year's local standards with the office's working-day overrides."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.domain.aid.hardship import Standard
from unionoffice.domain.aid.kinds import ProgrammeType, SchoolLevel, Tier
from unionoffice.domain.aid.money import format_yuan, parse_yuan
from unionoffice.domain.aid.rules import KIND_HELP, Rule, RuleKind
from unionoffice.domain.common.errors import UnionOfficeError, ValidationError
from unionoffice.services.aid import programmes as pg
from unionoffice.services.aid import rules as ru
from unionoffice.services.aid import standards as sd
from unionoffice.ui.aid.widgets import MoneyEdit, date_edit, pydate
from unionoffice.ui.shell import style, tasks
from unionoffice.ui.shell.context import AppContext


class _Editor(QDialog):
    """OK saves through the writer; a refusal shows under the fields and keeps the dialog open."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.body = QVBoxLayout(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        style.mark_error(self.error)
        self.error.hide()

    def finish(self) -> None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.body.addWidget(self.error)
        self.body.addWidget(buttons)

    def save(self) -> None:
        raise NotImplementedError

    def run(self, job: object) -> None:
        def failed(exc: BaseException, _trace: str) -> None:
            style.set_visible_text(self.error, exc.message if isinstance(exc, UnionOfficeError) else str(exc))

        tasks.run_write(self, job, lambda _r: self.accept(), failed)  # type: ignore[arg-type]


class ProgrammeDialog(_Editor):
    def __init__(self, ctx: AppContext, programme: pg.ProgrammeRow | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Aid programme"), parent)
        self.ctx, self.programme = ctx, programme
        draft = programme.draft if programme else pg.ProgrammeDraft(date.today().year, ProgrammeType.GOLDEN_AUTUMN,
                                                                      "", 0)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(draft.year)
        self.kind = QComboBox(self)
        for kind in ProgrammeType:
            self.kind.addItem(kind.value, kind.value)
        self.kind.setCurrentIndex(self.kind.findData(draft.type.value))
        self.kind.setEnabled(programme is None)
        self.name = QLineEdit(draft.name, self)
        self.budget = MoneyEdit(draft.budget_fen, self)
        self.days = QSpinBox(self)
        self.days.setRange(0, 60)
        self.days.setValue(draft.publicity_days)
        self.contact = QLineEdit(draft.objection_contact, self)
        self.note = QLineEdit(draft.note, self)
        self.closed = QCheckBox(self.tr("Closed: no new applications"), self)
        self.closed.setChecked(draft.closed)
        form = QFormLayout()
        for label, widget in ((self.tr("Year:"), self.year), (self.tr("Type:"), self.kind),
                              (self.tr("Name:"), self.name), (self.tr("Budget (yuan):"), self.budget),
                              (self.tr("Publicity (working days, 0 = none):"), self.days),
                              (self.tr("Objections to:"), self.contact), (self.tr("Note:"), self.note)):
            form.addRow(label, widget)
        form.addRow("", self.closed)
        self.body.addLayout(form)
        self.finish()
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        try:
            draft = pg.ProgrammeDraft(self.year.value(), ProgrammeType(self.kind.currentData()), self.name.text(),
                                      self.budget.fen("预算"), self.days.value(), self.contact.text(),
                                      self.note.text(), self.closed.isChecked())
        except ValidationError as exc:
            style.set_visible_text(self.error, exc.message)
            return
        if self.programme is None:
            self.run(lambda: pg.create_programme(self.ctx.db, self.ctx.actor, draft))
        else:
            pid = self.programme.id
            self.run(lambda: pg.update_programme(self.ctx.db, self.ctx.actor, pid, draft))


class TiersDialog(_Editor):
    """Amounts by school level (rows) × tier (columns); an empty cell means the combination is not funded."""

    def __init__(self, ctx: AppContext, programme: pg.ProgrammeRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Golden Autumn amounts") + f" — {programme.name}", parent)
        self.ctx, self.programme = ctx, programme
        self.levels, self.tiers = [s.value for s in SchoolLevel], [t.value for t in Tier]
        self.grid = QTableWidget(len(self.levels), len(self.tiers), self)
        self.grid.setVerticalHeaderLabels(self.levels)
        self.grid.setHorizontalHeaderLabels(self.tiers)
        current = pg.programme_tiers(ctx.db, ctx.actor, programme.id)
        for r, level in enumerate(self.levels):
            for c, tier in enumerate(self.tiers):
                amount = current.get((level, tier))
                item = QTableWidgetItem("" if amount is None else format_yuan(amount))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.grid.setItem(r, c, item)
        self.body.addWidget(QLabel(self.tr("Yuan per child; leave a cell empty when it is not funded."), self))
        self.body.addWidget(self.grid)
        self.finish()
        self.resize(560, 320)

    def save(self) -> None:
        tiers: dict[tuple[str, str], int] = {}
        try:
            for r, level in enumerate(self.levels):
                for c, tier in enumerate(self.tiers):
                    item = self.grid.item(r, c)
                    text = item.text().strip() if item else ""
                    if text:
                        tiers[(level, tier)] = parse_yuan(text, field=f"{level}·{tier}")
        except ValidationError as exc:
            style.set_visible_text(self.error, exc.message)
            return
        pid = self.programme.id
        self.run(lambda: pg.save_tiers(self.ctx.db, self.ctx.actor, pid, tiers))


RULE_COLUMNS = ("kind", "policy", "amount", "months", "flag", "values")


class RulesDialog(_Editor):
    """One row per rule: kind, the policy text it cites, a cap (yuan or months of 低保), the flag and parameters."""

    def __init__(self, ctx: AppContext, programme: pg.ProgrammeRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Eligibility rules") + f" — {programme.name}", parent)
        self.ctx, self.programme = ctx, programme
        self.grid = QTableWidget(0, len(RULE_COLUMNS), self)
        self.grid.setHorizontalHeaderLabels([self.tr("Rule"), self.tr("Policy text quoted in refusals"),
                                             self.tr("Cap (yuan)"), self.tr("Cap (months of 低保)"),
                                             self.tr("Allowed (flag)"), self.tr("Parameters (、)")])
        self.grid.horizontalHeader().setStretchLastSection(True)
        self.grid.setColumnWidth(0, 150)
        self.grid.setColumnWidth(1, 330)
        for rule in ru.programme_rules(ctx.db, ctx.actor, programme.id):
            self.add_row(rule)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.grid.currentCellChanged.connect(lambda row, _c, _r, _p: self.show_help(row))
        add, remove = QPushButton(self.tr("Add rule"), self), QPushButton(self.tr("Remove rule"), self)
        add.clicked.connect(lambda: self.add_row(Rule(RuleKind.ACTIVE_MEMBER, "")))
        remove.clicked.connect(lambda: self.grid.removeRow(self.grid.currentRow()))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        self.body.addWidget(self.grid, 1)
        self.body.addWidget(self.help)
        self.body.addLayout(row)
        self.finish()
        self.resize(980, 460)

    def add_row(self, rule: Rule) -> None:
        row = self.grid.rowCount()
        self.grid.insertRow(row)
        kind = QComboBox(self.grid)
        for k in RuleKind:
            kind.addItem(k.value, k.value)
        kind.setCurrentIndex(kind.findData(rule.kind.value))
        kind.currentIndexChanged.connect(lambda _i: self.show_help(self.grid.currentRow()))
        self.grid.setCellWidget(row, 0, kind)
        flag = QCheckBox(self.grid)
        flag.setChecked(rule.flag)
        self.grid.setCellWidget(row, 4, flag)
        texts = (rule.policy, "" if rule.amount_fen is None else format_yuan(rule.amount_fen),
                 "" if rule.dibao_months is None else str(rule.dibao_months), "", ru.SEPARATOR.join(rule.values))
        for column, text in zip((1, 2, 3, 4, 5), texts, strict=True):
            if column != 4:
                self.grid.setItem(row, column, QTableWidgetItem(text))

    def show_help(self, row: int) -> None:
        combo = self.grid.cellWidget(row, 0) if row >= 0 else None
        if isinstance(combo, QComboBox):
            self.help.setText(KIND_HELP[RuleKind(combo.currentData())])

    def _text(self, row: int, column: int) -> str:
        item = self.grid.item(row, column)
        return item.text().strip() if item else ""

    def rules(self) -> list[Rule]:
        out = []
        for row in range(self.grid.rowCount()):
            combo, flag = self.grid.cellWidget(row, 0), self.grid.cellWidget(row, 4)
            assert isinstance(combo, QComboBox)
            assert isinstance(flag, QCheckBox)
            amount, months = self._text(row, 2), self._text(row, 3)
            if months and not months.isdigit():
                raise ValidationError(f"第 {row + 1} 条的低保月数应为整数", field="上限")
            out.append(Rule(RuleKind(combo.currentData()), self._text(row, 1),
                            parse_yuan(amount, field="上限") if amount else None, int(months) if months else None,
                            flag.isChecked(), tuple(v for v in self._text(row, 5).split(ru.SEPARATOR) if v)))
        return out

    def save(self) -> None:
        try:
            rules = self.rules()
        except ValidationError as exc:
            style.set_visible_text(self.error, exc.message)
            return
        pid = self.programme.id
        self.run(lambda: ru.save_rules(self.ctx.db, self.ctx.actor, pid, rules))


class QuotasDialog(_Editor):
    """Places per grassroots union in a programme; an empty cell means no limit for that union."""

    def __init__(self, ctx: AppContext, programme: pg.ProgrammeRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Quotas by grassroots union") + f" — {programme.name}", parent)
        self.ctx, self.programme = ctx, programme
        from unionoffice.services.members.organisations import organisation_tree

        current = {q.union_id: q for q in pg.programme_quotas(ctx.db, ctx.actor, programme.id)}
        self.unions = [(n.id, n.name) for n in organisation_tree(ctx.db, ctx.actor) if n.kind == "grassroots"]
        self.grid = QTableWidget(len(self.unions), 3, self)
        self.grid.setHorizontalHeaderLabels([self.tr("Grassroots union"), self.tr("Places"), self.tr("Used")])
        for row, (union_id, name) in enumerate(self.unions):
            quota = current.get(union_id)
            self.grid.setItem(row, 0, QTableWidgetItem(name))
            self.grid.setItem(row, 1, QTableWidgetItem("" if quota is None else str(quota.places)))
            self.grid.setItem(row, 2, QTableWidgetItem("" if quota is None else str(quota.used)))
        self.grid.setColumnWidth(0, 320)
        self.body.addWidget(QLabel(self.tr("Leave a union empty when it has no limit."), self))
        self.body.addWidget(self.grid, 1)
        self.finish()
        self.resize(560, 480)

    def save(self) -> None:
        places: dict[int, int] = {}
        for row, (union_id, name) in enumerate(self.unions):
            item = self.grid.item(row, 1)
            text = item.text().strip() if item else ""
            if not text:
                continue
            if not text.isdigit():
                style.set_visible_text(self.error, f"「{name}」的名额应为整数")
                return
            places[union_id] = int(text)
        pid = self.programme.id
        self.run(lambda: pg.save_quotas(self.ctx.db, self.ctx.actor, pid, places))


class StandardsDialog(_Editor):
    """The year's 低保 and hardship ceilings, and a day the office declares a working or a rest day."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Local standards"), parent)
        self.ctx = ctx
        known = {s.year: s for s in sd.list_standards(ctx.db, ctx.actor)}
        year = date.today().year
        current = known.get(year) or next(iter(known.values()), None)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(current.year if current else year)
        self.dibao = MoneyEdit(current.dibao_fen if current else None, self)
        self.relative = QSpinBox(self)
        self.accident = QSpinBox(self)
        for spin, value in ((self.relative, current.relative_permille if current else 1500),
                            (self.accident, current.accident_permille if current else 2000)):
            spin.setRange(1000, 5000)
            spin.setSingleStep(50)
            spin.setSuffix(" ‰")
            spin.setValue(value)
        form = QFormLayout()
        form.addRow(self.tr("Year:"), self.year)
        form.addRow(self.tr("Minimum living allowance 低保 (yuan a month):"), self.dibao)
        form.addRow(self.tr("Relative hardship up to (‰ of 低保):"), self.relative)
        form.addRow(self.tr("Accident-caused hardship up to (‰ of 低保):"), self.accident)
        self.body.addLayout(form)
        self.day = date_edit(None, self)
        self.workday = QComboBox(self)
        self.workday.addItem(self.tr("Working day"), True)
        self.workday.addItem(self.tr("Rest day"), False)
        self.workday.addItem(self.tr("As the holiday calendar says"), None)
        self.day_note = QLineEdit(self)
        day_row = QHBoxLayout()
        for widget in (self.day, self.workday, self.day_note):
            day_row.addWidget(widget)
        set_day = QPushButton(self.tr("Set day"), self)
        set_day.clicked.connect(self.set_day)
        day_row.addWidget(set_day)
        coverage = QLabel(sd.calendar_coverage(), self)
        coverage.setWordWrap(True)
        self.days = QLabel(self)
        self.days.setWordWrap(True)
        self.body.addWidget(QLabel(self.tr("Working days for publicity (公示):"), self))
        self.body.addWidget(coverage)
        self.body.addLayout(day_row)
        self.body.addWidget(self.days)
        self.show_days()
        self.finish()
        self.resize(620, self.sizeHint().height())

    def show_days(self) -> None:
        days = sd.calendar_days(self.ctx.db, self.ctx.actor)
        self.days.setText("；".join(f"{d.day}{'上班' if d.is_workday else '休息'}{d.note}" for d in days[-12:]))

    def set_day(self) -> None:
        day, work, note = pydate(self.day.date()), self.workday.currentData(), self.day_note.text()
        tasks.run_write(self, lambda: sd.set_calendar_day(self.ctx.db, self.ctx.actor, day, work, note),
                        lambda _r: self.show_days())

    def save(self) -> None:
        try:
            standard = Standard(self.year.value(), self.dibao.fen("低保标准"), self.relative.value(),
                                self.accident.value())
        except ValidationError as exc:
            style.set_visible_text(self.error, exc.message)
            return
        self.run(lambda: sd.save_standard(self.ctx.db, self.ctx.actor, standard))
