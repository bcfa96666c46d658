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

FENCE_OFF = re.compile(r"bukva:\s*off", re.IGNORECASE)
FENCE_ON = re.compile(r"bukva:\s*on", re.IGNORECASE)
_NOTES_HEADING = re.compile(r"^(notes|endnotes|footnotes)\s*$", re.IGNORECASE)
_BIBLIO_HEADING = re.compile(
    r"^(bibliography|references|works cited|sources|select bibliography|archives)\s*$",
    re.IGNORECASE,
)


@dataclass
class Unit:
    """One stretch of text: its scope(s), its fences, and where it is."""

    text: str
    where: str  # "body", "footnote 3", "paragraph 12", ...
    scopes: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, scope)
    fenced: list[tuple[int, int]] = field(default_factory=list)
    line_offset: int = 0  # for text files: units are whole files, lines counted from 1
    docx: object | None = None  # the Word paragraph element and its run map, for fixes

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
    raw: str | None = None  # the file's text (Markdown and text)
    package: object | None = None  # the python-docx Document


# -- Markdown and text -------------------------------------------------------------------------

_MD_FOOTNOTE = re.compile(r"^\[\^[^\]]+\]:", re.MULTILINE)
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1", re.DOTALL)
_MD_FENCED_BLOCK = re.compile(r"^(```|~~~).*?^\1\s*$", re.MULTILINE | re.DOTALL)
_MD_COMMENT_OFF = re.compile(
    r"<!--\s*bukva:\s*off\s*-->(.*?)(<!--\s*bukva:\s*on\s*-->|\Z)", re.DOTALL | re.IGNORECASE
)
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\]\([^)]*\)")


def _scopes_by_heading(text: str, markdown: bool) -> list[tuple[int, int, str]]:
    """Scopes from section headings: Notes → notes, Bibliography/References → bibliography;
    Markdown footnote definitions are notes wherever they stand."""
    marks: list[tuple[int, str]] = [(0, "body")]
    pos = 0
    for line in text.splitlines(keepends=True):
        title = line.strip()
        if markdown:
            m = _MD_HEADING.match(line.rstrip("\n"))
            title = m.group(2) if m else ""
        if title:
            if _NOTES_HEADING.match(title):
                marks.append((pos, "notes"))
            elif _BIBLIO_HEADING.match(title):
                marks.append((pos, "bibliography"))
            elif markdown and _MD_HEADING.match(line.rstrip("\n")):
                marks.append((pos, "body"))
        pos += len(line)
    scopes = [
        (s, marks[i + 1][0] if i + 1 < len(marks) else len(text), scope)
        for i, (s, scope) in enumerate(marks)
    ]
    if markdown:  # footnote definitions run to the next unindented paragraph
        notes = []
        for m in _MD_FOOTNOTE.finditer(text):
            rest = text[m.end() :]
            stop = re.search(r"\n(?:[ \t]*\n)+(?=\S)|\n(?=\[\^)", rest)
            notes.append((m.start(), m.end() + (stop.start() if stop else len(rest)), "notes"))
        scopes = notes + scopes  # the first match wins in scope_at
    return scopes


def _fences(text: str, markdown: bool) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if markdown:
        out += [(m.start(), m.end()) for m in _MD_FENCED_BLOCK.finditer(text)]
        out += [(m.start(), m.end()) for m in _MD_CODE_SPAN.finditer(text)]
        out += [(m.start(), m.end()) for m in _MD_COMMENT_OFF.finditer(text)]
    else:
        off = None
        pos = 0
        for line in text.splitlines(keepends=True):
            if off is None and FENCE_OFF.search(line):
                off = pos
            elif off is not None and FENCE_ON.search(line):
                out.append((off, pos + len(line)))
                off = None
            pos += len(line)
        if off is not None:
            out.append((off, len(text)))
    out += [(m.start(), m.end()) for m in _URL.finditer(text)]
    return out


def read_plain(path: Path, text: str, markdown: bool) -> Document:
    unit = Unit(text, "body", _scopes_by_heading(text, markdown), _fences(text, markdown))
    return Document(path, "markdown" if markdown else "text", [unit], raw=text)


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


def _check_docx_safety(path: Path, source=None) -> None:
    """Refuse what is not a Word package, or would unpack to far more than it holds."""
    import zipfile

    try:
        with zipfile.ZipFile(source if source is not None else path) as z:
            names = z.namelist()
            if "word/document.xml" not in names:
                raise BukvaError(f"{path}: not a Word document (no word/document.xml)")
            total = sum(i.file_size for i in z.infolist())
            packed = max(1, sum(i.compress_size for i in z.infolist()))
            if total > 200 * 1024 * 1024 or total / packed > 200:
                raise BukvaError(f"{path}: unpacks to {total:,} bytes from {packed:,}; refused")
            for name in ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml"):
                if name in names:
                    head = z.open(name).read(4096)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise BukvaError(f"{path}: {name} declares XML entities; refused")
    except zipfile.BadZipFile:
        raise BukvaError(f"{path}: not a Word document (not a zip package)") from None


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


def read_docx(path: Path, data: bytes | None = None) -> Document:
    """Body paragraphs (tables included), footnotes, endnotes and comments of a .docx (from
    ``data`` if given: ``path`` is then only its name)."""
    import io

    _check_docx_safety(path, io.BytesIO(data) if data is not None else None)
    import docx  # python-docx

    try:
        package = docx.Document(io.BytesIO(data) if data is not None else str(path))
    except Exception as exc:
        raise BukvaError(f"{path}: not a readable Word document ({type(exc).__name__})") from None
    units: list[Unit] = []
    body = package.element.body
    scope = "body"
    fence = False
    n = 0
    for p in body.iter(f"{W}p"):
        n += 1
        text, runs = _paragraph_text(p)
        title = text.strip()
        if _NOTES_HEADING.match(title):
            scope = "notes"
        elif _BIBLIO_HEADING.match(title):
            scope = "bibliography"
        if FENCE_OFF.search(text):
            fence = True
        elif FENCE_ON.search(text):
            fence = False
            continue
        if not text.strip():
            continue
        units.append(
            Unit(
                text,
                f"paragraph {n}",
                [(0, len(text), scope)],
                [(0, len(text))] if fence else [],
                docx=runs,
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


def read_bytes(name: str, data: bytes) -> Document:
    """A manuscript given as bytes (an upload): ``name`` says its kind and is only a label."""
    path = Path(Path(name).name or "upload.txt")
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return read_docx(path, data)
    if suffix not in (".md", ".markdown", ".txt", ".text", ""):
        raise BukvaError(f"{path.name}: bukva checks .md, .txt and .docx files, not {suffix}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BukvaError(f"{path.name}: not UTF-8 text (byte {exc.start})") from None
    return read_plain(path, text, markdown=suffix in (".md", ".markdown"))


def read(path: str | Path) -> Document:
    """Read one manuscript file."""
    from ..interfaces.files import read_text

    path = Path(path)
    if not path.exists():
        raise BukvaError(f"no such file: {path}")
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return read_docx(path)
    if suffix in (".md", ".markdown"):
        return read_plain(path, read_text(path), markdown=True)
    if suffix in (".txt", ".text", ""):
        return read_plain(path, read_text(path), markdown=False)
    raise BukvaError(f"{path}: bukva checks .md, .txt and .docx files, not {suffix}")
