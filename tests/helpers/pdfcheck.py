"""Reading PDFs back (text, fonts, character boxes) with the tools a province would use."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class FontRow:
    name: str
    type: str
    embedded: bool
    subset: bool
    unicode: bool


def require_poppler() -> None:
    if shutil.which("pdffonts") is None or shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdffonts, pdftotext) not installed")


def pdffonts(path: Path) -> list[FontRow]:
    """`pdffonts` (poppler): one row per font in the file."""
    require_poppler()
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [type…] encoding emb sub uni object-id generation
        rows.append(FontRow(parts[0], " ".join(parts[1:-6]), parts[-5] == "yes", parts[-4] == "yes",
                            parts[-3] == "yes"))
    return rows


def pdftotext(path: Path) -> str:
    require_poppler()
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pypdf_text(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(str(path)).pages]


@dataclass(frozen=True)
class CharBox:
    char: str
    left: float  # millimetres from the left edge of the page
    right: float
    top: float  # millimetres from the top edge of the page
    bottom: float


def char_boxes(path: Path, page_index: int, *, loose: bool = False) -> list[CharBox]:
    """Every character of a page with its box, via pdfium (what the preview and printing use). `loose` boxes
    span the advance width and the font's ascent/descent: the space a character takes in the layout."""
    import pypdfium2 as pdfium

    mm = 72 / 25.4
    document = pdfium.PdfDocument(str(path))
    try:
        page = document[page_index]
        height = page.get_height()
        textpage = page.get_textpage()
        boxes = []
        for index in range(textpage.count_chars()):
            char = textpage.get_text_range(index, 1)
            if not char.strip():
                continue
            left, bottom, right, top = textpage.get_charbox(index, loose=loose)
            boxes.append(CharBox(char, left / mm, right / mm, (height - top) / mm, (height - bottom) / mm))
        return boxes
    finally:
        document.close()


def page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def image_boxes(path: Path, page_index: int) -> list[tuple[float, float, float, float]]:
    """(left, top, right, bottom) in millimetres from the top-left corner of every image on a page."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    mm = 72 / 25.4
    document = pdfium.PdfDocument(str(path))
    try:
        page = document[page_index]
        height = page.get_height()
        boxes = []
        for obj in page.get_objects(max_depth=3):
            if obj.type == raw.FPDF_PAGEOBJ_IMAGE:
                left, bottom, right, top = obj.get_bounds()
                boxes.append((left / mm, (height - top) / mm, right / mm, (height - bottom) / mm))
        return boxes
    finally:
        document.close()
