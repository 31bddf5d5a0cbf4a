"""Certificates: 1,414 with QR codes into one PDF and into 1,414 files, beside plain reportlab drawing the same page."""

from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from benchmarks.harness import WORK, Row, Section, median
from unionoffice.documents.certificate import Layout
from unionoffice.documents.office import SAMPLE_OFFICE, for_office
from unionoffice.documents.pdf import MM, PersonDocument
from unionoffice.documents.qr import QUIET_ZONE, qr_matrix
from unionoffice.documents.render import render_people, render_people_to_folder
from unionoffice.documents.samples import SAMPLE_DATE, SAMPLE_KEY, sample_name, sample_people
from unionoffice.documents.templates import DocumentKind, Template, default_template, format_number
from unionoffice.domain.certificates.verification import format_code, qr_content, verification_code
from unionoffice.domain.common.chinese_dates import format_date
from unionoffice.paths import resource
from unionoffice.services.certificates.merge import needed_fields, read_rows

FINALISTS = 1414  # the 3rd provincial contest's finalists (docs/domain.md (e))
PLAIN_FONT = "bench-plain-kai"


def _register_plain_font() -> None:
    """The engine's 楷体 file (LXGW WenKai), registered the way a plain reportlab script would (default options)."""
    if PLAIN_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(PLAIN_FONT, str(resource("fonts", "LXGWWenKai-Regular.ttf"))))


class PlainPage:
    """The award certificate drawn with reportlab calls only: same strings, positions, font, seal and QR, but no
    templates, no font fallback, no justification, no shrink-to-fit and no shared forms."""

    def __init__(self, template: Template, qr: str) -> None:
        self.t, self.qr = template, qr
        self.lay = Layout.for_sheet(*template.page_size_mm())
        self.seal = str(resource("templates", "seal.png"))

    def draw(self, c: Canvas, p: PersonDocument) -> None:
        t, lay = self.t, self.lay
        m = lay.margin
        c.setStrokeColorRGB(0.72, 0.53, 0.04)
        c.setLineWidth(3)
        c.rect(m, m, lay.width - 2 * m, lay.height - 2 * m)
        c.setLineWidth(0.8)
        c.rect(m + 5 * MM, m + 5 * MM, lay.width - 2 * m - 10 * MM, lay.height - 2 * m - 10 * MM)
        c.setFillColorRGB(0.784, 0.063, 0.180)
        title = c.beginText()
        title.setFont(PLAIN_FONT, t.title_size)
        title.setCharSpace(t.title_size * 0.6)
        width = pdfmetrics.stringWidth(t.title, PLAIN_FONT, t.title_size) + t.title_size * 0.6 * (len(t.title) - 1)
        title.setTextOrigin((lay.width - width) / 2, lay.title_y)
        title.textOut(t.title)
        c.drawText(title)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(PLAIN_FONT, max(9.0, t.body_size * 0.5))
        c.drawString(m + 9 * MM, lay.height - m - 9 * MM - 11, f"证书编号：{p.number}")
        c.setFont(PLAIN_FONT, t.body_size + 2)
        c.drawString(lay.text_left, lay.addressee_y, f"{p.name}同志：")
        c.setFont(PLAIN_FONT, t.body_size)
        y = lay.addressee_y - t.body_size * 2
        body = t.body
        for key, value in p.fields.items():
            body = body.replace(f"{{{key}}}", value)
        for paragraph in body.splitlines():
            for line in simpleSplit("　　" + paragraph, PLAIN_FONT, t.body_size, lay.text_right - lay.text_left):
                c.drawString(lay.text_left, y, line)
                y -= t.body_size * 1.75
        date_y = lay.issuer_y - t.body_size * 1.6
        c.drawCentredString(lay.issuer_x, lay.issuer_y, t.issuer or SAMPLE_OFFICE.name)
        c.drawCentredString(lay.issuer_x, date_y, format_date(p.issue_date, t.date_style))
        d = t.seal_diameter_mm * MM
        cy = (lay.issuer_y + date_y) / 2 + t.body_size * 0.6
        c.drawImage(self.seal, lay.issuer_x - d / 2, cy - d / 2, d, d, mask="auto")
        if self.qr:
            self._qr(c, p)
        c.showPage()

    def content(self, p: PersonDocument) -> str:
        return qr_content(p.number, p.code, issuer=self.t.issuer or SAMPLE_OFFICE.name, kind_name=self.t.kind_name)

    def _qr(self, c: Canvas, p: PersonDocument) -> None:
        lay = self.lay
        x0 = y0 = lay.margin + 7 * MM
        if self.qr == "widget":
            from reportlab.graphics import renderPDF
            from reportlab.graphics.barcode.qr import QrCodeWidget
            from reportlab.graphics.shapes import Drawing

            widget = QrCodeWidget(self.content(p), barLevel="M")
            drawing = Drawing(lay.qr_size, lay.qr_size)
            drawing.add(widget)
            renderPDF.draw(drawing, c, x0, y0)
        else:
            matrix = qr_matrix(self.content(p))  # the same symbol as the engine (zxing-cpp)
            module = lay.qr_size / (len(matrix) + 2 * QUIET_ZONE)
            top = y0 + (QUIET_ZONE + len(matrix)) * module
            if self.qr == "modules":  # reportlab's path API, one rect per dark module
                path = c.beginPath()
                for r, row in enumerate(matrix):
                    for col, dark in enumerate(row):
                        if dark:
                            path.rect(x0 + (QUIET_ZONE + col) * module, top - (r + 1) * module, module, module)
                c.drawPath(path, stroke=0, fill=1)
            else:  # "path": each row's dark runs as rectangles of one literal path, as the engine does
                rects = []
                for r, row in enumerate(matrix):
                    col = 0
                    while col < len(row):
                        if row[col]:
                            start = col
                            while col < len(row) and row[col]:
                                col += 1
                            rects.append(f"{x0 + (QUIET_ZONE + start) * module:.2f} {top - (r + 1) * module:.2f} "
                                         f"{(col - start) * module:.2f} {module:.2f} re")
                        col += 1
                c.addLiteral("q 0 g " + " ".join(rects) + " f Q")
        c.setFont(PLAIN_FONT, max(9.0, self.t.body_size * 0.5))
        c.drawString(x0 + lay.qr_size + MM, y0 + lay.qr_size * 0.3, f"查验码：{format_code(p.code)}")


