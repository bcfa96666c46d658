"""The parts of a Markdown or plain-text manuscript. Markdown marks its headings (# or an
underline) and notes ([^n]: or pandoc's ^[...]); a plain-text file only its layout, the mark a
typist leaves: a heading is a short line standing alone between blank lines (Acknowledgements,
A note on transliteration, The advisers arrive); a block quotation is a paragraph every line
of which is indented (four spaces or a tab); a citation's title stands between its author and
its imprint."""

from __future__ import annotations

import re

MAX_WORDS = 10  # a heading's words at most: a longer line alone is a short paragraph
MAX_CHARS = 80
# not a heading: a list's item, a note ([1] ..., 1. RGASPI ...), a line ending as a sentence or a
# clause does, a fence or a rule
_NOT_HEADING = re.compile(r"^(?:[-*•+>|#=_~]|\[\d+\]|\d+[.)]\s+\S.*[.;:,]$)|[.,;:]$")
_INDENTED = re.compile(r"^(?: {4}|\t)")


def _paragraphs(text: str):
    """(start, end, lines) of each run of non-blank lines; each line as (start, text)."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for raw in [*text.splitlines(keepends=True), ""]:
        line = raw.rstrip("\r\n")
        if line.strip():
            lines.append((pos, line))
        elif lines:
            yield lines[0][0], lines[-1][0] + len(lines[-1][1]), lines
            lines = []
        pos += len(raw)


def heading_line(title: str) -> bool:
    """Whether a line standing alone reads as a heading by its shape: short, a capital or a
    figure first, no list's or note's mark, not ended as a sentence or a clause is."""
    return (
        (title[:1].isupper() or title[:1].isdigit())
        and len(title) <= MAX_CHARS
        and len(title.split()) <= MAX_WORDS
        and not _NOT_HEADING.search(title)
    )


def headings(text: str) -> list[int]:
    """Where each heading line of a plain-text file starts."""
    return [
        start
        for start, _, lines in _paragraphs(text)
        if len(lines) == 1 and lines[0][1] == lines[0][1].lstrip() and heading_line(lines[0][1])
    ]


def block_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph indented as a block quotation, every line of it."""
    return [
        (start, end)
        for start, end, lines in _paragraphs(text)
        if all(_INDENTED.match(line) for _, line in lines)
    ]


# a citation's imprint, as the title before it ends: "(Moscow: Progress" or "(Lanham, 2006)" in
# a note, ". Moskva: Politizdat" in a bibliography
_IMPRINT = re.compile(
    r"(?P<mark>\(|(?<!\b[A-Z])\.\s+)[A-Z][^\W\d_]*(?:[ -][A-Z][^\W\d_]*){0,2}"  # no initial's .
    r"(?::\s+(?=[A-Z\d])|,\s+\d{4}\))"
)
# where a citation begins: a paragraph, a numbered note's line ([1], 1.), the next after "; "
_ENTRY = re.compile(r"(?:\A|\n[ \t]*\n|\n(?=\[\d+\]|\d+\.\s)|; )(?:\[\d+\]|\d+\.)?[ \t]*")
# where a bibliography's author ends: a full stop, the first not after an initial, else the
# last initial's (Kapitsa, M. S. Sovetsko-...)
_STOP = re.compile(r"\.\s+")
_INITIAL = re.compile(r"(?:^|[\s.,-])[A-Z]$")
# a journal's title after an article's quoted title: ..." Problemy Dal'nego Vostoka, 1991, no. 6
_JOURNAL = re.compile(r"(?<=[.,][”\"] )[A-Z][^,\n()”\"]{2,120}?(?=,? (?:\d|no\.|vol\.))")
_CITATION = 400  # characters back from an imprint in which its citation begins
# a short note's citation: "12. Kovalev, Sovetsko-kitaiskie otnosheniia, 45.", its author after
# what leads to it ("5. On Semenov's end see Stephan, The Russian Fascists, 336."), and each of
# a note's citations ("; on Bucharest, Kapitsa, Na raznykh parallelyakh, 67.")
_SHORT = re.compile(
    r"(?:^(?:\[\d+\]|\d+\.)[ \t]+|; )"  # a note's start, or its next citation's
    r"(?:[^,;\n]{0,80}?\b(?:[Ss]ee(?: also)?|[Cc]f\.)\s+|on [^,;\n]{1,60}, )?"
    r"(?P<author>[^,;\n]{2,60}), (?P<title>[^;\n]{2,200}?), "
    r"(?:\d+(?:[–-]\d+)?|[ivxl]+)(?=\.[ \t]*$|;)",
    re.MULTILINE,
)

