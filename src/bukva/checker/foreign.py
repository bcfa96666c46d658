"""Text in another language, for the context pass (see :mod:`.context`): a parenthesis or
sentence with another alphabet's letters that lingua gives to another language than English,
the foreign phrase an English sentence quotes, and names in another language's letters."""

from __future__ import annotations

import re
from functools import cache

from ..chinese.postal import cuts_as_postal
from ..languages.english import english
from ..names.practical import looking
from ..names.russian import romanized_letters
from .recognize import ENGLISH_ZIPF, looks_english
from .russian import PRESS
from .span import SENTENCE as _SENTENCE
from .span import Span


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
# German's letters, which no romanization of Russian writes (Wade-Giles's ü is blanked first,
# with the other names): a sentence with them is no romanized Russian (Lage, Genosse)
_GERMAN_LETTERS = re.compile(r"[äöüßÄÖÜ]")
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
    out += _unmarked_clauses(plain, reading)
    out += _foreign_proper_names(text, reading)
    for pattern in (_PAREN, _SENTENCE):
        for m in pattern.finditer(plain):
            segment = m.group()
            if not _FOREIGN_LETTERS.search(segment):
                continue
            every = _WORD.findall(segment)
            words = [w for w in every if not looks_english(w) and len(w) > 1]
            russian = sum(1 for w in words if reading(w) is not None)
            if russian * 3 >= len(words) and not _GERMAN_LETTERS.search(segment):
                continue  # much of it romanized Russian: judged as Russian, phrase by phrase
            lang, confidence = language_of(segment)
            if lang not in FOREIGN or confidence < 0.5:
                continue
            if pattern is _SENTENCE and sum(
                1 for w in every if _more_english(w.lower(), lang)
            ) * 2 >= len(every):
                # mostly English words: an English sentence that quotes a phrase of another
                # language ("a Czech reader met them as Suslovova zpráva"): only that phrase
                out += _marked_runs(segment, m.start())
                continue
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


# lingua's languages as wordfreq names them (Croatian in its Serbo-Croatian list)
_WORDFREQ = {
    **{"CZECH": "cs", "POLISH": "pl", "GERMAN": "de", "FRENCH": "fr"},
    **{"HUNGARIAN": "hu", "SLOVAK": "sk", "CROATIAN": "sh"},
}


def _more_english(word: str, lang: str) -> bool:
    """Whether ``word`` is a common English word not far commoner in ``lang`` (the language
    lingua gives the sentence): "met", "them", "a" of an English sentence that quotes a Czech
    phrase; not German's die, der, mit, dem (a hundred times commoner in German)."""
    from wordfreq import zipf_frequency

    used = english(word)
    language = _WORDFREQ.get(lang, "en")  # its small list: a few MB, not its full one
    return used >= ENGLISH_ZIPF and used + 1 > zipf_frequency(word, language, wordlist="small")


def _marked_runs(segment: str, offset: int) -> list[Span]:
    """In an English sentence, each run of words no English word is (spaces apart) that has a
    letter of another alphabet: the foreign phrase it quotes (Suslovova zpráva)."""
    out = []
    run: list[re.Match] = []
    for m in [*_WORD.finditer(segment), None]:
        joined = m is not None and (not run or segment[run[-1].end() : m.start()] == " ")
        if m is not None and joined and not looks_english(m.group()):
            run.append(m)
            continue
        if run and any(_FOREIGN_LETTERS.search(w.group()) for w in run):
            out.append(Span(offset + run[0].start(), offset + run[-1].end(), "foreign"))
        run = [m] if m is not None and not looks_english(m.group()) else []
    return out


# where a clause ends: ; and parentheses, a line's end, and a sentence's end after a word, its
# quotation mark closed or the next one opened (not after an initial, a number or a date:
# "I. V. Kovalev", "3. Oktober")
_CLAUSE_END = re.compile(r"[;()\n]|(?:(?<=[a-z][.!?])|(?<=[a-z][.!?][\"”“’»]))\s+(?=[\"„“«]?[A-Z])")


