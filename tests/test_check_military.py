"""A chapter on the military alliance's own cases (dev-manuscript-18): an archival citation
in German, French or Polish with no letter of its own alphabet (Botschaft der DDR in Peking):
its names are that language's and stay; the same names in an English sentence are the
house's. Korean names in McCune-Reischauer are no Wade-Giles; the period's postal names are."""

from __future__ import annotations

import pytest

from house import texts as _texts


@pytest.mark.parametrize(
    "text",
    [
        "Botschaft der DDR in Peking an das MfAA, 3. Oktober 1958, PA AA, MfAA, A 6627.",
        "Bericht der Botschaft in Peking über die Lage in Kanton, 1958.",
        "Das Neue China berichtet aus Peking und Mukden.",
        "Note de la Direction Asie sur Peking et Canton, 1958.",
        "Ambasada PRL w Pekinie do MSZ oraz do KC PZPR, 1958, Peking.",
        "I. V. Kovalev, *Dialog*, 83; Botschaft der DDR in Peking an das MfAA, 1958.",
    ],
)
def test_another_languages_clause_without_its_letters_is_kept(text: str) -> None:
    assert _texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English sentences: a German or French word or two does not make them another language's
        ("He met Mao Tse-tung in Peking, der Hauptstadt.", ["Mao Tse-tung", "Peking"]),
        ("Charles de Gaulle visited Peking in 1964.", ["Peking"]),
        ("The Maison de la Culture in Peking held a show.", ["Peking"]),
        ("Neues Deutschland wrote of Peking and Canton in 1958.", ["Peking"]),
        # the clause after the German one is English again
        ("Botschaft der DDR an das MfAA, 1958; the embassy in Peking wrote.", ["Peking"]),
    ],
)
def test_an_english_sentence_with_foreign_words_is_checked(text: str, expected: list) -> None:
    assert [t for t, _, _ in _texts(text)] == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pak Hon-yong, the North Korean foreign minister, promised a rising.", []),
        ("Kim Il-sung's war began in June.", []),
        ("The Americans called them Quemoy and Matsu.", []),
        ("It was exploded at Lop Nur in October 1964.", []),
        ("They flew out of Antung.", [("Antung", "Andong", True)]),
        ("The port of Dairen had been handed back.", [("Dairen", "Dalian", True)]),
        ("Kao Kang fell the next winter.", [("Kao Kang", "Gao Gang", True)]),
        ("Hsu Hsiang-chien met Pak Hon-yong.", [("Hsu Hsiang-chien", "Xu Xiangqian", True)]),
    ],
)
def test_korean_names_and_the_periods_places(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)
