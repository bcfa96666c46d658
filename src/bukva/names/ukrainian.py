"""A Ukrainian name in a Ukrainian romanization (Hrushevskyi, Mykola, Shcherbytskyi,
Zelenskyy, Pidhornyi), read back: the Ukrainian Cyrillic it stands for, and its Russian
spelling.

Ukraine's national system (2010; BGN/PCGN since 2019) and ALA-LC's Ukrainian table without its
marks write г as h, и as y and і, ї, й alike as i, and drop the soft sign, so no Russian system
reads such a name: Hrushevskyi was Хрусхевскый (ISO 9's h). Every Cyrillic spelling the
Latin allows (the two systems' own files, and y for й as the older BGN and the press write it:
Zelenskyy, Mykolayovych) is tried against Ukrainian's dictionary (pymorphy3's
Ukrainian dictionary), which names persons (Surn, Name, Patr); the first so named is the
reading. Russian writes such a name in its own letters (Грушевский, Щербицкий, Подгорный): the
spellings Russian allows for each Ukrainian letter (і as и, or о, е in a closed syllable;
и as и or ы; -ський as -ский) are tried against the names Wikidata's persons bear in Russian,
then against Russian's dictionary.
"""

from __future__ import annotations

import itertools
import re
from functools import cache, lru_cache

from ..engine.registry import find
from ..engine.text import without_marks

UK_SYSTEMS = ("bgn-pcgn", "ala-lc")  # Ukraine's national system (= BGN/PCGN 2019), LC's


@cache
def _pieces() -> dict[str, tuple[str, ...]]:
    """Each Latin piece the two systems write (ALA-LC's without its marks: ĭ, ï as i; i͡e as
    ie; its prime not written, as the national system writes no soft sign) and the Ukrainian
    letters it stands for, from the systems' own files (their letters and their rules for a
    word's first letter: ye, yi, yu, ya, and y for й, which the older BGN and the press write
    anywhere: Zelenskyy)."""
    out: dict[str, list[str]] = {}
    for system in UK_SYSTEMS:
        data = find("uk", system).data
        pairs = [*data["mapping"].items()]
        pairs += [(r["from"], r["to"]) for r in data.get("rules", []) if r.get("initial")]
        for cyr, latin in pairs:
            bare = without_marks(latin).replace("ʹ", "")
            if bare and cyr.isalpha() and cyr not in out.setdefault(bare, []):
                out[bare].append(cyr)
    out["zgh"] = ["зг"]  # the national system's zgh, so as not to read zh
    out["-"] = ["-"]  # a hyphenated name read whole (Ivano-Frankivsk)
    return {k: tuple(v) for k, v in out.items()}


_SOFT_AFTER = frozenset("лнсцтдзр")  # the consonants a dropped soft sign follows
_MOST = 4000  # spellings of one word at most
_MOST_TRIES = 20_000  # dictionary look-ups for one word at most (a long word of many i's)
_OLDER_Y = re.compile("(?<=[aeiouy])y")  # y for й: Zelenskyy, Mykolayovych


def _spellings(latin: str) -> list[str]:
    """Every Ukrainian Cyrillic spelling of ``latin`` (lower case) the tables allow, without
    soft signs; [] where a letter has no Ukrainian value."""
    pieces = _pieces()
    longest = max(map(len, pieces))
    options: list[list[tuple[int, str]]] = [[] for _ in range(len(latin) + 1)]
    for i in range(len(latin)):
        for size in range(min(longest, len(latin) - i), 0, -1):
            for cyr in pieces.get(latin[i : i + size], ()):
                options[i].append((i + size, cyr))
    found: dict[int, list[str]] = {0: [""]}
    for i in range(len(latin)):
        for prefix in found.pop(i, ()):
            for end, cyr in options[i]:
                bucket = found.setdefault(end, [])
                if len(bucket) < _MOST:
                    bucket.append(prefix + cyr)
    return found.get(len(latin), [])


