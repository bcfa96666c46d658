"""A surname after the English form of a Russian given name (George Vernadsky, Nicholas
Riasanovsky, Alexander Kerensky): the name as its bearer wrote it in English, which the check
keeps. LC's name authority file heads such persons so (Vernadsky, George, 1887-1973; Kerensky,
Aleksandr Fyodorovich) rather than by the romanization table."""

from __future__ import annotations

import re
from functools import cache

from .span import Span

ANGLICIZED = "anglicized"


@cache
def _pattern() -> re.Pattern[str]:
    from ..names.identity import english_given

    names = "|".join(sorted((n.capitalize() for n in english_given()), key=len, reverse=True))
    # the English given name, an initial or two, then the surname (a capitalised word)
    return re.compile(
        rf"\b(?:{names})(?:\s+[A-Z]\.)*\s+(?P<surname>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)\b"
    )


def anglicized(text: str) -> list[Span]:
    """The surnames after an English given name (the given name stays unjudged: no system
    writes George), but for a Soviet person of the gazetteer (Alexander Panyushkin, the
    ambassador: no émigré who wrote his name in English)."""
    from ..names.gazetteer import lookup

    return [
        Span(m.start("surname"), m.end("surname"), ANGLICIZED)
        for m in _pattern().finditer(text)
        if not any(s.entry.origin == "ru" for s in lookup(m.group("surname")))
    ]


# a surname after a given name: an initial or two may stand between (Sergey S. Shelepin)
_SURNAME_AFTER = re.compile(r"(?:\s+[A-Z]\.)*\s+([A-Z][a-z]{2,})\b")


def given_before_surname(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a word English uses too (Sergey, Yuri, Alexei, taken alone
    for English), is a romanized Russian given name before a surname Russian writes
    (Sergey Shelepin, Yuri Andropov): to be judged as Russian, as Andrey and Dmitriy are."""
    from ..names.russian import foreign_given_name
    from .recognize import first_name, looks_english, read_russian

    word = text[start:end]
    if not word[:1].isupper() or not word[1:].islower() or not word.isalpha():
        return False  # most words end here: the judge asks this of every English word
    after = _SURNAME_AFTER.match(text, end)
    if after is None or looks_english(surname := after.group(1)):
        return False
    given = read_russian(word)  # Юрий, not Юри (Yuri), which Russian does not decline
    return (
        given is not None
        and given.name
        and first_name(given.cyrillic)
        and not foreign_given_name(given.cyrillic)
        and soviet_person(given.cyrillic, surname)
    )


def soviet_person(given: str, surname: str) -> bool:
    """Whether the gazetteer knows a Soviet person of ``surname`` (in any spelling) whose
    given name is ``given`` (Cyrillic): Сергей before Korolev, Александр before Shelepin; not
    Сергей before Khrushchev (Никита: Sergey Khrushchev, the son, wrote his own name)."""
    from ..names.gazetteer import lookup

    return any(
        s.entry.origin == "ru" and lookup(f"{given.capitalize()} {s.entry.cyrillic}")
        for s in lookup(surname)
    )
