"""The press's Wade-Giles, hyphens and apostrophes dropped (Chang Hanfu, Li Hsiaoming), read
syllable by syllable against a name's pinyin, as ``match`` reads it."""

from __future__ import annotations

import re

from .identity import Identity
from .mixed import word_readings
from .readings import chinese_readings
from .syllable_odds import meant_odds

PRESS_ODDS = 2.0  # how much likelier a name the press's reading must be than pinyin's


def press_likelier(words: list[str], name: Identity) -> bool:
    """Whether a name that reads as pinyin is likelier the press's Wade-Giles for ``name``'s
    pinyin: that pinyin taken as certain (in characters, in Palladius, in Wade-Giles with its
    marks, or in Latin Wade-Giles does not read as written: Zhang, a given name of two
    syllables run together; not Li Ming, which Wade-Giles reads too) and at least twice as
    common in persons' names (Chang Hanfu = Zhang Hanfu, Tao Kuo = Tao Guo; Tang Yunchun is
    no Tang Yunjun)."""
    if name.pinyin is None:
        return False
    text = " ".join(name.input.split())
    if (  # marks: read by their system
        name.script == "Latn"
        and not re.search("[-'’]", text)
        and chinese_readings(text, ("wade-giles",))
    ):
        return False
    return meant_odds(" ".join(words), name.pinyin) >= PRESS_ODDS


def reads_as(words: list[str], joined: str) -> bool:
    """Whether the words, each syllable read by pinyin or Wade-Giles, spell ``joined``."""
    if not words:
        return not joined
    return any(
        joined.startswith(r.replace("|", ""))
        and reads_as(words[1:], joined[len(r) - r.count("|") :])
        for r in word_readings(words[0])
    )
