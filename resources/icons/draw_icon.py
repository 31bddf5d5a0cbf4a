"""Draws the application icon (a union-red rounded square with 工 in white) as unionoffice.png and .ico."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

HERE = Path(__file__).resolve().parent
ACCENT = QColor("#C8102E")
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = size * 0.04
    square = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    path = QPainterPath()
    path.addRoundedRect(square, size * 0.18, size * 0.18)
    painter.fillPath(path, ACCENT)
    # 工 as three strokes rather than a glyph: crisp at 16 px and independent of any font.
    painter.setPen(QPen(QColor("white"), max(size * 0.085, 1.5), Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    top, bottom, middle = size * 0.29, size * 0.73, size * 0.5
    painter.drawLine(QPointF(size * 0.31, top), QPointF(size * 0.69, top))  # the short top stroke
    painter.drawLine(QPointF(middle, top), QPointF(middle, bottom))
    painter.drawLine(QPointF(size * 0.2, bottom), QPointF(size * 0.8, bottom))  # the long bottom stroke
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_ico(path: Path, sizes: tuple[int, ...]) -> None:
    """An .ico with PNG-compressed entries (Windows Vista and later read these)."""
    images = [png_bytes(draw(size)) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(sizes, images, strict=True):
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    path.write_bytes(header + entries + b"".join(images))


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage painting needs the application
    draw(256).save(str(HERE / "unionoffice.png"))
    write_ico(HERE / "unionoffice.ico", ICO_SIZES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
