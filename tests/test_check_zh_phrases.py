"""A romanized Chinese phrase in the checker is fixed whole or not at all: a gloss in brackets
is kept whole, lower-case groups too; a phrase part of which the gazetteer's rule takes is no
safe fix while the rest is for review; an institution's last word that ends in an institution's
word makes a GB/T 16159 name of the phrase (6.3.2)."""

from __future__ import annotations

from bukva.checker.check import check_text

PINYIN = {"zh": "pinyin"}


def _found(text: str, strict: bool = False) -> list[tuple[str, str, bool]]:
    return [(f.text, f.fix, f.safe) for f in check_text(text, PINYIN, strict=strict)]


def test_a_romanized_gloss_in_brackets_is_kept_whole():
    text = (
        "The Central Committee (Chung-kuo kung-ch'an-tang chung-yang wei-yüan-hui) had "
        "approved it.\n"
    )
    assert _found(text) == []  # no half of it fixed (was: chung-yang, wei-yüan-hui)
    # strict mode reports it, for review only
    assert all(not safe for _, _, safe in _found(text, strict=True))
    assert (
        _found("The Sino-Soviet Friendship Association (Chung-Su yu-hao hsieh-hui) grew.\n") == []
    )


def test_the_same_phrase_outside_brackets_is_fixed_whole():
    # the gazetteer's rule takes the party's name; the rest of the phrase is fixed with it,
    # each word of the institution's name capitalized (GB/T 16159-2012 6.3.2)
    found = _found("The Chung-kuo kung-ch'an-tang chung-yang wei-yüan-hui met.\n")
    assert found == [
        ("Chung-kuo kung-ch'an-tang", "Zhongguo Gongchandang", True),
        ("chung-yang", "Zhongyang", True),
        ("wei-yüan-hui", "Weiyuanhui", True),
    ]


def test_an_institution_named_by_a_word_that_ends_in_an_institutions_word():
    assert _found("The Chung-kuo k'o-hsüeh-yüan was founded.\n") == [
        ("Chung-kuo k'o-hsüeh-yüan", "Zhongguo Kexueyuan", True)
    ]


def test_a_phrase_half_taken_by_the_gazetteer_is_no_safe_fix_while_the_rest_is_unsure():
    # a text with no aspiration mark: ta-hsüeh may have lost one (t'a), so it is for review,
    # and Nan-ching, the gazetteer's Nanjing, is then no safe fix either (no "Nanjing ta-hsüeh")
    found = _found("He studied at Nan-ching ta-hsüeh.\n")
    assert [(t, f) for t, f, _ in found] == [("Nan-ching", "Nanjing"), ("ta-hsüeh", "Daxue")]
    assert not any(safe for _, _, safe in found)
    # the gazetteer's whole name (北京大学, Wade-Giles Pei-ching Ta-hsüeh): one sure fix
    assert _found("He studied at Pei-ching ta-hsüeh.\n") == [
        ("Pei-ching ta-hsüeh", "Beijing Daxue", True)
    ]
    # the rest sure: both fixed (Mao Zedong sixiang, each part safe)
    assert all(safe for _, _, safe in _found("Mao Tse-tung Ssu-hsiang was taught.\n"))


def test_hanzi_left_in_english_take_the_gbt_forms_of_this_stop():
    """Hanzi left in an English text: the review item's form is GB/T 16159's, a term's first
    word small (a determiner apart from its noun, a note's ibid. one word)."""
    found = [
        (f.text, f.fix) for f in check_text("The phrase 我国政府 recurs; see 同上书, 56.\n", PINYIN)
    ]
    assert found == [("我国政府", "wo guo zhengfu"), ("同上书", "tongshang shu")]
