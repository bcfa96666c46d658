"""A body's name in another language inside an English sentence (the report of the Botschaft
der DDR in Peking): a word of that language, or one no English and no romanized Russian word
is, joined by that language's der, de, à, v, w to what follows: its place as that language
writes it, kept; the English sentence around it still checked."""

from __future__ import annotations

import pytest

from bukva.checker.foreign import _foreign_proper_names
from bukva.checker.recognize import read_russian
from house import texts as _texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The report of the Botschaft der DDR in Peking reached Berlin.",
            "Botschaft der DDR in Peking",
        ),
        (
            "The Handelsvertretung der DDR in Peking was small.",
            "Handelsvertretung der DDR in Peking",
        ),
        ("The Ambassade de France à Pékin agreed.", "Ambassade de France à Pékin"),
        ("The Zentralkomitee der SED in Berlin met.", "Zentralkomitee der SED in Berlin"),
        ("The Kommission für Außenhandel in Berlin met.", "Kommission für Außenhandel in Berlin"),
    ],
)
def test_a_bodys_name_in_another_language(text: str, name: str) -> None:
    assert [text[s.start : s.end] for s in _foreign_proper_names(text, read_russian)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "He read the Neues Deutschland report from Peking.",
        "Mao met the Botschafter in Peking.",  # "in" alone: English's word too
        "Obshchestvo v Moskve was founded.",  # romanized Russian
        "Charles de Gaulle went to Peking.",  # English's given name
    ],
)
def test_no_foreign_body(text: str) -> None:
    assert _foreign_proper_names(text, read_russian) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The report of the Botschaft der DDR in Peking reached Berlin.", []),
        ("The Handelsvertretung der DDR in Peking was small.", []),
        (
            "The Botschaft der DDR in Peking wrote that Mao Tse-tung was in Peking.",
            [("Mao Tse-tung", "Mao Zedong", True), ("Peking", "Beijing", True)],
        ),
        ("He read the Neues Deutschland report from Peking.", [("Peking", "Beijing", True)]),
    ],
)
def test_the_english_sentence_around_it_is_checked(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's name only a press transcription reads (Polish, German): as likely his own
        ("Jan Kowalski spoke in Warsaw.", [("Jan Kowalski", "Ian Koval'skii", False)]),
        # a phrase of Russian's words in a press transcription is Russian: fixed whole
        ("the Obščestvo družby in Moscow", [("Obščestvo družby", "Obshchestvo druzhby", True)]),
    ],
)
def test_a_press_transcriptions_name_is_for_review(text: str, expected: list) -> None:
    assert _texts(text) == expected
