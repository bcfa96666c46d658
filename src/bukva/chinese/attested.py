"""How often a toneless pinyin spelling is a Chinese word or name: the evidence for reading a
romanization one way or another (Hung-chi: hongji, or hung-ch'i with its mark lost, hongqi?).

Built on first use from jieba's dictionary (its words of two to four characters it counts
SEEN_COUNT times or more, each spelled as pypinyin reads the word, its count kept) and
CC-CEDICT's persons and places (jieba's count of the name, SEEN_COUNT where it has none). No
spelling is a word with certainty: this ranks readings, it proves none.
"""

from __future__ import annotations

import re
from functools import cache

from .lexicons import cedict_names
from .script import is_han
from .tagger import SEEN_COUNT, dictionary

_NOT_LETTER = re.compile(r"[^a-zü]")


def key(pinyin: str) -> str:
    """A pinyin spelling as the index holds it: lower case, letters and ü only (Tian'anmen →
    tiananmen; Lüshun → lüshun)."""
    return _NOT_LETTER.sub("", pinyin.lower().replace("v", "ü"))


@cache
def _index() -> dict[str, int]:
    from pypinyin import Style, lazy_pinyin

    freq = dictionary()[0].FREQ
    counts: dict[str, int] = {}

    def add(word: str, n: int) -> None:
        spelled = key("".join(lazy_pinyin(word, style=Style.NORMAL, v_to_u=True)))
        if counts.get(spelled, 0) < n:
            counts[spelled] = n

    for word, n in freq.items():
        if n >= SEEN_COUNT and 2 <= len(word) <= 4 and all(map(is_han, word)):
            add(word, n)
    for hanzi, (role, _readings, _sizes) in cedict_names().items():
        if role != "term" and all(map(is_han, hanzi)):
            add(hanzi, max(freq.get(hanzi, 0), SEEN_COUNT))
    return counts


def count(pinyin: str) -> int:
    """How often ``pinyin`` (toneless, any case, spaces and marks ignored) spells a word:
    jieba's count of the commonest word or name so spelled; 0 for none."""
    return _index().get(key(pinyin), 0)
