"""Readings a word's place fixes before the polyphone network is asked: a surname's (曾 Zeng,
尉迟 Yuchi, 单 Shan before a title), 长 cháng after a degree adverb, 率 shuài alone or opening a
word; a place's character that CC-CEDICT reads otherwise than its one reading (绿 lù of 鸭绿江).
``readings.py`` lets these stand over the network's."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise

from .script import NUMERALS, is_han


def name_readings(text: str, spans: list[tuple[int, int]]) -> dict[int, str]:
    """Surname readings where a word starts with a compound surname (尉迟, 万俟), is a person
    CC-CEDICT knows (曾国藩) or is a surname before a title (曾先生, 单老师): offset → reading.
    Other names are left to the polyphone model, whose reading the romanizers then follow."""
    from .lexicons import TITLES, cedict_names, names

    data = names()
    persons = cedict_names()
    out: dict[int, str] = {}
    for k, (start, end) in enumerate(spans):
        word = text[start:end]
        if (
            text[end : end + 1] in ("传", "傳")
            and _biography(text, spans, k)
            and persons.get(word, ("",))[0] in ("person", "proper")
        ):
            out[end] = "zhuan4"  # 《鲁迅传》, 《列宁传》: a life, Lu Xun zhuan
        if word[:2] in data["compound_surnames"]:  # 尉迟恭 Yuchi Gong, 万俟 Moqi, 单于 chanyu
            for i, reading in enumerate(data["compound_surnames"][word[:2]].split()):
                out[start + i] = reading
            continue
        if word[:1] not in data["surnames"]:
            continue
        known = persons.get(word)
        if known is not None and known[0] == "person":
            for i, reading in enumerate(known[1]):
                out[start + i] = reading
        elif len(word) == 1 and k + 1 < len(spans) and text[slice(*spans[k + 1])] in TITLES:
            out[start] = data["surnames"][word]
    return out


def _biography(text: str, spans: list[tuple[int, int]], k: int) -> bool:
    """Whether 传 after ``spans[k]`` (the caller looked) is a word alone, ending its title or
    text (毛泽东 | 传 | 》): zhuàn, "a biography" (Xiandai Hanyu Cidian), not chuán, "to pass
    on" (传达, 传给)."""
    end = spans[k][1]
    return (
        k + 1 < len(spans)
        and spans[k + 1] == (end, end + 1)
        and not is_han(text[end + 1 : end + 2])
    )


# degree adverbs: 长 after one is the adjective cháng, "long" (很长, 最长, 非常长); the verb
# zhǎng, "to grow", takes none (Xiandai Hanyu Cidian: 长 cháng adjective, zhǎng verb)
_DEGREE = (*"很太最更挺极较", "非常", "特别", "比较", "相当", "那么", "这么", "多么", "十分")


# a numeral or a determiner before 国 "countries" (两国, 三国, 各国, 几国)
COUNTRIES_COUNTED = NUMERALS | frozenset("各本该我几诸多")


def long_readings(text: str) -> dict[int, str]:
    """长 read cháng after a degree adverb (时间很长, 最长的河流), not before 进 or 大 (很长进:
    zhǎngjìn, a word of its own); zhǎng of 外长 "foreign minister" after countries counted
    (两国外长, which jieba cuts 两 | 国外 | 长于) and of 一长制 "one-man management":
    offset → reading."""
    out: dict[int, str] = {}
    at = text.find("长")
    while at != -1:
        if at and text.endswith(_DEGREE, 0, at) and text[at + 1 : at + 2] not in ("进", "大"):
            out[at] = "chang2"
        elif _head_of(text, at):
            out[at] = "zhang3"
        at = text.find("长", at + 1)
    return out


def _head_of(text: str, at: int) -> bool:
    """Whether 长 at ``at`` is zhǎng "head": of 外长 after countries counted (两国外长), of 一长制
    "one-man management" (Xiandai Hanyu Cidian)."""
    if at >= 3 and text[at - 2 : at] == "国外" and text[at - 3] in COUNTRIES_COUNTED:
        return True
    return text[at - 1 : at + 2] == "一长制"


