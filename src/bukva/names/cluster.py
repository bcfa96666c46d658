"""Group a list of names into persons: a book index, a finding aid, a bibliography's authors."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ..engine.deadline import check as deadline_check
from .identity import Identity, identify
from .matching import _given_agree


@dataclass
class Group:
    """One person (or place): the house form, the members as written, and how sure."""

    canonical: str
    key: str
    members: list[str]
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _house_form(ident: Identity, style) -> str:
    from ..api import romanize

    if ident.language == "zh":
        if style is not None:
            for source in ident.sources:
                exc = style.exceptions.get(source)
                if exc is not None:
                    return exc.form
        return ident.pinyin or ident.input
    cyr = ident.sources[0]
    if style is not None:
        surname = romanize(cyr, lang="ru", style=style)
    else:
        surname = romanize(cyr, lang="ru", system="ala-lc")
    if ident.given_initials:
        initials = " ".join(
            romanize(i, lang="ru", style=style)
            if style is not None
            else romanize(i, lang="ru", system="ala-lc")
            for i in ident.given_initials
        )
        initials = " ".join(f"{p[:1].upper()}{p[1:]}." for p in initials.split())
        return f"{surname}, {initials}"
    return surname


def cluster(names: list[str], style=None, progress=None) -> list[Group]:
    """The names grouped by person, in order of first appearance; a name that could not be
    read is a group of its own (confidence 0)."""
    groups: dict[str, list[tuple[str, Identity]]] = {}
    for k, name in enumerate(names):
        deadline_check()
        if not name.strip():
            continue
        ident = identify(name)
        key = (f"g:{ident.gazetteer[0]}" if ident.gazetteer else ident.key) or f"?:{k}"
        groups.setdefault(key, []).append((name, ident))
        if progress is not None:
            progress.advance()
    out = []
    for key, members in groups.items():
        # one surname, different given names: different people
        people: list[list[tuple[str, Identity]]] = []
        for name, ident in members:
            for person in people:
                if all(_given_agree(ident, other) is not False for _, other in person):
                    person.append((name, ident))
                    break
            else:
                people.append([(name, ident)])
        for person in people:
            best = max(person, key=lambda m: len(m[1].given_initials))[1]
            readable = best.language != "unknown"
            confidence = 0.0 if not readable else (1.0 if best.gazetteer else 0.9)
            if len(people) > 1:
                confidence = min(confidence, 0.8)  # told apart by given names only
            canonical = _house_form(best, style) if readable else person[0][0]
            out.append(Group(canonical, key, list(dict.fromkeys(n for n, _ in person)), confidence))
    return out
