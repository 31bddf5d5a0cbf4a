"""Rendering entry points: personal documents into one PDF or one file each, decisions and rosters."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from unionoffice.documents.certificate import CertificatePainter
from unionoffice.documents.fonts import FontSet, default_fonts
from unionoffice.documents.official import AwardLetterPainter, DecisionData, draw_decision
from unionoffice.documents.pdf import Cancellable, PersonDocument, Progress, Target, new_canvas, report
from unionoffice.documents.roster import RosterData, draw_roster
from unionoffice.documents.templates import DocumentKind, Template
from unionoffice.documents.text import fill_fields
from unionoffice.domain.common.errors import ValidationError
from unionoffice.fileutil import fresh_private

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')  # characters Windows does not allow in file names


def painter_for(canvas: Canvas, template: Template, fonts: FontSet) -> CertificatePainter | AwardLetterPainter:
    if template.kind.is_certificate:
        return CertificatePainter(canvas, template, fonts)
    if template.kind is DocumentKind.AWARD_LETTER:
        return AwardLetterPainter(canvas, template, fonts)
    raise ValidationError(f"「{template.kind_name}」不是发给个人的文书", field="文书类型")


def render_people(template: Template, items: Iterable[PersonDocument], target: Target, *, total: int = 0,
                  fonts: FontSet | None = None, progress: Progress | None = None,
                  cancel: Cancellable | None = None, specimen: bool = False) -> int:
    """All pages in one PDF, in the order given; returns the page count. `specimen` marks each page 样张."""
    fonts = fonts or default_fonts()
    canvas = new_canvas(target, template, fonts, specimen=specimen)
    painter = painter_for(canvas, template, fonts)
    count = 0
    for item in items:
        report(progress, cancel, count, total)
        painter.draw_page(item)
        count += 1
    canvas.save()
    report(progress, None, count, max(total, count))
    return count


def file_name(item: PersonDocument) -> str:
    """编号_姓名.pdf, with characters Windows forbids replaced so any number pattern gives a valid name."""
    return _UNSAFE.sub("_", f"{item.number}_{item.name}") + ".pdf"


def render_people_to_folder(template: Template, items: Sequence[PersonDocument], folder: Path, *,
                            fonts: FontSet | None = None, progress: Progress | None = None,
                            cancel: Cancellable | None = None) -> list[Path]:
    """One PDF per person. Each file is written under a temporary name and renamed when complete; on cancel
    the files of this run are removed again, so the folder never holds a half-written certificate."""
    fonts = fonts or default_fonts()
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    try:
        for index, item in enumerate(items):
            report(progress, cancel, index, len(items))
            buffer = io.BytesIO()
            canvas = new_canvas(buffer, template, fonts, title=f"{template.title} {item.number}")
            painter_for(canvas, template, fonts).draw_page(item)
            canvas.save()
            path = folder / file_name(item)
            partial = fresh_private(path.with_name(path.name + ".part"))
            partial.write_bytes(buffer.getvalue())
            os.replace(partial, path)
            written.append(path)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    report(progress, None, len(items), len(items))
    return written


def render_decision(template: Template, data: DecisionData, target: Target, *, fonts: FontSet | None = None,
                    specimen: bool = False) -> int:
    fonts = fonts or default_fonts()
    title = fill_fields(template.title, {**template.extra, **data.values}, where="标题")
    canvas = new_canvas(target, template, fonts, title=title, specimen=specimen)
    pages = draw_decision(canvas, fonts, template, data)
    canvas.save()
    return pages


def render_roster(template: Template, data: RosterData, target: Target, *, fonts: FontSet | None = None,
                  specimen: bool = False) -> int:
    fonts = fonts or default_fonts()
    title = fill_fields(template.title, {**template.extra, **data.values}, where="标题")
    canvas = new_canvas(target, template, fonts, title=title, specimen=specimen)
    pages = draw_roster(canvas, fonts, template, data)
    canvas.save()
    return pages
