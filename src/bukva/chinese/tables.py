"""The syllable tables of the Chinese romanization systems, and reading a written word by one.

``table("wade-giles").to_pinyin["ch'en"]`` is ``chen``; ``parse("Mao-Tse-tung", table(...))``
reads a hyphenated or joined word as its pinyin syllables (None where it is not one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ..engine.registry import BukvaError
from ..engine.text import nfc
from .syllables import inventory

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "`": "'"})


@dataclass(frozen=True)
class SyllableTable:
    """A system's syllables both ways."""

    to_pinyin: dict[str, str]  # normalized spelling → toneless pinyin
    from_pinyin: dict[str, str]
    joined: bool  # words written without hyphens (pinyin, Palladius, Yale)
    longest: int
    apostrophe_splits: bool = False  # pinyin: an apostrophe only ever parts two syllables
    declines: str = ""  # the language whose case endings a name takes: ru (Palladius), cs
    hard_sign: bool = False  # writes Palladius's dividing ъ (Чанъань)


@cache
def _frequency() -> dict[str, int]:
    """How many characters have each toneless reading: prefers the commoner of two syllables
    one spelling stands for."""
    from pypinyin.pinyin_dict import pinyin_dict

    from .syllables import from_marks

    counts: dict[str, int] = {}
    for readings in pinyin_dict.values():
        for r in {from_marks(x)[:-1] for x in readings.split(",")}:
            counts[r] = counts.get(r, 0) + 1
    return counts


def _norm(spelling: str) -> str:
    return nfc(spelling.lower().translate(_APOSTROPHES))


@cache
def table(system: str) -> SyllableTable:
    """The syllable table of ``system`` with its default options (pinyin itself included)."""
    hard_sign = False
    if system in ("pinyin", "ala-lc"):
        mapping = {s: s for s in inventory()}
        joined = True
    else:
        from . import _system

        sysdef = _system(system, ())
        mapping = dict(sysdef.mapping)
        joined = sysdef.writing.name == ""
        hard_sign = sysdef.writing.hard_sign
        if not mapping:
            raise BukvaError(f"{system!r} has no syllable table to convert with")
    # syllables without a vowel (m, n, ng, hm) are interjections: never read inside a name
    mapping = {p: v for p, v in mapping.items() if any(c in p for c in "aeiouüê")}
    freq = _frequency()
    to_pinyin: dict[str, str] = {}
    for key in sorted(mapping, key=lambda p: -freq.get(p.rstrip("12345"), 0)):
        to_pinyin.setdefault(_norm(mapping[key]), key.rstrip("12345"))  # bar (GR) → ba
    loose: dict[str, str] = {}
    for spelling, pinyin in to_pinyin.items():  # spellings typed without ê, ŭ or ü
        plain = spelling.replace("ê", "e").replace("ŭ", "u").replace("ü", "u")
        loose.setdefault(plain, pinyin)
    for spelling, pinyin in loose.items():
        to_pinyin.setdefault(spelling, pinyin)
    if system == "wade-giles":
        # Giles (1892) and the period's books write the syllable yi as "i" (Ch'en I, Po I-po)
        to_pinyin.setdefault("i", "yi")
        for spelling, pinyin in list(to_pinyin.items()):  # the press writes the final ê
            if spelling[-1:] in "eê" and spelling[-2:-1] not in "iuüy":  # as "eh": Chu Teh,
                to_pinyin.setdefault(f"{spelling[:-1]}eh", pinyin)  # Peng Teh-huai (te → de)
    if system == "palladius":
        for spelling, pinyin in _palladius_variants(to_pinyin).items():
            to_pinyin.setdefault(spelling, pinyin)
    if system == "czech":
        to_pinyin.update(_czech_variants(to_pinyin))
    return SyllableTable(
        to_pinyin,
        mapping,
        joined,
        max(map(len, to_pinyin)),
        system in ("pinyin", "ala-lc"),
        {"palladius": "ru", "czech": "cs"}.get(system, ""),
        hard_sign,
    )


