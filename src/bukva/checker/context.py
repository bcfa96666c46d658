"""The context pass: before any word is judged, find the spans whose words must stay as written.

Each span has a kind, and a finding inside one is at most a review item, never a safe fix (and
is not reported unless the check is strict):

- ``quotation``: text in quotation marks (“ ” „ “ « » " " ‘ ’), a Markdown block quote;
- ``title``: italics or quoted titles in notes and bibliography (cited as printed);
- ``gloss``: two forms of one name side by side: ``A (B)``, ``A, or B,``, ``A (also B)``, ``A
  (i.e. B)``; both are kept; and a name's original in Hanzi or Cyrillic in brackets after its
  romanization (Shi Zhe (师哲), Iudin (Юдин)): the original is kept, the romanization checked;
  an index's cross-reference (Chou En-lai. *See* Zhou Enlai): its heading is kept;
- ``spelling``: a sentence about spelling (rather than, instead of, spelled, written,
  transliterated, romanized, in the Czech original, the Wade-Giles cheng-feng ...), and a name
  at the end of a clause that says who calls or knows it so (the Chinese account calls the
  spokesman Su-ssu-lo-fu.; a reader who knows the premier as Chou En-lai);
- ``credit``: people's own names where the text credits them: the author position of a
  bibliography entry or a note's citation, and the acknowledgements (:mod:`.credits`; the
  author of a title in romanized Russian is reported, for review only);
- ``anglicized``: a surname after an English given name (George Vernadsky), as its bearer
  wrote it in English (:mod:`.anglicized`);
- ``imprint``: the place of publication in a citation of notes and bibliography, as the title
  page prints it (Peking: Foreign Languages Press; Tientsin: ...);
- ``foreign``: a title, phrase or sentence in another language (Czech, Polish, German, French,
  Hungarian, Slovak ...), by lingua's language identification with evidence from the text
  (:mod:`.foreign`); in a sentence mostly of English words, only the foreign phrase it quotes;
- ``attributed``: a sentence that cites a source in another language or the other side's and
  says how it names someone (in the German files ... the ambassador is Tscherwonenko; as the
  Czech embassy wrote his name): its findings are reported, for review only, never fixed.

A sentence here runs across the line breaks of a wrapped paragraph, not across the short lines
of a glossary or an index (:func:`prose_sentences`).

All scanners are linear in the text.
"""

from __future__ import annotations

import re

from . import plain_text
from .anglicized import anglicized
from .credits import author_credit, credits
from .foreign import foreign
from .glosses import glosses
from .span import ATTRIBUTED, Span

__all__ = ["ATTRIBUTED", "Span", "attributions", "protected"]

