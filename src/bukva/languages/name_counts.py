"""How common Russian name words are: how many persons bear each (data/ru-name-counts.tsv:
Wikidata person labels, CC0 1.0, via Merhav & Ash 2018, the development half;
tools/build_ru_name_counts.py), and how often Russian text uses each (data/ru-name-zipf.tsv.gz:
wordfreq's Russian list, CC BY-SA 4.0, the words OpenCorpora tags as names;
tools/build_ru_name_zipf.py).

Shared by the names layer (which of two readings is a name people bear) and the checker (a
capitalised Vasily is Василий, not василы, a plural the lexicon also has; Tatyana is Татьяна,
not Татяна, a variant it also lists)."""

from __future__ import annotations

import gzip
from functools import lru_cache

from .charmodel import DATA


@lru_cache(maxsize=1)
def name_counts() -> dict[str, int]:
    """Each name word (lower case) and how many persons bear it."""
    path = DATA / "ru-name-counts.tsv"
    rows = (line.split("\t") for line in path.read_text("utf-8").splitlines())
    return {r[0]: int(r[1]) for r in rows if len(r) == 2 and not r[0].startswith("#")}


def borne(cyr: str) -> int:
    """How many of Wikidata's persons bear the name word ``cyr`` (its development half)."""
    return name_counts().get(cyr.lower(), 0)


@lru_cache(maxsize=1)
def _name_zipf() -> dict[str, float]:
    raw = gzip.decompress((DATA / "ru-name-zipf.tsv.gz").read_bytes()).decode("utf-8")
    rows = (line.split("\t") for line in raw.splitlines() if not line.startswith("#"))
    return {word: float(z) for word, z in rows}


def name_words() -> list[str]:
    """The Russian name words Russian text uses (lower case): the keys of ``name_zipf``."""
    return list(_name_zipf())


def name_zipf(cyr: str) -> float:
    """How common the name word ``cyr`` is in Russian text (Zipf; 0 for a word Russian text
    does not use, or no name): Татьяна 4.5, Татяна 0. ё and е count as one letter."""
    table = _name_zipf()
    low = cyr.lower()
    return max(table.get(low, 0.0), table.get(low.replace("ё", "е"), 0.0))
