"""A Chinese name in Latin letters read by each system that may have written it: the pinyin
it stands for, and how much each system's reading weighs."""

from __future__ import annotations

import re
from functools import lru_cache

ZH_SYSTEMS = ("pinyin", "wade-giles", "czech", "yale")
_HYPHENATING = frozenset(("wade-giles", "czech"))  # systems that hyphenate a given name
# spellings only Wade-Giles has among the systems a Latin name may be in (Hsieh, Tseng, Yüeh,
# Chün, Shih, Erh): a name read whole by Wade-Giles with one of them is Wade-Giles
_WG_MARKS = re.compile(r"hs|ts|tz|ü|eh\b|ih\b|ung\b|erh", re.IGNORECASE)


def _chinese(
    name: str, systems: tuple[str, ...] = ZH_SYSTEMS
) -> tuple[str, dict[str, float]] | None:
    """The pinyin a name of one to three words stands for, and which of ``systems`` read it."""
    readings = chinese_readings(name, systems)
    if not readings:
        return None
    pinyin = max(readings, key=lambda t: sum(readings[t].values()))  # the first on a tie
    return pinyin, readings[pinyin]


@lru_cache(maxsize=20_000)
def chinese_readings(
    name: str, systems: tuple[str, ...] = ZH_SYSTEMS
) -> dict[str, dict[str, float]]:
    """Every pinyin a name of one to three words may stand for, each with the systems that
    read it so and how much each weighs ({} if none does)."""
    from ..chinese.syllables import join
    from ..chinese.tables import parse, table

    words = name.split()
    readings: dict[str, dict[str, float]] = {}  # pinyin → the systems that read it so
    if not 1 <= len(words) <= 3:
        return readings
    if len(words) == 1 and "-" not in name and "'" not in name:
        return readings  # one unmarked word: a Chinese name has its surname apart (Shelepin)
    marked = "-" in name or "'" in name
    for system in systems:
        parsed = [parse(w, table(system)) for w in words]
        if system == "wade-giles" and not marked and parsed[0] and not all(parsed):
            parsed = [p or _hyphen_dropped(w) for p, w in zip(parsed, words, strict=True)]
        if all(parsed):
            text = " ".join(join(p).capitalize() for p in parsed)  # type: ignore[arg-type]
            # a hyphen or an apostrophe in a name is Wade-Giles's or Czech's mark (Chang
            # Wen-pin is Zhang Wenbin, not pinyin's or Yale's Chang Wenpin)
            wade_giles = system == "wade-giles" and _WG_MARKS.search(name)
            if system in _HYPHENATING:
                weight = 2.0 if marked or wade_giles else 1.0
            else:
                weight = 0.5 if marked else (2.0 if system == "pinyin" else 1.0)
            if system == "pinyin" and "'" in text and "'" not in name:
                weight = 0.5  # pinyin cut before a vowel with no apostrophe (Chien: chi'en)
            readings.setdefault(text, {})[system] = weight
    return readings


_VOWEL_AFTER_VOWEL = re.compile("(?<=[aeiouü])(?=[aeo])", re.IGNORECASE)


def _hyphen_dropped(word: str) -> list[str] | None:
    """The Wade-Giles syllables of a given name the press wrote without the hyphen before a
    syllable beginning with a vowel (Haian: Hai-an, Weian: Wei-an), where one place to put it
    back reads; None where none or several do."""
    from ..chinese.tables import parse, table

    found = []
    for m in _VOWEL_AFTER_VOWEL.finditer(word):
        parsed = parse(f"{word[: m.start()]}-{word[m.start() :]}", table("wade-giles"))
        if parsed:
            found.append(parsed)
    return found[0] if len(found) == 1 else None
