"""Named events in GB/T 16159 pinyin: a movement, a revolution, an uprising, an incident that
CC-CEDICT names (文化大革命 Wenhua Dageming, 百花运动 Baihua Yundong, 西安事变 Xi'an Shibian)
or the period's list does (zh-period-events.tsv: 整风运动 Zhengfeng Yundong, 长征 Changzheng),
written as a proper name is, word by word with each word capitalized (GB/T 16159-2012, 6.3.5
and 6.3.6: proper nouns and their words; the word division is CC-CEDICT's capitals), an
ordinal before it part of the name (第二次鸦片战争 Di-er Ci Yapian Zhanzheng). Catalogs write
them as ordinary words; only the GB/T writer names them."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from .capitals import _countries, country_pair
from .lexicons import DATA, cedict_events
from .tagger import COMMON_COUNT, dictionary
from .word import OTHER, PROPER, Word

_LONGEST = 4  # an event's name is at most this many of jieba's words (第 | 二 | 次 | 鸦片战争)
_ORDINAL = re.compile("^第[一二三四五六七八九十]+次")  # 第二次: Di-er Ci


@cache
def _events() -> dict[str, tuple[list[str], list[int], bool, bool]]:
    """CC-CEDICT's named events and the period's: hanzi → (readings, written words, named
    only after an ordinal: 世界大战 alone is "a world war", its first two words two places'
    abbreviations a hyphen joins: 伊塔 Yi-Ta)."""
    out = {h: (list(r), list(s), False, False) for h, (r, s) in cedict_events().items()}
    with open(DATA / "zh-period-events.tsv", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                hanzi, readings, sizes, ordinal = line.rstrip("\n").split("\t")[:4]
                words = [int(n) for n in re.split("[,-]", sizes)]
                out[hanzi] = (readings.split(), words, bool(ordinal), sizes.startswith("1-1,"))
    return out


@cache
def _last_characters() -> frozenset[str]:
    return frozenset(h[-1] for h in _events())


def _lookup(run: list[Word]) -> tuple[int, tuple[list[str], list[int], bool, bool]] | None:
    """The event a run of words names, and how many characters of ordinal come before it."""
    key = "".join(w.simp for w in run)
    entry = _events().get(key)
    if entry is not None and not entry[2]:  # the whole name, a date's words too (二月 | 革命)
        return 0, entry
    ordinal = _ORDINAL.match(key)
    if ordinal is None or run[0].simp != "第":
        return None
    entry = _events().get(key[ordinal.end() :])
    return (ordinal.end(), entry) if entry is not None else None


def name_events(words: list[Word]) -> list[Word]:
    """The words with each run of them that is a named event made one proper name (百花 |
    运动 → Baihua Yundong; 第 | 二 | 次 | 鸦片战争 → Di-er Ci Yapian Zhanzheng)."""
    last = _last_characters()
    ends = [j for j, w in enumerate(words) if w.simp[-1:] in last]
    if not ends:
        return words  # no word ends as an event's name does: most sentences
    out: list[Word] = []
    done = 0  # words before this index are in ``out``
    for j in ends:
        for n in range(min(_LONGEST, j + 1 - done), 0, -1):
            run = words[j + 1 - n : j + 1]
            if any(w.role == OTHER for w in run):
                continue
            if any(a.end != b.start for a, b in pairwise(run)):
                continue
            found = _lookup(run)
            if found is None:
                continue
            prefix, (readings, sizes, _, hyphened) = found
            out += [*words[done : j + 1 - n], _event(run, prefix, readings, sizes, hyphened)]
            done = j + 1
            break
    return out + words[done:] if out else words


def _event(
    run: list[Word], prefix: int, readings: list[str], sizes: list[int], hyphened: bool = False
) -> Word:
    """One proper name of the run: an ordinal's characters (第二次: Di-er Ci) and the event's
    written words, each capitalized, a pair of countries or parties joined (Zhong-Yin)."""
    event = Word(run[0].start, run[-1].end, "".join(w.text for w in run), PROPER)
    sizes = _whole_words(event.simp[prefix:], list(sizes))
    before = [s for w in run for s in w.syllables][:prefix]
    event.syllables = [*before, *readings]
    event.caps, event.flag = [True] * len(sizes), run[-1].flag
    first = event.simp[prefix : prefix + 2]  # a pair of countries or parties: Zhong-Fa (6.3.3)
    pair = sizes[:2] == [1, 1] and (
        hyphened or country_pair(first) or first in _countries()["pairs"]
    )
    joins = ["-", *[" "] * (len(sizes) - 2)] if pair else []
    if prefix:  # di-er ci: the ordinal's 第 and its number joined by a hyphen (6.1.6)
        joins = ["-", " ", " ", *(joins or [" "] * (len(sizes) - 1))]
        sizes, event.caps = [1, prefix - 2, 1, *sizes], [True, False, True, *event.caps]
    event.groups, event.joins = sizes, joins
    return event


def _whole_words(simp: str, sizes: list[int]) -> list[int]:
    """CC-CEDICT's written words of an event with a lone last syllable joined to the word
    before it where jieba's dictionary has the two as one common word (太平 | 洋 → 太平洋,
    Taipingyang Zhanzheng)."""
    out: list[int] = []
    at = 0
    for n in sizes:
        if n == 1 and out and out[-1] >= 2:
            joined = simp[at - out[-1] : at + 1]
            if dictionary()[0].FREQ.get(joined, 0) > COMMON_COUNT:
                out[-1] += 1
                at += 1
                continue
        out.append(n)
        at += n
    return out
