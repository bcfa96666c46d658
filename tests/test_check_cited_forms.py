"""Names a sentence cites as forms, not the author's own spelling: characters with their pinyin
in brackets (伯力 (Boli)), a name after "appears ... as", "its older name", "write X as", two
names of one place equated ("Dairen is Dalian"); and a finding whose fix is the text itself,
or a variants group whose spellings differ only by a line break, is never reported."""

from __future__ import annotations

import pytest

from bukva.checker.check import check_text
from house import STYLE
from house import findings as found


@pytest.mark.parametrize(
    "text",
    [
        # characters with their own pinyin in brackets after them
        "Khabarovsk is 伯力 (Boli) in older texts.",
        "The files write him 阿尔希波夫 (A'erxibofu).",
        "Vladivostok became 符拉迪沃斯托克 (Fuladiwosituoke) in the press.",
        # a name a sentence says a source writes so
        "The adviser appears in the files as 阿尔希波夫, and Ambassador Yudin as 尤金.",
        "The adviser appears in the files as A'erxibofu.",
        "Chinese documents write Vladivostok as 符拉迪沃斯托克.",
        "The East German files write Tschou En-lai and Mao Tse-tung, as German did.",
        "They knew the city only by its older name, Haishenwai.",
        # two names of one place equated
        "Port Arthur is Lüshun; Dairen is Dalian.",
        "Dairen, now Dalian, was a Japanese port.",
        "Peking became Beijing in 1949.",
        # the house's form as written, which one reading also takes for a postal form
        "He reached Lüshun in May.",
        # the form the author chooses against: "writing X, not Y"; "Y, the older books called him"
        "We follow Westad in writing Gao Gang, not Kao Kang.",
        "Kao Kang, the older books called him; we write Gao Gang.",
        "The Moscow–Peking axis, as Western journalists called it, lasted a decade.",
    ],
)
def test_cited_forms_are_kept(text):
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dairen was a Japanese port.", ("zh.postal", "Dairen", "Dalian", True)),
        (
            "Mao Tse-tung became Chairman in 1949.",
            ("zh.wade-giles", "Mao Tse-tung", "Mao Zedong", True),
        ),
        ("In 1950 Chou En-lai was Premier.", ("zh.wade-giles", "Chou En-lai", "Zhou Enlai", True)),
        (
            "Liu Shao-ch'i appears in the minutes as a moderate.",
            ("zh.wade-giles", "Liu Shao-ch'i", "Liu Shaoqi", True),
        ),
        # characters after "as" that are the sentence's subject, no form cited
        (
            "As 毛泽东 said, the wind from the East prevails.",
            ("zh.unromanized", "毛泽东", "Mao Zedong", False),
        ),
        # the pinyin of a Soviet adviser's Chinese name alone: another language's form, for review
        ("A'erxibofu arrived in Beijing.", ("ru.wrong-system", "A'erxibofu", "Arkhipov", False)),
    ],
)
def test_names_still_checked(text, expected):
    assert found(text) == [expected]


def test_a_gloss_still_checks_the_division_of_its_pinyin():
    rules = [f[0] for f in found("The talks on the 中苏关系 (Zhongsu guanxi) failed.")]
    assert rules == ["zh.gloss-form"]


