"""Reading a name word back with no system given: the steps after the detected system's own
reading (the lexicon's word another system reads, ё written o, a surname's ending, the name it
sounds as, another system's letters, the frequent name, a Ukrainian romanization), each said
in a notice; used by :mod:`bukva.reading_back`."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .calls import _compiled
from .engine.registry import BukvaError, find
from .engine.result import Notice
from .engine.reverse import Candidate, Reverser, build_reverser, prepare
from .languages.detect import ALPHABETS


def _reverser(lang: str, system: str, options: dict[str, Any]) -> Reverser:
    spec = find(lang, system)
    if "reverse" not in spec.data["directions"]:
        raise BukvaError(f"{lang}/{system} is not written back to Cyrillic; try iso9 or ala-lc")
    options = dict(options)
    if options.get("ties") == "half-marks":  # both tie forms are read alike
        options.pop("ties")
    return build_reverser(
        _compiled(lang, system, tuple(sorted(options.items()))), ALPHABETS.get(lang)
    )


@lru_cache(maxsize=4096)
def _ranked_word(rev: Reverser, lang: str, word: str) -> tuple[Candidate, ...]:
    from .languages.charmodel import model_for
    from .languages.lexicon import lexicon_for

    return tuple(rev.candidates(word, lexicon_for(lang), model_for(lang)))


def _known_reading(word: str, system: str, best_known: bool) -> str | None:
    """The lexicon's word that ``system`` writes as ``word``, in the word's case: a name for
    a capitalised word (Алексей for Aleksei, not the form алексеи), or any word where the
    reverse lattice's best guess is none."""
    from .checker.recognize import _lexicon_entry
    from .names.russian import _russian

    found = _russian(word)
    if found is None or system not in found[1]:
        return None
    entry = _lexicon_entry(found[0])
    if entry is None or (best_known and not (word[:1].isupper() and entry[1])):
        return None
    return _in_case(word, found[0])


def _not_cyrillic(c: str) -> bool:
    """Whether ``c`` is a letter of another script (w, ç, å, ō: what a system left unread)."""
    return c.isalpha() and not "\u0400" <= c <= "\u04ff"


def _latin_in(read: str) -> bool:
    """Whether a reading back left letters no Cyrillic alphabet has (Wojciechowski's w,
    Çelik's ç, Håvard's å)."""
    return any(map(_not_cyrillic, read))


def _name_elsewhere(word: str, read: str) -> str | None:
    """The name another system reads a capitalised word as, where the detected system reads
    it as no word or leaves Latin letters (Yurchenko, Ostrovsky in a list of names written in
    several systems), or None."""
    from .checker.recognize import _lexicon_entry
    from .names.mixed_spellings import russian_name
    from .names.russian import misspelt

    if not word[:1].isupper():
        return None
    latin_left = _latin_in(read)
    if not latin_left and _lexicon_entry(read.lower()) is not None and not misspelt(read):
        return None
    found = russian_name(word)  # the press's mixed spellings too (Wolkoff, Sidorovs)
    if found is None:
        return None
    entry = _lexicon_entry(found[0])
    if latin_left or (entry is not None and entry[1]):
        return _in_case(word, found[0])
    return None


def _frequent(word: str, read: str, lang: str, notices: list[Notice], start: int, end: int) -> str:
    """``read``, or the name word Russian text uses that a system writes as ``word`` where
    ``read`` is none (Stetsenko: Стеценко, not Стэценко; see ``names.frequent``), said in a
    notice."""
    from .names.frequent import frequent_name

    if lang != "ru" or _latin_in(read):
        return read
    found = frequent_name(word, read)
    if not found:
        return read
    named = _in_case(word, found)
    said = f"{word!r} read as {named!r}, a name Russian text uses ({read!r} is none)"
    notices.append(Notice("name-word", said, start, end))
    return named


def _by_sound(
    word: str, read: str, guessed: bool, notices: list[Notice], start: int, end: int
) -> str:
    """A capitalised word no system reads as Russian (it leaves Latin letters, or no word of
    the text is Russian in any system) as the name it sounds as (Dwight Дуайт), or a Japanese
    name's as Polivanov's system writes it (Suzuki Судзуки), a German one's by the practical
    transcription of German (Schäfer Шефер), said in a notice; else ``read`` as it is."""
    from .names.heard import english_name, heard_name, transcribed_name

    latin_left = _latin_in(read)
    if not word[:1].isupper():
        return read
    written = transcribed_name(word, "" if latin_left else read)
    if written is not None:
        kind, how, found = written
        heard = _in_case(word, found)
        notices.append(Notice(kind, f"{word!r} is read as {how}: {heard!r}", start, end))
        return heard
    if latin_left or guessed:
        found = heard_name(word)
        why = "no system reads it as Russian"
    else:  # Coleman: Цолеман is no word, Коулмэн a name
        found = english_name(word, read)
        why = "its English pronunciation; no system reads it as a Russian word"
    if found is None:
        return read
    heard = _in_case(word, found)
    said = f"{word!r} is read by its sound as {heard!r}, a name Wikidata's persons bear in Russian"
    notices.append(Notice("name-by-sound", f"{said} ({why})", start, end))
    return heard


