"""zh.pinyin-form: gazetteer names in pinyin's letters, divided or capitalized otherwise than
GB/T 16159-2012 writes them."""

from __future__ import annotations

import random

import pytest

from bukva.checker.check import check_text
from bukva.checker.pinyin_form import pinyin_form
from bukva.chinese.syllables import split_run
from bukva.names.gazetteer import entries

BOOK = {"ru": "ala-lc-book", "zh": "pinyin"}


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Mao Ze Dong", ("Mao Zedong", True)),  # 6.3.1: the given name's syllables joined
        ("Mao Ze-dong", ("Mao Zedong", True)),
        ("Liu Shao Qi", ("Liu Shaoqi", True)),
        ("Zhou En-lai", ("Zhou Enlai", True)),
        ("Renminribao", ("Renmin Ribao", True)),  # 6.3.2: a periodical's words apart, capitals
        ("Zhongguo gongchandang", ("Zhongguo Gongchandang", False)),  # capitals: a press's way
        ("Zhongguogongchandang", ("Zhongguo Gongchandang", True)),
        ("Xian", ("Xi'an", False)),  # an apostrophe added: the letters may be 冼 Xian's
        ("Mao Zedong", None),  # as GB/T writes it
        ("Wuhan", None),  # the city, and the letters of Wu Han, the historian: not ours
        ("Ch'en Yi", None),  # Wade-Giles: its own rule's
        ("Mao Zed Ong", None),  # the words cut a syllable
        ("mao ze dong", None),  # no capital: perhaps no name
    ],
)
def test_pinyin_form(written, expected):
    assert pinyin_form(written) == expected


def test_gazetteer_persons_with_their_given_name_split():
    """Every gazetteer person of two given syllables, the given name written as two words
    (Ye Jian Ying), comes back as the gazetteer writes it, or not at all where CC-CEDICT has
    the letters as another name."""
    persons = [
        e.pinyin
        for e in entries().values()
        if e.origin == "zh" and e.kind == "person" and len(e.pinyin.split()) == 2
    ]
    random.Random(4).shuffle(persons)
    tried = found = 0
    for name in persons[:400]:
        surname, given = name.split()
        parts = split_run(given)
        if not parts or len(parts) != 2 or "'" in given:
            continue
        written = f"{surname} {parts[0].capitalize()} {parts[1].capitalize()}"
        tried += 1
        result = pinyin_form(written)
        if result is not None:
            assert result == (name, True), written
            found += 1
    assert tried > 100 and found > 0.9 * tried


def test_the_fix_in_a_manuscript_and_not_in_a_quotation():
    text = 'Mao Ze Dong spoke. The cable read: "Mao Ze Dong is ill."'
    findings = check_text(text, BOOK)
    assert [(f.rule, f.text, f.fix, f.safe) for f in findings] == [
        ("zh.pinyin-form", "Mao Ze Dong", "Mao Zedong", True)
    ]


def test_a_bodys_name_that_goes_on_in_pinyin_is_for_review():
    """The gazetteer has 中国共产党; its Central Committee follows in lower case pinyin: the
    fix of the first words alone would leave the phrase half fixed, so it waits for review."""
    longer = "See the Zhongguo gong chan dang zhongyang weiyuanhui resolution."
    found = [(f.rule, f.text, f.fix, f.safe) for f in check_text(longer, BOOK)]
    assert found == [("zh.pinyin-form", "Zhongguo gong chan dang", "Zhongguo Gongchandang", False)]
    alone = "See the Zhongguo gong chan dang resolution."
    found = [(f.rule, f.text, f.fix, f.safe) for f in check_text(alone, BOOK)]
    assert found == [("zh.pinyin-form", "Zhongguo gong chan dang", "Zhongguo Gongchandang", True)]
