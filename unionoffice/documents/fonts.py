"""CJK fonts for documents: Windows fonts when installed, bundled ones otherwise, per-character fallback."""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from unionoffice.paths import resource


class Role(StrEnum):
    """The typefaces Chinese documents ask for; each resolves to the best font present."""

    SONG = "song"  # 宋体: tables, page numbers
    FANG = "fang"  # 仿宋: 公文 body
    HEI = "hei"  # 黑体: headings
    KAI = "kai"  # 楷体: certificates
    BIAOSONG = "biaosong"  # 小标宋: 公文 banner and title


@dataclass(frozen=True)
class FontFile:
    key: str  # reportlab font name (unique per file and subfont)
    path: Path
    subfont: int = 0
    real_bold: bool = False  # a heavy face; otherwise 小标宋 is imitated by stroking the outline


# Windows fonts in the order a Chinese office expects them; the bundled font of the same role follows.
WINDOWS_FILES: dict[Role, tuple[tuple[str, int, bool], ...]] = {
    Role.SONG: (("simsun.ttc", 0, False),),
    Role.FANG: (("simfang.ttf", 0, False), ("simsun.ttc", 0, False)),
    Role.HEI: (("simhei.ttf", 0, False),),
    Role.KAI: (("simkai.ttf", 0, False),),
    Role.BIAOSONG: (("FZXBSJW.TTF", 0, True), ("simhei.ttf", 0, True)),
}
BUNDLED_FILES: dict[Role, tuple[str, int]] = {
    Role.SONG: ("uming.ttc", 0),
    Role.FANG: ("uming.ttc", 0),
    Role.HEI: ("wqy-microhei.ttc", 0),
    Role.KAI: ("ukai.ttc", 0),
    Role.BIAOSONG: ("uming.ttc", 0),
}
# Tried in order for a character the role's font lacks: 𠇔 and 䶮 are in uming/ukai, 𠮷 only in HanaMinB.
FALLBACK_FILES: tuple[tuple[str, int], ...] = (
    ("uming.ttc", 0),
    ("ukai.ttc", 0),
    ("wqy-microhei.ttc", 0),
    ("HanaMinB.ttf", 0),
)


def windows_fonts_dir() -> Path | None:
    """C:\\Windows\\Fonts on Windows; UNIONOFFICE_SYSTEM_FONTS lets tests (and odd installs) point elsewhere."""
    override = os.environ.get("UNIONOFFICE_SYSTEM_FONTS")
    if override:
        return Path(override)
    if sys.platform == "win32":
        return Path(os.environ.get("SYSTEMROOT", r"C:\Windows")) / "Fonts"
    return None