def _latin_left(
    word: str, read: str, lang: str, notices: list[Notice], start: int, end: int
) -> str:
    """A capitalised word the system read leaves Latin letters in (Wojciechowski: w is no
    letter of ALA-LC's) as the first of the systems that write such names reads it wholly in
    Cyrillic (Polish, German, Czech, French), said in a notice; else ``read``."""
    if not word[:1].isupper() or not _latin_in(read):
        return read
    found = other_system_reading(word, lang)
    if found is None:
        return _any_table(word, read, notices, start, end)
    other, system = found
    notices.append(Notice("other-system", f"{word!r} read as {system}: {other!r}", start, end))
    return other


def _any_table(word: str, read: str, notices: list[Notice], start: int, end: int) -> str:
    """A name still read with letters Russian lacks (Xavier, Samarqandī) as the practical
    transcription tables write it (see ``any_written``), said in a notice as a guess; else
    ``read``."""
    from .names.practical import any_written

    found = any_written(word)
    if found is None:
        return read
    table, form = found
    heard = _in_case(word, form)
    notices.append(
        Notice(
            "reverse-guess",
            f"{word!r} has no letters that tell its language; read by "
            f"{table.how.split(' by ', 1)[1]}, the likeliest of the tables: {heard!r}",
            start,
            end,
        )
    )
    return heard


def other_system_reading(word: str, lang: str = "ru") -> tuple[str, str] | None:
    """A capitalised word as the first of the systems that write such names (Polish, German,
    Czech, French) reads it wholly in Cyrillic (Wojciechowski: Войцеховский), and that system;
    None where none does."""
    for system in _SKI_SYSTEMS:
        rev = _reverser(lang, system, {})
        other = _ranked_word(rev, lang, prepare(word))[0].text
        if not _latin_in(other):
            return _surname_ending(word, other, lang), system
    return None


_SKI_SYSTEMS = ("polish", "german", "czech", "french")  # -ский written -ski (Dostojewski)


def _surname_ending(word: str, read: str, lang: str) -> str:
    """A capitalised word read as ending in -ски or -цки, no word of the lexicon, as the name in
    -ский, -цкий: one German, Polish, Czech or French writes so (Kurowski, Chmielecki, Branicki:
    Куровский, Хмелецкий, Браницкий), or a Slavic name's own -ski, which Russian writes -ский
    (Crvenkovski; 44 of the 45 -ski surnames of Wikidata's development half); no Russian name
    ends in -ски (по-русски is an adverb)."""
    from .names.russian import skii

    fuller = skii(read) if lang == "ru" and word[:1].isupper() else None
    if fuller is None:
        return read
    if word.lower().endswith(("ski", "cki", "zki")):
        return fuller  # a Slavic name's own -ski (Crvenkovski, Zamoyski): -ский in Russian
    for system in _SKI_SYSTEMS:
        if _compiled("ru", system, ()).forward(fuller).lower() == word.lower():
            return fuller
    return read


def _ukrainian(
    word: str, lang: str, notices: list[Notice], start: int, end: int, beside: frozenset[int]
) -> str | None:
    """A Ukrainian name in a Ukrainian romanization (Hrushevskyi; see ``names.ukrainian``) in
    Russian letters (lang ru: Грушевский) or in Ukrainian (lang uk), said in a notice;
    ``beside``: where the words of a name with such a word begin (Mykola Skrypnyk)."""
    from .names.ukrainian import read_back

    found = read_back(word, lang, start in beside)
    if found is None:
        return None
    if found[1]:
        notices.append(Notice("ukrainian", found[1], start, end))
    return _in_case(word, found[0])


def _in_case(word: str, cyr: str) -> str:
    """``cyr`` in the case of ``word``: all capitals, a capital first, or as it is."""
    if word.isupper():
        return cyr.upper()
    return cyr[:1].upper() + cyr[1:] if word[:1].isupper() else cyr


def _yo_reading(word: str) -> str | None:
    """The name a reading with о after ж, ч, ш, щ is when that о is ё (Хрущов → Хрущёв), in
    the word's case; None when it is no name of the lexicon."""
    from .checker.recognize import yo_name

    found = yo_name(word.lower())
    return None if found is None else _in_case(word, found[0])


def _with_yo(word: str) -> str:
    """A reading with е as the lexicon spells the name, with ё (Москалев → Москалёв, Королев →
    Королёв; Федоренко stays), in the word's case: what a system that writes ё as e, or its
    marks dropped, meant."""
    from .checker.recognize import yo_spelled

    spelled = yo_spelled(word.lower())
    return word if spelled is None else _in_case(word, spelled)
