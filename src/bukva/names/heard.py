"""A foreign name as Russian writes it, found by its sound among the name words Wikidata's
persons bear in Russian (data/ru-name-counts.tsv, the development half of the CC0 pairs):
what reading a name back gives where no system reads it as Russian (Dwight, Whitten, Vazquez
leave letters no Russian system has)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..languages.name_counts import name_counts as _name_counts
from .english_written import english_written
from .japanese import hepburn_only, japanese_name
from .phonetic import candidate_keys, cyrillic_keys, heard_in_english, sound_alike
from .practical import practical_name
from .russian import RUSSIAN_ENDING


def transcribed_name(latin: str, read: str = "") -> tuple[str, str, str] | None:
    """A capitalised Latin name as a transcription of its language writes it in Russian (lower
    case), where ``read``, its reading back, is no Russian word: a Japanese name by
    Polivanov's system (Hiroshima хиросима), another by its language's practical transcription
    (Schäfer шефер, Novotný новотный): the notice's code, what it says, the Cyrillic; else
    None."""
    found = japanese_name(latin, read)
    if found is None and _MISREAD.search(read.lower()) and not RUSSIAN_ENDING.search(read.lower()):
        found = hepburn_only(latin)  # Hiroyasu: Хироясу, not Хироыасу, which no word is
    if found is not None:
        return "japanese-name", "a Japanese name, by Polivanov's system", found
    written = practical_name(latin, read)
    if written is not None:
        language, form = written
        return language.notice, language.how, form
    return None


@cache
def _by_key() -> dict[str, tuple[tuple[int, str], ...]]:
    """Every sound-class key of the name words, with the words (and how many bear them)."""
    index: dict[str, list[tuple[int, str]]] = {}
    for name, count in _name_counts().items():
        for key in cyrillic_keys(name):
            index.setdefault(key, []).append((count, name))
    return {key: tuple(sorted(names, reverse=True)) for key, names in index.items()}


@lru_cache(maxsize=4096)
def heard_name(latin: str) -> str | None:
    """The Cyrillic name word a Latin name sounds as (``match`` would call them the same), the
    one most persons bear where several do (Whitten → уиттен, Vazquez → васкес), in lower
    case; None where none does."""
    index = _by_key()
    found = {hit for key in candidate_keys(latin) for hit in index.get(key, ())}
    alike = [hit for hit in found if sound_alike(latin, hit[1])]
    return max(alike)[1] if alike else None


# what no Russian word has and a system's reading of an English name's letters leaves (c as ц
# before a consonant or a, o, u; th, ph, kh as тх, пх, кх; y as ы before a vowel): Jackson's
# Яцксон, Thatcher's Тхатцхер, Cabot's Цабот
_MISREAD = re.compile("ц[бгджзклмнпрстфхцчшщ]|^ц[аоу]|[тпк]х|ы[аоуэеяюиы]|ы$")


def english_name(latin: str, read: str = "") -> str | None:
    """The name (lower case) a capitalised Latin word is as an English name Russian writes by
    its pronunciation (Coleman: коулмэн), where its reading back ``read`` is no word of the
    lexicon and has no Russian surname's ending (Бургин, Залевский stay); else None."""
    from ..checker.recognize import _lexicon_entry

    low = read.lower()
    if not latin[:1].isupper() or (low and (_lexicon_entry(low) or RUSSIAN_ENDING.search(low))):
        return None
    found = heard_name(latin)
    if found and heard_in_english(latin, found):
        return found
    if not _MISREAD.search(low):
        return None
    return english_written(latin)  # Jackson, not Яцксон: no person's name it sounds as


def heard_form(surname: str, read: str) -> tuple[str | None, tuple[str, ...]]:
    """A Latin surname read back as ``read`` as a Japanese name Polivanov's system writes
    (Matsumoto: Мацумото, that form and the evidence), a German name by the practical
    transcription of German (Schäfer: Шефер), an English name Russian writes by its
    pronunciation (Coleman: Коулмэн, the evidence only) or the name Russian text uses that a
    system writes so (Stetsenko: Стеценко, not Стэценко), as ``reverse`` reads it."""
    from .frequent import frequent_name

    written = transcribed_name(surname, read)
    if written:
        form = written[2].capitalize()
        return form, (f"as {written[1]}: {form}",)
    found = english_name(surname, read)
    if found:
        return None, (f"as an English name, by its pronunciation: {found.capitalize()}",)
    found = frequent_name(surname, read)
    if not found:
        return None, ()
    return found.capitalize(), (f"as a name Russian text uses: {found.capitalize()}",)
