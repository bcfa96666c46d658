"""A planted manuscript's Markdown as a Word document, for scoring the check on Word
(``eval_check.py --word``): headings as bold lines, list items and block quotes as plain
paragraphs, a paragraph's wrapped lines joined, *italics* and _italics_ as italic runs, [^n]
references as Word footnotes holding the note's text (its italics too), tables as Word
tables.

    python benchmarks/md_to_docx.py chapter.md chapter.docx [--plain-headings]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))

from docx_builder import build_docx

_NOTE_DEF = re.compile(r"^\[\^([^\]]+)\]:\s*(.*)$")
_PIECES = re.compile(r"(\*[^*\n]+\*|(?<![\w])_[^_\n]+_(?![\w])|\[\^[^\]]+\])")
_ENTRY = re.compile(r"[^\s—–][^\n—–]{0,40}? [—–] ")  # a glossary's or a list's "term — ..."
HARD_BREAK = 0.6  # of the paragraph's widest line: a shorter line ends where the author broke it
_BLOCK = re.compile(r"^(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+(?=\S))")


def _blocks(md: str) -> list[str]:
    """Paragraphs (wrapped lines joined with a space) and each heading, list item, note
    definition, glossary entry and line the author broke short alone (as the check reads a
    Markdown paragraph's lines)."""
    out: list[str] = []
    for para in re.split(r"\n[ \t]*\n", md):
        lines = [line for line in para.splitlines() if line.strip()]
        widest = max(map(len, lines), default=0)
        current, short = "", False
        for line in lines:
            new = line.startswith(("#", "- ", "* ", "> ", "[^", "|")) or re.match(r"\d+\.\s", line)
            if new or short or _ENTRY.match(line):  # a list's or a glossary's line: its own
                if current:
                    out.append(current)
                current = line.strip()
            else:
                current = f"{current} {line.strip()}" if current else line.strip()
            short = len(line) <= HARD_BREAK * widest or bool(_ENTRY.match(line))
        if current:
            out.append(current)
    return out


def _runs(text: str, bold: bool, labels: dict[str, int]):
    runs: list = []
    for piece in _PIECES.split(text):
        if not piece:
            continue
        if piece.startswith("[^"):
            runs.append(labels[piece[2:-1]])
        elif len(piece) > 2 and piece[0] == piece[-1] and piece[0] in "*_":
            runs.append((piece[1:-1], bold, True))
        else:
            runs.append((piece, bold, False))
    return runs


def markdown_to_docx(md: str, path: Path, bold_headings: bool = True) -> Path:
    """``md`` as a Word document at ``path``; ``bold_headings=False`` leaves the headings in
    the Normal style, not bold (a typist's headings: plain short lines)."""
    blocks = _blocks(md)
    notes = [(m.group(1), m.group(2)) for b in blocks if (m := _NOTE_DEF.match(b))]
    labels = {label: i for i, (label, _) in enumerate(notes, 1)}
    paragraphs: list = []
    for b in blocks:
        if _NOTE_DEF.match(b):
            continue
        if b.startswith("|"):  # a table's row: a Word table's, its rule row left out
            cells = [c.strip() for c in b.strip().strip("|").split("|")]
            if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):
                continue
            if paragraphs and isinstance(paragraphs[-1], dict):
                paragraphs[-1]["table"].append(cells)
            else:
                paragraphs.append({"table": [cells]})
            continue
        heading = b.startswith("#")
        body = _BLOCK.sub("", b, count=1)
        runs = _runs(body, heading and bold_headings, labels)
        paragraphs.append(("Quote", runs) if b.startswith(">") else runs)
    footnotes = [
        [(t, i) if isinstance(t, str) else t for t, _, i in _runs(text, False, labels)]
        for _, text in notes
    ]
    return build_docx(path, paragraphs, footnotes or None)


if __name__ == "__main__":
    src, out = Path(sys.argv[1]), Path(sys.argv[2])
    markdown_to_docx(src.read_text("utf-8"), out, "--plain-headings" not in sys.argv[3:])