# an author's name: capitalised words and initials, the particles of names between them (and
# a body's: Ministry of Foreign Affairs)
_NAME_WORD = r"(?:[A-Z][\w'’.\-]*|de|da|di|du|van|von|der|den|la|le|al-\w+|and|of|the|&|eds?\.)"
_NAMED = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*")


def citations(text: str, scope_at) -> tuple[list[tuple[int, int]], list[tuple[int, ...]]]:
    """A text file's titles in notes and bibliography, which no italics mark there, and their
    authors: a book's title between its author and its imprint (A. M. Ledovskii, SSSR i Stalin
    v sud'bakh Kitaia (Moscow: ...; Kapitsa, M. S. Sovetsko-kitaiskie otnosheniia. Moskva:
    ...), a short note's between its author and page (12. Kovalev, Sovetsko-kitaiskie
    otnosheniia, 45.), and a journal's after an article's quoted title. (titles, authors): each
    title (start, end), each author (start, end, and the start and end of his title)."""
    titles, authors = [], []
    for m in _IMPRINT.finditer(text):
        if scope_at(m.start()) not in ("notes", "bibliography"):
            continue
        back = max(0, m.start() - _CITATION)
        starts = [e.end() for e in _ENTRY.finditer(text, back, m.start())]
        if not starts:
            continue
        start = starts[-1]
        head = text[start : m.start()]
        if m.group("mark") == "(":  # a note: Author, Title (Place:
            cut = head.find(", ") + 2 if ", " in head else 0
        else:  # a bibliography: Author. Title. Place:
            stops = [
                (_INITIAL.search(head, 0, a.start()) is None, a.end()) for a in _STOP.finditer(head)
            ]
            cut = next((at for full, at in stops if full), stops[-1][1] if stops else 0)
        if 0 < cut < len(head.rstrip()):
            titles.append((start + cut, start + len(head.rstrip())))
            authors.append((start, start + len(head[:cut].rstrip(" ,.")), *titles[-1]))
    titles += [
        (m.start(), m.end())
        for m in _JOURNAL.finditer(text)
        if scope_at(m.start()) in ("notes", "bibliography")
    ]
    for m in _SHORT.finditer(text):
        if not _NAMED.fullmatch(m["author"]):
            continue  # Nauka i zhizn, no. 9: a journal's title, no author
        if scope_at(m.start()) == "notes" and not any(a <= m.start("title") < b for a, b in titles):
            titles.append(m.span("title"))
            authors.append((*m.span("author"), *m.span("title")))
    return titles, authors


# a work named in a text file's prose by its author and year, no italics to mark its title:
# "Donald Zagoria's The Sino-Soviet Conflict (1962)"
_SMALL = "of|the|and|in|on|for|a|an|to|at|with|from|between"
_PROSE_WORK = re.compile(
    r"(?<![\w'’-])(?P<who>(?:[A-Z][\w\-]*\s){0,2}[A-Z][\w\-]*)['’]s\s+"
    rf"(?P<title>[A-Z][\w'’\-]*(?:[ :]+(?:[A-Z][\w'’\-]*|{_SMALL})){{0,12}})"
    r"\s+\((?:\d{4}|[A-Z][^()\n]{0,40}?[,:]\s[^()\n]{0,40}?\d{4})\)"  # (1962), (Place, 2001)
)


