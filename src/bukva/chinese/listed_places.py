"""Places named in a list: an item of a list of places that no dictionary knows is a place too
(经海拉尔、博克图、昂昂溪、哈尔滨: Hailar, Bugt, Ang'angxi, Harbin, the stations of the Chinese
Eastern Railway), written as one capitalized word (GB/T 16159-2012 6.3.2: a place's name;
LC's guidelines alike)."""

from __future__ import annotations

from .lexicons import cedict_names
from .tagger import SEEN_COUNT, dictionary
from .word import OTHER, PLACE, PROPER, WORD, Word

_SEPARATOR = "、"  # the enumeration comma: items of one list
_PLACE_KINDS = frozenset(("city", "short", "abroad", "proper"))  # CC-CEDICT's names, no persons
# jieba's tags no place's name holds: pronouns, prepositions, conjunctions, particles,
# adverbs, time words, locatives, numerals with their measure words
_NO_PLACE_FLAGS = frozenset("r rr rz p c u uj ul uz ug uv y e d t f q".split())
MAX_ITEM = 4  # characters of an unknown item: a town's name, no phrase


def listed_places(words: list[Word]) -> list[Word]:
    """The words with each unknown item of a list of places made a place: a list of three items
    or more, separated by 、, at least two of them places and every other item unknown: one or
    two plain words after the first item, two to four characters, no word jieba's dictionary
    holds as a common one (农村, 工厂), no function word."""
    if sum(1 for w in words if w.role == OTHER and w.text == _SEPARATOR) < 2:
        return words  # most sentences
    items = _items(words)
    out: list[Word] = []
    done = 0
    for run in _lists(words, items):
        # the first item runs from the clause's start (经 | 海拉尔): its last word is the item
        run = [(run[0][1] - 1, run[0][1]), *run[1:]]
        places = [item for item in run if _known_place(words, item)]
        unknown = [
            (a, b) for a, b in run[1:] if (a, b) not in places and _unknown_place(words[a:b])
        ]
        if len(places) < 2 or len(places) + len(unknown) < len(run):
            continue  # an item neither: 农村, 工厂, a person; the list is no list of places
        for a, b in unknown:
            out += words[done:a]
            out.append(_one_place(words[a:b]))
            done = b
    return out + words[done:] if out else words


def _items(words: list[Word]) -> list[tuple[int, int]]:
    """Runs of touching Han words, as (first, end) indices."""
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(words):
        if words[k].role == OTHER:
            k += 1
            continue
        j = k + 1
        while j < len(words) and words[j].role != OTHER and words[j].start == words[j - 1].end:
            j += 1
        out.append((k, j))
        k = j
    return out


def _lists(words: list[Word], items: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The items joined by one 、 each into lists of three or more."""
    runs: list[list[tuple[int, int]]] = []
    for item in items:
        a = item[0]
        joined = (
            runs
            and runs[-1][-1][1] + 1 == a
            and words[a - 1].text == _SEPARATOR
            and words[a - 1].start == words[a - 2].end
            and words[a].start == words[a - 1].end
        )
        if joined:
            runs[-1].append(item)
        else:
            runs.append([item])
    return [run for run in runs if len(run) >= 3]


def _known_place(words: list[Word], item: tuple[int, int]) -> bool:
    a, b = item
    if b - a != 1:
        return False
    w = words[a]
    if w.role == PLACE or (w.role == PROPER and w.flag.startswith("ns")):
        return True
    known = cedict_names().get(w.simp)
    return w.role == PROPER and known is not None and known[0] in _PLACE_KINDS


def _unknown_place(part: list[Word]) -> bool:
    text = "".join(w.simp for w in part)
    return (
        1 <= len(part) <= 2
        and 2 <= len(text) <= MAX_ITEM
        and all(w.role == WORD and not w.groups and w.flag not in _NO_PLACE_FLAGS for w in part)
        and dictionary()[0].FREQ.get(text, 0) < SEEN_COUNT
    )


def _one_place(part: list[Word]) -> Word:
    first = part[0]
    text = "".join(w.text for w in part)
    syllables = [s for w in part for s in w.syllables]
    place = Word(first.start, part[-1].end, text, PLACE, syllables, [len(text)], [True])
    place.flag = "ns"
    return place
