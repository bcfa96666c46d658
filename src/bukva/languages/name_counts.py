"""How many persons bear each Russian name word (data/ru-name-counts.tsv: Wikidata person
labels, CC0 1.0, via Merhav & Ash 2018, the development half; tools/build_ru_name_counts.py).

Here, below the names layer and the checker, so that both read it (which of two readings is
a name people bear)."""

from __future__ import annotations

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
