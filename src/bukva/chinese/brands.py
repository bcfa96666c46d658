"""Brands, ships and models named, written as proper names in GB/T pinyin.

A name in quotation marks before 牌 "brand" or 号, a ship's, a train's or a craft's name ("解放"牌
汽车, the Jiefang lorry; "红旗"牌轿车; "东风"号), is a proper name: GB/T 16159-2012 6.3.2 writes
it capitalized, each of its words ("Jiefang" pai qiche, "Hongqi" pai jiaoche). A quoted term
before any other word stays as it is ("sanda zhang'ai"). Catalogs are left as they are: LC's
guidelines capitalize persons, places and bodies only.

So is a model's name before its number and a hyphen (图-16 Tu-16, the Tupolev; 歼-6 Jian-6; 东风-1
Dongfeng-1), as 米格-15 Mige-15 is, the transcription of a name.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .joins import _cut
from .script import all_han
from .tagger import dictionary
from .word import NUMBER, OTHER, PROPER, WORD, Word

_KINDS = frozenset("牌 号".split())  # a brand; a ship's, a train's, a craft's name
_CLOSING = frozenset(('"', "”", "」", "』"))
_OPENING = frozenset(('"', "“", "「", "『"))
MAX_WORDS = 4  # a name's words: more, and the quotation is a phrase, no name


def brands_named(words: list[Word]) -> list[Word]:
    """The words quoted right before 牌 or 号 capitalized, each a word of the name; and those
    before 牌 and goods unquoted (``unquoted_brands``)."""
    for k in range(2, len(words)):
        kind, closing = words[k], words[k - 1]
        if (
            kind.simp not in _KINDS
            or kind.role != WORD
            or closing.role != OTHER
            or closing.text not in _CLOSING
            or closing.end != kind.start
        ):
            continue
        first = k - 2
        while first > 0 and words[first].role != OTHER and k - 1 - first < MAX_WORDS:
            first -= 1
        if words[first].role != OTHER or words[first].text not in _OPENING:
            continue
        name = words[first + 1 : k - 1]
        if not name or any(w.role != WORD for w in name):
            continue  # a person's or a place's name keeps its own form
        for w in name:
            w.groups = w.groups or [len(w.text)]
            w.caps = [True] * len(w.groups)
    return unquoted_brands(words)


# goods a brand's name goes before unquoted (解放牌汽车, 永久牌自行车, 红旗牌轿车): the word
# before 牌 is then the brand's name, no "liberation", "forever" or "red flag"
_GOODS = frozenset(
    "汽车 卡车 轿车 拖拉机 自行车 摩托车 手表 缝纫机 收音机 电视机 照相机 香烟 钢笔 飞机".split()
)


def unquoted_brands(words: list[Word]) -> list[Word]:
    """A word right before 牌 "brand" and the goods it names, or jieba's one word of the two
    (解放牌 | 汽车), capitalized as a brand's name is in quotation marks (Jiefang pai qiche,
    Yongjiu pai zixingche); 金牌 "a gold medal" is no brand."""
    for k in range(len(words) - 1):
        w, goods = words[k], words[k + 1]
        if (
            w.text[-1:] != "牌"
            or goods.simp not in _GOODS
            or goods.start != w.end
            or w.role != WORD
        ):
            continue
        if w.simp == "牌" and k and words[k - 1].end == w.start and words[k - 1].role == WORD:
            name = words[k - 1]  # 永久 | 牌 | 自行车
            if len(name.text) >= 2 and not name.groups:
                name.groups, name.caps = [len(name.text)], [True]
        elif len(w.simp) >= 3 and w.simp[-1] == "牌" and not w.groups:
            w.groups, w.caps = [len(w.text) - 1, 1], [True, False]  # 解放牌: Jiefang pai
    return words


# -16 of 图-16, glued to the model's name; no locant of a chemical name (丁-2-炔, 杂-2,3-)
_MODEL_NUMBER = re.compile(r"-[0-9]+(?![0-9,-])")
# numerals and measure words (三-5 is a range), prepositions and conjunctions (至-4度: minus four)
_NO_MODELS = frozenset("m q mq p c".split())
# the chemical elements' names, which an isotope's mass number follows (铀-235, 碳-14, 钴-56:
# you-235, no model's name), as the national committee for terms names them (全国科学技术名词审定
# 委员会), and hydrogen's isotopes
_ELEMENTS = frozenset(
    "氢氦锂铍硼碳氮氧氟氖钠镁铝硅磷硫氯氩钾钙钪钛钒铬锰铁钴镍铜锌镓锗砷硒溴氪铷锶钇锆铌钼锝钌铑钯银镉"
    "铟锡锑碲碘氙铯钡镧铈镨钕钷钐铕钆铽镝钬铒铥镱镥铪钽钨铼锇铱铂金汞铊铅铋钋砹氡钫镭锕钍镤铀镎钚镅"
    "锔锫锎锿镄钔锘铹氘氚"
)


# models named by one character (图 Tupolev, 安 Antonov, 米 Mil, 卡 Kamov, 苏 Sukhoi; China's 歼
# fighter, 轰 bomber, 运 transport, 强 attacker, 直 helicopter): jieba's HMM may glue a verb to one
# (乘图 | -104, "flew in a Tu-104"), a pair its dictionary lacks
_ONE_CHAR_MODELS = frozenset("图安米卡苏歼轰运强直")


def _glued_model(w: Word, nxt: Word) -> list[Word]:
    """A two-character word no dictionary holds whose second character names a model, before
    the model's number (乘图 | -104), as the verb and the model (cheng Tu-104); else the word."""
    if (
        len(w.text) == 2
        and w.role == WORD
        and not w.groups
        and w.simp[1] in _ONE_CHAR_MODELS
        and nxt.role == OTHER
        and nxt.start == w.end
        and _MODEL_NUMBER.match(nxt.text)
        and w.simp not in dictionary()[0].FREQ
    ):
        return _cut(w, 1, dictionary()[1].get(w.simp[0], "v"), "n")
    return [w]


