"""A soft sign's prime typed as an apostrophe (BGN/PCGN's Tsentralʹnyy as English text types
it, Tsentral'nyy; Word's ’ for either), read by the system that writes the prime, and the
house's fix set with the text's own apostrophe."""

from __future__ import annotations

import pytest

from bukva.checker.check import check_text
from bukva.checker.recognize import read_russian

STYLE = {"ru": "ala-lc-book", "zh": "pinyin"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vasil'yev spoke.", [("Vasil'yev", "Vasil'ev")]),
        ("Vasil’yev spoke.", [("Vasil’yev", "Vasil’ev")]),  # the text's ’ kept in the fix
        ("Tsentral'nyy komitet met.", [("Tsentral'nyy", "Tsentral'nyi")]),
        ("Vasil’ev spoke.", []),  # the book form, its ' typeset as ’
        ("Vasil'ev spoke.", []),
        ("Problemy Dal’nego Vostoka", []),
        ("O'Brien spoke.", []),
    ],
)
def test_typed_apostrophes(text, expected):
    assert [(f.text, f.fix) for f in check_text(text, STYLE)] == expected


def test_bgn_reads_its_prime_typed_as_an_apostrophe():
    for typed in ("Tsentral'nyy", "Tsentral’nyy", "Tsentralʹnyy"):
        found = read_russian(typed)
        assert found is not None and found.cyrillic == "центральный"
        assert "bgn-pcgn" in found.systems