# characters with one reading as a word of their own or at a word's start: 率 alone is the
# verb shuài, "to lead" (赫鲁晓夫率代表团), and so it is beginning a word (率团, 率部, 率领,
# 率先); lǜ, "rate", only ends a word (效率, 出生率) or stands inside one (利率表). Xiandai
# Hanyu Cidian: 率 shuài verb, lǜ noun in compounds.
ALONE = {"率": "shuai4"}


def alone_readings(text: str, spans: list[tuple[int, int]]) -> dict[int, str]:
    """The reading of a character that jieba cuts as a word of its own, or as a word's first
    character, and ALONE fixes."""
    out = {start: ALONE[text[start]] for start, _ in spans if text[start] in ALONE}
    for start, end in spans:  # 1954 | 年率 "annual rate" (jieba): the year's 年, then 率 alone
        if (
            end - start == 2
            and text[start] == "年"
            and text[start + 1] in ALONE
            and start > 0
            and (text[start - 1].isdigit() or text[start - 1] in NUMERALS)
        ):
            out[start + 1] = ALONE[text[start + 1]]
    return out


def once_readings(text: str, spans: list[tuple[int, int]]) -> dict[int, str]:
    """曾 as a word of its own right before a word jieba's dictionary tags a verb: the adverb
    céng, "once" (他曾率领代表团, 曾访华), no surname Zēng (Xiandai Hanyu Cidian: 曾 céng adverb;
    a surname stands before a given name or a title, which ``name_readings`` reads)."""
    from .tagger import dictionary

    tags = dictionary()[1]
    return {
        start: "ceng2"
        for (start, end), nxt in pairwise(spans)
        if end - start == 1
        and text[start] == "曾"
        and nxt[0] == end
        and tags.get(text[nxt[0] : nxt[1]], "")[:1] == "v"
    }


def place_readings(
    text: str, spans: list[tuple[int, int]], single: Mapping[str, str | None]
) -> dict[int, str]:
    """Where a word begins with a name CC-CEDICT knows, no person's (鸭绿江 of 鸭绿江大桥, 六安),
    the readings it gives characters the table reads one way only and CC-CEDICT another (绿
    lù, not lǜ): offset → reading. ``single``: a character's one reading, "?" where it has
    several, None where it is no Han."""
    if not _PLACES:
        _PLACES.update(_place_syllables(single))
    table = _PLACES
    out: dict[int, str] = {}
    for start, end in spans:
        if text[start] not in table[""]:
            continue
        word = text[start:end]
        for n in range(min(len(word), _LONGEST), 1, -1):
            fixed = table.get(word[:n])
            if fixed is not None and (n >= 3 or n == len(word)):  # not 六合 of 六合彩
                out.update((start + i, reading) for i, reading in fixed)
                break
    return out


_LONGEST = 8  # the longest name looked for at a word's start
_PLACES: dict = {}  # _place_syllables, built at the first call


def _place_syllables(single: Mapping[str, str | None]) -> dict[str, tuple[tuple[int, str], ...]]:
    """CC-CEDICT's names, no person's, that read a character of one reading otherwise (鸭绿江:
    绿 lu4), each with those positions; under "" the first characters of them all."""
    from .lexicons import cedict_names

    out: dict = {}
    for name, (kind, syllables, _) in cedict_names().items():
        if kind == "person" or not 2 <= len(name) <= _LONGEST or len(syllables) != len(name):
            continue
        fixed = tuple(
            (i, reading)
            for i, (ch, reading) in enumerate(zip(name, syllables, strict=True))
            if isinstance(one := single[ch], str)
            and one != "?"
            and reading
            and one[:-1] != reading[:-1]
        )
        if fixed:
            out[name] = fixed
    out[""] = frozenset(name[0] for name in out)
    return out
