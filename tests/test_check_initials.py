"""Initials of a Russian name in another system than the house's (Yu. V. Andropov where the
house writes Iu.), before the surname or after it, fixed only where the initial spells one
Cyrillic letter alone and the surname is Russian."""

from __future__ import annotations

import pytest

from bukva.checker.check import check_text
from house import STYLE


@pytest.mark.parametrize(
    ("text", "style", "expected"),
    [
        ("Yu. V. Andropov met Mao.", STYLE, [("Yu", "Iu", True)]),
        ("He met Yu. Semenov.", STYLE, [("Yu", "Iu", True)]),
        ("Andropov, Yu. V., 201, 214", STYLE, [("Yu", "Iu", True)]),
        ("Ye. F. Kovalev wrote it.", STYLE, [("Ye", "E", True)]),
        ("Iu. V. Andropov met Mao.", {"ru": "bgn-pcgn"}, [("Iu", "Yu", True)]),
        ("Iu. V. Andropov met Mao.", {"ru": "ala-lc"}, [("Iu", "I͡U", True)]),
        # the house's own initial; one letter, every system's; E., Е or Э
        ("Iu. V. Andropov met Mao.", STYLE, []),
        ("E. F. Kovalev and V. M. Molotov came.", STYLE, []),
        # no Russian surname beside it
        ("Yu. Smith came.", STYLE, []),
        ("Ya. Brown and Dr. Yu. Li came.", STYLE, []),
    ],
)
def test_initials(text, style, expected):
    assert [(f.text, f.fix, f.safe) for f in check_text(text, style)] == expected
