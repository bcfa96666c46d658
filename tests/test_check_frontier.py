"""A chapter on the Sino-Soviet frontier and the clashes of 1969 (dev-manuscript-20): a given
name English also uses (Yuri, Alexei) before a surname the check fixes is fixed with it, as one
name, or the surname is not fixed at all; the press's -i for -ий and x for кс read as Russian
given names; the author of a Russian title whose words the lexicon lacks (*Mify Damanskogo*)
for review, in Markdown and in plain text; characters cited as a list after "as", or before
their translation in quotation marks, kept."""

from __future__ import annotations

import pytest

from bukva.checker.anglicized import given_name_reading
from bukva.checker.credits import russian_title
from bukva.checker.recognize import read_russian
from house import texts as _texts


@pytest.mark.parametrize(
    ("word", "cyrillic"),
    [
        ("Yuri", "юрий"),  # not Юри, a name Russian does not decline
        ("Dmitri", "дмитрий"),
        ("Anatoli", "анатолий"),
        ("Alexei", "алексей"),
        ("Alexey", "алексей"),
        ("Sergey", "сергей"),
        ("Aleksei", "алексей"),
    ],
)
def test_a_romanized_given_name_as_the_press_writes_it(word: str, cyrillic: str) -> None:
    assert given_name_reading(word).cyrillic == cyrillic


@pytest.mark.parametrize("word", ["George", "Alexander", "Boris Johnson", "Maxima", "Taxi"])
def test_no_russian_given_name(word: str) -> None:
    assert given_name_reading(word) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the surname is fixed: the given name with it, or the name would be half fixed
        ("Yuri Babansky held the position.", [("Yuri Babansky", "Iurii Babanskii", False)]),
        ("Iurii Babanskii held the position.", []),
        ("Babansky held the position.", [("Babansky", "Babanskii", True)]),
        # a surname in the house's form, or one the gazetteer does not give this given name
        ("Yuri Zhukov of Pravda wrote it.", []),
        ("Georgi Dimitrov led the Comintern.", []),
        ("Dmitri Shostakovich wrote music.", []),
        # the gazetteer's Алексей Косыгин
        ("Alexei Kosygin flew home.", [("Alexei", "Aleksei", False)]),
        ("Aleksei Kosygin flew home.", []),
        # a scholar's own spelling in the bibliography's full ALA-LC: no surname to fix
        ("## Bibliography\n\nRadchenko, Sergey. *Two Suns in the Heavens*. Stanford, 2009.", []),
    ],
)
def test_a_given_name_english_uses_before_a_surname_fixed(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)


@pytest.mark.parametrize(
    ("title", "russian"),
    [
        ("Mify Damanskogo", True),  # Даманского: no dictionary word, a -sky name in a case
        ("Istoriia Kitaiskoi revoliutsii", True),
        ("Dzieje Polskiego narodu", False),  # Polish
        ("Mending Fences", False),
        ("Return to Zhenbao Island", False),
    ],
)
def test_a_russian_title_by_its_declined_names(title: str, russian: bool) -> None:
    assert russian_title(title, read_russian) is russian


def test_the_author_of_a_russian_title_is_for_review_in_markdown_and_text(tmp_path) -> None:
    from house import file_findings

    note = "D. S. Ryabushkin, {t} (Moscow: AST, 2004), 87; as Hsü Yen shows."
    md = "# Chapter\n\nText.[^1]\n\n## Notes\n\n[^1]: " + note.format(t="*Mify Damanskogo*")
    txt = "Chapter\n\nText.[1]\n\nNotes\n\n[1] " + note.format(t="Mify Damanskogo")
    (tmp_path / "bukva.toml").write_text('ru = "ala-lc-book"\nzh = "pinyin"\n', "utf-8")
    (tmp_path / "a.md").write_text(md, "utf-8")
    (tmp_path / "a.txt").write_text(txt, "utf-8")
    for name in ("a.md", "a.txt"):
        got = [(t, fix, safe) for _, t, fix, safe in file_findings(tmp_path / name)]
        assert ("Ryabushkin", "Riabushkin", False) in got, name


@pytest.mark.parametrize(
    "text",
    [
        "It named Brezhnev and Kosygin in characters as 勃列日涅夫 and 柯西金.",
        'The paper called them 苏修 ("Soviet revisionists") in every issue.',
        "The paper called them 苏修 (“Soviet revisionists”) in every issue.",
        'The "new tsars" (新沙皇) had invaded.',
    ],
)
def test_characters_cited_or_glossed_are_kept(text: str) -> None:
    assert _texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The paper called them 苏修 in every issue.", [("苏修", "Suxiu", False)]),
        (
            "It named 勃列日涅夫 and 柯西金 at once.",
            [("勃列日涅夫", "Brezhnev", False), ("柯西金", "Kosygin", False)],
        ),
    ],
)
def test_characters_left_in_prose_are_still_reported(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senior Lieutenant Ivan Strelnikov walked out.", [("Strelnikov", "Strel'nikov", True)]),
        ("His men called it *pogranichnaya sluzhba*.", [("pogranichnaya", "pogranichnaia", True)]),
        ("Huang Yung-sheng moved the staff.", [("Huang Yung-sheng", "Huang Yongsheng", True)]),
        ('Xinhua called the place "Chenpao Island".', []),
        ("Near Zhalanashkol' the Chinese call it Tielieketi.", []),
        ("Zhenbao Island, which the Russians call Damanskii, is small.", []),
        ("Colonel Demokrat Leonov was killed.", []),
    ],
)
def test_the_frontier_chapter(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)
