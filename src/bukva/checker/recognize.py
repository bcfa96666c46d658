"""Tell romanized Russian and Chinese words from English ones, and name their system.

A Latin word is taken for romanized Russian when some system bukva knows writes a word of the
Russian lexicon exactly so (``družby`` is the Czech transcription of дружбы); it is taken for
English when it is a common English word (wordfreq's English frequencies) and carries nothing
only a romanization writes (ʹ, ž, a tie). Chinese names are taken for Wade-Giles, Czech or Yale
by ``chinese_groups``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..calls import compiled
from ..engine.registry import all_specs
from ..engine.reverse import build_reverser
from ..engine.text import nfc, ties_to_combining
from ..languages.detect import ALPHABETS
from ..languages.english import english
from ..languages.name_counts import borne, name_zipf

ENGLISH_ZIPF = 3.0  # wordfreq Zipf frequency at which a word counts as common English
_MARKED = re.compile("[ʹʺ\u0300-\u036f\ufe20\ufe21čšžćśźńłěůřďťňėĭīëŭ]|[a-z]['\"’][a-z]", re.I)


# Letter sequences no romanization of Russian writes (th, ph, wh, ck, q, -tion, ...)
_NOT_RUSSIAN = re.compile(
    r"th|ph|wh|ck|gh|q|w[aeiou]?w|tion$|ness$|ment$|ity$|ous$|ght|ee$|"
    r"[^aeiouy\W\d_]{7}",
    re.IGNORECASE,
)


def looks_english(word: str) -> bool:
    """A common English word (rarer ones too in lower case), with no romanization's marks."""
    if _MARKED.search(word):
        return False
    threshold = ENGLISH_ZIPF if word[:1].isupper() else 1.5
    return english(word) >= threshold


def could_be_russian(word: str) -> bool:
    """Cheap test before the lattices: no romanization of Russian writes th, ph, q, -tion; and
    a Chinese syllable (Chou, Liu, Mao) is taken for Chinese, which these books are full of."""
    if _NOT_RUSSIAN.search(word):
        return False
    return not (word.isascii() and word.isalpha() and word.lower() in _chinese_syllables())


@cache
def _chinese_syllables() -> frozenset[str]:
    from ..engine.registry import find

    out: set[str] = set()
    for system in ("wade-giles", "pinyin", "yale", "czech"):
        mapping = find("zh", system).data["mapping"]
        out |= {v.replace("'", "") for v in mapping.values()} | set(mapping)
    if not out - {""}:
        return frozenset()
    from ..chinese.syllables import inventory

    return frozenset(out | inventory())


@dataclass(frozen=True)
class Reading:
    """What a Latin word is, read as romanized Russian."""

    cyrillic: str  # the Russian word, lower case (ё restored where the lexicon has it)
    spellings: tuple[str, ...]  # as the text may have had it: with ё, and with е
    systems: tuple[str, ...]  # the systems (default options) that write it exactly so
    known: bool  # the Russian lexicon has the word
    name: bool  # the lexicon knows it as a name (surname, first name, place)


def system_name(system: str, lang: str = "ru") -> str:
    """A system's name for messages (its id when unknown)."""
    from ..engine.registry import BukvaError, find

    try:
        return find(lang, system).name
    except BukvaError:
        return system


@cache
def _russian_systems() -> tuple[str, ...]:
    """The systems that read Russian back (a forward-only one, Dutch, only matches names)."""
    return tuple(
        s.id for s in all_specs() if "ru" in s.languages and "reverse" in s.data["directions"]
    )


@cache
def _alphabet(system: str) -> frozenset[str]:
    """Every character ``system`` writes (its letters, marks, signs)."""
    comp = compiled("ru", system)
    chars = set("".join(comp.mapping.values()))
    chars |= set("".join(r.target for r in comp.rules))
    return frozenset(nfc(c) for c in chars) | frozenset(ties_to_combining("".join(chars)))


@cache
def _signature(system: str) -> re.Pattern[str] | None:
    from ..engine.registry import find

    sig = find("ru", system).data.get("signature")
    return re.compile(sig) if sig else None


def _signed(system: str, word: str) -> bool:
    """Whether ``word`` carries what marks ``system`` in running text (its diacritics or
    digraphs): Ramah is not ISO 9 for рамах, nor Hor Czech for хор."""
    sig = _signature(system)
    return sig is None or bool(sig.search(word))


@cache
def _morph():
    from ..languages.lexicon import _analyzer

    return _analyzer("ru")


@lru_cache(maxsize=100_000)
def _is_surname(word: str) -> bool:
    morph = _morph()
    return morph is not None and any("Surn" in str(p.tag) for p in morph.parse(word))


_SIBILANT_O = re.compile("(?<=[жчшщ])о")


def yo_name(spelled: str) -> tuple[str, tuple[str, bool]] | None:
    """A reading with о after ж, ч, ш, щ that is no word but, with ё there, a name of the
    lexicon: that name and its entry (Khrushchov, Gorbachov: the press writes ё so), or None."""
    if not _SIBILANT_O.search(spelled):
        return None
    yo = _SIBILANT_O.sub("ё", spelled)
    entry = _lexicon_entry(yo)
    return (yo, entry) if entry is not None and entry[1] else None


