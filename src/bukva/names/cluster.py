"""Group a list of names into persons: a book index, a finding aid, a bibliography's authors."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any

from ..engine.deadline import check as deadline_check
from .belarusian import belarusian_readings, looks_belarusian
from .east_slavic import east_slavic_pairs, ukrainian_forms
from .gazetteer import Entry, entries
from .identity import EAST_SLAVIC, Identity, _fold, _russian_word, identify
from .index_entries import index_names
from .matching import (
    _CYRILLIC,
    _given_agree,
    _in_belarusian,
    _in_ukrainian_read,
    _latin_key,
    _own_reading,
    match,
)
from .phonetic import candidate_keys, cyrillic_keys, sound_alike
from .spelled import SLAVIC_END, bare_forms, spellings
from .transcribed import russian_forms, russian_pattern, surname_in_characters

SOUND_CONFIDENCE = 0.7  # a group that a foreign name joined by its sound alone


@dataclass
class Group:
    """One person (or place): the house form, the members as written, and how sure."""

    canonical: str
    key: str
    members: list[str]
    confidence: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _house_form(ident: Identity, style) -> str:
    from ..api import romanize

    if ident.language == "zh":
        if style is not None:
            for source in ident.sources:
                exc = style.exceptions.get(source)
                if exc is not None:
                    return exc.form
        return ident.pinyin or ident.input
    cyr = ident.sources[0]
    lang = ident.language  # Підгорний by the Ukrainian table: Pidhornyĭ
    if style is not None:
        surname = romanize(cyr, lang=lang, style=style)
    else:
        surname = romanize(cyr, lang=lang, system="ala-lc")
    if ident.given_initials:
        initials = " ".join(
            romanize(i, lang=lang, style=style)
            if style is not None
            else romanize(i, lang=lang, system="ala-lc")
            for i in ident.given_initials
        )
        initials = " ".join(f"{p[:1].upper()}{p[1:]}." for p in initials.split())
        return f"{surname}, {initials}"
    return surname


def _links(ident: Identity) -> tuple[list[str], list[str]]:
    """What ties a name to others: (keys it shares: gazetteer entries and its reading; Latin
    spellings it is written as, for a Cyrillic name, or is, for a Latin one)."""
    shared = [f"g:{g}" for g in ident.gazetteer] + ([ident.key] if ident.key else [])
    if ident.script == "Cyrl" and ident.language in EAST_SLAVIC:
        return shared, list(spellings(ident.surname))
    if ident.script == "Latn":
        return shared, [_latin_key(ident.surname)]
    return shared, []


def cluster(names: list[str], style=None, progress=None) -> list[Group]:
    """The names grouped by person, in order of first appearance; a name that could not be
    read is a group of its own (confidence 0). Names are one person when they share a gazetteer
    entry or a reading, or when a Latin one is how some system writes a Cyrillic one (Holysh,
    Голиш), or sounds as Russian writes a foreign name (Harriman, Гарриман) or is how Chinese
    writes a Russian one (波德戈尔内, Подгорный) (confidence 0.7, for review); then split by
    their given names."""
    items: list[tuple[str, Identity]] = []
    parent: list[int] = []

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[str, int] = {}
    written: dict[str, list[int]] = {}  # a Latin spelling -> the Cyrillic names written so
    latin: dict[str, list[int]] = {}
    entry_of: list[int] = []  # the input line each name came from: one index entry, one person
    for line_no, line in enumerate(names):
        deadline_check()
        # an index entry: its heading, the names in brackets, its cross-reference's target
        for name in index_names(line):
            i = len(items)
            ident = identify(name)
            items.append((name, ident))
            parent.append(i)
            entry_of.append(line_no)
            if i and entry_of[i - 1] == line_no:
                parent[root(i)] = root(i - 1)
            shared, spellings = _links(ident)
            for key in shared:
                parent[root(i)] = root(first.setdefault(key, i))
            for form in spellings:
                table, other = (written, latin) if ident.script == "Cyrl" else (latin, written)
                table.setdefault(form, []).append(i)
                for j in other.get(form, []):
                    parent[root(i)] = root(j)
        if progress is not None:
            progress.advance()
    by_sound: set[str] = set()  # names tied to the others by sound alone: less sure
    sizes = Counter(root(i) for i in range(len(items)))
    press = [(i, j) for i, j in _unambiguous(_press_pairs(items), root) if sizes[root(i)] == 1]
    pairs = _unambiguous(_heard_pairs(items) + _unmarked_pairs(items), root)
    pairs += _transcribed_pairs(items)
    for i, j in east_slavic_pairs(items):  # Скрипник, Скрыпник: one surname, two orthographies
        parent[root(i)] = root(j)
    for i, j in _ukrainian_romanized_pairs(items):  # Pidhornyi, Mykola; Podgornyi, N. V.
        parent[root(i)] = root(j)
    for i, j in _belarusian_pairs(items):  # Lukashenka, Лукашенко: Лукашэнка
        parent[root(i)] = root(j)
    for i, j in pairs + press:
        if root(i) != root(j):
            by_sound |= {items[i][0], items[j][0]}
            parent[root(i)] = root(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(items)):
        groups.setdefault(root(i), []).append(i)
    out = []
    for indices in groups.values():
        # one surname, different given names: different people (unless one entry names both)
        split: list[list[int]] = []
        for i in indices:
            name, ident = items[i]
            for person in split:
                if any(entry_of[j] == entry_of[i] for j in person) or all(
                    _same_person(name, ident, *items[j]) for j in person
                ):
                    person.append(i)
                    break
            else:
                split.append([i])
        people = [[items[i] for i in person] for person in split]
        key = _key(items[indices[0]][1], len(out))
        for person, taken in zip(people, split, strict=True):
            best = max(person, key=_fullest(person))[1]
            readable = best.language != "unknown"
            confidence = 0.0 if not readable else (1.0 if best.gazetteer else 0.9)
            if len(people) > 1:
                confidence = min(confidence, 0.8)  # told apart by given names only
            if len(person) > 1 and any(n in by_sound for n, _ in person):
                confidence = min(confidence, SOUND_CONFIDENCE)  # Harriman, Гарриман: review
            own = _own_spelling(person)
            canonical = own or (_house_form(best, style) if readable else person[0][0])
            lines = dict.fromkeys(names[entry_of[i]].strip() for i in taken)  # as written
            out.append(Group(canonical, key, list(lines), confidence))
    return out


def _own_spelling(person: list[tuple[str, Identity]]) -> str | None:
    """A foreign person's own Latin spelling (Harriman, W. A.; Ulbricht, Walter) beside the
    Cyrillic Russian writes it with: when no Latin member reads back as a Russian name, the one
    with the most given names, as written; a house style romanizes Russian names, not an
    American's or a German's."""
    latin = [(n, i) for n, i in person if i.script == "Latn"]
    foreigner = _foreigner(person)
    if foreigner is not None:  # the gazetteer's foreigner (Eisenhower, Hoxha): as EB writes him
        surnames = {f.split()[-1].lower() for f in foreigner.familiar}
        own = [(n, i) for n, i in latin if i.surname.lower() in surnames]
        return max(own, key=lambda m: len(m[1].given))[0] if own else foreigner.familiar[0]
    if not latin or any(i.sources and _russian_word(i.sources[0]) for _, i in latin):
        return None  # Khrushchev, Iudin: read back as a Russian name, written in the house style
    if any(i.language in ("uk", "be") for _, i in latin):
        return None  # Bykau: a Belarusian name romanized, written in the house style
    if any(i.language == "zh" for _, i in person) or len(latin) == len(person):
        return None
    cyrillic = [i for _, i in person if i.script == "Cyrl"]
    if any(_latin_key(i.surname) in spellings(c.surname) for _, i in latin for c in cyrillic):
        return None  # Holysh is Голиш by ALA-LC Ukrainian: a romanization, not its own
    return max(latin, key=lambda m: len(m[1].given))[0]


def _foreigner(person: list[tuple[str, Identity]]) -> Entry | None:
    """The gazetteer's entry for a foreigner (origin other) that a member of ``person`` is."""
    known = entries()
    for _, ident in person:
        for eid in ident.gazetteer:
            entry = known.get(eid)
            if entry is not None and entry.origin == "other" and entry.familiar:
                return entry
    return None


