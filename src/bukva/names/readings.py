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
        if system == "yale" and any(
            p and "ri" in p and "ri" not in w.lower() for p, w in zip(parsed, words, strict=True)
        ):
            continue  # Yale's r (pinyin ri) inside a word cuts any name (Roman: r-o-man)
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


def wade_giles_cut(word: str, vowels_only: bool = True) -> list[str] | None:
    """The two Wade-Giles syllables (as written) of a word the press wrote without the hyphen
    between them, where exactly one place to put it back reads; ``vowels_only``: only before a
    syllable beginning with a vowel, after a vowel (Haian: hai, an; Weian); else anywhere
    (Hsiaoping: hsiao, ping). None where no place or several read."""
    from ..chinese.tables import parse, table

    wade = table("wade-giles")
    low = word.lower()
    cuts = (
        [m.start() for m in _VOWEL_AFTER_VOWEL.finditer(low)] if vowels_only else range(1, len(low))
    )
    found = [
        [low[:cut], low[cut:]]
        for cut in cuts
        if all(len(parse(p, wade) or ()) == 1 for p in (low[:cut], low[cut:]))
    ]
    return found[0] if len(found) == 1 else None


def _hyphen_dropped(word: str) -> list[str] | None:
    """The pinyin syllables of a given name the press wrote without the hyphen before a
    syllable beginning with a vowel (Haian: Hai-an, Weian: Wei-an); see ``wade_giles_cut``."""
    from ..chinese.tables import parse, table

    pieces = wade_giles_cut(word)
    return parse("-".join(pieces), table("wade-giles")) if pieces else None


MAX_PRESS = 256  # readings of a name weighed (a name has a handful)
MIN_GIVEN = 2  # how many CC-CEDICT persons' given names must hold each syllable read so


@lru_cache(maxsize=20_000)
def press_reading(name: str) -> tuple[str, dict[str, float]] | None:
    """A name the press wrote in Wade-Giles without its marks that no system reads as written
    (Ko Fute, Hsiao Chiehchun: hyphens and apostrophes dropped), as the pinyin its syllables
    likeliest stand for in persons' names (Ge Fude, Xiao Jiechun; CC-CEDICT's persons counted:
    see ``syllable_odds``): a common Chinese surname of one syllable first, then given names
    every part of which reads as Chinese syllables; None otherwise."""
    from itertools import islice, product

    from ..chinese.convert import surname_syllables
    from ..chinese.syllables import join
    from .mixed import word_readings
    from .syllable_odds import given_counts, name_odds

    words = name.split()
    if not 2 <= len(words) <= 3 or re.search("[-'’]", name) or not words[0][:1].isupper():
        return None
    options = [word_readings(w) for w in words]
    surnames = [r for r in options[0] if "|" not in r and r in surname_syllables()]
    if not surnames or not all(options[1:]):
        return None
    readings = islice(product(surnames, *options[1:]), MAX_PRESS)
    best = max(readings, key=lambda r: name_odds(r[0], [s for w in r[1:] for s in w.split("|")]))
    given = [s for w in best[1:] for s in w.split("|")]
    if min(given_counts()[s] for s in given) < MIN_GIVEN:
        return None  # Fan Noli, Han Solo: nuo, suo are all but unseen in given names
    text = " ".join(join(w.split("|")).capitalize() for w in best)
    return text, {"wade-giles": 1.0}


_PLACE_ROLES = frozenset(("proper", "short", "city", "building"))  # not abroad: 巴黎 Bali, Paris


@lru_cache(maxsize=1)
def _cedict_places() -> dict[str, tuple[list[str], tuple[str, ...]]]:
    """CC-CEDICT's Chinese places and buildings by their pinyin run together, tones off and
    lower case (zhongnanhai: 中南海), with every Hanzi form that reads so."""
    from ..chinese.lexicons import _cedict_rows

    out: dict[str, tuple[list[str], tuple[str, ...]]] = {}
    for hanzi, (role, reading, _groups) in _cedict_rows().items():
        if role in _PLACE_ROLES and all(r[-1:].isdigit() for r in reading):
            syllables = [r[:-1].replace("u:", "ü").lower() for r in reading]
            key = "".join(syllables)
            first, spelled = out.get(key, (syllables, ()))
            out[key] = (first, (*spelled, hanzi))
    return out


def cedict_place(word: str) -> tuple[str, tuple[str, ...]] | None:
    """A one-word Chinese place or building in pinyin that CC-CEDICT lists (Zhongnanhai,
    Xibaipo, Beidaihe): its pinyin as written by GB/T (apostrophes put back) and its Hanzi."""
    from ..chinese.syllables import join
    from ..chinese.tables import parse, table

    found = _cedict_places().get(word.replace("'", "").replace("’", "").lower())
    if found is None or parse(word, table("pinyin")) is None:
        return None  # no place, or not pinyin as written
    syllables, hanzi = found
    return join(syllables).capitalize(), hanzi
