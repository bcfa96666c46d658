"""The check on names the gazetteer knows whole: a Soviet full name in a system whose words
alone read as no Russian (ISO 9 without a diacritic: Vasilij Kuznecov) and a given name before
a surname it knows, in that system (Sergej Kuznecov), fixed with it; a body's pinyin with
GB/T 16159's hyphen (Zhong-Su Youhao Xiehui), its characters beside it in the same brackets,
a surname after an English given name (George Vernadsky), and a Russian body's name in title
case (Gosudarstvennyy Arkhiv Rossiyskoy Federatsii)."""

from __future__ import annotations

import pytest

import bukva
from bukva.checker.check import check_text
from house import STYLE
from house import findings as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "His predecessor, Vasilij Kuznecov, stayed only months.",
            [("ru.wrong-system", "Vasilij Kuznecov", "Vasilii Kuznetsov", True)],
        ),
        (  # the words alone read (BGN/PCGN's -iy): judged one by one, as before
            "Vasiliy Kuznetsov stayed.",
            [("ru.wrong-system", "Vasiliy", "Vasilii", True)],
        ),
        ("Vasilii Kuznetsov stayed.", []),
        (  # the surname alone in the gazetteer: the given name before it fixed with it
            "Sergej Kuznecov stayed.",
            [("ru.wrong-system", "Sergej Kuznecov", "Sergei Kuznetsov", True)],
        ),
        (
            "Nikolaj Fedorenko translated Guo Moruo.",
            [("ru.wrong-system", "Nikolaj Fedorenko", "Nikolai Fedorenko", True)],
        ),
        (  # Marek is no Russian given name: the surname alone
            "Marek Kuznecov stayed.",
            [("ru.wrong-system", "Kuznecov", "Kuznetsov", True)],
        ),
        (
            "The Zhongsu Youhao Xiehui counted its members.",
            [("zh.pinyin-form", "Zhongsu Youhao Xiehui", "Zhong-Su Youhao Xiehui", True)],
        ),
        (
            "The Zhong Su Youhao Xiehui counted its members.",
            [("zh.pinyin-form", "Zhong Su Youhao Xiehui", "Zhong-Su Youhao Xiehui", True)],
        ),
        ("The Zhong-Su Youhao Xiehui counted its members.", []),
        (
            "The Chung-Su Yu-hao Hsieh-hui met.",
            [("zh.wade-giles", "Chung-Su Yu-hao Hsieh-hui", "Zhong-Su Youhao Xiehui", True)],
        ),
        ("The Di Yi Guoji met.", [("zh.pinyin-form", "Di Yi Guoji", "Di-yi Guoji", True)]),
        ("The Association (Zhong-Su Youhao Xiehui, 中苏友好协会) was founded.", []),
        ("George Vernadsky and Alexander Kerensky wrote in America.", []),
    ],
)
def test_names_read_whole(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GARF — Gosudarstvennyy Arkhiv Rossiyskoy Federatsii",
            [
                (
                    "ru.wrong-system",
                    "Gosudarstvennyy Arkhiv Rossiyskoy Federatsii",
                    "Gosudarstvennyi Arkhiv Rossiiskoi Federatsii",
                    True,
                )
            ],
        ),
        ("AVPRF — Arkhiv Vneshnei Politiki Rossiiskoi Federatsii", []),  # the book form
        ("The Red Star Rising", []),  # English words
        ("Moscow State University", []),
    ],
)
def test_a_russian_body_in_title_case_is_read_as_a_phrase(text, expected):
    assert _found(text) == expected


def test_a_name_english_uses_that_the_house_only_adds_soft_signs_to_is_for_review():
    """Friedrich Engels is German: Russian took his name as Энгельс, and Engel's is no fix."""
    (found,) = check_text("The works of Marx and Engels were translated.", STYLE)
    assert (found.text, found.fix, found.safe) == ("Engels", "Engel's", False)
    (found,) = check_text("Tatyana spoke.", STYLE)  # more than a soft sign: safe as before
    assert (found.fix, found.safe) == ("Tat'iana", True)


def test_an_english_word_before_a_russian_name_is_no_word_of_its_phrase():
    """Unyielding round-trips through BGN/PCGN's letters but is English: Katya alone, for
    review, and Unyielding untouched."""
    (found,) = check_text("The report, Unyielding Katya Maura, was read.", STYLE)
    assert (found.text, found.fix, found.safe) == ("Katya", "Katia", False)


def test_characters_in_brackets_with_other_letters_are_still_reported():
    found = _found("The Association (Zhong-Su Youhao Xiehui, 人民日报) was founded.")
    assert [f[0] for f in found] == ["zh.unromanized"]


def test_an_english_given_name_protects_only_the_surname_after_it():
    assert _found("George Vernadsky met Vyacheslav Molotov.") == [
        ("ru.wrong-system", "Vyacheslav", "Viacheslav", True)
    ]
    assert _found("Vernadsky taught at Yale.") == [
        ("ru.wrong-system", "Vernadsky", "Vernadskii", True)
    ]


def test_a_soviet_person_after_his_english_given_name_is_fixed_whole_for_review():
    """Panyushkin, the ambassador, is the gazetteer's: no émigré's own English spelling."""
    (found,) = check_text("Alexander Panyushkin arrived in Beijing.", STYLE)
    assert (found.text, found.fix, found.safe) == (
        "Alexander Panyushkin",
        "Aleksandr Paniushkin",
        False,
    )


def test_the_gazetteer_has_the_body_in_every_system_with_its_hyphen():
    assert bukva.match("Chung-Su Yu-hao Hsieh-hui", "中苏友好协会").same
    assert bukva.match("Zhong-Su Youhao Xiehui", "中苏友好协会").same
