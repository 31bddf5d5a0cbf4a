"""QR codes drawn as one PDF path: segno builds the matrix, each row's dark runs become rectangles."""

from __future__ import annotations

import re
from collections.abc import Sequence

import segno
from reportlab.pdfgen.canvas import Canvas

# segno tries all eight masks and keeps the one with the lowest penalty (≈1.2 ms of a 1.5 ms code). Any mask
# gives a valid, decodable symbol (ISO/IEC 18004 §7.8); the penalty only avoids patterns that may trouble
# poor scanners, and a short alphanumeric payload on a printed page is far from that. So the mask is fixed.
FIXED_MASK = 0
QUIET_ZONE = 4  # modules of white margin the standard asks for around the symbol


def qr_matrix(payload: str) -> Sequence[bytearray]:
    """Rows of 0/1 modules, error correction M (15 % of the symbol may be damaged or stamped over)."""
    qr = segno.make(payload, error="m", micro=False, boost_error=False, mask=FIXED_MASK, encoding="utf-8")
    matrix: Sequence[bytearray] = qr.matrix
    return matrix


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


def path_operators(matrix: Sequence[bytearray], x: float, y: float, module: float) -> str:
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
