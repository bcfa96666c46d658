"""Soviet periodicals the period's books cite (the gazetteer's, from tools/data/period-names.toml)
are read as the titles they are, in any system's spelling, and fixed whole to the house's form:
Novy mir is Новый мир (not новы, a short adjective, and мир), Izvestiya inside a sentence is the
newspaper (a capitalized word the reader alone takes for a name)."""

from __future__ import annotations

import pytest

from bukva.checker.check import check_text
from house import STYLE, texts

LC = {**STYLE, "ru": "ala-lc"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He read Novy mir every month.", [("Novy mir", "Novyi mir", True)]),
        ("He read *Novy Mir* every month.", [("Novy Mir", "Novyi Mir", True)]),
        ("Pravda and Izvestiya agreed.", [("Izvestiya", "Izvestiia", True)]),
        (
            "Mezhdunarodnaya zhizn printed it.",
            [("Mezhdunarodnaya zhizn", "Mezhdunarodnaia zhizn'", True)],
        ),
        ("He wrote in Novoye vremya.", [("Novoye vremya", "Novoe vremia", True)]),
        ("Ogonyok printed photographs.", [("Ogonyok", "Ogonek", True)]),
        # the house's own form: nothing
        ("He read Novyi mir and Izvestiia.", []),
        ("Mezhdunarodnaia zhizn' printed it.", []),
        # words that are no title: an English phrase, a new world
        ("The Soviet Union promised a novy world.", []),
    ],
)
def test_periodicals(text: str, expected: list) -> None:
    assert texts(text) == sorted(expected)


def test_a_periodical_in_a_full_alalc_house_gets_its_ties():
    found = [(f.text, f.fix) for f in check_text("He read Izvestiya daily.", LC)]
    assert found == [("Izvestiya", "Izvestii͡a")]


def test_a_soviet_full_name_is_still_judged_word_by_word():
    # a person's words are judged one by one (the given name the house writes so is kept)
    assert [(f.text, f.fix) for f in check_text("Vasiliy Kuznetsov came.", STYLE)] == [
        ("Vasiliy", "Vasilii")
    ]
