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