def _czech_variants(to_pinyin: dict[str, str]) -> dict[str, str]:
    """The older Czech spelling of -uo as -o after the initials Wade-Giles writes so (Průšek's
    transcription of 1938, built on Wade-Giles, and names Czech kept from it: Kuo Mo-žo, Lo-jang),
    read (never written); a variant that is itself a syllable of the table keeps its reading,
    but for lo, an interjection's (咯) that no name has."""
    out: dict[str, str] = {}
    for spelling, pinyin in to_pinyin.items():
        if spelling.endswith("uo") and pinyin.endswith("uo") and pinyin[:-2] not in ("g", "k", "h"):
            out[spelling[:-2] + "o"] = pinyin
    return {k: v for k, v in out.items() if k not in to_pinyin or to_pinyin[k] == "lo"}


def _palladius_variants(to_pinyin: dict[str, str]) -> dict[str, str]:
    """Spellings of Palladius syllables the period's Russian texts use, read (never written):
    ы for э after б, п, м, ф in the older system (Фын Юй-сян, Пын Дэ-хуай, Мынь), е for э
    after a consonant, as typesetting often has it (Вень, Чень), and н for a final нь, its soft
    sign dropped (Тян-бай, Шун-цзун), each alone or together (Чжен: чжэнь). A variant that is
    itself a syllable of the table (де is die, ин is ying) keeps the table's reading."""
    out: dict[str, tuple[int, str]] = {}  # variant → (letters changed, pinyin)
    for spelling, pinyin in to_pinyin.items():
        forms = {spelling: 0}
        if spelling[:1] in "бпмф" and spelling[1:3] == "эн":
            forms[spelling[0] + "ы" + spelling[2:]] = 1
        if len(spelling) > 1 and "э" in spelling[1:] and spelling[0] not in "аеёиоуыэюя":
            forms[spelling[0] + spelling[1:].replace("э", "е")] = 1
        if spelling.endswith("нь"):
            forms |= {f[:-1]: n + 1 for f, n in forms.items()}
        for form, changed in forms.items():
            if changed and (form not in out or changed < out[form][0]):
                out[form] = (changed, pinyin)  # the fewest changes win (чжен: чжэн, not чжэнь)
    return {k: v for k, (_, v) in out.items() if k not in to_pinyin}


def parse(word: str, tab: SyllableTable) -> list[str] | None:
    """The pinyin syllables of one written word (hyphenated or joined), or None. A Cyrillic
    word is also tried without a Russian case ending (Эньлаем → Эньлай), and read so where its
    letters read as syllables only by taking the ending for one (``_declined``); a soft stem's
    prepositional (Ухане, Яньани: Ухань, Яньань) where that is a name and the hard stem's is
    not (Палладий's н is ng, нь n: Wuhan, not Wuhang)."""
    soft = _soft_stem(word, tab)
    if soft is not None:
        return soft
    found = _read_palladius(word, tab)
    if not re.match(r"[\u0400-\u04ff]", word) or not (found is None or _declined(word, found, tab)):
        return found
    from ..languages.cases import RUSSIAN_ENDINGS

    for ending, stem_end in RUSSIAN_ENDINGS:
        if word.lower().endswith(ending) and len(word) > len(ending) + 1:
            stem = _read_palladius(word[: -len(ending)] + stem_end, tab)
            if stem is not None:
                return stem
    return found


def _read_palladius(word: str, tab: SyllableTable) -> list[str] | None:
    """``parse_exact``, and for Palladius the older spelling where it is a known name."""
    found = parse_exact(word, tab)
    if found is not None and tab.declines == "ru":
        older = _older_spelling(word)
        return list(older) if older else found
    return found


_OLDER = re.compile("(?<=[бвгджзклмнпрстфхцчшщ])е|н(?=[бвгджзклмпрстфхцчшщ-])", re.IGNORECASE)


