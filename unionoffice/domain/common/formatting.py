"""How numbers the clerk reads are written: file sizes (“25 MB”)."""

from __future__ import annotations

UNITS = ("KB", "MB", "GB", "TB")


def file_size(size: int) -> str:
    """A file size in decimal units as Windows Explorer's clerk expects them: “512 字节”, “830 KB”, “25 MB”, “1.2 GB”.

    Whole numbers from 10 up, one decimal below 10 (without a trailing “.0”): a size says roughly how big a file is.
    """
    if size < 1000:
        return f"{max(size, 0)} 字节"
    value = float(size)
    for unit in UNITS:
        value /= 1000
        text = f"{value:.1f}".removesuffix(".0") if value < 9.95 else str(round(value))
        if int(float(text)) < 1000 or unit == UNITS[-1]:
            return f"{text} {unit}"
    raise AssertionError("unreachable")
