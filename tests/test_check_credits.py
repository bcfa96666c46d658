"""Credited names: a bibliography's or a note's author is kept as written, except that the
author of a title in romanized Russian did not romanize the name himself: a spelling of another
system there is reported for review (never fixed); one that lacks only the house's marks is
kept (Kapitsa beside Kapit͡sa)."""

from __future__ import annotations

import pytest

from bukva.checker.check import check_text
from bukva.checker.credits import marks_only, russian_title
from bukva.checker.russian import RussianJudge
from bukva.style.house import as_style
from house import STYLE

BIB = {**STYLE, "scopes": {"bibliography": {"ru": "ala-lc"}}}


def _found(text: str) -> list[tuple[str, str, bool]]:
    return [(f.text, f.fix, f.safe) for f in check_text(text, BIB)]


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        (
            "Ledovsky, A. M. *SSSR i Stalin v sud'bakh Kitaia*. Moskva, 1999.",
            [("Ledovsky", "Ledovskiĭ", False)],
        ),
        (
            "Zazerskaya, T. G. *Sovetskie spetsialisty i formirovanie voenno-promyshlennogo "
            "kompleksa Kitaia*. St. Petersburg, 2000.",
            [("Zazerskaya", "Zazerskai͡a", False)],
        ),
        # an English book: the name as its author wrote it
        ("Ledovsky, Andrei. *The USSR, the US, and the People's Republic of China*. 2008.", []),
        # the house's form without its marks: kept
        ("Kapitsa, M. S. *Sovetsko-kitaiskie otnosheniia*. Moskva, 1958.", []),
    ],
)
def test_bibliography_authors(entry, expected):
    assert _found(f"Text.\n\n## Bibliography\n\n{entry}\n") == expected


def test_a_notes_second_citation_is_credited_too():
    text = (
        "Text.[^2]\n\n[^2]: Kapitsa, *Na raznykh paralleliakh*, 61; Sladkovsky, *Istoriia*, 14.\n"
    )
    assert _found(text) == [("Sladkovsky", "Sladkovskii", False)]
    english = "Text.[^2]\n\n[^2]: Westad, *Brothers in Arms*, 61; Sladkovsky, *Trade*, 14.\n"
    assert _found(english) == []


@pytest.mark.parametrize(
    ("title", "russian"),
    [
        ("Sovetsko-kitaiskie otnosheniia, 1945–1980", True),
        ("SSSR i Stalin v sud'bakh Kitaia", True),
        ("Vremia. Liudi. Vlast'", True),
        ("Istoriia", True),
        ("Mao's China and the Cold War", False),
        ("Stalin and the Bomb", False),
        ("Sulian zhuanjia zai Zhongguo", False),
        ("Sovětský svaz a Čína v letech 1949–1960", False),
        ("Die Sowjetunion und China", False),
        ("Stalin", False),
    ],
)
def test_russian_titles(title, russian):
    judge = RussianJudge(as_style(STYLE))
    assert russian_title(title, judge.reading) is russian


def test_marks_only():
    assert marks_only("Kapitsa", "Kapit͡sa") and marks_only("Kovalev", "Kovalëv")
    assert marks_only("Dal'nii", "Dalʹniĭ")
    assert not marks_only("Ledovsky", "Ledovskiĭ")


def test_a_word_notes_authors_are_credited_by_its_italic_titles(tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
    from bukva.checker.check import check_paths
    from bukva.style.house import as_style
    from docx_builder import build_docx

    path = build_docx(
        tmp_path / "notes.docx",
        [[("Text.", False), 1], [("More.", False), 2]],
        [
            ["M. I. Sladkovsky, ", ("Istoriia torgovo-ekonomicheskikh otnoshenii", True), ", 21."],
            [
                "Borisov and Koloskov, ",
                ("Soviet-Chinese Relations", True),
                ", 88; Yu. V. Andropov, ",
                ("Izbrannye rechi", True),
                ", 3; see also Sladkovsky's account.",
            ],
        ],
    )
    _, findings = check_paths([path], as_style(STYLE))
    assert sorted((f.where, f.text, f.safe) for f in findings) == [
        ("footnote 1", "Sladkovsky", False),  # the author of a Russian title: for review
        ("footnote 2", "Sladkovsky", True),  # the note's own words
        ("footnote 2", "Yu", False),
    ]
