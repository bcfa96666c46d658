"""Gold test: each planted development manuscript (benchmarks/data/dev-manuscript*) checked as a
Word document gives the findings its Markdown gives. The Word version is the same text as a
copy editor has it (benchmarks/md_to_docx.py: headings in bold, block quotes in the Quote
style, italics as italic runs, notes as Word footnotes, tables as Word tables), so what Markdown
marks with characters (a heading's #, a title's asterisks, a note's [^n], a block quote's >)
Word must read from its styles and runs: the sections they open and close, the titles in notes
and bibliography, the authors before them, a Chinese title in pinyin, an epigraph."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from house import MANUSCRIPTS, ROOT, as_written_and_as


@pytest.mark.parametrize("folder", MANUSCRIPTS, ids=lambda p: p.name)
def test_a_manuscript_in_word_is_checked_as_in_markdown(folder: Path, tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from md_to_docx import markdown_to_docx

    expected, got = as_written_and_as(
        folder, tmp_path, lambda md, here: markdown_to_docx(md, here / "chapter.docx")
    )
    assert got == expected


def test_there_are_sixteen_manuscripts() -> None:
    assert len(MANUSCRIPTS) >= 16
