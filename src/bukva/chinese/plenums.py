"""A party's plenums by their numbers: 八届十一中全会 ba jie shiyizhong quanhui.

An abbreviation of a Central Committee's plenary session (十一届三中全会: the Third Plenum of
the Eleventh Central Committee) is written as bukva already wrote 七届二中全会 (qi jie erzhong
quanhui): the term's numeral and 届 apart (GB/T 16159-2012 6.1.6, numerals and measure words
apart), the plenum's number with its 中 as one word, 全会 a word. jieba cuts these names in
three ways, none of them so: 十 | 一中全会 (the numeral split), 十一届三中全会 (one word), 二中全会;
and with the party before it as one body's name (中共十一届三中全会, nt), which is the party's
name and the plenum's term (Zhonggong shiyi jie sanzhong quanhui, as 中共 | 八届十中全会 is).
"""

from __future__ import annotations

import re

from .joins import _cut
from .word import NUMBER, ORG, OTHER, WORD, Word

_NUM = "零〇一二两三四五六七八九十百"
_PLENUM = re.compile(rf"(?:([{_NUM}]+)届)?([{_NUM}]+中)全会")
_HEAD = re.compile(rf"[{_NUM}]+")
_AFTER_BODY = re.compile(rf"(.+?)((?:[{_NUM}]+届)?[{_NUM}]+中全会)")


def _written(w: Word) -> Word:
    """``w`` (a plenum's abbreviation) in its written words."""
    m = _PLENUM.fullmatch(w.simp)
    assert m is not None
    term, plenum = m.group(1), m.group(2)
    w.groups = [len(term), 1, len(plenum), 2] if term else [len(plenum), 2]
    w.caps = [False] * len(w.groups)
    w.role = WORD
    w.org = w.lead = False  # after a party's name (中国共产党 | 十一届三中全会): no part of it
    return w


def plenums(words: list[Word]) -> list[Word]:
    """The words with each plenum's abbreviation written as one term (see the module)."""
    if not any("全会" in w.text for w in words):
        return words
    out: list[Word] = []
    for w in words:
        body = _AFTER_BODY.fullmatch(w.simp) if w.role == ORG and not w.groups else None
        if body is not None:  # 中共十一届三中全会 (nt): the party, then the plenum's term
            head, term = _cut(w, len(body.group(1)), "j", w.flag)
            head.role = ORG
            out += [head, _written(term)]
            continue
        prev = out[-1] if out else None
        if w.role == OTHER or w.groups or not _PLENUM.fullmatch(w.simp):
            out.append(w)
        elif (  # 十 | 一中全会: the numeral jieba cut off
            prev is not None
            and prev.end == w.start
            and prev.role in (WORD, NUMBER)
            and not prev.groups
            and _HEAD.fullmatch(prev.simp)
            and _PLENUM.fullmatch(prev.simp + w.simp)
        ):
            syllables = prev.syllables + w.syllables
            merged = Word(prev.start, w.end, prev.text + w.text, WORD, syllables, flag=w.flag)
            out[-1] = _written(merged)
        else:
            out.append(_written(w))
    return out
