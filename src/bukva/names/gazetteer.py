"""The period's gazetteer: people, places and organizations with every spelling and its source.

Built by tools/build_gazetteer.py into data/gazetteer.tsv. A spelling is looked up as written
(NFC, typographic apostrophes as ', a trailing English possessive dropped), case-insensitively;
``find`` scans running text for spellings of one to four capitalised words, longest first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from ..engine.text import ties_to_combining, word_gap

DATA = Path(__file__).resolve().parent.parent / "data" / "gazetteer.tsv"
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "`": "'"})
# the source of a person taken from CC-CEDICT's list, no entry of the period's own list
CEDICT_PERSONS = "CED persons: "
# systems whose spellings are a Chinese name's (the rest are a Russian name's)
CHINESE_SYSTEMS = ("pinyin", "wade-giles", "czech", "yale", "palladius", "postal")


@dataclass(frozen=True)
class Entry:
    """One person, place or organization."""

    id: str
    kind: str  # person, place, org
    origin: str  # ru (a Russian name), zh (a Chinese one), other (a foreigner: Hoxha, Nagy)
    cyrillic: str
    hanzi: str
    pinyin: str
    familiar: tuple[str, ...]
    prefer: str  # familiar, strict or either: what an English book of today writes
    source: str

    @property
    def from_cedict_list(self) -> bool:
        """A person CC-CEDICT's list alone gives (柳永, 王导), none of the period's own: a
        spelling of it may as well be another name's."""
        return self.source.startswith(CEDICT_PERSONS)

    @property
    def canonical(self) -> str:
        """The source form: Cyrillic for a Russian name, Hanzi (or pinyin) for a Chinese one."""
        return self.cyrillic if self.origin in ("ru", "other") else (self.hanzi or self.pinyin)


@dataclass(frozen=True)
class Spelling:
    """One way a gazetteer entry is written, and by which system."""

    entry: Entry
    form: str
    system: str  # ala-lc, wade-giles, german-press, palladius, palladius-latin:ala-lc-book, postal


_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


def key(text: str) -> str:
    """The lookup form: NFC, one kind of apostrophe, catalog ties as U+0361 (half marks in either
    order: I︠U︡din, ︠I︡Udin), hyphens as written, lower case."""
    text = unicodedata.normalize("NFC", ties_to_combining(text.translate(_APOSTROPHES))).strip()
    if text.endswith(("'s", "'S")) and len(text) > 3:
        text = text[:-2]
    return text.lower()


@cache
def _load() -> tuple[dict[str, Entry], dict[str, list[tuple[str, str, str]]]]:
    """Entries by id, and spellings by lookup key as (entry id, form, system): the file gives
    each spelling's key, so loading is one split per line."""
    entries: dict[str, Entry] = {}
    forms: dict[str, list[tuple[str, str, str]]] = {}
    with open(DATA, encoding="utf-8") as f:
        for line in f:
            if line[0] == "F":
                _, eid, form, system, k = line.rstrip("\n").split("\t")
                forms.setdefault(k, []).append((eid, form, system))
            elif line[0] == "E":
                _, eid, kind, origin, cyr, hanzi, pinyin, familiar, prefer, source = line.rstrip(
                    "\n"
                ).split("\t")
                entries[eid] = Entry(
                    eid,
                    kind,
                    origin,
                    cyr,
                    hanzi,
                    pinyin,
                    tuple(x for x in familiar.split("|") if x),
                    prefer,
                    source,
                )
    return entries, forms


@lru_cache(maxsize=50_000)
def _spellings(k: str) -> tuple[Spelling, ...]:
    entries, forms = _load()
    return tuple(Spelling(entries[eid], form, system) for eid, form, system in forms.get(k, ()))


def entries() -> dict[str, Entry]:
    return _load()[0]


@cache
def _cyrillic_forms() -> dict[str, tuple[str, ...]]:
    """Each entry's forms in Cyrillic (Хрущёв, Никита Хрущёв, Никита Сергеевич Хрущёв ...)."""
    out: dict[str, list[str]] = {}
    for rows in _load()[1].values():
        for eid, form, system in rows:
            if system == "cyrillic":
                out.setdefault(eid, []).append(form)
    return {eid: tuple(sorted(forms)) for eid, forms in out.items()}


def russian_form(entry: Entry, words: int) -> str | None:
    """A Soviet entry's name in Russian in ``words`` words, as the entry writes its surname (with
    ё: Никита Сергеевич Хрущёв for three); None where the gazetteer has no one such form."""
    if words == 1 or " " in entry.cyrillic:  # Хо Ши Мин: the name itself, all its words
        return entry.cyrillic or None
    forms = [
        f
        for f in _cyrillic_forms().get(entry.id, ())
        if len(f.split()) == words and f.split()[-1] == entry.cyrillic
    ]
    return forms[0] if len(forms) == 1 else None


def lookup(text: str) -> tuple[Spelling, ...]:
    """The gazetteer's spellings written exactly as ``text`` (case aside), or (); Hanzi the
    gazetteer lacks as written, by their simplified forms (赫魯曉夫 as 赫鲁晓夫)."""
    found = _spellings(key(text))
    if not found and _HAN.search(text):
        from ..chinese.script import simplified

        found = _spellings(key(simplified(text)))
    return found


_GLUED_INITIALS = re.compile(r"\b([A-Z])\.(?=[A-Z]\b)")


