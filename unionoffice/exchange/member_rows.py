"""A member row of a spreadsheet checked as a `MemberDraft`: statuses, per-field errors, duplicates in a file."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from unionoffice.domain.members.fields import member_label
from unionoffice.domain.members.rules import MemberCheck, MemberDraft, check_member
from unionoffice.exchange.readers import Cell
from unionoffice.exchange.rows import ExtractedRow

SEXES = {"男": "男", "男性": "男", "m": "男", "male": "男", "女": "女", "女性": "女", "f": "女", "female": "女"}
DRAFT_TEXT_FIELDS = ("education", "political_status", "employment_status", "hukou_type", "hukou_place",
                     "skill_grade", "phone", "employer", "card_number", "internal_card_number", "hardship_category",
                     "hardship_file_no", "note")


class RowStatus(StrEnum):
    NEW = "新增"
    UPDATE = "更新"
    UNCHANGED = "无变化"
    SKIPPED = "跳过"
    REJECTED = "拒绝"


@dataclass
class PlannedRow:
    """What the import will do with one row; `values` are the normalised member values of a valid row."""

    row_number: int
    status: RowStatus
    raw: Sequence[Cell]
    values: dict[str, Any] = field(default_factory=dict)
    union_name: str = ""
    member_id: int | None = None
    version: int | None = None
    changes: dict[str, tuple[Any, Any]] = field(default_factory=dict)
    errors: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _text(values: dict[str, object], key: str) -> str:
    value = values.get(key)
    return "" if value is None else str(value)


def member_draft(values: dict[str, object], union_id: int | None) -> tuple[MemberDraft, list[tuple[str, str]]]:
    """The draft for `check_member`, and errors found before it (an unreadable sex)."""
    errors: list[tuple[str, str]] = []
    sex_text = _text(values, "sex").strip()
    sex = SEXES.get(sex_text.lower(), "")
    if sex_text and not sex:
        errors.append((member_label("sex"), f"“{sex_text}”应为“男”或“女”"))
    join_date = values.get("join_date")
    draft = MemberDraft(
        name=_text(values, "name"),
        id_number=_text(values, "id_number"),
        sex=sex,
        ethnicity=_text(values, "ethnicity").strip() or "汉族",
        id_type=_text(values, "id_type").strip() or "居民身份证",
        union_id=union_id,
        join_date=join_date if isinstance(join_date, date) else None,
        is_migrant=bool(values.get("is_migrant", False)),
        **{key: str(values.get(key) or "") for key in DRAFT_TEXT_FIELDS},
    )
    return draft, errors


def cross_check(values: dict[str, object], check: MemberCheck) -> list[tuple[str, str]]:
    """A birth-date column must agree with the ID number (a mismatch means one of them was mistyped)."""
    stated = values.get("birth_date")
    rid = check.resident_id
    if isinstance(stated, date) and rid is not None and stated != rid.birth_date:
        why = f"{stated:%Y-%m-%d} 与身份证号中的出生日期 {rid.birth_date:%Y-%m-%d} 不符"
        return [(member_label("birth_date"), why)]
    return []


def union_name_of(row: ExtractedRow, default_union: str) -> str:
    named = str(row.values.get("union") or "").strip()
    return " ".join((named or default_union).split())


class RowChecker:
    """Checks rows one by one against the member rules. Union names resolve through `unions`; with
    `create_unions` an unknown name gets a placeholder id (negative) that the commit replaces."""

    def __init__(self, unions: dict[str, int], *, default_union: str, create_unions: bool, today: date) -> None:
        self.unions, self.default_union, self.create_unions, self.today = unions, default_union, create_unions, today
        self.placeholders: dict[str, int] = {}

    def union_id(self, name: str, row: PlannedRow) -> int | None:
        if not name:
            row.errors.append((member_label("union_id"), "不能为空"))
            return None
        if name in self.unions:
            return self.unions[name]
        if self.create_unions:
            return self.placeholders.setdefault(name, -1 - len(self.placeholders))
        row.errors.append((member_label("union_id"), f"“{name}”不存在；请先建立该基层工会，或选择导入时新建"))
        return None

    def check(self, extracted: ExtractedRow) -> PlannedRow:
        row = PlannedRow(extracted.row_number, RowStatus.NEW, extracted.raw, errors=list(extracted.errors),
                         notes=list(extracted.notes))
        row.union_name = union_name_of(extracted, self.default_union)
        draft, errors = member_draft(extracted.values, self.union_id(row.union_name, row))
        row.errors.extend(errors)
        result = check_member(draft, self.today)
        known = {label for label, _ in row.errors}
        row.errors.extend((label, reason) for label, reason in result.labelled_errors() if label not in known)
        row.errors.extend(cross_check(extracted.values, result))
        row.notes.extend(result.warnings)
        if row.errors:
            row.status = RowStatus.REJECTED
        else:
            row.values = result.values
        return row

    @property
    def new_unions(self) -> list[str]:
        """Names in the order their placeholders were given: placeholder -1 - i is new_unions[i]."""
        return sorted(self.placeholders, key=lambda n: -self.placeholders[n])


def mark_duplicates(rows: list[PlannedRow]) -> None:
    """Every row sharing an ID number with another row is rejected: which one is right is the clerk's call."""
    seen: dict[str, list[PlannedRow]] = {}
    for row in rows:
        if row.status != RowStatus.REJECTED:
            seen.setdefault(row.values["id_number"], []).append(row)
    for group in seen.values():
        if len(group) > 1:
            numbers = "、".join(str(r.row_number) for r in group)
            for row in group:
                why = f"文件中第 {numbers} 行的身份证号相同，请核对后只保留一行"
                row.errors.append((member_label("id_number"), why))
                row.status = RowStatus.REJECTED