def _heard_pairs(items: list[tuple[str, Identity]]) -> list[tuple[int, int]]:
    """Latin and Cyrillic names that sound alike as a foreign name Russian writes by its
    sound (Harriman, Гарриман), the Latin reading back as no Russian word (as ``match``)."""
    sounds: dict[str, list[int]] = {}
    for i, (_, ident) in enumerate(items):
        if ident.script == "Cyrl" and ident.language in EAST_SLAVIC:
            for key in cyrillic_keys(ident.surname):
                sounds.setdefault(key, []).append(i)
    out = []
    for i, (_, ident) in enumerate(items):
        if ident.script != "Latn":
            continue
        near = {j for key in candidate_keys(ident.surname) & sounds.keys() for j in sounds[key]}
        out += [
            (i, j)
            for j in sorted(near)
            if sound_alike(ident.surname, items[j][1].surname)
            and not (ident.sources and _own_reading(ident.sources[0], items[j][1].surname))
        ]
    return out


MAX_PRESS_READINGS = 256  # readings of one name looked up (a name has a handful)


def _press_pairs(items: list[tuple[str, Identity]]) -> list[tuple[int, int]]:
    """A Chinese name the press wrote in Wade-Giles without its marks that also reads as pinyin
    (Chang Hanfu) and the names whose pinyin it is the likelier reading of (Zhang Hanfu,
    章汉夫), as ``match`` reads them; looked up by the pinyin its syllables may stand for. The
    caller joins only a name nothing else placed, to one group (Che Chun, pinyin's 车春, stays
    apart from 车军, whose press form it may also be)."""
    from itertools import islice, product

    from .mixed import word_readings

    by_pinyin: dict[str, list[int]] = {}
    for j, (_, ident) in enumerate(items):
        if ident.language == "zh" and ident.pinyin:
            key = "".join(ident.pinyin.lower().replace("'", "").split())
            by_pinyin.setdefault(key, []).append(j)
    out = []
    for i, (name, ident) in enumerate(items):
        words = name.split()
        if ident.script != "Latn" or not 2 <= len(words) <= 3 or "-" in name or "'" in name:
            continue
        options = [word_readings(w) for w in words]
        if not all(options):
            continue
        keys = {"".join(r).replace("|", "") for r in islice(product(*options), MAX_PRESS_READINGS)}
        for j in {j for k in keys for j in by_pinyin.get(k, ())}:
            if j != i and match(name, items[j][0]).same:
                out.append((i, j))
    return out