QUOTE_PAIRS = {"“": "”", "„": "“", "«": "»", "‘": "’", "‹": "›", "「": "」"}
MAX_QUOTE = 600  # characters: a longer "quotation" is more likely an unpaired mark
# what says a sentence is about how a name is written: "spelled", "transliterated", "written
# as" or "written Iudin", "writes his name", "the form Mikoian", "the spelling", "rendered as"
# (not "Westad writes that", "a letter written by", "the form of the treaty", "the original plan")
_SPELLING_TALK = re.compile(
    # "Mikoyan rather than Mikoian"; not "rather than to Taipei", a place and its preposition
    r"\b(?:(?:rather than|instead of)(?! (?:to|in|at|on|by|for|from|with|into)\b)|"
    r"spell(?:ed|t|s|ing)?|transliterat\w*|"
    r"romani[sz]\w*|transcri(?!pts?\b)\w*|"  # transcribed, transcription; no transcript
    r"(?:written|writes)(?= (?:as|so|thus|it|him|her|them|(?-i:[A-Z][\w'’-]*\b(?! [a-z]))|"
    r"(?:his|her|its|their|the) names?\b|in (?:Cyrillic|Latin|characters|pinyin|Wade-Giles)))|"
    # "the files write Tschou En-lai and Mao Tse-tung", "write Vladivostok as 符拉迪沃斯托克"
    # "in writing Gao Gang, not Kao Kang"
    r"(?:write|wrote|writing)(?= (?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*)?"
    r"(?: as\b|,? and (?-i:[A-Z])|,? not (?-i:[A-Z])))|"
    # "wrote Mao's name as Мао Цзэдун", "gives his name as"
    r"(?:write|wrote|writes|writing|gives?|gave|renders?|rendered) "
    r"(?:[\w'’-]+['’]s|his|her|its|their|the) (?:\w+ )?names? as\b|"
    # "Roshchin is 罗申 in the minutes and Luoshen in the index": a name's form a source gives
    # (not "The engineer's name was 王鹤寿 in the files": his name, told)
    r"\b(?-i:[A-Z])[\w'’-]+ (?:is|are|was|were) "
    r"(?:[\u3400-\u9fff]+|[\u0400-\u04ff][^\s,]*(?: [\u0400-\u04ff]\S*)?|"
    r"(?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*)?) in (?:the |its |his |their )?"
    r"(?:[\w'’-]+ ){0,3}?(?:minutes?|records?|files|index|documents?|press|reports?|"
    r"transcripts?|translations?|maps?)\b|"
    # "the old Chinese names of Soviet places", "the Qing names for the towns"
    r"(?:old|older|former|original|Chinese|Russian|Manchu|Qing|Soviet) names? (?:of|for)\b|"
    r"in (?:the )?(?:\w+ )?original|the original (?:spelling|form|name|text)|"
    r"in (?:the )?(?:Czech|German|Russian|"
    r"Polish|French|Chinese|Hungarian) (?:original|spelling|form|text)|also known as|"
    r"known in \w+ as|render(?:s|ed)? (?:as|it|him|her|them|(?:his|her|its|their|the) names?)|"
    r"the forms?(?= (?-i:[A-Z])| [\"“‘]| used| given| found)|the spelling|"
    r"the name (?:is )?given|"
    # "the Wade-Giles *cheng-feng* of older books": a form named by its system; "Wade-Giles
    # forms are kept in quotations", "spellings such as"
    r"the (?:Wade-Giles|postal|Palladius|Yale)(?= [*_\"“‘]?[A-Za-z])|"
    r"(?:Wade-Giles|postal|Palladius|Yale|pinyin|Library of Congress) (?:forms?|spellings?)|"
    # "the soft sign is written with an apostrophe (Gor'kii)", "ё is written e (Fedorenko)"
    r"written with(?:out)? (?:an? |the )?(?:apostrophes?|primes?|hyphens?|diaeres[ie]s|"
    r"umlauts?|accents?|breves?|ties?|ligatures?|marks?)\b|"
    r"(?:is|are) written (?-i:[a-z]{1,3})(?= [(\[]|[,.;:]|$)|"
    # "name Mao Ce-tung and Čou En-laj, as Czech did": the spellings of a language
    r"as (?:Czech|German|French|Polish|Russian|Hungarian|Italian|Chinese|English) "
    r"(?:did|does|do|had it|has it)|"
    # "give Chinese names as Soviet print did (Мао Цзэдун, ...)": a press's or translators' forms
    r"as (?:the )?(?:Soviet |Chinese |Russian |Czech |German |Western |English )?"
    r"(?:print|press|translators?|editors?|cataloguers?|catalogers?) "
    r"(?:did|does|do|had it|has it|had them|wrote them|writes them)|"
    # "appears as Chou En-lai in one collection, Chzhou En'lai in another"
    r"appear(?:s|ed)? as (?-i:[A-Z])[\w'’-]*(?: (?-i:[A-Z])[\w'’-]*){0,2} in "
    r"(?:one|an?|the|some|another|other|his|her|their|its)\b)\b",
    re.IGNORECASE,
)
_MD_ITALIC = re.compile(
    r"(?<![*\w])\*(?!\*)(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?!\*)|"
    r"(?<![_\w])_(?!_)(?=\S)([^_\n]{1,300}?)(?<=\S)_(?![_\w])|"
    r"<(i|em|cite)>([^<\n]{1,300}?)</\3>"  # Markdown's raw HTML: <i>Pravda</i>
)
# Markdown's raw HTML quotations: <q>...</q> inline, <blockquote>...</blockquote> a block
_HTML_QUOTE = re.compile(r"<q>.{0,2000}?</q>|<blockquote>.{0,20000}?</blockquote>", re.DOTALL)
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
    if "</" in text:
        out += [Span(m.start(), m.end(), "quotation") for m in _HTML_QUOTE.finditer(text)]
    return out


# a name and the clause after it that says whose spelling it is: "Khrushchov, as the Ukrainian
# press wrote him", "Kao Kang, the older books called him": the name alone is kept, not the
# rest of the sentence
_NAMED_AS = re.compile(
    # "the Moscow–Peking axis, as Western journalists called it": a name and its noun or two
    r"\b[A-Z][\w'’\-]*(?:[ –—][A-Z][\w'’\-]*){0,3}(?: [a-z][\w'’\-]*){0,2}(?:,? as |, )"
    r"(?:[\w'’]+ ){1,4}"
    r"(?:wrote|writes|called|calls|spelled|spelt|spells|styled|named) (?:him|her|it|them)\b"
)


