"""A German name as Russian writes it, by the practical transcription of German (Schäfer
Шефер, Böhme Бёме, Reich Райх): what reading a name back gives where its letters are German
spelling's and no Russian system reads it as a Russian word. The rules, the marks of German
spelling and sample pairs are data (data/de-practical.toml)."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache, lru_cache

from ..languages.charmodel import DATA
from .russian import RUSSIAN_ENDING, romanized_letters

_VOWEL = "[aeiouyäöü]"
_CONSONANT = "[b-df-hj-np-tv-zß]"


@cache
def _table() -> dict:
    return tomllib.loads((DATA / "de-practical.toml").read_text("utf-8"))


@cache
def _rules() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The rules as one pattern of numbered alternatives, first listed first, and their
    Cyrillic."""
    rules = _table()["rules"]
    body = "|".join(
        f"(?P<r{k}>{p.replace('V', _VOWEL).replace('C', _CONSONANT)})"
        for k, (p, _) in enumerate(rules)
    )
    return re.compile(body), tuple(c for _, c in rules)


def _plain(word: str) -> str:
    low = unicodedata.normalize("NFC", word.lower())
    return low if low.isalpha() and all(c.isascii() or c in "äöüß" for c in low) else ""


def german_looking(word: str) -> bool:
    """Whether a Latin word is written as German spells names: Schäfer, Schultze, Altmann,
    Bechstein; not Andreas, Ribeiro, Troubetzkoy."""
    low = _plain(word)
    least, marks, not_german = _marks()
    return len(low) >= least and marks.search(low) is not None and not_german.search(low) is None


@cache
def _marks() -> tuple[int, re.Pattern[str], re.Pattern[str]]:
    table = _table()
    return table["least"], re.compile(table["marks"]), re.compile(table["not_german"])


@lru_cache(maxsize=4096)
def german_transcription(word: str) -> str | None:
    """``word`` in Cyrillic by the practical transcription of German, in lower case; None
    where it has a letter German spelling lacks."""
    low = _plain(word)
    if not low:
        return None
    pattern, cyrillic = _rules()
    out, at = [], 0
    while at < len(low):
        m = pattern.match(low, at)
        if m is None or m.end() == at:
            return None
        out.append(cyrillic[int(m.lastgroup[1:])])  # type: ignore[index]
        at = m.end()
    return "".join(out)


def german_name(latin: str, read: str = "") -> str | None:
    """The Cyrillic (lower case) of a capitalised German-looking name, where its reading back
    ``read`` is no word of the Russian lexicon and has no Russian surname's ending (Chruschtschow
    is Хрущёв by the German system), or it has a letter no Russian system writes (Schäfer is
    no шафер); else None."""
    from ..checker.recognize import _lexicon_entry

    low = read.lower()
    if not latin[:1].isupper() or not german_looking(latin):
        return None
    letters = romanized_letters()
    own = any(c not in letters for c in latin.lower() if c.isalpha())
    if low and not own and (_lexicon_entry(low) or RUSSIAN_ENDING.search(low)):
        return None
    return german_transcription(latin)
