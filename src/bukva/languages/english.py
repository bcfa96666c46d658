"""How common a word is in English (wordfreq's frequencies): what is English text, not a
romanization."""

from __future__ import annotations

from functools import cache, lru_cache


@cache
def _zipf():
    from wordfreq import zipf_frequency

    return zipf_frequency


@lru_cache(maxsize=200_000)
def english(word: str) -> float:
    """How common ``word`` is in English (Zipf scale, 0 if unknown)."""
    return _zipf()(word.lower(), "en")
