"""Convert romanized Chinese inside running text from one system to another.

``Mao Tse-tung met Chou En-lai in Pei-ching`` (Wade-Giles) → ``Mao Zedong met Zhou Enlai in
Beijing``; ``Лю Шаоци`` (Palladius) → ``Liu Shaoqi``. Only what reads as Chinese names is
converted: hyphenated syllable groups, and capitalised words that are syllables of the source
system standing beside such a group or being a common surname. English (or Russian) words are
left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..engine.deadline import check as deadline_check
from ..engine.registry import BukvaError
from ..engine.text import nfc
from .syllables import inventory, join

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʻ": "'", "ʼ": "'", "`": "'"})
_TOKEN = re.compile(r"[^\W\d_][\w'’‘ʻʼ\u0300-\u036f]*(?:-[^\W\d_][\w'’‘ʻʼ\u0300-\u036f]*)*")

# Capitalised English words that are also Wade-Giles or pinyin syllables; converted only
# when they stand next to a hyphenated name.
_ENGLISH = frozenset(
    "a i an as at be he ho in is it me no on so to we ye yo am pa ma men man pan pen tin ten tan "
    "sun sung hung lung chin shin ping pin mien lo la li lee may".split()
)


@dataclass(frozen=True)
class SyllableTable:
    """A system's syllables both ways."""

    to_pinyin: dict[str, str]  # normalized spelling → toneless pinyin
    from_pinyin: dict[str, str]
    joined: bool  # words written without hyphens (pinyin, Palladius, Yale)
    longest: int
    apostrophe_splits: bool = False  # pinyin: an apostrophe only ever parts two syllables


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
    if system in ("pinyin", "ala-lc"):
        mapping = {s: s for s in inventory()}
        joined = True
    else:
        from . import _system

        sysdef = _system(system, ())
        mapping = dict(sysdef.mapping)
        joined = sysdef.writing.name == ""
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
    return SyllableTable(
        to_pinyin, mapping, joined, max(map(len, to_pinyin)), system in ("pinyin", "ala-lc")
    )


def _palladius_variants(to_pinyin: dict[str, str]) -> dict[str, str]:
    """Spellings of Palladius syllables the period's Russian texts use, read (never written):
    ы for э after б, п, м, ф in the older system (Фын Юй-сян, Пын Дэ-хуай, Мынь) and е for э
    after a consonant, as typesetting often has it (Вень, Чень). A variant that is itself a
    syllable of the table (де is die) keeps the table's reading."""
    out: dict[str, str] = {}
    for spelling, pinyin in to_pinyin.items():
        if spelling[:1] in "бпмф" and spelling[1:3] == "эн":
            out[spelling[0] + "ы" + spelling[2:]] = pinyin
        if len(spelling) > 1 and "э" in spelling[1:] and spelling[0] not in "аеёиоуыэюя":
            out[spelling[0] + spelling[1:].replace("э", "е")] = pinyin
    return {k: v for k, v in out.items() if k not in to_pinyin}


# Russian case endings of names that end in -й or a consonant (Эньлаем, Цзэдуна, Шаоци).
_CASE_ENDINGS = (
    ("ем", "й"),
    ("ем", ""),
    ("ом", ""),
    ("ю", "й"),
    ("я", "й"),
    ("е", "й"),
    ("а", ""),
    ("у", ""),
    ("е", ""),
    ("ым", ""),
    ("ой", ""),
)


def _parse(word: str, tab: SyllableTable) -> list[str] | None:
    """The pinyin syllables of one written word (hyphenated or joined), or None. A Cyrillic
    word is also tried without a Russian case ending (Эньлаем → Эньлай)."""
    found = _parse_exact(word, tab)
    if found is None and re.match(r"[\u0400-\u04ff]", word):
        for ending, stem_end in _CASE_ENDINGS:
            if word.lower().endswith(ending) and len(word) > len(ending) + 1:
                found = _parse_exact(word[: -len(ending)] + stem_end, tab)
                if found is not None:
                    break
    return found


def _parse_exact(word: str, tab: SyllableTable) -> list[str] | None:
    parts = [p for p in word.split("-") if p]
    if tab.apostrophe_splits:  # Xi'an is xi + an, never xian
        parts = [q for p in parts for q in _norm(p).split("'") if q]
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
        out += found
    return out


def _split(word: str, tab: SyllableTable) -> list[str] | None:
    @cache
    def go(i: int) -> tuple[str, ...] | None:
        if i == len(word):
            return ()
        for n in range(min(tab.longest, len(word) - i), 0, -1):
            piece = word[i : i + n]
            if piece in tab.to_pinyin:
                rest = go(i + n)
                if rest is not None:
                    return (tab.to_pinyin[piece], *rest)
        return None

    found = go(0)
    return list(found) if found else None


