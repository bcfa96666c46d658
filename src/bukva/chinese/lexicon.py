"""Words: jieba's segmentation and bukva's phrase lexicon of polyphonic readings."""

from __future__ import annotations

import gzip
from functools import cache
from itertools import accumulate
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
MAX_PHRASE = 4  # longer phrases add little and cost lookups


@cache
def _raw_phrases() -> dict[str, str]:
    """Phrase → its marks and source as stored (``0:yin2|1:hang2\tp``); parsed when a phrase
    is asked for."""
    with gzip.open(DATA / "zh-phrases.tsv.gz", "rt", encoding="utf-8") as f:
        lines = f.read().split("\n")
    return dict(line.split("\t", 1) for line in lines if line and not line.startswith("#"))


def curated(phrase: str) -> bool:
    """Whether the phrase's readings are pypinyin's own, edited by hand (source ``p``), not
    large_pinyin's collection, which has more slips (查理 zha, 率众 lü)."""
    raw = _raw_phrases().get(phrase)
    return raw is not None and raw.endswith("\tp")


class _Phrases(dict):
    """Phrase → {position: reading} for its polyphonic characters (data/zh-phrases.tsv.gz)."""

    def get(self, phrase, default=None):  # type: ignore[override]
        if phrase in self:
            return self[phrase]
        raw = _raw_phrases().get(phrase)
        if raw is None:
            return default
        raw = raw.partition("\t")[0]  # the source after the tab
        marks = {int(p): r for p, r in (m.split(":") for m in raw.split("|"))}
        self[phrase] = marks
        return marks


@cache
def phrases() -> _Phrases:
    return _Phrases()


@cache
def catalog_words() -> dict[str, tuple[str, ...]]:
    """Words whose readings LC's table fixes, toneless (传略 → zhuan lüe); data/zh-lc-words.tsv."""
    out = {}
    with open(DATA / "zh-lc-words.tsv", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                hanzi, syllables = line.rstrip("\n").split("\t")
                out[hanzi] = tuple(syllables.split())
    return out


@cache
def _jieba():
    import logging

    import jieba

    jieba.setLogLevel(logging.ERROR)
    jieba.initialize()
    return jieba


def words(text: str) -> list[tuple[int, int]]:
    """jieba's words (dictionary only, no HMM guessing) as (start, end) offsets.

    Cut by rjieba (jieba-rs, the Rust port with jieba's own dictionary): the same words as
    jieba's ``cut(HMM=False)`` (all 207,606 of them on the CPP dev text), 15 times faster.
    jieba itself still gives the word counts and, with its HMM, the parts of speech."""
    from rjieba import cut

    ends = list(accumulate(map(len, cut(text, hmm=False))))
    return list(zip([0, *ends][:-1], ends, strict=True))


def phrase_reading(text: str, pos: int, start: int, end: int) -> str | None:
    """The lexicon's reading of text[pos] in the word text[start:end]: from the longest phrase
    inside the word that covers ``pos`` (the commoner one, by jieba's counts, if two are as
    long: 银行|行长, not 银|行行|长), or None."""
    table = phrases()
    freq = _jieba().dt.FREQ
    for length in range(min(MAX_PHRASE, end - start), 1, -1):
        best, best_freq = None, -1
        for first in range(max(start, pos - length + 1), min(pos, end - length) + 1):
            phrase = text[first : first + length]
            marks = table.get(phrase)
            if marks is not None and (pos - first) in marks:
                count = freq.get(phrase, 0)
                if count > best_freq:
                    best, best_freq = marks[pos - first], count
        if best is not None:
            return best
    return None
