"""A Russian surname and its Belarusian form in Latin letters (Lukashenka = Лукашенко,
Masherau = Машеров, Charnushenka = Чернушенко): a Minsk archive, a Belarusian passport or an
English book that follows them writes a Belarusian's name as Belarusian spells it, a Soviet
file in Russian.

The Latin is read back by the Belarusian tables (BGN/PCGN, ALA-LC), and the national and
passport forms' u for ў and ia, ie, iu for я, е, ю as those tables' w, ya, ye, yu. The reading
is one name with the Russian where Belarusian spelling accounts for every letter that differs
(the Belarusian Academy's orthography, "Правілы беларускай арфаграфіі і пунктуацыі", 2008):
unstressed о written а and е written я (akanye, yakanye); е, и after the hardened ж, ч, ш, ц,
р written э or а, ы; и written і; в closing a syllable written ў; soft д, т written дз, ц;
щ written шч; -ский, -цкий, -ий, -ый written -скі, -цкі, -і, -ы. One а for о alone (Kamarov for
Комаров) is no evidence; a mark of Belarusian spelling must be there: ў, дз or ц for д or т,
э or а after a hardened consonant, я for е, the -і endings, -ка for -ко, or two а for о
(Karatkevich, Короткевич).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from .verdict import Match

_HARD = frozenset("жчшщцр")
_SOFT_NEXT = frozenset("еёиюяь")
_VOWELS = frozenset("аеёиоуыэюяі")
# the Belarusian form of a Russian adjective ending: (Russian, Belarusian)
_ENDINGS = (("ский", "скі"), ("цкий", "цкі"), ("ской", "скі"), ("ий", "і"), ("ый", "ы"))


def _options(russian: str) -> list[tuple[tuple[str, float], ...]]:
    """For each letter of the Russian surname, what Belarusian may write there, each with
    how much of a mark of Belarusian spelling it is (an а for о half, a final -ка whole)."""
    low = russian.lower()
    tail: list[tuple[tuple[str, float], ...]] = []
    for ru, be in _ENDINGS:
        if low.endswith(ru):
            low, tail = low[: -len(ru)], [((be, 1.0), (ru, 0.0))]
            break
    out = []
    for k, ch in enumerate(low):
        prev = low[k - 1] if k else ""
        nxt = low[k + 1] if k + 1 < len(low) else ""
        hard = prev in _HARD
        if ch == "о":
            final = k == len(low) - 1 and prev == "к"  # Лукашенко: Лукашэнка
            opts = (("о", 0.0), ("а", 1.0 if final else 0.5))
        elif ch == "е":
            soft = (("е", 0.0), ("я", 1.0), ("э", 0.0))  # BGN/PCGN's e is е and э alike
            opts = (("э", 1.0), ("а", 1.0), ("е", 0.0)) if hard else soft
        elif ch == "и":
            opts = (("ы", 1.0), ("і", 0.0)) if hard else (("і", 0.0), ("и", 0.0))
        elif ch == "в" and nxt not in _VOWELS:
            opts = (("ў", 1.0), ("в", 0.0))
        elif ch in "дт" and nxt in _SOFT_NEXT:
            opts = (("дз" if ch == "д" else "ц", 1.0), (ch, 0.0))
        elif ch == "щ":
            opts = (("шч", 0.0),)
        elif ch == "ё":
            opts = (("ё", 0.0), ("о", 0.0))
        elif ch in "ьъ":
            opts = (("", 0.0),)
        else:
            opts = ((ch, 0.0),)
        out.append(opts)
    return out + tail


def _plain(read: str) -> str:
    """A reading's y after a consonant and before another as ы, which it is (Bykau: быкаў)."""
    return re.sub("(?<=[бвгджзклмнпрстфхцчшщў])й(?=[^аеёиоуыэюяі])", "ы", read.lower())


def same_in_belarusian(belarusian: str, russian: str) -> bool:
    """Whether the Cyrillic ``belarusian`` (a reading of a Latin name) is ``russian`` as
    Belarusian spells it, with at least one mark of Belarusian spelling."""
    target = re.sub("[ьъ'’ʼ]", "", _plain(belarusian))
    options = _options(russian)

    @cache
    def walk(k: int, at: int) -> float:  # the most marks a full reading from here has, or -1
        if k == len(options):
            return 0.0 if at == len(target) else -1.0
        best = -1.0
        for text, mark in options[k]:
            if target.startswith(text, at):
                rest = walk(k + 1, at + len(text))
                if rest >= 0:
                    best = max(best, rest + mark)
        return best

    return walk(0, 0) >= 1


_U_FOR_W = re.compile(r"(?<=[aeiouy])u(?=[^aeiouy]|$)")
_I_GLIDE = re.compile(r"(?<=[^aeiouy\W])i(?=[aeou])")
_W_FOR_V = re.compile(r"w(?=[aeiouy])")  # Łacinka's w for в (Woranau)
_J_GLIDE = re.compile(r"j(?=[aeiou])")
# the national system's and Łacinka's letters as BGN/PCGN's (Lukašenka, Siarhiejeŭ)
_NATIONAL = str.maketrans(
    {
        "š": "sh",
        "ž": "zh",
        "č": "ch",
        "ŭ": "w",
        "ć": "ts",
        "ś": "s",
        "ź": "z",
        "ń": "n",
        "ĺ": "l",
        "ł": "l",
    }
)


