"""Checking a member record as entered: every field's rule, all errors at once, normalised values out."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, fields
from datetime import date

from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.idnumber import ResidentId, parse_id
from unionoffice.domain.common.phone import normalize_phone, phone_warning
from unionoffice.domain.members import dictionaries as d
from unionoffice.domain.members.membership import check_join_date
from unionoffice.domain.members.pinyin import NAME_DOTS

MAX_NAME_LENGTH = 60
_NAME_BAD = re.compile(r"[0-9<>\"'%;()&+=@#$^*!?，,。.、/\\|]")


@dataclass
class MemberDraft:
    """A member as typed into the editor or read from a spreadsheet row (before normalisation)."""

    name: str = ""
    id_number: str = ""
    sex: str = ""
    ethnicity: str = "汉族"
    id_type: str = "居民身份证"
    education: str = ""
    political_status: str = ""
    employment_status: str = ""
    hukou_type: str = ""
    hukou_place: str = ""
    skill_grade: str = ""
    phone: str = ""
    employer: str = ""
    union_id: int | None = None
    join_date: date | None = None
    card_number: str = ""
    internal_card_number: str = ""
    is_migrant: bool = False
    hardship_category: str = ""
    hardship_file_no: str = ""
    note: str = ""


@dataclass
class MemberCheck:
    """The result of checking a draft: normalised `values` when there are no `errors`."""

    values: dict[str, object] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)  # Chinese field label -> reason
    warnings: list[str] = field(default_factory=list)
    resident_id: ResidentId | None = None

    @property
    def ok(self) -> bool:
        return not self.errors

    def raise_first(self, row: int | None = None) -> None:
        if self.errors:
            label, reason = next(iter(self.errors.items()))
            more = f"（另有 {len(self.errors) - 1} 处错误）" if len(self.errors) > 1 else ""
            raise ValidationError(reason + more, field=label, row=row)


def normalize_name(raw: str) -> str:
    text = unicodedata.normalize("NFC", str(raw)).strip()
    text = "".join(text.split())
    for dot in NAME_DOTS:
        text = text.replace(dot, "·")
    return text


def check_name(raw: str) -> str:
    name = normalize_name(raw)
    if not name:
        raise ValidationError("不能为空", field="姓名")
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(f"不能超过 {MAX_NAME_LENGTH} 个字", field="姓名")
    bad = _NAME_BAD.findall(name)
    if bad:
        raise ValidationError(f"含有不应出现在姓名中的字符“{''.join(dict.fromkeys(bad))}”", field="姓名")
    if name.startswith("·") or name.endswith("·"):
        raise ValidationError("间隔号“·”不能在开头或结尾", field="姓名")
    return name


def _optional_choice(value: str, choices: tuple[str, ...], label: str) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    d.require_choice(value, choices, label)
    return value


def _digits_or_none(value: str, label: str, max_len: int = 32) -> str | None:
    text = "".join(unicodedata.normalize("NFKC", value or "").split())
    if not text:
        return None
    if not text.isalnum() or len(text) > max_len:
        raise ValidationError(f"“{text}”应为不超过 {max_len} 位的数字或字母", field=label)
    return text.upper()


def check_member(draft: MemberDraft, today: date) -> MemberCheck:
    """Check every field; collect all errors (for the editor) rather than stopping at the first."""
    result = MemberCheck()
    values = result.values

    def attempt(label: str, func: object) -> None:
        try:
            func()  # type: ignore[operator]
        except ValidationError as exc:
            result.errors.setdefault(exc.field or label, exc.reason)

    attempt("姓名", lambda: values.__setitem__("name", check_name(draft.name)))

    def _id() -> None:
        rid = parse_id(draft.id_number, today=today)
        result.resident_id = rid
        values.update(id_number=rid.number, id_number_original=rid.original, birth_date=rid.birth_date, sex=rid.sex)

    attempt("身份证号", _id)
    if result.resident_id and draft.sex and draft.sex != result.resident_id.sex:
        result.errors.setdefault("性别", f"与身份证号不符：身份证号第 17 位表明为{result.resident_id.sex}性")

    attempt("民族", lambda: values.__setitem__("ethnicity", d.require_choice(draft.ethnicity, d.ETHNICITIES, "民族")))
    attempt("证件类型", lambda: values.__setitem__("id_type", d.require_choice(draft.id_type, d.ID_TYPES, "证件类型")))
    choice_fields = (
        ("education", d.EDUCATION, "文化程度"),
        ("political_status", d.POLITICAL_STATUS, "政治面貌"),
        ("employment_status", d.EMPLOYMENT_STATUS, "就业情况"),
        ("hukou_type", d.HUKOU_TYPES, "户籍类型"),
        ("skill_grade", d.SKILL_GRADES, "技能等级"),
        ("hardship_category", d.HARDSHIP_CATEGORIES, "困难职工类别"),
    )
    for attr, choices, label in choice_fields:
        raw = str(getattr(draft, attr) or "")
        attempt(label, lambda a=attr, r=raw, c=choices, lb=label: values.__setitem__(a, _optional_choice(r, c, lb)))

    def _phone() -> None:
        if not draft.phone.strip():
            values["phone"] = None
            return
        number = normalize_phone(draft.phone)
        values["phone"] = number
        warning = phone_warning(number)
        if warning:
            result.warnings.append(warning)

    attempt("手机", _phone)
    attempt("会员卡号", lambda: values.__setitem__("card_number", _digits_or_none(draft.card_number, "会员卡号")))
    attempt(
        "站内卡号",
        lambda: values.__setitem__("internal_card_number", _digits_or_none(draft.internal_card_number, "站内卡号")),
    )
    if draft.union_id is None:
        result.errors.setdefault("所属基层工会", "请选择所属基层工会")
    values["union_id"] = draft.union_id
    if draft.join_date is None:
        result.errors.setdefault("入会时间", "不能为空")
    elif result.resident_id is not None:
        attempt("入会时间", lambda: check_join_date(draft.join_date, result.resident_id.birth_date, today))
    values["join_date"] = draft.join_date
    if draft.hardship_file_no.strip() and not draft.hardship_category:
        result.errors.setdefault("困难职工档案号", "填写档案号时须选择困难职工类别")
    values["hardship_file_no"] = draft.hardship_file_no.strip() or None
    values["is_migrant"] = bool(draft.is_migrant)
    for attr in ("hukou_place", "employer", "note"):
        values[attr] = (getattr(draft, attr) or "").strip() or None
    return result


DRAFT_FIELDS = tuple(f.name for f in fields(MemberDraft))
