"""Named events in GB/T 16159 pinyin: a movement, a revolution, an uprising, an incident that
CC-CEDICT names (文化大革命 Wenhua Dageming, 百花运动 Baihua Yundong, 西安事变 Xi'an Shibian),
written as a proper name is, word by word with each word capitalized (GB/T 16159-2012, 6.3.5
and 6.3.6: proper nouns and their words; the word division is CC-CEDICT's capitals). Catalogs
write them as ordinary words; only the GB/T writer names them."""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from .capitals import _countries, country_pair
from .lexicons import cedict_events
from .tagger import COMMON_COUNT, dictionary
from .word import NUMBER, OTHER, PROPER, Word

_LONGEST = 3  # an event's name is at most this many of jieba's words (百花 | 运动)


@cache
def _last_characters() -> frozenset[str]:
    return frozenset(h[-1] for h in cedict_events())


def name_events(words: list[Word]) -> list[Word]:
    """The words with each run of them that is an event CC-CEDICT names made one proper name
    (百花 | 运动 → Baihua Yundong)."""
    last = _last_characters()
    ends = [j for j, w in enumerate(words) if w.simp[-1:] in last]
    if not ends:
        return words  # no word ends as an event's name does: most sentences
    events = cedict_events()
    out: list[Word] = []
    done = 0  # words before this index are in ``out``
    for j in ends:
        for n in range(min(_LONGEST, j + 1 - done), 0, -1):
            run = words[j + 1 - n : j + 1]
            if any(w.role in (OTHER, NUMBER) for w in run):
                continue
            if any(a.end != b.start for a, b in pairwise(run)):
                continue
            entry = events.get("".join(w.simp for w in run))
            if entry is None:
                continue
            readings, sizes = entry
            event = Word(run[0].start, run[-1].end, "".join(w.text for w in run), PROPER)
            sizes = _whole_words(event.simp, list(sizes))
            event.syllables, event.groups = list(readings), sizes
            event.caps, event.flag = [True] * len(sizes), run[-1].flag
            first = event.simp[:2]  # a pair of countries or parties: Zhong-Fa, Guo-Gong (6.3.3)
            if sizes[:2] == [1, 1] and (country_pair(first) or first in _countries()["pairs"]):
                event.joins = ["-", *[" "] * (len(sizes) - 2)]
            out += [*words[done : j + 1 - n], event]
            done = j + 1
            break
    return out + words[done:] if out else words


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