def models_named(words: list[Word]) -> list[Word]:
    """A word of one or two characters right before a hyphen and a number capitalized: a
    model's name (Tu-16, Jian-6); not an element's (an isotope), nor a part of a chemical name
    between hyphens (3-甲基-4-戊烯-2-醇)."""
    if not any(w.role == OTHER and w.text[:1] == "-" for w in words):
        return words  # most sentences: no number after a hyphen
    words = [*(p for w, nxt in pairwise(words) for p in _glued_model(w, nxt)), words[-1]]
    for k, (w, nxt) in enumerate(pairwise(words)):
        before = words[k - 1] if k else None
        if (
            w.role == WORD
            and not w.groups
            and len(w.text) <= 2
            and w.flag not in _NO_MODELS
            and w.flag[:1] != "u"
            and w.simp not in _ELEMENTS
            and not (before is not None and before.end == w.start and before.text.endswith("-"))
            and nxt.role == OTHER
            and nxt.start == w.end
            and _MODEL_NUMBER.match(nxt.text)
            and all_han(w.text)
        ):
            w.groups, w.caps = [len(w.text)], [True]
    return words


# what a craft named with its number is (东方一号飞船 Vostok 1, 东方红一号卫星, 长征二号火箭)
_CRAFTS = frozenset("飞船 卫星 火箭 探测器 空间站 潜艇 舰 导弹".split())


def crafts_named(words: list[Word]) -> list[Word]:
    """A name, a numeral and 号 before a craft's kind (东方 | 一 | 号 | 飞船): one proper name,
    each word capitalized (GB/T 16159-2012 6.3.2: Dongfang Yi Hao feichuan, Vostok 1)."""
    if not any(w.simp == "号" for w in words):
        return words
    out: list[Word] = []
    k = 0
    while k < len(words):
        run = words[k : k + 4]
        if (
            len(run) == 4
            and run[0].role in (WORD, PROPER)
            and len(run[0].text) >= 2
            and all_han(run[0].text)
            and run[0].flag[:1] not in ("v", "p", "r", "m", "q", "u", "c", "d")
            and run[1].role == NUMBER
            and run[2].simp == "号"
            and run[3].simp in _CRAFTS
            and all(a.end == b.start for a, b in pairwise(run))
        ):
            name, number, mark = run[:3]
            craft = Word(
                name.start,
                mark.end,
                name.text + number.text + mark.text,
                PROPER,
                [*name.syllables, *number.syllables, *mark.syllables],
            )
            craft.groups = [len(name.text), len(number.text), 1]
            craft.caps = [True, True, True]
            out.append(craft)
            k += 3
            continue
        out.append(words[k])
        k += 1
    return out
