"""Russian surnames no dictionary lists as names (rule ru.unlisted-name): rare surnames whose
letters only the dictionary's words hold, and words the dictionary reads as common words only,
reported alone for review; other languages' words left alone."""

from __future__ import annotations

import pytest

from bukva.checker.check import check_text
from bukva.checker.unlisted import surname_shaped, unlisted_surname
from bukva.names.russian_letters import russian_spelled

BOOK = {"ru": "ala-lc-book", "zh": "pinyin"}


def _found(text: str) -> list[tuple[str, str, str | None, bool]]:
    return [(f.rule, f.text, f.fix, f.safe) for f in check_text(text, BOOK)]


@pytest.mark.parametrize(
    ("text", "word", "fix"),
    [
        ("Tatiana Zazerskaya read the files.", "Zazerskaya", "Zazerskaia"),  # заз: words only
        ("The consul Koshlyakov wrote in 1952.", "Koshlyakov", "Koshliakov"),  # шл: пошлый
        ("The sinologist Myasnikov edited it.", "Myasnikov", "Miasnikov"),  # мясников: a noun
        ("The square Smolenskaya was empty.", "Smolenskaya", "Smolenskaia"),  # an adjective
        ("The engineer Volkovskiy arrived.", "Volkovskiy", "Volkovskii"),
    ],
)
def test_reported_for_review(text, word, fix):
    assert ("ru.unlisted-name", word, fix, False) in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The sinologist Miasnikov edited it.",  # the house's own form
        "Tatiana Zazerskaia read the files.",
        "He met Yamashina in Tokyo.",  # all Hepburn's syllables: Japanese
        "They were Stayin there.",  # прайин, стайин: no surname ends -айин
        "The drummer Bullshittin played.",  # ттин: the ending's letters no surname holds
        "Colin Powell met Bleddyn Davies.",
    ],
)
def test_not_reported(text):
    assert not [f for f in _found(text) if f.rule == "ru.unlisted-name"]


def test_a_phrase_with_a_russian_word_is_judged_whole():
    """A weak word beside a word the dictionary reads is part of a phrase, fixed as before."""
    found = _found("The paper Sovetskaya Rossiya printed it.")
    assert [(r, t, f) for r, t, f, _ in found] == [
        ("ru.wrong-system", "Sovetskaya Rossiya", "Sovetskaia Rossiia")
    ]


def test_words_trigrams_only_before_the_ending():
    assert russian_spelled("зазерская") and russian_spelled("кошляков")
    assert not russian_spelled("прайин", 4)  # айи, йин: held by words, in the ending
    assert russian_spelled("зазерская", 4)  # заз is before the last four letters
    assert not russian_spelled("бледдын", 4)  # ддын


def test_surname_shape():
    assert surname_shaped("Myasnikov", "мясников")
    assert not surname_shaped("Myasnikova", "мясник")  # no surname's ending
    assert not surname_shaped("Yamashina", "ямашина")  # Hepburn's syllables
    assert not surname_shaped("Lansky", "ланский")  # nothing only a romanization writes
    assert unlisted_surname("Zazerskaya", "ala-lc-book") == (
        "зазерская",
        ("bgn-pcgn", "gost-7.79-b", "popular"),
    )
    assert unlisted_surname("Zazerskaia", "ala-lc-book") is None  # the house writes it so
