"""The template editor page: each kind's settings on the left, the real PDF with sample data on the right."""

from __future__ import annotations

import functools
import time
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from unionoffice.documents.elements import Element
from unionoffice.documents.images import image_bytes, png_data_ref
from unionoffice.documents.office import Office
from unionoffice.documents.pdf import STANDARD_FIELDS
from unionoffice.documents.templates import KIND_NAMES, DocumentKind, FieldSpec, Template, from_dict, specs_for
from unionoffice.documents.text import fields_in
from unionoffice.domain.common.errors import UnionOfficeError
from unionoffice.domain.common.formatting import file_size
from unionoffice.services.certificates import templates as template_service
from unionoffice.services.certificates.office import load_office
from unionoffice.ui.certificates.editor_labels import CHOICE_TEXT, FLOAT_RANGES, PAPER_TEXT
from unionoffice.ui.certificates.number_pattern import NumberPatternPicker
from unionoffice.ui.certificates.placement import ElementPanel, PlacementOverlay
from unionoffice.ui.forms.ui_template_editor import Ui_TemplateEditorPage
from unionoffice.ui.shell import file_dialogs, messages, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.widgets.pdf_pages import pdf_page_image, print_pdf
from unionoffice.ui.widgets.splitters import restore_splitters, save_splitters

CONTEXT = "TemplateEditorPage"
PREVIEW_DELAY_MS = 200
@dataclass(frozen=True)
class Preview:
    pdf: bytes
    image: QImage
    pages: int
    seconds: float


SETTINGS_GROUP = "template_editor_page"


def render_preview(template: Template, count: int, page: int, box: tuple[int, int],
                   office: Office | None = None) -> Preview:
    """The sample PDF (with the office's own name and seal, marked 样张) and one page of it as an image: runs on
    the task runner's pool."""
    from unionoffice.documents.samples import sample_pdf_bytes

    start = time.perf_counter()
    pdf = sample_pdf_bytes(template, count, office)
    image, pages = pdf_page_image(pdf, page, box)
    return Preview(pdf, image, pages, time.perf_counter() - start)


