"""Authors' own spellings across a document. A name the notes or bibliography credit as the
author of a work not in Russian (``Natalia I. Yegorova, *The "Iran Crisis" of 1945-46*``;
``Gaiduk, Ilya V. *Confronting Vietnam*``) is its bearer's own spelling, and so it is where the
text names him (``Yegorova found the cables``, ``Ilya Gaiduk thought``): kept there too. Not a
surname the gazetteer knows for a Soviet person (a translation's ``Fadeyev, *The Young
Guard*``: the house's Fadeev in the text) nor an author of a title in romanized Russian, who
did not romanize his name himself."""

from __future__ import annotations

import re

from .credits import author_credit, credits, note_credits
from .span import Span

_WORD = re.compile(r"[A-Z][^\W\d_]{2,}(?:-[A-Z][^\W\d_]+)?")
_PLAIN_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,2}")  # a given name or initials before
MAX_CREDIT = 80  # characters: a longer credit is a whole section (a note on names)


def own_names(doc, reading) -> tuple[frozenset[str], list[list[Span]]]:
    """The surnames ``doc``'s notes and bibliography credit as authors of works not in Russian
    that read as Russian (``reading(word)``: a word's Russian reading or None; no Chinese
    author's Yang), but those of Soviet persons of the gazetteer; and each unit's credits
    (:func:`.credits.credits`, read as the check's context pass reads them, which takes them
    from here rather than reading them again)."""
    from ..names.gazetteer import lookup
    from . import plain_text
    from .documents import docx_titles

    out: set[str] = set()
    per_unit = []
    for unit in doc.units:
        text, scope_at = unit.text, unit.scope_at
        italics = docx_titles(unit) if doc.kind == "docx" else None
        spans = credits(text, scope_at, reading, italics, unit.headings)
        per_unit.append(spans)
        if doc.kind == "docx" and (unit.where.startswith(("footnote", "endnote"))):
            spans = spans + note_credits(text, italics, reading)
        if doc.kind == "text":
            _, authors = plain_text.citations(text, scope_at)
            spans = spans + [
                author_credit(text, a, b, reading, text[ta:tb]) for a, b, ta, tb in authors
            ]
        for s in spans:
            if (
                s.kind == "credit"
                and s.end - s.start <= MAX_CREDIT
                and scope_at(s.start) in ("notes", "bibliography")
            ):
                out.update(_surnames(text[s.start : s.end]))
    names = frozenset(
        n
        for n in out
        if reading(n) is not None and not any(s.entry.origin == "ru" for s in lookup(n))
    )
    return names, per_unit


def _surnames(credit: str) -> list[str]:
    """The surnames of a credit: "Yegorova, Natalia" (a bibliography's inverted heading),
    "Natalia I. Yegorova", "Shen Zhihua and Xia Yafeng"."""
    out = []
    for name in re.split(r"\s+(?:and|&)\s+|;\s*", credit.strip(" ,.")):
        words = _WORD.findall(name.split(",")[0] if "," in name else name)
        if words:
            out.append(words[0] if "," in name else words[-1])
    return out


def own_spans(text: str, names: frozenset[str]) -> list[Span]:
    """Where ``text`` names a credited author (``names``), his given names or initials before
    the surname with it: a credit, kept as written."""
    if not names:
        return []
    pattern = _pattern(names)
    return [Span(m.start(), m.end(), "credit") for m in pattern.finditer(text)]


_PATTERNS: dict[frozenset[str], re.Pattern[str]] = {}


def _pattern(names: frozenset[str]) -> re.Pattern[str]:
    got = _PATTERNS.get(names)
    if got is None:
        alternatives = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
        got = re.compile(rf"(?<![\w'’-]){_PLAIN_NAME.pattern}(?:{alternatives})(?![\w-])")
        if len(_PATTERNS) > 64:
            _PATTERNS.clear()
        _PATTERNS[names] = got
    return got
