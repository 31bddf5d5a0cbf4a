"""Pinyin of personal names for search (`zhangwei`, `zw`), reading surnames the way names are read."""

from __future__ import annotations

from functools import lru_cache

# pypinyin reads these as ordinary words, not as surnames (曾→ceng, 单→dan …).
SURNAME_READINGS: dict[str, str] = {
    "曾": "zeng", "单": "shan", "仇": "qiu", "解": "xie", "区": "ou", "查": "zha", "朴": "piao", "盖": "ge",
    "缪": "miao", "翟": "zhai", "员": "yun", "覃": "qin", "尉": "wei", "乐": "yue", "秘": "bi", "繁": "po",
    "黑": "he", "召": "shao", "种": "chong", "折": "she", "华": "hua", "任": "ren", "燕": "yan", "葛": "ge",
    "冼": "xian", "隗": "wei", "过": "guo", "纪": "ji", "句": "gou", "长": "chang", "沈": "shen", "石": "shi",
    "薄": "bo", "柏": "bai", "贲": "ben", "重": "chong", "都": "du", "阚": "kan", "蕃": "pi", "相": "xiang",
    "宿": "su", "车": "che", "祭": "zhai", "藏": "zang", "辟": "bi", "谌": "chen", "殷": "yin", "逄": "pang",
}
COMPOUND_SURNAMES: dict[str, str] = {
    "欧阳": "ou yang", "司马": "si ma", "上官": "shang guan", "诸葛": "zhu ge", "东方": "dong fang", "皇甫": "huang fu",
    "尉迟": "yu chi", "公孙": "gong sun", "慕容": "mu rong", "长孙": "zhang sun", "宇文": "yu wen", "司徒": "si tu",
    "令狐": "ling hu", "夏侯": "xia hou", "轩辕": "xuan yuan", "端木": "duan mu", "独孤": "du gu", "南宫": "nan gong",
    "闻人": "wen ren", "万俟": "mo qi", "单于": "chan yu", "澹台": "tan tai", "公冶": "gong ye", "呼延": "hu yan",
}
NAME_DOTS = "·•‧・∙⋅"


def split_surname(name: str) -> tuple[str, str]:
    if name[:2] in COMPOUND_SURNAMES:
        return name[:2], name[2:]
    return name[:1], name[1:]


@lru_cache(maxsize=65536)
def char_pinyin(char: str) -> str:
    """Most common reading of one character, lower-case without tone; '' when it has none."""
    from pypinyin import Style, lazy_pinyin

    reading = lazy_pinyin(char, style=Style.NORMAL, errors="ignore")
    return str(reading[0]) if reading else ""


def syllables(name: str) -> list[str]:
    """One reading per character; ASCII letters kept as they are, dots and spaces dropped. A character without a
    reading (a rare ideograph pypinyin does not know) stands for itself, so the initials keep one letter per
    character and a search by initials still lines up with the name."""
    out: list[str] = []
    if not name:
        return out
    head = name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]
    rest = name[len(head) :]
    if head in COMPOUND_SURNAMES:
        out += COMPOUND_SURNAMES[head].split()
    elif head in SURNAME_READINGS:
        out.append(SURNAME_READINGS[head])
    else:
        rest = name
    for char in rest:
        if char in NAME_DOTS or char.isspace():
            continue
        if char.isascii():
            if char.isalnum():
                out.append(char.lower())
            continue
        out.append(char_pinyin(char) or char)
    return [s for s in out if s]


def name_pinyin(name: str) -> tuple[str, str]:
    """(full pinyin, initials): 张伟 → ('zhangwei', 'zw'); 曾小明 → ('zengxiaoming', 'zxm')."""
    parts = syllables(name)
    return "".join(parts), "".join(p[0] for p in parts)
