"""Segmentation: numerals, and jieba's words and parts of speech with bounded cost."""

from __future__ import annotations

import re
from functools import cache

from ..engine.deadline import check as deadline_check
from .script import is_han
from .tagger import cut, dictionary

# -- numbers ---------------------------------------------------------------------------------

_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "萬": 10_000, "亿": 10**8, "億": 10**8}
_NUMERAL = re.compile("[零〇一二两兩三四五六七八九十百千万萬亿億]+")


def numeral_value(text: str) -> int | None:
    """一九四九 → 1949 (digit by digit), 二十三 → 23, 一千二百三十四 → 1234."""
    if all(c in _DIGITS for c in text):
        return int("".join(str(_DIGITS[c]) for c in text))
    total, section, digit = 0, 0, 0
    for c in text:
        if c in _DIGITS:
            digit = _DIGITS[c]
        elif c in ("万", "萬", "亿", "億"):
            section = (section + digit) * _UNITS[c]
            total += section
            section, digit = 0, 0
        else:
            section += (digit or 1) * _UNITS[c]
            digit = 0
    return total + section + digit


def _number_spans(text: str) -> list[tuple[int, int, str]]:
    """Numerals that catalogs write in Arabic figures: dates, ordinals, years, ranges."""
    out: list[tuple[int, int, str]] = []
    for m in _NUMERAL.finditer(text):
        s, e = m.start(), m.end()
        run = m.group()
        before = text[s - 1] if s else ""
        after = text[e] if e < len(text) else ""
        digit_style = (
            len(run) >= 2
            and all(c in _DIGITS for c in run)
            and ("零" in run or "〇" in run or after == "年" or len(run) == 4)
        )
        ranged = before in ("至", "到", "-", "－", "~") and out and out[-1][1] == s - 1
        # 月, 日: a date; 年 only after a year written digit by digit (一九四九年), since
        # 二十年 is as often "twenty years" as a reign year
        if before == "第" or (after and after in "月日号號") or digit_style or ranged:
            value = numeral_value(run)
            if value is not None:
                out.append((s, e, str(value)))
    return out


# -- segmentation ----------------------------------------------------------------------------


@cache
def _hmm_chars() -> frozenset[str]:
    """Characters jieba's tagging HMM has states for; any other one would make its Viterbi
    consider every state (about 250) at each step, thousands of times slower per character."""
    from jieba.posseg.char_state_tab import P

    return frozenset(P)


_LONG_RUN = 200  # characters without punctuation handed to the tagger at most at once


def _tagger_pieces(simp: str) -> list[tuple[int, int, bool]]:
    """(start, end, tag) pieces: characters the tagger's HMM does not know, and a character
    repeated more than _REPEAT times in a row, stand alone (tag False); no piece runs longer
    than _LONG_RUN characters. So the tagger's cost per character is bounded on any input (a
    page of one character, random rare Hanzi): its Viterbi costs the square of a character's
    states at each step, and a run of one character is no word it could find."""
    known = _hmm_chars()
    n = len(simp)
    if (  # most text: one piece (short, nothing repeated, every character known)
        n <= _LONG_RUN
        and not _REPEATED.search(simp)
        and not any(map(is_han, set(simp).difference(known)))
    ):
        return [(0, n, True)] if n else []
    out: list[tuple[int, int, bool]] = []
    start = 0
    gap = 0  # just after the last character no word runs across (punctuation, a space)
    i = 0
    while i < n:
        ch = simp[i]
        j = i + 1
        while j < n and simp[j] == ch:
            j += 1
        alone = is_han(ch) and (ch not in known or j - i > _REPEAT)
        if alone:
            if i > start:
                out.append((start, i, True))
            out += [(k, k + 1, False) for k in range(i, j)]
            start = j
        elif j - start > _LONG_RUN:
            # cut where the text itself breaks (满洲里和绥芬 | 河 was one such cut); only a
            # run with no break in it is cut where the bound falls
            cut = gap if start < gap <= i else i
            if cut > start:
                out.append((start, cut, True))
                start = cut
            if j - start > _LONG_RUN and i > start:
                out.append((start, i, True))
                start = i
            while j - start > _LONG_RUN:  # one character repeated within the bound
                out.append((start, start + _LONG_RUN, True))
                start += _LONG_RUN
        if not ch.isalnum():
            gap = j
        i = j
    if start < n:
        out.append((start, n, True))
    return out


_REPEAT = 3  # a character repeated more often than this is read character by character
_REPEATED = re.compile(rf"(.)\1{{{_REPEAT}}}", re.DOTALL)


def _words(simp: str, breaks: frozenset[int] = frozenset()) -> list[tuple[int, int, str]]:
    """jieba's words with their part-of-speech flags, as offsets; no word runs across an
    offset in ``breaks`` (a boundary the source marked: the gaps old catalog systems keyed)."""
    out = []
    tags, known = dictionary()[1], _hmm_chars()
    pieces = _tagger_pieces(simp)
    if breaks:
        pieces = [
            (a, b, tag)
            for start, end, tag in pieces
            for a, b in zip(
                [start, *sorted(k for k in breaks if start < k < end)],
                [*sorted(k for k in breaks if start < k < end), end],
                strict=True,
            )
        ]
    for start, end, tag in pieces:
        if not tag:  # a repeated character keeps its dictionary tag; an unknown one has none
            ch = simp[start:end]
            out.append((start, end, tags.get(ch, "x") if ch in known else "x"))
            continue
        deadline_check()  # a piece is at most _LONG_RUN characters
        out += _cut_at(simp, start, end)
    return out


def _cut_at(simp: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """jieba's words and flags of ``simp[start:end]``, as offsets into ``simp``."""
    out = []
    pos = start
    for word, flag in cut(simp[start:end]):
        out.append((pos, pos + len(word), flag))
        pos += len(word)
    return out
