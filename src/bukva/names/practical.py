"""A name in its own language's spelling as Russian writes it, by that language's practical
transcription (Schäfer Шефер, Novotný Новотный, Dąbrowski Домбровский, Rákosi Ракоши,
Ceaușescu Чаушеску, Jovanović Йованович, Núñez Нуньес, Togliatti Тольятти): what reading a
name back gives where its letters are that language's and no Russian system reads it as a
Russian word. Each language is one table in data/practical/ with its authority, the letters
of its spelling, the marks that tell it, the rules in order and sample pairs."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from ..engine.text import without_marks
from ..languages.charmodel import DATA
from .russian import RUSSIAN_ENDING, own_letters

FOLDER = DATA / "practical"


@dataclass(frozen=True)
class Practical:
    """One language's practical transcription, compiled."""

    code: str  # the table's file name: de, cs, pl ...
    notice: str  # the notice's code: german-name
    how: str  # what the notice says: a German name, by the practical transcription of German
    letters: frozenset[str]  # the letters of its spelling (lower case)
    least: int  # the fewest letters a word it reads has
    marks: re.Pattern[str]  # what tells a word as this language's (one needed)
    unlike: re.Pattern[str] | None  # what its spelling of names lacks
    rules: re.Pattern[str]  # the rules as numbered alternatives, first listed first
    cyrillic: tuple[str, ...]  # each rule's Cyrillic
    variants: tuple[tuple[str, str], ...]  # other forms of a transcription Russian also uses
    marked_only: bool = False  # writes only a word with its marks (Latin: Guidi is Italian)

    def plain(self, word: str) -> str:
        """``word`` in lower case (NFC), or '' where it has a letter outside the spelling."""
        low = unicodedata.normalize("NFC", word.lower())
        return low if low and all(c in self.letters for c in low) else ""

    def score(self, word: str) -> int:
        """How many of the language's marks ``word`` has (0: none, or not its spelling)."""
        low = self.plain(word)
        if len(low) < self.least or (self.unlike is not None and self.unlike.search(low)):
            return 0
        return len(self.marks.findall(low))

    def write(self, word: str) -> str | None:
        """``word`` in Cyrillic (lower case), or None where a letter has no rule."""
        low = self.plain(word)
        if not low:
            return None
        out, at = [], 0
        while at < len(low):
            m = self.rules.match(low, at)
            if m is None or m.end() == at:
                return None
            out.append(self.cyrillic[int(m.lastgroup[1:])])  # type: ignore[index]
            at = m.end()
        return "".join(out)

    def forms(self, word: str) -> tuple[str, ...]:
        """The transcription and the other forms Russian writes it in (Дзержиньский,
        Дзержинский; Гёте, Гете), the transcription first."""
        written = self.write(word)
        if written is None:
            return ()
        out = [written]
        for old, new in self.variants:
            out += [f.replace(old, new) for f in out if old in f]
        return tuple(dict.fromkeys(out))


def _compile(code: str, table: dict) -> Practical:
    vowel = f"[{table['vowels']}]"
    others = "".join(sorted(set(table["letters"]) - set(table["vowels"])))
    consonant = f"[{table.get('consonants', others)}]"
    body = "|".join(
        f"(?P<r{k}>{p.replace('V', vowel).replace('C', consonant)})"
        for k, (p, _) in enumerate(table["rules"])
    )
    unlike = table.get("unlike")
    return Practical(
        code,
        table["notice"],
        table["how"],
        frozenset(table["letters"]),
        table["least"],
        re.compile(table["marks"]),
        re.compile(unlike) if unlike else None,
        re.compile(body),
        tuple(c for _, c in table["rules"]),
        tuple(tuple(v) for v in table.get("variants", ())),  # type: ignore[misc]
        bool(table.get("marked_only", False)),
    )


@cache
def table(code: str) -> dict:
    """The data of one language's table (data/practical/<code>.toml)."""
    return tomllib.loads((FOLDER / f"{code}.toml").read_text("utf-8"))


@cache
def languages() -> tuple[Practical, ...]:
    """Every language's transcription, in the order ties go (data/practical/order.txt)."""
    order = (FOLDER / "order.txt").read_text("utf-8").split()
    return tuple(_compile(code, table(code)) for code in order)


def practical(code: str) -> Practical:
    """One language's transcription by its code (de, cs, pl ...)."""
    return next(p for p in languages() if p.code == code)


@lru_cache(maxsize=4096)
def transcription(code: str, word: str) -> str | None:
    """``word`` in Cyrillic (lower case) by language ``code``'s practical transcription."""
    return practical(code).write(word)


