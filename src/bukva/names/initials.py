"""Which Cyrillic letter a given name or an initial may begin with, in any system.

An initial is one system's spelling of a Cyrillic letter, and the systems differ: Stalin,
I. V. in an English catalog is Stalin, J. W. in a German file and Stalin, I. W. in a Polish
one; Voroshilov, K. E. is Voroshilov, K. Ye. by BGN/PCGN and Woroschilow, K. J. in German.
Reading the initial back by the surname's system alone (W by ALA-LC is no letter) makes one
man two. Here each Latin initial stands for every Cyrillic letter whose spelling in one of
the Russian systems it spells (Ju.: Ю; W.: В; J. and Y. also the iotated vowels they begin:
Е, Ё, Ю, Я); a written-out given name for every
letter whose spelling begins it (Yefremovich: Е by BGN/PCGN, Й); two given names agree where
their letters meet.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

_MARKS = re.compile("[\u0361\ufe20\ufe21ʹʺ'’ʼ\"]")  # ties and the signs' primes
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_GLIDES = ("j", "y")


def latin_key(text: str) -> str:
    """Latin letters compared as written: case, ties and the signs' primes aside (I͡U is iu)."""
    return unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFD", text.lower())))


@cache
def _letter_forms() -> tuple[tuple[str, str], ...]:
    """(Latin spelling, Cyrillic capital) of every Russian letter a name may begin with, in
    every Russian system bukva has (В: v, w; Х: kh, h, ch; Ю: iu, yu, û, ju, iou)."""
    from ..api import romanize
    from .russian import RU_SYSTEMS

    out = set()
    for letter in "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ":
        for system in RU_SYSTEMS:
            spelled = latin_key(romanize(letter, lang="ru", system=system))
            if spelled:
                out.add((spelled, letter))
    return tuple(sorted(out))


def spelled_letters(written: str) -> frozenset[str]:
    """The Cyrillic capitals some system spells exactly as ``written`` (Yu, Iu, Ju: Ю; Ts: Ц;
    Com: none)."""
    low = latin_key(written.rstrip("."))
    return frozenset(letter for spelled, letter in _letter_forms() if spelled == low)


@lru_cache(maxsize=20_000)
def initial_letters(word: str, english: str = "") -> frozenset[str]:
    """The Cyrillic capitals a given name or initial as written may begin with: a Cyrillic
    word's own; a Latin initial (J., Yu., Tsch.) every letter some system spells so;
    a Latin name every letter whose spelling some system begins it with, and ``english``'s
    first letter, the Russian name an English given name stands for (Joseph: Иосиф)."""
    bare = word.rstrip(".")
    if not bare:
        return frozenset()
    if _CYRILLIC.match(bare) or not bare[0].isalpha():  # Микола: М, and Николай's Н
        return frozenset({bare[0].upper(), *english[:1].upper()})
    low = latin_key(bare)
    short = word.endswith(".") or len(bare) == 1
    forms = _letter_forms()
    # an initial is a letter's whole spelling (I͡U., Yu., Ju. for Ю: I. is none of its), or
    # the glide that begins an iotated vowel's, which one-letter initials keep (K. J.
    # Woroschilow, Y. V. Andropov: Е, Ю)
    found = {
        letter
        for spelled, letter in forms
        if short and (spelled == low or (low in _GLIDES and spelled.startswith(low)))
    }
    if not found:  # a name, or an initial of more letters than a spelling (Chr., Christoph)
        found = {letter for spelled, letter in forms if low.startswith(spelled)}
    if english:
        found.add(english[0].upper())
    return frozenset(found)


def given_letters(word: str) -> frozenset[str]:
    """:func:`initial_letters` of a given name as written, with the Russian name an English
    one stands for (Joseph: Иосиф, from data/ru-given-english.tsv) or a Ukrainian or
    Belarusian one is (Mykola, Микола: Николай, from data/ru-given-equivalents.tsv)."""
    from .identity import english_given

    bare = word.rstrip(".").lower()
    russian = english_given().get(bare) or given_equivalents().get(latin_key(bare), "")
    return initial_letters(word, russian)


@cache
def given_equivalents() -> dict[str, str]:
    """Each Ukrainian and Belarusian form of a Russian given name that begins with another
    letter, in Cyrillic and as each of those languages' systems writes it (Микола, Mykola,
    Mikola): the Russian name."""
    from ..api import romanize
    from ..languages.charmodel import DATA

    out: dict[str, str] = {}
    for line in (DATA / "ru-given-equivalents.tsv").read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        russian, *columns = line.split("\t")
        for lang, forms in zip(("uk", "be"), columns, strict=True):
            for form in filter(None, forms.split("|")):
                out[form.lower()] = russian
                for system in ("ala-lc", "bgn-pcgn", "iso9"):
                    out.setdefault(latin_key(romanize(form, lang=lang, system=system)), russian)
    return out


@cache
def equivalent_initials() -> frozenset[tuple[str, str]]:
    """(Ukrainian or Belarusian initial, Russian initial) of every given name in
    data/ru-given-equivalents.tsv whose forms begin with other letters (М, Н: Микола,
    Николай; О, А: Олександр, Александр): an initial in a Ukrainian file or catalog may stand
    for that Russian one."""
    return frozenset(
        (form[:1].upper(), russian[:1].upper())
        for form, russian in given_equivalents().items()
        if _CYRILLIC.match(form) and form[:1].upper() != russian[:1].upper()
    )
