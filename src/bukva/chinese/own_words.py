"""Words a romanized text's own language has, left as written by conversion: English, Czech
and Russian words whose letters also spell syllables (See, Tu, Или), Russian's own names
(Макао, Ханой), and a body's English name that is a translation (Pravda, Comintern)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from .tables import parse, parse_exact, table

if TYPE_CHECKING:
    from ..names.gazetteer import Entry

# wordfreq's Zipf frequency from which a capitalised word is English, not a name: above the
# commonest names (Hong, Kong 4.5, Beijing 4.1), below The, Japanese, China (4.8 and up)
ENGLISH_WORD = 4.6


def romanized(form: str, entry: Entry) -> bool:
    """Whether a familiar form of a body is its name romanized (Kuomintang, Ta Kung Pao), not
    translated (Comintern, Pravda, Chinese Eastern Railway: never pinyin by conversion)."""
    if entry.kind != "org":
        return True
    from .convert import convert

    letters = re.compile(r"[\W_]")
    wade_giles = convert(entry.pinyin, "pinyin", "wade-giles")
    return letters.sub("", form.lower()) == letters.sub("", wade_giles.lower())


@lru_cache(maxsize=50_000)
def russian_word(word: str) -> bool:
    """Whether a capitalised Cyrillic word standing alone is Russian's rather than a Chinese
    name: a word pymorphy3 knows whose syllables are no name the gazetteer or CC-CEDICT has
    (Макао, not Далянь), or one it knows in this very form that Palladius reads only by taking
    a case ending off (Ханой, not Хан + ой), or any form of it whose syllables are none
    (Японии)."""
    from ..languages.lexicon import _analyzer

    morph = _analyzer("ru")
    if morph is None or not morph.word_is_known(word.lower()):
        return False
    tab = table("palladius")
    exact = parse_exact(word, tab)
    if exact is None and any(
        p.normal_form == word.lower() for p in morph.parse(word) if p.is_known
    ):
        return True
    return not known_name(parse(word, tab) or exact or [])


@lru_cache(maxsize=50_000)
def foreign_in_russian(word: str) -> bool:
    """Whether a joined Cyrillic word of three syllables or more that no name of the gazetteer
    or CC-CEDICT is (Танака, Хатояма, Сианука, Японии): another language's name or a Russian
    word, as Russian writes it, not a Chinese name, whose given name has two syllables at most."""
    syllables = parse(word, table("palladius"))
    if syllables is None or len(syllables) < 3 or "-" in word:
        return False
    return not known_name(syllables)


# wordfreq's Zipf frequency from which a capitalised word of a text's own language is that
# language's, not a name: Czech above the commonest syllables of names there (Wang 3.5, Čang 3.4,
# Mao 3.3), below Ku, Čau, Maj, Tim (4.0 and up); Russian above Ван 4.7, Мин 4.6, below Либо,
# Имени, Ли, И, На (5.2 and up)
OWN_WORD = {"czech": ("cs", 4.0), "palladius": ("ru", 5.0)}


def common_word_test(source: str) -> Callable[[str], bool]:
    """Whether a word is a common one of the languages a text in ``source`` is written in:
    English, and Czech for the Czech transcription (Tu, Pan, Jen are Czech words before they are
    syllables), Russian for Palladius (И, На, Или)."""
    from ..languages.english import english

    def english_word(word: str) -> bool:
        return english(word) >= ENGLISH_WORD and not (
            source == "wade-giles" and _ASPIRATED.match(word)
        )

    if source not in OWN_WORD:
        return english_word
    from ..languages.frequency import zipf

    lang, threshold = OWN_WORD[source]
    return lambda word: english_word(word) or zipf(word, lang) >= threshold


# Wade-Giles's aspirated initial, its apostrophe after the consonant (T'an, P'an, Ch'in): no
# English word, whatever a word-frequency list makes of "t" and "an" (wordfreq cuts at the
# apostrophe, so T'an counts as the English "t'an" of its contractions)
_ASPIRATED = re.compile(r"(?i)(?:ch|ts|tz|k|p|t)['’ʼ‘ʻ][a-zü]+$")


@cache
def _compound_surnames() -> frozenset[tuple[str, ...]]:
    from .lexicons import names
    from .syllables import toneless

    return frozenset(
        tuple(toneless(r) for r in readings.split())
        for readings in names()["compound_surnames"].values()
    )


def compound_surname(syllables: list[str]) -> bool:
    """Whether a word of two syllables is a Chinese compound surname (Оуян, Сыма, Чжугэ)."""
    return tuple(syllables) in _compound_surnames()


def known_name(syllables: list[str]) -> bool:
    """Whether syllables are a written word of a Chinese name the gazetteer or CC-CEDICT has."""
    from .tables import _known_words

    return any(tuple(syllables) in known for known in _known_words())


def _sign_missing(word: str, syllables: list[str]) -> bool:
    """Whether the name these syllables are is written with a dividing ъ that ``word`` lacks
    (Нини read as ning·yi, which Palladius writes Нинъи): no spelling of that name."""
    from .syllables import hard_signed

    tab = table("palladius")
    spelled = hard_signed([tab.from_pinyin.get(s, s) for s in syllables])
    return "ъ" in spelled and "ъ" not in word.lower()


def russian_text_keeps(
    word: str,
    syllables: list[str],
    named: bool,
    before_unread: bool,
    after_surname: bool,
    before_readable: bool = False,
) -> bool:
    """Whether a Cyrillic word Palladius reads stays as written in Russian text: alone (not
    ``named``: after a surname or beside a name), a word of Russian (Ханой, Макао) or one of
    two syllables or more that no Chinese name is (Эйко, Аннан); alone and before no other
    syllables (not ``before_readable``), one syllable the lexicon knows (Ян, Кун: Jan, Kun) or
    a word read only by taking a case ending off that is one syllable or no known name (Лина,
    Тена: Lina, not Lin's genitive); or a first word of two syllables or more, no compound
    surname, before a capitalised word no syllables read (Сато Эйсаку: a name whose first
    word is no Chinese surname)."""
    if not named and (
        russian_word(word)
        or (len(syllables) > 1 and (not known_name(syllables) or _sign_missing(word, syllables)))
    ):
        return True
    if not named and not before_readable and _alone_keeps(word, syllables):
        return True
    return (
        before_unread
        and not after_surname
        and len(syllables) > 1
        and not compound_surname(syllables)
    )


@lru_cache(maxsize=50_000)
def romanized_russian(word: str) -> bool:
    """Whether a Latin word is a Russian word as ALA-LC writes it in a book (Kitai, Soiuz, a
    bibliography's Russian titles), no Chinese name: its Cyrillic is a word pymorphy3 knows
    whose Palladius syllables are no name the gazetteer or CC-CEDICT has (Китай; not Мао,
    Лин, Сиан)."""
    from ..calls import compiled
    from ..engine.reverse import build_reverser
    from ..engine.text import nfc
    from ..languages.charmodel import model_for
    from ..languages.detect import ALPHABETS
    from ..languages.lexicon import _analyzer

    low = word.lower()
    morph = _analyzer("ru")
    if morph is None or not low.isascii() or not low.isalpha() or len(low) < 3:
        return False
    system = compiled("ru", "ala-lc-book")
    rev = build_reverser(system, ALPHABETS["ru"])
    if rev.exact:
        candidates = [rev.exact_word(low)]
    else:
        candidates = rev._lattice(low, model_for("ru"), beam=24, keep=6)
    for cyrillic in candidates:
        if re.search("[a-z]", cyrillic) or nfc(system._lower_word(cyrillic)) != low:
            continue
        if morph.word_is_known(cyrillic) and any(
            p.is_known and not {"Surn", "Name", "Patr"} & p.tag.grammemes
            for p in morph.parse(cyrillic)
        ):  # a word of the language, not a surname the lexicon also has (Килин: Kilin)
            syllables = parse(cyrillic, table("palladius"))
            return syllables is None or not known_name(syllables)
    return False


def _alone_keeps(word: str, syllables: list[str]) -> bool:
    """A lone word of one syllable the lexicon knows, or one read by its case ending that is
    one syllable or no known name."""
    from ..languages.lexicon import _analyzer

    if parse_exact(word, table("palladius")) is None:  # read by a case ending
        return len(syllables) == 1 or not known_name(syllables)
    morph = _analyzer("ru")
    return len(syllables) == 1 and morph is not None and morph.word_is_known(word.lower())