class TemplateEditorPage(QWidget):
    """`previewUpdated(pages)` fires each time a fresh preview is on screen."""

    previewUpdated = Signal(int)  # noqa: N815 - Qt naming
    previewFailed = Signal(str)  # noqa: N815

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_TemplateEditorPage()
        self.ui.setupUi(self)
        self.ui.splitter.setSizes([540, 560])  # on a 1024-pixel screen the form's fields stay whole
        restore_splitters(self, SETTINGS_GROUP)
        self.editors: dict[str, QWidget] = {}
        self.samples_edit = QPlainTextEdit()
        # Free placement: the element panel in the form, the draggable boxes over the preview.
        self.free_box = QCheckBox(self.tr("Place elements freely (drag on the preview or type millimetres)"))
        self.elements_panel = ElementPanel()
        self.overlay = PlacementOverlay(self.ui.previewLabel)
        self.overlay.hide()
        self.overlay.moved.connect(self._element_moved)
        self.overlay.selected.connect(lambda row: self.elements_panel.set_elements(self.elements_panel.elements, row)
                                      if row >= 0 else None)
        self.template: Template | None = None
        self.saved: Template | None = None
        self.pdf: bytes = b""
        self.page = 0
        self.pages = 0
        self._preview: tasks.Task | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.render_preview)
        for kind in DocumentKind:
            self.ui.kindCombo.addItem(KIND_NAMES[kind], kind.value)
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.resetButton.clicked.connect(self.reset)
        self.ui.savePdfButton.clicked.connect(self.save_pdf)
        self.ui.printButton.clicked.connect(self.print_preview)
        self.ui.previousButton.clicked.connect(lambda: self._turn(-1))
        self.ui.nextButton.clicked.connect(lambda: self._turn(1))
        self.ui.sampleSpin.valueChanged.connect(self.schedule_preview)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_preview)
        self.load_kind(DocumentKind.COMPLETION)

    # -- building the form ---------------------------------------------------------------------------------

    def save_state(self) -> None:
        """The form / preview split as the user left it (the main window calls this on closing)."""
        save_splitters(self, SETTINGS_GROUP)
    def load_kind(self, kind: DocumentKind) -> None:
        self.saved = template_service.load_template(self.ctx.db, kind, raw=True)
        self.office = load_office(self.ctx.db)
        self.ui.kindCombo.blockSignals(True)
        self.ui.kindCombo.setCurrentIndex(list(DocumentKind).index(kind))
        self.ui.kindCombo.blockSignals(False)
        self.ui.sampleSpin.blockSignals(True)
        self.ui.sampleSpin.setValue(1 if kind.is_numbered else 12)
        self.ui.sampleSpin.blockSignals(False)
        self._build_form(self.saved)
        self.page = 0
        self.render_preview()

    def _kind_changed(self, index: int) -> None:
        kind = DocumentKind(self.ui.kindCombo.itemData(index))
        if self.is_dirty() and not messages.confirm(
                self, self.tr("Discard the unsaved changes to this template?")):
            self.ui.kindCombo.blockSignals(True)
            self.ui.kindCombo.setCurrentIndex(list(DocumentKind).index(self.saved.kind if self.saved else kind))
            self.ui.kindCombo.blockSignals(False)
            return
        self.load_kind(kind)

    def _build_form(self, template: Template) -> None:
        layout = self.ui.fieldsLayout
        while layout.rowCount():
            layout.removeRow(0)
        self.editors.clear()
        values = template.to_dict()
        for spec in specs_for(template.kind):
            editor = self._editor_for(spec, values[spec.name])
            self.editors[spec.name] = editor
            layout.addRow(QCoreApplication.translate(CONTEXT, spec.label), editor)
        pattern, code = self.editors.get("number_pattern"), self.editors.get("issuer_code")
        if isinstance(pattern, NumberPatternPicker) and isinstance(code, QLineEdit):
            code.textChanged.connect(pattern.refresh)  # the live example uses the issuer code being typed
        paper = self.editors.get("paper")
        if isinstance(paper, QComboBox):
            paper.currentIndexChanged.connect(self._paper_changed)
            self._paper_changed()
        if template.kind.is_certificate:
            self._placement_rows(template)
        self.samples_edit = QPlainTextEdit("\n".join(f"{k}={v}" for k, v in template.extra.items()))
        self.samples_edit.setFixedHeight(110)
        self.samples_edit.setToolTip(self.tr("One field per line, e.g. 班级名称=焊工技能提升班"))
        self.samples_edit.textChanged.connect(self.schedule_preview)
        layout.addRow(self.tr("Sample values"), self.samples_edit)
        standard = set(STANDARD_FIELDS) if template.kind.is_numbered else set()
        fields = sorted(standard | set(template.extra) | set(fields_in(template.body)))
        self.ui.fieldsHint.setText(self.tr("Fields you can use: %1").replace(
            "%1", " ".join(f"{{{f}}}" for f in fields)))

    def _placement_rows(self, template: Template) -> None:
        # The form rebuild deletes the previous row widgets, so the two are made anew for each kind.
        self.free_box = QCheckBox(self.tr("Place elements freely (drag on the preview or type millimetres)"))
        self.elements_panel = ElementPanel()
        self.elements_panel.changed.connect(self.schedule_preview)
        self.free_box.setChecked(bool(template.elements))
        self.elements_panel.set_elements(list(template.elements))
        self.elements_panel.setVisible(bool(template.elements))
        self.free_box.toggled.connect(self._free_toggled)
        self.ui.fieldsLayout.addRow(self.free_box)
        self.ui.fieldsLayout.addRow(self.elements_panel)

    def _free_toggled(self, on: bool) -> None:
        from unionoffice.documents.certificate import elements_from_layout

        if on and not self.elements_panel.elements:
            base = replace(self.current_template(), elements=())
            self.elements_panel.set_elements(list(elements_from_layout(base)), 0)
        self.elements_panel.setVisible(on)
        self.schedule_preview()

    def _element_moved(self, row: int, element: Element) -> None:
        elements = list(self.elements_panel.elements)
        elements[row] = element
        self.elements_panel.set_elements(elements, row)
        self.schedule_preview()

    def _paper_changed(self) -> None:
        """The sheet size only means something for a pre-printed sheet; A4 has its own."""
        paper = self.editors["paper"]
        assert isinstance(paper, QComboBox)
        custom = paper.currentData() == "preprinted"
        for name in ("sheet_width_mm", "sheet_height_mm"):
            if name in self.editors:
                self.editors[name].setEnabled(custom)

    def _editor_for(self, spec: FieldSpec, value: Any) -> QWidget:
        if spec.type == "multiline":
            edit = QPlainTextEdit(str(value))
            edit.setFixedHeight(130)
            edit.textChanged.connect(self.schedule_preview)
            return edit
        if spec.type == "choice":
            combo = QComboBox()
            for choice in spec.choices:
                paper = str(PAPER_TEXT.get(choice, choice))
                text = CHOICE_TEXT.get(choice) or QCoreApplication.translate(CONTEXT, paper)
                combo.addItem(text, choice)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.currentIndexChanged.connect(self.schedule_preview)
            return combo
        if spec.type == "float":
            spin = QDoubleSpinBox()
            low, high = FLOAT_RANGES.get(spec.name, (-1000, 1000))
            spin.setRange(low, high)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setValue(float(value))
            spin.valueChanged.connect(self.schedule_preview)
            return spin
        if spec.type == "bool":
            box = QCheckBox()
            box.setChecked(bool(value))
            box.toggled.connect(self.schedule_preview)
            return box
        if spec.type == "image":
            return _ImagePicker(str(value), self.schedule_preview, self)
        if spec.name == "number_pattern":
            picker = NumberPatternPicker(str(value), self._issuer_code)
            picker.changed.connect(self.schedule_preview)
            return picker
        line = QLineEdit(str(value))
        if spec.name == "issuer":
            line.setPlaceholderText(self.tr("empty: the office's name from Office settings"))
        line.textChanged.connect(self.schedule_preview)
        return line

    def _issuer_code(self) -> str:
        code = self.editors.get("issuer_code")
        return code.text() if isinstance(code, QLineEdit) else ""

    # -- reading the form ----------------------------------------------------------------------------------
    def current_template(self) -> Template:
        """The template as the form shows it; raises ValidationError for an impossible setting."""
        assert self.saved is not None
        data: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QPlainTextEdit):
                data[name] = editor.toPlainText()
            elif isinstance(editor, QComboBox):
                data[name] = editor.currentData()
            elif isinstance(editor, QDoubleSpinBox):
                data[name] = editor.value()
            elif isinstance(editor, QCheckBox):
                data[name] = editor.isChecked()
            elif isinstance(editor, _ImagePicker):
                data[name] = editor.ref
            elif isinstance(editor, NumberPatternPicker):
                data[name] = editor.pattern()
            elif isinstance(editor, QLineEdit):
                data[name] = editor.text()
        extra = {}
        for line in self.samples_edit.toPlainText().splitlines():
            key, sep, value = line.partition("=")
            if sep and key.strip():
                extra[key.strip()] = value.strip()
        data["extra"] = extra
        placing = self.saved.kind.is_certificate and self.free_box.isChecked()
        data["elements"] = list(self.elements_panel.elements) if placing else []
        return from_dict(data, base=self.saved)

    def is_dirty(self) -> bool:
        try:
            return self.saved is not None and self.current_template() != self.saved
        except UnionOfficeError:
            return True

    # -- preview -------------------------------------------------------------------------------------------
    def schedule_preview(self) -> None:
        self._timer.start()

    def render_preview(self) -> None:
        """Render in the background; an edit made meanwhile replaces this render, whose result is then dropped."""
        self._timer.stop()
        try:
            template = self.current_template()
        except UnionOfficeError as exc:
            if self._preview is not None:
                self._preview.drop()
            self._show_failure(exc.message)
            return
        self.template = template
        viewport = self.ui.previewArea.viewport()
        box = (max(400, viewport.width() - 16), max(300, viewport.height() - 16))
        job = functools.partial(render_preview, template, self.ui.sampleSpin.value(), self.page, box, self.office)
        self._preview = tasks.run_in_background(job, self._show_preview, self._preview_failed, write=False,
                                                parent=self, replacing=self._preview)

    def _show_preview(self, preview: Preview) -> None:
        self.pdf, self.pages = preview.pdf, preview.pages
        self.page = min(self.page, preview.pages - 1)
        self.ui.previewLabel.setPixmap(QPixmap.fromImage(preview.image))
        template = self.template
        shown = list(template.elements) if template is not None and self.page == 0 else []
        self.overlay.set_elements(shown, template.page_size_mm() if template is not None else (297.0, 210.0))
        self.ui.pageLabel.setText(self.tr("Page %1 of %2").replace("%1", str(self.page + 1))
                                  .replace("%2", str(preview.pages)))
        self.ui.previousButton.setEnabled(self.page > 0)
        self.ui.nextButton.setEnabled(self.page < preview.pages - 1)
        self.ui.statusLabel.setStyleSheet("")
        self.ui.statusLabel.setText(self.tr("Preview with sample data, %1, rendered in %2 ms")
                                    .replace("%1", file_size(len(preview.pdf)))
                                    .replace("%2", str(round(preview.seconds * 1000))))
        self.previewUpdated.emit(preview.pages)

    def _preview_failed(self, exc: BaseException, _trace: str) -> None:
        # A broken image file or font must not kill the editor: the reason goes where the preview would be.
        self._show_failure(exc.message if isinstance(exc, UnionOfficeError) else f"{type(exc).__name__}: {exc}")

    def _show_failure(self, message: str) -> None:
        self.ui.statusLabel.setStyleSheet("color: #C8102E")
        self.ui.statusLabel.setText(message)
        self.previewFailed.emit(message)

    def _turn(self, step: int) -> None:
        self.page = max(0, min(self.pages - 1, self.page + step))
        self.render_preview()

    # -- actions -------------------------------------------------------------------------------------------
    def save(self) -> None:
        try:
            self.saved = template_service.save_template(self.ctx.db, self.ctx.actor, self.current_template())
        except UnionOfficeError as exc:
            messages.error(self, exc.message)
            return
        self.ui.statusLabel.setText(self.tr("Template saved."))

    def reset(self) -> None:
        assert self.saved is not None
        kind = self.saved.kind
        if not messages.confirm(self, self.tr("Replace the template “%1” with the shipped default?")
                                .replace("%1", KIND_NAMES[kind])):
            return
        try:
            template_service.reset_template(self.ctx.db, self.ctx.actor, kind)
        except UnionOfficeError as exc:
            messages.error(self, exc.message)
            return
        self.load_kind(kind)

    def save_pdf(self) -> None:
        if not self.pdf:
            return
        name = f"{KIND_NAMES[self.template.kind] if self.template else 'sample'}（样张）.pdf"
        chosen = file_dialogs.save_file(self, self.tr("Save PDF"), name, self.tr("PDF files (*.pdf)"), "certificates",
                                        ".pdf")
        if chosen:
            with open(chosen[0], "wb") as out:
                out.write(self.pdf)
            self.ui.statusLabel.setText(self.tr("Saved %1").replace("%1", str(chosen[0])))

    def print_preview(self) -> None:
        """A test print with sample data: how to check the offsets of a pre-printed sheet in the printer."""
        if self.pdf:
            print_pdf(self, self.pdf, self.tr("Print sample"))


