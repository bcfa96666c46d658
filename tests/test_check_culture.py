"""A chapter on culture and propaganda's own cases (dev-manuscript-17): the book form's -skii
after the press's letters (Mayakovskii), the arts' Russians in their English names
(Stanislavsky, Meyerhold), a Wade-Giles name with no mark of its own read against the pinyin
name the text writes elsewhere (Chou Yang, Zhou Yang), a possessive after a Wade-Giles pair,
and a long pinyin title's characters after it. Each kept case has its unkept twin."""

from __future__ import annotations

import pytest

from house import texts as _texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # -skii after ya: no system writes it; the house's form, for review
        ("Mayakovskii wrote verse.", [("Mayakovskii", "Mayakovsky", False)]),
        ("Mayakovskii's verse was read.", [("Mayakovskii", "Mayakovsky", False)]),
        ("Maiakovskii wrote verse.", [("Maiakovskii", "Mayakovsky", True)]),
        ("Mayakovsky wrote verse.", []),
    ],
)
def test_a_mixed_skii(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stanislavsky and Meyerhold came to see him.", []),
        ("Sergei Eisenstein was studied.", []),
        ("Stanislavskii came.", [("Stanislavskii", "Stanislavsky", True)]),
        ("Meierkhol'd came.", [("Meierkhol'd", "Meyerhold", True)]),
    ],
)
def test_the_arts_russians_in_english(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the text writes Zhou Yang: Chou Yang is his Wade-Giles form
        ("Zhou Yang spoke. Later Chou Yang wrote.", [("Chou Yang", "Zhou Yang", True)]),
        ("Zhou Yang spoke. Chou Yang's report came.", [("Chou Yang", "Zhou Yang", True)]),
        # no pinyin form in the text: Chou Yang alone is no sure Wade-Giles (chou is pinyin too)
        ("Later Chou Yang wrote.", []),
        # a mark only Wade-Giles writes, with a possessive: the name, as before
        ("Ch'en Yi's troops came.", [("Ch'en Yi", "Chen Yi", True)]),
    ],
)
def test_a_wade_giles_pair_against_the_texts_pinyin(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title of five words and its characters after it, italics or none (Word has none)
        ("It came out as *Gangtie shi zenyang liancheng de* (钢铁是怎样炼成的) in 1942.", []),
        ("It came out as Gangtie shi zenyang liancheng de (钢铁是怎样炼成的) in 1942.", []),
        ("It came out as the novel (钢铁是怎样炼成的) in 1942.", None),
    ],
)
def test_a_long_titles_characters(text: str, expected) -> None:
    found = _texts(text)
    if expected is None:
        assert [t for t, *_ in found] == ["钢铁是怎样炼成的"]
    else:
        assert found == expected
