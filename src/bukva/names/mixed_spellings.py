"""Who a Latin name is when no system writes it: a Russian name in an older or mixed spelling
(Romanoff, Tukhachevski; Vasilieva, Sidorovs), read through the rules of
data/ru-mixed-spellings.toml (:func:`bukva.names.russian._older_readings`)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..engine.text import nfc
from ..languages.name_counts import borne
from .russian import _APOSTROPHES, _best, _forms, _older_readings, _russian


@lru_cache(maxsize=20_000)
def russian_name(word: str) -> tuple[str, dict[str, float], tuple[str, ...]] | None:
    """:func:`_russian`, or, where that reads no name of the lexicon, the name the word is
    in a mixed spelling of the press or with a Latvian or Lithuanian ending (Sidorovs,
    Vasilieva: Сидоров, Васильева): for telling who a name is, never for telling which system
    a text is in (a mixed spelling is no system's)."""
    from ..checker.recognize import _lexicon_entry

    read = _russian(word)
    if not word[:1].isupper() or (read is not None and _lexicon_entry(read[0]) is not None):
        return read
    low = nfc(word.lower().translate(_APOSTROPHES))
    found = _older_readings(word, low, forms=_forms("press", "baltic"))
    if not found:
        return read
    best = _best(found, False)
    return best, found[best], (best, *(read[2] if read else ()))


# what marks a -ski name as Russian written the English way (Tukhachevski: kh, zh, ts, ya, iu
# as Russian romanization writes them), and what marks it as a Polish name written its own
# way (Sikorski, Rokossowski, Zawadzki: none of them, or w, sz, cz, rz, Polish letters)
_RUSSIAN_LETTERS = re.compile("kh|zh|ts|y[aeou]|i[aeu]")
_POLISH_LETTERS = re.compile("w|sz|cz|rz(?!h)|[łńśźżó]")


def _likeliest(found: dict[str, dict[str, float]]) -> str:
    """The reading the systems weigh most, then the one more people bear."""
    return max(found, key=lambda c: (max(found[c].values()), borne(c)))


@lru_cache(maxsize=20_000)
def older_spelling(word: str) -> str | None:
    """The Russian name (lower case) a capitalised Latin word is in an older or mixed spelling
    no system writes (Tukhachevski Тухачевский, Romanoff Романов), or None. A -ski name counts
    only with Russian romanization's letters and none of Polish (Sikorski, Rokossowski are
    Polish names as their bearers wrote them)."""
    low = nfc(word.lower())
    if not word[:1].isupper():
        return None
    if low.endswith("ski") and (not _RUSSIAN_LETTERS.search(low) or _POLISH_LETTERS.search(low)):
        return None
    found = _older_readings(word, low, held=True)
    if not found:
        return None
    return _likeliest(found)


@lru_cache(maxsize=20_000)
def guessed_older_spelling(word: str) -> str | None:
    """The surname (lower case) a capitalised -sky or -ski word is in a mixed spelling, where
    no lexicon lists the name (Rodzaevsky: the book form's letters with English's -sky,
    Родзаевский), read by data/ru-mixed-spellings.toml's rules as a guessed surname; None for
    a word with Polish's letters (Zawadski)."""
    from ..checker.recognize import _lexicon_entry

    low = nfc(word.lower())
    if not word[:1].isupper() or not low.endswith(("sky", "ski")) or _POLISH_LETTERS.search(low):
        return None
    found = {c: w for c, w in _older_readings(word, low).items() if _lexicon_entry(c) is None}
    if not found:
        return None
    return _likeliest(found)


# -ский, -цкий as the systems end them besides the rule's -y, for a Latvian or Lithuanian
# -skis, -ckis (Rajeckis: Rajecki, Rajeckij, Raetskii)
_SKY_ENDINGS = ("i", "ij", "ii", "iy")


@lru_cache(maxsize=20_000)
def baltic_stems(word: str) -> tuple[str, ...]:
    """The spellings a Latin surname has once a Latvian or Lithuanian ending is taken back to
    Russian's by each ``baltic`` rule of data/ru-mixed-spellings.toml (Idionovs Idionov,
    Sidorovas Sidorov, Rajeckis Rajecky, Rajecki …); none where no rule applies. For meeting a
    given Cyrillic name, which says which name it is: the lexicon need not hold it."""
    low = nfc(word.lower())
    stems = [rule[0].sub(rule[1], low) for rule in _forms("baltic") if rule[0].search(low)]
    stems += [s[:-1] + e for s in stems if s.endswith("ky") for e in _SKY_ENDINGS]
    return tuple(dict.fromkeys(s for s in stems if s != low))