def _with_soft_signs(word: str) -> list[str]:
    """``word`` with no, one or two soft signs after a consonant that may bear one (before a
    consonant, before о as in Сьомін, or at the end)."""
    at = [
        k + 1
        for k, c in enumerate(word)
        if c in _SOFT_AFTER and (k + 1 == len(word) or word[k + 1] not in "аеєиіїуюяй")
    ]
    out = [word]
    for n in (1, 2):
        for places in itertools.combinations(at, n):
            w = word
            for p in reversed(places):
                w = w[:p] + "ь" + w[p:]
            out.append(w)
    return out


_APOSTROPHE = re.compile("(?<=[бпвмфр])(?=[яюєї])")  # Кам'янець: the systems write no apostrophe


def _with_apostrophes(word: str) -> list[str]:
    """``word``, and with the apostrophe Ukrainian writes after a labial or р before я, ю, є, ї
    (Kamianets Кам'янець), which the national system drops."""
    marked = _APOSTROPHE.sub("'", word)
    return [word] if marked == word else [word, marked]


def _named(word: str, any_noun: bool = False, adjective: bool = False) -> str | None:
    """The person-name tag (Surn, Name, Patr; anim for an animate noun; with ``any_noun``, NOUN
    for any noun: Київ; with ``adjective`` too, ADJF: Подільський of Кам'янець-Подільський)
    Ukrainian's dictionary gives ``word`` in the nominative singular, or None."""
    from ..languages.lexicon import _analyzer

    morph = _analyzer("uk")
    if morph is None or not morph.word_is_known(word):
        return None
    for parse in morph.parse(word):
        grammemes = parse.tag.grammemes  # a set of names: Geox is no grammeme of Ukrainian's
        if "nomn" not in grammemes or "plur" in grammemes:
            continue
        kinds = ("Surn", "Name", "Patr", "anim", *(("NOUN",) if any_noun else ()))
        kinds += ("ADJF",) if adjective else ()
        found = next((t for t in kinds if t in grammemes), None)
        if found:  # a person's name; the dictionary files some given names (Володимир) as
            return found  # animate nouns only
    return None


@lru_cache(maxsize=20_000)
def ukrainian_reading(
    word: str, any_noun: bool = False, part: bool = False
) -> tuple[str, str] | None:
    """The Ukrainian Cyrillic (lower case) a capitalised Latin word stands for as a Ukrainian
    romanization writes a person's name (with ``any_noun``, any noun: a place; and where the
    word is hyphenated or ``part`` of such a word, an adjective), and the dictionary's tag for
    it (Surn, Name, Patr, anim, NOUN, ADJF); else None."""
    low = word.lower().replace("'", "").replace("’", "")
    letters = low.replace("-", "")
    if not word[:1].isupper() or not low.isascii() or not letters.isalpha() or len(letters) < 3:
        return None
    tries = 0
    adjective = any_noun and (part or "-" in low)  # Kamianets-Podilskyi; not Dankiv Данків
    for latin in dict.fromkeys((low, _OLDER_Y.sub("i", low))):
        plain = [w for spelled in _spellings(latin) for w in _with_apostrophes(spelled)]
        for soft in (False, True):
            for spelled in plain:
                for cyr in _with_soft_signs(spelled) if soft else (spelled,):
                    tag = _named(cyr, any_noun, adjective)
                    if tag:
                        return cyr, tag
                    tries += 1
                    if tries > _MOST_TRIES:
                        return None
    return _by_parts(word, any_noun) if "-" in low else None


def _by_parts(word: str, any_noun: bool) -> tuple[str, str] | None:
    """A hyphenated word the dictionary has whole, read part by part where its soft signs are
    too many to try at once (Kamianets-Podilskyi Кам'янець-Подільський)."""
    parts = [ukrainian_reading(p[:1].upper() + p[1:], any_noun, True) for p in word.split("-")]
    if any(p is None for p in parts):
        return None
    joined = "-".join(p[0] for p in parts if p is not None)
    tag = _named(joined, any_noun, any_noun)
    return None if tag is None else (joined, tag)