def plain_one_pdf(template: Template, people: Sequence[PersonDocument], qr: str) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(297 * MM, 210 * MM), initialFontName=PLAIN_FONT)
    page = PlainPage(template, qr)
    for person in people:
        page.draw(canvas, person)
    canvas.save()
    return buffer.getvalue()


def plain_files(template: Template, people: Sequence[PersonDocument], folder: Path) -> list[Path]:
    page = PlainPage(template, "path")
    paths = []
    for person in people:
        path = folder / f"{person.number}_{person.name}.pdf"
        canvas = Canvas(str(path), pagesize=(297 * MM, 210 * MM), initialFontName=PLAIN_FONT)
        page.draw(canvas, person)
        canvas.save()
        paths.append(path)
    return paths


def _interleaved(jobs: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """Median seconds of each job, run in turns so that a busy moment on the machine hits all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(repeat):
        for name, job in jobs.items():
            start = time.perf_counter()
            job()
            times[name].append(time.perf_counter() - start)
    return {name: median(values) for name, values in times.items()}


def _folder(name: str) -> Path:
    folder = WORK / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def run(args: argparse.Namespace) -> Section:
    count = int(os.environ.get("BENCH_DOCUMENTS_COUNT", FINALISTS))
    repeat = 3 if count >= FINALISTS else 1
    template = for_office(default_template(DocumentKind.AWARD), SAMPLE_OFFICE)
    people = list(sample_people(template, count))
    _register_plain_font()
    render_people(template, people[:10], io.BytesIO())  # warm-up: fonts, seal, forms
    plain_one_pdf(template, people[:10], "path")

    t = _interleaved({
        "engine": lambda: render_people(template, people, io.BytesIO()),
        "plain": lambda: plain_one_pdf(template, people, "path"),
        "plain_modules": lambda: plain_one_pdf(template, people, "modules"),
        "plain_no_qr": lambda: plain_one_pdf(template, people, ""),
    }, repeat)
    engine, plain = t["engine"], t["plain"]
    widget_pages = min(100, count)
    widget = _interleaved({"w": lambda: plain_one_pdf(template, people[:widget_pages], "widget")}, 1)["w"]
    widget /= widget_pages
    one_pdf = io.BytesIO()
    render_people(template, people, one_pdf)

    folder = _folder("documents-files")
    start = time.perf_counter()
    paths = render_people_to_folder(template, people, folder)
    engine_files = time.perf_counter() - start
    sizes = [p.stat().st_size for p in paths]
    plain_folder = _folder("documents-plain-files")
    start = time.perf_counter()
    plain_paths = plain_files(template, people, plain_folder)
    plain_files_time = time.perf_counter() - start
    plain_sizes = [p.stat().st_size for p in plain_paths]
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(plain_folder, ignore_errors=True)

    pps, plain_pps = count / engine, count / plain
    ratio = engine / plain
    fps, plain_fps = count / engine_files, count / plain_files_time
    section = Section("documents", f"Certificates: {count:,} award certificates with QR codes")
    section.rows += [
        Row(f"{count:,} certificates with QR into one PDF", f"{pps:,.0f} pages/s ({engine:.2f} s, "
            f"{len(one_pdf.getvalue()) / 1e6:.1f} MB)", f"plain reportlab, same page, QR runs as one path: "
            f"{plain_pps:,.0f} pages/s ({plain:.2f} s)", "≥ 400 pages/s", pps >= 400),
        Row("engine time ÷ plain reportlab time (same run)", f"{ratio:.2f}×", "", "≤ 1.3×", ratio <= 1.3),
        Row("plain reportlab, same page, QR as one rect per module", f"{count / t['plain_modules']:,.0f} pages/s",
            "", "", None),
        Row("plain reportlab, same page without a QR code", f"{count / t['plain_no_qr']:,.0f} pages/s", "", "",
            None),
        Row(f"plain reportlab with its own QrCodeWidget ({widget_pages} pages)", f"{1 / widget:,.0f} pages/s "
            f"({widget * 1000:.1f} ms/page)", "", "", None),
        Row(f"{count:,} separate PDFs with QR (编号_姓名.pdf)", f"{fps:,.0f} files/s ({engine_files:.1f} s)",
            f"plain reportlab, same page, one file each: {plain_fps:,.0f} files/s", "≥ 80 files/s", fps >= 80),
        Row("size of each separate PDF", f"max {max(sizes) / 1024:.1f} KB, median "
            f"{statistics.median(sizes) / 1024:.1f} KB", f"plain reportlab: max {max(plain_sizes) / 1024:.1f} KB",
            "< 60 KB", max(sizes) < 60 * 1024),
    ]
    section.notes += [
        "Both sides draw the same award certificate (LXGW WenKai, seal PNG, border, title, number, addressee, body, "
        "issuer, date, QR code) for the same sample people, in the same process; one-PDF "
        f"figures are medians of {repeat} interleaved runs.",
        "The baseline for the ratio is plain reportlab calls drawing everything on every page, with the QR code "
        "from the same zxing-cpp matrix drawn as one path of row runs. The engine additionally fills "
        "template fields, picks a font per character by its outlines (fontTools; the plain page trusts the one "
        "font), justifies and shrinks text to fit, and draws border, title, issuer, date and seal as PDF forms once "
        "per file. The one-rect-per-module, no-QR and QrCodeWidget rows show what the QR code costs.",
        "The merged rows: an xlsx of 1,414 rows (a title row, 序号, 姓名, 年度, 荣誉称号) read by the exchange reader "
        "(header search, column mapping, cell checks), numbered and given verification codes, rendered into one PDF; "
        "beside it python-calamine reads the same sheet and plain reportlab draws the same pages. The last row adds "
        "what `documents merge` does on top: the numbers, records and audit entries in SQLite, in one transaction.",
        "Both QR codes hold the Chinese verification sentence (a 45×45 symbol, documents/qr.py; issue 13), which "
        "costs every page about three times the old `UOV:` payload. The machine is shared with other builds; "
        "figures vary by up to 2× between runs, ratios much less.",
        "reportlab's ASCII85 stream wrapping is off for both (the engine turns it off process-wide); the engine "
        "registers fonts with `asciiReadable=False` so a file embeds only the glyphs it uses.",
    ]
    section.rows += merged_honours(count, repeat)
    return section


def write_honour_sheet(path: Path, count: int) -> None:
    """The spreadsheet a clerk merges from: a title row, then 序号, 姓名, 年度, 荣誉称号."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("名单")
    sheet.write_row(0, 0, ["2024年度优秀工会积极分子名单"])
    sheet.write_row(1, 0, ["序号", "姓名", "年度", "荣誉称号"])
    for index in range(count):
        sheet.write_row(index + 2, 0, [index + 1, sample_name(index), "2024", "优秀工会积极分子"])
    book.close()


def engine_merge(template: Template, sheet: Path) -> bytes:
    """The merge's print path: the exchange reader (header found, columns mapped, cells checked), the rows made
    documents with numbers and verification codes, every page rendered into one PDF."""
    rows = read_rows(sheet, needed_fields(template))
    documents = []
    for serial, row in enumerate(rows, start=1):
        number = format_number(template, SAMPLE_DATE.year, serial)
        name = str(row.values["姓名"])
        documents.append(PersonDocument(number, name, SAMPLE_DATE, verification_code(SAMPLE_KEY, number, name,
                                        SAMPLE_DATE), {"年度": str(row.values["年度"]),
                                                       "荣誉称号": str(row.values["荣誉称号"])}))
    buffer = io.BytesIO()
    render_people(template, documents, buffer, total=len(documents))
    return buffer.getvalue()


def plain_merge(template: Template, sheet: Path) -> bytes:
    """Plain libraries doing the same: calamine reads the sheet, reportlab draws each page."""
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(sheet)).get_sheet_by_index(0).to_python()[2:]
    people = []
    for serial, (_no, name, year, title) in enumerate(rows, start=1):
        number = format_number(template, SAMPLE_DATE.year, serial)
        people.append(PersonDocument(number, str(name), SAMPLE_DATE, verification_code(
            SAMPLE_KEY, number, str(name), SAMPLE_DATE), {"年度": str(year), "荣誉称号": str(title)}))
    return plain_one_pdf(template, people, "path")


