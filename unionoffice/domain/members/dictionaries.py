"""Fixed value lists (字典) for member and union fields, as the provincial systems use them."""

from __future__ import annotations

ETHNICITIES: tuple[str, ...] = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
    "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
    "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
    "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
    "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
    "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
)
SEXES: tuple[str, ...] = ("男", "女")
ID_TYPES: tuple[str, ...] = ("居民身份证", "港澳台居民居住证", "护照")
EDUCATION: tuple[str, ...] = ("研究生", "大学本科", "大学专科", "中专", "高中", "初中及以下")
POLITICAL_STATUS: tuple[str, ...] = (
    "中共党员", "中共预备党员", "共青团员", "民革党员", "民盟盟员", "民建会员", "民进会员",
    "农工党党员", "致公党党员", "九三学社社员", "台盟盟员", "无党派人士", "群众",
)
EMPLOYMENT_STATUS: tuple[str, ...] = ("在岗", "灵活就业", "失业", "退休", "其他")
HUKOU_TYPES: tuple[str, ...] = ("农业", "非农业", "居民")
SKILL_GRADES: tuple[str, ...] = ("", "五级/初级工", "四级/中级工", "三级/高级工", "二级/技师", "一级/高级技师")
HARDSHIP_CATEGORIES: tuple[str, ...] = ("", "深度困难", "相对困难", "意外致困")
UNIT_NATURES: tuple[str, ...] = ("企业", "事业", "机关", "社会组织")
ECONOMIC_TYPES: tuple[str, ...] = ("国有", "集体", "私营", "港澳台投资", "外商投资", "股份制", "其他")
INDUSTRIES: tuple[str, ...] = (
    "农、林、牧、渔业", "采矿业", "制造业", "电力、热力、燃气及水生产和供应业", "建筑业",
    "批发和零售业", "交通运输、仓储和邮政业", "住宿和餐饮业", "信息传输、软件和信息技术服务业",
    "金融业", "房地产业", "租赁和商务服务业", "科学研究和技术服务业", "水利、环境和公共设施管理业",
    "居民服务、修理和其他服务业", "教育", "卫生和社会工作", "文化、体育和娱乐业", "公共管理、社会保障和社会组织",
)


def require_choice(value: str, choices: tuple[str, ...], field: str) -> str:
    from unionoffice.domain.common.errors import ValidationError

    if value not in choices:
        raise ValidationError(f"“{value}”不是可选值（{'、'.join(c for c in choices if c)}）", field=field)
    return value
