"""MARC fields: their rules (data/marc-fields.toml) and one field's romanization."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..calls import _CYRILLIC, _HAN
from ..engine.registry import BukvaError

DATA = Path(__file__).resolve().parent.parent / "data"
_FIELD = re.compile(r"^(\d{3})(?:\s*\$?([a-z0-9]))?$")


@dataclass(frozen=True)
class FieldRule:
    """How one MARC field's text is romanized (see data/marc-fields.toml)."""

    kind: str
    heading: bool  # $a is a personal name heading: Surname, Given
    numerals: str  # Chinese numerals: "words" (transcribed fields) or "arabic" (headings)
    part_codes: frozenset[str]  # subfields that begin a part: a capital
    after: tuple[str, ...]  # ISBD marks after which a part begins inside a subfield
    credits: frozenset[str]  # subfields that are statements of responsibility ("*": all)

    def starts_part(self, code: str | None) -> bool:
        return code is None or code in self.part_codes

    def is_credit(self, code: str | None) -> bool:
        return "*" in self.credits or (code is not None and code in self.credits)


@cache
def _rules() -> dict[str, FieldRule]:
    with open(DATA / "marc-fields.toml", "rb") as f:
        kinds = tomllib.load(f)["kinds"]
    out = {}
    for kind, d in kinds.items():
        rule = FieldRule(
            kind,
            d.get("heading", False),
            d["numerals"],
            frozenset(d["part_codes"]),
            tuple(d["after"]),
            frozenset(d.get("credits", ())),
        )
        out[kind] = rule
        for tag in d["tags"]:
            out[tag] = rule  # later kinds win: 508 and 511 are credits, not plain notes
    return out


def rule_for(tag: str) -> FieldRule:
    """The rule of a MARC tag (880's partner tags included); unknown tags get the general one."""
    rules = _rules()
    return rules.get(tag) or rules["other"]


def parse_marc_field(marc_field: str) -> tuple[str, str | None]:
    """``"245"`` → ("245", None); ``"245b"`` or ``"245$b"`` → ("245", "b")."""
    m = _FIELD.match(str(marc_field).strip())
    if not m:
        raise BukvaError(
            f"marc_field {marc_field!r}: give a MARC tag of three digits, optionally with a "
            'subfield code ("245", "245b")'
        )
    return m.group(1), m.group(2)


def romanize_field(
    text: str,
    lang: str,
    system: str = "ala-lc",
    tag: str = "245",
    code: str | None = None,
    warnings: list[str] | None = None,
    **options: Any,
) -> str:
    """One field's (or one subfield's, with ``code``) text romanized as catalogers key it;
    look-alike letters repaired on the way are reported in ``warnings`` when it is a list."""
    rule = rule_for(tag)
    if lang == "zh":
        if not _HAN.search(text):
            return text
        from .chinese import romanize_zh_field

        return romanize_zh_field(text, rule, code, system, options)
    if not _CYRILLIC.search(text):
        return text
    from .cyrillic import romanize_cyrillic_field

    return romanize_cyrillic_field(text, lang, rule, code, system, options, warnings)
