"""PDF pages as pictures (previews) and on paper (the system print dialog), rendered by pdfium."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from unionoffice.ui.shell import messages

# pdfium is not thread-safe: previews render on the reader pool while printing runs on the GUI thread.
_pdfium_lock = threading.Lock()


def _render_page(page: Any, scale: float) -> QImage:
    bitmap = page.render(scale=scale, prefer_bgrx=True)  # BGRx in memory is QImage's RGB32 on every PC we run on
    image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32)
    return image.copy()  # own the pixels: the bytes object above is temporary


def pdf_page_image(pdf: bytes, index: int, box: tuple[int, int]) -> tuple[QImage, int]:
    """Page `index` of a PDF scaled to fit `box` (pixels); returns the image and the page count."""
    import pypdfium2 as pdfium

    with _pdfium_lock:
        document = pdfium.PdfDocument(pdf)
        try:
            count = len(document)
            page = document[max(0, min(index, count - 1))]
            scale = min(box[0] / page.get_width(), box[1] / page.get_height())
            return _render_page(page, scale), count
        finally:
            document.close()


def pdf_page_size(pdf: bytes) -> tuple[float, float]:
    import pypdfium2 as pdfium

    with _pdfium_lock:
        document = pdfium.PdfDocument(pdf)
        try:
            return float(document[0].get_width()), float(document[0].get_height())
        finally:
            document.close()


def ask_printer(parent: QWidget | None, pdf: bytes, title: str) -> QPrinter | None:
    """The system print dialog with the paper of the document preselected; None if cancelled."""
    width, height = pdf_page_size(pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)  # the PDF already has its margins; printer offsets live in the template
    size = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)  # A4 stays A4; a certificate sheet gets a custom size
    orientation = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(size, orientation, printer.pageLayout().margins()))
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def paint_pdf(printer: QPrinter, pdf: bytes, max_dpi: int = 300) -> int:
    """Paint every page of `pdf` onto the printer, rasterised by pdfium at the printer's resolution (at most
    `max_dpi`: a 600 dpi A4 page would be 140 MB of pixels for no visible gain). Returns the pages printed."""
    import pypdfium2 as pdfium

    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("打印机无法开始打印")
    try:
        dpi = min(printer.resolution(), max_dpi)
        with _pdfium_lock:
            document = pdfium.PdfDocument(pdf)
            try:
                count = len(document)
                for index in range(count):
                    if index:
                        printer.newPage()
                    image = _render_page(document[index], dpi / 72.0)
                    paper = printer.paperRect(QPrinter.Unit.DevicePixel)
                    painter.drawImage(QRectF(0, 0, paper.width(), paper.height()), image)
            finally:
                document.close()
    finally:
        painter.end()
    return count


def print_pdf(parent: QWidget | None, pdf: bytes, title: str) -> int:
    """Print a finished PDF through the system dialog; returns the pages sent (0 if cancelled)."""
    printer = ask_printer(parent, pdf, title)
    if printer is None:
        return 0
    try:
        return paint_pdf(printer, pdf)
    except OSError as exc:
        messages.error(parent, str(exc))
        return 0
