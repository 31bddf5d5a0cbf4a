"""CJK fonts for documents: Windows fonts when installed, bundled ones otherwise, per-character fallback.

A font is asked to draw a character only if its glyph for it has outlines: a font whose cmap claims a
character but whose glyph is empty (AR PL UKai has 47 such, 䶮 among them) would print a blank that text
extraction still reads as the character. Fallback prefers fonts of the same style (a 楷体 name stays 楷体
where any 楷体 font has the glyph), then any style (resources/fonts/README.md).
"""

from __future__ import annotations

import os
import struct
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont as ToolsFont
from fontTools.ttLib import TTLibError
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


# Windows fonts in the order a Chinese office expects them; the bundled fonts of the role follow.
WINDOWS_FILES: dict[Role, tuple[tuple[str, int, bool], ...]] = {
    Role.SONG: (("simsun.ttc", 0, False),),
    Role.FANG: (("simfang.ttf", 0, False), ("simsun.ttc", 0, False)),
    Role.HEI: (("simhei.ttf", 0, False),),
    Role.KAI: (("simkai.ttf", 0, False),),
    Role.BIAOSONG: (("FZXBSJW.TTF", 0, True), ("simhei.ttf", 0, True)),
}
NOTO_SERIF, NOTO_SERIF_BOLD = ("NotoSerifSC-Regular.ttf", 0, False), ("NotoSerifSC-Bold.ttf", 0, True)
UMING, UKAI, WENKAI = ("uming.ttc", 0, False), ("ukai.ttc", 0, False), ("LXGWWenKai-Regular.ttf", 0, False)
MICROHEI, HANAMIN = ("wqy-microhei.ttc", 0, False), ("HanaMinB.ttf", 0, False)
# Per role the bundled fonts of that style, best first; see resources/fonts/README.md for why each.
BUNDLED_FILES: dict[Role, tuple[tuple[str, int, bool], ...]] = {
    Role.SONG: (NOTO_SERIF, UMING),
    Role.FANG: (NOTO_SERIF, UMING),  # no open 仿宋 covers simplified Chinese: a 宋体 is its usual stand-in
    Role.HEI: (MICROHEI,),
    Role.KAI: (WENKAI, UKAI),
    Role.BIAOSONG: (NOTO_SERIF_BOLD, NOTO_SERIF, UMING),
}
# Tried after the role's own fonts, for a character none of them draws: 𠇔 is in UMing, 𠮷 in HanaMinB.
# The serif (明) fonts come first because most roles are serif; a 楷体 role has tried its own 楷 fonts already.
FALLBACK_FILES: tuple[tuple[str, int, bool], ...] = (NOTO_SERIF, UMING, HANAMIN, WENKAI, UKAI, MICROHEI)
# What the document settings say about each role (docs/domain.md (d)).
ROLE_NAMES: dict[Role, str] = {Role.SONG: "宋体", Role.FANG: "仿宋", Role.HEI: "黑体", Role.KAI: "楷体",
                               Role.BIAOSONG: "小标宋"}
BUNDLED_REASONS: dict[Role, str] = {
    Role.SONG: "思源宋体（Noto Serif SC）：开源宋体中字形最全、笔画最规范，覆盖通用规范汉字",
    Role.FANG: "没有覆盖简体字的开源仿宋（cwTeX 仿宋缺 GB 2312 的 2379 个字），用思源宋体代替；"
               "安装了 Windows 仿宋（simfang.ttf）的电脑用仿宋",
    Role.HEI: "文泉驿微米黑：开源黑体，与界面字体一致",
    Role.KAI: "霞鹜文楷（LXGW WenKai）：开源楷体，生僻字都有真实字形；缺字先用文鼎楷体补",
    Role.BIAOSONG: "思源宋体粗体（Noto Serif SC Bold）代替方正小标宋：开源字体中最接近的粗宋",
}


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

_get_table: Callable[[object, str], bytes] = getattr(ttfonts.TTFontFile, "get_table")  # noqa: B009
_set_ushort: Callable[[bytes, int, int], bytes] = getattr(ttfonts, "_set_ushort")  # noqa: B009 - not in the stubs