# what a text cites as a source: files, papers, the press, memoirs ...
_SOURCES = (
    r"files|papers|press|reports?|records|documents|translations?|editions?|summar(?:y|ies)|"
    r"minutes|cables|telegrams|accounts?|sources?|archives?|newspapers?|volumes?|books?|"
    r"collections?|memoirs"
)
# a name a clause says someone calls or knows so, at the end of that clause: "the Chinese
# account calls the Soviet spokesman Su-ssu-lo-fu.", "the island, which the Chinese call Zhenbao,"
# "where the Russian files have Степан Васильевич."
_CALLED = re.compile(
    r"\b(?:(?:calls|called|call|names|named|knew|knows|know)\s+(?:(?:him|her|it|them)\s+|"
    r"(?:the|a|an|its|his|her|their|this|that)\s+(?:[\w'’-]+\s+){0,3})"
    r"|(?:which|whom|what)\s+(?:[\w'’-]+\s+){1,4}?(?:calls?|called|knew|knows|know)\s+"
    # "by its older name, Haishenwai.", "the name Su-ssu-lo-fu"
    r"|\b(?:its|his|her|their|the|an?|older|old|former|earlier|original|official|own|new|other|"
    r"Chinese|Russian|Japanese|Manchu|Czech|German|French)\s+names?,?\s+(?:(?:is|was)\s+)?"
    # "appears in the files as 阿尔希波夫", "figures in the minutes as Su-lo-fu"
    r"|\b(?:appears?|appeared|figures?|figured|is listed|was listed|signs?|signed)\s+"
    r"(?:[\w'’-]+\s+){0,4}?as\s+"
    rf"|\b(?:{_SOURCES})\s+(?:have|has|had|give|gives|gave|print|prints|printed)\s+)"
    r"(?P<name>[A-ZА-ЯЁ][\w'’\-]*(?:[ -][A-ZА-ЯЁ][\w'’\-]*){0,2}|[\u3400-\u9fff]+)"
    # "call the interpreter Shi Zhe and the ambassador Wang Jiaxiang": one more, described
    r"(?P<also>,?\s+(?:and|or)\s+(?:the|his|her|its|their|a|an)\s+(?:[\w'’-]+\s+){1,3}?"
    r"[A-ZА-ЯЁ][\w'’\-]*(?:[ -][A-ZА-ЯЁ][\w'’\-]*){0,2})?"
    r"(?=(?:\s+(?:throughout|everywhere|always|consistently|too|also|still))?\s*(?:[.,;:!?)]|\(|$)|"
    # "call him Yelizarov and describe him as" (a verb: not "and the ambassador 尤金")
    r"\s+(?:and|but)\s+(?!(?:the|a|an|his|her|its|their)\b)(?-i:[a-z]))"
)
# the forms a reader knows: "a reader who knows the premier as Chou En-lai, or the city as
# Peking", "known to the West as Tschou En-lai" (a name wrapped across a line too), "readers
# met the leaders as Mao Tse-tung and Chou En-lai"
_NAME_ = r"[A-Z][\w'’\-]*(?:[ \n-][A-Z][\w'’\-]*){0,2}"
_KNOWN_AS = re.compile(
    r"\b(?:knew|knows|know|known|met|meet|meets|remembered|remembers|remember)\s+"
    rf"(?:[\w'’-]+\s+){{0,4}}?as\s+(?P<name>{_NAME_})"
    rf"(?:,?\s+(?:or|and)\s+(?:(?:[\w'’-]+\s+){{0,3}}?as\s+)?(?P<more>{_NAME_}))?"
)
# characters or a Cyrillic name cited after "as" in English prose ("and Ambassador Yudin as
# 尤金", "as 勃列日涅夫 and 柯西金", "some of them as Ли Пэн and Цзян Цзэминь"), or characters
# before "for" and the name they stand for ("米高扬 for Mikoyan"): the form cited
_SCRIPT_NAME = r"(?:[\u3400-\u9fff]+|[А-ЯЁ][а-яё'-]*(?: [А-ЯЁ][а-яё'-]*){0,2})"
_AS_CITED = re.compile(
    rf"\bas\s+(?P<name>{_SCRIPT_NAME}(?:(?:,\s*|\s+(?:and|or)\s+){_SCRIPT_NAME})*)"
    r"(?=\s*(?:[.,;:!?)(（]|$))|"
    r"(?<![\u3400-\u9fff])(?P<cited>[\u3400-\u9fff]+)(?=\s+for\s+[A-ZА-ЯЁ])"
)
# a prose sentence, across the line breaks of a wrapped paragraph (not across a blank line, a
# heading, a list item, a block quote or a note)
_PROSE_SENTENCE = re.compile(
    r"[^.!?\n]+(?:\n(?![ \t]*(?:\n|[-*>#+]|\d+[.)]|\[\^))[^.!?\n]*)*(?:[.!?]+|\n|$)"
)


