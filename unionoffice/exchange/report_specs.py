"""The layouts of the reports sent upward (docs/domain.md (d)); the rows come from the services that own the data."""

from __future__ import annotations

from enum import StrEnum

from unionoffice.exchange.xlsx_report import DATE, DECIMAL, INT, MONEY, Column, ReportSpec

SERIAL = Column("序号", 6, INT)

# The member roster: by default only what the province asks for (docs/reliability.md D4, data minimisation).
ROSTER_COLUMNS: tuple[Column, ...] = (
    SERIAL,
    Column("姓名", 12),
    Column("性别", 6),
    Column("民族", 8),
    Column("身份证号", 21),
    Column("出生日期", 12, DATE),
    Column("政治面貌", 12),
    Column("文化程度", 10),
    Column("手机", 14),
    Column("工作单位", 28),
    Column("所属基层工会", 30),
    Column("入会时间", 12, DATE),
    Column("会籍状态", 10),
    Column("是否农民工", 8),
)
# Every field a member import reads, so an export made with them imports again unchanged.
ROSTER_ALL_EXTRA: tuple[Column, ...] = (
    Column("证件类型", 12),
    Column("就业情况", 10),
    Column("户籍类型", 8),
    Column("户籍所在地", 20),
    Column("技能等级", 14),
    Column("会员卡号", 22),
    Column("站内卡号", 16),
    Column("困难职工类别", 12),
    Column("困难职工档案号", 16),
    Column("备注", 24),
)


def roster_spec(title: str, *, all_fields: bool) -> ReportSpec:
    columns = ROSTER_COLUMNS + (ROSTER_ALL_EXTRA if all_fields else ())
    return ReportSpec(title, columns, units="单位：人", sheet_name="会员花名册", count_unit="人")


_ORG_COUNTS: tuple[Column, ...] = (
    Column("基层工会数（个）", 10, INT, True),
    Column("会员人数", 10, INT, True),
    Column("其中：女会员", 10, INT, True),
    Column("农民工会员", 10, INT, True),
    Column("新增会员", 10, INT, True),
    Column("转入", 8, INT, True),
    Column("转出", 8, INT, True),
    Column("保留会籍", 10, INT, True),
)


def org_stats_by_union_spec(title: str) -> ReportSpec:
    columns = (SERIAL, Column("基层工会名称", 34), Column("单位性质", 10), *_ORG_COUNTS)
    return ReportSpec(title, columns, units="单位：个、人", sheet_name="工会组织和会员统计")


def org_stats_by_nature_spec(title: str) -> ReportSpec:
    return ReportSpec(title, (Column("单位性质", 16), *_ORG_COUNTS), units="单位：个、人", sheet_name="按单位性质")


def training_spec(title: str) -> ReportSpec:
    return ReportSpec(title, (
        Column("学院", 30),
        Column("培训班（个）", 12, INT, True),
        Column("培训人次", 10, INT, True),
        Column("培训人数", 10, INT, True),
        Column("课程学时", 10, DECIMAL, True),
        Column("学员累计学时", 12, DECIMAL, True),
        Column("结业人数", 10, INT, True),
    ), units="单位：个、人次、人、学时", sheet_name="培训统计")


# The aid reports: rows from services/aid/reports.py.
AID_ROSTER = ReportSpec("帮扶资金发放花名册", (
    SERIAL,
    Column("姓名", 12),
    Column("身份证号", 21),
    Column("单位", 28),
    Column("困难类别", 12),
    Column("救助类型", 12),
    Column("金额（元）", 12, MONEY, True),
    Column("银行卡号", 22),
    Column("发放日期", 12, DATE),
    Column("备注", 20),
), units="单位：元", sheet_name="帮扶资金发放花名册", count_unit="人")

GOLDEN_AUTUMN_SUMMARY = ReportSpec("金秋助学资助情况汇总表", (
    Column("资助类别", 18),
    Column("研究生", 8, INT, True),
    Column("本科", 8, INT, True),
    Column("专科·高职", 10, INT, True),
    Column("高中", 8, INT, True),
    Column("中职", 8, INT, True),
    Column("合计人数", 10, INT, True),
    Column("资助金额（元）", 14, MONEY, True),
), units="单位：人、元", sheet_name="汇总")

GOLDEN_AUTUMN_ROSTER = ReportSpec("金秋助学资助花名册", (
    SERIAL,
    Column("职工姓名", 12),
    Column("职工身份证号", 21),
    Column("工作单位", 26),
    Column("资助类别", 12),
    Column("子女姓名", 12),
    Column("就读学校", 26),
    Column("学历层次", 10),
    Column("新生/在读", 8),
    Column("资助金额（元）", 12, MONEY, True),
    Column("银行卡号", 22),
    Column("勤工俭学岗位", 20),
), units="单位：元", sheet_name="花名册", count_unit="人")

RECUPERATION = ReportSpec("职工疗休养情况统计表", (
    Column("批次", 10),
    Column("疗休养地点", 24),
    Column("天数", 8, INT),
    Column("人数（人次）", 12, INT, True),
    Column("其中：边境地区（人次）", 14, INT, True),
    Column("经费（元）", 14, MONEY, True),
), units="单位：天、人次、元", sheet_name="疗休养")


class ReportKind(StrEnum):
    ROSTER = "roster"
    ORG_STATS = "org-stats"
    ORG_STATS_BY_NATURE = "org-stats-nature"
    TRAINING = "training"
    AID_ROSTER = "aid-roster"
    GOLDEN_AUTUMN = "golden-autumn"
    GOLDEN_AUTUMN_SUMMARY = "golden-autumn-summary"
    RECUPERATION = "recuperation"


REPORT_NAMES: dict[ReportKind, str] = {
    ReportKind.ROSTER: "会员花名册（年末在册）",
    ReportKind.ORG_STATS: "工会组织和会员统计（按基层工会）",
    ReportKind.ORG_STATS_BY_NATURE: "工会组织和会员统计（按单位性质）",
    ReportKind.TRAINING: "职工培训情况统计",
    ReportKind.AID_ROSTER: "帮扶资金发放花名册",
    ReportKind.GOLDEN_AUTUMN: "金秋助学资助花名册",
    ReportKind.GOLDEN_AUTUMN_SUMMARY: "金秋助学资助情况汇总表",
    ReportKind.RECUPERATION: "职工疗休养情况统计",
}
# Reports whose layout exists but whose module does not yet (none since the aid module).
NOT_YET: dict[ReportKind, str] = {}
