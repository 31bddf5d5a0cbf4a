"""What the provincial package holds: one workbook per entity, its sheets and their columns, in order.

This one table is the package's schema: the package writer and reader use it, the province's tables
(db/models/province.py) are built from it, and docs/provincial-package.md lists it column by column.
Changing a column is a new FORMAT_VERSION and a migration. Format 2 carries every sheet also as a CSV file
(`Sheet.csv`, header = the column keys) that the province streams straight into COPY; format 1 (workbooks only) is
still read.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

FORMAT_NAME = "unionoffice-provincial-package"
FORMAT_VERSION = 2
READABLE_VERSIONS = frozenset({1, 2})


class Kind(StrEnum):
    """How a cell is written and read; docs/provincial-package.md "Cells"."""

    TEXT = "text"  # a string cell; empty cell = no value
    INT = "int"  # a whole number
    FEN = "fen"  # money: a whole number of fen (分)
    TENTHS = "tenths"  # hours with one decimal (24.5 学时), kept as whole tenths
    HUNDREDTHS = "hundredths"  # scores with two decimals (98.75 分), kept as whole hundredths
    DATE = "date"  # a string YYYY-MM-DD
    BOOL = "bool"  # the string 是 or 否


@dataclass(frozen=True)
class Column:
    key: str  # the province table's column name
    header: str  # the sheet's header cell, exactly
    kind: Kind = Kind.TEXT
    size: int = 100  # longest text accepted (characters)
    required: bool = False


@dataclass(frozen=True)
class Sheet:
    name: str  # the worksheet's name, exactly
    table: str  # the province table it is loaded into
    columns: tuple[Column, ...]

    def headers(self) -> list[str]:
        return [c.header for c in self.columns]

    @property
    def csv(self) -> str:
        """The sheet's CSV file in a format-2 package: the table's name without `province_` (member.csv)."""
        return self.table.removeprefix("province_") + ".csv"

    def keys(self) -> list[str]:
        """The CSV file's header row: the table's column names, in the sheet's order."""
        return [c.key for c in self.columns]


@dataclass(frozen=True)
class Workbook:
    file: str  # file name inside the package
    entity: str  # what it holds, in Chinese
    sheets: tuple[Sheet, ...]


T, N, F, H, P, D, B = Kind.TEXT, Kind.INT, Kind.FEN, Kind.TENTHS, Kind.HUNDREDTHS, Kind.DATE, Kind.BOOL
ID = Column("id_number", "身份证号", T, 18, True)
NAME = Column("name", "姓名", T, 60, True)
UNION = Column("union_name", "所属基层工会", T, 100)