def prose_works(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, ...]]]:
    """A text file's works its prose names with their year, their titles in title case (its
    author, his title: "Donald Zagoria's The Sino-Soviet Conflict (1962)"): (titles, authors),
    as :func:`citations` gives them."""
    titles, authors = [], []
    for m in _PROSE_WORK.finditer(text):
        titles.append(m.span("title"))
        authors.append((*m.span("who"), *m.span("title")))
    return titles, authors


_ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_UNDERLINE = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")


def markdown_headings(text: str) -> dict[int, str]:
    """A Markdown file's headings, where each starts and its title: "# Notes" (ATX) and a line
    underlined with = or - (setext: "Notes" over "-----", as pandoc and many editors write
    them; a --- line after a blank one is a rule, no heading)."""
    out: dict[int, str] = {}
    before: tuple[int, str] | None = None  # the line above, if a paragraph's first line
    blank = True
    pos = 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        atx = _ATX.match(line)
        if atx:
            out[pos] = atx.group(2)
        elif before is not None and _UNDERLINE.match(line):
            out[before[0]] = before[1].strip()
        first = blank and line.strip() and not atx and not _INDENTED.match(line)
        listed = line.lstrip().startswith((">", "- ", "* ", "|"))  # a quote's, list's, table's
        before = (pos, line) if first and not listed else None
        blank = not line.strip()
        pos += len(raw)
    return out


NOTES_HEADING = re.compile(r"^(notes|endnotes|footnotes)\s*$", re.IGNORECASE)
BIBLIO_HEADING = re.compile(
    r"^(bibliography|references|works cited|sources|select bibliography|archives)\s*$",
    re.IGNORECASE,
)
_FOOTNOTE = re.compile(r"^\[\^[^\]]+\]:", re.MULTILINE)
_NOTE_END = re.compile(r"\n(?:[ \t]*\n)+(?=\S)|\n(?=\[\^)")
# pandoc's inline note: ^[A. M. Ledovskii, *SSSR i Stalin*, 88.] (one level of brackets inside)
_INLINE_NOTE = re.compile(r"\^\[(?:[^\[\]\n]|\n(?![ \t]*\n)|\[[^\[\]\n]*\])*\]")


def file_headings(text: str, markdown: bool) -> dict[int, str]:
    """Where each heading of a Markdown or text file starts, and its title (a text file's: "",
    its line is its title)."""
    return markdown_headings(text) if markdown else dict.fromkeys(headings(text), "")


def section_scopes(text: str, markdown: bool, heads: dict[int, str]) -> list[tuple[int, int, str]]:
    """(start, end, scope) of a Markdown or text file's parts, by its ``heads``
    (:func:`file_headings`): Notes → notes, Bibliography/References → bibliography, any
    other heading → body; Markdown's footnote definitions and pandoc's inline notes are notes
    wherever they stand."""
    marks: list[tuple[int, str]] = [(0, "body")]
    pos = 0
    for raw in text.splitlines(keepends=True):
        title = heads.get(pos, "") if markdown else raw.strip()
        if title and NOTES_HEADING.match(title):
            marks.append((pos, "notes"))
        elif title and BIBLIO_HEADING.match(title):
            marks.append((pos, "bibliography"))
        elif pos in heads:
            marks.append((pos, "body"))
        pos += len(raw)
    scopes = [
        (s, marks[i + 1][0] if i + 1 < len(marks) else len(text), scope)
        for i, (s, scope) in enumerate(marks)
    ]
    if not markdown:
        return scopes
    notes = []  # a footnote definition runs to the next unindented paragraph
    for m in _FOOTNOTE.finditer(text):
        stop = _NOTE_END.search(text, m.end())
        notes.append((m.start(), stop.start() if stop else len(text), "notes"))
    notes += [(m.start(), m.end(), "notes") for m in _INLINE_NOTE.finditer(text)]
    return notes + scopes  # the first match wins in scope_at
