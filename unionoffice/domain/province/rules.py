"""Rules of the provincial package: district codes (GB/T 2260), which package wins, and what counts as a conflict."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from unionoffice.domain.common.errors import UnionOfficeError, ValidationError

# The first two digits of GB/T 2260 codes: provinces, autonomous regions, municipalities, HK/Macao/Taiwan.
PROVINCE_PREFIXES = frozenset({
    "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43", "44",
    "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82",
})
# Statuses in which a person is "active" in a district: present and counted (docs/provincial-package.md, Conflicts).
ACTIVE_STATUSES = frozenset({"在会", "保留会籍"})
TRANSFER_PENDING = "转出中"
TRANSFER_GRACE_DAYS = 90


class PackageError(UnionOfficeError):
    """A package that cannot be taken: damaged, altered, unsigned or signed by an untrusted key, wrong password."""


def check_district_code(code: str, field: str = "区县代码") -> str:
    """A county-level code of GB/T 2260: six digits, a real province, not a province's or a city's own code."""
    code = code.strip()
    if len(code) != 6 or not code.isdigit():
        raise ValidationError(f"“{code}”不是六位数字的行政区划代码", field=field)
    if code[:2] not in PROVINCE_PREFIXES:
        raise ValidationError(f"“{code}”的前两位不是省级行政区划代码", field=field)
    if code[4:] == "00":
        raise ValidationError(f"“{code}”是省或地市本级的代码，区县代码的后两位不能是 00", field=field)
    return code


def check_year(year: int, today: date, field: str = "年度") -> int:
    if not 1990 <= year <= today.year:
        raise ValidationError(f"{year} 不是可报送的年度（1990—{today.year}）", field=field)
    return year


class Decision(StrEnum):
    LOAD = "导入"  # nothing of this district and period yet
    UNCHANGED = "未变"  # the very same package again: nothing to do
    REPLACE = "替换"  # newer than the one loaded
    REFUSE_OLDER = "拒绝（较旧）"
    REFUSE_AMBIGUOUS = "拒绝（同时生成）"


@dataclass(frozen=True)
class PackageStamp:
    """What decides between two packages of one district and period: when each was made, and its manifest's hash."""

    created_at: datetime
    manifest_sha256: str


def decide(loaded: PackageStamp | None, incoming: PackageStamp) -> Decision:
    """The same package twice changes nothing; a newer one replaces the older; an older one never replaces a newer.
    Two different packages stamped with the same moment cannot be ordered, so neither replaces the other."""
    if loaded is None:
        return Decision.LOAD
    if loaded.manifest_sha256 == incoming.manifest_sha256:
        return Decision.UNCHANGED
    if incoming.created_at > loaded.created_at:
        return Decision.REPLACE
    if incoming.created_at < loaded.created_at:
        return Decision.REFUSE_OLDER
    return Decision.REFUSE_AMBIGUOUS