def test_a_line_break_is_no_other_spelling():
    text = (
        "The text was revised by Mao Tse-tung himself.\n\n"
        "The East German files, in the Politisches Archiv, write Tschou En-lai and Mao\n"
        "Tse-tung, as German did until the 1970s.\n"
    )
    assert found(text) == [("zh.wade-giles", "Mao Tse-tung", "Mao Zedong", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the German press's spellings in English prose: the house's form
        ("When Tschu Teh came to Berlin, the crowds cheered.", [("Tschu Teh", "Zhu De", True)]),
        ("Liu Schao-tschi did not come at all.", [("Liu Schao-tschi", "Liu Shaoqi", True)]),
        # a German source's sentence quoting him: for review
        (
            "The East German volume quotes Tschou En-lai at length.",
            [("Tschou En-lai", "Zhou Enlai", False)],
        ),
        # German text, quoted or not, and a sentence naming a source's spelling: kept
        ("Genosse Tschou En-lai sprach lange mit dem Botschafter über die Lage.", []),
        ("Der Ministerpräsident Tschou En-lai empfing die Delegation.", []),
        ("The GDR report calls him Tschou En-lai.", []),
        ("The minutes name Mao Ce-tung and Čou En-laj, as Czech did.", []),
    ],
)
def test_the_german_press_spellings(text, expected):
    assert [(f.text, f.fix, f.safe) for f in check_text(text, STYLE)] == expected


def test_a_name_with_its_source_in_an_aside_is_for_review():
    text = "His name, Kovalyov in some English books, is Kovalev here."
    assert [(f.text, f.safe) for f in check_text(text, STYLE)] == [("Kovalev / Kovalyov", False)]


def test_the_minutes_of_a_foreign_body_cite_its_spelling():
    text = "The minutes of the Czechoslovak politburo name Mao Ce-tung."
    assert [(f.text, f.safe) for f in check_text(text, STYLE)] == [("Mao Ce-tung", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a periodical's title in sentence case: its small second word is English too (the
        # gazetteer's periodicals are fixed whole)
        ("He read Literaturnaya gazeta.", [("Literaturnaya gazeta", "Literaturnaia gazeta", True)]),
        ("He wrote for Novyy mir.", [("Novyy mir", "Novyi mir", True)]),
        ("He read Literaturnaia gazeta.", []),
        # one word alone that only a romanization of Russian writes, no name
        ("The Sovinformbyuro distributed the text.", [("Sovinformbyuro", "Sovinformbiuro", True)]),
        ("The report said that Kyoto was mentioned.", []),
        # a German place before an English word: no Russian title
        ("The report said that Pankow was quiet.", []),
    ],
)
def test_a_russian_title_in_sentence_case(text, expected):
    assert [(f.text, f.fix, f.safe) for f in check_text(text, STYLE)] == expected


def test_a_chinese_persons_own_english_name_is_for_review_only():
    # a strict pinyin house, no familiar list: the English names these men went by are asked
    # about, never fixed (their own spelling); a place's English name is still a safe fix
    strict = {"ru": "ala-lc-book", "zh": "pinyin"}
    text = "H. H. Kung and Wellington Koo came; Chiang Kai-shek stayed in Peking."
    assert [(f.text, f.fix, f.safe) for f in check_text(text, strict)] == [
        ("H. H. Kung", "Kong Xiangxi", False),
        ("Wellington Koo", "Gu Weijun", False),
        ("Chiang Kai-shek", "Jiang Jieshi", False),
        ("Peking", "Beijing", True),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname no lexicon lists that the house writes so: the given name's fix stays safe
        ("Dmitriy Shepilov took notes.", [("Dmitriy", "Dmitrii", True)]),
        ("Nikolay Fedorenko stayed.", [("Nikolay", "Nikolai", True)]),
        # a word no Russian system reads as a surname: the given name for review
        ("Nikolay Smith stayed.", [("Nikolay", "Nikolai", False)]),
    ],
)
def test_a_given_name_before_a_surname_the_house_writes_so(text, expected):
    assert [(f.text, f.fix, f.safe) for f in check_text(text, STYLE)] == expected


def test_the_author_s_words_before_a_spelling_quoted_after_a_colon_are_checked():
    quoted = 'The embassy in Peking reported it in its own spelling: "soudruh Čou En-laj přijal".'
    assert [(f.text, f.fix, f.safe) for f in check_text(quoted, STYLE)] == [
        ("Peking", "Beijing", True)
    ]
    # no quotation after it: the whole sentence speaks of spelling, kept
    assert check_text("The embassy in Peking reported it in its own spelling.", STYLE) == []