_NEWLINE = re.compile("\n")
HARD_BREAK = 0.6  # of a paragraph's longest line: hand-wrapped prose varies less than this


def prose_sentences(text: str):
    """Each prose sentence as (start, end, words). A line break inside one is a wrap, unless the
    line before it is short (at most HARD_BREAK of the paragraph's longest line) or both lines
    are a glossary's entries: then the break is the author's own, as between a glossary's or an
    index's entries (kolkhoz — a collective farm / Komsomolskaya pravda — ...), and ends the
    sentence."""
    widths: dict[int, int] = {}
    para, seen = 0, 0  # the paragraph's start, and how far the text was searched for it
    for m in _PROSE_SENTENCE.finditer(text):
        start, end = m.span()
        breaks = [m.start() for m in _NEWLINE.finditer(text, start, end - 1)]
        if not breaks:
            yield start, end, m.group()
            continue
        blank = text.rfind("\n\n", max(seen - 1, 0), start)  # linear: each stretch searched once
        para, seen = (blank + 1 if blank != -1 else para), start
        if para not in widths:
            stop = text.find("\n\n", para)
            widths[para] = max(map(len, text[para : stop if stop != -1 else len(text)].split("\n")))
        at = start
        for i in breaks:
            line = i - text.rfind("\n", 0, i) - 1
            if line <= HARD_BREAK * widths[para] or _entries(text, i):
                yield at, i, text[at:i]
                at = i + 1
        yield at, end, text[at:end]


_ENTRY = re.compile(r"[^\s—–][^\n—–]{0,40}? [—–] ")  # a glossary's "term — what it means"


def _entries(text: str, i: int) -> bool:
    """Whether the lines either side of the break at ``i`` are a glossary's entries, and a
    third line beside them too (two lines of prose may each hold a dash)."""
    before = text.rfind("\n", 0, i) + 1
    if not (_ENTRY.match(text, before) and _ENTRY.match(text, i + 1)):
        return False
    after = text.find("\n", i + 1)
    earlier = text.rfind("\n", 0, before - 1) + 1 if before else -1
    return bool(
        (after != -1 and _ENTRY.match(text, after + 1))
        or (before and _ENTRY.match(text, earlier) and earlier < before)
    )


# the spelling a sentence speaks of quoted after a colon ("reported in its own spelling: «…»")
_QUOTED_AFTER = re.compile(r":\s*[\"“„«‘]")


def spelling_talk(text: str) -> list[Span]:
    out = []
    for start, end, sentence in prose_sentences(text):
        said = _SPELLING_TALK.search(sentence)
        if said is None:
            continue
        # "The embassy in Peking reported in its own spelling: «…»": the author's words before
        # the talk of spelling are the author's own; the quotation is kept as a quotation
        cited = _QUOTED_AFTER.search(sentence, said.end()) is not None
        out.append(Span(start + (said.start() if cited else 0), end, "spelling"))
    out += [Span(m.start("name"), m.end(), "spelling") for m in _CALLED.finditer(text)]
    for m in _AS_CITED.finditer(text):
        group = "name" if m["name"] else "cited"
        out.append(Span(m.start(group), m.end(group), "spelling"))
    for m in _KNOWN_AS.finditer(text):
        out += [Span(m.start(g), m.end(g), "spelling") for g in ("name", "more") if m[g]]
    return out + [Span(m.start(), m.end(), "spelling") for m in _NAMED_AS.finditer(text)]


# a sentence that cites a source in another language, or the other side's: "in the German files
# of the Ministerium", "as the Czech embassy wrote his name", "a French one", "the Chinese
# records": its names may be that source's spellings (_SOURCES is defined above, with _CALLED)
_ATTRIBUTED = re.compile(
    r"\b(?:East |West )?(?:German|French|Czech|Czechoslovak|Polish|Hungarian|Slovak|Italian|"
    r"Yugoslav|Romanian|Bulgarian|Ukrainian|Chinese|Japanese)(?:['’]s)?\s+(?:[\w'’-]+\s+){0,2}?"
    rf"(?:{_SOURCES}|diplomats|embassy|readers?|one|version|text)\b|"
    # "the minutes of the Czechoslovak politburo", "the files of the SED's foreign department"
    r"\b(?:files|papers|minutes|reports?|records|documents|archives?|cables|telegrams)\s+of\s+"
    r"(?:the\s+)?(?:East |West )?(?:German|French|Czech|Czechoslovak|Polish|Hungarian|Slovak|"
    r"Italian|Yugoslav|Romanian|Bulgarian|Ukrainian|Chinese|Japanese|SED)\b"
)


