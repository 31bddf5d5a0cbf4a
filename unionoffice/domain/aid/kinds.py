"""The words of aid casework as value sets (docs/domain.md (a), (b)): programme and aid types, categories, states."""

from __future__ import annotations

from enum import StrEnum


class ProgrammeType(StrEnum):
    GOLDEN_AUTUMN = "金秋助学"
    HARDSHIP = "困难职工帮扶"
    WARMTH = "送温暖"
    RECUPERATION = "疗休养"
    LOAN = "小额贴息贷款"


class AidType(StrEnum):
    LIVING = "生活救助"
    MEDICAL = "医疗救助"
    EDUCATION = "助学救助"
    TEMPORARY = "临时救助"
    WARMTH = "送温暖"
    GOLDEN_AUTUMN = "金秋助学"


# Which aid types an application of each programme type may carry (the first is the default).
AID_TYPES_OF: dict[ProgrammeType, tuple[AidType, ...]] = {
    ProgrammeType.GOLDEN_AUTUMN: (AidType.GOLDEN_AUTUMN,),
    ProgrammeType.HARDSHIP: (AidType.LIVING, AidType.MEDICAL, AidType.EDUCATION, AidType.TEMPORARY),
    ProgrammeType.WARMTH: (AidType.WARMTH,),
}
# Programmes whose money goes out as applications (recuperation and loans keep their own records).
APPLICATION_PROGRAMMES = tuple(AID_TYPES_OF)


class HardshipCategory(StrEnum):
    DEEP = "深度困难"
    RELATIVE = "相对困难"
    ACCIDENT = "意外致困"


class FileStatus(StrEnum):
    APPLIED = "申请"
    FILED = "在档"
    CLOSED = "撤档"


class CloseReason(StrEnum):
    RECOVERED = "脱困"
    CANCELLED = "注销"


class Cause(StrEnum):
    """Main and secondary causes of hardship, as the national aid system lists them."""

    ILLNESS = "因病"
    DISABILITY = "因残"
    SCHOOLING = "因学"
    ACCIDENT = "因灾或意外"
    UNEMPLOYMENT = "失业"
    LOW_INCOME = "收入低"
    OTHER = "其他"


# Causes that can make hardship "accident-caused"; school fees or low income alone never do (docs/domain.md (b)).
ACCIDENT_CAUSES = frozenset({Cause.ILLNESS, Cause.DISABILITY, Cause.ACCIDENT, Cause.UNEMPLOYMENT})


class FilingLevel(StrEnum):
    NATIONAL = "全国级"
    PROVINCE = "省级"
    CITY = "地市级"
    DISTRICT = "区县级"


class SchoolLevel(StrEnum):
    POSTGRADUATE = "研究生"
    BACHELOR = "本科"
    COLLEGE = "专科·高职"
    HIGH_SCHOOL = "高中"
    VOCATIONAL = "中职"


HIGHER_EDUCATION = frozenset({SchoolLevel.POSTGRADUATE, SchoolLevel.BACHELOR, SchoolLevel.COLLEGE})


class Tier(StrEnum):
    """Golden Autumn tiers: the parent is on the hardship register, is not, or is a migrant worker."""

    FILED = "建档"
    NOT_FILED = "非建档"
    MIGRANT = "农民工"


class SchoolKind(StrEnum):
    ORDINARY = "普通院校"
    MILITARY = "军事院校"
    FREE_TEACHER = "公费师范"


class ApplicationState(StrEnum):
    DRAFT = "草稿"
    SUBMITTED = "已提交"
    FIRST_REVIEWED = "基层初审"
    REVIEWED = "区总审核"
    PUBLICISED = "公示中"
    APPROVED = "已批准"
    REJECTED = "已驳回"
    PAID = "已发放"


# Amounts of these states are fixed and counted against the budget (docs/domain.md (f) 7, 8).
COMMITTED_STATES = frozenset({ApplicationState.APPROVED, ApplicationState.PAID})
# States still on their way: they count towards caps as a claim only once approved.
OPEN_STATES = frozenset({ApplicationState.DRAFT, ApplicationState.SUBMITTED, ApplicationState.FIRST_REVIEWED,
                         ApplicationState.REVIEWED, ApplicationState.PUBLICISED})


class BorrowerKind(StrEnum):
    MEMBER = "会员"
    FIRM = "小微企业"


class LoanState(StrEnum):
    APPLIED = "申请"
    LENT = "已放款"
    SETTLED = "已结清"


class TargetGroup(StrEnum):
    MODEL_WORKERS = "劳模"
    SKILLED_WORKERS = "优秀技术工人"
    FRONT_LINE = "一线职工"


class NominationState(StrEnum):
    NOMINATED = "已提名"
    SELECTED = "已入选"
    NOT_SELECTED = "未入选"
    WENT = "已参加"
    ABSENT = "未参加"


class BatchState(StrEnum):
    NOMINATING = "提名中"
    APPROVED = "名单已审定"
    DONE = "已结束"