@lru_cache(maxsize=20_000)
def belarusian_readings(latin: str) -> tuple[str, ...]:
    """The Belarusian Cyrillic a Latin surname reads back as by the Belarusian tables, its
    national and passport letters (Masherau, Siarheyeu, Lukašenka) taken as theirs."""
    from ..api import reverse

    low = latin.lower()
    plain = _W_FOR_V.sub("v", low).translate(_NATIONAL)
    plain = _I_GLIDE.sub("y", _U_FOR_W.sub("w", _J_GLIDE.sub("y", plain)))
    out = []
    for v in dict.fromkeys((plain, low)):  # the national and passport letters read first
        for system in ("bgn-pcgn", "ala-lc", "iso9"):
            try:
                read = reverse(v, lang="be", system=system)
            except Exception:  # a letter the table has no value for
                continue
            if read not in out and re.fullmatch("[\u0400-\u04ff'’ʼ]+", read):
                out.append(read)
    return tuple(out)


# what Belarusian writes, and the Russian letters it may stand for (the module's rules turned
# round); the ending first
_RUSSIAN_ENDINGS = (("скі", ("ский",)), ("цкі", ("цкий",)), ("і", ("ий",)), ("ы", ("ый", "ой")))
_RUSSIAN_LETTERS = {
    "а": ("а", "о"),
    "я": ("я", "е"),
    "э": ("е",),
    "і": ("и",),
    "ы": ("ы", "и"),
    "ў": ("в",),
    "ц": ("ц", "т"),
    "ё": ("ё", "е"),
    "ǳ": ("д", "дз"),  # дз, one letter here
}
MAX_CHOICES = 10  # letters of two readings at most in one name (2 ** 10 spellings tried)


def russian_of(belarusian: str) -> str | None:
    """The Russian surname a Belarusian one is (Лукашэнка: Лукашенко; Машэраў: Машеров): of
    the spellings the rules allow, the one Wikidata's persons bear most or Russian text uses
    most; None where no spelling is a name either knows."""
    from itertools import product

    from ..languages.name_counts import borne, name_zipf

    low = _plain(belarusian).replace("дз", "ǳ").replace("шч", "щ")
    tail: tuple[str, ...] = ("",)
    for be, ru in _RUSSIAN_ENDINGS:
        if low.endswith(be) and len(low) > len(be) + 2:
            low, tail = low[: -len(be)], ru
            break
    options = [_RUSSIAN_LETTERS.get(c, (c,)) for c in low]
    if sum(len(o) > 1 for o in options) > MAX_CHOICES:
        return None
    found = []
    for letters in product(*options):
        for end in tail:
            word = "".join(letters) + end
            count, zipf = borne(word), name_zipf(word)
            if (count or zipf) and same_in_belarusian(belarusian, word):
                found.append((count, zipf, word))
    if not found:
        return None
    word = max(found)[2]
    return word[:1].upper() + word[1:]


_LOOK = re.compile(r"[aeo][uwŭ]$|[aeo][uŭ](?=sk)|enka$|anka$|dz|ia|ie|ya|ye")


def belarusian_name(latin: str) -> tuple[str, str] | None:
    """(its Belarusian Cyrillic, the Russian name) for a Latin surname that looks Belarusian
    (-au, -enka, dz, ia ...) and reads as the Belarusian form of a Russian name persons bear
    (Lukashenka: Лукашэнка, Лукашенко); None for any other."""
    if not looks_belarusian(latin):
        return None
    for read in belarusian_readings(latin):
        russian = russian_of(read)
        if russian is not None:
            form = _plain(read)
            return form[:1].upper() + form[1:], russian
    return None


def looks_belarusian(latin: str) -> bool:
    """Whether a Latin surname has what Belarusian forms have and Russian ones seldom do."""
    return bool(_LOOK.search(latin.lower()))


@lru_cache(maxsize=20_000)
def in_belarusian(latin_surname: str, russian_surname: str) -> str | None:
    """The Belarusian form the Latin surname is of the Russian one (Lukashenka: Лукашэнка,
    of Лукашенко), or None."""
    for read in belarusian_readings(latin_surname):
        if same_in_belarusian(read, russian_surname):
            return _plain(read)
    return None


def belarusian_match(latin_surname: str, russian_surname: str) -> Match | None:
    """A Match where the Latin surname is the Russian one's Belarusian form, else None."""
    form = in_belarusian(latin_surname, russian_surname)
    if form is None:
        return None
    form = form[:1].upper() + form[1:]
    said = f"{latin_surname} is {form}, the Belarusian spelling of {russian_surname}"
    return Match(0.9, True, said)
