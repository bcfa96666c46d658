"""A review essay's own cases (dev-manuscript-12): characters cited for the name they stand
for, what a source has, a Chinese title's own pinyin of a foreign name, and an author named in
prose before his title. Each kept case has its unkept twin, which the check still reports."""

from __future__ import annotations

import pytest

from house import texts as _texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # characters cited before "for" and the name they stand for: kept; the name is checked
        ("He calls them 米高扬 for Mikoyan and 罗申 for Roshchin.", []),
        ("The memoir names 尤金 for Iudin.", [("Iudin", "Yudin", True)]),
        # characters with no "for" after them: Hanzi left in the text, for review
        ("He met 米高扬 in Beijing.", [("米高扬", "Mikoyan", False)]),
        ("The characters 米高扬 formed his name.", [("米高扬", "Mikoyan", False)]),
        # a source's form: "the files have", "the minutes give"
        ("The Russian files have Степан Васильевич.", []),
        ("The minutes give Chou En-lai.", []),
        (
            "Степан Васильевич arrived in 1965.",
            [("Степан Васильевич", "Stepan Vasil'evich", False)],
        ),
        (
            "The files have been opened to Chou En-lai's biographers.",
            [("Chou En-lai", "Zhou Enlai", True)],
        ),
    ],
)
def test_cited_forms(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the original after a quoted or italic translation: a gloss, kept
        ('The slogan "Serve the People" (为人民服务) is Mao\'s.', []),
        ("The slogan *Serve the People* (为人民服务) is Mao's.", []),
        ("He said “we shall win” (мы победим) loudly.", []),
        # after unquoted English words it glosses no name: reported, for review
        ("The Great Leap Forward (大跃进) failed.", [("大跃进", "Dayuejin", False)]),
    ],
)
def test_an_original_after_its_translation(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Chinese title in pinyin: its Sidalin is the Chinese text's, not the author's Stalin
        ("He wrote *Mao Zedong, Sidalin yu Chaoxian zhanzheng* in 2003.", []),
        ("Shen's *Sidalin, Mao Zedong he Chaoxian zhanzheng* came first.", []),
        # the same name in English prose: reported for review
        ("Sidalin met Mao in Moscow.", [("Sidalin", "Stalin", False)]),
        # pinyin words that are English words too do not make a Chinese text (he, Mao, Zedong)
        ("Sidalin he Mao Zedong.", [("Sidalin", "Stalin", False)]),
    ],
)
def test_pinyin_title(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Russian-born author before his English title: his own spelling, kept
        ("Ilya Gaiduk's *Confronting Vietnam* is cited by all.", []),
        ("Sergey Radchenko's “The Sino-Soviet Split” appeared in 2010.", []),
        # the same names with no title after them: the house's form
        ("Ilya Gaiduk came to Hanoi in 1965.", [("Ilya", "Il'ia", True)]),
        # before a title in romanized Russian: for review, never fixed
        (
            "Ledovsky's *SSSR i Stalin v sud'bakh Kitaia* is the best account.",
            [("Ledovsky", "Ledovskii", False)],
        ),
        (
            "Ledovsky was consul in Mukden.",
            [("Ledovsky", "Ledovskii", True), ("Mukden", "Shenyang", True)],
        ),
        # a Chinese name before an English title is no credit: Wade-Giles is still fixed
        (
            "Teng Hsiao-p'ing's *Selected Works* came out in 1984.",
            [("Teng Hsiao-p'ing", "Deng Xiaoping", True)],
        ),
    ],
)
def test_author_before_title(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)


def test_a_word_paragraphs_author_is_credited_by_the_italic_title_after_him(tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    from bukva.checker.check import check_paths
    from bukva.style.house import as_style
    from docx_builder import build_docx
    from house import STYLE

    path = build_docx(
        tmp_path / "review.docx",
        [
            [
                ("Ilya Gaiduk's ", False),
                ("Confronting Vietnam", False, True),
                (" is cited.", False),
            ],
            [("Ilya Gaiduk came to Hanoi in 1965.", False)],
            [
                ("Ledovsky's ", False),
                ("SSSR i Stalin v sud'bakh Kitaia", False, True),
                (".", False),
            ],
        ],
    )
    _, found = check_paths([path], as_style(STYLE))
    assert sorted((f.where, f.text, f.safe) for f in found) == [
        ("paragraph 2", "Ilya", True),  # no title after him: the house's form
        ("paragraph 3", "Ledovsky", False),  # before a Russian title: for review
    ]