def _write(syllables: list[str], target: str, tab: SyllableTable, capital: bool) -> str:
    if target in ("pinyin", "ala-lc"):
        word = join(syllables)
    else:
        spelled = [tab.from_pinyin.get(s, s) for s in syllables]
        word = "".join(spelled) if tab.joined else "-".join(spelled)
    return word[:1].upper() + word[1:] if capital else word


# a place's generic as the last syllable of a hyphenated name of three or more (Shen-yang-hsien,
# Tan-tung-shih, Hu-shan-chen): county, city, town
_GENERICS = frozenset(("xian", "shi", "zhen"))


def _generic(syllables: list[str], target: str) -> str:
    """The generic written apart and capitalized, or ''."""
    if target == "pinyin" and len(syllables) >= 3 and syllables[-1] in _GENERICS:
        return " " + syllables[-1].capitalize()
    return ""


def spells_tones(system: str) -> bool:
    """Whether ``system`` spells each syllable's tone in its letters (Gwoyeu Romatzyh: ba, bar,
    baa, bah): its table has a key per tone (``ba2``)."""
    if system in ("pinyin", "ala-lc"):
        return False
    from . import _system

    return any(key[-1:].isdigit() for key in _system(system, ()).mapping)


SOURCES = ("wade-giles", "czech", "yale", "palladius")
_CZECH_MARK = re.compile("[čšžř]|\\b(?:Ce|Čou|Čching|Ťien)", re.IGNORECASE)


# wordfreq's Zipf frequency from which a capitalised word is English, not a name: above the
# commonest names (Hong, Kong 4.5, Beijing 4.1), below The, Japanese, China (4.8 and up)
ENGLISH_WORD = 4.6


def detect_source(text: str) -> str:
    """The syllable system romanized Chinese ``text`` is written in: Palladius for Cyrillic;
    else the system that reads the most of its capitalised words that are not common English
    ones (Czech where its letters show), Wade-Giles first on a tie; pinyin where Yale would
    win but pinyin reads it all."""
    if re.search("[\u0400-\u04ff]", text):
        return "palladius"
    if _CZECH_MARK.search(text):
        return "czech"
    from ..languages.english import english

    words = [
        w
        for w in (m.group() for m in _TOKEN.finditer(nfc(text)))
        if w[:1].isupper() and ("-" in w or english(w) < ENGLISH_WORD)  # not The, Japanese
    ]
    read = {s: {w for w in words if _parse(w, table(s)) is not None} for s in SOURCES[:3]}
    votes = {s: len(read[s]) + GAZETTEER_VOTE * n for s, n in _gazetteer_votes(text).items()}
    best = max(SOURCES[:3], key=lambda s: (votes[s], -SOURCES.index(s)))
    if best == "yale" and all(_parse(w, table("pinyin")) is not None for w in read["yale"]):
        return "pinyin"  # Yale reads nothing pinyin does not (Liaoning, Taiyuan): kept as it is
    return best


GAZETTEER_VOTE = 2  # a name the gazetteer has in a system counts twice a word it reads


def _gazetteer_votes(text: str) -> dict[str, int]:
    """How many names of ``text`` the gazetteer has as each system writes them (Mao Tse-tung:
    Wade-Giles); a postal form (Yenan, Peking) counts for Wade-Giles, which the period's
    books wrote beside it."""
    from ..names.gazetteer import find

    votes = dict.fromkeys(SOURCES[:3], 0)
    for found in find(text):
        systems = {s.system.split(":")[0] for s in found.spellings}
        if "postal" in systems:
            systems.add("wade-giles")
        for system in systems & votes.keys():
            votes[system] += 1
    return votes


def convert(text: str, source: str, target: str, strict: bool = False) -> str:
    """Rewrite the romanized Chinese names in ``text`` from ``source`` (or ``auto``) to
    ``target``. Names the gazetteer knows are converted through it first (Peking, Canton,
    Mukden, Chu Teh, Mao Tszedun: postal, familiar and older forms too); the rest syllable by
    syllable.

    ``strict``: convert only hyphenated groups and the surname before them, never a word on its
    own (what a checker wants, where English text is full of Chang and Ho)."""
    return convert_detailed(text, source, target, strict)[0]


