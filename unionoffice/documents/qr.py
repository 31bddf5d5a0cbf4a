"""QR codes drawn as one PDF path: zxing-cpp builds the matrix, each row's dark runs become rectangles."""

from __future__ import annotations

import re
from collections.abc import Sequence

import zxingcpp
from reportlab.pdfgen.canvas import Canvas

QUIET_ZONE = 4  # modules of white margin the standard asks for around the symbol
# zxing-cpp returns one byte per module, 0 for dark and 255 for light; as 1 and 0 they feed the run finder.
_MODULES = bytes.maketrans(b"\x00\xff", b"\x01\x00")


def qr_matrix(payload: str) -> Sequence[bytes]:
    """Rows of 0/1 modules, error correction M (15 % of the symbol may be damaged or stamped over).

    zxing-cpp (C++) rather than a pure-Python encoder: the verification QR carries a Chinese sentence or a
    URL (docs/documents.md), a 45×45 symbol that took segno 3–7 ms a page; zxing-cpp takes a fraction of it."""
    symbol = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = symbol.to_image(scale=1, add_quiet_zones=False)
    size = image.shape[0]
    data = bytes(memoryview(image)).translate(_MODULES)  # type: ignore[arg-type]  # Image has the buffer protocol
    return [data[row * size:(row + 1) * size] for row in range(size)]


def _grid(x: float, y: float, module: float, n: int) -> tuple[list[str], list[str], list[str]]:
    """Formatted column x, row y and run widths, shared by every code of one size at one place on the page."""
    key = (x, y, module, n)
    grid = _grids.get(key)
    if grid is None:
        top = y + module * n
        grid = ([f"{x + i * module:.2f}" for i in range(n)],
                [f"{top - module * (r + 1):.2f}" for r in range(n)],
                [f"{k * module:.2f}" for k in range(n + 1)])
        if len(_grids) > 64:
            _grids.clear()
        _grids[key] = grid
    return grid


_grids: dict[tuple[float, float, float, int], tuple[list[str], list[str], list[str]]] = {}
_DARK_RUN = re.compile(b"\x01+")


def path_operators(matrix: Sequence[bytes], x: float, y: float, module: float) -> str:
    """PDF operators filling every horizontal run of dark modules: one path, one fill, no per-module objects."""
    xs, ys, widths = _grid(x, y, module, len(matrix))
    height = widths[1]
    parts = []
    for row_index, row in enumerate(matrix):
        row_y = ys[row_index]
        for run in _DARK_RUN.finditer(row):
            start, end = run.span()
            parts.append(f"{xs[start]} {row_y} {widths[end - start]} {height} re")
    return " ".join(parts)


def draw_qr(canvas: Canvas, payload: str, x: float, y: float, size: float, *, white_behind: bool = False) -> None:
    """Draw the code so that symbol plus quiet zone fill the square of side `size` at (x, y)."""
    matrix = qr_matrix(payload)
    module = size / (len(matrix) + 2 * QUIET_ZONE)
    inner = x + QUIET_ZONE * module, y + QUIET_ZONE * module
    ops = path_operators(matrix, inner[0], inner[1], module)
    background = f"1 g {x:.2f} {y:.2f} {size:.2f} {size:.2f} re f " if white_behind else ""
    canvas.addLiteral(f"q {background}0 g {ops} f Q")
