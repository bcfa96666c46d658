"""An index's subject headings and other English phrases, which are no person's name (Anshan
steel works, Treaty of Friendship)."""

from __future__ import annotations

_PARTICLES = frozenset("de du da di del della van von der den ter la le al el bin ibn y".split())
ENGLISH_WORD = 4.0  # Zipf: a word in lower case this common in English is English's


def english_phrase(text: str) -> bool:
    """Whether a Latin name has a word in lower case that is a common English word (steel,
    works, of; not a particle, de, von)."""
    from ..languages.english import english

    return any(
        w.islower() and len(w) > 1 and w not in _PARTICLES and english(w) >= ENGLISH_WORD
        for w in (t.strip(".,;:()'’\"") for t in text.split())  # Wen-ch'un is one word
    )
