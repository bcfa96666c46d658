"""Russian surnames no dictionary lists (Zimyanin Зимянин, Petroshevsky Петрошевский), read by
their shape: a surname's ending, letters as Russian surnames hold them, and a system that writes
the word exactly so. The check reports them for review only: a name it cannot look up may be
its bearer's own spelling or another language's."""

from __future__ import annotations

import re
from functools import lru_cache

from ..engine.text import nfc, ties_to_combining
from ..names.japanese import japanese_looking
from ..names.mixed_spellings import guessed_older_spelling
from ..names.russian_letters import russian_spelled
from .recognize import _alphabet, _lexicon_entry, _russian_systems, _signed, written_back

# the endings of Russian surnames made from a name, a place or a trade (-ов, -ин, -ский, and
# the women's -ова, -ина, -ская), after a stem of four letters or more: Lansky, Lasky, Bisky
# (Ланский, Ласки, Биски) are American and German names as often; Petroshevsky, Zimyanin are
# only Russian
SURNAME_END = re.compile(
    "^(?:.{4,}(?:ов|ев|ёв)а?|.{3,}[^аеёиоуыэюяь]ина?|.{4,}(?:ына?|ский|цкий|ская|цкая))$"
)
# what only a romanization of Russian writes in a Slavic surname: kh, zh, sh, ts, y before a
# vowel (я, ю, ё, е), -iy, and e after a vowel inside the word (ае, ое, уе, ее: Rodzaevsky,
# where Czech and Polish write je: Rodzajewski). Without one a -sky name is as likely Czech or
# Polish as its bearer spelled it without marks (Slansky Slánský, Dvorsky, Kaplinsky)
_ROMANIZED = re.compile("kh|zh|sh|ts|y[aeiou]|iy$|(?<=.)[aoue]e", re.IGNORECASE)
# transcriptions for another language's readers: their words are as likely that language's
_PRESS = frozenset(("polish", "czech", "german", "french"))
ENDING = 4  # letters at a word's end whose trigrams a surname must hold (not Prayin прайин)


def _marked(word: str) -> bool:
    """A capitalised Latin word of five letters or more with what only a romanization of
    Russian writes (kh, zh, ts, ya ...)."""
    return word[:1].isupper() and len(word) >= 5 and _ROMANIZED.search(word) is not None


def surname_shaped(word: str, cyrillic: str) -> bool:
    """Whether a :func:`_marked` Latin word's Cyrillic reading ends as Russian surnames do; not
    a word all Hepburn's syllables (Yamashina: as likely Japanese)."""
    return _marked(word) and bool(SURNAME_END.search(cyrillic)) and not japanese_looking(word)


@lru_cache(maxsize=50_000)
def unlisted_surname(word: str, house: str) -> tuple[str, tuple[str, ...]] | None:
    """The Russian surname (lower case) a capitalised Latin word no lexicon knows writes, and
    the systems that write it so, when ``house`` cannot have written the word for any surname
    of that shape (Zimyanin: popular and BGN/PCGN write Зимянин, LC's book form Zimianin);
    ("mixed",) for a -sky name no system writes (Rodzaevsky); else None."""
    if not _marked(word):
        return None
    low = nfc(ties_to_combining(word.lower()))
    found: dict[str, list[str]] = {}
    for system in _russian_systems():
        if system in _PRESS or not set(low) <= _alphabet(system) or not _signed(system, low):
            continue
        for spelled in _cyrillic_readings(low, system):
            if not russian_spelled(spelled, ENDING):
                continue
            if system == house:
                return None  # the house writes it so, for a word of Russian letters (Arkin)
            if surname_shaped(word, spelled) and _lexicon_entry(spelled) is None:
                found.setdefault(spelled, []).append(system)
            break  # the system's likeliest reading decides (Lansky ланский, no ланьский)
    if not found:
        mixed = guessed_older_spelling(word)  # Rodzaevsky: LC's letters, English's -sky
        if mixed is not None and surname_shaped(word, mixed) and russian_spelled(mixed, ENDING):
            return mixed, ("mixed",)
        return None
    best = max(found, key=lambda c: len(found[c]))
    return best, tuple(found[best])


@lru_cache(maxsize=20_000)
def house_surname(word: str, house: str) -> bool:
    """Whether a capitalised word no lexicon knows is a surname the house's own system writes
    so (Shepilov шепилов, Fedorenko федоренко): read back by that system, a Cyrillic word that
    ends as Russian surnames do (or in -енко) and holds Russian letter sequences. It is a
    Russian word with nothing to fix, which leaves a given name beside it a whole phrase
    (Dmitriy Shepilov: Dmitrii, a safe fix)."""
    low = nfc(ties_to_combining(word.lower()))
    if not word[:1].isupper() or house in _PRESS or not set(low) <= _alphabet(house):
        return False
    for spelled in _cyrillic_readings(low, house):
        if re.search(".{3,}енко$", spelled):  # Ukrainian -enko, which the trigrams lack
            return True
        if russian_spelled(spelled, ENDING):
            return bool(SURNAME_END.search(spelled)) and not japanese_looking(word)
    return False


def _cyrillic_readings(low: str, system: str):
    """The readings of a lower-case Latin word that ``system`` writes so, likeliest first, with
    no Latin letter left in them."""
    from ..languages.charmodel import model_for

    model = model_for("ru")
    return (s for s in written_back(low, system, model) if not re.search("[a-z]", s))
