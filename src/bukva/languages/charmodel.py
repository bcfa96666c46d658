"""A character trigram model: how likely a spelling looks in a language."""

from __future__ import annotations

import json
import math
from collections import Counter
from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


class CharModel:
    """Interpolated trigram model over one language's letters; ``^`` and ``$`` pad words."""

    def __init__(self, trigrams: dict[str, int]) -> None:
        self.tri = trigrams
        self.ctx2: Counter[str] = Counter()
        self.bi: Counter[str] = Counter()
        self.ctx1: Counter[str] = Counter()
        self.uni: Counter[str] = Counter()
        for gram, n in trigrams.items():
            self.ctx2[gram[:2]] += n
            self.bi[gram[1:]] += n
            self.ctx1[gram[1]] += n
            self.uni[gram[2]] += n
        self.total = sum(self.uni.values())
        self.alphabet = len(self.uni) + 1

    @lru_cache(maxsize=200_000)  # noqa: B019 - one model per language, kept for the process
    def logp(self, a: str, b: str, c: str) -> float:
        p3 = self.tri.get(a + b + c, 0) / self.ctx2[a + b] if self.ctx2[a + b] else 0.0
        p2 = self.bi[b + c] / self.ctx1[b] if self.ctx1[b] else 0.0
        p1 = (self.uni[c] + 1) / (self.total + self.alphabet)
        return math.log(0.6 * p3 + 0.3 * p2 + 0.1 * p1)

    def extend(self, prefix: str, piece: str) -> float:
        """Log-probability of ``piece`` following ``prefix`` (the word so far)."""
        padded = ("^^" + prefix)[-2:] + piece
        return sum(
            self.logp(padded[i], padded[i + 1], padded[i + 2]) for i in range(len(padded) - 2)
        )

    def end(self, word: str) -> float:
        """Log-probability of the word ending here."""
        padded = ("^^" + word)[-2:]
        return self.logp(padded[0], padded[1], "$")

    def __call__(self, word: str) -> float:
        """Log-probability of ``word`` (lower case), end of word included."""
        padded = "^^" + word + "$"
        return sum(
            self.logp(padded[i], padded[i + 1], padded[i + 2]) for i in range(len(padded) - 2)
        )


@cache
def trigram_counts(name: str) -> dict[str, int] | None:
    """The trigram counts shipped as ``data/<name>.json`` (words padded ``^^word$``), or None
    where there is no such file."""
    path = DATA / f"{name}.json"
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))["trigrams"]


@cache
def model_for(lang: str) -> CharModel | None:
    """The shipped model for ``lang``, or None where bukva has none."""
    counts = trigram_counts(f"{lang}-charlm")
    return None if counts is None else CharModel(counts)
