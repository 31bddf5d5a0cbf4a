"""Checking a member record as entered: every field's rule, all errors at once, normalised values out."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date
from functools import partial

from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.idnumber import ResidentId, parse_id
from unionoffice.domain.common.phone import normalize_phone, phone_warning
from unionoffice.domain.members import dictionaries as d
from unionoffice.domain.members.fields import member_label
from unionoffice.domain.members.membership import check_join_date
from unionoffice.domain.members.pinyin import NAME_DOTS

MAX_NAME_LENGTH = 60
# Free-text member fields and their column lengths (db/models/member.py).
TEXT_LIMITS = {"hukou_place": 100, "employer": 100, "hardship_file_no": 32, "note": 2000}
_NAME_BAD = re.compile(r"[0-9<>\"'%;()&+=@#$^*!?，,。.、/\\|]")
# Anything beyond plain ideographs, Latin letters and the middle dot gets a look character by character.
_NAME_PLAIN = re.compile("[^\u3400-\u4dbf\u4e00-\u9fffA-Za-z\u00b7]")
# Characters that reorder the text around them: a name could show as another name (U+202E and its kin).
_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_EMOJI_PARTS = frozenset("\u200d\u20e3\ufe0f")  # joiner, keycap, emoji presentation


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
    errors: dict[str, str] = field(default_factory=dict)  # field key (see fields.MEMBER_LABELS) -> reason
    warnings: list[str] = field(default_factory=list)
    resident_id: ResidentId | None = None

    @property
    def ok(self) -> bool:
        return not self.errors

    def labelled_errors(self) -> list[tuple[str, str]]:
        """(Chinese label, reason) of every error, in the order found: what messages and error reports show."""
        return [(member_label(key), reason) for key, reason in self.errors.items()]

    def raise_first(self, row: int | None = None) -> None:
        if self.errors:
            key, reason = next(iter(self.errors.items()))
            more = f"（另有 {len(self.errors) - 1} 处错误）" if len(self.errors) > 1 else ""
            raise ValidationError(reason + more, field=member_label(key), key=key, row=row)

    def fail(self, key: str, reason: str) -> None:
        self.errors.setdefault(key, reason)  # the first problem of a field is the one to fix first

    def take(self, key: str, rule: Callable[[], object]) -> None:
        """values[key] = rule(); a ValidationError from the rule becomes the error of field `key` instead."""
        try:
            self.values[key] = rule()
        except ValidationError as exc:
            self.fail(key, exc.reason)


def normalize_name(raw: str) -> str:
    """NFC first (a combining mark joins its letter), then no spaces and one kind of middle dot."""
    text = unicodedata.normalize("NFC", str(raw)).strip()
    text = "".join(text.split())
    for dot in NAME_DOTS:
        text = text.replace(dot, "·")
    return text


def odd_name_character(name: str) -> str | None:
    """Why `name` (NFC) holds a character no name has — a direction control, an invisible character, an emoji
    or other picture symbol, a control character — or None. Rare ideographs of any plane are fine."""
    if _NAME_PLAIN.search(name) is None:
        return None
    for char in name:
        code = f"U+{ord(char):04X}"
        category = unicodedata.category(char)
        if char in _BIDI_CONTROLS:
            return f"含有改变文字方向的控制字符（{code}），姓名会显示得与实际不同"
        if char in _EMOJI_PARTS or category in ("So", "Sk", "Cs"):
            return f"含有表情或图形符号“{char}”（{code}）"
        if category == "Cf":
            return f"含有看不见的字符（{code}，如零宽空格），请删除后重新输入"
        if category == "Cc":
            return f"含有控制字符（{code}）"
    return None


def check_name(raw: str) -> str:
    name = normalize_name(raw)
    label = member_label("name")
    if not name:
        raise ValidationError("不能为空", field=label, key="name")
    if name.startswith("="):
        raise ValidationError(f"是公式（{name[:30]}），不是姓名", field=label, key="name")
    odd = odd_name_character(name)
    if odd:
        raise ValidationError(odd, field=label, key="name")
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(f"不能超过 {MAX_NAME_LENGTH} 个字", field=label, key="name")
    bad = _NAME_BAD.findall(name)
    if bad:
        raise ValidationError(f"含有不应出现在姓名中的字符“{''.join(dict.fromkeys(bad))}”", field=label, key="name")
    if name.startswith("·") or name.endswith("·"):
        raise ValidationError("间隔号“·”不能在开头或结尾", field=label, key="name")
    return name


def _optional_choice(value: str, choices: tuple[str, ...], key: str) -> str | None:
    value = (value or "").strip()
    if not value:
        return None
    d.require_choice(value, choices, member_label(key))
    return value


def _digits_or_none(value: str, key: str, max_len: int = 32) -> str | None:
    text = "".join(unicodedata.normalize("NFKC", value or "").split())
    if not text:
        return None
    if not text.isalnum() or len(text) > max_len:
        raise ValidationError(f"“{text}”应为不超过 {max_len} 位的数字或字母", field=member_label(key), key=key)
    return text.upper()


# Optional fields chosen from a dictionary: field key -> the choices.
_CHOICE_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("education", d.EDUCATION),
    ("political_status", d.POLITICAL_STATUS),
    ("employment_status", d.EMPLOYMENT_STATUS),
    ("hukou_type", d.HUKOU_TYPES),
    ("skill_grade", d.SKILL_GRADES),
    ("hardship_category", d.HARDSHIP_CATEGORIES),
)


def _check_identity(draft: MemberDraft, today: date, result: MemberCheck) -> None:
    """Name, ID number (which gives the birth date and sex), and the sex chosen against digit 17."""
    result.take("name", lambda: check_name(draft.name))
    try:
        rid = parse_id(draft.id_number, today=today)
    except ValidationError as exc:
        result.fail("id_number", exc.reason)
    else:
        result.resident_id = rid
        result.values.update(id_number=rid.number, id_number_original=rid.original, birth_date=rid.birth_date,
                             sex=rid.sex)
        if draft.sex and draft.sex != rid.sex:
            result.fail("sex", f"与身份证号不符：身份证号第 17 位表明为{rid.sex}性")
    result.take("ethnicity", lambda: d.require_choice(draft.ethnicity, d.ETHNICITIES, member_label("ethnicity")))
    result.take("id_type", lambda: d.require_choice(draft.id_type, d.ID_TYPES, member_label("id_type")))


def _check_choices(draft: MemberDraft, result: MemberCheck) -> None:
    for key, choices in _CHOICE_FIELDS:
        result.take(key, partial(_optional_choice, str(getattr(draft, key) or ""), choices, key))


def _phone(draft: MemberDraft, result: MemberCheck) -> str | None:
    if not draft.phone.strip():
        return None
    number = normalize_phone(draft.phone)
    warning = phone_warning(number)
    if warning:
        result.warnings.append(warning)
    return number


def _check_contact(draft: MemberDraft, result: MemberCheck) -> None:
    result.take("phone", lambda: _phone(draft, result))
    result.take("card_number", lambda: _digits_or_none(draft.card_number, "card_number"))
    result.take("internal_card_number", lambda: _digits_or_none(draft.internal_card_number, "internal_card_number"))


def _check_membership(draft: MemberDraft, today: date, result: MemberCheck) -> None:
    """The union, the join date (old enough, not in the future), and a hardship file only with a category."""
    if draft.union_id is None:
        result.fail("union_id", "请选择所属基层工会")
    result.values["union_id"] = draft.union_id
    rid = result.resident_id
    if draft.join_date is None:
        result.fail("join_date", "不能为空")
    elif rid is not None:
        try:
            check_join_date(draft.join_date, rid.birth_date, today)
        except ValidationError as exc:
            result.fail("join_date", exc.reason)
    result.values["join_date"] = draft.join_date
    if draft.hardship_file_no.strip() and not draft.hardship_category:
        result.fail("hardship_file_no", "填写档案号时须选择困难职工类别")
    result.values["hardship_file_no"] = draft.hardship_file_no.strip() or None


def check_member(draft: MemberDraft, today: date) -> MemberCheck:
    """Check every field; collect all errors (for the editor) rather than stopping at the first.

    Errors are keyed by field key (`MemberDraft` attribute); `fields.member_label` gives the Chinese label."""
    result = MemberCheck()
    _check_identity(draft, today, result)
    _check_choices(draft, result)
    _check_contact(draft, result)
    _check_membership(draft, today, result)
    result.values["is_migrant"] = bool(draft.is_migrant)
    for key in ("hukou_place", "employer", "note"):
        result.values[key] = (getattr(draft, key) or "").strip() or None
    for key, limit in TEXT_LIMITS.items():  # the columns' lengths: PostgreSQL refuses longer values
        value = result.values.get(key)
        if isinstance(value, str) and len(value) > limit:
            result.fail(key, f"不能超过 {limit} 个字（现有 {len(value)} 个）")
    return result


DRAFT_FIELDS = tuple(f.name for f in fields(MemberDraft))
