"""Initials of a Russian name in another system than the house's: Yu. V. Andropov and
Andropov, Yu. V. where the house writes Iu. (ALA-LC book form) or I͡U. (ALA-LC). An initial is
fixed only where it spells one Cyrillic letter alone (Yu.: Ю; never E., which is Е or Э) and
the surname beside it is a Russian name the lexicon or the gazetteer knows."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..languages.english import english
from ..names.initials import initial_letters, spelled_letters
from .recognize import read_russian
from .unlisted import house_surname

_INITIAL = r"[A-Z][a-z]{0,3}\.(?:[ \t]?[A-Z][a-z]{0,3}\.){0,2}"
_SURNAME = r"[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?"
# "Yu. V. Andropov" and "Andropov, Yu. V."
_BEFORE = re.compile(rf"\b(?P<initials>{_INITIAL})[ \t]?(?P<surname>{_SURNAME})\b")
_AFTER = re.compile(rf"\b(?P<surname>{_SURNAME}), (?P<initials>{_INITIAL})")
_ONE = re.compile(r"([A-Z][a-z]{0,3})\.")
ENGLISH_SURNAME = 3.0  # Zipf: a surname English uses this much may be English (Malik)


def _russian_surname(word: str) -> bool:
    from ..names.gazetteer import lookup

    if english(word) >= ENGLISH_SURNAME:
        return False
    reading = read_russian(word)
    if reading is not None and reading.name:
        return True
    if house_surname(word, "ala-lc-book"):  # Galenovich: a surname by its shape
        return True
    return any(s.entry.origin == "ru" and s.entry.kind == "person" for s in lookup(word))


def _spells(written: str, letter: str) -> bool:
    """Whether an initial of two letters or more is a system's spelling of ``letter`` (Yu. Ю;
    not Com., which only begins as Ц does)."""
    return letter in spelled_letters(written)


def initial_fixes(text: str, system_at) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, the house's initial, the Cyrillic letter) for each initial the house
    writes otherwise; ``system_at(offset)`` is the house's (system, options) for Russian."""
    from ..api import romanize

    for pattern in (_BEFORE, _AFTER):
        for m in pattern.finditer(text):
            if not _russian_surname(m["surname"]):
                continue
            for one in _ONE.finditer(text, m.start("initials"), m.end("initials")):
                written = one.group(1)
                letters = initial_letters(written + ".")
                if len(written) < 2 or len(letters) != 1:
                    continue  # E.: Е or Э; a one-letter initial is every system's
                [letter] = letters
                if not _spells(written, letter):
                    continue  # Com., Gen., Col.: an English abbreviation, no letter's spelling
                system, options = system_at(one.start())
                house = romanize(letter, lang="ru", system=system, **options)
                if house and house != written:  # Iu where the house ties I͡U too
                    yield one.start(1), one.end(1), house, letter
