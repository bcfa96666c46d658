"""What a word of jieba's is by its characters and counts, whatever its tag: a title after a
surname (毛主席), a trade (古董商), a word that begins with a Chinese surname, a place's name that
is also a rare word (营口), a place abroad (柏林)."""

from __future__ import annotations

from .division import titled
from .lexicons import _generic_split, cedict_names, common_words
from .name_words import NAME_TAGS
from .tagger import COMMON_COUNT, dictionary
from .transcription_chars import foreign_looking


def _titled(simp: str, flag: str) -> bool:
    """A surname and a title that jieba holds as one word of another tag (毛主席, a noun): a
    person's, the title in lower case as the name tags' 周总理 has it (GB/T 16159, the 1996
    text's 4.2.3, kept in 2012: 王部长 Wang buzhang); not 任教授 "to teach", all but unseen."""
    return flag not in NAME_TAGS and titled(simp)


def _trade(simp: str) -> bool:
    """A common noun of two characters and one that makes an agent of it (古董 | 商, 金银 |
    匠): a trade, no person, whatever jieba tags it."""
    if len(simp) != 3 or simp[2] not in "商匠贩户":
        return False
    tokenizer, tags = dictionary()
    return (
        simp[:2] in common_words()
        or (  # 古董, a name to jieba, CC-CEDICT's word
            tags.get(simp[:2], "")[:1] == "n" and tokenizer.FREQ.get(simp[:2], 0) >= COMMON_COUNT
        )
    )


def begins_with_surname(piece: str, data: dict) -> bool:
    """Whether ``piece`` begins with a Chinese surname (王, 曾; 欧阳)."""
    return (
        piece[0] in data["common_surnames"]
        or piece[0] in data["surnames"]
        or piece[:2] in data["compound_surnames"]
    )


RARE_WORD = 200  # jieba's count under which a city's name it tags a verb or so is the city


def _rare_word_of_a_place(role: str, simp: str) -> bool:
    """A place CC-CEDICT names that jieba's dictionary also tags a word but has all but never
    met as one: a city or a place abroad (营口 vn, 112 times; 遵义, 常熟, 奈良, 基多), a
    name with its generic (宕昌县, 介休市) or in transcription's characters (莫奈 Monet,
    伊壁鸠鲁 Epicurus). Counties given without their generic (资源, 'short'), other names
    that are also words (归化 "naturalize", 光复), and the commoner words (友好, 大同) stay
    words."""
    if dictionary()[0].FREQ.get(simp, 0) >= RARE_WORD:
        return False
    if role in ("city", "abroad"):
        return True
    return role == "proper" and (
        foreign_looking(simp) or _generic_split(simp, "ns") not in (None, 0)
    )


def _abroad(simp: str) -> bool:
    """Whether CC-CEDICT has ``simp`` as a place abroad (柏林 Berlin): after a quarter's
    character in one word of jieba's, the quarter of that place, one place name (东柏林
    Dongbolin, as CC-CEDICT writes 东德 East Germany as one place)."""
    known = cedict_names().get(simp)
    return known is not None and known[0] == "abroad"
