"""Russian names in Chinese characters read syllable by syllable (names/transcribed.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bukva
from bukva.names.transcribed import _table, pattern, transcribes

EXAMPLES = _table()["examples"]


@pytest.mark.parametrize(("hanzi", "russian"), EXAMPLES["same"])
def test_the_tables_own_examples_read_as_one_name(hanzi, russian):
    assert transcribes(hanzi, russian) is not None


@pytest.mark.parametrize(("hanzi", "russian"), EXAMPLES["different"])
def test_the_tables_own_counter_examples_do_not(hanzi, russian):
    assert transcribes(hanzi, russian) is None


def test_the_reading_is_the_characters_syllables():
    assert transcribes("波德戈尔内", "Подгорный") == "bo·de·ge·er·nei"
    assert transcribes("斯大林格勒", "Сталинград") == "si·da·lin·ge·le"  # -град: 格勒


@pytest.mark.parametrize(
    ("hanzi", "russian"),
    [
        ("列宁", "Ленин"),  # two syllables say too little: the gazetteer's alone
        ("马林", "Малин"),  # a Chinese name (Ma Lin)
        ("东方红", "Дунфанхун"),  # characters of Chinese words, not of transcription
    ],
)
def test_short_names_and_chinese_words_are_not_read(hanzi, russian):
    assert transcribes(hanzi, russian) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # names the gazetteer lacks (Podgorny, Shepilov and Pervukhin it has since stop 48,
        # Semichastny since stop 61)
        ("Kulakov", "库拉科夫"),
        ("Ivan Kapitonov", "伊万·卡皮托诺夫"),
        ("Беляев", "别利亚耶夫"),
        ("Sudarikov", "苏达利科夫"),
        ("Kapitonov, I. V.", "卡皮托诺夫"),
    ],
)
def test_match_reads_a_russian_name_in_characters(a, b):
    found = bukva.match(a, b)
    assert found.same and found.score < 1.0
    assert "how Chinese writes" in found.reason


@pytest.mark.parametrize(
    ("a", "b"), [("Gorbatov", "高尔基"), ("Подгорнов", "波德戈尔内"), ("Malin", "马林")]
)
def test_match_keeps_other_names_apart(a, b):
    assert not bukva.match(a, b).same


@given(st.text(alphabet="абвгдежзиклмнопрстуфхцчшщыьэюяё", min_size=1, max_size=12))
def test_case_and_yo_do_not_change_the_answer(word):
    for hanzi in ("赫鲁晓夫", "马利诺夫斯基", "叶卡捷琳堡"):
        plain = transcribes(hanzi, word)
        assert transcribes(hanzi, word.upper()) == plain
        assert transcribes(hanzi, word.replace("е", "ё")) == plain


def test_every_syllable_of_a_reading_has_a_pattern_or_none():
    assert pattern(("he", "lu", "xiao", "fu")) is not None
    assert pattern(("he", "lu", "xiao", "fu")).fullmatch("хрущев")
    assert not pattern(("he", "lu", "xiao", "fu")).fullmatch("глухов")
    assert pattern(("zzz",)) is None


def test_cluster_joins_a_russian_name_in_characters_for_review():
    groups = bukva.cluster(["Kulakov, F. D.", "Gorbatov", "库拉科夫", "Кулаков Ф. Д."])
    joined = [g for g in groups if "库拉科夫" in g.members]
    assert len(joined) == 1
    assert set(joined[0].members) == {"Kulakov, F. D.", "库拉科夫", "Кулаков Ф. Д."}
    assert joined[0].confidence == pytest.approx(0.7)


def test_a_long_name_is_read_left_to_right_without_backtracking():
    # forty syllables that each may or may not take a letter: a backtracking pattern would
    # try every way of sharing the letters out before saying no
    assert transcribes("伊" * 40, "йй" * 40 + "ы") is None
    assert transcribes("伊" * 40, "и" * 40) is not None


def test_identify_says_a_name_in_characters_is_a_transcription():
    assert "(ku·la·ke·fu)" in " ".join(bukva.identify("库拉科夫").evidence)
    assert not any("transcription" in e for e in bukva.identify("马林").evidence)


def test_the_pinyin_of_a_transcription_as_one_word_is_read_too():
    found = bukva.match("Ka'erpinsiji", "Karpinsky")  # pinyin as GB/T writes the name
    assert found.same and "ka·er·pin·si·ji" in found.reason
    # a Japanese name that pinyin also spells is no Chinese transcription
    assert "how Chinese writes" not in bukva.match("Okajima", "Окадзима").reason


@pytest.mark.parametrize(
    ("hanzi", "first"),
    [("卡皮察", "Капица"), ("斯捷潘诺夫", "Степанов"), ("拉赫曼宁", "Рахманин")],
)
def test_identify_says_what_russian_name_the_characters_may_stand_for(hanzi, first):
    from bukva.names.transcribed import russian_names

    names = russian_names(hanzi)
    assert names[0].replace("ё", "е").capitalize() == first
    assert not any(n.endswith("ову") for n in names)  # a case of the name is not the name
    said = " ".join(bukva.identify(hanzi).evidence)
    assert f"may stand for, the commonest first: {first}" in said
    # a reading for review: the identity keeps no Cyrillic source it cannot cite
    assert bukva.identify(hanzi).sources == (hanzi,)


def test_a_place_by_its_ending_stands_for_no_name_without_it():
    from bukva.names.transcribed import russian_names

    # 列宁格勒 is Ленинград by its ending -град: not the name word Ленин without it
    assert "ленин" not in russian_names("列宁格勒")
    assert russian_names("毛泽东") == []
