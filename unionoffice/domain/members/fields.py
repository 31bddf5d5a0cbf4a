"""The member's fields: a stable key for each (the `MemberDraft` attribute) and the Chinese label users see.

Rules key their errors by field key, so an editor finds the widget beside which to show an error without
matching Chinese text; messages, the import error workbook and the import columns show the label from here.
"""

from __future__ import annotations

MEMBER_LABELS: dict[str, str] = {
    "name": "姓名",
    "id_number": "身份证号",
    "sex": "性别",
    "ethnicity": "民族",
    "id_type": "证件类型",
    "birth_date": "出生日期",
    "education": "文化程度",
    "political_status": "政治面貌",
    "employment_status": "就业情况",
    "hukou_type": "户籍类型",
    "hukou_place": "户籍所在地",
    "skill_grade": "技能等级",
    "phone": "手机",
    "employer": "工作单位",
    "union_id": "所属基层工会",
    "join_date": "入会时间",
    "card_number": "会员卡号",
    "internal_card_number": "站内卡号",
    "is_migrant": "是否农民工",
    "hardship_category": "困难职工类别",
    "hardship_file_no": "困难职工档案号",
    "note": "备注",
}


def member_label(key: str) -> str:
    """The Chinese label of a member field; a key without one (a caller's own) is shown as it is."""
    return MEMBER_LABELS.get(key, key)
