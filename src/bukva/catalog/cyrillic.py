"""A Cyrillic MARC field as catalogers key it: ALA-LC with MARC's tie half marks, and the
look-alike letters catalog records hold.

- Roman numerals typed with Cyrillic letters (ХХ в., XIX--ХХ вв., т. ІІ) are Roman numerals:
  they come out as Latin X, I, V, L, C, D, M, not as "KhKh" (ALA-LC Romanization Tables,
  Russian, and LC's practice for numerals in Cyrillic text: a Roman numeral is transcribed as
  it stands, LCRI C.5B/C.5C).
- A lone Latin capital typed for its Cyrillic twin in a Cyrillic field (the initial "H." of
  "H. (Нина)") is read as the Cyrillic letter, so it is romanized (N.).
Both are reported as warnings.
"""

from __future__ import annotations

import re
from typing import Any

from ..calls import _CYRILLIC as _CYR
from ..engine.registry import find
from .fields import FieldRule

# Cyrillic letters that look like the Latin letters of Roman numerals (Х, І/Ӏ, М, С)
_TO_LATIN = str.maketrans({"Х": "X", "І": "I", "Ӏ": "I", "М": "M", "С": "C"})
_NUMERAL_CHARS = "XIVLCDMХІӀМС"
_TOKEN = re.compile(rf"(?<![^\W\d_])[{_NUMERAL_CHARS}]+(?![^\W\d_])")
_ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
# words after a Roman numeral (century, centuries) and before one (volume, part, issue, chapter)
_AFTER = re.compile(r"^\s*(?:-{1,2}|–|—)?\s*(?:вв?\.|век|века|веке|веков|столети|ст\.)", re.I)
_BEFORE = re.compile(
    r"(?:\b(?:т|ч|кн|вып|гл|разд|изд|вв?)\.|\b(?:том|часть|книга|выпуск))\s*$", re.I
)
_RANGE = re.compile(r"^\s*(?:-{1,2}|–|—)\s*")
# Latin capitals with a Cyrillic twin, read as that twin when they stand as an initial
_TWINS = {"A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О",
          "P": "Р", "T": "Т", "X": "Х", "Y": "У"}  # fmt: skip
_INITIAL = re.compile(r"(?<![^\W\d_])([ABCEHKMOPTXY])\.(?=\s)")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _is_numeral(token: str) -> bool:
    return bool(_ROMAN.match(token.translate(_TO_LATIN)))


def numerals_to_latin(text: str) -> tuple[str, list[str]]:
    """Roman numerals written with Cyrillic look-alikes, in Latin letters; and warnings."""
    warnings: list[str] = []
    matches = [m for m in _TOKEN.finditer(text) if _is_numeral(m.group())]
    if not matches:
        return text, warnings
    keep = set()
    for k, m in enumerate(matches):
        token = m.group()
        if not _CYR.search(token):
            continue
        latin_too = any(c in "XIVLCDM" for c in token)
        after = text[m.end() :]
        context = (
            _AFTER.match(after)
            or _BEFORE.search(text[: m.start()])
            or (  # one end of a range whose other end is a numeral in context: XIX--ХХ вв.
                k + 1 < len(matches)
                and _RANGE.fullmatch(text[m.end() : matches[k + 1].start()])
                and _AFTER.match(text[matches[k + 1].end() :])
            )
            or (k and _RANGE.fullmatch(text[matches[k - 1].end() : m.start()]))
        )
        if latin_too or (context and (len(token) > 1 or token in "ХІ")):
            keep.add(k)
    out = text
    for k in sorted(keep, reverse=True):
        m = matches[k]
        latin = m.group().translate(_TO_LATIN)
        out = out[: m.start()] + latin + out[m.end() :]
        warnings.append(
            f"{m.group()!r} is a Roman numeral typed with Cyrillic letters; written {latin!r}"
        )
    return out, warnings[::-1]


def initials_to_cyrillic(text: str) -> tuple[str, list[str]]:
    """A lone Latin initial with a Cyrillic twin, in a field otherwise Cyrillic, as Cyrillic."""
    if _LATIN_WORD.search(text) or not _CYR.search(text):
        return text, []
    warnings = []
    out = text
    for m in reversed(list(_INITIAL.finditer(text))):
        if _AFTER.match(text[m.end() :]):  # X. в.: a numeral, not an initial
            continue
        twin = _TWINS[m.group(1)]
        out = out[: m.start(1)] + twin + out[m.end(1) :]
        warnings.append(f"Latin {m.group(1)!r} in a Cyrillic field read as Cyrillic {twin!r}")
    return out, warnings[::-1]


def romanize_cyrillic_field(
    text: str,
    lang: str,
    rule: FieldRule,
    code: str | None,
    system: str,
    options: dict[str, Any],
    warnings: list[str] | None = None,
) -> str:
    """One Cyrillic field (or subfield): look-alikes repaired, then the system (ALA-LC with the
    half-mark ties MARC records hold, unless ``ties`` is given)."""
    from ..api import romanize

    text, found = numerals_to_latin(text)
    text, more = initials_to_cyrillic(text)
    if warnings is not None:
        warnings.extend(found + more)
    opts = dict(options)
    if system == "ala-lc" and "ties" in find(lang, system).options:
        opts.setdefault("ties", "half-marks")
    return romanize(text, lang=lang, system=system, **opts)