# ... and says how it names someone: "met them as", "wrote his name", "give the Soviet leader
# as", "the ambassador is Tscherwonenko."
_NAMING = re.compile(
    r"\b(?:as|wrote|writes|write|calls?|called|gives?|gave|names?|named|spell\w*|quot\w+|"
    r"cites?|cited)\b|"
    r"\b(?:is|was) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?\s*(?:[.,;:]|$)"
)


# a name with its source set beside it: "Kossyguine, in the Quai d'Orsay's summaries, is ...";
# "His name, Kovalyov in some English books, is Kovalev here" (an aside between commas)
_IN_SOURCE = rf" (?:in|to|for) (?:the |a |an )?(?:[\w'’-]+ ){{0,4}}?(?:{_SOURCES})\b"
_NAME_IN_SOURCE = re.compile(
    rf"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,2}}(?=,{_IN_SOURCE})|"
    rf"(?<=, )[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,2}}(?={_IN_SOURCE},)"
)


def attributions(text: str) -> list[Span]:
    """Sentences that cite a source in another language, or the other side's, and say how it
    names someone (see _ATTRIBUTED, _NAMING), and a name with its source beside it
    (_NAME_IN_SOURCE): a finding there is reported for review, never fixed, for the name may
    be the source's own spelling."""
    out = [
        Span(start, end, ATTRIBUTED)
        for start, end, sentence in prose_sentences(text)
        if _ATTRIBUTED.search(sentence) and _NAMING.search(sentence)
    ]
    return out + [Span(m.start(), m.end(), ATTRIBUTED) for m in _NAME_IN_SOURCE.finditer(text)]


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


# a publisher after its place, up to the year: "Beijing: Renmin chubanshe, 1991"
_PUBLISHER = re.compile(r"[^,;:()\[\]\n]{1,80}?(?=,\s*(?:1[5-9]|20)\d\d\b)")


def publishers(text: str, scope_at) -> list[tuple[int, int]]:
    """(start, end) of each publisher after its place in notes and bibliography, where the
    year follows it."""
    out = []
    for m in _IMPRINT.finditer(text):
        publisher = _PUBLISHER.match(text, m.end())
        if publisher and scope_at(m.start("place")) in ("notes", "bibliography"):
            out.append(publisher.span())
    return out


def imprints(text: str, scope_at) -> list[Span]:
    """Places of publication in notes and bibliography, cited as the title page prints them."""
    return [
        Span(m.start("place"), m.end("place"), "imprint")
        for m in _IMPRINT.finditer(text)
        if scope_at(m.start("place")) in ("notes", "bibliography")
    ]


def protected(
    text: str,
    scope_at,
    kind: str,
    reading,
    known_name,
    italics: list[Span] | None = None,
    heads: list[int] | None = None,
    credited: list[Span] | None = None,
) -> list[Span]:
    """Every protected span of ``text``, a ``kind`` ("markdown", "text", "docx") document's
    unit, sorted (``italics``: a Word paragraph's italic runs; ``heads``: where a Markdown or
    text file's headings start, which end its sections; ``credited``: its credits, where they
    were read already). A text file's block quotations and citations are read from its layout
    (:mod:`.plain_text`)."""
    italic = tuple((s.start, s.end) for s in italics or ())  # a Word paragraph's italic runs
    spans = quotations(text) + spelling_talk(text) + glosses(text, italic)
    if kind == "text":
        spans += [Span(a, b, "quotation") for a, b in plain_text.block_quotes(text)]
    spans += credits(text, scope_at, reading, italics, heads) if credited is None else credited
    spans += imprints(text, scope_at) + anglicized(text)
    if kind in ("markdown", "text"):  # a typist's *Title* or _Title_ in a text file too
        spans += titles(text, scope_at)
    if kind == "text":  # no italics: a citation's title, between its author and imprint
        cited, authors = plain_text.citations(text, scope_at)
        works, by = plain_text.prose_works(text)  # Zagoria's The Sino-Soviet Conflict (1962)
        cited, authors = cited + works, authors + by
        spans += [Span(a, b, "title") for a, b in cited]
        spans += [author_credit(text, a, b, reading, text[ta:tb]) for a, b, ta, tb in authors]
    spans += foreign(text, reading, known_name)
    return sorted(spans, key=lambda s: (s.start, -s.end))
