"""Chinese names in Palladius's Cyrillic, for ``identify``: a name of two or three words each
of Palladius's syllables (Мао Цзэ-дун), one word the gazetteer has (Гоминдан), and a Russian
source's Palladius romanized by a Russian system (Chzhou Ėnʹlaĭ)."""

from __future__ import annotations

from .gazetteer import lookup
from .identity import Identity, _russian_word, _sources, _zh
from .readings import _chinese


def palladius_name(text: str) -> str | None:
    """The pinyin of a name of two or three words that each read as Palladius syllables
    (Мао Цзэ-дун → Mao Zedong, Фын Юй-сян → Feng Yuxiang), or None."""
    found = _chinese(text, ("palladius",)) if 2 <= len(text.split()) <= 3 else None
    return found[0] if found else None


def palladius_word(text: str) -> str | None:
    """The pinyin of one Cyrillic word that Palladius reads as a Chinese name the gazetteer
    has (Гоминдан, older print's Гоминьдан: Guomindang), or None: a word alone is a Chinese
    name only so, never by its syllables (Ленин, Чита)."""
    from ..chinese.syllables import join
    from ..chinese.tables import parse, table

    syllables = parse(text, table("palladius"))
    pinyin = join(syllables).capitalize() if syllables else ""
    if not pinyin or not any(s.entry.origin == "zh" for s in lookup(pinyin)):
        return None
    return pinyin


def palladius_in_latin(name: str, script: str, text: str) -> Identity | None:
    """A Chinese name as a Russian source writes it, romanized by a Russian system (LC's
    Chzhou Ėnʹlaĭ, Pėn Dėkhuaĭ: Чжоу Эньлай, Пэн Дэхуай), or None."""
    from ..api import reverse
    from ..chinese.syllables import split_run

    cyrillic = reverse(text, lang="ru")
    palladius = palladius_name(cyrillic)
    if not palladius:
        return None
    evidence = f"read back as {cyrillic}, by Palladius {palladius}"
    known = [s.entry for s in lookup(palladius) if s.entry.origin == "zh"]
    if known:
        e = known[0]
        sources = _sources(e)
        return _zh(name, script, {"palladius": 1.0}, sources, e.pinyin, (e.id,), (evidence,))
    words = [split_run(w) for w in palladius.split()]  # a Chinese name's words: one or two
    if not all(w and len(w) <= 2 for w in words):  # syllables (not Zhou Englayi)
        return None
    if "-" in cyrillic or not _russian_word(cyrillic.split()[0]):
        return _zh(name, script, {"palladius": 1.0}, (), palladius, (), (evidence,))
    return None