_NAMES = frozenset(("Surn", "Name", "Patr"))


@lru_cache(maxsize=100_000)
def yo_spelled(spelled: str) -> str | None:
    """A reading with е that the lexicon knows as a name only with ё there: that spelling
    (москалев → москалёв, королев → королёв: the noun's case form королев is no name); None
    where the name is spelt with е (федоренко) or the lexicon has it both ways."""
    morph = _morph()
    if morph is None or "е" not in spelled or not morph.word_is_known(spelled):
        return None  # an unknown word's guessed parses may spell it with ё (таберна)
    names = {  # as a name is cited: in the nominative (феста is Фёст's genitive, no name)
        p.word
        for p in morph.parse(spelled)
        if _NAMES & p.tag.grammemes and "nomn" in p.tag.grammemes
    }
    if len(names) != 1:
        return None
    yo = names.pop()
    return yo if yo != spelled and yo.replace("ё", "е") == spelled else None


@lru_cache(maxsize=100_000)
def _lexicon_entry(word: str) -> tuple[str, bool] | None:
    """The dictionary spelling of ``word`` and whether it is a name, or None."""
    morph = _morph()
    if morph is None or not morph.word_is_known(word):
        return None
    parses = morph.parse(word)
    spelled = next((p.word for p in parses if len(p.word) == len(word)), word)
    name = any(t in str(p.tag) for p in parses for t in ("Surn", "Name", "Patr", "Geox"))
    return spelled, name


@lru_cache(maxsize=100_000)
def _cited(cyr: str) -> tuple[bool, bool]:
    """Whether the lexicon has ``cyr`` in the nominative singular (Юрий, Мао; not юры, "of
    Yura", nor василы, a plural), the case a name stands in when English text cites it; and
    whether as a name that declines so (Юрий, Иванова; not Юри nor Мариа, names Russian takes
    from other languages as they are)."""
    morph = _morph()
    if morph is None:
        return False, False
    nominative = [
        p.tag.grammemes
        for p in morph.parse(cyr)
        if {"nomn", "sing"} <= p.tag.grammemes and "Erro" not in p.tag.grammemes
    ]
    declined = any({"Name", "Surn", "Patr"} & g and "Fixd" not in g for g in nominative)
    return bool(nominative), declined


def first_name(cyr: str) -> bool:
    """A Russian given name the lexicon knows, in the nominative (Сергей, Василий)."""
    morph, low = _morph(), cyr.lower()
    return morph.word_is_known(low) and any(
        {"Name", "nomn", "sing"} <= p.tag.grammemes for p in morph.parse(low)
    )


def _russian_name(cyr: str) -> bool:
    """A name Russian writes and declines, cited in the nominative (Аркадий, not аркады,
    "arcades"; Татьяна, not Татяна, a variant the lexicon lists and no text uses)."""
    return _cited(cyr)[1] and _attested(cyr)


def _settled(found: dict[str, list[str]], first: str | None, entries: dict, capital: bool) -> bool:
    """Whether the house system's reading stands without asking the others: it read the word,
    and a capitalised name it read is in the nominative singular (Vasily is no plural василы:
    the other systems may read the name, Василий)."""
    spelled = next(iter(found))
    if first not in found[spelled]:
        return False
    return not (capital and entries[spelled][1]) or cited_form(spelled)


def cited_form(cyr: str) -> bool:
    """Whether a name the lexicon reads is in the form English text cites a Russian name in:
    the nominative singular, of a word Russian text uses (not евгены, a plural, nor Эвгений,
    a variant only the lexicon lists)."""
    return _cited(cyr)[0] and _attested(cyr)


def _attested(cyr: str) -> bool:
    """Whether Russian text uses the name word at all (wordfreq) or persons bear it: not a
    variant only the lexicon lists (Эвгений, Зиновиев)."""
    return name_zipf(cyr) > 0 or borne(cyr) > 0


def written_back(low: str, system: str, model) -> list[str]:
    """The Cyrillic spellings ``system`` writes exactly as the lower-case Latin ``low``: the
    one its exact reverse gives (none if a Latin letter stays), or the likeliest of its
    lattice (``model``: the Russian character model that ranks them)."""
    rev = build_reverser(compiled("ru", system), ALPHABETS["ru"])
    if rev.exact:
        spelled = rev.exact_word(low)
        candidates = [spelled] if not re.search("[a-z]", spelled) else []
    else:
        candidates = rev._lattice(low, model, beam=24, keep=6)
    forward = compiled("ru", system)._lower_word
    return [c for c in candidates if nfc(forward(c)) == low]


def _typed_signs(low: str, system: str) -> str:
    """``low`` with a typed apostrophe for the prime of a system that writes the soft sign so
    and no apostrophe (BGN/PCGN's Tsentralʹnyy typed Tsentral'nyy, as English text has it),
    and a typeset one (’) for the typed one of a system that writes that (Vasil’ev). ALA-LC's
    catalog form typed so is its book form, a system of its own."""
    if ("'" in low or "’" in low) and system != "ala-lc":  # LC's own typed form: the book form
        alphabet = _alphabet(system)
        if "ʹ" in alphabet and "'" not in alphabet and "’" not in alphabet:
            return low.replace("'", "ʹ").replace("’", "ʹ")
        if "'" in alphabet and "’" not in alphabet:  # the book form's ' typeset as ’
            return low.replace("’", "'")
    return low


