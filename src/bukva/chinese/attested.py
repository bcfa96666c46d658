"""How often a toneless pinyin spelling is a Chinese word or name: the evidence for reading a
romanization one way or another (Hung-chi: hongji, or hung-ch'i with its mark lost, hongqi?).

The table (data/zh-attested.tsv, built by tools/build_zh_attested.py) holds jieba's common
words spelled as pypinyin reads them, with jieba's counts, and CC-CEDICT's persons and places.
No spelling is a word with certainty: this ranks readings, it proves none.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import combinations
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "data" / "zh-attested.tsv"
_NOT_LETTER = re.compile(r"[^a-zü]")
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


def key(pinyin: str) -> str:
    """A pinyin spelling as the table holds it: lower case, letters and ü only (Tian'anmen →
    tiananmen; Lüshun → lüshun)."""
    return _NOT_LETTER.sub("", pinyin.lower().replace("v", "ü"))


@cache
def _table() -> dict[str, int]:
    with open(TABLE, encoding="utf-8") as f:
        rows = (line.rstrip("\n").split("\t") for line in f if not line.startswith("#"))
        return {spelled: int(n) for spelled, n in rows}


def count(pinyin: str) -> int:
    """How often ``pinyin`` (toneless, any case, spaces and marks ignored) spells a word:
    jieba's count of the commonest word or name so spelled; 0 for none."""
    return _table().get(key(pinyin), 0)