def _glyf_view(self: object, tag: str) -> bytes | memoryview:
    """Every subset (each one-person PDF) copied the whole `glyf` table — 14 MB for LXGW WenKai, 3 ms a file —
    to take a few glyphs from it; a memoryview slices the font data without copying."""
    if tag != "glyf":
        return _get_table(self, tag)
    pos, length = getattr(self, "get_table_pos")(tag)  # noqa: B009
    return memoryview(getattr(self, "_ttf_data"))[pos:pos + length]  # noqa: B009


def _set_ushort_in_view(stream: bytes | memoryview, offset: int, value: int) -> bytes:
    """A composite glyph's component index rewritten, on a copy of that one glyph."""
    return _set_ushort(bytes(stream), offset, value)


setattr(ttfonts.TTFontFile, "get_table", _glyf_view)  # noqa: B010 - reportlab looks both up at call time
setattr(ttfonts, "_set_ushort", _set_ushort_in_view)  # noqa: B010

_lock = threading.Lock()
_registered: dict[str, TTFont] = {}
_files: dict[str, FontFile] = {}


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
        _files[file.key] = file
        return font


def _bundled(name: str, subfont: int, bold: bool = False) -> FontFile:
    stem = Path(name).stem.replace("-", "")
    return FontFile(f"UO-{stem}-{subfont}", resource("fonts", name), subfont, bold)


_empty: dict[tuple[str, int], frozenset[int]] = {}


def empty_codepoints(path: Path, subfont: int = 0) -> frozenset[int]:
    """Code points the font's cmap maps to a glyph without outlines (zero-length or zero contours).

    Read from the raw `loca` and `glyf` tables, so a 30,000-glyph font is checked in a few milliseconds;
    composite glyphs (negative contour count) are drawn from their parts and count as having outlines."""
    key = (str(path), subfont)
    with _lock:
        cached = _empty.get(key)
    if cached is not None:
        return cached
    try:
        font = ToolsFont(str(path), fontNumber=subfont, lazy=True)
        cmap = font.getBestCmap() or {}
        offsets = font["loca"].locations
        raw = font.reader["glyf"]
        order = {name: index for index, name in enumerate(font.getGlyphOrder())}
    except (TTLibError, KeyError, OSError, struct.error):
        return frozenset()  # not a TrueType-outline font: reportlab refuses it anyway
    empty = set()
    for code, name in cmap.items():
        index = order.get(name)
        if index is None or index + 1 >= len(offsets):
            continue
        start, end = offsets[index], offsets[index + 1]
        if end - start < 2 or struct.unpack(">h", raw[start:start + 2])[0] == 0:
            empty.add(code)
    result = frozenset(empty)
    with _lock:
        _empty[key] = result
    return result


@dataclass(frozen=True)
class Outline:
    units_per_em: int
    ops: tuple[tuple[str, tuple[tuple[float, float], ...]], ...]  # (reportlab path method, points)


class _PathPen(BasePen):  # type: ignore[misc]  # fontTools has no type hints
    """Records a glyph as moveTo / lineTo / curveTo / close calls of a reportlab path."""

    def __init__(self, glyph_set: object) -> None:
        super().__init__(glyph_set)
        self.ops: list[tuple[str, tuple[tuple[float, float], ...]]] = []

    def _moveTo(self, pt: tuple[float, float]) -> None:  # noqa: N802 - fontTools' names
        self.ops.append(("moveTo", (pt,)))

    def _lineTo(self, pt: tuple[float, float]) -> None:  # noqa: N802
        self.ops.append(("lineTo", (pt,)))

    def _curveToOne(self, p1: tuple[float, float], p2: tuple[float, float],  # noqa: N802
                    p3: tuple[float, float]) -> None:
        self.ops.append(("curveTo", (p1, p2, p3)))

    def _closePath(self) -> None:  # noqa: N802
        self.ops.append(("close", ()))


_outlines: dict[tuple[str, str], Outline] = {}


