"""Which Cyrillic language a text is in, from the letters only some alphabets have."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_INNER_HARD_SIGN = re.compile(r"[\u0400-\u04ff]ъ[\u0400-\u04ff]")

# Letters that point to one language (lower case); the first rule that matches wins.
_SIGNS: list[tuple[str, str, str]] = [
    ("ru", "ѣѳѵ", "pre-1918 Russian letters"),
    ("be", "ў", "ў is Belarusian"),
    ("uk", "ґєї", "ґ, є and ї are Ukrainian"),
    ("sr", "ђћџ", "ђ, ћ and џ are Serbian"),
    ("mk", "ѓќѕ", "ѓ, ќ and ѕ are Macedonian"),
]


@dataclass(frozen=True)
class Detection:
    """A language guess: the code, whether it rests on letters only that language has, and why."""

    lang: str
    certain: bool
    evidence: str


def detect(text: str) -> Detection:
    """Guess the Cyrillic language of ``text`` (ru, uk, be, bg, sr, mk)."""
    sample = text[:SAMPLE].lower()
    total = len(_CYRILLIC.findall(sample))
    letters = Counter({c: sample.count(c) for c in _TELLING}) if total else Counter()
    if not total:
        return Detection("ru", False, "no Cyrillic letters")
    for lang, signs, why in _SIGNS:
        found = [c for c in signs if letters[c]]
        if found:
            return Detection(lang, True, f"{why} (found {', '.join(found)})")
    russian_only = [c for c in "ыэё" if letters[c]]
    if letters["і"]:
        if russian_only:
            return Detection("be", False, f"і with {', '.join(russian_only)}: Belarusian")
        return Detection("uk", False, "і without ы or э: Ukrainian")
    if letters["ј"] or letters["љ"] or letters["њ"]:
        return Detection("sr", False, "ј, љ or њ: Serbian or Macedonian")
    if not russian_only and _INNER_HARD_SIGN.search(sample):
        return Detection("bg", False, "ъ inside words and no ы, э or ё: Bulgarian")
    if russian_only:
        return Detection("ru", True, f"{', '.join(russian_only)}: Russian letters only")
    # no letter of another alphabet and none of theirs missing from Russian: a text of some
    # length is Russian; a word or two could still be Bulgarian or Ukrainian
    return Detection("ru", total >= SURE_LENGTH, "Russian letters only")


_RU = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
# each language's letters (lower case), the old orthographies' too: what reading romanized
# text back by a system that serves several alphabets (ISO 9) may write
ALPHABETS: dict[str, frozenset[str]] = {
    "ru": frozenset(_RU + "іѣѳѵ"),
    "uk": frozenset(_RU.translate(str.maketrans("", "", "ёъыэ")) + "ґєії"),
    "be": frozenset(_RU.translate(str.maketrans("", "", "ищъ")) + "іў"),
    "bg": frozenset(_RU.translate(str.maketrans("", "", "ёыэ")) + "ѣѫѭ"),
    "sr": frozenset("абвгдђежзијклљмнњопрстћуфхцчџш"),
    "mk": frozenset("абвгдѓежзѕијклљмнњопрстќуфхцчџш"),
}

SAMPLE = 200_000  # characters read: the letters that tell show up long before
_TELLING = "".join(signs for _, signs, _ in _SIGNS) + "ыэёіјљњъ"
SURE_LENGTH = 12  # Cyrillic letters without another alphabet's sign that make Russian sure
