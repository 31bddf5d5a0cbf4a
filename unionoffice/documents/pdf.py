"""The PDF canvas every document starts from, the data a personal document is made of, job callbacks."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO, Protocol

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from unionoffice import __version__
from unionoffice.documents.fonts import FontSet, Role
from unionoffice.documents.templates import OFFICE_FIELDS, Template
from unionoffice.documents.text import fields_in
from unionoffice.domain.common.chinese_dates import format_date

# reportlab wraps every stream in ASCII85 by default (a 7-bit-safe habit from e-mail days): 25 % more bytes
# in each of 1,414 certificate files for nothing. Only UnionOffice uses reportlab in this process.
rl_config.useA85 = 0

MM = float(mm)
Target = str | Path | BinaryIO
Progress = Callable[[int, int], None]


class Cancellable(Protocol):
    """What a long render polls between pages (unionoffice.services.core.tasks.CancelToken fits)."""

    def raise_if_cancelled(self) -> None: ...


# Fields every personal document knows from the certificate itself; templates may use them freely. 称谓 (the form of
# address after the name) is 同志 unless the document says otherwise: a unit or a team honoured is addressed by name.
STANDARD_FIELDS = ("姓名", "称谓", "证书编号", "发证单位", "发证日期")


@dataclass(frozen=True)
class PersonDocument:
    """One certificate or award letter: its number, the person, and the values of the template's fields."""

    number: str
    name: str
    issue_date: date
    code: str = ""  # verification code (10 characters), "" when none is printed
    fields: Mapping[str, str] = field(default_factory=dict)
    reissued_on: date | None = None  # a 补发: the same number and code, marked with the date it was reissued

    def values(self, template: Template) -> dict[str, str]:
        """{字段: text} for the template's body; the certificate's own facts cannot be overridden by fields."""
        office = {k: template.extra[k] for k in OFFICE_FIELDS if k in template.extra}
        return {
            "称谓": "同志",
            **office,
            **self.fields,
            "姓名": self.name,
            "证书编号": self.number,
            "发证单位": template.issuer,
            "发证日期": format_date(self.issue_date, template.date_style),
        }


SPECIMEN_TEXT = "样张"


class DocumentCanvas(Canvas):
    """A canvas that can mark every page 样张 (samples and previews: never mistaken for a real document)."""

    specimen_fonts: FontSet | None = None

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        if self.specimen_fonts is not None:
            draw_specimen_mark(self, self.specimen_fonts)
        super().showPage()


def draw_specimen_mark(canvas: Canvas, font: FontSet) -> None:
    """样张 diagonally across the page in light red, over everything else. Drawn as outlines, not text, so
    text extraction and searches in the PDF read only the document itself."""
    width, height = canvas._pagesize  # type: ignore[attr-defined]
    size = min(width, height) * 0.28
    canvas.saveState()
    canvas.setFillColorRGB(0.86, 0.2, 0.2, alpha=0.22)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(30 if width >= height else 55)
    x = -size * len(SPECIMEN_TEXT) / 2
    for char in SPECIMEN_TEXT:
        outline = font.outline(Role.HEI, char)
        path = canvas.beginPath()
        scale = size / outline.units_per_em
        for op, points in outline.ops:
            coords = [(x + px * scale, -size * 0.35 + py * scale) for px, py in points]
            getattr(path, op)(*[v for point in coords for v in point])
        canvas.drawPath(path, stroke=0, fill=1)
        x += size
    canvas.restoreState()


def new_canvas(target: Target, template: Template, fonts: FontSet, *, title: str = "",
               specimen: bool = False) -> Canvas:
    """A canvas whose initial font is an embedded CJK font, so no unembedded Helvetica is left in the file."""
    width, height = template.page_size_mm()
    canvas = DocumentCanvas(
        target if not isinstance(target, Path) else str(target),
        pagesize=(width * MM, height * MM),
        # types-reportlab declares initialFontName a float; reportlab takes the font's name.
        initialFontName=fonts.font_name(Role(template.body_role)),  # type: ignore[arg-type]
        initialFontSize=12,
        pageCompression=1,
    )
    if specimen:
        canvas.specimen_fonts = fonts
    canvas.setTitle(document_title(title or template.title, template))
    canvas.setAuthor(template.issuer)
    canvas.setCreator(f"UnionOffice {__version__}")
    canvas.setSubject(template.kind_name)
    return canvas


def document_title(title: str, template: Template) -> str:
    """The PDF title metadata with its {字段} filled from the template's values (never "{赛事名称}")."""
    values = dict(template.extra)
    for name in fields_in(title):
        title = title.replace(f"{{{name}}}", values.get(name, ""))
    return title


def report(progress: Progress | None, cancel: Cancellable | None, done: int, total: int) -> None:
    if cancel is not None:
        cancel.raise_if_cancelled()
    if progress is not None:
        progress(done, total)
