"""A book's chapter on its sources and historians (dev-manuscript-21): the forms readers met
("met the leaders as Mao Tse-tung and Chou En-lai") cited, not fixed; a text file's work named
in prose with its year (Donald Zagoria's The Sino-Soviet Conflict (1962)), its author's own
spelling kept as in Markdown's italics; a house exception, a Czech letter in an LC phrase."""

from __future__ import annotations

import pytest

from bukva.checker.plain_text import prose_works
from house import texts as _texts


@pytest.mark.parametrize(
    "text",
    [
        "Western readers met the Chinese leaders as Mao Tse-tung and Chou En-lai.",
        "Readers knew the premier as Chou En-lai, or the city as Peking.",
        "Many still remember him as Chou En-lai.",
    ],
)
def test_forms_readers_met_are_cited(text: str) -> None:
    assert _texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Western readers met Chou En-lai in Geneva.", [("Chou En-lai", "Zhou Enlai", True)]),
        ("He met the premier as a guest of Chou En-lai.", [("Chou En-lai", "Zhou Enlai", True)]),
    ],
)
def test_a_meeting_is_no_citation(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "title", "author"),
    [
        (
            "Donald Zagoria's The Sino-Soviet Conflict (1962) came first.",
            "The Sino-Soviet Conflict",
            "Donald Zagoria",
        ),
        (
            "Chen Jian's Mao's China and the Cold War (Chapel Hill, 2001) is cited.",
            "Mao's China and the Cold War",
            "Chen Jian",
        ),
        (
            "Ilya Gaiduk's Confronting Vietnam (Stanford: Stanford UP, 1996)",
            "Confronting Vietnam",
            "Ilya Gaiduk",
        ),
    ],
)
def test_a_work_named_in_prose_with_its_year(text: str, title: str, author: str) -> None:
    titles, authors = prose_works(text)
    assert [text[a:b] for a, b in titles] == [title]
    assert [text[a:b] for a, b, *_ in authors] == [author]


@pytest.mark.parametrize(
    "text",
    [
        "Mao's Peking (in 1958) was cold.",
        "Stalin's death (1953) changed it.",
        "Mao's visit to Moscow.",
    ],
)
def test_no_work_without_a_title_and_its_year(text: str) -> None:
    assert prose_works(text) == ([], [])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Donald Zagoria's The Sino-Soviet Conflict (1962) came first.", []),
        # no year: as likely prose as a work ("Zagoria's The ..."), read as before
        ("Donald Zagoria's The Sino-Soviet Conflict came first.", [("Zagoria", "Zagor'ia")]),
    ],
)
def test_a_text_files_work_keeps_its_authors_spelling(tmp_path, line: str, expected) -> None:
    from house import file_findings

    (tmp_path / "bukva.toml").write_text('ru = "ala-lc-book"\nzh = "pinyin"\n', "utf-8")
    (tmp_path / "a.txt").write_text(line + "\n", "utf-8")
    assert [(t, fix) for _, t, fix, _ in file_findings(tmp_path / "a.txt")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OSKD — Obshchestvo sovetsko-kitaiskoi družby", [("družby", "druzhby", True)]),
        (
            "the *Obshchestvo sovetsko-kitayskoy druzhby* of 1949",
            [
                (
                    "Obshchestvo sovetsko-kitayskoy druzhby",
                    "Obshchestvo sovetsko-kitaiskoi druzhby",
                    True,
                )
            ],
        ),
        ("the conversations of Mao with Pavel Iudin, the ambassador", [("Iudin", "Yudin", True)]),
        (
            "Soviet lecturers went out to Amoy and Swatow.",
            [("Amoy", "Xiamen", True), ("Swatow", "Shantou", True)],
        ),
        ('He was offered nothing but beer: "Tsingtao, Tsingtao and more Tsingtao."', []),
    ],
)
def test_the_sources_chapter(text: str, expected: list) -> None:
    assert _texts(text) == sorted(expected)
