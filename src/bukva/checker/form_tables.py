"""Tables of forms: a column whose heading names a system, a script or a language (Pinyin,
Wade-Giles, Postal, Russian, Characters, "As the Chinese press wrote him") holds the forms it
names, cited on purpose; its cells are not checked, in Markdown tables and in Word tables."""

from __future__ import annotations

import re

_FORM_HEADING = re.compile(
    r"\b(?:pinyin|wade[- ]giles|postal|palladius|yale|gwoyeu|cyrillic|hanzi|characters?|"
    r"russian|chinese|czech|slovak|german|french|polish|hungarian|japanese|mongolian|"
    r"ukrainian|english|familiar|ala-lc|lc|library of congress|bgn|pcgn|iso|gost|"
    r"translit\w*|transcri\w*|romani[sz]\w*|spell\w*|forms?|original|variants?|"
    r"wr(?:ote|itten|ites))\b",
    re.IGNORECASE,
)
_DELIMITER = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
_CELL = re.compile(r"(?:\\\||[^|\n])+")


def form_column(heading: str) -> bool:
    """Whether a column so headed holds forms of a named system, script or language."""
    return _FORM_HEADING.search(heading) is not None


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of one table row text[start:end], as offsets (outer pipes left out)."""
    line = text[start:end]
    inner_start = start + (len(line) - len(line.lstrip(" \t")))
    if text.startswith("|", inner_start):
        inner_start += 1
    return [m.span() for m in _CELL.finditer(text, inner_start, end)]


def markdown_form_cells(text: str) -> list[tuple[int, int]]:
    """The cells of a Markdown table's form columns, below its heading row."""
    if "|" not in text or "-" not in text:
        return []  # no table: most texts, at no cost
    lines, pos = [], 0
    for line in text.splitlines(keepends=True):
        lines.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    out: list[tuple[int, int]] = []
    for k in range(1, len(lines)):
        if not _DELIMITER.match(text, *lines[k]) or "|" not in text[slice(*lines[k - 1])]:
            continue
        columns = [form_column(text[a:b]) for a, b in _cells(text, *lines[k - 1])]
        if not any(columns):
            continue
        for a, b in lines[k + 1 :]:
            if "|" not in text[a:b]:
                break
            out += [cell for cell, yes in zip(_cells(text, a, b), columns, strict=False) if yes]
    return out


def word_form_paragraphs(body, w: str, paragraph_text) -> set:
    """The paragraph elements in a Word table's form columns, below its first row (``w``: the
    WordprocessingML namespace in braces; ``paragraph_text(p)``: a paragraph's text). The set
    holds the elements, so lxml hands the same ones back while it lives."""
    out: set = set()
    for table in body.iter(f"{w}tbl"):
        rows = table.findall(f"{w}tr")
        if len(rows) < 2:
            continue
        headings = [
            " ".join(paragraph_text(p) for p in cell.iter(f"{w}p"))
            for cell in rows[0].findall(f"{w}tc")
        ]
        columns = [form_column(h) for h in headings]
        for row in rows[1:]:
            for cell, yes in zip(row.findall(f"{w}tc"), columns, strict=False):
                if yes:
                    out |= set(cell.iter(f"{w}p"))
    return out
