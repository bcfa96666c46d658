"""Gold test: each planted development manuscript (benchmarks/data/dev-manuscript*) checked as a
Word document gives the findings its Markdown gives. The Word version is the same text as a
copy editor has it (benchmarks/md_to_docx.py: headings in bold, block quotes in the Quote
style, italics as italic runs, notes as Word footnotes, tables as Word tables), so what Markdown
marks with characters (a heading's #, a title's asterisks, a note's [^n], a block quote's >)
Word must read from its styles and runs: the sections they open and close, the titles in notes
and bibliography, the authors before them, a Chinese title in pinyin, an epigraph."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MANUSCRIPTS = sorted((ROOT / "benchmarks" / "data").glob("dev-manuscript*"))


def _findings(path: Path) -> list[tuple[str, str, str | None, bool]]:
    from bukva.checker.check import check_paths

    _, found = check_paths([path])
    return sorted((f.rule, f.text, f.fix, f.safe) for f in found)


@pytest.mark.parametrize("folder", MANUSCRIPTS, ids=lambda p: p.name)
def test_a_manuscript_in_word_is_checked_as_in_markdown(folder: Path, tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from md_to_docx import markdown_to_docx

    shutil.copy(folder / "bukva.toml", tmp_path / "bukva.toml")
    markdown = (folder / "chapter.md").read_text("utf-8")
    (tmp_path / "chapter.md").write_text(markdown, "utf-8")
    word = markdown_to_docx(markdown, tmp_path / "chapter.docx")
    expected = _findings(tmp_path / "chapter.md")
    assert expected, "a planted manuscript has findings"
    assert _findings(word) == expected


def test_there_are_sixteen_manuscripts() -> None:
    assert len(MANUSCRIPTS) >= 16
