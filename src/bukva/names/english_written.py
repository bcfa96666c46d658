"""An English name written in Cyrillic from its pronunciation (Jackson Джексон, Snow Сноу,
Davies Дейвис, Cabot Кэбот), where Wikidata's persons bear no Russian name it sounds as.

The pronunciation is the CMU Pronouncing Dictionary's; each sound takes the first of the
classes :mod:`bukva.names.english` gives it (the reduced vowels as the spelling has them),
written by Russian's practical transcription of English: Д. И. Ермолович, "Имена
собственные: теория и практика межъязыковой передачи" (2005), table of English phonemes;
Р. С. Гиляревский, Б. А. Старостин, "Иностранные имена и названия в русском тексте" (1985).
Conventions followed: э at a word's start and after a vowel, е after a consonant; ай, ау,
ей, ой, оу; ю, ью after a consonant; w у (Уэллс); y before a vowel iotates it (Yates Йейтс);
a consonant the spelling doubles written twice (Kennan Кеннан, Dulles Даллес). Where a sound
may be written several ways (Macnamara's stressed a: э or а), the form Wikidata's persons bear
most in Russian is taken where the likeliest is no name persons bear.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import islice, product

from ..languages.name_counts import name_counts
from .english import _classes, pronunciations

_CONSONANTS = {
    "B": "б", "Č": "ч", "D": "д", "DŽ": "дж", "F": "ф", "G": "г", "H": "х", "K": "к",
    "L": "л", "M": "м", "N": "н", "NG": "нг", "P": "п", "R": "р", "S": "с", "Š": "ш",
    "T": "т", "V": "в", "Z": "з", "Ž": "ж",
}  # fmt: skip
# each vowel class: at a word's start or after a vowel, and after a consonant
_VOWELS = {
    "A": ("а", "а"), "O": ("о", "о"), "U": ("у", "у"), "I": ("и", "и"), "E": ("э", "е"),
    "Ä": ("э", "э"), "AI": ("ай", "ай"), "AU": ("ау", "ау"), "EI": ("эй", "ей"),
    "ÄI": ("эй", "эй"), "OI": ("ой", "ой"), "OU": ("оу", "оу"), "IU": ("ю", "ью"),
    "ER": ("эр", "ер"), "ÖR": ("эр", "ёр"), "AR": ("ар", "ар"), "UR": ("ур", "ур"),
    "IR": ("ир", "ир"), "OR": ("ор", "ор"),
}  # fmt: skip
# a vowel after y: at a word's start or after a vowel, and after a consonant (after ь)
_IOTATED = {"а": "я", "у": "ю", "ю": "ю", "э": "йе", "е": "йе", "ё": "йо", "о": "йо", "и": "йи"}
_SOFTENED = {"а": "я", "у": "ю", "ю": "ю", "э": "е", "е": "е", "ё": "ё", "о": "о", "и": "и"}
# the letters each consonant sound may be spelt with, to find where the spelling doubles it
_SPELT = {
    "B": "b", "CH": "ct", "D": "d", "DH": "t", "F": "fpg", "G": "gx", "HH": "hw", "JH": "jgd",
    "K": "ckqx", "L": "l", "M": "m", "N": "nk", "NG": "n", "P": "p", "R": "r", "S": "scxz",
    "SH": "sct", "T": "td", "TH": "t", "V": "vfw", "Z": "zsx", "ZH": "sgz",
}  # fmt: skip
_DOUBLING = frozenset("bdfglmnprstz")
_SEMIVOWELS = ("W", "Y")
_MOST = 64  # readings weighed at most, per pronunciation


def _doubled(word: str, phones: list[str]) -> list[bool]:
    """For each sound, whether the spelling writes it with a doubled letter (Kennan's nn),
    by walking the letters alongside the sounds."""
    out, at = [], 0
    for p in phones:
        if p == "Y":  # spelt with the vowel after it (Hume's u) or a y the vowel skips
            out.append(False)
            continue
        if p == "W":  # Watts's w, Stilwell's: the letter itself, where it is next
            at += word[at : at + 2].find("w") + 1 if "w" in word[at : at + 2] else 0
            out.append(False)
            continue
        letters = _SPELT.get(p)
        if letters is None:  # a vowel: past the next vowel letters
            while at < len(word) and word[at] not in "aeiouy":
                at += 1
            while at < len(word) and word[at] in "aeiouy":
                at += 1
            out.append(False)
            continue
        found = next((j for j in range(at, min(at + 4, len(word))) if word[j] in letters), None)
        if found is None:
            out.append(False)
            continue
        twice = found + 1 < len(word) and word[found + 1] == word[found] in _DOUBLING
        out.append(twice)  # (a y sound after it undoes it: William Уильям, below)
        # x is k and s: the next sound is spelt by it too
        at = found if word[found] == "x" else found + 1 + twice + (word[found : found + 2] == "ck")
    return [d and phones[k + 1 : k + 2] != ["Y"] for k, d in enumerate(out)]


def _render(phones: list[str], classes: tuple[str, ...], doubled: list[bool]) -> str:
    """One reading, a class chosen per sound, in Cyrillic."""
    out = ""
    after_vowel = True  # a word's start is written as after a vowel: Энн, Эйвери
    iotate = ""  # "й" after y before a vowel; "ь" after a consonant and y
    for p, cls, twice in zip(phones, classes, doubled, strict=True):
        if p == "Y":
            iotate = "й" if after_vowel else "ь"
            continue
        if p == "W":
            out += "у"
            after_vowel, iotate = True, ""
            continue
        if cls in _VOWELS:
            start, inner = _VOWELS[cls]
            written = start if after_vowel else inner
            if iotate:  # Young Янг, Yates Йейтс; Hume Хьюм
                table = _IOTATED if iotate == "й" else _SOFTENED
                written = ("ь" if iotate == "ь" else "") + table[start[0]] + start[1:]
            out += written
            after_vowel, iotate = True, ""
            continue
        if iotate:
            out += "й" if iotate == "й" else ""
            iotate = ""
        letter = _CONSONANTS.get(cls, "")
        out += letter * (2 if twice else 1)
        after_vowel = not letter and after_vowel
    return out + ("й" if iotate == "й" else "")


@lru_cache(maxsize=4096)
def english_written(latin: str) -> str | None:
    """``latin``, an English word the CMU dictionary has, in Cyrillic (lower case) as
    Russian writes its pronunciation (the dictionary's first, its commonest): of the readings
    its sounds allow, the likeliest where persons bear it, else the one Wikidata's persons bear
    most, else the likeliest; None where the dictionary lacks it."""
    low = latin.lower()
    found = pronunciations(low)
    if not found:
        return None
    phones = found[0].split()
    options = [_options(low, phones, k, cls) for k, cls in enumerate(_classes(low, phones))]
    doubled = _doubled(low, phones)
    readings = [_render(phones, c, doubled) for c in islice(product(*options), _MOST)]
    counts = name_counts()
    if counts.get(readings[0], 0):
        return readings[0]  # the likeliest reading, a name persons bear: Newman Ньюман
    return max(enumerate(readings), key=lambda kr: (counts.get(kr[1], 0), -kr[0]))[1]


def _options(word: str, phones: list[str], k: int, classes: tuple[str, ...]) -> tuple[str, ...]:
    """The classes sound ``k`` is written with, the likeliest first: an o, w or u spelling of
    the open a is о (Dodd Додд, Boxer Боксер, Watts Уоттс); h is х; the last vowel's r-sound
    as spelt (Taylor Тейлор, Forrestal); a final z spelt s is с (Byrnes Бирнс, Davies
    Дейвис)."""
    phone = phones[k]
    if phone in _SEMIVOWELS:
        return (phone,)
    if phone == "HH":
        return ("H",)  # х: Hughes Хьюз (not Юс, a borne name that drops it)
    first: tuple[str, ...] = ()
    if phone == "AA":
        first = ("O",)
    elif phone == "UW" and ("ew" in word or "eu" in word) and phones[k - 1 : k] != ["R"]:
        first = ("IU",)  # spelt ew: ю (Newman Ньюман, Dewey Дьюи; Truman Труман)
    elif phone == "ER" and not any(p[:1] in "AEIOU" for p in phones[k + 1 :]):
        first = ("AR", "OR", "IR", "UR")
    elif phone == "Z" and k == len(phones) - 1 and word.endswith("s"):
        first = ("S",)
    ahead = tuple(c for c in first if c in classes)
    return (*ahead, *(c for c in classes if c not in ahead)) or ("",)
