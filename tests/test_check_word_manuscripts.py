"""Gold test: each planted development manuscript (benchmarks/data/dev-manuscript*) checked as a
Word document gives the findings its Markdown gives. The Word version is the same text as a
copy editor has it (benchmarks/md_to_docx.py: headings in bold, or plain as a typist leaves
them, block quotes in the Quote style, italics as italic runs, notes as Word footnotes, tables
as Word tables), so what Markdown marks with characters (a heading's #, a title's asterisks, a
note's [^n], a block quote's >) Word must read from its styles and runs: the sections they open
and close, the titles in notes and bibliography, the authors before them, a Chinese title in
pinyin, an epigraph."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from house import MANUSCRIPTS, ROOT, as_written_and_as


@pytest.mark.parametrize("bold", [True, False], ids=["bold headings", "plain headings"])
@pytest.mark.parametrize("folder", MANUSCRIPTS, ids=lambda p: p.name)
def test_a_manuscript_in_word_is_checked_as_in_markdown(
    folder: Path, tmp_path: Path, bold: bool
) -> None:
    """Headings in bold, or as a typist leaves them: short lines in the Normal style."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from md_to_docx import markdown_to_docx

    expected, got = as_written_and_as(
        folder, tmp_path, lambda md, here: markdown_to_docx(md, here / "chapter.docx", bold)
    )
    assert got == expected


@pytest.mark.parametrize(
    ("paragraphs", "found"),
    [
        # a plain heading opens the acknowledgements; the next plain one ends them
        (["Acknowledgements", "I thank Jan Kowalski.", "The talks", "Jan Kowalski spoke."], 1),
        # a table's cell is no heading: the acknowledgements go on
        (["Acknowledgements", {"table": [["The talks"]]}, "I thank Jan Kowalski."], 0),
        # a sentence is no heading
        (["Acknowledgements", "I thank Jan Kowalski and Ilya Gaiduk in Peking."], 0),
    ],
)
def test_a_plain_heading_in_word(tmp_path: Path, paragraphs: list, found: int) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    from docx_builder import build_docx
    from house import file_findings

    (tmp_path / "bukva.toml").write_text('ru = "ala-lc-book"\nzh = "pinyin"\n', "utf-8")
    build_docx(
        tmp_path / "a.docx", [p if isinstance(p, dict) else [(p, False)] for p in paragraphs]
    )
    got = [t for _, t, _, _ in file_findings(tmp_path / "a.docx")]
    assert got.count("Jan Kowalski") == found


def test_there_are_sixteen_manuscripts() -> None:
    assert len(MANUSCRIPTS) >= 16