def merged_honours(count: int, repeat: int) -> list[Row]:
    template = for_office(default_template(DocumentKind.HONOUR), SAMPLE_OFFICE)
    sheet = WORK / "honours.xlsx"
    sheet.parent.mkdir(parents=True, exist_ok=True)
    write_honour_sheet(sheet, count)
    engine_merge(template, sheet)  # warm-up: the segmenter, fonts, seal
    t = _interleaved({"engine": lambda: engine_merge(template, sheet),
                      "plain": lambda: plain_merge(template, sheet)}, repeat)
    issued = _merge_with_database(sheet, count)
    pps, plain_pps, ratio = count / t["engine"], count / t["plain"], t["engine"] / t["plain"]
    return [
        Row(f"{count:,} honour certificates merged from an xlsx, with QR, into one PDF",
            f"{pps:,.0f} pages/s ({t['engine']:.2f} s)", f"calamine + plain reportlab, same pages: "
            f"{plain_pps:,.0f} pages/s ({t['plain']:.2f} s)", "≥ 400 pages/s", pps >= 400),
        Row("merge time ÷ plain libraries' time (same run)", f"{ratio:.2f}×", "", "≤ 1.3×", ratio <= 1.3),
        Row(f"`documents merge`: {count:,} honour certificates issued (numbers, codes, audit) into SQLite and "
            "printed in one transaction", f"{count / issued:,.0f} pages/s ({issued:.2f} s)", "", "", None),
    ]


def _merge_with_database(sheet: Path, count: int) -> float:
    from unionoffice.domain.common.permissions import Role
    from unionoffice.services.certificates.merge import merge_spreadsheet
    from unionoffice.services.core.context import SYSTEM, Actor
    from unionoffice.services.core.startup import open_database
    from unionoffice.services.demo.office import set_up_demo_office

    path = WORK / "merge.db"
    for leftover in WORK.glob("merge.db*"):
        leftover.unlink()
    db = open_database(f"sqlite:///{path}", create=True)  # a new file is made only when asked for
    try:
        set_up_demo_office(db, SYSTEM)
        start = time.perf_counter()
        clerk = Actor("bench", Role.CLERK, user_id=1)  # issuing is a clerk's job (the administrator may not)
        result = merge_spreadsheet(db, clerk, "honour", sheet, WORK / "merged.pdf", issue_date=SAMPLE_DATE)
        assert len(result.issued) == count
        return time.perf_counter() - start
    finally:
        db.dispose()