def _clauses(text: str):
    """(start, end) of each clause of ``text``."""
    at = 0
    for m in _CLAUSE_END.finditer(text):
        yield at, m.start()
        at = m.end()
    yield at, len(text)


@cache
def _commoner_in(word: str) -> str | None:
    """The language (lingua's name) whose own word ``word`` is: at least as common there as
    a common English word and a hundred times commoner than in English (der, das, Botschaft,
    Oktober, les, oraz); None for English's words and the rest."""
    from wordfreq import zipf_frequency

    used = english(word)
    if used >= 5.5 or len(word) < 2:
        return None
    there, lang = max(
        (zipf_frequency(word, code, wordlist="small"), lang) for lang, code in _WORDFREQ.items()
    )
    return lang if there >= 3.0 and there >= used + 2.0 else None


def _unmarked_clauses(plain: str, reading) -> list[Span]:
    """A clause without another alphabet's letters in another language (German writes none in
    Botschaft der DDR in Peking an das MfAA): at least two of its words that language's own, no
    romanized Russian (``reading``), more than the words far commoner in English, and lingua
    agreeing. Its names are that language's spelling, not the house's to change."""
    out = []
    for start, end in _clauses(plain):
        clause = plain[start:end]
        words = _WORD.findall(clause)
        if len(words) < 3:
            continue
        langs = [(_commoner_in(w.lower()), w) for w in words]
        found = [lang for lang, w in langs if lang is not None and reading(w) is None]
        if len(found) < 2:
            continue
        lang = max(sorted(set(found)), key=found.count)
        ours = found.count(lang)
        theirs = sum(  # English's words (names and abbreviations aside: PA, DDR)
            1 for w in words if english(w) >= 5.5 or (w.islower() and _more_english(w, lang))
        )
        if ours <= theirs:
            continue
        said, confidence = language_of(clause)
        if said != lang or confidence < 0.5:
            continue
        lead = len(clause) - len(clause.lstrip())
        out.append(Span(start + lead, start + len(clause.rstrip()), "foreign"))
    return out


# the words that join a proper name's parts in each language (Botschaft der DDR in Peking,
# Ambassade de France à Pékin): the first after a word of that language, one no English word
# is (der, de, à, v, w; not in, la, a), makes the rest its name
_JOINERS = {
    "GERMAN": ("der des für zur zum im", "die und in am"),
    "FRENCH": ("de du des à", "la le en et"),
    "CZECH": ("v ve pro", "a"),
    "SLOVAK": ("v vo pre", "a"),
    "POLISH": ("w we dla", "i"),
}
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")


def _foreign_proper_names(text: str, reading) -> list[Span]:
    """An English sentence's proper name in another language: a capitalised word of that
    language (``_commoner_in``; or one no English and no romanized Russian word is, a compound
    no list holds: Handelsvertretung), then the words that join a name's parts there and
    capitalised words (Botschaft der DDR in Peking, Ambassade de France à Pékin): the body's
    own name, its place as that language writes it."""
    out = []
    for m in re.finditer(r"(?<![\w'’-])[A-ZÀ-Þ][^\W\d_]{3,}(?= [a-zß-ÿ]{1,3} )", text):
        head = m.group()
        if looks_english(head):
            continue
        lang = _commoner_in(head.lower())
        if lang is None and english(head) < 1.0 and reading(head) is None:
            after = text[m.end() + 1 : text.find(" ", m.end() + 1)]
            lang = next((x for x, (s, _) in _JOINERS.items() if after in s.split()), None)
        if lang not in _JOINERS:
            continue
        first, more = (frozenset(s.split()) for s in _JOINERS[lang])
        end = at = m.end()
        joined = pending = False
        for tok in _NAME_TOKEN.finditer(text, m.end()):
            if text[at : tok.start()] not in (" ", "'", "’"):
                break
            word, at = tok.group(), tok.end()
            if word in first or (joined and word in more):
                pending = True
                continue
            if not word[:1].isupper():
                break
            joined, pending, end = joined or pending, False, tok.end()
        if joined:
            out.append(Span(m.start(), end, "foreign"))
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
