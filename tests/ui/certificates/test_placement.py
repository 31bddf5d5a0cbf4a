"""Free placement dragged on the preview, the office settings dialog, 补发 from the verify dialog (qtbot)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from tests.helpers.messages import MessageLog
from tests.helpers.office import scanned_seal
from tests.helpers.pdfcheck import pdftotext
from unionoffice.db.engine import Database
from unionoffice.documents.elements import ElementType
from unionoffice.documents.templates import DocumentKind
from unionoffice.services.certificates import office as office_service
from unionoffice.services.certificates import templates as template_service
from unionoffice.services.certificates.issuing import CertificateSubject, issue_certificates
from unionoffice.services.core.context import Actor
from unionoffice.ui.certificates.office_dialog import OfficeDialog
from unionoffice.ui.certificates.template_editor import TemplateEditorPage
from unionoffice.ui.certificates.verify_dialog import VerifyDialog
from unionoffice.ui.shell.context import AppContext


@pytest.fixture
def editor(qtbot: QtBot, db: Database, admin: Actor, gui: MessageLog) -> TemplateEditorPage:
    page = TemplateEditorPage(AppContext(db, admin))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.load_kind(DocumentKind.HONOUR)
    return page


def test_dragging_an_element_on_the_preview_moves_it_by_millimetres(qtbot: QtBot, editor: TemplateEditorPage,
                                                                    db: Database) -> None:
    editor.free_box.setChecked(True)
    editor.render_preview()
    overlay = editor.overlay
    assert overlay.isVisible()
    elements = editor.elements_panel.elements
    number = next(i for i, e in enumerate(elements) if e.type is ElementType.NUMBER)
    before = elements[number]
    start = overlay.box(before).center().toPoint()
    distance = 40  # pixels
    qtbot.mousePress(overlay, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(overlay, start + QPoint(distance, distance))
    qtbot.mouseRelease(overlay, Qt.MouseButton.LeftButton, pos=start + QPoint(distance, distance))
    moved = editor.elements_panel.elements[number]
    mm = distance / overlay.px_per_mm()
    assert moved.x_mm == pytest.approx(before.x_mm + mm, abs=0.2)
    assert moved.y_mm == pytest.approx(before.y_mm + mm, abs=0.2)
    editor.elements_panel.list.setCurrentRow(number)
    editor.elements_panel.spins["x_mm"].setValue(33.5)  # or typed in millimetres
    editor.save()
    saved = template_service.load_template(db, DocumentKind.HONOUR)
    assert saved.elements[number].x_mm == 33.5
    assert saved.elements[number].y_mm == pytest.approx(moved.y_mm, abs=0.05)


def test_the_office_dialog_imports_a_scan_and_saves(qtbot: QtBot, db: Database, admin: Actor, gui: MessageLog,
                                                    tmp_path: Path) -> None:
    dialog = OfficeDialog(AppContext(db, admin))
    qtbot.addWidget(dialog)
    scan = tmp_path / "seal.bmp"
    scan.write_bytes(scanned_seal("BMP"))
    dialog.import_seal(str(scan))
    assert not dialog.seal_label.pixmap().isNull()
    dialog.edits["head"].setText("李华")
    dialog.save()
    office = office_service.load_office(db)
    assert office.head == "李华"
    assert office.seal == dialog.seal
    labels = " ".join(label.text() for label in dialog.findChildren(type(dialog.seal_label)))
    assert "楷体：LXGW WenKai" in labels  # which font serves each role, and why


def test_reissue_from_the_verify_dialog(qtbot: QtBot, db: Database, clerk: Actor, gui: MessageLog,
                                        tmp_path: Path) -> None:
    (cert,) = issue_certificates(db, clerk, "honour", [CertificateSubject("欧阳䶮", {"年度": "2024",
                                 "荣誉称号": "优秀工会积极分子"})], None, date(2024, 10, 19))
    dialog = VerifyDialog(AppContext(db, clerk))
    qtbot.addWidget(dialog)
    assert not dialog.reissue_button.isEnabled()
    dialog.ui.codeEdit.setText(cert.verification_code)
    dialog.verify()
    assert dialog.reissue_button.isEnabled()
    target = tmp_path / "bufa.pdf"
    dialog.reissue(target)
    assert "补发" in pdftotext(target)
    assert dialog.ui.reprintValue.text() == "1"


def test_a_viewer_sees_no_reissue_action(qtbot: QtBot, db: Database, viewer: Actor) -> None:
    dialog = VerifyDialog(AppContext(db, viewer))
    qtbot.addWidget(dialog)
    assert dialog.reissue_button.isHidden()
