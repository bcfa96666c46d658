"""Catalog romanization: a MARC field's text as catalogers key it, by the field's rules.

The rules of each field (what its text is, which subfields begin a part, numerals as words or
figures) are data (``data/marc-fields.toml``); Chinese fields follow ALA-LC's Chinese guidelines
(:mod:`bukva.catalog.chinese`), Cyrillic fields the ALA-LC tables with MARC's tie half marks
(:mod:`bukva.catalog.cyrillic`). ``bukva marc`` and ``romanize(..., marc_field=...)`` both call
:func:`romanize_field`.
"""

from .fields import FieldRule, parse_marc_field, romanize_field, rule_for

__all__ = ["FieldRule", "parse_marc_field", "romanize_field", "rule_for"]
