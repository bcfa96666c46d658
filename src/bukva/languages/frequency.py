"""How common a word is in a language (wordfreq's Zipf scale): a word of the text's own
language, not a romanized name."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    """How common ``word`` is in ``lang`` (Zipf scale, 0 if unknown): Tu, Pan, Jen in Czech;
    И, На, Или in Russian."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word.lower(), lang)
