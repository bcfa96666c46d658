"""Prizes and orders named for a person or a place, written as proper names in GB/T pinyin.

GB/T 16159-2012 6.3.2 writes a proper name's words apart, each capitalized; a prize or an order
that takes its name from a person or a place is one (斯大林奖金 Sidalin Jiangjin, the Stalin
Prize; 列宁勋章 Liening Xunzhang, the Order of Lenin; 诺贝尔和平奖 Nuobei'er Hepingjiang). The
same word after an ordinary one stays a common noun (这笔奖金 zhe bi jiangjin, 一枚勋章).
Catalogs are left as they are: LC's guidelines capitalize persons, places and bodies only.
"""

from __future__ import annotations

from .lexicons import cedict_names
from .tagger import dictionary
from .word import PERSON, PLACE, PROPER, WORD, Word

# the words that make a prize or an order after the name it is named for: a prize (奖, 奖金),
# an order or a medal (勋章, 奖章), a kind of prize jieba holds as one word (和平奖 nz)
_AWARDS = frozenset("奖 奖金 勋章 奖章 和平奖 文学奖 金像奖".split())
_BETWEEN = frozenset(("国际",))  # 列宁 | 国际 | 和平奖: the Lenin International Peace Prize
_NAME_TAGS = ("nr", "ns", "nz")  # jieba's tags of a name heading a prize it holds whole


def _named_for(w: Word) -> bool:
    """Whether ``w`` is a name a prize may be named for: a person, a place, a proper name,
    written with its capital."""
    return w.role in (PERSON, PLACE, PROPER) and w.caps[-1:] == [True]


def _whole_prize(w: Word) -> list[int] | None:
    """A prize jieba holds as one word (诺贝尔和平奖 nz, 鲁迅文学奖): the sizes of its name and
    its prize's word, where the part before the prize's word is a name CC-CEDICT or jieba
    names (诺贝尔 | 和平奖)."""
    simp = w.simp
    if w.role != WORD or w.flag != "nz" or len(simp) < 4 or not simp.endswith("奖"):
        return None
    tags = dictionary()[1]
    known = cedict_names()
    for cut in range(len(simp) - 1, 1, -1):
        head = simp[:cut]
        if head in known:  # a person's surname and given name apart (鲁迅 Lu Xun)
            return [*known[head][2], len(simp) - cut]
        if tags.get(head, "").startswith(_NAME_TAGS):
            return [cut, len(simp) - cut]
    return None


def awards_named(words: list[Word]) -> list[Word]:
    """Each prize's or order's word after the name it is named for capitalized, a word of the
    name (Sidalin Jiangjin, Liening Guoji Hepingjiang); a prize jieba holds whole divided at
    its name and capitalized (Nuobei'er Hepingjiang, Lu Xun Wenxuejiang)."""
    for k, w in enumerate(words):
        sizes = _whole_prize(w)
        if sizes is not None:
            w.role, w.groups, w.caps = PROPER, sizes, [True] * len(sizes)
            continue
        if w.role != WORD or w.groups or w.simp not in _AWARDS or k == 0:
            continue
        first = k - 1
        if (
            words[first].simp in _BETWEEN
            and first > 0
            and words[first].start == words[first - 1].end
        ):
            first -= 1
        if not _named_for(words[first]) or any(
            a.end != b.start for a, b in zip(words[first:k], words[first + 1 : k + 1], strict=True)
        ):
            continue
        for x in words[first + 1 : k + 1]:
            x.groups, x.caps = [len(x.text)], [True]
    return words
