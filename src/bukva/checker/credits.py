"""The context pass's credits: people's own names where the text credits them (a bibliography
entry's authors, a note's cited author, the acknowledgements and the note on transliteration),
kept as written. An author of a title in romanized Russian did not romanize the name himself:
there the name is reported for review, never fixed (Ledovsky, A. M. *SSSR i Stalin v sud'bakh
Kitaia*: the house may write Ledovskii)."""

from __future__ import annotations

import re

from ..engine.text import without_marks
from ..languages.english import english
from .pinyin_text import pinyin_phrase
from .span import CHINESE_TITLE, RUSSIAN_AUTHOR, RUSSIAN_TITLE, Span

_BIB_AUTHOR = re.compile(r"^(?:[-*]\s+|\d+\.\s+)?([^\n.]{2,80}?\.)(?=\s)", re.MULTILINE)
# who: one to four capitalised words, or two such names joined by "and"; or a body as its
# editor, in a catalog's sentence case (Zhonggong zhongyang wenxian yanjiushi, ed.,)
_WHO_NAMES = (
    r"(?P<who>(?:[A-Z][\w'’\-.]*\s?){1,4}(?:(?:and|&) (?:[A-Z][\w'’\-.]*\s?){1,4})?"
    r"|[A-Z][\w'’-]*(?: [a-z][\w'’-]*){1,6}(?=,\s+(?:eds?|comps?)\.))"
)
_EDITED = r",\s+(?:(?:eds?|comps?)\.,?\s+)?"  # ", " and "ed., " or "comp., " before the title
# a note's cited author before a marked title (after "ed.," or "comp.," an editor's), after the
# note's mark ([^1]:, a text file's [1], 1.), "; " (the next citation), "^[" (pandoc's) or "see"
# ("On the pseudonym see Radchenko, *Two Suns*")
_NOTE_AUTHOR = re.compile(
    r"(?:^|\n|; |\^\[|\b[Ss]ee (?:also )?|\b[Cc]f\. )(?:\[\^[^\]]+\]:\s*|\[\d+\]\s+|\d+\.\s+)?"
    rf"{_WHO_NAMES}(?={_EDITED}[*_“\"«])"
)
# an author in prose by the title that follows his name: "Ilya Gaiduk's *Confronting Vietnam*",
# "Ledovsky's *SSSR i Stalin ...*": kept as on his English title page, for review on a Russian one
_BODY_AUTHOR = re.compile(
    r"(?<![\w'’-])(?P<who>(?:[A-Z][\w'’\-]*\s){0,2}(?P<surname>[A-Z][\w\-]*))['’]s\s+(?=[*_“\"«])"
)
# the acknowledgements: their people's names are their own (Chen Yung-fa, Natalia Yegorova)
ACK_HEADING = re.compile(r"^#*\s*acknowledg(?:e)?ments?\s*$", re.IGNORECASE | re.MULTILINE)
# a note on the book's spellings, every form in it cited: "A Note on Transliteration", "A Note on
# Names and Transliteration", "Romanization", "Spelling and Transliteration" (not "A note on the
# index", "Names and their forms": an appendix that gives the book's forms)
_SPELLINGS = r"(?:transliterations?|romani[sz]ations?|spellings?)"
NOTE_HEADING = re.compile(
    r"^#*\s*(?:(?:(?:a\s+)?notes?\s+)?on\s+(?:[\w’'-]+,?\s+(?:(?:and|&)\s+)?){0,3}?"
    rf"(?:names|{_SPELLINGS}|transcriptions?)|(?:[\w’'-]+\s+(?:and|&)\s+)?{_SPELLINGS})"
    r"(?:,?\s+(?:(?:and|&)\s+)?[\w’'-]+){0,4}\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_HEADING = re.compile(r"^#{1,6}\s", re.MULTILINE)
# the title after an author: the first in italics or quotation marks on the entry's line (after
# the rest of the author's initials: Kapitsa, M. S. *Sovetsko-...*), else its next sentence
_MARKED_TITLE = re.compile(r"[*_“\"«]([^*_”\"»\n]{2,200})")
_NEXT_SENTENCE = re.compile(r"[ \t,.]*([^\n]{2,200}?)(?:\.\s|\n|$)")
_TITLE_WITHIN = 120  # characters after the author in which a marked title is looked for
_WORD = re.compile(r"[^\W\d_][\w'’]*")
ENGLISH_WORD = 3.0  # Zipf: a word English uses this much is no evidence of a Russian title
# what one Russian word alone must show: LC's letters, or a popular system's (Agrobiologiya)
_ROMANIZED = ("ii", "ia", "iu", "kh", "zh", "'", "’", "ya", "yu")


def credits(
    text: str,
    scope_at,
    reading,
    italics: list[Span] | None = None,
    heads: list[int] | None = None,
) -> list[Span]:
    """Author positions: the first sentence of a bibliography entry; a note's citation author
    (the names before ", *Title*"); a Russian name before "'s *Title*" anywhere; and a whole
    acknowledgements or transliteration section.
    ``reading(word)`` is a word's Russian reading or None; ``italics``: a Word paragraph's
    italic runs, its titles (no asterisks mark them there); ``heads``: a text file's headings,
    where its sections end."""
    out = []
    for m in _BIB_AUTHOR.finditer(text):
        if scope_at(m.start(1)) == "bibliography":
            out.append(_credit(text, m.start(1), m.end(1), reading, italics))
    for m in _NOTE_AUTHOR.finditer(text):
        out.append(_credit(text, m.start("who"), m.end("who"), reading, italics))
    for m in _BODY_AUTHOR.finditer(text):
        if reading(m["surname"]) is not None:
            span = _credit(text, m.start("who"), m.end("who"), reading, italics)
            if span.kind == "credit" and _soviet_author(m["who"]):
                span = Span(span.start, span.end, RUSSIAN_AUTHOR)
            out.append(span)
    for m in NOTE_HEADING.finditer(text):
        out.append(Span(m.start(), _section_end(text, m.end(), heads), "credit"))
    for m in ACK_HEADING.finditer(text):
        out += acknowledged(text, m.start(), _section_end(text, m.end(), heads))
    return out


def _soviet_author(who: str) -> bool:
    """Whether a body's author before his English title (Nikolai Ostrovsky's *How the Steel
    Was Tempered*) is a Soviet person of the gazetteer by his given name and surname: a
    translation's title page spelled him, not he (Ilya Gaiduk, whom it lacks, wrote in English;
    Sergei Khrushchev, the son, is not his father's entry)."""
    from .anglicized import given_name_reading, soviet_person

    words = who.split()
    given = given_name_reading(words[0]) if len(words) > 1 else None
    return given is not None and soviet_person(given.cyrillic, words[-1])


def _section_end(text: str, at: int, heads: list[int] | None = None) -> int:
    """Where the section whose heading ends at ``at`` ends: the next Markdown heading, or the
    next of ``heads`` (a text file's headings, by their layout)."""
    if heads is not None:
        return next((h for h in heads if h >= at), len(text))
    nxt = _HEADING.search(text, at)
    return nxt.start() if nxt else len(text)


def acknowledged(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The acknowledgements from ``start`` to ``end``, kept as written but for the gazetteer's
    places in them (the archives in Tientsin: the author's own words); the people thanked, and
    the institutions under their own names, are kept. A Word paragraph of the section is one
    whole (``Unit.section``)."""
    from ..names.gazetteer import find

    end = len(text) if end is None else end
    out, at = [], start
    for hit in find(text[start:end]):
        if all(s.entry.kind == "place" for s in hit.spellings):
            out.append(Span(at, start + hit.start, "credit"))
            at = start + hit.end
    return [*out, Span(at, end, "credit")]


def _credit(text: str, start: int, end: int, reading, italics: list[Span] | None) -> Span:
    line_end = text.find("\n", end)
    stop = min(end + _TITLE_WITHIN, line_end if line_end != -1 else len(text))
    run = next((t for t in italics or () if end <= t.start < stop), None)
    m = None if run else _MARKED_TITLE.search(text, end, stop) or _NEXT_SENTENCE.match(text, end)
    title = text[run.start : run.end] if run else m.group(1) if m else ""
    return author_credit(text, start, end, reading, title)


def author_credit(text: str, start: int, end: int, reading, title: str) -> Span:
    """The author at text[start:end] of a citation: his own spelling, or for review before a
    Russian ``title`` (a text file's citations, found by their imprints)."""
    return Span(start, end, RUSSIAN_AUTHOR if russian_title(title, reading) else "credit")


def russian_title(title: str, reading) -> bool:
    """Whether ``title`` is in romanized Russian: most of its words of three letters or more
    read as Russian and are no common English words, two at least, or one alone that shows a
    romanization's letters (Istoriia, Vospominaniia)."""
    words = [w for w in _WORD.findall(title) if len(w) >= 3]
    russian = [
        w
        for w in words
        if english(w) < ENGLISH_WORD
        and (reading(w) is not None or _declined_name(w) or _signless(w, reading))
    ]
    if len(words) == 1 == len(russian):
        return any(r in russian[0].lower() for r in _ROMANIZED)
    return len(russian) >= 2 and len(russian) >= 0.6 * len(words)


def _signless(word: str, reading) -> bool:
    """Whether a title's lower-case word reads as Russian with a soft sign at its end (zhizn)."""
    return word.islower() and reading(word + "'") is not None


# a Russian -sky name's or adjective's case ending, read back (Damanskogo Даманского)
_DECLINED = re.compile("(?<=[сц]к)(?:ого|ой|их|ому|им|ую|ая|ое|ие)$")


def _declined_name(word: str) -> bool:
    """Whether a title's word the lexicon lacks is a Russian -sky name or adjective in a case,
    by its ending and the letters of its nominative (Mify *Damanskogo*, of Даманский)."""
    from itertools import islice

    from .unlisted import ENDING, _cyrillic_readings, russian_spelled

    if len(word) < 7 or not word.isalpha():
        return False
    for spelled in islice(_cyrillic_readings(word.lower(), "ala-lc-book"), 3):
        m = _DECLINED.search(spelled)
        if m is not None and russian_spelled(spelled[: m.start()] + "ий", ENDING):
            return True
    return False


def russian_titled(span: Span, text: str, reading) -> Span:
    """A cited title (a ``title`` span) in romanized Russian: the author's own romanization of a
    Cyrillic title page, whose Russian letters the house's system decides (for review)."""
    if span.kind == "title" and russian_title(text[span.start : span.end], reading):
        return Span(span.start, span.end, RUSSIAN_TITLE)
    return span


def as_written(kind: str | None, rule: str, written: str, fix: str | None) -> str | None:
    """A review-only kind that keeps a finding as written after all: a credited name or a
    Russian title the house writes only with other marks (Kapitsa, Kapit͡sa), and a Russian
    title's finding of another language than Russian; a cited title in pinyin where the house
    writes Chinese otherwise is for review."""
    if kind == RUSSIAN_AUTHOR and fix is not None and marks_only(written, fix):
        return "credit"
    if kind == RUSSIAN_TITLE and (
        not rule.startswith("ru.") or fix is None or marks_only(written, fix, signs=True)
    ):
        return "title"
    # a Chinese title in pinyin (no name: it has words in lower case) in a house that writes
    # Wade-Giles; a text file's note may read it as its author
    if (
        kind in ("title", "credit")
        and rule == "zh.pinyin"
        and pinyin_phrase(_WORD.findall(written))
    ):
        return CHINESE_TITLE
    return kind


_APOSTROPHES = str.maketrans("", "", "ʹʺ'’\ufe20\ufe21\u0361")
_SIGNS = str.maketrans(  # a sign's prime or apostrophe as one, ties dropped
    {"ʹ": "'", "’": "'", "ʺ": '"', "\ufe20": None, "\ufe21": None, "\u0361": None}
)


def marks_only(written: str, fix: str, signs: bool = False) -> bool:
    """Whether ``fix`` differs from ``written`` only by marks, ties and primes (Kapitsa,
    Kapit͡sa; Kovalev, Kovalëv): a credited name the house writes with marks, kept as written.
    ``signs``: a sign written or not is a letter (zhizn, zhizn'), its prime or apostrophe not."""

    def bare(s: str) -> str:
        return without_marks(s).translate(_SIGNS if signs else _APOSTROPHES).lower()

    return bare(written) == bare(fix)


_WHO = re.compile(rf"\s*{_WHO_NAMES}{_EDITED}")


def note_credits(text: str, titles: list[Span], reading) -> list[Span]:
    """The cited authors of a Word note, whose titles are its italic runs (``titles``): the
    names between the citation's start (the note's, or after "; ") and ", " before a title."""
    out = []
    for t in titles:
        start = text.rfind("; ", 0, t.start)
        start = 0 if start == -1 else start + 2
        m = _WHO.fullmatch(text, start, t.start)
        if m is not None:
            russian = russian_title(text[t.start : t.end], reading)
            out.append(Span(m.start("who"), m.end("who"), RUSSIAN_AUTHOR if russian else "credit"))
    return out


_BEFORE_TITLE = re.compile(_BODY_AUTHOR.pattern.removesuffix(r"(?=[*_“\"«])") + "$")


def italic_title_authors(text: str, italics: list[Span], reading) -> list[Span]:
    """A Word paragraph's authors named before their titles in italics (Ilya Gaiduk's
    *Confronting Vietnam*): what ``_BODY_AUTHOR`` finds in Markdown, by the runs' italics."""
    out = []
    for t in italics:
        m = _BEFORE_TITLE.search(text, max(0, t.start - 80), t.start)
        if m is not None and reading(m["surname"]) is not None:
            russian = russian_title(text[t.start : t.end], reading) or _soviet_author(m["who"])
            out.append(Span(m.start("who"), m.end("who"), RUSSIAN_AUTHOR if russian else "credit"))
    return out