class FontSet:
    """Resolves roles to registered reportlab fonts and splits text into runs a font can draw."""

    def __init__(self, system_dir: Path | None = None, *, use_system: bool = True) -> None:
        self.system_dir = (system_dir or windows_fonts_dir()) if use_system else None
        self._chains: dict[Role, list[TTFont]] = {}
        self._fallbacks: list[TTFont] = []
        self._empties: dict[str, frozenset[int]] = {}
        self._char_font: dict[tuple[Role, str], TTFont] = {}
        self._runs: dict[tuple[Role, str], list[tuple[TTFont, str]]] = {}

    def primary(self, role: Role | str) -> TTFont:
        return self.chain(role)[0]

    def chain(self, role: Role | str) -> list[TTFont]:
        """The role's fonts best first: installed Windows fonts, then the bundled fonts of the same style."""
        role = Role(role)
        chain = self._chains.get(role)
        if chain is None:
            chain = [*self._windows(role), *self._load(BUNDLED_FILES[role])]
            if not chain:
                raise FileNotFoundError(f"bundled font missing: {resource('fonts', BUNDLED_FILES[role][0][0])}")
            self._chains[role] = chain
        return chain

    def is_real_bold(self, role: Role | str) -> bool:
        return self.is_bold_font(self.primary(role))

    @staticmethod
    def is_bold_font(font: TTFont) -> bool:
        file = _files.get(str(font.fontName))
        return file is not None and file.real_bold

    def font_name(self, role: Role | str) -> str:
        return str(self.primary(role).fontName)

    def _windows(self, role: Role) -> list[TTFont]:
        if self.system_dir is None:
            return []
        found = []
        for name, subfont, bold in WINDOWS_FILES[role]:
            path = self._find_case_insensitive(name)
            if path is not None:
                font = _register(FontFile(f"UO-sys-{path.stem}-{subfont}", path, subfont, bold))
                if font is not None:
                    found.append(font)
        return found

    @staticmethod
    def _load(files: tuple[tuple[str, int, bool], ...]) -> list[TTFont]:
        fonts = [_register(_bundled(name, subfont, bold)) for name, subfont, bold in files]
        return [f for f in fonts if f is not None]

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
            self._fallbacks = self._load(FALLBACK_FILES)
        return self._fallbacks

    def draws(self, font: TTFont, char: str) -> bool:
        """The font has a glyph with outlines for `char` (not merely a cmap entry)."""
        code = ord(char)
        if code not in font.face.charToGlyph:
            return False
        name = str(font.fontName)
        empty = self._empties.get(name)
        if empty is None:
            file = _files.get(name)
            empty = empty_codepoints(file.path, file.subfont) if file is not None else frozenset()
            self._empties[name] = empty
        return code not in empty

    def font_for(self, role: Role, char: str) -> TTFont:
        """The first font of the role, then of any style, that draws the glyph (else the role's font)."""
        key = (role, char)
        font = self._char_font.get(key)
        if font is None:
            chain = self.chain(role)
            font = chain[0]
            if not char.isspace() and not self.draws(font, char):
                font = next((f for f in (*chain[1:], *self.fallbacks()) if self.draws(f, char)), font)
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
        return [c for c in text if not c.isspace() and not self.draws(self.font_for(role, c), c)]

    def outline(self, role: Role | str, char: str) -> Outline:
        """The glyph of `char` as path operations (for marks drawn as shapes, such as 样张)."""
        font = self.font_for(Role(role), char)
        key = (str(font.fontName), char)
        cached = _outlines.get(key)
        if cached is None:
            file = _files[str(font.fontName)]
            tools = ToolsFont(str(file.path), fontNumber=file.subfont, lazy=True)
            pen = _PathPen(tools.getGlyphSet())
            tools.getGlyphSet()[tools.getBestCmap()[ord(char)]].draw(pen)
            cached = Outline(int(tools["head"].unitsPerEm), tuple(pen.ops))
            _outlines[key] = cached
        return cached

    def describe(self) -> list[tuple[Role, str, str]]:
        """(role, font family in use, why) for the document settings page."""
        out = []
        for role in Role:
            font = self.primary(role)
            file = _files.get(str(font.fontName))
            windows = file is not None and str(font.fontName).startswith("UO-sys-")
            reason = "本机安装的 Windows 字体" if windows else BUNDLED_REASONS[role]
            family = font.face.familyName
            name = family.decode("utf-8", "replace") if isinstance(family, bytes) else str(family or font.fontName)
            out.append((role, name, reason))
        return out


_default: FontSet | None = None


def default_fonts() -> FontSet:
    """One shared set per process, so every document reuses registered fonts and their cmaps."""
    global _default
    with _lock:
        if _default is None:
            _default = FontSet()
        return _default
