"""Villages' names, which the place-name rules write as one word (中国地名汉语拼音字母拼写规则
(汉语地名部分), 1984, rule 4: the names of natural villages and towns are not divided into a
specific and a generic term, their syllables joined: 马家营 Majiaying, 文家市 Wenjiashi,
太平沟 Taipinggou; GB/T 16159-2012 6.3.2 spells Chinese place names by those rules, and gives
王村 Wangcun). jieba reads many as persons, a surname and a given name (李家 | 村, 王家庄):
Li Jia cun, Wang Jiazhuang; they are Lijiacun, Wangjiazhuang."""

from __future__ import annotations

from .lexicons import names
from .word import KNOWN, PERSON, PLACE, WORD, Word

# the generic terms of villages, which no given name ends with but rarely (a person called
# 王家庄 is none): village, hamlet, camp, market, stockade, fort, post, shop, gully, bay ...
SETTLEMENT = frozenset("村庄屯营集寨堡铺店沟峪湾坪岭坡峡楼窑洼坳")
# those that make a village with a surname alone (王村, 张庄, 李庄)
_AFTER_SURNAME = frozenset("村庄屯寨堡营集")
# what jieba tags a village it knows as one word (小岗村 nr, 大寨 ns, 韶山冲 nr)
_VILLAGE_FLAGS = frozenset(("nr", "ns"))
_VILLAGE_ENDS = frozenset("村寨冲庄屯堡")


def _one_word(w: Word) -> Word:
    w.role, w.groups, w.caps = PLACE, [len(w.text)], [True]
    return w


def _village(text: str, surnames: set[str]) -> bool:
    """A surname, 家 and a settlement's generic (李家村, 杨家岭), or a surname and a village's
    (王村, 张庄)."""
    if text[0] not in surnames:
        return False
    if len(text) == 3:
        return text[1] == "家" and text[2] in SETTLEMENT
    return len(text) == 2 and text[1] in _AFTER_SURNAME


def villages(words: list[Word]) -> list[Word]:
    """The words with the villages' names jieba read as persons or words made one place word
    (李家 | 村 → 李家村 Lijiacun; 王家庄 Wangjiazhuang; 小岗村 Xiaogangcun). A name the caller
    marked a person's stays one."""
    surnames = names()["common_surnames"]
    out: list[Word] = []
    for w in words:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.role == PERSON
            and prev.flag != KNOWN
            and prev.end == w.start
            and w.role == WORD
            and len(w.text) == 1
            and _village(prev.simp + w.simp, surnames)
        ):  # 李家 (a person to jieba) | 村
            prev.end = w.end
            prev.absorb(w.text)
            prev.syllables = [*prev.syllables, *w.syllables]
            out[-1] = _one_word(prev)
            continue
        if w.role == PERSON and w.flag != KNOWN and _village(w.simp, surnames):
            w = _one_word(w)  # 王家庄 (nr), 王 | 村
        elif (
            w.role == WORD
            and w.flag in _VILLAGE_FLAGS
            and 2 <= len(w.text) <= 3
            and w.text[-1] in _VILLAGE_ENDS
        ):
            w = _one_word(w)  # 小岗村, 大寨, 韶山冲
        out.append(w)
    return out