@lru_cache(maxsize=8192)
def looking(word: str) -> tuple[Practical, ...]:
    """The languages whose spelling ``word`` is in and whose marks it has, most marks first
    (ties in the tables' order)."""
    scored = [(p.score(word), -k, p) for k, p in enumerate(languages())]
    return tuple(p for s, _, p in sorted(scored, key=lambda t: t[:2], reverse=True) if s)


@lru_cache(maxsize=4096)
def written_as(word: str) -> tuple[Practical, str] | None:
    """The language a name is spelt in and its Cyrillic (lower case): of the languages whose
    marks it has most, the form Wikidata's persons bear most in Russian, or else one the
    Russian lexicon knows, where one is (Dzierżyński Дзержинский, not the tables' -ньский),
    else the first language's transcription."""
    found = looking(word)
    if not found:
        return None
    best = [p for p in found if p.score(word) == found[0].score(word)]
    borne = _borne(word, best)
    if borne is not None:
        return borne
    written = found[0].write(word)
    return (found[0], written) if written else None


def _borne(word: str, tables: list[Practical]) -> tuple[Practical, str] | None:
    """Of the forms ``tables`` write ``word`` in, the one Wikidata's persons bear most in
    Russian, or else one the Russian lexicon knows as a name (earlier tables first on a tie);
    None where no form is either (a table may write none: Qazvini, no table writes q so)."""
    from ..languages.name_counts import name_counts as _name_counts

    counts = _name_counts()
    borne = [
        (counts.get(form, 0), _a_name(form), -k, p, form)
        for k, p in enumerate(tables)
        for form in p.forms(word)
    ]
    if borne:
        count, known, _, p, form = max(borne, key=lambda t: t[:3])
        if count or known:
            return p, form
    return None


@lru_cache(maxsize=8192)
def transcribed_as(latin: str, cyrillic: str) -> Practical | None:
    """The first language (in the tables' order) whose practical transcription writes
    ``latin`` as ``cyrillic`` (ё as е), marks or none: Fontaines Фонтен by French's, Signoret
    Синьоре (a table that writes only marked words, Latin's, with its marks); None where none
    does."""
    want = cyrillic.lower().replace("ё", "е")
    for p in languages():
        if p.marked_only and not p.score(latin):
            continue
        if any(f.replace("ё", "е") == want for f in p.forms(latin)):
            return p
    return None


_UNMARKED = str.maketrans("øæœðþßı", "oeedtsi")  # letters NFD leaves whole


@lru_cache(maxsize=4096)
def any_written(word: str) -> tuple[Practical, str] | None:
    """A last guess for a name no table marks as its language's (Xavier, Iqbal): of every
    table that writes all its letters, the form Wikidata's persons bear most in Russian (or
    the lexicon knows), else the first table's in order; the letters no table has read
    without their marks (Samarqandī as Samarqandi). None where no table writes it."""
    for form in (word, _unmarked(word)):
        tables = [p for p in languages() if p.write(form) and not p.marked_only]
        if tables:
            return _borne(form, tables) or (tables[0], tables[0].write(form) or "")
    return None


def _unmarked(word: str) -> str:
    """``word`` without its diacritics (ī i, ø o, ð d)."""
    return without_marks(word.lower().translate(_UNMARKED))


def _a_name(form: str) -> bool:
    """Whether the Russian lexicon has ``form`` as a name in the nominative (Дзержинский; not
    анхелике, a case of Анхелика)."""
    from ..checker.recognize import _morph

    morph = _morph()
    if morph is None or not morph.word_is_known(form):
        return False
    tags = ("Surn", "Name", "Geox")
    return any(
        p.normal_form == form and any(t in str(p.tag) for t in tags) for p in morph.parse(form)
    )


def practical_name(latin: str, read: str = "") -> tuple[Practical, str] | None:
    """A capitalised name of another language as its practical transcription writes it (lower
    case), where its reading back ``read`` is no word of the Russian lexicon and has no Russian
    surname's ending (Chruschtschow is Хрущёв by the German system, Chruščov by the Czech) nor
    is a name Wikidata's persons bear in Russian (Marius, Мариус as the systems read it, is no
    Roman's Марий), or the name has a letter no Russian system writes (Schäfer is no шафер);
    else None."""
    from ..checker.recognize import _lexicon_entry
    from ..languages.name_counts import name_counts

    if not latin[:1].isupper():
        return None
    low = read.lower()
    if (
        low
        and not own_letters(latin)
        and (_lexicon_entry(low) or RUSSIAN_ENDING.search(low) or name_counts().get(low, 0))
    ):
        return None
    return written_as(latin)
