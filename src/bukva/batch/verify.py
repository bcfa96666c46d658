"""Compare a record's romanized fields with bukva's, as a cataloger reads the difference.

Ties are compared in any encoding (U+0361; U+FE20/U+FE21 half marks after their letters, or
before them as some MARC-8 conversions leave them); NFC throughout. A difference is classed by
the least that separates the two (cumulatively): ties only, final ISBD punctuation only,
capitals, spacing and punctuation, letters.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Any

from ..engine.text import HALF_LEFT, HALF_RIGHT, TIE, ties_to_combining

CLASSES = ("ties only", "final ISBD punctuation only", "capitals", "spacing and punctuation",
           "letters")  # fmt: skip
# half marks keyed before their letters: ︠i︡u → i︠u︡
_BEFORE = re.compile(r"\ufe20(\w[\u0300-\u036f]*)\ufe21(\w[\u0300-\u036f]*)")
_FINAL = re.compile(r"[\s.,;:/=]+$")
_NOT_ALNUM = re.compile(r"[\W_]+")


def _forms(text: str) -> set[str]:
    """The text with its ties as U+0361, read both ways when half marks could be in either
    order."""
    text = unicodedata.normalize("NFC", text).strip()
    out = {unicodedata.normalize("NFC", ties_to_combining(text))}
    if HALF_LEFT in text:
        moved = _BEFORE.sub(lambda m: m.group(1) + HALF_LEFT + m.group(2) + HALF_RIGHT, text)
        out.add(unicodedata.normalize("NFC", ties_to_combining(moved)))
    return out


def _no_ties(text: str) -> str:
    return text.replace(TIE, "").replace(HALF_LEFT, "").replace(HALF_RIGHT, "")


_STEPS = (
    ("ties only", _no_ties),
    ("final ISBD punctuation only", lambda s: _FINAL.sub("", s)),
    ("capitals", str.casefold),
    ("spacing and punctuation", lambda s: _NOT_ALNUM.sub("", s)),
)


def classify(have: str, want: str) -> str | None:
    """None when the two agree (modulo tie encoding and order); else the class of difference."""
    a_forms = _forms(have)
    b = unicodedata.normalize("NFC", ties_to_combining(unicodedata.normalize("NFC", want).strip()))
    if b in a_forms:
        return None
    best = len(CLASSES) - 1
    for a in a_forms:
        x, y = a, b
        for k, (_name, step) in enumerate(_STEPS):
            x, y = step(x), step(y)
            if x == y:
                best = min(best, k)
                break
    return CLASSES[best]


def field_text(field) -> str:
    """A field's subfields as catalogers read them ($a ... $b ...), without its $6 link."""
    return " ".join(f"${s.code} {s.value}" for s in field.subfields if s.code != "6")


def summary(pairs: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts: fields compared, agreeing, differing by class, without a romanized field."""
    classes = Counter(p["class"] for p in pairs)
    compared = sum(n for c, n in classes.items() if c != "missing")
    return {
        "fields compared": compared,
        "agreeing": classes.get("agree", 0),
        "differing": compared - classes.get("agree", 0),
        "by class": {c: classes.get(c, 0) for c in CLASSES},
        "no romanized field": classes.get("missing", 0),
    }


def summary_lines(pairs: list[dict[str, Any]]) -> list[str]:
    s = summary(pairs)
    lines = [
        f"fields compared: {s['fields compared']}",
        f"agreeing: {s['agreeing']}",
        f"differing: {s['differing']}",
    ]
    lines += [f"  {c}: {n}" for c, n in s["by class"].items()]
    lines.append(f"880 fields with no romanized field: {s['no romanized field']}")
    return lines
