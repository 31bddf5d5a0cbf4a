"""Chinese line breaking: where a line may end, by words (jieba), kept spans and the 禁则 of punctuation.

Text is cut into *units* that are never broken across lines: dates (`二〇二四年十一月二十二日`,
`2024年5月23日至25日`), numbers with their units (`32学时`, `19465名`, `第三届`), document numbers, Latin
words, names and the office's proper nouns, and otherwise the words of the segmenter. Closing punctuation is
glued to the unit before it and opening punctuation to the unit after it, so no line can start with "，" or
end with "（" (避头尾, GB/T 15834 and docs/domain.md (d)).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Any

# 避头尾: punctuation that may not open a line, and openers that may not close one.
NO_LINE_START = frozenset("，。、；：？！）」』】〕》〉’”…—·％‰,.;:?!)]}%")
NO_LINE_END = frozenset("（「『【〔《〈‘“([{")
PUNCTUATION = NO_LINE_START | NO_LINE_END

_CN_DIGIT = "〇零一二三四五六七八九十百千万两"
_UNITS = ("万元|元|学时|课时|小时|人次|个|名|人|次|天|年|月|日|号|届|项|分|岁|家|所|期|批|份|页|位|条|款|章|节|"
          "周|米|公里|千克|吨|%|％|‰")
_KEPT = re.compile("|".join((
    rf"[{_CN_DIGIT}]{{2,4}}年(?:[{_CN_DIGIT}]{{1,3}}月)?(?:[{_CN_DIGIT}]{{1,3}}日)?",  # 二〇二四年十一月二十二日
    rf"[{_CN_DIGIT}]{{1,3}}月[{_CN_DIGIT}]{{1,3}}日",  # 十一月二十二日
    r"\d{2,4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:至(?:\d{1,2}月)?\d{1,2}日)?",  # 2024年5月23日至25日
    r"\d{1,2}月\d{1,2}日(?:至(?:\d{1,2}月)?\d{1,2}日)?",
    r"〔\d{4}〕\d+号",  # 发文字号
    rf"第[{_CN_DIGIT}\d]+(?:{_UNITS})?",  # 第三届, 第 12 期
    r"[A-Za-z0-9]+(?:[\-_/.:@][A-Za-z0-9]+)+",  # codes: 2024-JN-00123, UOV:…, e-mail
    rf"\d[\d,，.．]*(?:{_UNITS})?",  # 32学时, 19465名, 3,000.00元
    rf"[{_CN_DIGIT}]+(?:{_UNITS})",  # 三十二学时
    r"[A-Za-z][A-Za-z0-9]*",  # Latin words
)))

_tokenizer: Any = None
_lock = threading.Lock()
# Words of the union office the segmenter's dictionary cuts apart ("到区/总工会"); the office's own name and
# proper nouns join them through add_words.
_words: set[str] = {"区总工会", "县总工会", "市总工会", "省总工会", "基层工会", "工会积极分子", "职工服务中心",
                    "职工之家", "工匠学院", "劳模精神", "劳动精神", "工匠精神"}


def _segmenter() -> Any:
    """jieba's tokenizer, loaded once per process (≈ 0.8 s) on first use."""
    global _tokenizer
    with _lock:
        if _tokenizer is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            tokenizer.initialize()
            for word in _words:
                tokenizer.add_word(word, freq=100_000)
            _tokenizer = tokenizer
        return _tokenizer


def add_words(words: Iterable[str]) -> None:
    """Proper nouns (the office's name, a competition's name) the segmenter must treat as one word."""
    fresh = {w.strip() for w in words if w and w.strip() and w.strip() not in _words}
    if not fresh:
        return
    with _lock:
        _words.update(fresh)
        tokenizer = _tokenizer
    if tokenizer is not None:
        for word in fresh:
            tokenizer.add_word(word, freq=100_000)


def words(text: str) -> list[str]:
    """The segmenter's words of a run of text without kept spans."""
    if not text:
        return []
    return [w for w in _segmenter().lcut(text, HMM=True) if w]


def _tokens(text: str, keep: Sequence[str]) -> list[tuple[str, bool]]:
    """Kept spans (names first, then dates and numbers) as single tokens marked True, the words between."""
    names = sorted({k for k in keep if k}, key=len, reverse=True)
    if not names:
        return _kept_spans(text, _KEPT, _plain_words)
    # The names alone make a small pattern; compiling them into _KEPT's large one cost ~4 ms a person (a new pattern
    # for every name, past re's cache), which was most of printing a class's certificates.
    names_pattern = re.compile("|".join(re.escape(n) for n in names))
    return _kept_spans(text, names_pattern, lambda part: _kept_spans(part, _KEPT, _plain_words))


def _plain_words(text: str) -> list[tuple[str, bool]]:
    return [(w, False) for w in words(text)]


def _kept_spans(text: str, pattern: re.Pattern[str], between: Callable[[str], list[tuple[str, bool]]]
                ) -> list[tuple[str, bool]]:
    """The matches of `pattern` as kept tokens, what lies between them tokenised by `between`."""
    out: list[tuple[str, bool]] = []
    position = 0
    for match in pattern.finditer(text):
        out.extend(between(text[position:match.start()]))
        out.append((match.group(), True))
        position = match.end()
    out.extend(between(text[position:]))
    return out


def units(text: str, keep: Sequence[str] = ()) -> list[str]:
    """The pieces a line may break between; `"".join(units(t)) == t`."""
    out: list[str] = []
    glue_next = False
    for token, kept in _tokens(text, keep):
        for piece in [token] if kept else _split_punctuation(token):
            if out and (glue_next or piece[0] in NO_LINE_START):
                out[-1] += piece
            else:
                out.append(piece)
            glue_next = out[-1][-1] in NO_LINE_END
    return out


def _split_punctuation(token: str) -> list[str]:
    """jieba may return "，“" as one token; punctuation is handled one mark at a time."""
    if len(token) == 1 or not any(c in PUNCTUATION for c in token):
        return [token]
    pieces: list[str] = []
    for char in token:
        if char in PUNCTUATION or not pieces or pieces[-1][-1] in PUNCTUATION:
            pieces.append(char)
        else:
            pieces[-1] += char
    return pieces


def substance(text: str) -> int:
    """Characters that are not punctuation or spaces: a last line needs two of them."""
    return sum(1 for c in text if c not in PUNCTUATION and not c.isspace())


def cut_allowed(text: str, index: int) -> bool:
    """May a line end after text[:index] when a unit must be cut by characters?"""
    return 0 < index < len(text) and text[index] not in NO_LINE_START and text[index - 1] not in NO_LINE_END