# what tells a Ukrainian romanization from a Russian one and from an English name: -yi after
# a velar or a hissing consonant, where Russian spells no ы (Hrushevskyi; LC's book form writes
# Russian -ный as -nyi too), -yy, -iy, -ii (Zelenskyy, Yurii); y for и between consonants
# (Mykola, Kyrychenko)
_Y_FOR_I = re.compile("[^aeiouy]y[^aeiouy]")
_ENDING = re.compile("(?:[kgh]|[kzsc]h|ts)yi$|[^aeiou](?:yy|iy|ii)$")
_BARE_H = re.compile("(?<![kzsc])h")  # h for г (Bohdan, Holysh): no Russian system but ISO 9's


def ukrainian_name(
    word: str, russian: tuple[str, dict[str, float]] | None, beside: bool = False
) -> str | None:
    """The Ukrainian Cyrillic (in the word's case) of a capitalised Latin word that is a
    Ukrainian name in a Ukrainian romanization rather than a Russian one: Ukrainian's
    dictionary names it, ``russian`` (its Russian reading and the systems' weights, as
    ``names.russian._russian`` gives them) is no name in its dictionary form, and the Latin
    writes и as y between consonants or -ий as -yi, or г as h where only ISO 9 reads the word
    and English has no such name (Hrushevskyi, Mykola, Bohdan; not Shelest, Henderson).
    ``beside``: the word stands in one name with a word so read (Mykola Skrypnyk), and y
    between consonants is evidence enough."""
    from ..checker.recognize import _lexicon_entry
    from ..languages.name_counts import borne
    from .english import pronunciations
    from .russian import is_lemma
    from .russian_letters import russian_looking

    low = word.lower()
    h_alone = bool(_BARE_H.search(low)) and not pronunciations(low)
    if not (_ENDING.search(low) or _Y_FOR_I.search(low) or h_alone):
        return None  # no sign of a Ukrainian system: the dictionary is not asked (a hot path)
    if russian is not None:
        cyr = russian[0]
        entry = _lexicon_entry(cyr)
        if entry is not None and entry[1] and (is_lemma(cyr) or _indeclinable(cyr)):
            return None  # Shelest, Gromyko: a Russian name as well (Фёдоровых is a plural)
        if borne(cyr):
            return None  # Podgornyi: Подгорный, a name Russian persons bear
    found = ukrainian_reading(word)
    if found is None:
        return None
    evidence = bool(_ENDING.search(low)) or (beside and bool(_Y_FOR_I.search(low)))
    if not evidence and _Y_FOR_I.search(low):  # y for и, where Russian's dictionary names the
        named = _lexicon_entry(in_russian(found[0]))  # Ukrainian reading (Mykola: Микола); ы
        evidence = named is not None and named[1]  # is as likely (Dymov Дымов, Skrypnik)
    if not evidence and h_alone:
        # only ISO 9 reads it, and not as Russian letters would spell a word (Харин is
        # Russian in every letter: Harin may be Харин or Гарін)
        evidence = russian is None or (
            set(russian[1]) <= {"iso9"} and not russian_looking(russian[0])
        )
    if not evidence:
        return None
    if russian is not None and in_russian(found[0]) == russian[0].replace("ё", "е"):
        return None  # Podgornyi: Подгорный either way, as Russian reads it
    return found[0][:1].upper() + found[0][1:]


def _indeclinable(cyr: str) -> bool:
    """Whether Russian's dictionary has ``cyr`` as an indeclinable word (Громыко, Лысенко)."""
    from ..checker.recognize import _morph

    morph = _morph()
    return morph is not None and any("Fixd" in p.tag for p in morph.parse(cyr))


# each Ukrainian letter and the letters Russian may write it with, the usual one first
_IN_RUSSIAN = {
    "і": ("и", "о", "е"),
    "ї": ("и", "йи"),
    "є": ("е", "э"),
    "ґ": ("г",),
    "и": ("и", "ы"),
}
_ADJECTIVE = re.compile("(?<=[сц])ький$|(?<=[сц])ька$")  # -ський, -цька: -ский, -цкая
# a hard stem's -ий, which Russian writes -ый (Підгорний Подгорный, Чорний Чёрный); after a
# velar or a hissing consonant Russian writes -ий too (Широкий)
_HARD_ADJECTIVE = re.compile("(?<=[бвдзлмнпрстф])ий$")


