"""Pandoc's inline notes (^[A. M. Ledovskii, *SSSR i Stalin*, 88.]) are notes, as [^n] notes
are: their house (a [scopes.notes] table) and their titles and authors. Gold test: each planted
development manuscript with its notes written inline gives the findings of its [^n] notes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bukva.checker.check import check_text
from house import MANUSCRIPTS, STYLE, as_written_and_as

REFERRED = [
    p
    for p in MANUSCRIPTS
    if re.search(r"\[\^[^\]]+\](?!:)", (p / "chapter.md").read_text("utf-8"))  # notes referred to
]
NOTES = {**STYLE, "scopes": {"notes": {"ru": "ala-lc"}}}
_DEFINITION = re.compile(r"^\[\^([^\]]+)\]:[ \t]*(.*(?:\n(?![ \t]*\n|\[\^).*)*)", re.MULTILINE)


def _inline(markdown: str) -> str:
    notes = {m.group(1): m.group(2).strip() for m in _DEFINITION.finditer(markdown)}
    body = _DEFINITION.sub("", markdown).rstrip() + "\n"
    return re.sub(r"\[\^([^\]]+)\]", lambda m: f"^[{notes[m.group(1)]}]", body)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the note's name in the notes' house; the body's in the body's
        (
            "Vasilii Kuznetsov came.^[Vasilii Kuznetsov's report, RGASPI.] He left.\n",
            [("Vasilii Kuznetsov", "Vasiliĭ Kuznet͡sov", True)],
        ),
        ("He wrote.^[A. M. Ledovskii, *Sovetsko-kitaiskie otnosheniia*, 88.]\n", []),
        ("A note ^[with [x] inside] on Peking.\n", [("Peking", "Beijing", True)]),
    ],
)
def test_an_inline_note(text: str, expected: list) -> None:
    assert sorted((f.text, f.fix, f.safe) for f in check_text(text, NOTES)) == expected


@pytest.mark.parametrize("folder", REFERRED, ids=lambda p: p.name)
def test_a_manuscript_with_inline_notes(folder: Path, tmp_path: Path) -> None:
    def inline(markdown: str, here: Path) -> Path:
        assert "^[" in _inline(markdown)
        (here / "b.md").write_text(_inline(markdown), "utf-8")
        return here / "b.md"

    expected, got = as_written_and_as(folder, tmp_path, inline)
    assert got == expected