def lookup_as_indexed(text: str) -> tuple[Spelling, ...]:
    """The gazetteer's spellings of a name an index or a catalog writes surname first, with
    its given names or initials after a comma (Soong, T. V.; Koo, V. K. Wellington; LC's
    Chiang, Kai-shek), or with initials printed without spaces (T.V. Soong): the form the
    gazetteer holds (T. V. Soong, Chiang Kai-shek)."""
    spaced = _GLUED_INITIALS.sub(r"\1. ", text)
    surname, comma, given = (part.strip() for part in spaced.partition(","))
    forms = (spaced, f"{given} {surname}", f"{surname} {given}") if comma else (spaced,)
    for form in forms:
        if form.strip() and form != text and (found := lookup(form)):
            return found
    return ()


@cache
def _longest() -> int:
    return max(len(k.split()) for k in _load()[1])


# a word with its marks and catalog ties (U+0361, or half marks after their letters or before
# them: ︠I︡Udin)
_WORD = re.compile(r"\ufe20?[^\W\d_][\w'’\-\u0300-\u036f\ufe20\ufe21]*")


@dataclass(frozen=True)
class Found:
    start: int
    end: int  # without a possessive 's
    text: str
    spellings: tuple[Spelling, ...]


@cache
def _first_words() -> frozenset[str]:
    """The first word of every spelling (lower case): a run is looked up only from these."""
    return frozenset(k.split()[0].split("-")[0].rstrip(".") for k in _load()[1])


def _initial_gap(word: str, gap: str) -> bool:
    """An initial's full stop and the space after it (T. V. Soong, H. H. Kung)."""
    return len(word) == 1 and word.isupper() and gap in (". ", ".")


@lru_cache(maxsize=8)
def find(text: str, max_words: int = 4, declines: str = "") -> tuple[Found, ...]:
    """Gazetteer spellings in running text: runs of one to ``max_words`` words, the first
    capitalised, longest first, not overlapping; a trailing possessive ('s, ’s) is left out.
    ``declines`` (ru, cs): a run whose last word is a case of a spelling in that language's
    grammar is that spelling (в Пекине, v Pekingu, Мао Цзэдуна), unless a capitalised word of
    Russian follows a one-word run (Дальнем Востоке: the Far East, not Dalny)."""
    words = list(_WORD.finditer(text))
    table = _load()[1]
    firsts = _first_words()
    out: list[Found] = []
    k = 0
    limit = min(max_words, _longest())
    while k < len(words):
        first = words[k].group()
        if not ties_to_combining(first)[:1].isupper() or not _may_start(first, firsts, declines):
            k += 1
            continue
        hit = None
        for n in range(min(limit, len(words) - k), 0, -1):
            last = words[k + n - 1]
            gaps = [text[words[j].end() : words[j + 1].start()] for j in range(k, k + n - 1)]
            lead = 0  # the initials a run begins with (T. V. Soong), each with its full stop
            while lead < len(gaps) and _initial_gap(words[k + lead].group(), gaps[lead]):
                lead += 1
            if not all(map(word_gap, gaps[lead:])):
                continue  # one space, or a line break (Lin / Piao)
            end = last.end()
            piece = text[words[k].start() : end]
            if piece.endswith(("'s", "’s")):
                piece, end = piece[:-2], end - 2
            k_piece = key(" ".join(piece.split()))  # a line break as the space it stands for
            if k_piece in table:
                hit = Found(words[k].start(), end, piece, _spellings(k_piece))
            elif declines and not (n == 1 and continued(text, last.end(), declines)):
                hit = _declined(text, words[k].start(), last, declines)
            if hit is not None:
                k += n
                break
        if hit is None:
            k += 1
        else:
            out.append(hit)
    return tuple(out)


def _may_start(word: str, firsts: frozenset[str], declines: str) -> bool:
    """Whether a spelling may begin with ``word`` (or, declined, with its nominative)."""
    if key(word).split("-")[0] in firsts:
        return True
    if not declines:
        return False
    from ..languages.cases import name_stems

    return any(key(s).split("-")[0] in firsts for s in name_stems(word, declines))


def continued(text: str, end: int, lang: str) -> bool:
    """Whether the word after ``end`` continues the name before it: a capitalised Russian word
    the lexicon has as a common noun or adjective, and no Chinese syllable, after a single
    space (Дальний Восток, Дальнем Востоке)."""
    after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    if lang != "ru" or after is None:
        return False
    word = after.group()
    if not word[:1].isupper():
        return False
    from ..chinese.tables import parse_exact, table
    from ..languages.lexicon import _analyzer

    morph = _analyzer("ru")
    if morph is None or not morph.word_is_known(word.lower()):
        return False
    if parse_exact(word, table("palladius")) is not None:
        return False  # a Chinese name's syllables (Линь Бяо, Чан Кайши)
    return any(
        p.tag.POS in ("NOUN", "ADJF") and not {"Name", "Surn", "Patr", "Geox"} & p.tag.grammemes
        for p in morph.parse(word)
    )


def _declined(text: str, start: int, last, declines: str) -> Found | None:
    """The run from ``start`` to ``last`` read with its last word in the nominative."""
    from ..languages.cases import name_stems

    head = text[start : last.start()]
    for stem in name_stems(last.group(), declines):
        k_piece = key(head + stem)
        if k_piece in _load()[1]:
            return Found(start, last.end(), text[start : last.end()], _spellings(k_piece))
    return None