@lru_cache(maxsize=20_000)
def _older_spelling(word: str) -> tuple[str, ...] | None:
    """A Palladius word in the older spelling of Soviet-era print, where the letters also read
    as other syllables: е for э after a consonant (Мао Цзе-дун: ze, where цзе is jie) and н
    for нь before a consonant (Гоминдан: min, where мин is ming). Read so where that reading
    is the gazetteer's: a whole name of one word (Guomindang), or, in a word hyphenated as the
    period's print hyphenated given names, a word of one of its names (Цзе-дун: Zedong) whose
    letters' own reading is none there. A joined given name of today's spelling (Аньцзе) keeps
    its letters' reading: a given name the older letters would also spell is no evidence."""
    spots = [m for m in _OLDER.finditer(word)][:4]
    if not spots:
        return None
    tab = table("palladius")
    readings = []
    for mask in range(1, 2 ** len(spots)):
        chars = list(word)
        for k, m in enumerate(spots):
            if mask >> k & 1:
                old = chars[m.start()]
                chars[m.start()] = {"е": "э", "Е": "Э"}.get(old, old + "ь")
        found = parse_exact("".join(chars), tab)
        if found is not None and len(found) > 1:  # a syllable alone is its own (Ле: lie)
            readings.append(tuple(found))
    whole = {r for r in readings if r in _whole_names()}
    if len(whole) == 1:
        return whole.pop()
    own = parse_exact(word, tab)
    known = _known_words()[0]  # the gazetteer's
    hits = {r for r in readings if r in known}
    if "-" in word and len(hits) == 1 and (own is None or tuple(own) not in known):
        return hits.pop()
    return None


def _word_syllables(word: str) -> tuple[str, ...]:
    """A written pinyin word as its toneless syllables (Zedong: ze, dong; Xi'an: xi, an)."""
    from .syllables import split_run

    return tuple(s for part in word.lower().split("'") for s in (split_run(part) or [part]))


@cache
def _whole_names() -> frozenset[tuple[str, ...]]:
    """The gazetteer's Chinese names written as one word (Guomindang, Xinhuashe), as syllables."""
    from ..names.gazetteer import entries

    return frozenset(
        _word_syllables(e.pinyin)
        for e in entries().values()
        if e.origin == "zh" and e.pinyin and " " not in e.pinyin
    )


def pinyin_as_written(text: str) -> bool:
    """Whether every word of ``text`` is pinyin as written (Lu Jun, Gao Gan, Yulin; not Den
    Siaopin, whose si·ao·pin wants an apostrophe before ao; not Chen' Boda, whose final
    apostrophe is a Russian system's soft sign: pinyin's stands only between syllables)."""
    words = text.replace("-", " ").split()
    for word in words:
        if word.endswith(("'", "’", "ʹ")):
            return False
        found = parse(word.lower().replace("'", "").replace("’", ""), table("pinyin"))
        if not found or any(s[0] in "aoe" for s in found[1:]):
            return False
    return bool(words)


def parse_declined(word: str, tab: SyllableTable) -> list[str] | None:
    """``parse``, and for Czech a word read as the case of a name Czech declines (Ce-tungem,
    Pekingu, Šao-čchiho: see ``languages.czech``), its last part the one that takes the ending.
    For conversion, which writes the nominative; the check leaves such a word to Czech text."""
    found = parse(word, tab)
    if found is not None or tab.declines != "cs":
        return found
    from ..languages.czech import name_stems

    for stem in name_stems(word):
        found = parse_exact(stem, tab)
        if found is not None:
            return found
    return None


def _soft_stem(word: str, tab: SyllableTable) -> list[str] | None:
    """A word in -не or -ни read as the prepositional of a stem in -нь, where that stem's
    syllables are a name the gazetteer has and the word's other readings are none there (Даляне:
    Dalian, 大连, not CC-CEDICT's Daliang), or one CC-CEDICT has and the others none at all."""
    low = word.lower()
    if len(low) < 4 or low[-2:] not in ("не", "ни") or not re.match(r"[\u0400-\u04ff]", word):
        return None
    soft = parse_exact(word[:-1] + "ь", tab)
    if soft is None:
        return None
    others = [o for o in (parse_exact(word[:-1], tab), parse_exact(word, tab)) if o is not None]
    for known in _known_words():  # the gazetteer's names first, then CC-CEDICT's
        if tuple(soft) in known:
            return None if any(tuple(o) in known for o in others) else soft
    return None


@cache
def _known_words() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """The written words of the gazetteer's Chinese names, and of CC-CEDICT's (not its foreign
    names and places abroad in characters: 莫洛尼 is Moloney's), each as its toneless pinyin
    syllables (wu han; ze dong)."""
    from ..names.gazetteer import entries
    from .lexicons import cedict_names

    gazetteer = {
        _word_syllables(w)
        for entry in entries().values()
        if entry.origin == "zh"
        for w in entry.pinyin.split()
    }
    cedict = set()
    for role, reading, groups in cedict_names().values():
        if role in ("foreign", "abroad", "transcribed"):
            continue
        syllables = [x.rstrip("12345") for x in reading]
        at = 0
        for n in groups:
            cedict.add(tuple(syllables[at : at + n]))
            at += n
    return frozenset(gazetteer), frozenset(cedict)