@lru_cache(maxsize=20_000)
def in_russian(ukrainian: str) -> str:
    """A Ukrainian name word as Russian spells it (Грушевський Грушевский, Підгорний
    Подгорный, Щербицький Щербицкий): of the spellings Russian allows for its letters, the
    one most of Wikidata's persons bear in Russian, else one Russian's dictionary has (подгорный,
    an adjective), else each letter's usual one; in its case."""
    from ..checker.recognize import _lexicon_entry
    from ..languages.name_counts import borne

    low = _ADJECTIVE.sub(lambda m: "кий" if m.group().endswith("й") else "кая", ukrainian.lower())
    low = _HARD_ADJECTIVE.sub("ый", low.replace("'", "").replace("’", ""))
    slots = [_IN_RUSSIAN.get(c, (c,)) for c in low]
    best, most = "".join(x[0] for x in slots), (0, False)
    if sum(len(x) > 1 for x in slots) <= 6:
        for letters in itertools.product(*slots):
            spelled = "".join(letters)
            score = (borne(spelled), _lexicon_entry(spelled) is not None)
            if score > most:
                best, most = spelled, score
    return best[:1].upper() + best[1:] if ukrainian[:1].isupper() else best


@lru_cache(maxsize=20_000)  # reading back asks it of a name's words twice (beside_ukrainian)
def read_back(word: str, lang: str, beside: bool = False) -> tuple[str, str] | None:
    """A Latin word read back as a Ukrainian name (lang uk: its Ukrainian, Грушевський), or as
    one in a Ukrainian romanization in Russian letters (lang ru: Грушевский, where
    :func:`ukrainian_name` takes it for one; ``beside``: in one name with such a word), and a
    notice's words for the latter; None for any other word or language."""
    from .initials import given_equivalents
    from .russian import _russian

    if lang == "uk":
        found = ukrainian_reading(word, any_noun=True)  # a place too (Kyiv Київ)
        return None if found is None else (found[0], "")
    if lang != "ru" or not word[:1].isupper():
        return None
    read = _russian(word)
    uk = ukrainian_name(word, None if read is None else read[:2], beside)
    if uk is None:
        return None
    russian = in_russian(uk)
    equivalent = given_equivalents().get(uk.lower())  # Микола: Николай, said, never written
    said = f"; the Russian name is {equivalent}" if equivalent else ""
    return russian, (
        f"{word!r} is a Ukrainian name in a Ukrainian romanization ({uk}); in Russian letters "
        f"{russian[:1].upper() + russian[1:]!r}{said}"
    )


_NAME_RUN = re.compile(r"[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+)+")  # Mykola Skrypnyk


def beside_ukrainian(text: str) -> frozenset[int]:
    """Where each word begins of the runs of capitalised words (one name: Mykola Skrypnyk) in
    ``text`` that hold a word :func:`read_back` reads as a Ukrainian name."""
    out: set[int] = set()
    for run in _NAME_RUN.finditer(text):
        words = list(re.finditer(r"[A-Za-z'’]+", run.group()))
        if any(read_back(w.group(), "ru") for w in words):
            out.update(run.start() + w.start() for w in words)
    return frozenset(out)


_COMPOUND = re.compile(r"(?<![\w'’-])[A-Z][A-Za-z'’]*(?:-[A-Za-z'’]+)+")


def ukrainian_compounds(text: str) -> dict[int, tuple[int, str, str]]:
    """The hyphenated capitalised words of ``text`` Ukrainian's dictionary has whole
    (Ivano-Frankivsk Івано-Франківськ, Kamianets-Podilskyi Кам'янець-Подільський), by where
    each begins: where it ends, its Ukrainian (each part in its case) and why."""
    out: dict[int, tuple[int, str, str]] = {}
    for m in _COMPOUND.finditer(text):
        found = ukrainian_reading(m.group(), any_noun=True)
        if found is None:
            continue
        parts = zip(m.group().split("-"), found[0].split("-"), strict=True)
        cased = "-".join(c[:1].upper() + c[1:] if w[:1].isupper() else c for w, c in parts)
        out[m.start()] = (m.end(), cased, "a hyphenated name Ukrainian's dictionary has whole")
    return out
