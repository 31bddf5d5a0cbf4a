"""The QR code drawn as one path: the encoder's symbol, decodable, in the right place and orientation."""

from __future__ import annotations

from pathlib import Path

import segno
from reportlab.pdfgen.canvas import Canvas

from unionoffice.documents.qr import QUIET_ZONE, draw_qr, path_operators, qr_matrix

PAYLOAD = "UOV:2024-JN-00123:ABCDE12345"


def test_matrix_is_the_encoders_symbol_and_decodes_to_the_payload() -> None:
    # The matrix now comes from zxing-cpp (issue 13: the Chinese QR content made segno too slow); the symbol is
    # compared with segno's for size and read back with zxing's decoder.
    expected = segno.make(PAYLOAD, error="m", micro=False, boost_error=False)
    matrix = qr_matrix(PAYLOAD)
    assert len(matrix) == len(expected.matrix) == 25  # version 2 in alphanumeric mode, as before
    assert expected.mode == "alphanumeric"
    assert _decoded(matrix) == PAYLOAD
    chinese = "示例区总工会颁发的荣誉证书，查验码 ABCDE-12345，请向发证单位查验。UOV:2024-RY-00001:ABCDE12345"
    assert _decoded(qr_matrix(chinese)) == chinese


def _decoded(matrix: list[bytes] | object) -> str:
    import zxingcpp
    from PIL import Image

    rows = list(matrix)  # type: ignore[call-overload]
    n = len(rows)
    image = Image.new("L", (n + 8, n + 8), 255)
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            if dark:
                image.putpixel((x + 4, y + 4), 0)
    image = image.resize(((n + 8) * 4, (n + 8) * 4), Image.NEAREST)
    (found,) = zxingcpp.read_barcodes(image)
    return str(found.text)


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
