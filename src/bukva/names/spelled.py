"""Every Latin form bukva's systems give a Cyrillic name, and the endings East Slavic
surnames share: what :mod:`.matching` and :mod:`.cluster` compare a Latin name with."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..engine.text import without_marks
from .initials import latin_key as _latin_key

# the endings East Slavic surnames share, whose vowels Ukrainian spells its own way
SLAVIC_END = re.compile(
    r"(?:[оеё]в|[иы]н|[сц]к(?:ий|ой)|енко|[ую]к|[ое]вич|[ыиоі]й|ник|ец|чук)(?:а|ая)?$"
)


_CYRILLIC = re.compile("[\u0400-\u04ff]")


@cache
def cyrillic_systems() -> tuple[tuple[str, str, str], ...]:
    """(language, system, name) of every system that writes a Cyrillic language in Latin,
    Russian's first (the reason names the first that fits)."""
    from ..api import systems

    order = ("ru", "uk", "be", "bg", "sr", "mk")
    found = [(lang, i.id, i.name) for i in systems() for lang in i.languages if lang in order]
    return tuple(sorted(found, key=lambda x: order.index(x[0])))


@lru_cache(maxsize=20_000)
def spellings(cyrillic: str, langs: tuple[str, ...] = ()) -> dict[str, tuple[tuple[str, str], ...]]:
    """The Latin forms of a Cyrillic word in every system bukva has for a Cyrillic language
    (Мельниченко: Melʹnichenko by ALA-LC Russian, Melʹnychenko by ALA-LC Ukrainian ...), or
    for ``langs`` only, each with the (language, system name) pairs that write it so."""
    from ..api import romanize

    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for lang, system, name in cyrillic_systems():
        if langs and lang not in langs:
            continue
        try:
            latin = romanize(cyrillic, lang=lang, system=system)
        except Exception:  # a letter the language's table has no value for
            continue
        if _CYRILLIC.search(latin):
            continue  # a letter the language lacks, left as it was (Belarusian has no и)
        key = _latin_key(latin)
        out[key] = (*out.get(key, ()), (lang, name))
    return out


# what marks a Latin name as Polish written without its marks (Zukowski for Żukowski)
_POLISH_LOOKING = re.compile("w|sz|cz|rz(?!h)|[sc]k[ia]$")

# the systems whose marks English print and databases leave off, and what must mark the
# Latin name as written in the system for it to count: Polish (Zukowski for Żukowski) and
# Czech, whose háček letters (š č ž ř) Serbian, Croatian and Slovene share (Milosevic for
# Milošević, Chruscov for Chruščov); Czech transcription marks no vowel (ё is jo, ю ju)
_UNMARKED = {
    "Polish transcription": _POLISH_LOOKING,
    "Czech transcription": re.compile("[csz]|r(?![aeiouy])"),
}


def _bare(form: str) -> str:
    return without_marks(form.replace("ł", "l"))


def unmarked(latin: str, cyrillic: str) -> str | None:
    """The system (Polish or Czech transcription) that writes the Cyrillic name as the Latin
    one with its marks left off, as English print and databases leave them (Zukowski,
    Żukowski = Жуковский; Milosevic, Milošević = Милошевич; Chruscov = Хрущёв), or None."""
    low = latin.lower()
    if not low.isascii():
        return None
    system = bare_forms(cyrillic).get(low)
    if system and _UNMARKED[system].search(low):
        return f"{system}, its marks left off"
    return None


@lru_cache(maxsize=20_000)
def bare_forms(cyrillic: str) -> dict[str, str]:
    """The Cyrillic name's marked Polish and Czech forms with their marks left off, each with
    its system."""
    out: dict[str, str] = {}
    for form, pairs in spellings(cyrillic).items():
        for _, name in pairs:
            if name in _UNMARKED and (bare := _bare(form)) != form:
                out.setdefault(bare, name)
    return out


# ы after a consonant, which English print and the older press often write i (Krilov, Martinov,
# Bikov for Крылов, Мартынов, Быков)
_Y_AFTER_CONSONANT = re.compile("(?<=[бвдзлмнпрстфхцчшщж])ы", re.IGNORECASE)


def i_for_y(latin: str, cyrillic: str) -> str | None:
    """The system that writes the Cyrillic name as the Latin one once its ы is read as и, as
    English print often writes it (Krilov = Крылов, Martinov = Мартынов), or None."""
    plain = _Y_AFTER_CONSONANT.sub("и", cyrillic)
    if plain == cyrillic:
        return None
    hit = spellings(plain, ("ru",)).get(_latin_key(latin))
    if not hit:
        return None
    name = next((n for _, n in hit if n.startswith("BGN")), hit[0][1])
    return f"{name} with i for ы, as English print often has it"