UNIONS = Sheet("基层工会", "province_union", (
    Column("union_name", "工会名称", T, 100, True), Column("credit_code", "统一社会信用代码", T, 18),
    Column("employer", "单位名称", T, 100), Column("unit_nature", "单位性质", T, 16),
    Column("economic_type", "经济类型", T, 16), Column("industry", "所属行业", T, 40),
))
MEMBERS = Sheet("会员", "province_member", (
    ID, NAME, Column("sex", "性别", T, 2, True), Column("ethnicity", "民族", T, 12),
    Column("birth_date", "出生日期", D, required=True), Column("id_type", "证件类型", T, 12),
    Column("political_status", "政治面貌", T, 12), Column("education", "文化程度", T, 12),
    Column("employment_status", "就业情况", T, 12), Column("hukou_type", "户籍类型", T, 8),
    Column("skill_grade", "技能等级", T, 16), Column("phone", "手机", T, 11), Column("employer", "工作单位", T, 100),
    UNION, Column("join_date", "入会时间", D, required=True), Column("status", "会籍状态", T, 8, True),
    Column("status_date", "状态日期", D, required=True), Column("is_migrant", "是否农民工", B),
    Column("hardship_category", "困难职工类别", T, 8), Column("card_number", "会员卡号", T, 32),
))
EVENTS = Sheet("会籍变动", "province_membership_event", (
    ID, Column("kind", "变动类型", T, 8, True), Column("event_date", "变动日期", D, required=True),
    Column("from_union", "转出工会", T, 100), Column("to_union", "转入工会", T, 100),
    Column("status_after", "变动后状态", T, 8, True), Column("reason", "原因", T, 200),
))
HARDSHIP_FILES = Sheet("困难职工档案", "province_hardship_file", (
    Column("file_no", "档案编号", T, 32, True), ID, NAME, UNION, Column("status", "档案状态", T, 4, True),
    Column("temporary", "临时救助档案", B), Column("filing_level", "建档标准", T, 8),
    Column("category", "困难类别", T, 8), Column("main_cause", "主要致困原因", T, 8),
    Column("household_size", "家庭人口", N), Column("per_capita_fen", "家庭月人均收入（分）", F),
    Column("dibao_fen", "当地低保标准（分）", F), Column("applied_on", "申请日期", D, required=True),
    Column("filed_on", "建档日期", D), Column("closed_on", "撤档日期", D), Column("close_kind", "撤档方式", T, 4),
))
AID = Sheet("帮扶发放", "province_aid", (
    Column("application_no", "申请编号", N, required=True), Column("programme", "项目名称", T, 100, True),
    Column("programme_type", "项目类型", T, 8, True), Column("aid_type", "救助类型", T, 8), ID, NAME, UNION,
    Column("file_no", "档案编号", T, 32), Column("category", "困难类别", T, 8), Column("state", "状态", T, 8, True),
    Column("amount_asked_fen", "申请金额（分）", F), Column("amount_fen", "核定金额（分）", F),
    Column("child_name", "子女姓名", T, 60), Column("child_id_number", "子女身份证号", T, 18),
    Column("school", "学校", T, 100), Column("school_level", "学段", T, 12), Column("tier", "档次", T, 8),
    Column("new_student", "新生", B), Column("work_study_post", "勤工俭学岗位", T, 100),
    Column("submitted_on", "申请日期", D), Column("decided_on", "审批日期", D), Column("paid_on", "发放日期", D),
))
RECUPERATION = Sheet("疗休养", "province_recuperation", (
    Column("batch", "批次", T, 60, True), Column("destination", "目的地", T, 100, True),
    Column("border_area", "边境地区", B), Column("start_date", "开始日期", D, required=True),
    Column("end_date", "结束日期", D, required=True), Column("days", "天数", N), Column("quota", "名额", N),
    Column("subsidy_fen", "人均补助（分）", F), Column("target_group", "对象", T, 8), Column("state", "状态", T, 8),
    Column("person_times", "参加人次", N),
))
LOANS = Sheet("贴息贷款", "province_loan", (
    Column("borrower_kind", "借款人类型", T, 8, True), Column("id_number", "身份证号", T, 18),
    Column("name", "借款人", T, 100), Column("firm_name", "企业名称", T, 100), Column("bank", "贷款银行", T, 60),
    Column("principal_fen", "贷款本金（分）", F), Column("start_date", "放款日期", D, required=True),
    Column("term_months", "期限（月）", N), Column("state", "状态", T, 8), Column("subsidy_fen", "本年贴息（分）", F),
))
CLASSES = Sheet("培训班", "province_training_class", (
    Column("class_no", "班级编号", N, required=True), Column("academy", "工匠学院", T, 100, True),
    Column("sector", "产业方向", T, 8), Column("class_name", "班级名称", T, 200, True),
    Column("start_date", "开班日期", D, required=True), Column("end_date", "结业日期", D, required=True),
    Column("course_hours", "课程学时", H), Column("organiser", "主办单位", T, 200),
))
TRAINEES = Sheet("学员", "province_trainee", (
    Column("class_no", "班级编号", N, required=True), ID, NAME, Column("status", "报名状态", T, 8),
    Column("hours", "计入学时", H), Column("completed", "是否结业", B),
))
ENTRIES = Sheet("参赛成绩", "province_competition_entry", (
    Column("competition", "竞赛名称", T, 200, True), Column("level", "竞赛级别", T, 8),
    Column("event", "赛项", T, 120, True), Column("trade", "工种", T, 60), Column("stage", "阶段", T, 8, True),
    ID, NAME, Column("employer", "工作单位", T, 100), UNION, Column("state", "参赛状态", T, 8),
    Column("theory", "理论成绩", P), Column("practical", "实操成绩", P), Column("rank", "名次", N),
    Column("prize", "奖项", T, 16), Column("advanced", "晋级", B),
))
HONOURS = Sheet("荣誉", "province_honour", (
    Column("list_name", "表彰名单", T, 120, True), Column("level", "级别", T, 8), Column("issuer", "授予机关", T, 100),
    Column("list_status", "名单状态", T, 8), Column("decision_date", "决定日期", D),
    Column("doc_number", "文号", T, 60),
    Column("honour_type", "荣誉名称", T, 16, True), Column("recipient_kind", "对象类型", T, 4, True),
    Column("id_number", "身份证号", T, 18), Column("recipient_name", "获得者", T, 120, True),
    Column("unit", "单位", T, 100), Column("basis", "事迹依据", T, 200), Column("revoked", "已撤销", B),
))

WORKBOOKS: tuple[Workbook, ...] = (
    Workbook("members.xlsx", "会员", (UNIONS, MEMBERS, EVENTS)),
    Workbook("hardship_files.xlsx", "困难职工档案", (HARDSHIP_FILES,)),
    Workbook("aid.xlsx", "帮扶救助", (AID, RECUPERATION, LOANS)),
    Workbook("training.xlsx", "职工培训", (CLASSES, TRAINEES)),
    Workbook("competitions.xlsx", "职工技能竞赛", (ENTRIES,)),
    Workbook("honours.xlsx", "荣誉表彰", (HONOURS,)),
)
SHEETS: tuple[Sheet, ...] = tuple(s for w in WORKBOOKS for s in w.sheets)
SHEET_BY_TABLE = {s.table: s for s in SHEETS}
