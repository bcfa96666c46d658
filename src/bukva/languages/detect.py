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
    letters = Counter(ch for ch in text.lower() if _CYRILLIC.match(ch))
    if not letters:
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
    if not russian_only and _INNER_HARD_SIGN.search(text.lower()):
        return Detection("bg", False, "ъ inside words and no ы, э or ё: Bulgarian")
    return Detection("ru", bool(russian_only), "Russian letters only")
