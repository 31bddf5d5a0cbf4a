"""The template editor (live preview, save, Save PDF, print) and the verification dialog, driven with qtbot."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.messages import MessageLog
from unionoffice.db.engine import Database
from unionoffice.documents.templates import DocumentKind
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.certificates import templates as template_service
from unionoffice.services.certificates.issuing import CertificateSubject, issue_certificates
from unionoffice.services.core.context import Actor
from unionoffice.ui.certificates import editor_labels
from unionoffice.ui.certificates.number_pattern import NumberPatternPicker
from unionoffice.ui.certificates.save_certificates import save_certificates
from unionoffice.ui.certificates.template_editor import TemplateEditorPage
from unionoffice.ui.certificates.verify_dialog import VerifyDialog
from unionoffice.ui.shell import pages, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.widgets import pdf_pages

AWARD_FIELDS = {"赛事名称": "示例区第三届职工职业技能大赛", "赛项": "焊工", "奖项": "一等奖"}


def pdf_text(data: bytes) -> str:
    return "".join("".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def page(qtbot: QtBot, db: Database, admin: Actor, gui: MessageLog) -> TemplateEditorPage:
    widget = TemplateEditorPage(AppContext(db, admin))
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def line(page: TemplateEditorPage, name: str) -> QLineEdit:
    editor = page.editors[name]
    assert isinstance(editor, QLineEdit)
    return editor


def test_opens_with_a_preview_of_the_real_document(page: TemplateEditorPage, tmp_path: Path) -> None:
    assert page.pages == 1
    assert not page.ui.previewLabel.pixmap().isNull()
    assert "结业证书" in pdf_text(page.pdf)
    shot = tmp_path / "editor.png"
    assert page.grab().save(str(shot))
    assert shot.stat().st_size > 10_000


def test_preview_follows_the_form_after_a_short_pause(qtbot: QtBot, page: TemplateEditorPage) -> None:
    with qtbot.waitSignal(page.previewUpdated, timeout=3000):
        line(page, "title").setText("培训结业证书")
        line(page, "issuer").setText("长春市南关区总工会")
    text = pdf_text(page.pdf)
    assert "培训结业证书" in text
    assert "长春市南关区总工会" in text


def test_an_impossible_setting_is_shown_not_rendered(qtbot: QtBot, page: TemplateEditorPage) -> None:
    before = page.pdf
    picker = page.editors["number_pattern"]
    assert isinstance(picker, NumberPatternPicker)
    picker.combo.setCurrentIndex(picker.combo.count() - 1)  # 自定义…
    with qtbot.waitSignal(page.previewFailed, timeout=3000) as signal:
        picker.custom.setText("{code}-{serial}")
    assert "编号格式" in signal.args[0]
    assert "编号格式" in page.ui.statusLabel.text()
    assert page.pdf == before


def test_the_number_pattern_is_chosen_in_words_with_a_live_example(qtbot: QtBot, page: TemplateEditorPage) -> None:
    from datetime import date

    picker = page.editors["number_pattern"]
    assert isinstance(picker, NumberPatternPicker)
    assert picker.pattern() == "{year}-{code}-{serial:05d}"
    assert not picker.custom.isVisibleTo(picker)  # the raw pattern only for 自定义
    year = date.today().year
    code = line(page, "issuer_code")
    code.setText("NG")
    assert picker.combo.currentText().startswith(f"{year}-NG-00001 (")
    assert f"{year}-NG-00001" in picker.example.text()
    assert "5-digit serial" in picker.example.text()
    picker.combo.setCurrentIndex(picker.combo.findData("{code}〔{year}〕{serial}号"))
    assert f"NG〔{year}〕1号" in picker.example.text()
    with qtbot.waitSignal(page.previewUpdated, timeout=3000):
        picker.refresh()
    assert page.current_template().number_pattern == "{code}〔{year}〕{serial}号"


def test_save_and_reset(page: TemplateEditorPage, db: Database, gui: MessageLog) -> None:
    line(page, "title").setText("学习结业证书")
    page.save()
    assert template_service.load_template(db, DocumentKind.COMPLETION).title == "学习结业证书"
    assert not page.is_dirty()
    gui.answer = True
    page.reset()
    assert template_service.load_template(db, DocumentKind.COMPLETION).title == "结业证书"
    assert line(page, "title").text() == "结业证书"


def test_switching_kind_asks_before_dropping_edits(page: TemplateEditorPage, gui: MessageLog) -> None:
    line(page, "title").setText("改过的标题")
    gui.answer = False
    page.ui.kindCombo.setCurrentIndex(list(DocumentKind).index(DocumentKind.DECISION))
    assert gui.texts("confirm")
    assert line(page, "title").text() == "改过的标题"
    gui.answer = True
    page.ui.kindCombo.setCurrentIndex(list(DocumentKind).index(DocumentKind.DECISION))
    assert "doc_number" in page.editors
    assert page.pages >= 3
    assert "示例区总工会文件" in pdf_text(page.pdf)


def test_pages_of_a_long_document_can_be_turned(qtbot: QtBot, page: TemplateEditorPage) -> None:
    page.load_kind(DocumentKind.ROSTER)
    page.ui.sampleSpin.setValue(120)
    qtbot.waitUntil(lambda: page.pages > 2, timeout=3000)
    page.ui.nextButton.click()
    assert page.page == 1
    assert "2" in page.ui.pageLabel.text()


def test_save_pdf(page: TemplateEditorPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "sample.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    page.ui.savePdfButton.click()
    assert target.read_bytes() == page.pdf


def test_print_paints_every_page_at_the_documents_paper(page: TemplateEditorPage, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "printed.pdf"
    asked: list[bytes] = []

    def printer_to_file(parent: QWidget, pdf: bytes, title: str) -> QPrinter:
        asked.append(pdf)
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setFullPage(True)
        printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                          printer.pageLayout().margins()))
        return printer

    monkeypatch.setattr(pdf_pages, "ask_printer", printer_to_file)
    page.ui.printButton.click()
    assert asked == [page.pdf]
    assert len(PdfReader(str(target)).pages) == page.pages


def test_a_chosen_seal_is_stored_in_the_template(qtbot: QtBot, page: TemplateEditorPage, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    seal = tmp_path / "seal.png"
    Image.new("RGBA", (60, 60), (200, 0, 0, 200)).save(seal)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(seal), "")))
    picker = page.editors["seal_image"]
    with qtbot.waitSignal(page.previewUpdated, timeout=3000):
        picker.choose()  # type: ignore[attr-defined]
    assert page.current_template().seal_image.startswith("data:image/png;base64,")


def test_preview_renders_off_the_gui_thread(qtbot: QtBot, page: TemplateEditorPage,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tasks, "synchronous", False)
    with qtbot.waitSignal(page.previewUpdated, timeout=5000):
        line(page, "title").setText("线程里的证书")
    assert "线程里的证书" in pdf_text(page.pdf)


def test_page_is_registered_for_template_editors_only() -> None:
    spec = next(p for p in pages.PAGES if p.key == "templates")
    assert spec.permission is Permission.EDIT_TEMPLATES
    assert spec.target == "unionoffice.ui.certificates.template_editor:TemplateEditorPage"


def test_field_labels_are_marked_for_translation() -> None:
    from unionoffice.documents.templates import FIELD_SPECS

    assert {spec.label for spec in FIELD_SPECS} <= set(editor_labels.FIELD_LABELS)


def test_verify_dialog(qtbot: QtBot, db: Database, clerk: Actor, viewer: Actor) -> None:
    (cert,) = issue_certificates(db, clerk, "award", [CertificateSubject("陈𠮷祥", AWARD_FIELDS)], None,
                                 date(2024, 10, 19))
    dialog = VerifyDialog(AppContext(db, viewer))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.codeEdit, f"UOV:{cert.number}:{cert.verification_code}")
    dialog.ui.verifyButton.click()
    assert "真实有效" in dialog.ui.resultLabel.text()
    assert dialog.ui.nameValue.text() == "陈𠮷祥"
    assert dialog.ui.numberValue.text() == cert.number
    dialog.ui.codeEdit.setText("ABCDE-12345")
    dialog.ui.codeEdit.returnPressed.emit()
    assert "查无此证" in dialog.ui.resultLabel.text()
    assert dialog.ui.nameValue.text() == ""


@pytest.mark.parametrize("per_person", [False, True])
def test_batch_save_runs_as_a_task(db: Database, clerk: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   gui: MessageLog, per_person: bool) -> None:
    subjects = [CertificateSubject(n, AWARD_FIELDS) for n in ("张堃", "王喆")]
    issued = issue_certificates(db, clerk, "award", subjects, None, date(2024, 10, 19), "competition", 1)
    target = tmp_path / ("folder" if per_person else "all.pdf")
    target.parent.mkdir(exist_ok=True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(target)))
    save_certificates(None, AppContext(db, clerk), [c.id for c in issued], per_person=per_person,
                                      suggested_name="获奖证书")
    if per_person:
        assert sorted(p.name for p in target.iterdir()) == sorted(f"{c.number}_{c.person_name}.pdf" for c in issued)
    else:
        assert len(PdfReader(str(target)).pages) == 2
    assert gui.texts("info")
    assert str(target) in gui.texts("info")[0]
