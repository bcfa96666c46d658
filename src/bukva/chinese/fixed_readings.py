"""Readings a word's place fixes before the polyphone network is asked: a surname's (曾 Zeng,
尉迟 Yuchi, 单 Shan before a title), 长 cháng after a degree adverb, 率 shuài alone or opening a
word. ``readings.py`` lets these stand over the network's."""

from __future__ import annotations

from .script import NUMERALS


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


# degree adverbs: 长 after one is the adjective cháng, "long" (很长, 最长, 非常长); the verb
# zhǎng, "to grow", takes none (Xiandai Hanyu Cidian: 长 cháng adjective, zhǎng verb)
_DEGREE = (*"很太最更挺极较", "非常", "特别", "比较", "相当", "那么", "这么", "多么", "十分")


def long_readings(text: str) -> dict[int, str]:
    """长 read cháng after a degree adverb (时间很长, 最长的河流), not before 进 or 大 (很长进:
    zhǎngjìn, a word of its own): offset → reading."""
    out: dict[int, str] = {}
    at = text.find("长")
    while at != -1:
        if at and text.endswith(_DEGREE, 0, at) and text[at + 1 : at + 2] not in ("进", "大"):
            out[at] = "chang2"
        at = text.find("长", at + 1)
    return out


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
