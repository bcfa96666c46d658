"""Dictionaries that tell a real word from a possible spelling (pymorphy3 for Russian)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

# pymorphy3 ships dictionaries for these languages as separate packages.
_PYMORPHY_PACKAGES = {"ru": "pymorphy3_dicts_ru", "uk": "pymorphy3_dicts_uk"}


@cache
def _analyzer(lang: str):
    import importlib.util

    if importlib.util.find_spec(_PYMORPHY_PACKAGES[lang]) is None:
        return None
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def lexicon_for(lang: str) -> Callable[[str], str | None] | None:
    """A function giving a word's dictionary spelling (ё restored), or None if it is unknown."""
    if lang not in _PYMORPHY_PACKAGES:
        return None
    morph = _analyzer(lang)
    if morph is None:
        return None

    @cache
    def lookup(word: str) -> str | None:
        if not morph.word_is_known(word):
            return None
        for parse in morph.parse(word):
            if len(parse.word) == len(word):
                return parse.word
        return word

    @cache
    def base(word: str) -> bool:
        """Whether ``word`` is a nominative singular (or an indeclinable) form."""
        for parse in morph.parse(word):
            tag = parse.tag
            if "nomn" in tag and ("sing" in tag or "Fixd" in tag or "Sgtm" in tag):
                return True
        return False

    lookup.base = base  # type: ignore[attr-defined]
    return lookup
