"""zh.gloss-form: a romanization beside its characters that the house divides or capitalizes
otherwise, the letters the same (GB/T 16159-2012 in a pinyin house; LC's syllables in an ALA-LC
one)."""

from bukva.checker.check import check_text


def _found(text: str, style: dict) -> dict[str, object]:
    return {f.text: f for f in check_text(text, style) if f.rule == "zh.gloss-form"}


def test_a_phrase_divided_otherwise_is_for_review():
    found = _found("The talks on the Zhongsu guanxi (中苏关系) failed.", {"zh": "pinyin"})
    assert found["Zhongsu guanxi"].fix == "Zhong-Su guanxi"
    assert not found["Zhongsu guanxi"].safe
    assert "中苏关系" in found["Zhongsu guanxi"].evidence[0]


def test_full_width_brackets_and_italics():
    found = _found("It was a *yi bian dao*（一边倒）policy.", {"zh": "pinyin"})
    assert found["yi bian dao"].fix == "yibiandao"


def test_the_house_form_and_other_letters_pass():
    style = {"zh": "pinyin"}
    assert not _found("The talks on the Zhong-Su guanxi (中苏关系) failed.", style)
    # another system's letters: no gloss-form finding (the Wade-Giles rule's)
    assert not _found("Mao Tse-tung (毛泽东) spoke.", style)
    # a Soviet name in characters is his own name, no pinyin of them
    assert not _found("Yudin (尤金) arrived.", style)
    # the first letter's case is the sentence's
    assert not _found("Yibiandao (一边倒) was the policy.", style)


def test_an_ala_lc_house_gets_lc_syllables():
    found = _found("The yibiandao (一边倒) policy.", {"zh": "ala-lc"})
    assert found["yibiandao"].fix == "yi bian dao"
    # and a pinyin house leaves that form alone
    assert not _found("The yibiandao (一边倒) policy.", {"zh": "pinyin"})


def test_the_characters_themselves_stay_a_gloss():
    found = check_text("The talks on the Zhongsu guanxi (中苏关系) failed.", {"zh": "pinyin"})
    assert not any(f.text == "中苏关系" for f in found)


def test_inside_a_sentence_the_house_form_whole():
    found = _found("They founded the Renmin Gongshe (人民公社) in 1958.", {"zh": "pinyin"})
    assert found["Renmin Gongshe"].fix == "renmin gongshe"


def test_a_line_break_before_the_bracket():
    found = _found("The polemic, the Zhongsu lunzhan\n(中苏论战), began.", {"zh": "pinyin"})
    assert found["Zhongsu lunzhan"].fix == "Zhong-Su lunzhan"


def test_a_word_glossed_is_a_gloss_whatever_its_division():
    # one word whose letters the characters' pinyin spells: the characters are a gloss
    found = check_text("Yibiandao (一边倒) was never repudiated.", {"zh": "pinyin"})
    assert found == []


def test_the_romanization_in_brackets_after_the_characters():
    style = {"zh": "pinyin"}
    found = _found("The talks on the 中苏关系 (Zhongsu guanxi) failed.", style)
    assert found["Zhongsu guanxi"].fix == "Zhong-Su guanxi"
    assert not _found("The talks on the 中苏关系 (Zhong-Su guanxi) failed.", style)
    # another phrase in the brackets (a translation) is none of this rule's
    assert not _found("The 中苏关系 (Sino-Soviet relations) failed.", style)


def test_a_word_the_romanizer_only_cuts_into_syllables_is_left():
    """背信弃约, a phrase jieba's dictionary lacks: bukva cuts it qi yue; the author's qiyue may
    be the better word, so a pinyin house reports nothing, and the characters are a gloss even
    after italics. An ALA-LC house still gets its syllables."""
    text = "They called it *Sulian beixin qiyue* (苏联背信弃约), a breach of faith."
    assert not check_text(text, {"zh": "pinyin"})
    found = _found("It was *beixin qiyue* (背信弃约).", {"zh": "ala-lc"})
    assert found["beixin qiyue"].fix == "bei xin qi yue"
