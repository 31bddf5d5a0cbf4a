"""The application editor: the applicant, what is asked (the child for Golden Autumn), the history of every step
with who, when and the comment, and the attachments kept with their hash."""

from __future__ import annotations

from PySide6.QtCore import QTimer, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.domain.aid.kinds import AID_TYPES_OF, ApplicationState, ProgrammeType, SchoolKind, SchoolLevel, Tier
from unionoffice.domain.common.errors import UnionOfficeError
from unionoffice.domain.common.formatting import file_size
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.aid import applications as ap
from unionoffice.services.aid import workflow as wf
from unionoffice.services.aid.programmes import ProgrammeRow
from unionoffice.ui.aid.widgets import MemberPicker, MoneyEdit
from unionoffice.ui.shell import file_dialogs, messages, style, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.task_feedback import report_quietly

# The rules are checked again once typing in an input they look at pauses this long.
CHECK_DELAY_MS = 150


class ApplicationEditor(QDialog):
    """New (`app_id` None) or existing; fields are read-only once the first review is past."""

    def __init__(self, ctx: AppContext, programme: ProgrammeRow, app_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.programme, self.app_id = ctx, programme, app_id
        self.golden = programme.type is ProgrammeType.GOLDEN_AUTUMN
        self.detail: ap.ApplicationDetail | None = None
        self.setWindowTitle(self.tr("Application") + f" — {programme.name}")
        self._build()
        if app_id is not None:
            self.load()
        self.resize(760, 640)

    # -- layout -----------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.member = MemberPicker(self.ctx, self)
        self.member_label = QLabel(self)
        self.aid_type = QComboBox(self)
        for kind in AID_TYPES_OF.get(self.programme.type, ()):
            self.aid_type.addItem(kind.value, kind.value)
        self.amount = MoneyEdit(parent=self)
        self.reason = QLineEdit(self)
        self.bank_card = QLineEdit(self)
        form = QFormLayout()
        form.addRow(self.tr("Member:"), self.member)
        form.addRow("", self.member_label)
        form.addRow(self.tr("Aid type:"), self.aid_type)
        form.addRow(self.tr("Amount asked (yuan):"), self.amount)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Bank card for payment:"), self.bank_card)
        form.setRowVisible(self.aid_type, not self.golden)
        self.amount.setEnabled(not self.golden)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self.golden:
            layout.addWidget(self._child_box())
        # What 提交 would refuse, said as soon as the member is chosen (issue 14): the draft may still be saved.
        self.eligibility = QLabel(self)
        self.eligibility.setWordWrap(True)
        style.mark_warning(self.eligibility)
        self.eligibility.hide()
        layout.addWidget(self.eligibility)
        self.state_label = QLabel(self)
        layout.addWidget(self.state_label)
        self.steps = QTableWidget(0, 5, self)
        self.steps.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Date"), self.tr("By"), self.tr("Role"),
                                              self.tr("Comment")])
        self.steps.horizontalHeader().setStretchLastSection(True)
        self.steps.verticalHeader().setVisible(False)
        layout.addWidget(QLabel(self.tr("History:"), self))
        layout.addWidget(self.steps, 1)
        layout.addLayout(self._attachment_row())
        self.error = QLabel(self)
        style.mark_error(self.error)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setVisible(self.ctx.actor.may(Permission.MANAGE_AID))
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_eligibility)
        self._check_task: tasks.Task | None = None
        self.member.changed.connect(self.check_eligibility)
        for signal in self._check_signals():
            signal.connect(self._check_timer.start)

    def _check_signals(self) -> list[SignalInstance]:
        """The inputs the programme's rules look at: a change rechecks once typing pauses."""
        signals: list[SignalInstance] = [self.aid_type.currentIndexChanged, self.amount.textChanged]
        if self.golden:
            signals += [self.child_id.textChanged, self.level.currentIndexChanged, self.tier.currentIndexChanged,
                        self.school_kind.currentIndexChanged, self.new_student.toggled, self.elsewhere.toggled]
        return signals

    def _child_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Child (Golden Autumn)"), self)
        self.child_name, self.child_id, self.school = QLineEdit(box), QLineEdit(box), QLineEdit(box)
        self.level, self.tier, self.school_kind = QComboBox(box), QComboBox(box), QComboBox(box)
        for combo, values in ((self.level, SchoolLevel), (self.tier, Tier), (self.school_kind, SchoolKind)):
            for value in values:
                combo.addItem(value.value, value.value)
        self.new_student = QCheckBox(self.tr("New student this year"), box)
        self.new_student.setChecked(True)
        self.elsewhere = QCheckBox(self.tr("Already aided by another agency"), box)
        self.post = QLineEdit(box)
        form = QFormLayout(box)
        form.addRow(self.tr("Child's name:"), self.child_name)
        form.addRow(self.tr("Child's ID number:"), self.child_id)
        form.addRow(self.tr("School:"), self.school)
        row = QHBoxLayout()
        for widget in (self.level, self.tier, self.school_kind, self.new_student):
            row.addWidget(widget)
        form.addRow(self.tr("Level, tier, school kind:"), row)
        form.addRow("", self.elsewhere)
        form.addRow(self.tr("Work-study post:"), self.post)
        return box

    def _attachment_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.attachments = QComboBox(self)
        self.attachment_kind = QComboBox(self)
        for kind in ap.ATTACHMENT_KINDS:
            self.attachment_kind.addItem(kind, kind)
        self.add_attachment_button = QPushButton(self.tr("Add attachment…"), self)
        self.add_attachment_button.clicked.connect(self.add_attachment)
        self.add_attachment_button.setEnabled(False)
        self.add_attachment_button.setVisible(self.ctx.actor.may(Permission.MANAGE_AID))
        row.addWidget(QLabel(self.tr("Attachments:"), self))
        row.addWidget(self.attachments, 1)
        row.addWidget(self.attachment_kind)
        row.addWidget(self.add_attachment_button)
        return row

    # -- data -------------------------------------------------------------------------------------------------------

    def load(self) -> None:
        """Off the GUI thread, on the writer: showing the child's full ID writes an audit entry."""
        app_id = self.app_id
        assert app_id is not None
        tasks.run_write(self, lambda: ap.application_detail(self.ctx.db, self.ctx.actor, app_id), self.show_detail)

    def show_detail(self, detail: ap.ApplicationDetail) -> None:
        self.detail = detail
        d = detail.draft
        self.member.set_member(d.member_id, f"{detail.member_name}　{detail.union}　{detail.member_id_number}")
        self.member.setEnabled(False)
        self.member_label.setText(f"{detail.member_name}（{detail.member_id_number}）")
        self.aid_type.setCurrentIndex(max(0, self.aid_type.findData(d.aid_type)))
        self.amount.set_fen(d.amount_asked_fen)
        self.reason.setText(d.reason)
        self.bank_card.setText(d.bank_card)
        if self.golden:
            self.child_name.setText(d.child_name)
            self.child_id.setText(d.child_id_number)
            self.school.setText(d.school)
            for combo, value in ((self.level, d.school_level), (self.tier, d.tier), (self.school_kind, d.school_kind)):
                combo.setCurrentIndex(max(0, combo.findData(value)))
            self.new_student.setChecked(d.new_student)
            self.elsewhere.setChecked(d.aided_elsewhere)
            self.post.setText(d.work_study_post)
        granted = "" if detail.amount_fen is None else self.tr("; granted %1 yuan").replace(
            "%1", f"{detail.amount_fen / 100:,.2f}")
        self.state_label.setText(self.tr("State: %1").replace("%1", detail.state.value) + granted)
        self.steps.setRowCount(len(detail.steps))
        for row, step in enumerate(detail.steps):
            for col, text in enumerate((step.step, step.on.isoformat(), step.person, step.role, step.comment)):
                self.steps.setItem(row, col, QTableWidgetItem(text))
        self.steps.resizeColumnsToContents()
        self.check_eligibility()
        self.attachments.clear()
        for a in detail.attachments:
            self.attachments.addItem(f"{a.kind}：{a.file_name}（{file_size(a.size)}，SHA-256 {a.sha256[:12]}…）", a.id)
        editable = detail.state in ap.EDITABLE
        for widget in self._inputs():
            widget.setEnabled(editable)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(editable)
        self.add_attachment_button.setEnabled(True)

    def _inputs(self) -> list[QWidget]:
        fields: list[QWidget] = [self.aid_type, self.reason, self.bank_card]
        if not self.golden:
            fields.append(self.amount)
        if self.golden:
            fields += [self.child_name, self.child_id, self.school, self.level, self.tier, self.school_kind,
                       self.new_student, self.elsewhere, self.post]
        return fields

    def draft(self, *, lenient: bool = False) -> ap.ApplicationDraft:
        """The draft to save; `lenient` (for the rules' check while typing): an amount not yet valid counts as 0."""
        member_id = self.member.member_id()
        if member_id is None:
            raise UnionOfficeError("请先查找并选择申请的会员")
        common = {"programme_id": self.programme.id, "member_id": member_id, "reason": self.reason.text(),
                  "bank_card": self.bank_card.text() if "*" not in self.bank_card.text() else ""}
        if not self.golden:
            try:
                amount = self.amount.fen("申请金额")
            except UnionOfficeError:
                if not lenient:
                    raise
                amount = 0
            return ap.ApplicationDraft(aid_type=str(self.aid_type.currentData()), amount_asked_fen=amount,
                                       **common)  # type: ignore[arg-type]
        return ap.ApplicationDraft(child_name=self.child_name.text(), child_id_number=self.child_id.text(),
                                   school=self.school.text(), school_level=str(self.level.currentData()),
                                   tier=str(self.tier.currentData()), school_kind=str(self.school_kind.currentData()),
                                   new_student=self.new_student.isChecked(), aided_elsewhere=self.elsewhere.isChecked(),
                                   work_study_post=self.post.text(), **common)  # type: ignore[arg-type]

    def _checked_draft(self) -> ap.ApplicationDraft | None:
        """The draft as far as entered, for the rules: an amount not yet valid counts as none."""
        if self.member.member_id() is None:
            return None
        if self.detail is not None and self.detail.state is not ApplicationState.DRAFT:
            return None  # 提交 is behind it
        try:
            return self.draft(lenient=True)
        except UnionOfficeError:
            return None

    def check_eligibility(self) -> None:
        """The programme's rules on the draft as it stands, off the GUI thread (the evaluation 提交 uses); the
        newest check replaces an older one still running."""
        self._check_timer.stop()
        draft = self._checked_draft()
        if draft is None:
            if self._check_task is not None:
                self._check_task.drop()
            self.eligibility.hide()
            return
        db, actor, app_id = self.ctx.db, self.ctx.actor, self.app_id
        self._check_task = tasks.run_in_background(
            lambda: wf.submit_refusals(db, actor, draft, app_id=app_id), self.show_eligibility,
            self._check_failed, write=False, parent=self, replacing=self._check_task)

    def show_eligibility(self, refusals: list[str]) -> None:
        if not refusals:
            self.eligibility.hide()
            return
        style.set_visible_text(self.eligibility, self.tr(
            "Submitting will be refused: %1. The draft can still be saved, e.g. while papers are collected.")
            .replace("%1", "；".join(refusals)))

    def _check_failed(self, exc: BaseException, trace: str) -> None:
        self.eligibility.hide()
        if not isinstance(exc, UnionOfficeError):
            report_quietly(exc, trace)

    def save(self) -> None:
        try:
            draft = self.draft()
        except UnionOfficeError as exc:
            style.set_visible_text(self.error, exc.message)
            return
        version = self.detail.version if self.detail else None
        app_id = self.app_id

        def job() -> int:
            if app_id is None:
                return ap.create_application(self.ctx.db, self.ctx.actor, draft)
            ap.update_application(self.ctx.db, self.ctx.actor, app_id, draft, version=version)
            return app_id

        def done(saved: int) -> None:
            self.app_id = saved
            self.accept()

        def failed(exc: BaseException, _trace: str) -> None:
            if isinstance(exc, UnionOfficeError):
                style.set_visible_text(self.error, exc.message)
            else:
                messages.error(self, self.tr("The application was not saved."), details=str(exc))

        tasks.run_write(self, job, done, failed)

    def add_attachment(self) -> None:
        if self.app_id is None:
            return
        path = file_dialogs.open_file(self, self.tr("Add attachment"),
                                      self.tr("Scans and documents (*.pdf *.jpg *.jpeg *.png);;All files (*)"),
                                      "aid-attachments")
        if path is None:
            return
        kind, app_id = str(self.attachment_kind.currentData()), self.app_id
        tasks.run_write(self, lambda: ap.add_attachment(self.ctx.db, self.ctx.actor, app_id, kind, path.name,
                                                        path.read_bytes()), lambda _id: self.load())
