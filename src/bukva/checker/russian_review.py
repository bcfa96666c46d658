"""Russian words read without the lexicon's certainty: names in an older or mixed spelling
(Tukhachevski, Romanoff), surnames no dictionary lists (Zimyanin, Rodzaevsky), each the house
form for review, never fixed unasked (it may be the bearer's own spelling)."""

from __future__ import annotations

from ..names.mixed_spellings import older_spelling
from ..style.house import HouseStyle
from .recognize import Reading, read_russian, romanized_as, system_name
from .russian_word import Word
from .unlisted import unlisted_surname

OLDER_CONFIDENCE = 0.7  # an older spelling: below the safe threshold, for review
UNLISTED_CONFIDENCE = 0.6  # a surname no dictionary lists, read by its shape: for review


def older_word(
    style: HouseStyle, word: str, start: int, end: int, system: str, options: dict[str, str]
) -> Word | None:
    """A name in an older or mixed spelling no system writes (Tukhachevski, Romanoff):
    the house form for review, never fixed unasked (it may be the bearer's own spelling:
    Rachmaninoff signed so); a common word in a mixed spelling (edinonachaliye)."""
    cyrillic = older_spelling(word)
    if cyrillic is not None:
        found_by, evidence = (
            "older",
            [
                f"lexicon: {cyrillic} (a name)",
                "no system writes it so: an older or mixed spelling (-off, -ski, tch)",
                "it may be the bearer's own spelling: for review",
            ],
        )
    else:
        mixed = mixed_word(word)
        if mixed is None:
            return None
        (cyrillic, evidence), found_by = mixed, "mixed"
    return for_review(
        style,
        (word, start, end),
        cyrillic,
        (system, options),
        rule="ru.older-spelling",
        message="{word!r} is an older or mixed spelling; the house writes {fix!r}",
        found_by=found_by,
        confidence=OLDER_CONFIDENCE,
        evidence=evidence,
    )


def unlisted_word(
    style: HouseStyle,
    word: str,
    start: int,
    end: int,
    system: str,
    options: dict[str, str],
    common: Reading | None = None,
) -> Word | None:
    """A surname no dictionary lists, in another system than the house's (Zimyanin): the
    house form for review, never fixed unasked (unlisted.py). ``common``: the dictionary's
    reading of the word as no name (Myasnikov, мясников "of butchers")."""
    found = (common.cyrillic, common.systems) if common else unlisted_surname(word, system)
    if found is None:
        return None
    cyrillic, systems = found
    mixed = "a mixed spelling (a system's letters, English's -sky)"
    named = mixed if systems == ("mixed",) else ", ".join(map(system_name, systems[:2]))
    listed = (
        f"the dictionary lists {cyrillic} as no name"
        if common
        else f"no dictionary lists {cyrillic.capitalize()}"
    )
    return for_review(
        style,
        (word, start, end),
        cyrillic,
        (system, options),
        rule="ru.unlisted-name",
        message=f"{{word!r}} reads as a Russian surname by {named}; the house writes {{fix!r}}",
        found_by=systems[0],
        confidence=UNLISTED_CONFIDENCE,
        evidence=[
            f"{listed}: read by its shape (a surname's "
            f"ending, letters as Russian surnames have them), written so by {named}",
            "it may be the bearer's own spelling or another language's name: for review",
        ],
        systems=systems,
    )


def for_review(
    style: HouseStyle,
    at: tuple[str, int, int],
    cyrillic: str,
    house: tuple[str, dict[str, str]],
    *,
    rule: str,
    message: str,
    found_by: str,
    confidence: float,
    evidence: list[str],
    systems: tuple[str, ...] = (),
) -> Word | None:
    """The house form of a name read without the lexicon's certainty (the house's exception
    for it, if any), for review; None for a familiar form the house includes (Tchaikovsky)
    or a word already in the house form. ``at``: the word and where it stands; ``house``:
    the house system and its options; ``message`` is formatted with word and fix."""
    word, start, end = at
    system, options = house
    if word in style.accepted_forms:
        return None
    exc = next(
        (e for e in style.exceptions_for("ru").values() if e.source.lower() == cyrillic),
        None,
    )
    fix = exc.form if exc is not None else romanized_as(cyrillic, word, system, options)
    if fix == word:
        return None
    return Word(
        start,
        end,
        word,
        cyrillic,
        fix,
        rule=rule,
        message=message.format(word=word, fix=fix),
        system=found_by,
        confidence=confidence,
        evidence=evidence,
        systems=systems,
    )


_YE_SYSTEMS = ("popular", "bgn-pcgn")  # they write е ye at a word's start


def mixed_word(word: str) -> tuple[str, list[str]] | None:
    """The Russian word (and why) a lower-case word in a mixed spelling is: е at its start
    written e, as LC's book form does, and the rest as the press writes it (edinonachaliye,
    единоначалие: the press's yedinonachaliye)."""
    if not word.startswith("e") or len(word) < 6 or not word.isascii():
        return None
    reading = read_russian("y" + word)
    if reading is None or reading.name or not reading.cyrillic.startswith("е"):
        return None
    if not any(s in _YE_SYSTEMS for s in reading.systems):
        return None
    return reading.cyrillic, [
        f"lexicon: {reading.cyrillic}",
        f"no system writes it so: е at its start as LC writes it, the rest as "
        f"{', '.join(reading.systems[:2])} write it",
    ]
