"""Wade-Giles's aspiration mark, lost: a stop written plain that may be aspirated (Hung-chi for
Hung-ch'i, Tien-an-men for T'ien-an-men, Tai-yuan for T'ai-yuan). Presses and authors drop the
apostrophe often; read as written, such a name turns into another (Hongji, Dian'anmen,
Daiyuan). Where marking a stop spells a commoner Chinese word or name than the plain reading
(bukva.chinese.attested), the fix is that reading, for review."""

from __future__ import annotations

import re
from itertools import combinations

from ..chinese.attested import count
from ..chinese.tagger import SEEN_COUNT

# a syllable's first letters Wade-Giles marks when aspirated, with no mark after them
_PLAIN_STOP = re.compile(r"(?:^|(?<=[-\s]))(?:ch|ts|tz|k|p|t)(?!['’‘ʻ])", re.IGNORECASE)
_MOST_STOPS = 4  # a longer name is read as written (2^4 readings at most)


def marked_readings(name: str) -> list[str]:
    """``name`` with the aspiration mark put after one or more of its plain stops, fewest
    first (Hung-chi → Hung-ch'i; Tai-yuan → T'ai-yuan)."""
    stops = [m.end() for m in _PLAIN_STOP.finditer(name)]
    if len(stops) > _MOST_STOPS:
        return []
    out = []
    for n in range(1, len(stops) + 1):
        for chosen in combinations(stops, n):
            spelled = name
            for at in sorted(chosen, reverse=True):
                spelled = spelled[:at] + "'" + spelled[at:]
            out.append(spelled)
    return out


def lost_mark(name: str, target: str) -> tuple[str, str] | None:
    """The fix and the Wade-Giles form it reads, where a reading of ``name`` with a mark it lost
    spells a commoner word or name than the plain reading (and one jieba counts SEEN_COUNT
    times at least, or a name): Hung-chi → (Hongqi, Hung-ch'i). None where the plain reading
    is the commonest or no marked one is a word."""
    from ..chinese.convert import convert

    plain = convert(name, "wade-giles", "pinyin", strict=True)
    best, best_count = None, max(count(plain), SEEN_COUNT - 1)
    for marked in marked_readings(name):
        spelled = convert(marked, "wade-giles", "pinyin", strict=True)
        if spelled == marked:
            continue  # no reading in the table (K'ang alone is no group)
        n = count(spelled)
        if n > best_count:
            best, best_count = marked, n
    if best is None:
        return None
    return convert(best, "wade-giles", target, strict=True), best
