"""The member editor: every rule checked as you type, errors beside the fields, Save only when all is valid."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidgetItem,
    QWidget,
)

from unionoffice.domain.common.errors import DuplicateError, StaleRecordError, UnionOfficeError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.members import dictionaries as d
from unionoffice.domain.members.fields import member_label
from unionoffice.domain.members.rules import MemberCheck, MemberDraft, check_member
from unionoffice.services.members.organisations import organisation_tree
from unionoffice.services.members.records import (
    MemberDetail,
    create_member,
    id_number_taken,
    member_detail,
    member_history,
    reveals_full_id,
    update_member,
)
from unionoffice.ui.forms.ui_member_editor import Ui_MemberEditor
from unionoffice.ui.members.member_tabs import MEMBER_TABS
from unionoffice.ui.shell import messages, style, tasks
from unionoffice.ui.shell.conflict_dialog import ConflictDialog, show_conflict
from unionoffice.ui.shell.context import AppContext

UnionChoice = tuple[int, str]


def union_choices(ctx: AppContext) -> list[UnionChoice]:
    return [(n.id, n.name) for n in organisation_tree(ctx.db, ctx.actor) if n.kind == "grassroots"]


def fill_union_combo(combo: QComboBox, unions: list[UnionChoice]) -> None:
    """An editable combo over hundreds of unions: type any part of the name to narrow the list."""
    combo.clear()
    for union_id, name in unions:
        combo.addItem(name, union_id)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)


def chosen_union(combo: QComboBox) -> int | None:
    index = combo.findText(combo.currentText().strip(), Qt.MatchFlag.MatchExactly)
    return combo.itemData(index) if index >= 0 else None


def load_member(ctx: AppContext, member_id: int, parent: QWidget, on_loaded: Callable[[MemberDetail], None]) -> None:
    """Read a member for the editor off the GUI thread. A plain read; for a role that sees the full ID a write,
    since that reveal is audited (its row goes through the writers' queue)."""
    run = tasks.run_write if reveals_full_id(ctx.db, ctx.actor) else tasks.run_read
    run(parent, lambda: member_detail(ctx.db, ctx.actor, member_id), on_loaded)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class MemberEditor(QDialog):
    """`member_id` None registers a new member; `saved(member_id)` is emitted after each successful save.

    The members page passes the `detail` it read with `load_member`; given only `member_id`, the editor reads it
    itself, on the calling thread."""

    saved = Signal(int)

    def __init__(self, ctx: AppContext, member_id: int | None = None, *, detail: MemberDetail | None = None,
                 unions: list[UnionChoice] | None = None, default_union_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.conflict: ConflictDialog | None = None  # the side-by-side dialog after a refused save
        self.ui = Ui_MemberEditor()
        self.ui.setupUi(self)
        self._unions = unions if unions is not None else union_choices(ctx)
        if detail is None and member_id:
            detail = member_detail(ctx.db, ctx.actor, member_id)
        self.detail = detail
        self.editable = ctx.actor.may(Permission.EDIT_MEMBERS) and (self.detail is None or self.detail.full_id_visible)
        self.check: MemberCheck | None = None
        # Errors are shown for the fields the user has edited or left, and for all of them once Save is tried (an
        # existing record from the start): a new form does not open full of "不能为空".
        self._touched: set[str] = set()
        self._show_all = self.detail is not None
        self._saving = False  # Save shows every error, also that of a field being typed in
        self._duplicate: tuple[str, str] | None = None  # (ID number, who holds it) found as soon as it was complete
        self._duplicate_task: tasks.Task | None = None
        self._errors = self._error_labels()
        style.room_for_characters(self.ui.idNumberEdit, 18)
        self._fill_choices()
        initial = self.detail.draft if self.detail else MemberDraft(union_id=default_union_id, join_date=date.today())
        self._show_draft(initial)
        self._initial = self.draft()
        self._connect()
        self._set_up_buttons()
        self._show_header()
        self._show_history()
        self._add_feature_tabs()
        self.validate()

    def _add_feature_tabs(self) -> None:
        """What each feature holds about the member (classes and hours, aid, honours …) and the change log."""
        if not self.member_id:
            return
        for tab in MEMBER_TABS:
            if self.ctx.actor.may(tab.permission):
                title = QCoreApplication.translate("MemberTabs", tab.title)
                self.ui.tabs.addTab(tab.create(self.ctx, self.member_id, self), title)

    # -- set-up -----------------------------------------------------------------------------------------------------

    def _error_labels(self) -> dict[str, QLabel]:
        ui = self.ui
        # Field key (MemberDraft attribute, as the rules key their errors) -> the label beside that field.
        labels = {"name": ui.nameError, "id_number": ui.idNumberError, "sex": ui.sexError,
                  "ethnicity": ui.ethnicityError, "id_type": ui.idTypeError, "education": ui.educationError,
                  "political_status": ui.politicalError, "employment_status": ui.employmentError,
                  "hukou_type": ui.hukouTypeError, "skill_grade": ui.skillGradeError,
                  "hardship_category": ui.hardshipError, "phone": ui.phoneError, "card_number": ui.cardNumberError,
                  "internal_card_number": ui.internalCardError, "union_id": ui.unionError,
                  "join_date": ui.joinDateError, "hardship_file_no": ui.hardshipFileError}
        for label in [*labels.values(), ui.generalError]:
            style.mark_error(label)
            label.hide()
        style.mark_warning(ui.warningLabel)
        ui.warningLabel.hide()
        return labels

    def _fill_choices(self) -> None:
        ui = self.ui
        ui.sexCombo.addItems(["", *d.SEXES])
        ui.ethnicityCombo.addItems(list(d.ETHNICITIES))
        ui.idTypeCombo.addItems(list(d.ID_TYPES))
        for combo, choices in ((ui.educationCombo, d.EDUCATION), (ui.politicalCombo, d.POLITICAL_STATUS),
                               (ui.employmentCombo, d.EMPLOYMENT_STATUS), (ui.hukouTypeCombo, d.HUKOU_TYPES),
                               (ui.skillGradeCombo, d.SKILL_GRADES), (ui.hardshipCombo, d.HARDSHIP_CATEGORIES)):
            combo.addItems(["", *(c for c in choices if c)])
        fill_union_combo(ui.unionCombo, self._unions)
        ui.joinDateEdit.setMaximumDate(QDate.currentDate())

    def _show_draft(self, draft: MemberDraft) -> None:
        ui = self.ui
        ui.nameEdit.setText(draft.name)
        ui.idNumberEdit.setText(draft.id_number)
        for combo, value in ((ui.sexCombo, draft.sex), (ui.ethnicityCombo, draft.ethnicity),
                             (ui.idTypeCombo, draft.id_type), (ui.educationCombo, draft.education),
                             (ui.politicalCombo, draft.political_status), (ui.employmentCombo, draft.employment_status),
                             (ui.hukouTypeCombo, draft.hukou_type), (ui.skillGradeCombo, draft.skill_grade),
                             (ui.hardshipCombo, draft.hardship_category)):
            combo.setCurrentIndex(max(combo.findText(value), 0))
        ui.hukouPlaceEdit.setText(draft.hukou_place)
        ui.phoneEdit.setText(draft.phone)
        ui.employerEdit.setText(draft.employer)
        index = ui.unionCombo.findData(draft.union_id) if draft.union_id is not None else -1
        ui.unionCombo.setCurrentIndex(index)
        if index < 0:
            ui.unionCombo.setEditText("")
        ui.joinDateEdit.setDate(to_qdate(draft.join_date or date.today()))
        ui.cardNumberEdit.setText(draft.card_number)
        ui.internalCardEdit.setText(draft.internal_card_number)
        ui.migrantCheck.setChecked(draft.is_migrant)
        ui.hardshipFileEdit.setText(draft.hardship_file_no)
        ui.noteEdit.setPlainText(draft.note)

    def _connect(self) -> None:
        ui = self.ui
        for edit, key in ((ui.nameEdit, "name"), (ui.phoneEdit, "phone"), (ui.employerEdit, "employer"),
                          (ui.hukouPlaceEdit, "hukou_place"), (ui.cardNumberEdit, "card_number"),
                          (ui.internalCardEdit, "internal_card_number"), (ui.hardshipFileEdit, "hardship_file_no")):
            edit.textChanged.connect(functools.partial(self._edited, key))
            edit.editingFinished.connect(functools.partial(self._edited, key))  # left, even untouched
        ui.idNumberEdit.textChanged.connect(self._id_changed)
        ui.idNumberEdit.editingFinished.connect(functools.partial(self._edited, "id_number"))
        for combo, key in ((ui.sexCombo, "sex"), (ui.ethnicityCombo, "ethnicity"), (ui.idTypeCombo, "id_type"),
                           (ui.educationCombo, "education"), (ui.politicalCombo, "political_status"),
                           (ui.employmentCombo, "employment_status"), (ui.hukouTypeCombo, "hukou_type"),
                           (ui.skillGradeCombo, "skill_grade"), (ui.hardshipCombo, "hardship_category")):
            combo.currentIndexChanged.connect(functools.partial(self._edited, key))
        ui.unionCombo.currentTextChanged.connect(functools.partial(self._edited, "union_id"))
        union_line = ui.unionCombo.lineEdit()
        if union_line is not None:  # the combo is editable (fill_union_combo); left, even untouched
            union_line.editingFinished.connect(functools.partial(self._edited, "union_id"))
        ui.joinDateEdit.dateChanged.connect(functools.partial(self._edited, "join_date"))
        ui.migrantCheck.toggled.connect(self.validate)
        ui.noteEdit.textChanged.connect(self.validate)

    def _typing_union(self) -> bool:
        """Whether the clerk is typing in the union's field (not saving): part of a name is not yet a mistake."""
        line = self.ui.unionCombo.lineEdit()
        return line is not None and line.hasFocus() and not self._saving

    def _edited(self, key: str, *_args: object) -> None:
        self._touched.add(key)
        self.validate()

    def _set_up_buttons(self) -> None:
        ui = self.ui
        style.mark_primary(ui.saveButton)
        ui.saveButton.clicked.connect(self.save)
        ui.closeButton.clicked.connect(self.reject)
        ui.membershipButton.clicked.connect(self._membership_change)
        ui.membershipButton.setVisible(self.detail is not None and self.editable)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        if self.detail is not None:
            self.setWindowTitle(self.tr("Member: %s") % self.detail.draft.name)
            ui.unionCombo.setEnabled(False)
            ui.unionCombo.setToolTip(self.tr("A member changes union by transfer out and in"))
        else:
            self.setWindowTitle(self.tr("New member"))
        if not self.editable:
            ui.saveButton.hide()
            self._show_as_text()

    def _show_as_text(self) -> None:
        """A role that may not edit reads the record: each value as plain, selectable text in the field's place,
        not a greyed-out input."""
        if not self.ui.birthDateValue.text():
            self.ui.birthDateValue.setText("—")  # not shown from a masked number
        for widget in self.ui.detailsTab.findChildren(QWidget):
            if isinstance(widget, QLineEdit):
                text = widget.text()
            elif isinstance(widget, QComboBox):
                text = widget.currentText()
            elif isinstance(widget, QDateEdit):
                text = widget.date().toString("yyyy-MM-dd")
            elif isinstance(widget, QPlainTextEdit):
                text = widget.toPlainText()
            elif isinstance(widget, QCheckBox):
                text = self.tr("Yes") if widget.isChecked() else self.tr("No")
            else:
                continue
            if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QComboBox | QDateEdit):
                continue  # the editable combo's own line edit
            parent = widget.parentWidget()
            layout = parent.layout() if parent is not None else None
            if layout is None:
                continue
            value = QLabel(text or "—", parent)
            value.setObjectName(f"{widget.objectName()}Text")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(isinstance(widget, QPlainTextEdit))
            value.setToolTip(widget.toolTip())
            if layout.replaceWidget(widget, value) is not None:
                widget.hide()
            else:
                value.deleteLater()

    def _show_header(self) -> None:
        if self.detail is None:
            self.ui.headerLabel.setText(self.tr("New member: fields are checked as you type."))
            return
        detail = self.detail
        self.ui.headerLabel.setText(self.tr("No. %1 · %2 since %3 · %4").replace("%1", str(detail.id))
                                    .replace("%2", detail.status).replace("%3", detail.status_date.isoformat())
                                    .replace("%4", detail.union_name))

    def _show_history(self) -> None:
        table = self.ui.historyTable
        headers = [self.tr("Date"), self.tr("Change"), self.tr("From"), self.tr("To"), self.tr("Status after"),
                   self.tr("Reason"), self.tr("By")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        entries = member_history(self.ctx.db, self.ctx.actor, self.member_id) if self.member_id else []
        table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            values = (entry.event_date.isoformat(), entry.kind, entry.from_union or "", entry.to_union or "",
                      entry.status_after, entry.reason or "", entry.created_by or "")
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        self.ui.tabs.setTabEnabled(1, bool(entries))

    # -- checking as you type ---------------------------------------------------------------------------------------

    def draft(self) -> MemberDraft:
        ui = self.ui
        return MemberDraft(
            name=ui.nameEdit.text(), id_number=ui.idNumberEdit.text(), sex=ui.sexCombo.currentText(),
            ethnicity=ui.ethnicityCombo.currentText(), id_type=ui.idTypeCombo.currentText(),
            education=ui.educationCombo.currentText(), political_status=ui.politicalCombo.currentText(),
            employment_status=ui.employmentCombo.currentText(), hukou_type=ui.hukouTypeCombo.currentText(),
            hukou_place=ui.hukouPlaceEdit.text(), skill_grade=ui.skillGradeCombo.currentText(),
            phone=ui.phoneEdit.text(), employer=ui.employerEdit.text(), union_id=chosen_union(ui.unionCombo),
            join_date=from_qdate(ui.joinDateEdit.date()), card_number=ui.cardNumberEdit.text(),
            internal_card_number=ui.internalCardEdit.text(), is_migrant=ui.migrantCheck.isChecked(),
            hardship_category=ui.hardshipCombo.currentText(), hardship_file_no=ui.hardshipFileEdit.text(),
            note=ui.noteEdit.toPlainText(),
        )

    def _id_changed(self) -> None:
        # Sex follows from digit 17: fill it in whenever the number is valid, so the cross-check only fires when
        # someone deliberately picks the other sex.
        self._touched.add("id_number")
        check = check_member(self.draft(), date.today())
        if check.resident_id is not None:
            self.ui.sexCombo.setCurrentText(check.resident_id.sex)
            self._look_for_duplicate(check.resident_id.number)
        self.validate()

    def _look_for_duplicate(self, number: str) -> None:
        """A complete, valid number: ask at once whether someone holds it already (not only on Save)."""
        if not self.editable or (self.detail is not None and number == self.detail.draft.id_number):
            return
        ctx, member_id = self.ctx, self.member_id

        def show(holder: str | None) -> None:
            self._duplicate = (number, holder) if holder else None
            self.validate()

        self._duplicate_task = tasks.run_read(
            self, lambda: id_number_taken(ctx.db, ctx.actor, number, member_id=member_id), show,
            replacing=self._duplicate_task)

    def _duplicate_message(self, check: MemberCheck) -> str:
        rid = check.resident_id
        if self._duplicate is None or rid is None or rid.number != self._duplicate[0]:
            return ""
        return self._duplicate[1]

    def validate(self) -> bool:
        """Check the whole draft with the domain rules; show each error beside its field once the field was edited
        or left (all of them after Save was tried); gate Save."""
        if not self.editable:
            return False
        check = check_member(self.draft(), date.today())
        duplicate = self._duplicate_message(check)
        if duplicate and "id_number" not in check.errors:
            check.errors["id_number"] = duplicate
        self.check = check
        typing_union = self._typing_union()
        for key, label in self._errors.items():
            shown = self._show_all or key in self._touched
            if key == "union_id" and typing_union and label.isHidden():
                # Said when the field is left, not while a name is typed: shown at each keystroke, “请选择所属基层工会”
                # appeared under the field while the completion list was open and went when a suggestion was
                # picked, moving every field below it down a line and back (the second trial).
                shown = False
            style.set_visible_text(label, check.errors.get(key, "") if shown else "")
        unplaced = [f"{member_label(k)}：{v}" for k, v in check.errors.items() if k not in self._errors]
        missing = "、".join(member_label(k) for k in check.errors)
        general = "\n".join(unplaced) if self._show_all else ""
        if not general and missing and self._touched:
            # Save is greyed while something is missing: say what, not only in the greyed button's tooltip (the
            # trial's clerk could not tell why 保存 stayed grey while 所属基层工会 was still empty).
            general = self.tr("Still to correct: %s") % missing
        style.set_visible_text(self.ui.generalError, general)
        style.set_visible_text(self.ui.warningLabel, "\n".join(check.warnings))
        rid = check.resident_id
        if rid is not None:
            converted = self.tr(" (converted from the 15-digit %s)") % rid.original if rid.original else ""
            self.ui.birthDateValue.setText(f"{rid.birth_date.isoformat()}{converted}")
        else:
            self.ui.birthDateValue.setText("")
        self.ui.saveButton.setEnabled(check.ok)
        self.ui.saveButton.setToolTip(self.tr("Still to correct: %s") % missing if missing else "")
        return check.ok

    @property
    def dirty(self) -> bool:
        return self.editable and self.draft() != self._initial

    # -- actions ----------------------------------------------------------------------------------------------------

    def save(self) -> bool:
        """Write through the service; nothing is written while any field is invalid."""
        self._show_all = True
        self._saving = True
        try:
            valid = self.validate()
        finally:
            self._saving = False
        if not valid:
            self._focus_first_error()
            return False
        draft = self.draft()
        try:
            if self.detail is None:
                self.member_id = create_member(self.ctx.db, self.ctx.actor, draft)
            else:
                update_member(self.ctx.db, self.ctx.actor, self.detail.id, draft, expected_version=self.detail.version)
        except ValidationError as exc:
            # A rule only the service can check (a duplicate ID, a union change): show it beside its field.
            beside = self._errors.get(exc.key or "")
            if beside is not None:
                style.set_visible_text(beside, exc.reason)
            else:
                style.set_visible_text(self.ui.generalError, exc.message)
            self.ui.saveButton.setEnabled(not isinstance(exc, DuplicateError))
            messages.error(self, exc.message)
            return False
        except StaleRecordError as exc:
            # Saved by someone else since this editor opened: theirs and ours side by side, nothing overwritten.
            style.set_visible_text(self.ui.generalError, exc.message)
            self.conflict = show_conflict(self, exc)
            return False
        except UnionOfficeError as exc:
            style.set_visible_text(self.ui.generalError, exc.message)
            messages.error(self, exc.message)
            return False
        assert self.member_id is not None
        self._initial = draft
        self.saved.emit(self.member_id)
        self.accept()
        return True

    def _focus_first_error(self) -> None:
        assert self.check is not None
        ui = self.ui
        inputs: dict[str, QWidget] = {"name": ui.nameEdit, "id_number": ui.idNumberEdit, "sex": ui.sexCombo,
                                      "phone": ui.phoneEdit, "union_id": ui.unionCombo, "join_date": ui.joinDateEdit}
        for key in self.check.errors:
            if key in inputs:
                inputs[key].setFocus()
                return

    def reject(self) -> None:
        """Esc and Close: ask once before dropping unsaved changes."""
        if self.dirty and not messages.confirm(self, self.tr("Discard the changes to this member?")):
            return
        super().reject()

    def _membership_change(self) -> None:
        from unionoffice.ui.members.membership_dialog import MembershipDialog

        assert self.member_id is not None
        dialog = MembershipDialog(self.ctx, self.member_id, unions=self._unions, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            load_member(self.ctx, self.member_id, self, self._changed_membership)

    def _changed_membership(self, detail: MemberDetail) -> None:
        assert self.member_id is not None
        self.detail = detail
        # A transfer in moves the member: follow it, or the next Save would look like a union change.
        self.ui.unionCombo.setCurrentIndex(self.ui.unionCombo.findData(detail.draft.union_id))
        self._initial = replace(self._initial, union_id=detail.draft.union_id)
        self._show_header()
        self._show_history()
        self.saved.emit(self.member_id)
