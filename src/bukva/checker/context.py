"""The context pass: before any word is judged, find the spans whose words must stay as written.

Each span has a kind, and a finding inside one is at most a review item, never a safe fix (and
is not reported unless the check is strict):

- ``quotation``: text in quotation marks (“ ” „ “ « » " " ‘ ’), a Markdown block quote;
- ``title``: italics or quoted titles in notes and bibliography (cited as printed);
- ``gloss``: two forms of one name side by side: ``A (B)``, ``A, or B,``, ``A (also B)``, ``A
  (i.e. B)``; both are kept;
- ``spelling``: a sentence about spelling (rather than, instead of, spelled, written,
  transliterated, romanized, in the Czech original ...);
- ``credit``: people's own names where the text credits them: the author position of a
  bibliography entry or a note's citation, and the acknowledgements;
- ``imprint``: the place of publication in a citation of notes and bibliography, as the title
  page prints it (Peking: Foreign Languages Press; Tientsin: ...);
- ``foreign``: a title, phrase or sentence in another language (Czech, Polish, German, French,
  Hungarian, Slovak ...), by lingua's language identification with evidence from the text.

All scanners are linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..chinese.postal import cuts_as_postal
from ..names.practical import looking
from ..names.russian import romanized_letters
from .recognize import looks_english
from .russian import PRESS

QUOTE_PAIRS = {"“": "”", "„": "“", "«": "»", "‘": "’", "‹": "›", "「": "」"}
MAX_QUOTE = 600  # characters: a longer "quotation" is more likely an unpaired mark
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
_SPELLING_TALK = re.compile(
    r"\b(?:rather than|instead of|spell(?:ed|t|s|ing)?|written|writes|transliterat\w*|"
    r"romani[sz]\w*|transcri\w*|the (?:\w+ )?original|in (?:the )?(?:Czech|German|Russian|"
    r"Polish|French|Chinese|Hungarian) (?:original|spelling|form|text)|also known as|"
    r"known in \w+ as|renders?|rendered|the form|the spelling|the name (?:is )?given)\b",
    re.IGNORECASE,
)
_GLOSS = re.compile(
    r"(?P<a>\b[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3})"
    r"(?P<sep> \((?:also |or |i\.\s?e\.,? |now |formerly |pinyin |Wade-Giles |in pinyin,? )?"
    r"| \(also |, or |, also |, i\.\s?e\.,? | or )"
    r"(?P<b>[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3})"
)
_MD_ITALIC = re.compile(
    r"(?<![*\w])\*(?!\*)(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?!\*)|"
    r"(?<![_\w])_(?!_)(?=\S)([^_\n]{1,300}?)(?<=\S)_(?![_\w])"
)
_BIB_AUTHOR = re.compile(r"^(?:[-*]\s+|\d+\.\s+)?([^\n.]{2,80}?\.)(?=\s)", re.MULTILINE)
_NOTE_AUTHOR = re.compile(
    r"(?:^|\n)(?:\[\^[^\]]+\]:\s*|\d+\.\s+)?"
    r"(?P<who>(?:[A-Z][\w'’\-.]*\s?){1,4}(?:(?:and|&) (?:[A-Z][\w'’\-.]*\s?){1,4})?)"
    r"(?=,\s+(?:ed\.\s+)?[*_“\"«])"
)
ACK_HEADING = re.compile(
    r"^#*\s*(acknowledg(?:e)?ments?|a note on transliteration|"
    r"note on transliteration|transliteration|on transliteration)\s*$",
    re.IGNORECASE | re.MULTILINE,
)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str


_OPENERS = re.compile('[“„«‘‹「"]')


def quotations(text: str) -> list[Span]:
    out = []
    n = len(text)
    at = 0
    for m in _OPENERS.finditer(text):
        i = m.start()
        if i < at:
            continue  # inside the quotation just found
        ch = text[i]
        close = '"' if ch == '"' else QUOTE_PAIRS[ch]
        if ch == "‘" and i and text[i - 1].isalnum():
            continue  # an apostrophe
        stop = min(n, i + MAX_QUOTE)
        j = text.find(close, i + 1, stop)
        while close == "’" and j != -1 and j + 1 < n and text[j + 1].isalpha():
            j = text.find(close, j + 1, stop)  # an apostrophe inside a single-quoted passage
        if j == -1 or (close == '"' and "\n\n" in text[i:j]):
            continue
        out.append(Span(i, j + 1, "quotation"))
        at = j + 1
    pos = 0
    for line in text.splitlines(keepends=True):
        if line.lstrip().startswith(">"):
            out.append(Span(pos, pos + len(line), "quotation"))
        pos += len(line)
    return out


# a name and the clause after it that says whose spelling it is: "Khrushchov, as the Ukrainian
# press wrote him": the name alone is kept, not the rest of the sentence
_NAMED_AS = re.compile(
    r"\b[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3},? as (?:[\w'’]+ ){1,4}"
    r"(?:wrote|writes|called|calls|spelled|spelt|spells|styled|named) (?:him|her|it|them)\b"
)


def spelling_talk(text: str) -> list[Span]:
    out = [
        Span(m.start(), m.end(), "spelling")
        for m in _SENTENCE.finditer(text)
        if _SPELLING_TALK.search(m.group())
    ]
    return out + [Span(m.start(), m.end(), "spelling") for m in _NAMED_AS.finditer(text)]


def glosses(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), "gloss") for m in _GLOSS.finditer(text)]


def titles(text: str, scope_at) -> list[Span]:
    """Italics in notes and bibliography: titles cited as printed."""
    return [
        Span(m.start(), m.end(), "title")
        for m in _MD_ITALIC.finditer(text)
        if scope_at(m.start()) in ("notes", "bibliography")
    ]


# a place of publication before its publisher: "(Peking: Foreign Languages Press", ". Moscow:
# Progress", "; Tientsin: ..." (one to three capitalised words, a colon, a capitalised word)
_IMPRINT = re.compile(
    r"(?:^|[(\[;]|[.,]\s)\s*(?P<place>[A-Z][^\W\d_]*(?:[ -][A-Z][^\W\d_]*){0,2}):\s+(?=[A-Z\d])",
    re.MULTILINE,
)


def imprints(text: str, scope_at) -> list[Span]:
    """Places of publication in notes and bibliography, cited as the title page prints them."""
    return [
        Span(m.start("place"), m.end("place"), "imprint")
        for m in _IMPRINT.finditer(text)
        if scope_at(m.start("place")) in ("notes", "bibliography")
    ]


def credits(text: str, scope_at) -> list[Span]:
    """Author positions: the first sentence of a bibliography entry; a note's citation author
    (the names before ", *Title*"); and a whole acknowledgements or transliteration section."""
    out = []
    for m in _BIB_AUTHOR.finditer(text):
        if scope_at(m.start(1)) == "bibliography":
            out.append(Span(m.start(1), m.end(1), "credit"))
    for m in _NOTE_AUTHOR.finditer(text):
        out.append(Span(m.start("who"), m.end("who"), "credit"))
    for m in ACK_HEADING.finditer(text):
        nxt = re.compile(r"^#{1,6}\s", re.MULTILINE).search(text, m.end())
        out.append(Span(m.start(), nxt.start() if nxt else len(text), "credit"))
    return out


@cache
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    langs = [
        Language.ENGLISH,
        Language.CZECH,
        Language.POLISH,
        Language.GERMAN,
        Language.FRENCH,
        Language.HUNGARIAN,
        Language.SLOVAK,
        Language.CROATIAN,
        Language.SLOVENE,
    ]
    # low-accuracy mode: trigram models only, loaded in a fraction of a second; what it is
    # asked (a parenthesis, a sentence with another alphabet's letters) is long enough for them
    return LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build()


FOREIGN = {"CZECH", "POLISH", "GERMAN", "FRENCH", "HUNGARIAN", "SLOVAK", "CROATIAN"}
# letters of other Latin alphabets (Russian romanizations write some too: č, š, ž, é ...;
# a word with them is another language's only when it does not read as Russian)
_FOREIGN_LETTERS = re.compile(r"[À-ÖØ-öø-ɏ]")
_PAREN = re.compile(r"\([^()\n]{3,400}\)")
_WORD = re.compile(r"[^\W\d_][\w'’]*")


def language_of(text: str) -> tuple[str, float]:
    """lingua's likeliest language of ``text`` (upper-case name) and its confidence."""
    try:
        values = _detector().compute_language_confidence_values(text)
    except Exception:  # lingua missing or failing: no evidence either way
        return "UNKNOWN", 0.0
    if not values:
        return "UNKNOWN", 0.0
    return values[0].language.name, values[0].value