class _ImagePicker(QWidget):
    """A thumbnail with Choose… and Remove; the chosen PNG is kept inside the template."""

    def __init__(self, ref: str, changed: Any, page: QWidget) -> None:
        super().__init__(page)
        self.ref, self._changed = ref, changed
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.thumb = QLabel()
        self.thumb.setFixedSize(48, 48)
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose = QPushButton(self.tr("Choose…"))
        remove = QPushButton(self.tr("Remove"))
        choose.clicked.connect(self.choose)
        remove.clicked.connect(lambda: self.set_ref(""))
        for widget in (self.thumb, choose, remove):
            layout.addWidget(widget)
        layout.addStretch(1)
        self._show()

    def choose(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Choose a PNG image"), self.tr("PNG images (*.png)"), "images")
        if path is None:
            return
        try:
            with open(path, "rb") as source:
                self.set_ref(png_data_ref(source.read()))
        except (OSError, UnionOfficeError) as exc:
            messages.error(self, getattr(exc, "message", str(exc)))

    def set_ref(self, ref: str) -> None:
        self.ref = ref
        self._show()
        self._changed()

    def _show(self) -> None:
        pixmap = QPixmap()
        if self.ref:
            try:
                pixmap.loadFromData(image_bytes(self.ref))
            except UnionOfficeError:
                pixmap = QPixmap()
        if pixmap.isNull():
            self.thumb.setText(self.tr("none"))
            self.thumb.setPixmap(QPixmap())
        else:
            self.thumb.setPixmap(pixmap.scaled(48, 48, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))


# pdfium is not thread-safe: the preview worker and printing on the GUI thread take turns.
