"""Country syllables listed with 、 between them (美、英、苏三国 Mei, Ying, Su sanguo; 汉、满、蒙)
or joined by a hyphen (中-苏边界 Zhong-Su bianjie): each a country or people, capitalized as
:mod:`.capitals` marks a country's syllable."""

from __future__ import annotations

import re

from .capitals import _countries
from .tagger import dictionary
from .word import PERSON, PLACE, PROPER, WORD, Word

_COUNTED = re.compile("[两三四五六七八九十几]+国|等")
# what stands between listed countries: 、, or a hyphen (中-苏边界 Zhong-Su bianjie, as 中苏 is)
_MARKS = frozenset(("、", "-", "－", "‐"))


def mark_listed(words: list[Word]) -> None:
    """Country syllables listed with 、 between them, each a word of its own: each a country
    or people, capitalized (GB/T 16159-2012 6.3.1), and the count after them a common word,
    apart from the last syllable where jieba glued them (美、英、苏三国: Mei, Ying, Su sanguo,
    no island Shikoku in 苏 | 四国; 汉、满、蒙)."""
    if _MARKS.isdisjoint(w.text for w in words):
        return
    chars = _countries()["chars"]
    k = 0
    while k + 2 < len(words):
        chain = [k]
        while (
            chain[-1] + 2 < len(words)
            and len(words[chain[-1]].simp) == 1
            and words[chain[-1]].simp in chars
            and words[chain[-1] + 1].simp in _MARKS
            and words[chain[-1] + 2].simp[:1] in chars
            and words[chain[-1] + 2].role != PERSON
        ):
            chain.append(chain[-1] + 2)
        last = words[chain[-1]]
        if len(chain) > 1 and len(last.simp) > 1 and _COUNTED.fullmatch(last.simp[1:]):
            count = Word(last.start + 1, last.end, last.text[1:], WORD, last.syllables[1:])
            count.flag = dictionary()[1].get(count.simp, "m")
            words[chain[-1] : chain[-1] + 1] = [
                Word(last.start, last.start + 1, last.text[:1], WORD, last.syllables[:1]),
                count,
            ]
        if len(chain) > 1 and len(words[chain[-1]].simp) == 1:
            for j in chain:
                if words[j].role not in (PROPER, PLACE):
                    words[j].capital_at = (0,)
            after = words[chain[-1] + 1] if chain[-1] + 1 < len(words) else None
            if after and after.role in (PLACE, PROPER) and _COUNTED.fullmatch(after.simp):
                after.role, after.groups, after.caps = WORD, [], []  # 四国, no island
        k = chain[-1] + 1
