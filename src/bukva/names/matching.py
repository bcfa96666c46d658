"""Whether two names are one person's (or place's): :func:`match`."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from .identity import Identity, _fold, identify


@dataclass(frozen=True)
class Match:
    score: float
    same: bool
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def match(a: str, b: str) -> Match:
    """Whether two names are one person's (or place's), with a score from 0 to 1 and why."""
    ia, ib = identify(a), identify(b)
    shared = set(ia.gazetteer) & set(ib.gazetteer)
    if shared:
        entry = next(iter(shared))
        name = ia.sources[0] if ia.sources else ia.pinyin
        if _given_agree(ia, ib) is False:
            return Match(
                0.3, False, f"both are {name} in the gazetteer, but the given names differ"
            )
        return Match(1.0, True, f"both are {name} in the gazetteer ({entry})")
    if ia.key is None or ib.key is None:
        return Match(0.0, False, "at least one name could not be read")
    if ia.key != ib.key:
        cross = {_fold(s) for s in ia.sources} & {_fold(s) for s in ib.sources}
        if not cross:
            return Match(0.0, False, f"read as {ia.key[3:]} and {ib.key[3:]}")
    agree = _given_agree(ia, ib)
    if agree is False:
        return Match(0.3, False, f"both read as {ia.key[3:]}, but the given names differ")
    score = 0.97 if agree else 0.9
    return Match(score, True, f"both read as {ia.key[3:]}")


def _given_agree(ia: Identity, ib: Identity) -> bool | None:
    """True if the given names' initials agree, False if they differ, None if one has none."""
    if not ia.given_initials or not ib.given_initials:
        return None
    n = min(len(ia.given_initials), len(ib.given_initials))
    return ia.given_initials[:n] == ib.given_initials[:n]
