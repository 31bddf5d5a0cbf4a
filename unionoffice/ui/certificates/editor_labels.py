"""Labels and ranges of the template editor's fields (FieldSpec labels marked for lupdate)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# The FieldSpec labels, marked for lupdate (which needs the literal context); the form translates spec.label.
FIELD_LABELS = (
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Title"), QT_TRANSLATE_NOOP("TemplateEditorPage", "Addressee"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Body text"), QT_TRANSLATE_NOOP("TemplateEditorPage", "Issuing body"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Date style"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Issuer code (in numbers)"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Number pattern"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Issuer banner"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Document number"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Attachment title"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Copy to (抄送)"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Printed by (印发机关)"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Subtitle"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Signature line"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Page numbers"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Seal image (PNG)"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Seal diameter (mm)"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Seal shift right (mm)"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Seal shift down (mm)"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Background / border image"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Print border and title"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Paper"), QT_TRANSLATE_NOOP("TemplateEditorPage", "Sheet width (mm)"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Sheet height (mm)"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Printer offset X (mm)"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Printer offset Y (mm)"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Title typeface"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Body typeface"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Title size (pt)"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Body size (pt)"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Print certificate number"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Print QR code"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Second issuing body (joint)"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "Second seal image (PNG)"),
    QT_TRANSLATE_NOOP("TemplateEditorPage", "QR prefix (verification URL)"),
)
PAPER_TEXT = {"a4-portrait": QT_TRANSLATE_NOOP("TemplateEditorPage", "A4 portrait"),
              "a4-landscape": QT_TRANSLATE_NOOP("TemplateEditorPage", "A4 landscape"),
              "a3-portrait": QT_TRANSLATE_NOOP("TemplateEditorPage", "A3 portrait"),
              "a3-landscape": QT_TRANSLATE_NOOP("TemplateEditorPage", "A3 landscape"),
              "preprinted": QT_TRANSLATE_NOOP("TemplateEditorPage", "Custom or pre-printed sheet")}
CHOICE_TEXT = {
    "chinese": "二〇二四年十月十九日", "chinese_month": "二〇二四年十月", "arabic": "2024年10月19日",
    "arabic_month": "2024年10月", "gbt": "— 1 —", "of_total": "第 1 页 共 3 页",
    "song": "宋体", "fang": "仿宋", "hei": "黑体", "kai": "楷体", "biaosong": "小标宋",
}
FLOAT_RANGES = {"seal_diameter_mm": (10, 60), "seal_dx_mm": (-100, 100), "seal_dy_mm": (-100, 100),
                "sheet_width_mm": (50, 600), "sheet_height_mm": (50, 600), "offset_x_mm": (-30, 30),
                "offset_y_mm": (-30, 30), "title_size": (10, 96), "body_size": (6, 40)}
