"""Document templates: what an office may adjust per kind, their JSON form, and the shipped defaults."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from enum import StrEnum
from typing import Any

from unionoffice.documents.elements import Element, check_element, element_from_dict
from unionoffice.documents.fonts import Role
from unionoffice.domain.common.chinese_dates import DateStyle
from unionoffice.domain.common.errors import ValidationError
from unionoffice.paths import resource


class DocumentKind(StrEnum):
    COMPLETION = "completion"  # 结业证书
    HONOUR = "honour"  # 荣誉证书
    AWARD = "award"  # 获奖证书
    AWARD_LETTER = "award-letter"  # 获奖通知书 (GB/T 9704 letter layout)
    DECISION = "decision"  # 表彰决定 (GB/T 9704 document)
    ROSTER = "roster"  # rosters, sign-in sheets, 公示 lists, payment lists

    @property
    def is_certificate(self) -> bool:
        return self in (DocumentKind.COMPLETION, DocumentKind.HONOUR, DocumentKind.AWARD)

    @property
    def is_numbered(self) -> bool:
        """Kinds issued to a person with a number and a verification code."""
        return self.is_certificate or self is DocumentKind.AWARD_LETTER


KIND_NAMES: dict[DocumentKind, str] = {
    DocumentKind.COMPLETION: "结业证书",
    DocumentKind.HONOUR: "荣誉证书",
    DocumentKind.AWARD: "获奖证书",
    DocumentKind.AWARD_LETTER: "获奖通知书",
    DocumentKind.DECISION: "表彰决定",
    DocumentKind.ROSTER: "名单表格",
}


# Filled from the office settings (documents/office.py) into every template's values.
OFFICE_FIELDS = ("单位名称", "负责人", "发文字号前缀", "函号前缀")


class Paper(StrEnum):
    A4_PORTRAIT = "a4-portrait"
    A4_LANDSCAPE = "a4-landscape"
    A3_PORTRAIT = "a3-portrait"
    A3_LANDSCAPE = "a3-landscape"
    PREPRINTED = "preprinted"  # a bought certificate sheet of any size: sheet_width_mm × sheet_height_mm


PAPER_SIZES_MM: dict[Paper, tuple[float, float]] = {
    Paper.A4_PORTRAIT: (210.0, 297.0), Paper.A4_LANDSCAPE: (297.0, 210.0),
    Paper.A3_PORTRAIT: (297.0, 420.0), Paper.A3_LANDSCAPE: (420.0, 297.0),
}


@dataclass(frozen=True)
class Template:
    """Everything an office may change about one kind of document. Lengths in millimetres."""

    kind: DocumentKind
    title: str
    body: str = ""
    issuer: str = ""  # "" prints the office's name (documents/office.py)
    addressee: str = ""
    issuer_code: str = "SL"
    number_pattern: str = "{year}-{code}-{serial:05d}"
    date_style: DateStyle = DateStyle.CHINESE
    paper: Paper = Paper.A4_LANDSCAPE
    sheet_width_mm: float = 297.0
    sheet_height_mm: float = 210.0
    offset_x_mm: float = 0.0  # printer feed correction: + moves everything right
    offset_y_mm: float = 0.0  # + moves everything down
    draw_frame: bool = True  # border, title and background; off for pre-printed sheets
    background_image: str = ""  # "" | "resource:<file in resources/templates>" | "data:image/png;base64,…"
    seal_image: str = "office:seal"  # the office's scanned seal; or an image of its own (a committee's seal)
    seal_diameter_mm: float = 42.0
    seal_dx_mm: float = 0.0
    seal_dy_mm: float = 0.0
    second_issuer: str = ""  # jointly issued: the second body's name, signed to the left of the first
    second_seal_image: str = ""  # its seal (a PNG with a transparent background)
    title_role: Role = Role.KAI
    body_role: Role = Role.KAI
    title_size: float = 48.0
    body_size: float = 20.0
    show_number: bool = True
    show_qr: bool = True
    qr_prefix: str = ""  # a verification page; "" uses the office's (domain/certificates/verification.qr_content)
    banner: str = ""  # 公文: 发文机关标志, e.g. 示例区总工会文件
    doc_number: str = ""  # 公文: 发文字号, e.g. 示工发〔2024〕12号
    attachment_title: str = ""  # 公文: title of the attached name list
    cc: str = ""  # 版记: 抄送
    printer: str = ""  # 版记: 印发机关
    subtitle: str = ""  # tables: line under the title (填报单位、日期 …)
    signature_line: str = ""  # tables: 填报人 / 审核人 line after the last row
    page_number_style: str = "gbt"  # "gbt" → — 1 —, "of_total" → 第 1 页 共 3 页
    extra: dict[str, str] = field(default_factory=dict)  # office-specific sample values for the preview
    # Free placement (documents/elements.py): when given, a certificate is drawn from these alone.
    elements: tuple[Element, ...] = ()

    @property
    def kind_name(self) -> str:
        return KIND_NAMES[self.kind]

    def page_size_mm(self) -> tuple[float, float]:
        return PAPER_SIZES_MM.get(self.paper, (self.sheet_width_mm, self.sheet_height_mm))

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, sort_keys=True)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key, value in data.items():
            if isinstance(value, StrEnum):
                data[key] = value.value
        data["elements"] = [e.to_dict() for e in self.elements]
        return data

    def with_changes(self, **changes: Any) -> Template:
        if "elements" in changes:
            changes["elements"] = tuple(changes["elements"])
        return validate(replace(self, **changes))


_ENUMS: dict[str, type[StrEnum]] = {
    "kind": DocumentKind, "date_style": DateStyle, "paper": Paper, "title_role": Role, "body_role": Role,
}


def from_dict(data: dict[str, Any], *, base: Template | None = None) -> Template:
    """Build a template from JSON data; unknown keys are ignored, missing ones come from `base`."""
    known = {f.name: f for f in fields(Template)}
    values: dict[str, Any] = {} if base is None else base.to_dict()
    values.update({k: v for k, v in data.items() if k in known})
    for key, enum in _ENUMS.items():
        if key in values:
            try:
                values[key] = enum(values[key])
            except ValueError:
                raise ValidationError(f"取值「{values[key]}」无效", field=key) from None
    for key, spec in known.items():
        if key in values and spec.type == "float":
            values[key] = float(values[key])
    values["extra"] = {str(k): str(v) for k, v in dict(values.get("extra") or {}).items()}
    values["elements"] = tuple(e if isinstance(e, Element) else element_from_dict(e)
                               for e in values.get("elements") or ())
    return validate(Template(**values))


def validate(template: Template) -> Template:
    if template.kind.is_numbered:
        pattern = template.number_pattern
        if "{serial" not in pattern or "{year" not in pattern:
            raise ValidationError("编号格式必须包含 {year} 和 {serial}", field="编号格式")
        try:
            pattern.format(year=2024, code=template.issuer_code, serial=1, kind=template.kind.value)
        except (KeyError, ValueError, IndexError) as exc:
            raise ValidationError(f"编号格式无法使用：{exc}", field="编号格式") from None
    width, height = template.page_size_mm()
    if not (50 <= width <= 600 and 50 <= height <= 600):
        raise ValidationError("纸张尺寸应在 50～600 毫米之间", field="纸张")
    if abs(template.offset_x_mm) > 30 or abs(template.offset_y_mm) > 30:
        raise ValidationError("打印偏移不能超过 30 毫米", field="打印偏移")
    if not 10 <= template.seal_diameter_mm <= 60:
        raise ValidationError("印章直径应在 10～60 毫米之间", field="印章直径")
    if not 6 <= template.body_size <= 40 or not 10 <= template.title_size <= 96:
        raise ValidationError("字号超出范围", field="字号")
    for index, element in enumerate(template.elements):
        check_element(element, (width, height), index)
    return template


def format_number(template: Template, year: int, serial: int) -> str:
    return template.number_pattern.format(year=year, code=template.issuer_code, serial=serial,
                                          kind=template.kind.value)


def default_template(kind: DocumentKind | str) -> Template:
    """The shipped default of a kind (resources/templates/<kind>.json)."""
    kind = DocumentKind(kind)
    path = resource("templates", f"{kind.value}.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["kind"] = kind.value
    return from_dict(data)


@dataclass(frozen=True)
class FieldSpec:
    """One editable setting, as the template editor shows it. `label` is English source text for tr()."""

    name: str
    label: str
    type: str  # text | multiline | choice | float | bool | image
    kinds: frozenset[DocumentKind] = frozenset(DocumentKind)
    choices: tuple[str, ...] = ()


_CERTS = frozenset({DocumentKind.COMPLETION, DocumentKind.HONOUR, DocumentKind.AWARD})
_NUMBERED = _CERTS | {DocumentKind.AWARD_LETTER}
_GBT = frozenset({DocumentKind.AWARD_LETTER, DocumentKind.DECISION})
_SEALED = _NUMBERED | {DocumentKind.DECISION}

FIELD_SPECS: tuple[FieldSpec, ...] = (
    FieldSpec("title", "Title", "text"),
    FieldSpec("addressee", "Addressee", "text", _NUMBERED | {DocumentKind.DECISION}),
    FieldSpec("body", "Body text", "multiline", _NUMBERED | {DocumentKind.DECISION}),
    FieldSpec("issuer", "Issuing body", "text"),
    FieldSpec("date_style", "Date style", "choice", choices=tuple(s.value for s in DateStyle)),
    FieldSpec("issuer_code", "Issuer code (in numbers)", "text", _NUMBERED),
    FieldSpec("number_pattern", "Number pattern", "text", _NUMBERED),
    FieldSpec("banner", "Issuer banner", "text", _GBT),
    FieldSpec("doc_number", "Document number", "text", frozenset({DocumentKind.DECISION})),
    FieldSpec("attachment_title", "Attachment title", "text", frozenset({DocumentKind.DECISION})),
    FieldSpec("cc", "Copy to (抄送)", "text", frozenset({DocumentKind.DECISION})),
    FieldSpec("printer", "Printed by (印发机关)", "text", frozenset({DocumentKind.DECISION})),
    FieldSpec("subtitle", "Subtitle", "text", frozenset({DocumentKind.ROSTER})),
    FieldSpec("signature_line", "Signature line", "text", frozenset({DocumentKind.ROSTER})),
    FieldSpec("page_number_style", "Page numbers", "choice", frozenset({DocumentKind.ROSTER}), ("gbt", "of_total")),
    FieldSpec("seal_image", "Seal image (PNG)", "image", _SEALED),
    FieldSpec("second_issuer", "Second issuing body (joint)", "text", _CERTS),
    FieldSpec("second_seal_image", "Second seal image (PNG)", "image", _CERTS),
    FieldSpec("seal_diameter_mm", "Seal diameter (mm)", "float", _SEALED),
    FieldSpec("seal_dx_mm", "Seal shift right (mm)", "float", _SEALED),
    FieldSpec("seal_dy_mm", "Seal shift down (mm)", "float", _SEALED),
    FieldSpec("background_image", "Background / border image", "image", _CERTS),
    FieldSpec("draw_frame", "Print border and title", "bool", _CERTS),
    FieldSpec("paper", "Paper", "choice", _CERTS | {DocumentKind.ROSTER}, tuple(p.value for p in Paper)),
    FieldSpec("sheet_width_mm", "Sheet width (mm)", "float", _CERTS),
    FieldSpec("sheet_height_mm", "Sheet height (mm)", "float", _CERTS),
    FieldSpec("offset_x_mm", "Printer offset X (mm)", "float"),
    FieldSpec("offset_y_mm", "Printer offset Y (mm)", "float"),
    FieldSpec("title_role", "Title typeface", "choice", _CERTS, tuple(r.value for r in Role)),
    FieldSpec("body_role", "Body typeface", "choice", _CERTS, tuple(r.value for r in Role)),
    FieldSpec("title_size", "Title size (pt)", "float", _CERTS),
    FieldSpec("body_size", "Body size (pt)", "float", _CERTS),
    FieldSpec("show_number", "Print certificate number", "bool", _NUMBERED),
    FieldSpec("show_qr", "Print QR code", "bool", _NUMBERED),
    FieldSpec("qr_prefix", "QR prefix (verification URL)", "text", _NUMBERED),
)


def specs_for(kind: DocumentKind) -> list[FieldSpec]:
    return [spec for spec in FIELD_SPECS if kind in spec.kinds]
