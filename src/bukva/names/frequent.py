"""A romanized Russian name read back as the name word Russian text uses, where the reading a
system gives is none: Stetsenko is Стеценко (a surname Russian text uses), not Стэценко, which
ALA-LC's book form also writes so; Melnichuk, in a system that leaves out the soft sign,
Мельничук. The name words are OpenCorpora's with their frequency in Russian text
(``data/ru-name-zipf.tsv.gz``: wordfreq's Russian list)."""

from __future__ import annotations

from functools import lru_cache

_PER_SYSTEM = 8  # candidates of each system looked at, best first
MIN_ZIPF = 2.0  # a name word Russian text uses about once in 100 million words or more (котоне,
# 1.1, a stray of wordfreq's list, is none: Kotone stays Котонэ, a Japanese name)
# the systems English-language books and catalogs write Russian names in; German, Polish, Czech
# and French spellings read back otherwise are other languages' names as often (Misiano is no
# Мизиано)
_SYSTEMS = ("ala-lc", "ala-lc-book", "bgn-pcgn", "popular")


@lru_cache(maxsize=20_000)
def frequent_name(word: str, read: str) -> str | None:
    """The commonest name word (lower case) that a system of English-language books writes
    exactly as ``word`` (a round trip), where ``read``, the word's reading back, is no word of
    the lexicon nor a name word Russian text uses, and the word no Japanese name's; else None."""
    from ..checker.recognize import _lexicon_entry
    from ..languages.name_counts import name_zipf
    from ..reading_back import reverse_candidates
    from .japanese import japanese_looking

    low = read.lower()
    if not word[:1].isupper() or name_zipf(low) > 0 or _lexicon_entry(low) is not None:
        return None
    if japanese_looking(word):
        return None
    best: tuple[float, str] | None = None
    for system in _SYSTEMS:
        for c in reverse_candidates(word, "ru", system)[:_PER_SYSTEM]:
            cyr = c.text.lower()
            zipf = name_zipf(cyr)
            if c.round_trip and zipf >= MIN_ZIPF and (best is None or zipf > best[0]):
                best = (zipf, cyr)
    return best[1] if best else None
