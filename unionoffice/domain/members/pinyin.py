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


# -- mixed full syllables and initials ("zhangjg", "zjguo" for 张建国) -------------------------------------------------

# Every syllable of Mandarin as pypinyin's NORMAL style writes it (ü as v), for splitting a typed query into pieces.
_SYLLABLE_TEXT = """
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cei cen ceng
cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu
cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei
en eng er fa fan fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan
guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang
jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui
kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve
ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni
nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao
pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri
rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi
shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te tei teng ti
tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin
xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei
zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi
zong zou zu zuan zui zun zuo
"""
SYLLABLES = frozenset(_SYLLABLE_TEXT.split())
# What a piece of a typed query may be: the start of some syllable ("zh", "zha", "j").
SYLLABLE_STARTS = frozenset(s[:n] for s in SYLLABLES for n in range(1, len(s) + 1))
MAX_NAME_SYLLABLES = 6
# Besides a syllable's first letter, people type these for its initial ("zhjg" for 张建国).
DOUBLE_INITIALS = frozenset({"zh", "ch", "sh"})


def query_splits(query: str, *, strict: bool = False, max_pieces: int = MAX_NAME_SYLLABLES) -> set[tuple[str, ...]]:
    """The ways `query` can be a name's syllables, each given in full or by its start ("zhangjg" → zhang|j|g,
    zh|a|n|g|j|g …); only splits that mix: at least two pieces, one longer than a letter (pure initials and a single
    full-pinyin prefix are searched as they are). Every piece but the last is a whole syllable, its first letter or
    its zh/ch/sh; `strict` leaves out zh/ch/sh ("zhangjg" → zhang|j|g). Lower-case ASCII letters only, else none."""
    found: set[tuple[str, ...]] = set()

    def split(rest: str, pieces: tuple[str, ...], mixed: bool) -> None:
        if not rest:
            if len(pieces) >= 2 and mixed:
                found.add(pieces)
            return
        if len(pieces) >= max_pieces:
            return
        for end in range(1, min(len(rest), 6) + 1):
            piece = rest[:end]
            if piece not in SYLLABLE_STARTS:
                break  # a longer piece cannot be a syllable's start either
            if 1 < end < len(rest) and piece not in SYLLABLES and (strict or piece not in DOUBLE_INITIALS):
                continue
            split(rest[end:], (*pieces, piece), mixed or end > 1)

    if query.isascii() and query.isalpha():
        split(query.lower(), (), False)
    return found


def query_initials(query: str, *, strict: bool = False) -> set[str]:
    """The initials a name has (or begins with) when `query` is one of its mixed splits ("zhangjg" → "zjg" …)."""
    return {"".join(p[0] for p in pieces) for pieces in query_splits(query, strict=strict)}


def split_pattern(pieces: tuple[str, ...], *, strict: bool) -> str:
    """What the name's full pinyin looks like for a split, as a GLOB pattern: a start of a syllable followed by the
    rest of it ("zhang|j|g" → "zhang*j*g*"), except that in a `strict` split a whole syllable before the last piece
    is the syllable itself ("zhangj*g*"). Necessary, not sufficient: `pieces_match` confirms."""
    last = len(pieces) - 1
    return "".join(p if strict and i < last and len(p) > 1 else p + "*" for i, p in enumerate(pieces))


def pieces_match(query: str, parts: list[str], *, whole: bool, strict: bool = False) -> bool:
    """Whether `query` splits into consecutive pieces, each the start of the next syllable of `parts` (a name's
    syllables): of all of them when `whole`, else of its first few (a prefix of the name). `strict`: every piece but
    the last is the whole syllable or its first letter, as people type ("zhangjg", "zjguo"); otherwise also any
    start of it ("zhjg", "zhanjg"), which ranks after."""
    query = query.lower()

    def walk(at: int, syllable: int) -> bool:
        if at == len(query):
            return syllable == len(parts) or not whole
        if syllable == len(parts):
            return False
        reading = parts[syllable]
        longest = 0
        while longest < len(reading) and at + longest < len(query) and query[at + longest] == reading[longest]:
            longest += 1
        for n in range(longest, 0, -1):
            last = at + n == len(query)
            if strict and not last and n not in (1, len(reading)):
                continue
            if walk(at + n, syllable + 1):
                return True
        return False

    return walk(0, 0)


def syllables_not_typed(query: str, parts: list[str]) -> int | None:
    """How many of a name's syllables `query` does not give in full, read the way that gives the most in full
    (every piece the start of the next syllable, as `pieces_match` without `strict`); None when it does not match
    the name's start at all. The search ranks equals by it: for "zhangjguo" 张建国 (zhang j guo: 1 not typed in
    full) before a name read as zhang j g…; for "zhangj" 张建 (1) before 张建国 (2); initials alone leave all."""
    query = query.lower()
    best: int | None = None

    def walk(at: int, syllable: int, partial: int) -> None:
        nonlocal best
        if at == len(query):
            left = partial + len(parts) - syllable
            best = left if best is None else min(best, left)
            return
        if syllable == len(parts):
            return
        reading = parts[syllable]
        longest = 0
        while longest < len(reading) and at + longest < len(query) and query[at + longest] == reading[longest]:
            longest += 1
        for n in range(longest, 0, -1):
            walk(at + n, syllable + 1, partial + (n < len(reading)))

    walk(0, 0, 0)
    return best
