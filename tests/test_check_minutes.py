"""A chapter on the Chinese and Soviet minutes of Mao's talks, and one on the Soviet embassy for
a British press (dev-manuscript-35, -34): forms a sentence says a source gives ("Roshchin is 罗申
in the minutes", "wrote Mao's name as Мао Цзэдун", "the old Chinese names of Soviet places"),
kept; a body as a note's editor in a catalog's sentence case; Soviet and Chinese persons in
characters in an English sentence, for review; a Soviet full name whose surname the house's
own system reads as another name (Iudin under BGN/PCGN: Иудин, not the gazetteer's Юдин)."""

from __future__ import annotations

import pytest

from bukva.checker.check import check_text
from house import texts as _texts

BGN = {"ru": "bgn-pcgn", "zh": "pinyin", "options": {"ru": {"signs": "drop"}}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Soviet interpreter wrote Mao's name as Мао Цзэдун in the record.", []),
        ("The ambassador Roshchin is 罗申 in the minutes and Luoshen in the pinyin index.", []),
        (
            "The minutes keep the old Chinese names of Soviet places: Vladivostok is 海参崴 "
            "(Haishenwai), Khabarovsk is 伯力 (Boli).",
            [],
        ),
        (
            "Text.\n\n[^1]: Zhonggong zhongyang wenxian yanjiushi, ed., *Mao Zedong nianpu*, "
            "vol. 3 (Beijing: Zhongyang wenxian chubanshe, 2013), 395.",
            [],
        ),
        # the same words outside talk of forms: the house's names, for review
        (
            "In the minute of 22 July the record says that 毛泽东 told 尤金 he would not.",
            [("尤金", "Yudin", False), ("毛泽东", "Mao Zedong", False)],
        ),
        ("Mao spoke to 罗申 for an hour.", [("罗申", "Roshchin", False)]),
        # his name told, no form of a name set beside another
        (
            "The engineer's name was 王鹤寿 in the ministry's files.",
            [("王鹤寿", "Wang Heshou", False)],
        ),
    ],
)
def test_forms_a_source_gives(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)


def test_a_full_name_whose_surname_the_house_reads_as_another() -> None:
    """Under BGN/PCGN, Iudin alone reads as Иудин, a name of its own; the gazetteer's Pavel
    Iudin is LC's Юдин, which the house writes Yudin: the name is judged whole."""
    found = [(f.text, f.fix, f.safe) for f in check_text("Pavel Iudin arrived.", BGN)]
    assert found == [("Pavel Iudin", "Pavel Yudin", True)]
    assert check_text("Pavel Yudin arrived.", BGN) == []