def _tounicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab writes `<%04X>` for every code point, so 𠮷 (U+20BB7) became an invalid five-digit entry
    and text extraction returned U+20BB. Characters beyond the BMP must be UTF-16 surrogate pairs."""
    entries = []
    for index, code in enumerate(subset):
        if code > 0xFFFF:
            entries.append(f"<{index:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>")
        else:
            entries.append(f"<{index:02X}> <{code:04X}>")
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        f"/CIDSystemInfo << /Registry ({fontname}) /Ordering ({fontname}) /Supplement 0 >> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar", *entries, "endbfchar",
        "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


# reportlab looks the helper up as a module global when it writes each subset, so replacing it is enough.
ttfonts.makeToUnicodeCMap = _tounicode_cmap

_lock = threading.Lock()
_registered: dict[str, TTFont] = {}


def _register(file: FontFile) -> TTFont | None:
    """Register once per process; None if the file is missing or refuses embedding."""
    with _lock:
        if file.key in _registered:
            return _registered[file.key]
        if not file.path.is_file():
            return None
        try:
            # asciiReadable=False: otherwise reportlab puts all 95 ASCII glyphs into every subset it embeds,
            # which made a one-glyph fallback font cost 11 KB in each certificate file.
            font = TTFont(file.key, str(file.path), subfontIndex=file.subfont, asciiReadable=False)
        except (TTFError, OSError, IndexError):
            return None  # a damaged or embedding-restricted system font: the bundled one takes over
        pdfmetrics.registerFont(font)
        _registered[file.key] = font
        return font


def _bundled(name: str, subfont: int) -> FontFile:
    stem = Path(name).stem.replace("-", "")
    return FontFile(f"UO-{stem}-{subfont}", resource("fonts", name), subfont)


class FontSet:
    """Resolves roles to registered reportlab fonts and splits text into runs a font can draw."""

    def __init__(self, system_dir: Path | None = None, *, use_system: bool = True) -> None:
        self.system_dir = (system_dir or windows_fonts_dir()) if use_system else None
        self._primary: dict[Role, TTFont] = {}
        self._bold: dict[Role, bool] = {}
        self._fallbacks: list[TTFont] = []
        self._char_font: dict[tuple[Role, str], TTFont] = {}
        self._runs: dict[tuple[Role, str], list[tuple[TTFont, str]]] = {}

    def primary(self, role: Role | str) -> TTFont:
        role = Role(role)
        font = self._primary.get(role)
        if font is None:
            font, bold = self._resolve(role)
            self._primary[role], self._bold[role] = font, bold
        return font

    def is_real_bold(self, role: Role | str) -> bool:
        self.primary(role)
        return self._bold[Role(role)]

    def font_name(self, role: Role | str) -> str:
        return str(self.primary(role).fontName)

    def _resolve(self, role: Role) -> tuple[TTFont, bool]:
        if self.system_dir is not None:
            for name, subfont, bold in WINDOWS_FILES[role]:
                path = self._find_case_insensitive(name)
                if path is not None:
                    font = _register(FontFile(f"UO-sys-{path.stem}-{subfont}", path, subfont, bold))
                    if font is not None:
                        return font, bold
        name, subfont = BUNDLED_FILES[role]
        font = _register(_bundled(name, subfont))
        if font is None:
            raise FileNotFoundError(f"bundled font missing: {resource('fonts', name)}")
        return font, False

    def _find_case_insensitive(self, name: str) -> Path | None:
        assert self.system_dir is not None
        direct = self.system_dir / name
        if direct.is_file():
            return direct
        if not self.system_dir.is_dir():
            return None
        lowered = name.lower()
        return next((p for p in self.system_dir.iterdir() if p.name.lower() == lowered), None)

    def fallbacks(self) -> list[TTFont]:
        if not self._fallbacks:
            fonts = [_register(_bundled(name, subfont)) for name, subfont in FALLBACK_FILES]
            self._fallbacks = [f for f in fonts if f is not None]
        return self._fallbacks

    def font_for(self, role: Role, char: str) -> TTFont:
        """The role's font if it has the glyph, else the first fallback that does (else the role's font)."""
        key = (role, char)
        font = self._char_font.get(key)
        if font is None:
            primary = self.primary(role)
            code = ord(char)
            font = primary
            if code not in primary.face.charToGlyph and not char.isspace():
                font = next((f for f in self.fallbacks() if code in f.face.charToGlyph), primary)
            self._char_font[key] = font
        return font

    def runs(self, text: str, role: Role | str) -> list[tuple[TTFont, str]]:
        """Consecutive characters drawn by the same font, e.g. [(kai, '张'), (hana, '𠮷'), (kai, '同志')]."""
        role = Role(role)
        key = (role, text)
        cached = self._runs.get(key)
        if cached is not None:
            return cached
        result: list[tuple[TTFont, str]] = []
        current: TTFont | None = None
        start = 0
        for index, char in enumerate(text):
            font = self.font_for(role, char)
            if font is not current:
                if current is not None:
                    result.append((current, text[start:index]))
                current, start = font, index
        if current is not None:
            result.append((current, text[start:]))
        if len(self._runs) > 20_000:  # batch jobs see many names; keep the cache bounded
            self._runs.clear()
        self._runs[key] = result
        return result

    def width(self, text: str, role: Role | str, size: float) -> float:
        """Advance width in points at `size`, each run measured with the font that will draw it."""
        total = 0.0
        for font, chunk in self.runs(text, role):
            widths = font.face.charWidths
            default = font.face.defaultWidth
            total += sum(widths.get(ord(c), default) for c in chunk)
        return total * size / 1000.0

    def char_widths(self, text: str, role: Role | str, size: float) -> list[float]:
        out: list[float] = []
        for font, chunk in self.runs(text, role):
            widths = font.face.charWidths
            default = font.face.defaultWidth
            out.extend(widths.get(ord(c), default) * size / 1000.0 for c in chunk)
        return out

    def missing(self, text: str, role: Role | str) -> list[str]:
        """Characters no available font can draw (they would print as boxes)."""
        role = Role(role)
        return [c for c in text if not c.isspace() and ord(c) not in self.font_for(role, c).face.charToGlyph]


_default: FontSet | None = None


def default_fonts() -> FontSet:
    """One shared set per process, so every document reuses registered fonts and their cmaps."""
    global _default
    with _lock:
        if _default is None:
            _default = FontSet()
        return _default
