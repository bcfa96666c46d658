"""A Word manuscript read by its styles and runs, as Markdown is by its marks: a heading closes
the notes' or the bibliography's scope; a run whose italics are turned off (w:i w:val="0") is no
title; an author before an italic Russian title in a bibliography paragraph is for review; a
paragraph in the Quote style is a quotation; a contents line that reads "Acknowledgments" opens
no section; a Chinese title in pinyin in italics keeps its own pinyin of a foreign name."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))


def _check(tmp_path: Path, paragraphs: list) -> list[tuple[str, str, bool]]:
    from bukva.checker.check import check_paths
    from bukva.style.house import as_style
    from docx_builder import build_docx
    from house import STYLE

    path = build_docx(tmp_path / "m.docx", paragraphs)
    _, found = check_paths(
        [path], as_style({**STYLE, "scopes": {"bibliography": {"ru": "ala-lc"}}})
    )
    return sorted((f.where, f.text, f.safe) for f in found)


def test_a_heading_closes_the_bibliography(tmp_path: Path) -> None:
    found = _check(
        tmp_path,
        [
            [("Bibliography", True)],
            [("Vasilii Kuznetsov came.", False)],
            [("Chapter 2. The Thaw", True)],
            [("Vasilii Kuznetsov came.", False)],
        ],
    )
    assert found == [("paragraph 2", "Vasilii Kuznetsov", True)]  # full ALA-LC there only


def test_an_author_before_an_italic_russian_title_is_for_review(tmp_path: Path) -> None:
    # the author's runs written with italics turned off (python-docx writes w:i w:val="0")
    found = _check(
        tmp_path,
        [
            [("Bibliography", True)],
            [
                ("Zazerskaya, T. G. ", False, False),
                (
                    "Sovetskie spetsialisty i formirovanie voenno-promyshlennogo kompleksa",
                    False,
                    True,
                ),
                (". St. Petersburg, 2000.", False, False),
            ],
        ],
    )
    assert found == [("paragraph 2", "Zazerskaya", False)]


def test_a_quote_style_paragraph_is_a_quotation(tmp_path: Path) -> None:
    found = _check(
        tmp_path,
        [
            ("Quote", [("Mao Tse-tung came to Peking.", False)]),
            [('He wrote: "Mao Tse-tung came to Peking."', False)],
            [("Mao Tse-tung came to Peking.", False)],
        ],
    )
    assert found == [("paragraph 3", "Mao Tse-tung", True), ("paragraph 3", "Peking", True)]


def test_a_contents_line_opens_no_section(tmp_path: Path) -> None:
    found = _check(
        tmp_path,
        [
            [("Acknowledgments", False)],
            [("A Note on Names and Transliteration", False)],
            [("Mikoian came to Peking.", False)],
        ],
    )
    assert found == [("paragraph 3", "Mikoian", True), ("paragraph 3", "Peking", True)]


def test_a_pinyin_title_in_italics_keeps_its_pinyin(tmp_path: Path) -> None:
    title = "Mao Zedong, Sidalin yu Chaoxian zhanzheng"
    found = _check(
        tmp_path,
        [
            [
                ("He left the title of his book, ", False),
                (title, False, True),
                (", as it was.", False),
            ],
            [(f"He left the title of his book, {title}, as it was.", False)],
        ],
    )
    assert [w for w, *_ in found] == ["paragraph 2"]  # without italics: for review
