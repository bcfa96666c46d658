"""One surname in Russian and in Ukrainian or Belarusian spelling, both in Cyrillic (Скрыпник,
Скрипник; Подгорный, Підгорний; Машеров, Машэраў): a Soviet file writes a Ukrainian's name
in Russian, a Kyiv archive or catalog in Ukrainian.

The letters are compared after folding what the orthographies spell differently for one sound
(Russian ы and Ukrainian и; Ukrainian і and ї and Russian и; є, э and е; ґ and г; Belarusian ў
and в; the soft sign and the apostrophe aside), and where one word is Ukrainian or Belarusian
(it has і, ї, є, ґ or ў) its і may stand for the о or е Russian keeps in that syllable
(Підгорний, Подгорный: the Ukrainian і of a closed syllable), and in a Belarusian word а for
о and я for е (unstressed, as Belarusian spells what it says: Машэраў, Машеров). Used to tell
two writings of one name apart from two names, never to rewrite one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .identity import EAST_SLAVIC, _fold

if TYPE_CHECKING:
    from .identity import Identity

_LOOSE = str.maketrans(
    {"ы": "и", "ї": "и", "є": "е", "э": "е", "ґ": "г", "ў": "в", "'": None, "’": None, "ʼ": None}
)
_UKRAINIAN = frozenset("іїєґ")
_BELARUSIAN = frozenset("ў")


@lru_cache(maxsize=20_000)
def one_surname(a: str, b: str) -> bool:
    """Whether two Cyrillic surnames are one name in Russian and in Ukrainian or Belarusian
    spelling (see the module); False for two spellings of one orthography that differ."""
    la, lb = a.lower(), b.lower()
    marked = (_UKRAINIAN | _BELARUSIAN) & set(la + lb)
    x, y = _fold(la).translate(_LOOSE), _fold(lb).translate(_LOOSE)
    if x == y:
        return x != _fold(la) or y != _fold(lb)  # equal only once folded: ы and и, ґ and г
    if not marked or len(x) != len(y):
        return False
    belarusian = bool(_BELARUSIAN & set(la + lb))
    for c, d in zip(x, y, strict=True):
        if c == d or {c, d} == {"і", "и"}:
            continue
        if "і" in (c, d) and {c, d} - {"і"} <= {"о", "е"}:
            continue  # Підгорний, Подгорный
        if belarusian and {c, d} in ({"а", "о"}, {"я", "е"}):
            continue  # Машэраў, Машеров
        return False
    return True


_VOWELS = re.compile("[аоуыэяёюиеіїє]")


def _skeleton(word: str) -> str:
    """A surname's consonants, each vowel a mark: what its Russian and its Ukrainian or
    Belarusian spellings share (подгорный, підгорний: п*дг*рн**)."""
    return _VOWELS.sub("*", _fold(word.lower()).translate(_LOOSE))


def east_slavic_pairs(items: list[tuple[str, Identity]]) -> list[tuple[int, int]]:
    """Pairs of Cyrillic names whose surnames are one in Russian and in Ukrainian or
    Belarusian spelling (:func:`one_surname`), found through their skeletons."""
    buckets: dict[str, list[int]] = {}
    for i, (_, ident) in enumerate(items):
        if ident.script == "Cyrl" and ident.language in EAST_SLAVIC and ident.sources:
            buckets.setdefault(_skeleton(ident.sources[0]), []).append(i)
    out = []
    for members in buckets.values():
        for k, i in enumerate(members):
            for j in members[k + 1 :]:
                a, b = items[i][1].sources[0], items[j][1].sources[0]
                if _fold(a) != _fold(b) and one_surname(a, b):
                    out.append((i, j))
    return out


# a Russian surname's letters as Ukrainian may spell them (ы: и; и: и or і; о, е in a
# syllable the next consonant closes: і, Подгорный, Підгорний; ё: о after a sibilant, ьо
# else; э: е; ъ: the apostrophe), and its adjective ending (-ский, -ской: -ський)
_UK_LETTERS = {"ы": ("и",), "и": ("и", "і"), "э": ("е",), "ъ": ("'",), "ё": ("ьо", "о")}
_UK_ENDINGS = (("ский", "ський"), ("цкий", "цький"), ("ской", "ський"))
_CONSONANT = re.compile("[бвгджзйклмнпрстфхцчшщ]")
MAX_FORMS = 64  # Ukrainian forms of one Russian surname tried at most


@lru_cache(maxsize=20_000)
def ukrainian_forms(russian: str) -> tuple[str, ...]:
    """The ways Ukrainian may spell a Russian surname (Подгорный: Підгорний, Підгорний ...),
    the Russian spelling itself left out: candidates to meet a Ukrainian romanization."""
    from itertools import islice, product

    low = russian.lower()
    for ru, uk in _UK_ENDINGS:
        if low.endswith(ru):
            low = low[: -len(ru)] + uk
            break
    options = []
    for k, ch in enumerate(low):
        closed = bool(_CONSONANT.match(low[k + 1 : k + 2])) and (
            k + 2 == len(low) or bool(_CONSONANT.match(low[k + 2 : k + 3]))
        )
        if ch in "ое" and closed:
            options.append((ch, "і"))
        else:
            options.append(_UK_LETTERS.get(ch, (ch,)))
    forms = {"".join(p) for p in islice(product(*options), MAX_FORMS)}
    forms.discard(russian.lower())
    return tuple(sorted(f[:1].upper() + f[1:] for f in forms))
