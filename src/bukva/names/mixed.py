"""Chinese names half converted to pinyin: some words (or syllables) in pinyin, the rest in
Wade-Giles or a postal form, as a conversion by hand leaves them (Teng Xiaoping, Mao Tsedong,
Kao Gang). Each word is read syllable by syllable, each syllable by pinyin or by Wade-Giles
without its apostrophes (the postal rules' reading); the name is the gazetteer's when exactly
one reading is a name it has in pinyin, some word already stands as that pinyin and some does
not (:func:`mixed_name`)."""

from __future__ import annotations

import itertools
import math
import re
from functools import cache, lru_cache

from .gazetteer import Entry, lookup

MAX_READINGS = 64  # readings of one word kept (a long word's are not all tried)
MAX_NAMES = 64  # names looked up for one run of words (a real name has a handful)
MIXED_CONFIDENCE = 0.75  # for review: below SAFE_CONFIDENCE


@lru_cache(maxsize=8192)
def word_readings(word: str) -> tuple[str, ...]:
    """The pinyin (joined, lower case, no apostrophes) one written word may stand for, each
    syllable read by pinyin or by Wade-Giles; () if some part reads by neither."""
    from ..chinese.postal import syllable_readings  # here: Russian alone loads no Chinese
    from ..chinese.syllables import inventory

    pinyin = inventory()
    parts = [p for p in word.lower().replace("’", "'").split("-") if p]
    options: list[set[str]] = []
    for part in parts:
        plain = part.replace("'", "")

        @cache
        def go(i: int, vowel_first: bool, plain: str = plain) -> frozenset[str]:
            """Readings of ``plain[i:]``; ``vowel_first``: a syllable may begin with a, e, o
            after a vowel (the press's Haian for Wade-Giles's Hai-an)."""
            if i == len(plain):
                return frozenset({""})
            out: set[str] = set()
            for n in range(1, min(6, len(plain) - i) + 1):
                piece = plain[i : i + n]
                if not any(c in "aeiouü" for c in piece) or (
                    i and piece[0] in "aeo" and not (vowel_first and plain[i - 1] in "aeiouü")
                ):
                    continue  # no syllable inside a joined word begins with a, e, o (Xi'an)
                heads = set(syllable_readings(piece))
                if "ü" in piece:  # the press keeps Wade-Giles's ü, drops its apostrophe
                    heads |= _umlaut_readings(piece)
                if piece in pinyin:
                    heads.add(piece)
                if heads:
                    out |= {h + "|" + rest for h in heads for rest in go(i + n, vowel_first)}
                if len(out) > MAX_READINGS:
                    break
            return frozenset(out)

        found = go(0, False) or go(0, True)  # the press drops the hyphen in Hai-an: Haian
        if not found:
            return ()
        options.append({r.rstrip("|") for r in found})
    joined = {"|".join(combo) for combo in itertools.product(*options)}
    return tuple(sorted(joined)[:MAX_READINGS])


@cache
def _umlaut_readings(piece: str) -> frozenset[str]:
    """The pinyin a Wade-Giles syllable with ü stands for, its apostrophe lost or not (chün:
    jun, qun; hsüeh: xue)."""
    from ..chinese.tables import table

    to_pinyin = table("wade-giles").to_pinyin
    forms = {piece, re.sub(r"^(ch|ts|tz|k|p|t)(?=ü)", r"\1'", piece)}
    return frozenset(to_pinyin[f] for f in forms if f in to_pinyin)


@lru_cache(maxsize=8192)
def _as_pinyin(reading: str) -> str:
    """'xiao|ping' → 'Xiaoping' (pinyin's apostrophes where its syllables need them)."""
    from ..chinese.syllables import join

    word = join(reading.split("|"))
    return word[:1].upper() + word[1:]


@lru_cache(maxsize=4096)
def mixed_name(written: str) -> tuple[Entry, tuple[bool, ...]] | None:
    """The gazetteer's Chinese name that ``written`` (two or three words) is, half converted
    to pinyin, and which of its words already stand as the pinyin; None if it is none, is
    pinyin already, is wholly in another system (the gazetteer's spellings say so), or has a
    word with the aspiration mark (certainly Wade-Giles, read as such elsewhere)."""
    words = written.split(" ")
    readings = [word_readings(w) for w in words]
    if not all(readings) or math.prod(map(len, readings)) > MAX_NAMES:
        return None  # a word no syllables make, or too many ways to read the words
    entries: dict[str, Entry] = {}
    for combo in itertools.product(*readings):
        name = " ".join(_as_pinyin(r) for r in combo)
        for s in lookup(name):
            if s.system == "pinyin" and s.entry.origin == "zh" and s.entry.pinyin == name:
                entries[s.entry.id] = s.entry
    if len({e.pinyin for e in entries.values()}) != 1:
        return None  # no name, or two the words could be
    entry = entries[min(entries)]  # the period's list's entry before CC-CEDICT's
    target = entry.pinyin.split(" ")
    if len(target) != len(words):
        return None
    same = tuple(w.replace("’", "'") == t for w, t in zip(words, target, strict=True))
    if all(same) or not any(same):
        return None  # pinyin already, or wholly another system (the gazetteer's rules)
    if any(re.search("['’]", w) for w, ok in zip(words, same, strict=True) if not ok):
        return None  # a word with the aspiration mark is certainly Wade-Giles: its own rule's
    # (a hyphenated one without it may have lost its marks: Deng Hsiao-ping, Xiaoping)
    return entry, same
