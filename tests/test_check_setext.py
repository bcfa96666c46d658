"""Markdown's underlined (setext) headings, which pandoc and many editors write ("Notes" over
"-----"), open and close sections as "#" headings do. Gold test: each planted development
manuscript with its first two levels of heading underlined gives its findings as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bukva.checker.check import check_text
from bukva.checker.plain_text import markdown_headings
from house import MANUSCRIPTS, STYLE, as_written_and_as


def _underlined(markdown: str) -> str:
    def one(m: re.Match) -> str:
        title = m.group(2)
        return title + "\n" + ("=" if len(m.group(1)) == 1 else "-") * max(3, len(title))

    return re.sub(r"^(#{1,2})\s+(.*)$", one, markdown, flags=re.MULTILINE)


def test_markdown_headings() -> None:
    text = (
        "Chapter 5\n=========\n\nThe advisers\n------------\n\nProse line\nmore prose\n---\n\n"
        "---\n\n## Notes\n\n- item\n---\n"
    )
    titles = list(markdown_headings(text).values())
    # the --- after a blank line is a rule; after a paragraph's second line or a list's item, no
    # heading this reader takes (a paragraph's first line only)
    assert titles == ["Chapter 5", "The advisers", "Notes"]


def test_an_underlined_notes_heading_opens_the_notes() -> None:
    style = {**STYLE, "scopes": {"notes": {"ru": "ala-lc"}}}
    text = "Vasilii Kuznetsov came.\n\nNotes\n-----\n\nVasilii Kuznetsov's report.\n"
    found = [(f.text, f.fix) for f in check_text(text, style)]
    assert [t for t, _ in found] == ["Vasilii Kuznetsov"] and found[0][1].startswith("Vasiliĭ")


@pytest.mark.parametrize("folder", MANUSCRIPTS, ids=lambda p: p.name)
def test_a_manuscript_with_underlined_headings(folder: Path, tmp_path: Path) -> None:
    def underlined(markdown: str, here: Path) -> Path:
        assert _underlined(markdown) != markdown
        (here / "b.md").write_text(_underlined(markdown), "utf-8")
        return here / "b.md"

    expected, got = as_written_and_as(folder, tmp_path, underlined)
    assert got == expected
