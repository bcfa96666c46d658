"""Read a manuscript (Markdown, plain text, Word) as units of text with their place and scope.

A unit is a stretch of text the checker reads as one: a whole Markdown or text file (with the
scope of each part marked), or one Word paragraph, footnote or endnote paragraph, table cell
paragraph or comment paragraph. Every unit keeps what is needed to report a finding where a
person looks for it and to put a fix back without touching anything else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..engine.registry import BukvaError
from .credits import ACK_HEADING, NOTE_HEADING
from .docx_safety import DocxLimits, check_docx
from .docx_styles import toggled_on, word_headings, word_quote
from .form_tables import markdown_form_cells, word_form_paragraphs
from .plain_text import BIBLIO_HEADING as _BIBLIO_HEADING
from .plain_text import NOTES_HEADING as _NOTES_HEADING
from .plain_text import file_headings, section_scopes

_SECTIONS = (("acknowledgements", ACK_HEADING), ("spellings", NOTE_HEADING))  # Word's, by heading


def _section_title(title: str) -> bool:
    """A title that opens a section or a scope: notes, bibliography, acknowledgements, a note
    on names."""
    return bool(
        _NOTES_HEADING.match(title)
        or _BIBLIO_HEADING.match(title)
        or any(h.fullmatch(title) for _, h in _SECTIONS)
    )


# A fence is a whole line: "<!-- bukva: off -->" (Markdown, text), "# bukva: off" or just
# "bukva: off" alone on a line (text); a sentence that mentions the words is not one.
FENCE_OFF = re.compile(r"^\s*(?:<!--|#|//)?\s*bukva:\s*off\s*(?:-->)?\s*$", re.IGNORECASE)
FENCE_ON = re.compile(r"^\s*(?:<!--|#|//)?\s*bukva:\s*on\s*(?:-->)?\s*$", re.IGNORECASE)


@dataclass
class Unit:
    """One stretch of text: its scope(s), its fences, and where it is."""

    text: str
    where: str  # "body", "footnote 3", "paragraph 12", ...
    scopes: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, scope)
    fenced: list[tuple[int, int]] = field(default_factory=list)
    line_offset: int = 0  # for text files: units are whole files, lines counted from 1
    docx: object | None = None  # the Word paragraph element and its run map, for fixes
    # a Word paragraph's: "acknowledgements", "spellings" (a note on names) or "quotation" (a
    # paragraph in a Quote style)
    section: str = ""
    headings: list[int] | None = None  # a Markdown or text file's: where each heading starts

    def scope_at(self, pos: int) -> str:
        for start, end, scope in self.scopes:
            if start <= pos < end:
                return scope
        return "body"

    def is_fenced(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.fenced)


@dataclass
class Document:
    path: Path
    kind: str  # "markdown", "text", "docx"
    units: list[Unit]
    raw: str | None = None  # the file's text (Markdown and text), without a BOM
    package: object | None = None  # the python-docx Document
    bom: bool = False  # the file began with a UTF-8 byte-order mark: a fixed file keeps it
    crlf: tuple[int, ...] = ()  # where the unit's \n stood as \r\n in the file (raw)


# -- Markdown and text -------------------------------------------------------------------------

_MD_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_BACKTICKS = re.compile(r"`+")
_URL = re.compile(r"(?:https?://|www\.)\S+|\]\([^)\s]*\)")
_EMAIL_SIDE = re.compile(r"[\w.+-]+")


def _lines(text: str):
    """(start offset, line without its end) for each line; \n, \r\n and \r all end lines."""
    pos = 0
    for line in text.splitlines(keepends=True):
        yield pos, line.rstrip("\r\n")
        pos += len(line)


def _fenced_blocks(text: str) -> list[tuple[int, int]]:
    """Fenced code blocks, found line by line (linear in the text). As in CommonMark, a block
    closes at a line of the same fence character at least as long as the opening one; one
    left open runs to the end of the document (and is not checked: it is code)."""
    out = []
    opened: tuple[int, str] | None = None
    for pos, line in _lines(text):
        m = _MD_FENCE.match(line)
        if opened is None:
            if m and not (m.group(1)[0] == "`" and "`" in line[m.end() :]):
                opened = (pos, m.group(1))
        elif (
            m
            and m.group(1)[0] == opened[1][0]
            and len(m.group(1)) >= len(opened[1])
            and not line[m.end() :].strip()
        ):
            out.append((opened[0], pos + len(line)))
            opened = None
    if opened is not None:
        out.append((opened[0], len(text)))
    return out


def _code_spans(text: str) -> list[tuple[int, int]]:
    """Inline code: a run of n backticks up to the next run of exactly n (linear: each run is
    looked at once, the next run of each length found from a table built right to left)."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(text)]
    following: dict[int, int] = {}
    next_of: list[int | None] = [None] * len(runs)
    for k in range(len(runs) - 1, -1, -1):
        n = runs[k][1] - runs[k][0]
        next_of[k] = following.get(n)
        following[n] = k
    out = []
    k = 0
    while k < len(runs):
        close = next_of[k]
        if close is None:
            k += 1
            continue
        out.append((runs[k][0], runs[close][1]))
        k = close + 1
    return out