def _unmarked_pairs(items: list[tuple[str, Identity]]) -> list[tuple[int, int]]:
    """A Latin name printed without the marks of Polish or Czech letters and the Cyrillic
    names it is then (Milosevic, Милошевич; Zukowski, Жуковский), as ``match`` reads them;
    looked up by the Cyrillic names' marked forms with their marks left off."""
    bare: dict[str, list[int]] = {}
    for j, (_, ident) in enumerate(items):
        if ident.script == "Cyrl" and ident.language in EAST_SLAVIC:
            for form in bare_forms(ident.surname):
                bare.setdefault(form, []).append(j)
    return [
        (i, j)
        for i, (name, ident) in enumerate(items)
        if ident.script == "Latn"
        for j in bare.get(ident.surname.lower(), ())
        if match(name, items[j][0]).same
    ]


def _unambiguous(pairs: list[tuple[int, int]], root) -> list[tuple[int, int]]:
    """The pairs of a Latin name that sounds as Cyrillic names of one group only: one that
    sounds as two (Roche: French Рош, English Роуч) joins neither, lest it join them."""
    groups: dict[int, set[int]] = {}
    for i, j in pairs:
        groups.setdefault(i, set()).add(root(j))
    return [(i, j) for i, j in pairs if len(groups[i]) == 1]


def _transcribed_pairs(items: list[tuple[str, Identity]]) -> list[tuple[int, int]]:
    """A Russian name in characters and the Russian names it writes (波德戈尔内, Подгорный,
    Podgorny), as ``match`` reads them; the gazetteer's names are tied by their entries."""
    found = [
        (i, pattern[0])
        for i, (_, ident) in enumerate(items)
        if ident.script == "Hani" and not ident.gazetteer
        if (pattern := russian_pattern(surname_in_characters(ident.input))) is not None
    ]
    if not found:
        return []
    russian = [
        (j, russian_forms(ident.sources[0]))
        for j, (_, ident) in enumerate(items)
        if ident.language in EAST_SLAVIC and ident.sources
    ]
    return [(i, j) for i, p in found for j, forms in russian if any(map(p.fullmatch, forms))]


