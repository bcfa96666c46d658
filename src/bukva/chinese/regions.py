"""Regions named by the abbreviations of the provinces they span (GB/T pinyin): 陕甘宁边区
Shan-Gan-Ning Bianqu, 晋察冀军区 Jin-Cha-Ji Junqu, 京津冀 Jing-Jin-Ji. The abbreviations, their
readings and the regions' generics are data (data/zh-catalog.toml, [regions], with sources). A
city's abbreviation after a verb of going or staying is the city's name (来京 lai Jing)."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from .capitals import _countries
from .lexicons import one_char_generics, zh_catalog
from .listed_places import listed_places
from .word import NUMBER, OTHER, PERSON, PLACE, PROPER, WORD, Word


@cache
def _regions() -> tuple[dict[str, str], tuple[str, ...]]:
    data = zh_catalog()["regions"]
    return data["abbreviations"], tuple(data["generics"])


@cache
def one_character_places() -> frozenset[str]:
    """The characters that alone name a place: countries' syllables (美 Mei, 苏 Su) and the
    provinces' and cities' abbreviations (湘 Xiang, 沪 Hu), and the countries the press names
    by one character alone (叙 Syria)."""
    cities = zh_catalog()["regions"]["cities"]
    alone = zh_catalog()["countries"]["alone"]
    return _countries()["chars"] | frozenset(_regions()[0]) | frozenset(cities + list(alone))


_DIRECTIONS = frozenset("东南西北")


# generics of places a name's own word ends with (艾因赫勒韦 | 泉, 阿布达里 | 冈): the place
# generics of one character, and a spring's and a ridge's
_LONE_GENERICS = ("泉", "冈")


def lone_places(words: list[Word], catalog: bool = False) -> list[Word]:
    """A direction jieba tags a place alone, right before a place or a name, heads it (东 |
    太平洋 Dong Taipingyang, 南 | 法兰西; 北 | 宋 Bei Song, the dynasty); a generic it tags so,
    right after a name or a noun, ends it (燕子 | 河 Yanzi He, 艾因赫勒韦 | 泉; not 一 | 河 | 两岸
    "a river and its two banks", 坠 | 江): each a place's word of its own, capitalized. In
    GB/T text a street named by a noun before 路 or 街 is a place too (人民 | 路 Renmin Lu). An
    unknown item of a list of places is a place (``listed_places``)."""
    words = _directions_to(listed_places(words))
    if not any(_lone(w) or (_street(w) and not catalog) for w in words):
        return words  # most sentences
    generics = one_char_generics()
    for k, (w, nxt) in enumerate(pairwise(words)):
        touching = nxt.start == w.end
        if _lone(w) and w.simp in _DIRECTIONS and touching:
            if nxt.role in (PLACE, PROPER, PERSON):
                _as_place(w)
        elif (
            _lone(nxt)
            and (nxt.simp in generics or nxt.simp in _LONE_GENERICS)
            and touching
            and (w.role in (PLACE, PROPER, PERSON) or (w.role == WORD and w.flag[:1] == "n"))
        ):
            _as_place(nxt)
        elif (  # 人民 | 路, 友谊 | 街: a street named by a noun, its generic a word of its own
            not catalog
            and _street(nxt)
            and touching
            and w.role == WORD
            and w.flag in ("n", "nz", "nr")
            and len(w.text) == 2
            and not (k and words[k - 1].simp[-1:] in "条")  # 一条 | 购物 | 街: a shopping street
        ):
            w.role, w.groups, w.caps = PLACE, [len(w.text)], [True]
            _as_place(nxt)
    return words


_TO = frozenset("东至 西至 南至 北至".split())  # 东至 a county (jieba: ns), and "east to"


def _directions_to(words: list[Word]) -> list[Word]:
    """A direction and 至 "to" that jieba took for a county (东至 ns) right before a place: the
    direction and the verb, two plain words (西起满洲里，东至绥芬河: dong zhi Suifen He)."""
    if not any(w.simp in _TO for w in words):
        return words
    out: list[Word] = []
    for k, w in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else None
        if (
            w.simp in _TO
            and w.role in (PLACE, PROPER)
            and nxt is not None
            and nxt.start == w.end
            and nxt.role in (PLACE, PROPER)
        ):
            for i, flag in ((0, "f"), (1, "p")):
                part = Word(w.start + i, w.start + i + 1, w.text[i], WORD, w.syllables[i : i + 1])
                part.flag = flag
                out.append(part)
            continue
        out.append(w)
    return out


def _street(w: Word) -> bool:
    """路 or 街 alone, a word to jieba (a street's generic after its name)."""
    return w.role == WORD and w.simp in ("路", "街") and w.flag == "n"


def _lone(w: Word) -> bool:
    """A character jieba tagged a place alone that bukva took for a word (北, 河)."""
    return w.role == WORD and w.flag == "ns" and len(w.text) == 1


def _as_place(w: Word) -> None:
    w.role, w.groups, w.caps = PLACE, [1], [True]


@cache
def _pair_of_abbreviations() -> re.Pattern[str]:
    return re.compile(f"[{''.join(_regions()[0])}]{{2}}")


def _run(simp: str) -> int:
    """How many provinces' abbreviations ``simp`` begins with, each once (陕甘宁 3; 蒙蒙 is no
    two provinces)."""
    abbreviations = _regions()[0]
    n = 0
    while n < len(simp) and simp[n] in abbreviations and simp[n] not in simp[:n]:
        n += 1
    return n


def _region(w: Word, simp: str, generic: str) -> Word:
    """``w`` (the abbreviations, and the generic if it holds it) as one place's name, its
    abbreviations joined by hyphens and read as abbreviations."""
    n = len(simp) - len(generic)
    syllables = [_regions()[0][c] for c in simp[:n]] + list(w.syllables[n:])
    region = Word(w.start, w.end, w.text, PLACE, syllables, flag=w.flag)
    region.groups = [1] * n + ([len(generic)] if generic else [])
    region.caps = [True] * len(region.groups)
    region.joins = ["-"] * (n - 1) + ([" "] if generic else [])
    return region


def regions_named(words: list[Word]) -> list[Word]:
    """Three or more provinces' abbreviations (晋冀鲁豫, 京津冀), or two before a region's
    generic (湘赣 | 边区), however jieba cut or tagged them, with the generic jieba joined to them
    or left after them: one place's name, Jin-Ji-Lu-Yu, Xiang-Gan Bianqu, Shan-Gan-Ning Bianqu;
    中共 | 川 | 陕 | 省委 Zhonggong Chuan-Shan Shengwei."""
    if not _pair_of_abbreviations().search("".join(w.simp for w in words)):
        return words  # no two provinces' abbreviations side by side: most text
    generics = _regions()[1]
    out: list[Word] = []
    k = 0
    while k < len(words):
        j, simp = k, ""  # the words from k that are abbreviations only, and their characters
        while (
            j < len(words)
            and words[j].role not in (OTHER, NUMBER)
            and (j == k or words[j].start == words[j - 1].end)
            and _run(simp + words[j].simp) == len(simp) + len(words[j].simp)
        ):
            simp += words[j].simp
            j += 1
        last = words[j] if j < len(words) else None
        head = _run(words[k].simp) if j == k else 0  # 陕甘宁边区, one word to jieba
        if j == k and head >= 2 and words[k].simp[head:] in generics:
            out.append(_region(words[k], words[k].simp, words[k].simp[head:]))
            k += 1
            continue
        ends = last is not None and last.start == words[j - 1].end and last.simp in generics
        if (len(simp) >= 2 and ends) or len(simp) >= 3:
            parts = words[k : j + 1] if ends else words[k:j]
            text = "".join(w.text for w in parts)
            both = Word(parts[0].start, parts[-1].end, text, PLACE, [])
            both.syllables = [s for w in parts for s in w.syllables]
            both.flag = parts[0].flag
            out.append(_region(both, simp + (last.simp if ends else ""), last.simp if ends else ""))
            k += len(parts)
            continue
        out.append(words[k])
        k += 1
    return out


@cache
def _cities_and_verbs() -> tuple[frozenset[str], frozenset[str]]:
    data = zh_catalog()["regions"]
    return frozenset(data["cities"]), frozenset(data["moved_to"])


def cities_after_verbs(words: list[Word]) -> None:
    """A city's abbreviation after a verb of going or staying, in jieba's word of the two (来京,
    a place to jieba: Laijing) or a word of its own (赴 | 沪): the verb a word, the abbreviation
    the city's name apart and capitalized (lai Jing, fu Hu), as 访华 is fang Hua."""
    cities, verbs = _cities_and_verbs()
    if not any(cities.intersection(w.simp) for w in words):
        return  # no city's abbreviation here: most text
    for k, w in enumerate(words):
        simp = w.simp
        if len(simp) == 2 and simp[0] in verbs and simp[1] in cities and w.role != OTHER:
            w.role, w.groups, w.caps, w.flag = WORD, [], [], "v"
            w.capital_at = (1,)  # split and capitalized as 访华's 华 is
        elif (
            simp in cities
            and k
            and words[k - 1].simp in verbs
            and words[k - 1].end == w.start
            and (k + 1 == len(words) or words[k + 1].start == w.end)
        ):
            w.role, w.caps, w.groups = PLACE, [True], [1]


# the forms of state and region LC's table writes capitalized alone (共和国 Gongheguo, 自治区
# Zizhiqu, ScriptShifter's chinese.yml): GB/T 16159 capitalizes a proper name, and alone they
# name none (都是加盟共和国的首都: jiameng gongheguo; 共和国主席 gongheguo zhuxi)
_FORMS_ALONE = frozenset("共和国 共和國 自治区 自治區".split())


def forms_alone(words: list[Word]) -> None:
    """A form of state or region with no name before it in lower case, as a common noun (after
    ``states_named``, which makes it a word of the name a country's name leads)."""
    for k, w in enumerate(words):
        if w.simp not in _FORMS_ALONE or w.role not in (PLACE, PROPER) or len(w.groups) > 1:
            continue
        before = words[k - 1] if k else None
        if (
            before is not None
            and before.end == w.start
            and (before.role != WORD or any(before.caps) or before.simp.endswith("族"))
        ):
            continue  # a name's (苏联 | 共和国, Zizhi Gongheguo); a people's (壮族 | 自治区)
        w.role, w.groups, w.caps = WORD, [], []
