"""A chapter on Chinese students in the Soviet Union (dev-manuscript-22): Chinese names in
Cyrillic cited as the Soviet files wrote them, after "as" and in a list ("some of them as Ли Пэн
and Цзян Цзэминь"); a file that "calls him Николай Владимирович Елизаров throughout"; a title in
pinyin whose words read as a half-converted name (*Liu Su jishi*); the period's Soviet-trained
leaders in the gazetteer (Po Ku); a given name English also uses fixed with its surname
(Olga Zhukovskaya)."""

from __future__ import annotations

import pytest

from house import texts as _texts


@pytest.mark.parametrize(
    "text",
    [
        "Li Peng appears there as Ли Пэн, and Jiang Zemin, who trained in 1955, as Цзян Цзэминь.",
        "The files list former students, some of them as Ли Пэн and Цзян Цзэминь, by name.",
        "His Soviet file calls him Николай Владимирович Елизаров throughout.",
        "The study of the Soviet Union is remembered in *Liu Su jishi*, a collection.",
    ],
)
def test_forms_cited_are_kept(text: str) -> None:
    assert _texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Palladius name in running text, no citation: still fixed
        ("The delegation was led by Ли Пэн in 1957.", [("Ли Пэн", "Li Peng", True)]),
        ("Among them were Wang Ming, Po Ku and others.", [("Po Ku", "Bo Gu", True)]),
        ("Olga Zhukovskaya taught Russian.", [("Olga Zhukovskaya", "Ol'ga Zhukovskaia", False)]),
        ("He joined the party as Nikolai Yelizarov.", [("Yelizarov", "Elizarov", True)]),
        (
            "Most lived in the *obshchezhitiye* on Stromynka.",
            [("obshchezhitiye", "obshchezhitie", True)],
        ),
        ("Song Qingling led the delegation.", [("Song Qingling", "Soong Ching-ling", True)]),
    ],
)
def test_the_students_chapter(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "name", "pinyin"),
    [
        # a text file's title, no italics: the pinyin words either side of the name (asked by
        # the half-converted names' check; a foreign name's pinyin still asks the phrase whole)
        ("Irina Shchukina is remembered in Liu Su jishi (A record of study).", "Liu Su", True),
        ("*Mao Zedong, Sidalin yu Chaoxian zhanzheng*", "Sidalin", True),
        # English's words around the name: prose
        ("He met Teng Xiaoping in Beijing.", "Teng Xiaoping", False),
        ("He met Teng Xiaoping and Kao Gang.", "Teng Xiaoping", False),
        # the name's own syllables are no pinyin phrase (Shao-chi's chi)
        ("Later Liu Shao-chi spoke.", "Liu Shao-chi", False),
    ],
)
def test_a_name_in_pinyin_words(text: str, name: str, pinyin: bool) -> None:
    from bukva.checker.pinyin_text import in_pinyin_text

    at = text.index(name)
    assert in_pinyin_text(text, at, at + len(name), around=True) is pinyin
