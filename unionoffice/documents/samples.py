"""Sample people and lists for previews, `documents sample` and benchmarks — rare characters included."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from unionoffice.documents.office import SAMPLE_OFFICE, Office, for_office
from unionoffice.documents.official import DecisionData
from unionoffice.documents.pdf import PersonDocument, Target
from unionoffice.documents.render import render_decision, render_people, render_roster
from unionoffice.documents.roster import RosterData
from unionoffice.documents.table import Column, TableData
from unionoffice.documents.templates import DocumentKind, Template, default_template, format_number
from unionoffice.domain.certificates.verification import verification_code

# Codes on samples are signed with this public key, so they never verify against a real office's records.
SAMPLE_KEY = b"unionoffice-sample-key-not-for-real-certificates"
SAMPLE_DATE = date(2024, 10, 19)

# The names that break naive printing (docs/domain.md (f) 5, docs/reliability.md C2): GBK-only 堃 and 喆,
# Extension B 𠇔 and 𠮷, Extension A 䶮, a minority name with "·", and one of nineteen characters.
SPECIAL_NAMES = ("张堃", "李𠇔", "王喆", "刘䶮", "陈𠮷祥", "阿依古丽·买买提", "阿卜杜热合曼·买买提依明·吐尔逊托合提")
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ("建国", "海燕", "志强", "秀英", "伟", "静", "丽娟", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
         "秀兰", "霞", "平", "刚", "桂英", "晓东", "春梅", "国庆", "红霞", "子洋", "恩岐", "思远", "雨桐", "浩然",
         "嘉怡", "俊杰", "婷婷", "宇航", "欣怡", "博文", "梓涵", "鹏飞", "佳琪", "振华")
TRADES = ("焊工", "数控机床装调维修工", "网络与信息安全管理员", "人工智能训练师", "汽车维修工（智能网联新能源）",
          "网约配送员")
EMPLOYERS = ("示例区热电有限公司", "示例汽车零部件制造有限公司", "示例区城市公交集团", "示例化纤股份有限公司",
             "示例区人民医院", "示例轨道客车装备有限公司", "示例区供电公司", "示例新能源科技有限公司")
PRIZES = ("一等奖",) + ("二等奖",) * 3 + ("三等奖",) * 6  # Anhui tiers: 1, 3, 6, then merit awards
PRIZE_MONEY_FEN = {"一等奖": 300_000, "二等奖": 200_000, "三等奖": 100_000, "优秀奖": 50_000}


def sample_name(index: int) -> str:
    if index < len(SPECIAL_NAMES):
        return SPECIAL_NAMES[index]
    n = index - len(SPECIAL_NAMES)
    # (n + n // S) varies the given name with every person, and stays unique for S × G people because
    # S + 1 and G share no factor.
    return SURNAMES[n % len(SURNAMES)] + GIVEN[(n + n // len(SURNAMES)) % len(GIVEN)]


def prize(index: int) -> str:
    return PRIZES[index] if index < len(PRIZES) else "优秀奖"


def sample_fields(kind: DocumentKind, index: int, template: Template) -> dict[str, str]:
    """Values for the template's fields: the template's own sample values, varied per person."""
    fields = dict(template.extra)
    fields["性别"] = "女" if index % 3 == 1 else "男"
    fields["工作单位"] = EMPLOYERS[index % len(EMPLOYERS)]
    if kind in (DocumentKind.AWARD, DocumentKind.AWARD_LETTER):
        fields["赛项"] = TRADES[index % len(TRADES)]
        fields["奖项"] = prize(index // len(TRADES))
    return fields


def sample_people(template: Template, count: int, issue_date: date = SAMPLE_DATE) -> Iterator[PersonDocument]:
    for index in range(count):
        number = format_number(template, issue_date.year, index + 1)
        name = sample_name(index)
        yield PersonDocument(
            number=number,
            name=name,
            issue_date=issue_date,
            code=verification_code(SAMPLE_KEY, number, name, issue_date),
            fields=sample_fields(template.kind, index, template),
        )


def awardee_table(count: int) -> TableData:
    columns = (
        Column("no", "序号", 0.8, "center", "int"),
        Column("name", "姓名", 1.6),
        Column("employer", "工作单位", 3.0),
        Column("trade", "赛项", 2.4),
        Column("prize", "奖项", 1.0, "center"),
        Column("money", "奖金（元）", 1.3, "right", "money", total=True),
    )
    rows = []
    for index in range(count):
        award = prize(index // len(TRADES))
        rows.append({"no": index + 1, "name": sample_name(index), "employer": EMPLOYERS[index % len(EMPLOYERS)],
                     "trade": TRADES[index % len(TRADES)], "prize": award, "money": PRIZE_MONEY_FEN[award]})
    return TableData(columns, rows)


def sample_decision(template: Template, count: int) -> DecisionData:
    values = {"首名获奖者": sample_name(0), "获奖人数": str(count)}
    return DecisionData(SAMPLE_DATE, values, awardee_table(count))


def render_sample(kind: DocumentKind | str, count: int, target: Target, template: Template | None = None,
                  office: Office | None = None) -> int:
    """Render `count` sample people (or list rows) of a kind, marked 样张; returns the page count."""
    kind = DocumentKind(kind)
    template = for_office(template or default_template(kind), office or SAMPLE_OFFICE)
    if kind.is_numbered:
        return render_people(template, sample_people(template, count), target, total=count, specimen=True)
    if kind is DocumentKind.DECISION:
        return render_decision(template, sample_decision(template, count), target, specimen=True)
    return render_roster(template, RosterData(awardee_table(count)), target, specimen=True)


def sample_pdf_bytes(template: Template, count: int = 1, office: Office | None = None) -> bytes:
    """The preview: the real document with sample data (and the office's own name and seal), in memory."""
    import io

    buffer = io.BytesIO()
    render_sample(template.kind, count, buffer, template, office)
    return buffer.getvalue()


def write_sample(kind: DocumentKind | str, count: int, out: Path) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    return render_sample(kind, count, out)
