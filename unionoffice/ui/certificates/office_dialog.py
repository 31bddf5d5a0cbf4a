"""Office settings (单位设置): the name, 负责人, scanned seal, number prefixes and verification address every
document prints, and which font serves each role. Administrators only (OFFICE_SETTINGS)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionoffice.documents.images import image_bytes
from unionoffice.documents.office import Office
from unionoffice.domain.common.errors import UnionOfficeError
from unionoffice.services.certificates import office as office_service
from unionoffice.ui.shell import file_dialogs, messages, tasks
from unionoffice.ui.shell.context import AppContext

SEAL_PREVIEW = 120


class OfficeDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Office settings"))
        self.office = office_service.load_office(ctx.db)
        self.seal = self.office.seal
        self.edits = {name: QLineEdit(getattr(self.office, name)) for name in
                      ("name", "head", "doc_prefix", "letter_prefix", "verify_url")}
        self.edits["verify_url"].setPlaceholderText(self.tr("optional, e.g. https://zgh.example.gov.cn/verify"))
        form = QFormLayout()
        form.addRow(self.tr("Office name (signature)"), self.edits["name"])
        form.addRow(self.tr("Head of office (负责人)"), self.edits["head"])
        form.addRow(self.tr("Document number prefix (文件)"), self.edits["doc_prefix"])
        form.addRow(self.tr("Document number prefix (函)"), self.edits["letter_prefix"])
        form.addRow(self.tr("Verification web address"), self.edits["verify_url"])
        form.addRow(self.tr("Seal"), self._seal_row())
        form.addRow(self.tr("Fonts"), self._fonts_label())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self._show_seal()

    def _seal_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.seal_label = QLabel()
        self.seal_label.setFixedSize(SEAL_PREVIEW, SEAL_PREVIEW)
        self.seal_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seal_label.setStyleSheet("background: white; border: 1px solid #ccc")
        choose = QPushButton(self.tr("Import scan…"))
        choose.clicked.connect(self.choose_seal)
        hint = QLabel(self.tr("Scan the seal stamped on white paper (PNG, JPG or BMP); the white becomes "
                              "transparent. Until a seal is imported, only samples marked 样张 can be printed."))
        hint.setWordWrap(True)
        layout.addWidget(self.seal_label)
        layout.addWidget(choose, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(hint, 1)
        return row

    def _fonts_label(self) -> QLabel:
        from unionoffice.documents.fonts import ROLE_NAMES, default_fonts

        lines = [f"{ROLE_NAMES[role]}：{family}（{why}）" for role, family, why in default_fonts().describe()]
        label = QLabel("\n".join(lines))
        label.setWordWrap(True)
        return label

    def choose_seal(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Choose the scanned seal"),
                                      self.tr("Images (*.png *.jpg *.jpeg *.bmp)"), "images")
        if path is not None:
            self.import_seal(str(path))

    def import_seal(self, path: str) -> None:
        try:
            with open(path, "rb") as source:
                self.seal = office_service.seal_ref_from_scan(source.read())
        except (OSError, UnionOfficeError) as exc:
            messages.error(self, getattr(exc, "message", str(exc)))
            return
        self._show_seal()

    def _show_seal(self) -> None:
        pixmap = QPixmap()
        if self.seal:
            pixmap.loadFromData(image_bytes(self.seal))
        if pixmap.isNull():
            self.seal_label.setText(self.tr("no seal yet"))
        else:
            self.seal_label.setPixmap(pixmap.scaled(SEAL_PREVIEW, SEAL_PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                                                    Qt.TransformationMode.SmoothTransformation))

    def current(self) -> Office:
        return replace(self.office, seal=self.seal, **{k: e.text() for k, e in self.edits.items()})

    def save(self) -> None:
        office = self.current()
        tasks.run_write(self, lambda: office_service.save_office(self.ctx.db, self.ctx.actor, office), self._saved)

    def _saved(self, office: Office) -> None:
        self.office = office
        self.accept()


def open_office_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    OfficeDialog(ctx, parent).exec()