def _fullest(person: list[tuple[str, Identity]]):
    """The key that picks the member to write the group's form from: the most given names,
    then one the gazetteer knows (unless its name is not the one a Cyrillic member writes:
    Sacharow, M. W., the gazetteer's Сахаров, beside Захаров М. В.), then one in Cyrillic (its
    source is as written, not read back), then one in characters (its pinyin is certain:
    章汉夫, not the press's Chang Hanfu)."""
    written = {
        _fold(i.sources[0]) for _, i in person if i.script == "Cyrl" and i.language in EAST_SLAVIC
    }

    def key(member: tuple[str, Identity]) -> tuple[int, bool, bool, bool]:
        ident = member[1]
        script = ident.script
        known = bool(ident.gazetteer) and (
            not written or (bool(ident.sources) and _fold(ident.sources[0]) in written)
        )
        return len(ident.given_initials), known, script == "Cyrl", script == "Hani"

    return key


def _ukrainian_romanized_pairs(items: list[tuple[str, Identity]]) -> list[tuple[int, int]]:
    """Pairs of romanized names with given names, one the other's Ukrainian spelling (Pidhornyi,
    Mykola and Podgornyi, N. V.: Підгорний, Подгорный), found through the Latin keys of the
    Russian surname's Ukrainian forms and confirmed by ``match``'s rule."""
    latin = [
        i
        for i, (_, ident) in enumerate(items)
        if ident.script == "Latn" and ident.given and ident.surname
    ]
    if len(latin) < 2:
        return []
    by_key: dict[str, list[int]] = {}
    for i in latin:
        by_key.setdefault(_latin_key(items[i][1].surname), []).append(i)
    out = []
    for i in latin:
        ident = items[i][1]
        cyrillic = [s for s in ident.sources if _CYRILLIC.match(s)]
        if ident.language != "ru" or not cyrillic or not SLAVIC_END.search(cyrillic[0]):
            continue
        for form in ukrainian_forms(cyrillic[0]):
            for key in spellings(form, ("uk",)):
                for j in by_key.get(key, ()):
                    found = j != i and _in_ukrainian_read(items[j][1], ident)
                    if found and found.same:
                        out.append((j, i))
    return out


_SKELETON = re.compile("[аеёиоуыэюяіьъй'’]")


def _skeleton(cyrillic: str) -> str:
    """What a Russian surname and its Belarusian form share: the consonants, дз as д, ц as т,
    шч as щ, ў as в (Машеров, Машэраў: мшрв)."""
    low = cyrillic.lower().replace("дз", "д").replace("шч", "щ")
    return _SKELETON.sub("", low).replace("ц", "т").replace("ў", "в")


def _belarusian_pairs(items: list[tuple[str, Identity]]) -> list[tuple[int, int]]:
    """Pairs of a Latin name in a Belarusian form and a Russian name (Lukashenka, Лукашенко;
    Masherau, Masherov, P. M.), found through the consonants they share and confirmed by
    ``match``'s rule."""
    russian: dict[str, list[int]] = {}
    for j, (_, ident) in enumerate(items):
        src = ident.sources[0] if ident.sources else ""
        if ident.language in EAST_SLAVIC and _CYRILLIC.match(src) and SLAVIC_END.search(src):
            russian.setdefault(_skeleton(src), []).append(j)
    out = []
    for i, (_, ident) in enumerate(items):
        if ident.script != "Latn" or not looks_belarusian(ident.surname):
            continue
        for read in belarusian_readings(ident.surname):
            for j in russian.get(_skeleton(read), ()):
                found = j != i and _in_belarusian(ident, items[j][1])
                if found and found.same:
                    out.append((i, j))
    return out


def _key(ident: Identity, k: int) -> str:
    return (f"g:{ident.gazetteer[0]}" if ident.gazetteer else ident.key) or f"?:{k}"


def _same_person(a: str, ia: Identity, b: str, ib: Identity) -> bool:
    """Given names that do not disagree (Holysh, H. M. and Голиш, Г. М. agree: г is h in
    Ukrainian)."""
    return _given_agree(ia, ib) is not False or match(a, b).same
