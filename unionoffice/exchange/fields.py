"""What can be imported: each field's Chinese label, the header words offices use for it, and its cell kind."""

from __future__ import annotations

from dataclasses import dataclass

from unionoffice.domain.members.fields import MEMBER_LABELS


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    synonyms: tuple[str, ...]
    kind: str = "text"  # text | name | id | date | phone | flag | card | number | money
    required: bool = False

    @property
    def words(self) -> tuple[str, ...]:
        return (self.label, *self.synonyms)


def _member(key: str, synonyms: tuple[str, ...], kind: str = "text", required: bool = False, *,
            label_of: str | None = None) -> FieldSpec:
    """A member field, labelled as everywhere else (domain.members.fields); `label_of` when the import key differs
    from the member attribute (the union is imported by name, stored by id)."""
    return FieldSpec(key, MEMBER_LABELS[label_of or key], synonyms, kind, required)


NAME = _member("name", ("名字", "会员姓名", "职工姓名", "学员姓名", "员工姓名", "申请人姓名", "选手姓名"), "name", True)
ID_NUMBER = _member("id_number", ("身份证号码", "公民身份号码", "证件号码", "身份证", "证件号", "身份证件号码",
                                  "居民身份证号码", "身份证号（18位）"), "id", True)
PHONE = _member("phone", ("手机号", "手机号码", "联系电话", "电话", "联系方式", "移动电话", "电话号码"), "phone")
EMPLOYER = _member("employer", ("单位", "单位名称", "所在单位", "工作单位名称", "现工作单位"))
UNION = _member("union", ("工会名称", "基层工会", "所属工会", "基层工会名称", "所在工会"), label_of="union_id")
NOTE = _member("note", ("说明",))

MEMBER_FIELDS: tuple[FieldSpec, ...] = (
    NAME, ID_NUMBER,
    _member("sex", ()),
    _member("ethnicity", ()),
    _member("id_type", ("证件种类",)),
    _member("birth_date", ("出生年月日", "生日"), "date"),
    _member("education", ("学历", "最高学历")),
    _member("political_status", ()),
    _member("employment_status", ("就业状态",)),
    _member("hukou_type", ("户口性质", "户口类型", "户籍性质")),
    _member("hukou_place", ("户籍地", "户口所在地")),
    _member("skill_grade", ("职业技能等级",)),
    PHONE, EMPLOYER, UNION,
    _member("join_date", ("入会日期", "入会年月日"), "date", True),
    _member("card_number", ("会员卡号码", "工会卡号", "工会会员卡号"), "card"),
    _member("internal_card_number", (), "card"),
    _member("is_migrant", ("农民工",), "flag"),
    _member("hardship_category", ("困难类别", "困难职工标识", "困难程度")),
    _member("hardship_file_no", ("档案号", "困难档案号")),
    NOTE,
)

# Training-class enrolments: rows are matched to members by ID number (the training module reads these).
ENROLMENT_FIELDS: tuple[FieldSpec, ...] = (
    NAME, ID_NUMBER, PHONE, EMPLOYER, UNION,
    FieldSpec("class_name", "培训班", ("培训班名称", "班级", "班次", "培训项目")),
    FieldSpec("enrolled_on", "报名日期", ("报名时间",), "date"),
    NOTE,
)

AID_APPLICANT_FIELDS: tuple[FieldSpec, ...] = (
    NAME, ID_NUMBER, PHONE, EMPLOYER, UNION,
    FieldSpec("hardship_category", "困难类别", ("困难职工类别", "困难程度")),
    FieldSpec("aid_type", "救助类型", ("帮扶类型", "救助类别")),
    FieldSpec("amount", "金额", ("申请金额", "救助金额", "发放金额", "金额（元）"), "money"),
    FieldSpec("bank_card", "银行卡号", ("银行账号", "卡号", "银行卡"), "card"),
    NOTE,
)

# Golden Autumn applicants as offices send them: the parent (a member, by ID number) and the child.
GOLDEN_AUTUMN_FIELDS: tuple[FieldSpec, ...] = (
    NAME, ID_NUMBER,
    FieldSpec("child_name", "子女姓名", ("学生姓名", "受助学生姓名", "子女名字", "学生名字"), "name", True),
    FieldSpec("child_id_number", "子女身份证号", ("学生身份证号", "子女身份证号码", "学生身份证号码",
                                                  "受助学生身份证号", "子女公民身份号码"), "id", True),
    FieldSpec("school", "就读学校", ("学校", "录取学校", "学校名称", "就读院校", "院校名称", "录取院校"), "text", True),
    FieldSpec("school_level", "学历层次", ("层次", "就读层次", "学段", "录取层次"), "text", True),
    FieldSpec("tier", "资助档次", ("档次", "资助类别", "家庭类别"), "text", True),
    FieldSpec("amount", "申请金额", ("金额", "资助金额", "申请资助金额", "金额（元）"), "money"),
    FieldSpec("new_student", "是否新生", ("新生",), "flag"),
    FieldSpec("school_kind", "院校类别", ("院校性质",)),
    FieldSpec("aided_elsewhere", "已获其他资助", ("是否已获其他资助", "其他资助"), "flag"),
    FieldSpec("bank_card", "银行卡号", ("银行账号", "卡号", "银行卡"), "card"),
    FieldSpec("work_study_post", "勤工俭学岗位", ("勤工助学岗位",)),
    NOTE,
)

SCORE_FIELDS: tuple[FieldSpec, ...] = (
    NAME, ID_NUMBER,
    FieldSpec("trade", "赛项", ("工种", "比赛项目", "参赛工种")),
    FieldSpec("theory", "理论成绩", ("理论", "理论得分", "理论考试成绩"), "number"),
    FieldSpec("practical", "实操成绩", ("实操", "实操得分", "技能操作成绩", "操作成绩"), "number"),
    NOTE,
)

FIELD_SETS: dict[str, tuple[FieldSpec, ...]] = {
    "members": MEMBER_FIELDS,
    "enrolments": ENROLMENT_FIELDS,
    "aid_applicants": AID_APPLICANT_FIELDS,
    "golden_autumn": GOLDEN_AUTUMN_FIELDS,
    "scores": SCORE_FIELDS,
}


def field_by_key(fields: tuple[FieldSpec, ...], key: str) -> FieldSpec:
    for spec in fields:
        if spec.key == key:
            return spec
    raise KeyError(key)
