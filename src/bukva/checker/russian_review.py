"""Russian words read without the lexicon's certainty: names in an older or mixed spelling
(Tukhachevski, Romanoff), surnames no dictionary lists (Zimyanin, Rodzaevsky), each the house
form for review, never fixed unasked (it may be the bearer's own spelling)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..languages.english import english
from ..languages.name_counts import name_zipf
from ..names.mixed_spellings import older_spelling
from ..style.house import HouseStyle
from .recognize import Reading, first_name, read_russian, romanized_as, system_name
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
_POPULAR_END = re.compile("(?<=[aeiouy])y$")  # й at a word's end after a vowel, as the press


def mixed_word(word: str) -> tuple[str, list[str]] | None:
    """The Russian word (and why) a word in a mixed spelling is: one written in LC's letters
    but for й at its end, which it writes y as the press does (Rossiiskoy: российской, LC's
    Rossiiskoi, the press's Rossiyskoy); a lower-case word with е at its start written e, as
    LC's book form does, and the rest as the press writes it (edinonachaliye, единоначалие: the
    press's yedinonachaliye). No name: a name's own spelling it may be."""
    if _POPULAR_END.search(word) and len(word) >= 6 and word.isascii():
        reading = read_russian(word[:-1] + "i", "ala-lc-book")
        if reading is not None and not reading.name and "ala-lc-book" in reading.systems:
            return reading.cyrillic, [
                f"lexicon: {reading.cyrillic}",
                "no system writes it so: LC's letters, and й at its end written y as the "
                "press writes it",
            ]
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


_AFTER = re.compile(r"[ \t]([^\W\d_]{3,})")
_BEFORE = re.compile(r"([^\W\d_]{3,})[ \t]$")
RUSSIAN_BESIDE = 3.0  # Zipf below which a word beside it that reads as Russian is Russian (krai)


def _beside(text: str, start: int, end: int) -> list[str]:
    """The words right before and after text[start:end], one space apart."""
    after, before = _AFTER.match(text, end), _BEFORE.search(text, max(0, start - 40), start)
    return [m.group(1) for m in (before, after) if m is not None]


LOST_SIGN_CONFIDENCE = 0.6  # a sign the author may have dropped on purpose: for review
_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")


def lost_sign(
    style: HouseStyle, text: str, word: Word, group: list[Word], scope: str
) -> Word | None:
    """A word of a Russian phrase (``group``, with another Russian word in it, or beside a word
    that reads as Russian and English hardly uses: krai) that reads as no word, but as one
    common word (no name) with the soft sign after one of its consonants, in the house's system
    or another (Nauka i zhizn: жизнь; Dalnevostochnyi krai: дальневосточный; Krasny Oktyabr:
    октябрь, as BGN/PCGN writes it with its sign): the sign lost, for review. None where the
    house drops the signs, where no place or two give a word, or where a sign follows the word
    (pisatel', whose apostrophe ends no word the check reads)."""
    if text[word.end : word.end + 1] in ("'", "’", "ʹ"):
        return None
    written = word.text
    if not word.unknown or not written.isascii() or not written[1:].islower() or len(written) < 4:
        return None
    others = [w for w in group if w is not word and w.cyrillic and not w.glue]
    if written[:1].isupper() and any(not w.weak and w.text[:1].isupper() for w in others):
        return None  # Gatis Petrov: a given name beside a name, no гатись
    beside = [w for w in _beside(text, word.start, word.end) if w.islower()]
    if not others and not any(
        read_russian(w) is not None and english(w) < RUSSIAN_BESIDE for w in beside
    ):
        return None
    system, options = style.system_for("ru", scope)
    if options.get("signs") == "drop":
        return None
    readings = set()
    for at in range(2, len(written) + 1):
        if written[at - 1] in _CONSONANTS and (at == len(written) or written[at] in _CONSONANTS):
            reading = read_russian(f"{written[:at]}'{written[at:]}", system)
            if reading is not None and not reading.name:
                readings.add(reading.cyrillic)
    if len(readings) != 1:
        return None
    cyrillic = readings.pop()
    return for_review(
        style,
        (written, word.start, word.end),
        cyrillic,
        (system, options),
        rule="ru.wrong-system",
        message="{word!r} reads as Russian only with its soft sign; the house writes {fix!r}",
        found_by=system,
        confidence=LOST_SIGN_CONFIDENCE,
        evidence=[
            f"lexicon: {cyrillic}; {written} reads as no Russian word",
            "in a Russian phrase: the soft sign lost, or dropped on purpose",
        ],
        systems=(system,),
    )


SIGN_ZIPF = 1.5  # how much commoner the signed given name must be than the plain one


def signless_given(word: str, reading: Reading) -> Reading | None:
    """The given name a capitalised word stands for without its soft sign, as the popular
    system writes it (Lyubov, Igor: Любовь, Игорь), where the lexicon also lists the rare
    plain form (Любов, Игор) but the signed one is much the commoner given name; None
    otherwise."""
    if not first_name(reading.cyrillic):
        return None
    signed = read_russian(word + "'")
    if signed is None or not signed.name or not first_name(signed.cyrillic):
        return None
    if name_zipf(signed.cyrillic) < name_zipf(reading.cyrillic) + SIGN_ZIPF:
        return None
    return replace(signed, systems=("popular",))