_WG_WORD = re.compile(r"[^\W\d_][\w'’‘ʻ]*(?:-[^\W\d_][\w'’‘ʻ]*)*")


def _wade_giles_umlaut(text: str) -> list[tuple[int, int]]:
    """Words and hyphenated groups whose ü is Wade-Giles's, every syllable one of its table
    (Hsü, Wei-yüan-hui, Ch'ü Ch'iu-pai): evidence of no other language, as the gazetteer's
    names are none (German's ü is in no such word: für, Müller)."""
    if "ü" not in text and "Ü" not in text:
        return []
    from ..chinese.tables import parse, table

    wade = table("wade-giles")
    return [
        (m.start(), m.end())
        for m in _WG_WORD.finditer(text)
        if "ü" in m.group().lower() and parse(m.group(), wade) is not None
    ]


def foreign(text: str, reading, known_name) -> list[Span]:
    """Text in another language: a parenthesis or sentence with another alphabet's letters
    (ł, ř, ů, ä, é ...) that lingua gives to another language than English; and a name with
    such letters, or with a word another language's spelling marks (Togliatti's gli: see
    ``names.practical``), that is not a romanized Russian one: a word of it reads as no Russian
    word (Ota Šik, Palmiro Togliatti), or it is one name only a press transcription reads as
    Russian (Wrocław as Вроцлав).
    ``reading(word)`` is the Russian reading or None; ``known_name(text)``: the gazetteer's."""
    out = []
    from ..names.gazetteer import find

    found = find(text)
    names = [(f.start, f.end) for f in found] + _wade_giles_umlaut(text)
    out += [  # a foreigner the gazetteer knows (Palmiro Togliatti, Hoxha): the author's spelling
        Span(f.start, f.end, "foreign")
        for f in found
        if any(s.entry.origin == "other" for s in f.spellings)
    ]
    blank = list(text)
    for a, b in names:  # the period's names, in whatever system, are no language's evidence
        blank[a:b] = " " * (b - a)
    plain = "".join(blank)
    out += _press_words_in_foreign_lines(plain, reading)
    for pattern in (_PAREN, _SENTENCE):
        for m in pattern.finditer(plain):
            segment = m.group()
            if not _FOREIGN_LETTERS.search(segment):
                continue
            words = [w for w in _WORD.findall(segment) if not looks_english(w) and len(w) > 1]
            russian = sum(1 for w in words if reading(w) is not None)
            if russian * 3 >= len(words):
                continue  # much of it romanized Russian: judged as Russian, phrase by phrase
            lang, confidence = language_of(segment)
            if lang in FOREIGN and confidence >= 0.5:
                out.append(Span(m.start(), m.end(), "foreign"))
    words = list(_WORD.finditer(text))
    k = 0
    while k < len(words):
        if not words[k].group()[:1].isupper():
            k += 1
            continue
        j = k + 1
        while (
            j < len(words)
            and j - k < 4
            and words[j].group()[:1].isupper()
            and text[words[j - 1].end() : words[j].start()] == " "
        ):
            j += 1
        first, last = k, j
        k = j
        while first < last and looks_english(words[first].group()):
            first += 1  # The, In ... before a name
        if first == last:
            continue
        start, end = words[first].start(), words[last - 1].end()
        seq = text[start:end]
        group = [w.group() for w in words[first:last]]
        marked = _FOREIGN_LETTERS.search(seq) or any(
            looking(w) and reading(w) is None and not cuts_as_postal(w) for w in group
        )  # Palmiro Togliatti: gli, -tti are Italian spelling's, and no Russian word reads it;
        # Siangyang's gy is no Hungarian's: postal syllables, the Chinese checks' to judge
        if not marked or known_name(seq):
            continue
        if any(a < end and start < b for a, b in names):
            continue  # part of a name the gazetteer knows (Čou En-laj)
        readings = [reading(w) for w in group]
        if any(r is None for r in readings):
            out.append(Span(start, end, "foreign"))
            continue
        # one word only a press transcription reads as Russian, with no Russian word beside it
        # (Wrocław; but the Obščestvo of "Obščestvo družby" starts a Russian phrase)
        beside = [
            w.group()
            for w in words[max(0, k - len(group) - 1) : k + 1]
            if w.group() not in group
            and text[min(w.end(), end) : max(w.start(), start)].strip(" -") == ""
        ]
        if (
            len(group) == 1
            and all(s in PRESS for s in readings[0].systems)
            and not any(
                not looks_english(w) and (reading(w) is not None or w.islower()) for w in beside
            )
        ):
            out.append(Span(start, end, "foreign"))
    return out


