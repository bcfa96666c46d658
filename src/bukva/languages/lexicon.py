"""Dictionaries that tell a real word from a possible spelling (pymorphy3 for Russian)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

# pymorphy3 ships dictionaries for these languages as separate packages.
_PYMORPHY_PACKAGES = {"ru": "pymorphy3_dicts_ru", "uk": "pymorphy3_dicts_uk"}


_GRAMMEMES: list[list] = []  # every loaded dictionary's grammemes, in the order loaded


@cache
def _analyzer(lang: str):
    import importlib.util

    if importlib.util.find_spec(_PYMORPHY_PACKAGES[lang]) is None:
        return None
    import json
    import os

    import pymorphy3

    morph = pymorphy3.MorphAnalyzer(lang=lang)
    # pymorphy3's tag class is one for every language, and loading a dictionary replaces its
    # grammemes with that dictionary's (its storage's FIXME): the Ukrainian one's lack
    # Russian's Erro, and Russian tags would then fail. The tag class knows them all.
    with open(os.path.join(morph.dictionary.path, "grammemes.json"), encoding="utf-8") as f:
        _GRAMMEMES.append(json.load(f))
    seen: set[str] = set()
    merged = []
    for grammemes in _GRAMMEMES:
        for g in grammemes:
            if g[0] not in seen:
                seen.add(g[0])
                merged.append(g)
    morph.TagClass._init_grammemes(merged)
    return morph


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


def agreeing_full_form(adjective: str, noun: str) -> str | None:
    """The full form of a Russian adjective read as a short plural before a masculine singular
    noun it cannot then agree with (бумажны тигр: бумажный; новы мир: новый), the й that a
    romanization writing -ый as -y left out; else None."""
    morph = _analyzer("ru")
    if morph is None or not adjective.endswith("ы"):
        return None
    if not all({"ADJS", "plur"} <= p.tag.grammemes for p in morph.parse(adjective)):
        return None
    full = adjective + "й"
    if not any({"ADJF", "masc", "sing", "nomn"} <= p.tag.grammemes for p in morph.parse(full)):
        return None
    tags = [p.tag.grammemes for p in morph.parse(noun)]
    if any({"plur", "nomn"} <= t for t in tags):  # стары дома: the houses are old
        return None
    agreeing = ({"NOUN", "masc", "sing", case} for case in ("nomn", "accs"))
    return full if any(want <= t for want in agreeing for t in tags) else None
