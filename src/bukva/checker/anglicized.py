"""A surname after the English form of a Russian given name (George Vernadsky, Nicholas
Riasanovsky, Alexander Kerensky): the name as its bearer wrote it in English, which the check
keeps. LC's name authority file heads such persons so (Vernadsky, George, 1887-1973; Kerensky,
Aleksandr Fyodorovich) rather than by the romanization table."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .recognize import Reading
from .span import Span

ANGLICIZED = "anglicized"
ENGLISH_FORM = "english"  # a given name's English form (Alexander), as a reading's system
ENGLISH_GIVEN_CONFIDENCE = 0.75  # a name after its English given name: for review


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


def given_before_surname(text: str, start: int, end: int, house: str) -> Reading | None:
    """The Russian given name text[start:end] stands for, where it is a word English uses
    too (Sergey, Yuri, Alexei, taken alone for English) before a surname Russian writes: a
    Soviet person of the gazetteer (Sergey Shelepin, Yuri Andropov), or a surname written in
    another system than the ``house``'s (Yuri Babansky), which the check fixes: the given
    name is judged with it, as Andrey and Dmitriy are, and the name is fixed whole. None
    otherwise."""
    from ..names.identity import english_given
    from .recognize import looks_english, read_russian

    word = text[start:end]
    if not word[:1].isupper() or not word[1:].islower() or not word.isalpha():
        return None  # most words end here: the judge asks this of every English word
    after = _SURNAME_AFTER.match(text, end)
    if after is None or looks_english(surname := after.group(1)):
        return None
    english = english_given().get(word.lower())
    if english is not None:  # Alexander before Fadeyev: the English form of his Александр
        cyrillic = english.lower()
        soviet = soviet_person(english, surname)
        return Reading(cyrillic, (cyrillic,), (ENGLISH_FORM,), True, True) if soviet else None
    given = given_name_reading(word)
    if given is None:
        return None
    if soviet_person(given.cyrillic, surname):
        return given
    read = read_russian(surname, house)
    ours = {house, "ala-lc-book"} if house == "ala-lc" else {house}  # LC's forms, ties aside
    if read is None or not read.name or ours & set(read.systems):
        return None
    return given if set(read.systems) & set(given.systems) else None


# the press's spellings of a given name no system writes: -i for -ий (Yuri, Dmitri, Georgi, as
# the New York Times and the Guardian print them) and x for кс (Alexei, Maxim)
_PRESS_GIVEN = ((re.compile(r"(?<=[b-df-hj-np-tv-z])i$"), "y"), (re.compile("x"), "ks"))


def given_name_reading(word: str) -> Reading | None:
    """The Russian given name a romanized given name stands for (Сергей for Sergey, Юрий for
    Yuri, Алексей for Alexei), the commonest of its readings as the systems and the press
    write given names; None when none is a Russian given name Russian declines, or the word is
    an English given name (George Vernadsky: his own spelling, :func:`anglicized`)."""
    from ..languages.name_counts import name_zipf
    from ..names.identity import english_given
    from ..names.russian import foreign_given_name
    from .recognize import first_name, read_russian

    if word.lower() in english_given():
        return None
    readings = [read_russian(word)]
    for pattern, repl in _PRESS_GIVEN:
        if pattern.search(word):
            press = read_russian(pattern.sub(repl, word))
            if press is not None:
                readings.append(replace(press, systems=("popular",)))
    names = [
        r
        for r in readings
        if r is not None
        and r.name
        and first_name(r.cyrillic)
        and not foreign_given_name(r.cyrillic)
    ]
    return max(names, key=lambda r: name_zipf(r.cyrillic), default=None)


def soviet_person(given: str, surname: str) -> bool:
    """Whether the gazetteer knows a Soviet person of ``surname`` (in any spelling) whose
    given name is ``given`` (Cyrillic): Сергей before Korolev, Александр before Shelepin; not
    Сергей before Khrushchev (Никита: Sergey Khrushchev, the son, wrote his own name)."""
    from ..names.gazetteer import lookup

    return any(
        s.entry.origin == "ru" and lookup(f"{given.capitalize()} {s.entry.cyrillic}")
        for s in lookup(surname)
    )
