"""Seal and background images referenced by templates: bundled resources or PNG data kept in the database."""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import threading

from reportlab.lib.utils import ImageReader

from unionoffice.domain.common.errors import ValidationError
from unionoffice.paths import resource

RESOURCE_PREFIX = "resource:"
DATA_PREFIX = "data:image/png;base64,"
OFFICE_SEAL = "office:seal"
MAX_IMAGE_BYTES = 2_000_000  # a seal or border scan; anything bigger bloats every PDF that carries it

_cache: dict[str, ImageReader] = {}
_lock = threading.Lock()


def image_bytes(ref: str) -> bytes:
    """The PNG bytes behind a template reference ("" means no image and gives b"")."""
    if not ref:
        return b""
    if ref == OFFICE_SEAL:  # drawn without an office (a sample): the specimen seal shows where it falls
        ref = RESOURCE_PREFIX + "seal.png"
    if ref.startswith(RESOURCE_PREFIX):
        path = resource("templates", ref[len(RESOURCE_PREFIX):])
        if not path.is_file():
            raise ValidationError(f"找不到图片 {path.name}", field="图片")
        return path.read_bytes()
    if ref.startswith(DATA_PREFIX):
        try:
            return base64.b64decode(ref[len(DATA_PREFIX):], validate=True)
        except binascii.Error:
            raise ValidationError("图片数据已损坏", field="图片") from None
    raise ValidationError("图片引用无法识别", field="图片")


def png_data_ref(data: bytes) -> str:
    """Turn a PNG file chosen by the user into a reference stored inside the template."""
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ValidationError("请选择 PNG 图片（印章需要透明背景）", field="图片")
    if len(data) > MAX_IMAGE_BYTES:
        raise ValidationError("图片超过 2 MB，请缩小后再选", field="图片")
    return DATA_PREFIX + base64.b64encode(data).decode("ascii")


def image_reader(ref: str) -> ImageReader | None:
    """A decoded image, shared between documents (decoding a seal costs more than drawing a page)."""
    if not ref:
        return None
    key = hashlib.sha256(ref.encode("utf-8")).hexdigest()
    with _lock:
        reader = _cache.get(key)
    if reader is None:
        try:
            reader = ImageReader(_prepared(image_bytes(ref)))
            reader.getSize()
        except ValidationError:
            raise
        except Exception as exc:  # noqa: BLE001 - Pillow raises many unrelated types for a broken file
            raise ValidationError(f"图片无法读取：{exc}", field="图片") from None
        with _lock:
            if len(_cache) > 32:
                _cache.clear()
            _cache[key] = reader
    return reader


def _prepared(data: bytes) -> object:
    """The image as Pillow sees it, with the colour of fully transparent pixels made uniform.

    A PNG seal is red strokes on transparent white. reportlab stores colour and alpha as two streams; with the
    hidden pixels set to the seal's own colour the colour stream compresses to almost nothing (a certificate
    file is kept under 60 KB, and the seal was a third of it).
    """
    from PIL import Image, ImageStat

    image: Image.Image = Image.open(io.BytesIO(data))
    image.load()
    if image.mode in ("P", "LA", "PA") or (image.mode == "RGB" and "transparency" in image.info):
        image = image.convert("RGBA")
    if image.mode != "RGBA":
        return image
    alpha = image.getchannel("A")
    visible = alpha.point(lambda a: 255 if a > 0 else 0)
    if not visible.getbbox():
        return image
    mean = tuple(int(v) for v in ImageStat.Stat(image.convert("RGB"), mask=visible).mean[:3])
    solid = Image.new("RGB", image.size, mean)
    rgb = Image.composite(image.convert("RGB"), solid, visible)
    rgb.putalpha(alpha)
    return rgb


WHITE_CUTOFF = 225  # a channel minimum at or above this is paper: fully transparent
SEAL_MAX_SIDE = 800  # pixels: enough for a 42 mm seal at 480 dpi, small in every PDF


def seal_from_scan(data: bytes) -> bytes:
    """A scanned seal (PNG, JPEG or BMP on white paper) as a PNG whose paper is transparent: each pixel's
    opacity grows with its distance from white, the picture is cropped to the seal and scaled down."""
    from PIL import Image, ImageChops, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError):
        raise ValidationError("无法读取这个图片文件，请选择印章的扫描件（PNG、JPG 或 BMP）", field="印章") from None
    rgb = image.convert("RGB")
    red, green, blue = rgb.split()
    darkest = ImageChops.darker(ImageChops.darker(red, green), blue)
    alpha = darkest.point(lambda v: 0 if v >= WHITE_CUTOFF else min(255, (WHITE_CUTOFF - v) * 3))
    box = alpha.point(lambda a: 255 if a > 24 else 0).getbbox()
    if box is None:
        raise ValidationError("图片中没有找到印章（整张都是白色）", field="印章")
    seal = rgb.crop(box)
    seal.putalpha(alpha.crop(box))
    seal.thumbnail((SEAL_MAX_SIDE, SEAL_MAX_SIDE))
    out = io.BytesIO()
    seal.save(out, format="PNG", optimize=True)
    return out.getvalue()