def _off_regions(text: str) -> list[tuple[int, int]]:
    """Regions between whole-line ``bukva: off`` and ``bukva: on`` fences (or the end)."""
    out = []
    off = None
    for pos, line in _lines(text):
        if off is None and FENCE_OFF.match(line):
            off = pos
        elif off is not None and FENCE_ON.match(line):
            out.append((off, pos + len(line)))
            off = None
    if off is not None:
        out.append((off, len(text)))
    return out


def _emails(text: str) -> list[tuple[int, int]]:
    """E-mail addresses, found from each @ outward (linear, unlike a pattern starting at
    every character)."""
    out = []
    at = text.find("@")
    while at != -1:
        left = at
        while left > 0 and (text[left - 1].isalnum() or text[left - 1] in "._+-"):
            left -= 1
        m = _EMAIL_SIDE.match(text, at + 1)
        if left < at and m and "." in m.group().strip("."):
            out.append((left, m.end()))
            at = text.find("@", m.end())
        else:
            at = text.find("@", at + 1)
    return out


def _comments(text: str) -> list[tuple[int, int]]:
    """HTML comments (``<!-- Peking draft -->``): the author's notes, not the book's text."""
    out = []
    at = text.find("<!--")
    while at != -1:
        end = text.find("-->", at + 4)
        if end == -1:
            break
        out.append((at, end + 3))
        at = text.find("<!--", end + 3)
    return out


def _fences(text: str, markdown: bool) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if markdown:
        out += _fenced_blocks(text)
        out += _code_spans(text)
        out += _comments(text)
    out += markdown_form_cells(text)  # a table's Wade-Giles column (a text file's pipe table too)
    out += _off_regions(text)
    out += [(m.start(), m.end()) for m in _URL.finditer(text)]
    out += _emails(text)
    return out


def read_plain(path: Path, text: str, markdown: bool) -> Document:
    """A Markdown or text file as one unit, read with its lines ending in \n (a Windows file's
    \r\n are put back where a fix is written: ``Document.crlf``)."""
    plain = text.replace("\r\n", "\n")
    crlf = tuple(m.start() - k for k, m in enumerate(re.finditer("\r\n", text)))
    heads = file_headings(plain, markdown)
    unit = Unit(plain, "body", section_scopes(plain, markdown, heads), _fences(plain, markdown))
    unit.headings = sorted(heads)
    return Document(path, "markdown" if markdown else "text", [unit], raw=text, crlf=crlf)


# -- Word --------------------------------------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass
class RunMap:
    """Where each character of a Word paragraph's text lives: (w:t element, offset)."""

    paragraph: object
    pieces: list[tuple[object | None, int, int]]  # (w:t or None for tab/break, start, end)


def _paragraph_text(p) -> tuple[str, RunMap]:
    text = ""
    pieces: list[tuple[object | None, int, int]] = []
    for el in p.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen"):
        if el.tag == f"{W}t":
            piece = el.text or ""
            pieces.append((el, len(text), len(text) + len(piece)))
        else:
            piece = {f"{W}tab": "\t", f"{W}noBreakHyphen": "-"}.get(el.tag, "\n")
            pieces.append((None, len(text), len(text) + 1))
        text += piece
    return text, RunMap(p, pieces)


def xml_root(part):
    """The XML tree of a package part, parsed once and kept on the part (python-docx gives
    footnotes and endnotes no part class of their own); fixes are written into this tree."""
    if hasattr(part, "element"):
        return part.element
    root = getattr(part, "_bukva_root", None)
    if root is None:
        from lxml import etree

        root = etree.fromstring(part.blob, etree.XMLParser(resolve_entities=False))
        part._bukva_root = root
    return root


