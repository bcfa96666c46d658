"""Brands and ships named in quotation marks, written as proper names in GB/T pinyin.

A name in quotation marks before 牌 "brand" or 号, a ship's, a train's or a craft's name ("解放"牌
汽车, the Jiefang lorry; "红旗"牌轿车; "东风"号), is a proper name: GB/T 16159-2012 6.3.2 writes
it capitalized, each of its words ("Jiefang" pai qiche, "Hongqi" pai jiaoche). A quoted term
before any other word stays as it is ("sanda zhang'ai"). Catalogs are left as they are: LC's
guidelines capitalize persons, places and bodies only.
"""

from __future__ import annotations

from .word import OTHER, WORD, Word

_KINDS = frozenset("牌 号".split())  # a brand; a ship's, a train's, a craft's name
_CLOSING = frozenset(('"', "”", "」", "』"))
_OPENING = frozenset(('"', "“", "「", "『"))
MAX_WORDS = 4  # a name's words: more, and the quotation is a phrase, no name


def brands_named(words: list[Word]) -> list[Word]:
    """The words quoted right before 牌 or 号 capitalized, each a word of the name."""
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
    return words
