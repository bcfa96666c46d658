"""A surname after the English form of a Russian given name (George Vernadsky, Nicholas
Riasanovsky, Alexander Kerensky): the name as its bearer wrote it in English, which the check
keeps. LC's name authority file heads such persons so (Vernadsky, George, 1887-1973; Kerensky,
Aleksandr Fyodorovich) rather than by the romanization table."""

from __future__ import annotations

import re
from functools import cache

from .span import Span

ANGLICIZED = "anglicized"


@cache
def _pattern() -> re.Pattern[str]:
    from ..names.identity import english_given

    names = "|".join(sorted((n.capitalize() for n in english_given()), key=len, reverse=True))
    # the English given name, an initial or two, then the surname (a capitalised word)
    return re.compile(
        rf"\b(?:{names})(?:\s+[A-Z]\.)*\s+(?P<surname>[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)\b"
    )


def anglicized(text: str) -> list[Span]:
    """The surnames after an English given name (the given name stays unjudged: no system
    writes George), but for a Soviet person of the gazetteer (Alexander Panyushkin, the
    ambassador: no émigré who wrote his name in English)."""
    from ..names.gazetteer import lookup

    return [
        Span(m.start("surname"), m.end("surname"), ANGLICIZED)
        for m in _pattern().finditer(text)
        if not any(s.entry.origin == "ru" for s in lookup(m.group("surname")))
    ]