_LINE = re.compile(r"[^\n]+")
# the systems English-language writing uses: a word one of them reads is English prose's
_ENGLISH = frozenset(("ala-lc", "ala-lc-book", "bgn-pcgn", "popular"))


def _press_words_in_foreign_lines(plain: str, reading) -> list[Span]:
    """In a line (a bibliography entry, a paragraph) with letters no Russian romanization
    writes that lingua gives to another language, the words no system of English-language
    writing reads as Russian (only a press transcription or ISO 9 does): that language's own
    words (Praha: Naše vojsko, a Czech publisher, is no Наше войско; Chruščov as the Czech
    edition prints him)."""
    letters = romanized_letters()
    out = []
    for line in _LINE.finditer(plain):
        segment = line.group()
        if all(c in letters for c in segment.lower() if c.isalpha() and not c.isascii()):
            continue
        lang, confidence = language_of(segment)
        if lang not in FOREIGN or confidence < 0.5:
            continue
        for m in _WORD.finditer(segment):
            found = reading(m.group())
            if found is not None and found.systems and _ENGLISH.isdisjoint(found.systems):
                out.append(Span(line.start() + m.start(), line.start() + m.end(), "foreign"))
    return out


def protected(text: str, scope_at, markdown: bool, reading, known_name) -> list[Span]:
    """Every protected span of ``text``, sorted."""
    spans = quotations(text) + spelling_talk(text) + glosses(text) + credits(text, scope_at)
    spans += imprints(text, scope_at)
    if markdown:
        spans += titles(text, scope_at)
    spans += foreign(text, reading, known_name)
    return sorted(spans, key=lambda s: (s.start, -s.end))
