"""The QR code drawn as one path: same modules as segno's symbol, in the right place and orientation."""

from __future__ import annotations

from pathlib import Path

import segno
from reportlab.pdfgen.canvas import Canvas

from unionoffice.documents.qr import FIXED_MASK, QUIET_ZONE, draw_qr, path_operators, qr_matrix

PAYLOAD = "UOV:2024-JN-00123:ABCDE12345"


def test_matrix_is_segnos_symbol_with_the_fixed_mask() -> None:
    expected = segno.make(PAYLOAD, error="m", micro=False, boost_error=False, mask=FIXED_MASK)
    assert [bytes(r) for r in qr_matrix(PAYLOAD)] == [bytes(r) for r in expected.matrix]
    assert expected.version == 2
    assert expected.mode == "alphanumeric"


def test_one_rectangle_per_horizontal_run() -> None:
    matrix = qr_matrix(PAYLOAD)
    runs = sum(1 for row in matrix for i, v in enumerate(row) if v and (i == 0 or not row[i - 1]))
    ops = path_operators(matrix, 0, 0, 1)
    assert ops.count(" re") == runs


def test_drawn_modules_match_the_matrix(tmp_path: Path) -> None:
    """Rasterise the PDF and sample every module centre: the printed code is the encoded one."""
    import pypdfium2 as pdfium

    size = 200.0
    path = tmp_path / "qr.pdf"
    canvas = Canvas(str(path), pagesize=(size, size))
    draw_qr(canvas, PAYLOAD, 0, 0, size)
    canvas.showPage()
    canvas.save()
    matrix = qr_matrix(PAYLOAD)
    n = len(matrix)
    module = size / (n + 2 * QUIET_ZONE)
    document = pdfium.PdfDocument(str(path))
    try:
        image = document[0].render(scale=4).to_pil().convert("L")
    finally:
        document.close()
    for row in range(n):
        for col in range(n):
            x = (QUIET_ZONE + col + 0.5) * module * 4
            y = (QUIET_ZONE + row + 0.5) * module * 4  # image rows run top-down, like the matrix
            dark = image.getpixel((int(x), int(y))) < 128
            assert dark == bool(matrix[row][col]), (row, col)
    # the quiet zone stays white
    assert image.getpixel((int(module * 2), int(module * 2))) > 200