def _declined(word: str, found: list[str], tab: SyllableTable) -> bool:
    """Whether a Cyrillic name read as syllables is rather a name with a case ending: its last
    syllable the ending а alone (Цзэдуна, Гана: 啊 a is in no name), or a third syllable that
    is one of the endings я, у, ю, е alone (Эньлая, Сяопину: a given name has two syllables at
    most)."""
    end = word[-1:].lower()
    if len(found) < 2 or end not in "аяуюе":
        return False
    if parse_exact(word[:-1], tab) != found[:-1]:
        return False  # the last letter is not a syllable of its own (Чжанцзякоу)
    return end == "а" or len(found) >= 3


def parse_exact(word: str, tab: SyllableTable) -> list[str] | None:
    parts = [p for p in word.split("-") if p]
    if tab.apostrophe_splits:  # Xi'an is xi + an, never xian
        parts = [q for p in parts for q in _norm(p).split("'") if q]
    if tab.declines == "ru":  # Palladius's hard sign after н (ng) before a vowel: Динъи ding·yi
        parts = [q for p in parts for q in re.split("(?<=[нН])[ъЪ](?=[аеёиоуыэюяАЕЁИОУЫЭЮЯ])", p)]
    out: list[str] = []
    for part in parts:
        key = _norm(part).replace("'", "") if tab.joined else _norm(part)
        if key in tab.to_pinyin:
            out.append(tab.to_pinyin[key])
            continue
        if not tab.joined:
            return None
        found = _split(key, tab)
        if found is None:
            return None
        if tab.declines == "ru" and any(s[0] in "aeo" for s in found[1:]):
            # Palladius writes no apostrophe: хунань is hu·nan or hong·an (Инин, ying·ying,
            # cut without one, is never asked)
            found = _known_split(key, tab) or found
        out += found
    return out


def _known_split(word: str, tab: SyllableTable) -> list[str] | None:
    """Of a joined word's ways into syllables, the one that is a name the gazetteer (then
    CC-CEDICT) has, where exactly one is (Хунань: Hunan, not Hong'an); None otherwise."""
    ways: list[tuple[str, ...]] = []

    def go(i: int, acc: tuple[str, ...]) -> None:
        if len(ways) > 8:
            return
        if i == len(word):
            ways.append(acc)
            return
        for n in range(min(tab.longest, len(word) - i), 0, -1):
            piece = word[i : i + n]
            if piece in tab.to_pinyin:
                go(i + n, (*acc, tab.to_pinyin[piece]))

    go(0, ())
    if len(ways) < 2:
        return None
    for known in _known_words():
        hits = {w for w in ways if w in known}
        if len(hits) == 1:
            return list(hits.pop())
        if hits:
            return _best_known(hits)
    return None


def _best_known(ways: set[tuple[str, ...]]) -> list[str] | None:
    """Of places two readings may be, the one ten times as common in jieba's dictionary as
    the other (湖南 Hunan, not 红安 Hong'an), as the postal reading decides; None if none is."""
    from .postal import places

    def weight(way: tuple[str, ...]) -> int:
        return max(places().get("".join(way), {}).values(), default=0)

    ranked = sorted(ways, key=weight, reverse=True)
    if weight(ranked[0]) >= 10 * max(weight(ranked[1]), 1):
        return list(ranked[0])
    return None


def _split(word: str, tab: SyllableTable) -> list[str] | None:
    """A joined word's syllables, the longest first; in pinyin, which marks a syllable that
    begins with a, e, o inside a word by an apostrophe, a cut without one first (Hunan is
    hu·nan, not hun·an; Tiananmen, its mark left out, still tian·an·men)."""

    @cache
    def go(i: int, marked: bool) -> tuple[str, ...] | None:
        if i == len(word):
            return ()
        for n in range(min(tab.longest, len(word) - i), 0, -1):
            piece = word[i : i + n]
            if marked and i and piece[0] in "aeo":
                continue
            if piece in tab.to_pinyin:
                rest = go(i + n, marked)
                if rest is not None:
                    return (tab.to_pinyin[piece], *rest)
        return None

    found = (go(0, True) if tab.apostrophe_splits else None) or go(0, False)
    return list(found) if found else None
