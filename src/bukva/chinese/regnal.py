"""A monarch's or a pope's number after a foreign name in characters (尼古拉二世 Nigula Ershi,
Nicholas II; 彼得一世 Bide Yishi; 约翰二十三世): a word of the name, capitalized (GB/T 16159-2012
6.3.2: a proper name's words each capitalized), however jieba cut or joined it."""

from __future__ import annotations

import re

from .transcription_chars import name_char
from .word import OTHER, PERSON, PERSON_FLAGS, PLACE, PROPER, WORD, Word

_NUMBER = re.compile("[一二三四五六七八九十]{1,3}世$")  # 二世, 十四世, 二十三世


def _regnal(w: Word) -> Word:
    w.role, w.groups, w.caps = PROPER, [len(w.text)], [True]
    return w


def _name(w: Word | None) -> bool:
    """A foreign name's word: a name of one word, or jieba's name in foreign names' characters."""
    return w is not None and (
        (w.role == PROPER and len(w.groups) <= 1)
        or (w.role == PLACE and len(w.groups) <= 1 and all(map(name_char, w.simp)))  # 亚历山大
        or (w.role in (WORD, PERSON) and w.flag in PERSON_FLAGS and all(map(name_char, w.simp)))
    )


def regnal_numbers(words: list[Word]) -> list[Word]:
    """The words with a monarch's number after a foreign name one capitalized word (Ershi), and
    the name one word before it: 尼古拉 | 二世, 查理五世 (one word to jieba: Chali Wushi), 约翰 |
    二十三 | 世 (Yuehan Ershisanshi)."""
    if "世" not in "".join(w.text[-1:] for w in words):
        return words  # no 世 ending a word: most text
    out: list[Word] = []
    for w in words:
        prev = out[-1] if out else None
        touching = prev is not None and prev.end == w.start
        m = _NUMBER.search(w.simp)
        if m and m.start() == 0 and touching and _name(prev):
            out.append(_regnal(w))  # 尼古拉 | 二世
            if prev.role != PROPER:
                _regnal(prev)
            continue
        if m and m.start() >= 2 and w.flag in PERSON_FLAGS:
            n = m.start()  # 查理五世, 彼得一世 (a name to jieba): the name, then its number
            name = Word(w.start, w.start + n, w.text[:n], PROPER, w.syllables[:n], flag=w.flag)
            number = Word(w.start + n, w.end, w.text[n:], PROPER, w.syllables[n:], flag="m")
            out += [_regnal(name), _regnal(number)]
            continue
        if (
            w.simp == "世"
            and touching
            and prev.flag == "m"
            and prev.role != OTHER
            and _NUMBER.fullmatch(prev.simp + "世")
            and len(out) > 1
            and out[-2].end == prev.start
            and _name(out[-2])
        ):  # 约翰 | 二十三 | 世: the number and 世 one word
            number = Word(
                prev.start, w.end, prev.text + w.text, PROPER, prev.syllables + w.syllables
            )
            out[-1] = _regnal(number)
            continue
        out.append(w)
    return out