def read_docx(path: Path, data: bytes | None = None, limits: DocxLimits | None = None) -> Document:
    """Body paragraphs (tables included), footnotes, endnotes and comments of a .docx (from
    ``data`` if given: ``path`` is then only its name)."""
    import io

    check_docx(path, io.BytesIO(data) if data is not None else None, limits or DocxLimits())
    import docx  # python-docx

    try:
        package = docx.Document(io.BytesIO(data) if data is not None else str(path))
    except Exception as exc:
        raise BukvaError(f"{path}: not a readable Word document ({type(exc).__name__})") from None
    units: list[Unit] = []
    body = package.element.body
    scope = "body"
    fence = False
    paragraphs = [(p, *_paragraph_text(p)) for p in body.iter(f"{W}p")]
    texts = {p: text for p, text, _ in paragraphs}  # each paragraph's text read once
    forms = word_form_paragraphs(body, W, lambda p: texts.get(p) or _paragraph_text(p)[0])
    section = ""
    heads = word_headings([(p, text) for p, text, _ in paragraphs], W, _section_title)
    for n, ((p, text, runs), heading) in enumerate(zip(paragraphs, heads, strict=True), 1):
        title = text.strip()
        if _NOTES_HEADING.match(title):
            scope = "notes"
        elif _BIBLIO_HEADING.match(title):
            scope = "bibliography"
        elif heading:
            scope = "body"  # another heading ends them, as in Markdown
        if heading:  # a heading opens the acknowledgements or a note on names, or ends them
            section = next((name for name, h in _SECTIONS if h.fullmatch(title)), "")
            if section:
                continue
        quote = word_quote(p, W)  # a block quote, an epigraph
        if FENCE_OFF.match(text):
            fence = True
        elif FENCE_ON.match(text):
            fence = False
            continue
        if not text.strip():
            continue
        units.append(
            Unit(
                text,
                f"paragraph {n}",
                [(0, len(text), scope)],
                [(0, len(text))] if fence or p in forms else [],
                docx=runs,
                section="quotation" if quote else section,
            )
        )
    for part in package.part.package.parts:
        name = str(part.partname)
        label = {
            "/word/footnotes.xml": "footnote",
            "/word/endnotes.xml": "endnote",
            "/word/comments.xml": "comment",
        }.get(name)
        if not label:
            continue
        root = xml_root(part)
        tag = {"footnote": "footnote", "endnote": "endnote", "comment": "comment"}[label]
        for note in root.iter(f"{W}{tag}"):
            note_id = note.get(f"{W}id")
            if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            for k, p in enumerate(note.iter(f"{W}p"), 1):
                text, runs = _paragraph_text(p)
                if text.strip():
                    where = f"{label} {note_id}" + (f", paragraph {k}" if k > 1 else "")
                    units.append(Unit(text, where, [(0, len(text), "notes")], [], docx=runs))
    return Document(path, "docx", units, package=package)


def read_bytes(name: str, data: bytes, limits: DocxLimits | None = None) -> Document:
    """A manuscript given as bytes (an upload): ``name`` says its kind and is only a label."""
    path = Path(Path(name).name or "upload.txt")
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return read_docx(path, data, limits)
    if suffix not in (".md", ".markdown", ".txt", ".text", ""):
        raise BukvaError(f"{path.name}: bukva checks .md, .txt and .docx files, not {suffix}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BukvaError(f"{path.name}: not UTF-8 text (byte {exc.start})") from None
    doc = read_plain(path, text, markdown=suffix in (".md", ".markdown"))
    doc.bom = data.startswith(b"\xef\xbb\xbf")
    return doc


def read(path: str | Path) -> Document:
    """Read one manuscript file."""
    from ..files import read_text

    path = Path(path)
    if not path.exists():
        raise BukvaError(f"no such file: {path}")
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return read_docx(path)
    if suffix in (".md", ".markdown", ".txt", ".text", ""):
        doc = read_plain(path, read_text(path), markdown=suffix in (".md", ".markdown"))
        with open(path, "rb") as f:
            doc.bom = f.read(3) == b"\xef\xbb\xbf"
        return doc
    raise BukvaError(f"{path}: bukva checks .md, .txt and .docx files, not {suffix}")


def docx_titles(unit: Unit) -> list:
    """Italic runs of a Word note: titles cited as printed."""
    from .context import Span

    out = []
    for el, s, e in unit.docx.pieces if unit.docx is not None else ():
        run = el.getparent() if el is not None else None
        props = run.find(f"{W}rPr") if run is not None else None
        if props is not None and toggled_on(props.find(f"{W}i"), W):
            out.append(Span(s, e, "title"))
    return out


_CURLY, _STRAIGHT = re.compile(r"\w’\w"), re.compile(r"\w'\w")  # apostrophes between letters


def curly_apostrophes(doc: Document) -> bool:
    """Whether the document's apostrophes are all typeset as ’ (Word's, a typesetter's)."""
    units = doc.units
    return any(_CURLY.search(u.text) for u in units) and not any(
        _STRAIGHT.search(u.text) for u in units
    )
