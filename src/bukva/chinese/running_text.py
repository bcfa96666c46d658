"""The words of running text a conversion reads: each word with its place, a closing quotation
mark left out of it, and what stands before a group."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from ..engine.text import word_gap
from .tables import SyllableTable, parse_declined

# a word: letters with their marks and apostrophes, hyphenated parts joined (Mao Tse-tung)
TOKEN = re.compile(r"[^\W\d_][\w'’‘ʻʼ\u0300-\u036f]*(?:-[^\W\d_][\w'’‘ʻʼ\u0300-\u036f]*)*")


def after_foreign_surname(
    text: str, matches: list, parsed: list, k: int, common_word: Callable[[str], bool]
) -> bool:
    """Whether the word before the group at ``k`` is a capitalised word of its script that its
    system cannot read and no common word (Tschou En-lai, Liou Chao-chi: German's and French's
    surname; never In Yen-an)."""
    if k == 0 or parsed[k - 1] is not None:
        return False
    before, word = matches[k - 1].group(), matches[k].group()
    return (
        word_gap(text[matches[k - 1].end() : matches[k].start()])
        and before[:1].isupper()
        and cyrillic(before) == cyrillic(word)
        and not common_word(before)
    )


class _Token:
    """A word of the text, with a match's start(), end() and group()."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self._start, self._end, self._text = start, end, text

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text


_CLOSING = "'’‘ʻʼ"


def tokens(text: str, src: SyllableTable) -> list[_Token]:
    """The words of ``text``; an apostrophe that ends one is a closing quotation mark, left out
    of it, where the word reads without it ('Zhou Enlai': Enlai; Czech's š' keeps its own)."""
    out = []
    for m in TOKEN.finditer(text):
        word = m.group()
        core = word.rstrip(_CLOSING)
        if core != word and core and parse_declined(core, src) is not None:
            word = core
        out.append(_Token(m.start(), m.start() + len(word), word))
    return out


def cyrillic(word: str) -> bool:
    return "\u0400" <= word[:1] <= "\u04ff"


_LETTERS = re.compile(r"[^\W\d_]+")


def script_runs(text: str) -> list[tuple[str, bool]]:
    """The text cut where its words change script, each run with whether it is Cyrillic (what
    lies between two words of different scripts stays with the first): one run where there is
    one script."""
    words = [(m.start(), cyrillic(m.group())) for m in _LETTERS.finditer(text)]
    cuts = [at for (_, before), (at, cyr) in pairwise(words) if cyr != before]
    if not cuts:
        return [(text, bool(words) and words[0][1])]
    edges = [0, *cuts, len(text)]
    return [(text[a:b], cyrillic(_LETTERS.search(text, a).group())) for a, b in pairwise(edges)]
