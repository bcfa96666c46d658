"""English vocabulary that holds an older spelling of a name (data/english-terms.toml: Peking
duck) is left as English, and a place's name inside a station's or hotel's (Radio Peking) is
for review; the same spellings elsewhere are still the house's."""

from __future__ import annotations

import tomllib

import pytest

from bukva.checker.script_runs import english_terms
from bukva.languages.charmodel import DATA
from house import findings, texts

TERMS = tomllib.loads((DATA / "english-terms.toml").read_text("utf-8"))["term"]


@pytest.mark.parametrize("term", TERMS, ids=lambda t: t["form"])
def test_every_term_is_sourced_and_kept(term: dict) -> None:
    assert term["authority"].strip()
    text = f"At the banquet there was {term['form']} for everyone."
    start = text.index(term["form"])
    end = start + len(term["form"])
    assert not [f for f in findings(text) if start <= text.find(f[1], start) < end]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soviet guests were taken to the Peking opera and fed Peking duck.", []),
        ("The skull of Peking Man was lost in 1941.", []),
        ("He drank Tsingtao beer.", []),
        # the city itself: the house's form
        ("Soviet guests were taken to Peking and fed there.", [("Peking", "Beijing", True)]),
        ("He drank beer in Tsingtao.", [("Tsingtao", "Qingdao", True)]),
        # a station's name: for review; a political adjective before the city is no name
        ("They listened to Radio Peking every night.", [("Peking", "Beijing", False)]),
        ("He lived in Communist Peking after 1949.", [("Peking", "Beijing", True)]),
        # a rank before a person is no English name either
        ("They met Marshal Malinovsky at noon.", [("Malinovsky", "Malinovskii", True)]),
    ],
)
def test_terms_and_names(text: str, expected: list) -> None:
    assert texts(text) == sorted(expected)


def test_terms_match_whole_words_in_any_case() -> None:
    pattern = english_terms()
    assert pattern.search("PEKING DUCK") and pattern.search("peking\nduck")
    assert not pattern.search("Peking ducklings") and not pattern.search("Peking duc")
