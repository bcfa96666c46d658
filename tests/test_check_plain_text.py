"""A plain-text manuscript, whose structure only its layout shows: headings (a short line alone
between blank lines) end the acknowledgements, a note on transliteration and the notes; an
indented paragraph is a block quotation; a citation's title stands between its author and its
imprint; a pipe table's form columns are kept. Gold test: each planted development manuscript
as the plain text a typist would send (benchmarks/md_to_text.py) gives its Markdown findings."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bukva.checker.check import check_text
from bukva.checker.plain_text import block_quotes, citations, headings
from house import MANUSCRIPTS, ROOT, STYLE, as_written_and_as

# a body author's title, which only italics mark: "Ilya Gaiduk's *Confronting Vietnam*" keeps
# Ilya as his own spelling in Markdown; plain text cannot tell the title from prose. A paper's
# name, which only italics mark as a Russian word: "*Zarya*" (dev-manuscript-23); and a title's
# characters, which its italics make a gloss: "*Long Live Leninism* (列宁主义万岁)" (27); a Soviet
# writer before his English title, for review there: "Nikolai Ostrovsky's *How the Steel Was
# Tempered*" (29), a safe fix in plain text, which cannot tell the title from prose
ITALICS_ONLY = {
    "dev-manuscript-12",
    "dev-manuscript-17",
    "dev-manuscript-23",
    "dev-manuscript-27",
    "dev-manuscript-29",
}


def _texts(text: str, style: dict | None = None) -> list[tuple[str, str, bool]]:
    found = check_text(text, style or STYLE, name="chapter.txt", markdown=False)
    return sorted((f.text, f.fix, f.safe) for f in found)


def test_headings_are_short_lines_alone() -> None:
    text = (
        "Chapter 5. Advisers\n\nA note on transliteration\n\nRussian names follow LC.\n\n"
        "- a list item\n\n[1] RGASPI, f. 17.\n\nA line that ends as a sentence.\n\n"
        "Two lines\nof a paragraph\n\n    Indented line\n\nNotes\n"
    )
    starts = headings(text)
    assert [text[s : text.index("\n", s)] for s in starts] == [
        "Chapter 5. Advisers",
        "A note on transliteration",
        "Notes",
    ]


def test_block_quotes_are_indented_paragraphs() -> None:
    text = "Prose here.\n\n    Quoted line one,\n    and two.\n\nMore prose.\n"
    (span,) = block_quotes(text)
    assert text[slice(*span)].strip() == "Quoted line one,\n    and two."


@pytest.mark.parametrize(
    ("entry", "title", "author"),
    [
        (
            "Kapitsa, M. S. Sovetsko-kitaiskie otnosheniia. Moskva: Gospolitizdat, 1958.",
            "Sovetsko-kitaiskie otnosheniia",
            "Kapitsa, M. S",
        ),
        (
            "Khrushchev, Sergey. Nikita Khrushchev and the Creation of a Superpower. "
            "University Park: Penn State, 2000.",
            "Nikita Khrushchev and the Creation of a Superpower",
            "Khrushchev, Sergey",
        ),
        (
            "[3] A. M. Ledovskii, SSSR i Stalin v sud'bakh Kitaia (Moscow: Pamiatniki, 1999), 88.",
            "SSSR i Stalin v sud'bakh Kitaia",
            "A. M. Ledovskii",
        ),
        (
            "[2] Hua-yu Li, Mao and the Economic Stalinization of China (Lanham, 2006), 41.",
            "Mao and the Economic Stalinization of China",
            "Hua-yu Li",
        ),
    ],
)
def test_a_citations_title_and_author(entry: str, title: str, author: str) -> None:
    titles, authors = citations(entry, lambda _: "notes")
    assert entry[slice(*titles[0])] == title
    assert entry[slice(*authors[0][:2])] == author
    assert authors[0][2:] == titles[0]
    assert citations(entry, lambda _: "body") == ([], [])


def test_a_note_on_transliteration_ends_at_the_next_heading() -> None:
    text = (
        "A note on transliteration\n\nWe write Mikoyan rather than Mikoian; the sources have "
        "Peking.\n\nThe advisers arrive\n\nThe advisers reached Peking in 1949.\n"
    )
    assert _texts(text) == [("Peking", "Beijing", True)]  # the body's, not the note's


def test_the_acknowledgements_end_at_the_next_heading() -> None:
    text = (
        "Acknowledgements\n\nI thank Chen Yung-fa and Natalia Yegorova.\n\n"
        "Chapter 1\n\nLiu Shao-ch'i met Chen Yung-fa.\n"
    )
    assert [t for t, _, _ in _texts(text)] == ["Chen Yung-fa", "Liu Shao-ch'i"]


def test_a_heading_ends_the_notes() -> None:
    style = {**STYLE, "scopes": {"notes": {"ru": "ala-lc"}}}
    text = "Notes\n\n[1] Vasilii Kuznetsov's report.\n\nEpilogue\n\nVasilii Kuznetsov came.\n"
    # the note's name in the notes' house (ALA-LC with its marks); the epilogue's in the body's
    found = _texts(text, style)
    assert [t for t, _, _ in found] == ["Vasilii Kuznetsov"]
    assert found[0][1].startswith("Vasiliĭ Kuznet")


def test_an_indented_quotation_is_kept() -> None:
    text = "He wrote:\n\n    Chou En-lai came to Peking.\n\nChou En-lai came to Peking.\n"
    assert [t for t, _, _ in _texts(text)] == ["Chou En-lai", "Peking"]


def test_a_bibliographys_title_is_kept_as_printed() -> None:
    style = {**STYLE, "scopes": {"bibliography": {"ru": "ala-lc"}}}
    text = "Bibliography\n\nKulik, B. T. Sovetsko-kitaiskii raskol. Moscow: IDV RAN, 2000.\n"
    assert _texts(text, style) == []


def test_a_pipe_tables_form_column_is_kept() -> None:
    text = "| Pinyin | Wade-Giles |\n|---|---|\n| Zhou Enlai | Chou En-lai |\n\nChou En-lai came.\n"
    assert [t for t, _, _ in _texts(text)] == ["Chou En-lai"]


@pytest.mark.parametrize(
    "folder",
    [
        pytest.param(f, marks=pytest.mark.xfail(reason="italics alone mark the title", strict=True))
        if f.name in ITALICS_ONLY
        else f
        for f in MANUSCRIPTS
    ],
    ids=lambda p: p.name,
)
def test_a_manuscript_as_text_is_checked_as_in_markdown(folder: Path, tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from md_to_text import markdown_to_text

    def as_text(markdown: str, here: Path) -> Path:
        (here / "chapter.txt").write_text(markdown_to_text(markdown), "utf-8")
        return here / "chapter.txt"

    expected, got = as_written_and_as(folder, tmp_path, as_text)
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a typist's asterisks or underscores mark a title in a text file as in Markdown
        ("NOTES\n\n1. Kovalev, *Sovetsko-kitaiskie otnosheniia*, 12.\n", []),
        ("NOTES\n\n1. Kovalev, _Sovetsko-kitaiskie otnosheniia_, 12.\n", []),
        # a short note: author, title, page
        ("NOTES\n\n1. Kovalev, Sovetsko-kitaiskie otnosheniia, 12.\n", []),
        ("Notes\n\n1. Chou En-lai, Selected Works, 12.\n", []),
        # the author before a Russian title: for review, in the notes' house
        (
            "NOTES\n\n1. Kovalyov, Sovetsko-kitaiskie otnosheniia, 12.\n",
            [("Kovalyov", "Kovalëv", False)],
        ),
        # a note that cites no title: its name in the notes' house, safe
        (
            "NOTES\n\n1. Kovalev to Stalin, 12 May 1949, APRF, f. 45.\n",
            [("Kovalev", "Kovalëv", True)],
        ),
    ],
)
def test_a_text_files_note_titles(text: str, expected: list) -> None:
    style = {**STYLE, "scopes": {"notes": {"ru": "ala-lc"}}}
    assert _texts(text, style) == expected