@lru_cache(maxsize=100_000)
def read_russian(word: str, first: str | None = None) -> Reading | None:
    """The Russian word this Latin word romanizes, and by which systems; None if none.

    Each system reads the word back its own way (exactly, for a reversible one; as a small
    lattice of spellings, for the others); a reading counts when the lexicon has the word and
    romanizing it again by that system gives the word. ``first``: a system to try alone first
    (the house's): a word it reads is not read by the others.
    """
    from ..languages.charmodel import model_for

    low = nfc(ties_to_combining(word.lower()))
    if len(low) < 2:
        return None
    model = model_for("ru")
    found: dict[str, list[str]] = {}
    entries: dict[str, tuple[str, bool]] = {}
    order = _russian_systems()
    if first in order:
        order = (first, *(s for s in order if s != first))
    capital = word[:1].isupper()
    for system in order:
        if found and system != first and _settled(found, first, entries, capital):
            break  # the house system reads it: no need to ask the others
        typed = _typed_signs(low, system)
        if not set(typed) <= _alphabet(system) or not _signed(system, typed):
            continue  # the system never writes one of these characters, or lacks its marks
        hits: list[str] = []
        for spelled in written_back(typed, system, model):
            entry = entries.get(spelled) or _lexicon_entry(spelled)
            if entry is None and capital:
                spelled, entry = yo_name(spelled) or (spelled, None)  # Khrushchov
            if entry is None:
                continue
            entries[spelled] = entry
            hits.append(spelled)
            if not capital:
                break
        if hits:  # a capitalised word: a Russian name (Yury Юрий, not юры, "of Yura"; Юри)
            best = max(hits, key=lambda c: (_russian_name(c), name_zipf(c)))
            found.setdefault(best, []).append(system)
    if not found:
        return None

    def rank(spelled: str) -> tuple[bool, bool, bool, bool, int]:
        surname = capital and _is_surname(spelled)
        return (
            capital and _russian_name(spelled),  # Arkady Аркадий, Tatyana Татьяна
            capital and borne(spelled) > 0,
            surname,
            capital and entries[spelled][1],
            len(found[spelled]),
        )

    best = max(found, key=rank)
    cyr, name = entries[best]
    return Reading(cyr, tuple(dict.fromkeys((cyr, best))), tuple(found[best]), True, name)


def house_forms(reading: Reading, like: str, system: str, options: dict[str, str]) -> list[str]:
    """Every form the house system writes for the word (with ё and with е as printed)."""
    return list(dict.fromkeys(romanized_as(c, like, system, options) for c in reading.spellings))


def romanized_as(cyrillic: str, like: str, system: str, options: dict[str, str]) -> str:
    """``cyrillic`` romanized by ``system``, with the case of ``like`` (Title, UPPER, lower)
    and its typeset apostrophe (Vasil’ev: the book form's ' as the text sets it)."""
    word = cyrillic
    like = ties_to_combining(like)  # ︠T︡Svetaeva: half marks before their letters
    if like.isupper() and len(like) > 1:
        word = word.upper()
    elif like[:1].isupper():
        word = word[:1].upper() + word[1:]
    out = compiled("ru", system, options).forward(word)
    return out.replace("'", "’") if "’" in like and "'" not in like else out


IN_NAME_CONFIDENCE = 0.6  # a name's form inside an English proper name: for review
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]{0,5}) $")


def chinese_given_name(text: str, start: int, word: str) -> bool:
    """Whether ``word`` at ``start`` is a Chinese given name in pinyin: pinyin as written, right
    after a capitalized Chinese surname (Wang Yulin, Chen Chungan), so no romanized Russian
    word (Юлин) and no postal place (Chong'an)."""
    before = _WORD_BEFORE.search(text, max(0, start - 8), start)
    if before is None:  # most words: no capitalized short word right before them
        return False
    from ..chinese.convert import surname_syllables
    from ..chinese.tables import pinyin_as_written

    return before.group(1).lower() in surname_syllables() and pinyin_as_written(word)


def borrowed_name(word: str, form: str, systems: tuple[str, ...], common: float) -> bool:
    """Whether ``word`` is a name English uses that the house form only adds soft signs to, read
    by no scholarly system (Engels: Энгельс, Engel's; Elgar: Эльгар): Friedrich Engels is
    German, and Russian took the name with the sign."""
    return (
        common >= BORROWED_ZIPF
        and form.replace("'", "").replace("’", "") == word
        and SCHOLARLY.isdisjoint(systems)
    )


SCHOLARLY = frozenset(("ala-lc", "ala-lc-book", "bgn-pcgn", "iso9"))  # not the press's systems


BORROWED_ZIPF = 2.5  # English uses the name as often as Engels, Elgar, Gogol
