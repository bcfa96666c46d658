"""Chinese names as Soviet print of the 1950s wrote them, the given name hyphenated (Мао
Цзэ-дун, Чжоу Энь-лай), and as a Russian system romanizes them (Mao Tsze-dun, LC's Mao
T͡Szė-dun): the gazetteer holds them, so match, convert and the check know them."""

from __future__ import annotations

import pytest

import bukva
from bukva.checker.check import check_text
from bukva.names.gazetteer import lookup

BOOK = {"ru": "ala-lc-book", "zh": "pinyin"}


@pytest.mark.parametrize(
    ("form", "pinyin"),
    [
        ("Мао Цзэ-дун", "Mao Zedong"),
        ("Mao Tsze-dun", "Mao Zedong"),  # LC book form, BGN/PCGN, popular
        ("Chzhou En'-lai", "Zhou Enlai"),
        ("Chzhou En-lai", "Zhou Enlai"),  # the soft sign left off
        ("Lyu Shao-tsi", "Liu Shaoqi"),
        ("Pen De-khuai", "Peng Dehuai"),
        ("Chen' Bo-da", "Chen Boda"),
    ],
)
def test_gazetteer_holds_the_hyphenated_forms(form, pinyin):
    assert any(s.entry.pinyin == pinyin for s in lookup(form))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mao Tsze-dun", "毛泽东"),
        ("Chzhou En'-lai", "Zhou Enlai"),
        ("Lyu Shao-tsi", "Liu Shaoqi"),
        ("Chen' Bo-da", "陈伯达"),
    ],
)
def test_match(a, b):
    assert bukva.match(a, b).same


def test_a_place_is_not_hyphenated():
    assert not lookup("Shan-khai")  # Шанхай: a place's name is one word


def test_check_reports_them_with_the_house_form():
    text = "The minutes have Mao Tsze-dun ask first; Chzhou En'-lai answered."
    found = [(f.rule, f.text, f.fix, f.safe) for f in check_text(text, BOOK)]
    assert ("zh.palladius", "Mao Tsze-dun", "Mao Zedong", True) in found
    assert ("zh.palladius", "Chzhou En'-lai", "Zhou Enlai", True) in found


@pytest.mark.parametrize("text", ["Then Chen' Xi-lian spoke.", "Then Lin' Hai-yun spoke."])
def test_a_soft_sign_before_a_group_is_no_wade_giles(text):
    """Chen' Bo-da was taken for Yale and half fixed (Chen' Boda): a group after a word ending
    in a soft sign's mark is a Russian source's Palladius, not Wade-Giles or Yale."""
    assert not [f for f in check_text(text, BOOK) if f.rule in ("zh.wade-giles", "zh.yale")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "黑河市与俄罗斯布拉戈维申斯克市隔江相望。",
            "Heihe Shi yu Eluosi Bulageweishensike Shi ge jiang xiangwang.",
        ),
        ("澄溪镇共下辖6个居委会", "Chengxi Zhen gong xiaxia 6 ge juweihui"),
        ("伊夫舍姆镇有水果", "Yifushemu Zhen you shuiguo"),
        ("她进入陕西省省队。", "Ta jinru Shanxi Sheng shengdui."),  # a noun's compound stays
    ],
)
def test_a_generic_glued_to_the_next_word_by_jieba(text, expected):
    assert bukva.romanize(text, lang="zh", system="pinyin") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("弗·伊·列宁和约·维·斯大林", "Fu Yi Liening he Yue Wei Sidalin"),
        ("苏中和约", "Su-Zhong Heyue"),  # the treaty, where no initial follows
    ],
)
def test_a_conjunction_before_the_next_names_initial(text, expected):
    """jieba's 和约 ("peace treaty") between two names of initials and dots is the conjunction
    and the second name's initial."""
    assert bukva.romanize(text, lang="zh", system="pinyin") == expected
