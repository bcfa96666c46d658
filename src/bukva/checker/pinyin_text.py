"""Chinese written in pinyin inside English prose: a book's title or a phrase quoted in pinyin
(*Mao Zedong, Sidalin yu Chaoxian zhanzheng*). A foreign name there is the Chinese text's own
pinyin of it (Sidalin for 斯大林), not the author's spelling of Stalin."""

from __future__ import annotations

import re

from ..chinese.syllables import split_run
from ..languages.english import english

BOUND = re.compile(r"[.;:!?()\[\]{}«»\"“”„*_\n]")  # what ends a run of words either side
WORD = re.compile(r"[^\W\d_][\w'’]*")
LEAST_WORDS = 3  # words in the run, the name's included
NOT_ENGLISH = 3.0  # Zipf under which a lower-case word is no English word (zhanzheng, lishi)


def in_pinyin_text(text: str, start: int, end: int, runs=(), around: bool = False) -> bool:
    """Whether ``text[start:end]`` stands in a run of pinyin words (between punctuation that
    ends a phrase: commas do not; or within a Word paragraph's italic run of ``runs``, spans
    with a start and an end) of which one in lower case is no English word; ``around``: or
    among such words right before and after it, English's words beyond them."""
    left = max((m.end() for m in BOUND.finditer(text, max(0, start - 200), start)), default=0)
    stop = BOUND.search(text, end)
    right = stop.start() if stop else len(text)
    for run in runs:
        if run.start <= start and end <= run.end:
            left, right = max(left, run.start), min(right, run.end)
    words = WORD.findall(text[left:right])
    if all(map(pinyin_word, words)):
        return _pinyin_run(words)
    if not around:
        return False
    # an English or another language's word between the bounds: the pinyin words either side of
    # the name, unmarked (a text file's title: remembered in Liu Su jishi (A record of ...))
    around_it: list[str] = []  # the name's own words (Shao-chi's chi) are no evidence
    for w in reversed(WORD.findall(text[left:start])):
        if not pinyin_word(w):
            break
        around_it.append(w)
    for w in WORD.findall(text[end:right]):
        if not pinyin_word(w):
            break
        around_it.append(w)
    named = len(WORD.findall(text[start:end]))
    return named + len(around_it) >= LEAST_WORDS and _pinyin_run(around_it, least=1)


def pinyin_phrase(words: list[str]) -> bool:
    """Whether ``words`` are all pinyin and a phrase: enough of them, one in lower case no
    English word."""
    return all(map(pinyin_word, words)) and _pinyin_run(words)


def pinyin_word(word: str) -> bool:
    """Whether a word splits into pinyin syllables."""
    return bool(split_run(word.replace("’", "'")))


def _pinyin_run(words: list[str], least: int = LEAST_WORDS) -> bool:
    """Pinyin words enough for a phrase, one of them in lower case no English word."""
    if len(words) < least:
        return False
    return any(w.islower() and english(w) < NOT_ENGLISH for w in words)
