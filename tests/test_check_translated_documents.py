"""A documents edition's own cases (dev-manuscript-13): "Com." before a name is Comrade, no
initial; forms an editor cites ("as Soviet print did (...)", "appears as X in one collection");
a translator's [sic]; characters beside their romanization. Each kept case has its unkept twin,
which the check still reports."""

from __future__ import annotations

import pytest

from bukva.checker.initials import _spells
from house import texts as _texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an English abbreviation before a Russian surname is no initial
        ("Present were Com. Kuznetsov and Com. Antonov.", []),
        ("He asked me to greet Com. Khrushchev.", []),
        ("Gen. Malinovskii and Col. Kotov came.", []),
        # an initial that is a system's spelling of one letter is still the house's
        ("Yu. V. Andropov met Mao.", [("Yu", "Iu", True)]),
        ("Andropov, Yu. V., 201", [("Yu", "Iu", True)]),
    ],
)
def test_abbreviations_are_no_initials(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)


@pytest.mark.parametrize(
    ("written", "letter", "spells"),
    [("Yu", "Ю", True), ("Iu", "Ю", True), ("Ts", "Ц", True), ("Zh", "Ж", True),
     ("Com", "Ц", False), ("Gen", "Г", False), ("Col", "Ц", False)],
)  # fmt: skip
def test_spells(written: str, letter: str, spells: bool) -> None:
    assert _spells(written, letter) is spells


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the forms an editor cites as a press or translators gave them
        ("Soviet records give Chinese names as Soviet print did (Мао Цзэдун, Лю Шаоци).", []),
        ("They wrote Mao's name as the translators did (Mao Tse-tung).", []),
        ("The man appears as Chou En-lai in one collection, Chzhou En'lai in another.", []),
        # the same forms in the editor's own sentence
        ("Soviet records praised Мао Цзэдун.", [("Мао Цзэдун", "Mao Zedong", True)]),
        ("Chou En-lai appears in one collection.", [("Chou En-lai", "Zhou Enlai", True)]),
    ],
)
def test_cited_forms(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a form marked [sic] or (sic): the source's own
        ("He referred several times to Com. Kao Kang [sic] and to 1954.", []),
        ("The record writes Kang Sheng as Kan Shen (sic); correct it.", []),
        ("He met Chou En-lai [*sic*] in Geneva.", []),
        # unmarked: the house's form
        ("He referred several times to Kao Kang and to 1954.", [("Kao Kang", "Gao Gang", True)]),
        ("He met Chou En-lai [1954] in Geneva.", [("Chou En-lai", "Zhou Enlai", True)]),
    ],
)
def test_sic(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # characters beside their romanization, without brackets: a gloss, kept
        ("Both are 高岗, Gao Gang.", []),
        ("The premier, Zhou Enlai, 周恩来, answered.", []),
        ("His name, 尤金 Yudin, was known to all.", []),
        # characters beside another name: still left in the text, for review
        ("Both are 高岗, Kang Sheng.", [("高岗", "Gao Gang", False)]),
        ("He met 周恩来 in Geneva.", [("周恩来", "Zhou Enlai", False)]),
    ],
)
def test_characters_beside_romanization(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Gwoyeu Romatzyh's jeou (jiu) is no two Yale syllables je·ou: not read as Yale
        ("Ma Ying-jeou came.", []),
        ("Li Ying-jeou came.", []),
        # Wade-Giles, one syllable a hyphenated part: still the house's form
        ("Ma Ying-chiu came.", [("Ma Ying-chiu", "Ma Yingjiu", True)]),
        ("Mao Tse-tung came.", [("Mao Tse-tung", "Mao Zedong", True)]),
    ],
)
def test_a_hyphenated_part_is_one_syllable(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)
