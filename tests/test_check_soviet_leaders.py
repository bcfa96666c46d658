"""A chapter on the Soviet leaders and their Chinese hosts (dev-manuscript-19): a Soviet
person of the gazetteer after the English form of his given name (Alexander Shelepin) or a
romanized given name English also uses (Sergey Tikhvinskii) is for review; a scholar's own
spelling (Sergey Radchenko) and another person of a gazetteer surname (Sergey Khrushchev, the
son) stay. Feminine surnames with ё, patronymics, Giles's i, Soviet names in characters."""

from __future__ import annotations

import pytest

from house import texts as _texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the gazetteer's Александр Шелепин, his surname as the house writes it
        ("Alexander Shelepin never came.", [("Alexander Shelepin", "Aleksandr Shelepin", False)]),
        ("Aleksandr Shelepin never came.", []),
        ("Shelepin never came.", []),
        # Сергей Тихвинский: Sergey is English's word too, so it was never read
        ("Sergey Tikhvinskii wrote.", [("Sergey", "Sergei", False)]),
        ("Sergei Tikhvinskii wrote.", []),
        # not the gazetteer's person of that surname (Никита Хрущёв), or no Soviet person of it
        ("Sergey Khrushchev wrote his father's life.", []),
        ("Sergey Radchenko wrote.", []),
        ("Alexander Pantsov wrote.", []),
        ("Sergey came.", []),
    ],
)
def test_an_english_looking_given_name_of_a_soviet_person(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nina Petrovna Khrushchova came.", [("Khrushchova", "Khrushcheva", True)]),
        ("Nina Petrovna Khrushcheva came.", []),
        ("Nikita Sergeyevich Khrushchev came.", [("Sergeyevich", "Sergeevich", True)]),
        ("Yurii Andropov read it.", [("Yurii", "Iurii", False)]),
        ("Dinmukhamed Kunayev remembered.", [("Kunayev", "Kunaev", False)]),
        ("Dinmukhamed Kunaev remembered.", []),
        ("Po I-po showed him the works.", [("Po I-po", "Bo Yibo", True)]),
        ("At Sian he was shown the tombs.", [("Sian", "Xi'an", True)]),
        ("The Chinese press wrote his name 赫鲁晓夫 (Heluxiaofu).", []),
        ("He called Mikoyan 米高扬 (Migaoyang) in his notes.", []),
    ],
)
def test_the_leaders_chapter(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)
