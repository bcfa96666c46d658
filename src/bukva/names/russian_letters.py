"""Whether a Cyrillic reading of a Latin name has the letters of a Russian one: each letter
trigram held by OpenCorpora's surnames (Харин, Гарин; not Цолин, Гоодвин, readings of Colin and
Goodwin letter by letter), or, for a rare surname, by the dictionary's words (Кошляков's шл).
The trigram tables are built by ``tools/build_ru_surname_trigrams.py``."""

from __future__ import annotations

from ..languages.charmodel import trigram_counts

RUSSIAN_TRIGRAM = 10  # surnames of OpenCorpora that must hold each trigram of a Russian one


def russian_looking(word: str, least: int = RUSSIAN_TRIGRAM) -> bool:
    """Whether every letter trigram of ``word`` is common in Russian surnames (Харин, Гарин;
    not Цолин, Бледдын, Гоодвин: readings of Colin, Bleddyn, Goodwin letter by letter): held
    by at least ``least`` of OpenCorpora's surnames."""
    marked = f"^^{word.lower().replace('ё', 'е')}$"
    table = trigram_counts("ru-surnames-trigrams") or {}
    return all(table.get(marked[i : i + 3], 0) >= least for i in range(len(marked) - 2))


WORDS_TRIGRAM = 10  # words of the dictionary that must hold a trigram no surname holds


def russian_spelled(word: str, ending: int = 0) -> bool:
    """Whether each letter trigram of ``word`` is held by a surname of OpenCorpora or, before
    its last ``ending`` letters, by ``WORDS_TRIGRAM`` of its words: a rare surname's letters
    (Кошляков's шл, Зазерская's заз, held by пошлый and заза, by no listed surname); with
    ``ending``, not a foreign name's read letter by letter (Бледдын's ддын)."""
    marked = f"^^{word.lower().replace('ё', 'е')}$"
    names = trigram_counts("ru-surnames-trigrams") or {}
    words = trigram_counts("ru-words-trigrams") or {}
    last = len(marked) - 3 - ending  # the trigrams from here on hold the ending's letters
    return all(
        names.get(marked[i : i + 3], 0)
        or (i < last and words.get(marked[i : i + 3], 0) >= WORDS_TRIGRAM)
        for i in range(len(marked) - 2)
    )
