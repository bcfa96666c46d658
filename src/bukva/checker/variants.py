"""One name spelled several ways in a document: one finding for review where a spelling needs
a person; where each wrong spelling has a safe fix of its own, those fixes stand."""

from __future__ import annotations

from .finding import Finding


def _each_certain(seen: list, house: str | None) -> bool:
    """Every wrong spelling has a safe fix to ``house``, and every other spelling is ``house``."""
    return all(
        (f.safe and f.fix == house) if f is not None else " ".join(w.split()) == house
        for w, f, _ in seen
    )


def grouped_variants(doc, variants: dict) -> tuple[list[Finding], set[int]]:
    """One finding per name spelled several ways, in place of its single findings."""
    out, merged = [], set()
    for _key, seen in variants.items():
        spellings = sorted({" ".join(w.split()) for w, _, _ in seen})  # Mao\nTse-tung too
        places = [f for _, f, _ in seen if f is not None]
        if len(spellings) < 2 or not places:
            continue
        if not any(w[:1].isupper() for w in spellings):
            continue  # a word, not a name: each spelling's own finding says what to do
        house = places[0].fix  # the form the house writes for them all
        if _each_certain(seen, house):
            continue  # each wrong spelling's own safe fix already makes them one
        first = places[0]
        merged |= {id(f) for f in places}
        rule = "zh.variants" if first.rule.startswith("zh.") else "ru.variants"
        out.append(
            Finding(
                rule,
                str(doc.path),
                first.where,
                first.line,
                first.column,
                " / ".join(spellings),
                house,
                False,
                f"one name spelled {len(spellings)} ways ({', '.join(spellings)}); the house "
                f"writes {house!r}",
                first.context,
                occurrences=[occ for _, _, occ in seen],
                confidence=max(f.confidence for f in places),
                evidence=[f"{len(spellings)} spellings of one name", *first.evidence[:2]],
                protected=first.protected if all(f.protected for f in places) else None,
                unit=first.unit,
                start=first.start,
                end=first.end,
            )
        )
    return out, merged
