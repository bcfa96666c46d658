"""An English name as Russian writes it, heard by its pronunciation (White Уайт, Coleman
Коулмен, Hodgson Ходжсон, Moore Мур), where its letters mislead (wh, ow, oo, dg, a silent e).

The pronunciation is the CMU Pronouncing Dictionary's (data/en-pronunciations.tsv.gz, built by
tools/build_en_pronunciations.py); each English sound is written as Russian's practical
transcription of English writes it, by sound with the spelling's help: Д. И. Ермолович,
"Имена собственные: теория и практика межъязыковой передачи" (2005), table of English
phonemes; Р. С. Гиляревский, Б. А. Старостин, "Иностранные имена и названия в русском
тексте" (1985). Each sound has the classes of :mod:`bukva.names.sound_classes` it may be
written with (the reduced vowel of Coleman as the spelling has it; h х or nothing, Hume Хьюм and
Юм; w у, or в in older usage, Вильсон).
"""

from __future__ import annotations

import gzip
import re
from functools import cache, lru_cache

from ..languages.charmodel import DATA
from .spelling_keys import collapse

MAX_KEYS = 2048
# each ARPAbet sound and the sound classes Russian writes it with, the commonest first
SOUNDS: dict[str, tuple[str, ...]] = {
    "AW": ("AU", "OU"),  # Rouse Раус, Soule Соул
    "AY": ("AI",),  # White Уайт, Wild Уайлд
    "EH": ("E", "Ä"),  # Welles Уэллс, Head Хэд
    "EY": ("EI", "ÄI"),  # Waite Уэйт, Lacey Лэйси
    "IY": ("I",),  # Greenspan Гринспен
    "OW": ("OU", "O"),  # Crowe Кроу, Coleman Коулмен, Salome Саломе
    "OY": ("OI",),  # Lovejoy Лавджой
    "UH": ("U",),  # Moore Мур
    "B": ("B",),
    "CH": ("Č",),
    "D": ("D",),
    "DH": ("D", "Z"),
    "F": ("F",),
    "G": ("G",),
    "HH": ("H", ""),  # Hume Хьюм and Юм (г, Гарриман, is older usage: the letters' rule)
    "JH": ("DŽ",),  # Hodgson Ходжсон
    "K": ("K",),
    "L": ("L",),
    "M": ("M",),
    "N": ("N",),
    "NG": ("NG",),  # Canning Каннинг (н only before к, г: Frank Франк)
    "P": ("P",),
    "R": ("R",),
    "S": ("S",),
    "SH": ("Š",),
    "T": ("T",),
    "TH": ("T", "S"),  # Smith Смит, Katherine Кэтрин
    "V": ("V",),
    "W": ("U", "V"),  # Wainwright Уэйнрайт, older Вильсон
    "Y": ("I",),  # й: Hume Хьюм, Yates Йейтс
    "Z": ("Z", "S"),  # the spelling's s: Owens Оуэнс, Welles Уэллс
    "ZH": ("Ž",),
}
# the vowels Russian writes as the spelling has them: each with the classes it always may be,
# and those a letter of its spelling allows (the reduced vowel of Coleman, Larson, Philippa is
# а, о, а: Коулмэн, Ларсон, Филиппа, not Ларсен, Филиппи)
SPELT: dict[str, tuple[tuple[str, ...], dict[str, tuple[str, ...]]]] = {
    # Tania Таня; Dodd Додд, Watts Уоттс, Laughlin Лофлин
    "AA": (("A",), {"o": ("O",), "w": ("O",), "u": ("O",)}),
    "AE": (("Ä", "A"), {}),  # Alberts Альбертс; never е after a consonant: Bakker Беккер
    "AH1": (("A",), {"o": ("O",), "u": ("U",)}),  # stressed: Dulles Даллес, Lovejoy Лавджой
    "AH": (
        (),
        {"a": ("A", "Ä"), "e": ("E", "Ä"), "i": ("I",), "y": ("I",), "o": ("O",), "u": ("U", "A")},
    ),
    "AO": (("O",), {"w": ("OU",)}),  # Call Колл, Hawes Хоуз; Boro is no Барро
    "ER": (
        ("ER", "ÖR"),
        {"a": ("AR",), "u": ("AR", "UR"), "i": ("IR",), "y": ("IR",), "o": ("OR",)},
    ),  # Kirkland Керкленд, Byrd Бёрд
    "IH": (("I",), {"e": ("E",)}),  # Wick Уик
    "UW": (("U",), {"e": ("IU",), "u": ("IU",)}),  # Newman Ньюмен, Duke Дьюк (Hume: y is й)
}
_OTHER_VOWELS = frozenset(("AW", "AY", "EH", "EY", "IY", "OW", "OY", "UH"))
# after ж, ш, ч, дж Russian writes е, not э; a word's first vowel is э (class E): Джек, Энн
_HUSHING = frozenset(("CH", "JH", "SH", "ZH"))
_SYLLABIC_LE = re.compile("[bcdfgkpstz]le")  # Kimble, Applegate, Tuttle: кимбл, эпплгейт
_LETTER_VOWELS = "aeiouy"


