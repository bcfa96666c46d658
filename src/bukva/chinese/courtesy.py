"""Names a biography introduces by their kind: a courtesy or a literary name (毛泽东，字润之
Runzhi; 号少山 Shaoshan), a name at birth, a pen name, an alias (原名周樟寿 Zhou Zhangshou, 化名
李德胜 Li Desheng). A personal name is written as its surname and given name, each capitalized
(GB/T 16159-2012 6.2.1); a courtesy name, a given name of its own, as one capitalized word.
jieba's words cut such names at random (字润 | 之, 李德 | 胜, 号 | 少 | 山): the span between the
word that introduces the name and the next punctuation is read as the name."""

from __future__ import annotations

import re

from .lexicons import names
from .tagger import SEEN_COUNT, dictionary

# words that introduce a name, and whether the name after them may begin with a surname (又名 and
# 别名 name plants and places as often as persons: 又名白鸭, no person Bai Ya; they introduce a
# person's other name only after a person's name that begins the text: 张闻天，又名洛甫)
_INTRODUCERS = {
    "字": False,
    "号": False,
    "别号": False,
    "原名": True,
    "本名": True,
    "化名": True,
    "笔名": True,
    "又名": True,
    "别名": True,
}
_AFTER_A_PERSON = frozenset(("又名", "别名"))
# 字 and 号 only after a break (毛泽东，字润之); the words of two characters anywhere jieba
# begins a word with them (他化名李德胜)
_NAME = re.compile(
    "((?:^|(?<=[，,；;。（(、\\s]))[字号]|" + "|".join(k for k in _INTRODUCERS if len(k) == 2) + ")"
    "([\u4e00-\u9fff]{2,3})(?=[，,。；;、（(）)]|$)"
)
# what begins a clause, not a name, after such a word (原名叫什么, 字是)
_NO_NAME_START = frozenset("叫是为称作乃系曰的了在和与也都")
# jieba's tags of a word of two characters or more that is the sentence's, not a name
_CLAUSE_TAGS = frozenset("vdamrpcuqfty")


def introduced_names(simp: str, tokens: list[tuple[int, int, str]]) -> dict[int, tuple[int, int]]:
    """The names such words introduce in ``simp``, by start: (length, length of the surname,
    the whole length for a name of one word). The introducing word must be jieba's word, or
    glued by its HMM to the name (字润, no word of the dictionary): 号召, 号称 are words."""
    if not any(x in simp for x in ("字", "号", "名")):
        return {}
    starts = {a: b for a, b, _ in tokens}
    flags = {a: f for a, _, f in tokens}
    freq = dictionary()[0].FREQ
    surnames = names()["common_surnames"]
    out: dict[int, tuple[int, int]] = {}
    for m in _NAME.finditer(simp):
        intro, name = m.group(1), m.group(2)
        if intro in _AFTER_A_PERSON and not _after_a_person(simp, tokens, m.start(1)):
            continue
        at = m.start(1)
        end = starts.get(at)
        if end is None or (end != m.end(1) and simp[at:end] in freq):
            continue  # 号召, 号称: words of their own
        if name[0] in _NO_NAME_START or "什么" in name:
            continue
        first = starts.get(m.start(2), m.start(2))
        flag = flags.get(m.start(2), "")
        if flag and ((first - m.start(2) >= 2 and flag[0] in _CLAUSE_TAGS) or flag[0] in "dpcur"):
            continue  # 用笔名 | 发表, 原名 | 很 | 长: a verb, an adverb ... of the sentence
        surname = 1 if _INTRODUCERS[intro] and name[0] in surnames else len(name)
        out[m.start(2)] = (len(name), surname)
    return out


def _after_a_person(simp: str, tokens: list[tuple[int, int, str]], at: int) -> bool:
    """Whether the sentence at ``at`` begins with a word jieba tags a person's name, its clause
    after a comma (张闻天，又名洛甫; 方君壮（），原名次雄，又名存英)."""
    return (
        bool(tokens)
        and tokens[0][2] in ("nr", "nrfg")
        and simp[at - 1 : at] in ("，", ",")
        and not any(c in simp[:at] for c in "。；;")
    )


# a name of three characters right before its bearer's own name in Latin letters, in brackets (据
# 文安立（Odd Arne Westad）: a scholar's Chinese name): two capitalized words or more
_GLOSSED = re.compile(
    "([\u4e00-\u9fff]{3})[（(]([A-Z][A-Za-z'’-]+(?:[ .]+[A-Z][A-Za-z'’.-]*)+)[）)]"
)


def glossed_names(simp: str, tokens: list[tuple[int, int, str]]) -> dict[int, tuple[int, int]]:
    """Chinese names of three characters that a Latin personal name in brackets glosses
    (文安立（Odd Arne Westad）: Wen Anli, his Chinese name, no word 文安 "Wen'an"), by start:
    (3, 1). The name begins with a common surname where a word of jieba's begins, and holds no
    word jieba has met often but a name (苏联人（Soviet People）: 苏联 is a country)."""
    if "(" not in simp and "（" not in simp:
        return {}
    starts = {a for a, _, _ in tokens}
    freq = dictionary()[0].FREQ
    surnames = names()["common_surnames"]
    out: dict[int, tuple[int, int]] = {}
    for m in _GLOSSED.finditer(simp):
        at, name = m.start(1), m.group(1)
        if name[0] not in surnames or at not in starts:
            continue
        inside = [(a, b, f) for a, b, f in tokens if at <= a < at + 3 and b - a >= 2]
        if any(
            b > at + 3 or (freq.get(simp[a:b], 0) >= SEEN_COUNT and f[:2] != "nr")
            for a, b, f in inside
        ):
            continue
        out[at] = (3, 1)
    return out
