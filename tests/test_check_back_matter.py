"""A book's back matter: an index's cross-references keep their headings (the spellings of other
books, listed so that their readers find the entry) while the forms referred to are checked; a
glossary's lines are each their own sentence; and forms a sentence names ("a reader who knows
the premier as Chou En-lai", "the Wade-Giles cheng-feng") are kept. Beside them: a house
exception's fix stays safe where the house form is written elsewhere too, and a place's other
name (Dalny, Fengtian) is for review."""

from __future__ import annotations

import pytest

from bukva.checker.check import check_text
from bukva.checker.context import prose_sentences
from house import STYLE
from house import findings as found


@pytest.mark.parametrize(
    "text",
    [
        "Chou En-lai. *See* Zhou Enlai\n",
        "Chou En-lai, see Zhou Enlai\n",
        "Peking (see Beijing), 14\n",
        "- Tientsin. _See_ Tianjin\n",
        "Zhou Enlai, 18–22\nKao Kang. *See* Gao Gang\nMukden. See Shenyang\n",
        # in a note on the index: the forms a reader knows, named
        "Thus a reader who knows the premier as Chou\nEn-lai, or the city as Peking, finds him.\n",
        "The West knew him as Chou En-lai.\n",
        # a form named by its system
        "zhengfeng — rectification; the Wade-Giles *cheng-feng* of older books\n",
    ],
)
def test_cross_references_and_named_forms_are_kept(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text, wrong, fix",
    [
        ("Chou En-lai. *See* Chou En-lai\n", "Chou En-lai", "Zhou Enlai"),  # the form referred to
        ("Peking, 14, 27–30. *See also* Zhongnanhai\n", "Peking", "Beijing"),  # a heading's own
        ("For Chou En-lai see chapter 5.\n", "Chou En-lai", "Zhou Enlai"),  # prose, no heading
        # a wrapped sentence's line that begins with a name: "See" sends to no name
        ("The premier was\nChou En-lai. See the note below.\n", "Chou En-lai", "Zhou Enlai"),
        ("Liu Shao-ch'i, 47, 56; and Mao Tse-tung, 120\n", "Mao Tse-tung", "Mao Zedong"),
        ("Yenan, 8–10\n", "Yenan", "Yan'an"),
        ("Kuznetsov, Vasiliy Vasil'evich, 88\n", "Vasiliy", "Vasilii"),
        ("Gromyko, Andrey Andreyevich, 160\n", "Andrey Andreyevich", "Andrei Andreevich"),
    ],
)
def test_index_entries_are_checked(text, wrong, fix):
    assert [(t, f, s) for _, t, f, s in found(text)][-1] == (wrong, fix, True)


GLOSSARY = (
    "kolkhoz — a collective farm\n"
    "Komsomolskaya pravda — the Komsomol's daily\n"
    "nomenklatura — the Party's list of posts and of the people fit to hold them\n"
    "zhengfeng — rectification; the Wade-Giles *cheng-feng* of older books\n"
    "zemlyachestvo — an association of people from one region\n"
)


def test_a_glossary_line_about_spelling_protects_only_itself():
    expected = {
        "Komsomolskaya pravda": ("Komsomol'skaia pravda", True),  # the paper, whole
        "zemlyachestvo": ("zemliachestvo", True),
    }
    assert {t: (f, s) for _, t, f, s in found(GLOSSARY)} == expected
    spelled = GLOSSARY.replace(
        "the Wade-Giles *cheng-feng* of older books", "spelled so rather than cheng-feng"
    )
    assert {t: (f, s) for _, t, f, s in found(spelled)} == expected


def test_short_lines_end_a_sentence_and_wrapped_prose_does_not():
    short = (
        "kolkhoz, a collective farm\n"
        "nomenklatura, the list of the Party's posts and of those fit to hold them"
    )
    assert [s for _, _, s in prose_sentences(short)] == [
        "kolkhoz, a collective farm",
        "nomenklatura, the list of the Party's posts and of those fit to hold them",
    ]
    wrapped = (
        "The Czech embassy, reporting on the visit of that year, wrote the premier's name as\n"
        "Čou En-laj throughout, and the German files of the same month do much the same.\n"
    )
    assert len(list(prose_sentences(wrapped))) == 1
    dashes = (
        "The advisers — some two thousand of them — left in 1960; the Czech files\n"
        "write the premier — as Čou En-laj — throughout the period of the split.\n"
    )
    assert len(list(prose_sentences(dashes))) == 1  # two lines of prose, each with a dash
    # the sentence that cites the embassy's spelling runs on past the wrap: for review only
    assert found(wrapped) == [("zh.czech", "Čou En-laj", "Zhou Enlai", False)]


def test_an_exception_is_fixed_beside_the_house_form():
    text = "Pavel Yudin came in 1953. Mao received Iudin often.\n"
    assert found(text) == [("ru.exception", "Iudin", "Yudin", True)]


def test_a_group_with_one_uncertain_spelling_stays_one_review_item():
    text = "Dairen was busy in 1950. The docks of Dalny were old.\n"
    assert found(text) == [("zh.variants", "Dairen / Dalny", "Dalian", False)]


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Russians founded Dalny in 1899.", "Dalny"),
        ("In 1931 the Japanese took Fengtian.", "Fengtian"),
    ],
)
def test_a_places_other_name_is_for_review(text, name):
    [f] = check_text(text, STYLE)
    assert (f.text, f.safe) == (name, False)
    assert "another name of the place" in " ".join(f.evidence)
