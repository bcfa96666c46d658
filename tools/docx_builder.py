"""Build a Word document with footnotes (python-docx writes none), for tests and examples.

Usage from Python: build_docx(path, paragraphs, footnotes) where each paragraph is a list of
runs (text, bold) or (text, bold, italic) and may end with a footnote number, or a table:
{"table": rows of cell texts}, or (style name, runs) for a paragraph in a style of its own
("Quote").
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def _run(run: str | tuple[str, bool]) -> str:
    """A note's run: its text, or (text, italic)."""
    text, italic = (run, False) if isinstance(run, str) else run
    props = "<w:rPr><w:i/></w:rPr>" if italic else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _footnotes_xml(notes: list[list[str | tuple[str, bool]]]) -> bytes:
    parts = [
        f'<w:footnotes xmlns:w="{W_NS}">',
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        "</w:footnote>",
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
        "<w:continuationSeparator/></w:r></w:p></w:footnote>",
    ]
    for i, runs in enumerate(notes, 1):
        body = "".join(_run(t) for t in runs)
        parts.append(
            f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
            f"</w:rPr><w:footnoteRef/></w:r>{body}</w:p></w:footnote>"
        )
    parts.append("</w:footnotes>")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + "".join(parts)).encode()


def build_docx(
    path: str | Path,
    paragraphs: list,
    footnotes: list[list[str | tuple[str, bool]]] | None = None,
) -> Path:
    """Write ``path``: each paragraph is runs of (text, bold) or (text, bold, italic) and
    footnote numbers (ints); each footnote one paragraph of runs, text or (text, italic)."""
    document = docx.Document()
    for runs in paragraphs:
        if isinstance(runs, dict):  # {"table": rows of cell texts}
            rows = runs["table"]
            table = document.add_table(rows=len(rows), cols=max(map(len, rows)))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
            continue
        style = None
        if isinstance(runs, tuple):  # (style name, runs): a block quote's "Quote"
            style, runs = runs
        p = document.add_paragraph(style=style)
        for run in runs:
            if isinstance(run, int):
                r = p.add_run()
                r._r.append(parse_xml(f'<w:footnoteReference xmlns:w="{W_NS}" w:id="{run}"/>'))
                continue
            text, bold, *italic = run
            r = p.add_run(text)
            r.bold, r.italic = bold, bool(italic and italic[0])
    if footnotes:
        part = Part(
            PackURI("/word/footnotes.xml"),
            FOOTNOTES_CT,
            _footnotes_xml(footnotes),
            document.part.package,
        )
        document.part.relate_to(part, RT.FOOTNOTES)
    document.save(str(path))
    return Path(path)


if __name__ == "__main__":  # the example manuscript's Word version
    here = Path(__file__).resolve().parent.parent / "examples" / "manuscript"
    build_docx(
        here / "chapter-4.docx",
        [
            [("Chapter 4. The Friendship Society", True)],
            [
                ("In 1954 the ", False),
                ("Obshchestvo sovetsko-kitaiskoi druzhby", False),
                (" opened branches in every province. Its first chairman, ", False),
                ("Soong Ching-ling", False),
                (", met Mao Tse-tung and Pavel Iudin.", False),
                1,
            ],
            [
                ("The Moscow side answered through the Obshchestvo ", False),
                ("kitaisko-sovetskoi družby", True),
                (", as its letterhead read.", False),
                2,
            ],
        ],
        [
            ["On Iudin see the embassy report of 12 March 1954."],
            ["Arkhiv vneshnei politiki, f. 0100, op. 47; the Czech copy writes Mao Ce-tung."],
        ],
    )
    print(f"wrote {here / 'chapter-4.docx'}")