def convert_detailed(
    text: str, source: str, target: str, strict: bool = False
) -> tuple[str, list[dict[str, str]]]:
    """:func:`convert`, with each change the gazetteer made: from, to, system and source."""
    if source == "auto":
        source = detect_source(text)
    text = nfc(text)
    if target not in ("pinyin", "ala-lc") or strict:
        return _convert(text, source, target, strict), []
    parts, changes = _through_gazetteer(text, source)
    if source == "wade-giles":  # postal forms: Tsingtao, Siangyang-hsien, Chengtu
        from .postal import through_places

        parts, changes = through_places(parts, changes)
    # the gazetteer's pinyin is final; only the text between its names is read by syllables,
    # and text already in the system asked for stays as written (Hunan, not Hun'an)
    out = [
        _convert(p, source, target) if k % 2 == 0 and source != target else p
        for k, p in enumerate(parts)
    ]
    return "".join(out), changes


def _through_gazetteer(text: str, source: str) -> tuple[list[str], list[dict[str, str]]]:
    """The text cut at the names the gazetteer converts: [text, name, text, name, ..., text],
    the names already in pinyin; and each change with its source."""
    from ..names.gazetteer import find

    out: list[str] = []
    changes: list[dict[str, str]] = []
    at = 0
    wanted = {source, "postal", "familiar", "other"}
    for found in find(text):
        entries = {s.entry.id: s.entry for s in found.spellings if s.entry.origin == "zh"}
        systems = {s.system.split(":")[0] for s in found.spellings}
        pinyins = {e.pinyin for e in entries.values()}
        if found.text in pinyins:  # a name already in pinyin (Taiyuan, Liaoning; Chen Yi and
            out += [text[at : found.start], found.text]  # Kang Sheng, alike in both): kept
            at = found.end
            continue
        # one name, though the period's list and CC-CEDICT may both have it (陈伯达)
        if len(pinyins) != 1 or not systems & wanted or "pinyin" in systems:
            continue
        entry = entries[min(entries)]  # the period's list's entry before CC-CEDICT's
        if not entry.pinyin:
            continue
        out += [text[at : found.start], entry.pinyin]
        at = found.end
        system = sorted(systems & wanted)[0]
        changes.append(
            {"from": found.text, "to": entry.pinyin, "system": system, "source": entry.source}
        )
    out.append(text[at:])
    return out, changes


def _convert(text: str, source: str, target: str, strict: bool = False) -> str:
    src, dst = table(source), table(target)
    if spells_tones(target):
        raise BukvaError(
            f"{target} spells each syllable's tone, and romanized text without tones does not "
            "say it; romanize the Chinese characters instead (bukva romanize --system "
            f"{target})"
        )
    from .lexicons import names

    surnames = {s for s in (_syllables_of(c) for c in names()["common_surnames"]) if s}
    matches = list(_TOKEN.finditer(nfc(text)))
    text = nfc(text)
    parsed = [_parse(m.group(), src) for m in matches]
    out = []
    at = 0
    converted_at = -2
    for k, m in enumerate(matches):
        deadline_check()
        word, syllables = m.group(), parsed[k]
        if syllables is None or (not word[:1].isupper() and "-" not in word):
            continue
        hyphenated = "-" in word or (src.joined and len(syllables) > 1)
        nxt = parsed[k + 1] if k + 1 < len(matches) else None
        nxt_word = matches[k + 1].group() if k + 1 < len(matches) else ""
        adjacent = k + 1 < len(matches) and text[m.end() : matches[k + 1].start()] == " "
        beside_name = (
            adjacent
            and nxt is not None
            and ("-" in nxt_word or (src.joined and len(nxt) > 1 and nxt_word[:1].isupper()))
        )
        # a surname before a name this system cannot read (Chiang Kai-shek) is left as it is
        beside_foreign = adjacent and nxt is None and "-" in nxt_word
        single = len(syllables) == 1
        after_surname = (
            k > 0
            and converted_at == k - 1
            and text[matches[k - 1].end() : m.start()] == " "
            and word[:1].isupper()
            and (
                word.lower() not in _ENGLISH
                or (word == "I" and "'" in matches[k - 1].group().translate(_APOSTROPHES))
            )
        )  # Lin Piao, Chu Te, Чжу Дэ, Ch'en I: a one-syllable given name after its surname
        if single and not hyphenated and not after_surname:
            english = word.lower() in _ENGLISH
            alone = not beside_name and (strict or syllables[0] not in surnames or english)
            if beside_foreign or alone:
                continue
        converted_at = k
        out.append(text[at : m.start()])
        generic = _generic(syllables, target) if "-" in word else ""
        if generic:  # Shen-yang-hsien → Shenyang Xian: a place's generic apart (GB/T 6.3.2)
            syllables = syllables[:-1]
        out.append(_write(syllables, target, dst, word[:1].isupper()) + generic)
        at = m.end()
    out.append(text[at:])
    return "".join(out)


@cache
def _syllables_of(char: str) -> str | None:
    from .readings import _heteronyms, normalize
    from .syllables import toneless

    readings = _heteronyms().get(ord(char))
    return toneless(normalize(readings[0])) if readings else None