def _vowel_groups(word: str) -> list[tuple[int, str]]:
    """The spelling's vowel letters, each run of them one group with where it starts: w and
    y after a vowel end it (Rowley's ow, Lacey's ey, Crowe's ow and a final e); a w before a
    vowel after no vowel begins it (Watts's wa); an initial y before a vowel is a consonant
    (Yates)."""
    groups: list[tuple[int, str]] = []
    run = ""
    for k, c in enumerate(word):
        if c in "wy" and run:
            groups.append((k - len(run), run + c))  # aw, ow, ew, ay, ey, oy
            run = ""
        elif c == "w" and word[k + 1 : k + 2] in tuple("aeiou"):
            run = "w"
        elif c in _LETTER_VOWELS and not (c == "y" and k == 0 and word[1:2] in "aeiou"):
            run += c
        elif run:
            groups.append((k - len(run), run))
            run = ""
    return [*groups, (len(word) - len(run), run)] if run else groups


def _vowel_classes(sound: str, letters: str, place: str = "") -> tuple[str, ...]:
    """The classes of a vowel sound spelt ``letters``; ``place`` "end" where they end the
    word (a final a is а: Maura Маура, Philippa Филиппа), "man" in a final -man, -ham."""
    always, spelt = SPELT[sound]
    if place == "man" and sound == "AH":
        return ("A", "Ä", "E")  # -man, -ham: Newman Ньюмен, Coleman Коулмэн, Goldman Голдман
    if place == "end" and letters.endswith("a"):
        return ("A",)
    extra = [c for letter in letters for c in spelt.get(letter, ())]
    return tuple(dict.fromkeys((*always, *extra))) or ("A", "E", "O", "U", "I", "Ä")


def _classes(word: str, phones: list[str]) -> list[tuple[str, ...]]:
    """Each sound's classes, the vowels as the spelling has them: the n-th vowel sound with
    the n-th vowel group where their counts agree (a final silent e aside), else with any of
    the word's vowel letters."""
    groups = _vowel_groups(word)
    vowels = [p for p in phones if p in SPELT or p in _OTHER_VOWELS]
    if len(groups) == len(vowels) + 1 and groups[-1][1] == "e" and word.endswith("e"):
        groups = groups[:-1]  # Crowe, Hume: the final e unsounded
    aligned = len(groups) == len(vowels)
    everything = "".join(g for _, g in groups)
    out = []
    at = 0
    for k, p in enumerate(phones):
        if p in ("AE", "EH") and (k == 0 or phones[k - 1] in _HUSHING):
            out.append(("E", "A") if p == "AE" else ("E",))  # Anne Энн, Chastain Честейн
        elif p in SPELT and aligned:
            start, letters = groups[at]
            place = ""
            if at == len(groups) - 1 and word.endswith(("man", "ham")):
                place = "man"
            elif at == len(groups) - 1 and word.endswith(letters):
                place = "end"
            classes = _vowel_classes(p, letters, place)
            if p == "AH" and _SYLLABIC_LE.match(word, start - 2):
                classes += ("",)  # the e of -ple, -ble, -tle unwritten: Kimble Кимбл
            out.append(classes)
        elif p in SPELT:
            out.append(_vowel_classes(p, everything))
        elif p == "NG" and k + 1 < len(phones) and phones[k + 1] in ("K", "G"):
            out.append(("N",))
        else:
            out.append(SOUNDS.get(p, ("",)))
        at += p in SPELT or p in _OTHER_VOWELS
    return out


@cache
def _dictionary() -> dict[str, str]:
    raw = gzip.decompress((DATA / "en-pronunciations.tsv.gz").read_bytes()).decode("utf-8")
    return dict(line.split("\t", 1) for line in raw.splitlines() if not line.startswith("#"))


def pronunciations(word: str) -> tuple[str, ...]:
    """The CMU dictionary's pronunciations of an English word, sounds apart by spaces
    (``coleman``: ``K OW L M AH N``); () where it has none. A name in Mc or Mac has its rest's
    pronunciations too, after Mac (McLaughlin: the dictionary's G and K, and Laughlin's F:
    Маклафлин)."""
    low = word.lower()
    found = _dictionary().get(low)
    out = tuple(found.split("|")) if found else ()
    prefix = _MAC.match(low)
    rest = _dictionary().get(low[prefix.end() :]) if prefix else None
    if rest:
        out += tuple(p for p in (f"M AH K {r}" for r in rest.split("|")) if p not in out)
    return out


_MAC = re.compile("ma?c(?=[^aeiouy]..)")


@lru_cache(maxsize=20_000)
def english_keys(word: str) -> frozenset[str]:
    """The sound-class keys of a name as Russian writes its English pronunciation (frozenset()
    where the dictionary lacks it, or it reads in more ways than ``MAX_KEYS``)."""
    keys: set[str] = set()
    low = word.lower()
    for phones in pronunciations(low):
        found = {""}
        for classes in _classes(low, phones.split()):
            found = {k + c for k in found for c in classes}
            if len(found) > MAX_KEYS:
                return frozenset()
        keys |= {collapse(k) for k in found}
    return frozenset(keys)
