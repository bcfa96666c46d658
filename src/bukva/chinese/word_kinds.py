"""What a word of jieba's is by its characters and counts, whatever its tag: a title after a
surname (毛主席), a trade (古董商), a word that begins with a Chinese surname, a place's name that
is also a rare word (营口), a place abroad (柏林)."""

from __future__ import annotations

from collections import Counter
from functools import cache

from .division import titled
from .lexicons import _generic_split, cedict_names, common_words, names
from .name_words import NAME_TAGS
from .org_endings import _BUILDINGS
from .readings import COMMON_WORD
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


def word_and_head(simp: str) -> bool:
    """A common word of two characters and a noun's head after it that jieba tags a person
    (封建 | 制, 文明 | 史, 宣传 | 单, 幸福 | 感: nr): a noun, no Feng Jianzhi or Wen Mingshi. The
    head is one that ends far more of jieba's nouns made of a common word than of its persons
    (``noun_heads``), or a building's (纪念 | 塔); 王国 | 生, 王国 | 维 stay persons."""
    if len(simp) != 3 or (simp[2] not in noun_heads() and simp[2] not in _BUILDINGS):
        return False  # (纪念 | 塔, 铁路 | 桥: a building's or a structure's kind, no Ji Nianta)
    tokenizer, tags = dictionary()
    tag = tags.get(simp[:2], "")
    return tokenizer.FREQ.get(simp[:2], 0) >= COMMON_COUNT and (
        (tag[:1] in ("n", "v", "a") and tag not in NAME_TAGS)
        or simp[:2] in common_words()  # 文明, 宫殿: persons to jieba, CC-CEDICT's words
    )


HEAD_NOUNS = 10  # nouns a character must end to be a head, and twice as many as persons


@cache
def noun_heads() -> frozenset[str]:
    """The characters that end at least HEAD_NOUNS of jieba's three-character nouns made of a
    common word (博士 | 生, 占领 | 区, 封建 | 制), and more than twice as many of those as of
    its three-character persons whose surname is a common one and whose first two characters
    are no common word (军, 生, 人 end given names: 王建军)."""
    tokenizer, tags = dictionary()
    freq, common = tokenizer.FREQ, names()["common_surnames"]
    nouns: Counter[str] = Counter()
    persons: Counter[str] = Counter()
    for word, count in freq.items():
        if len(word) != 3 or not count:
            continue
        tag = tags.get(word, "")
        head_word = freq.get(word[:2], 0) >= COMMON_WORD
        if tag == "nr":
            if count >= 5 and word[0] in common and not head_word:
                persons[word[2]] += 1
        elif tag[:1] == "n" and tag not in NAME_TAGS and head_word:
            nouns[word[2]] += 1
    return frozenset(c for c, n in nouns.items() if n >= HEAD_NOUNS and n > 2 * persons[c])


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
