"""Place names in the postal romanization (and Wade-Giles typed without its apostrophes) read
back to pinyin by the places they can be.

A postal spelling leaves out what pinyin needs: Wade-Giles's apostrophe (k is g or k) and, for
ki and tsi, whether the syllable is ji or qi. ``Tsinan`` could be Jinan or Qinan; only one of
them is a place. So each written syllable is read as every pinyin syllable it may stand for
(the rules of ``data/zh-postal.toml`` over the Wade-Giles table), the word as every way of
cutting it into such syllables, and the name converted only when exactly one reading is the
name of a place CC-CEDICT or the gazetteer knows. Anything else stays as written.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Iterator
from functools import cache, lru_cache

from .lexicons import CHINESE_PLACES, DATA, cedict_names
from .syllables import join

_PLAIN = str.maketrans({"'": "", "’": "", "ü": "u", "ê": "e", "ŭ": "u"})
MAX_READINGS = 4096  # readings tried for one word: a long word's are not all tried
PROMINENT = 10  # of two places a name can be, one jieba's dictionary has ten times as often wins
GENERICS = {"hsien": "Xian", "fu": "Fu", "shih": "Shi", "chen": "Zhen", "ting": "Ting"}


@cache
def _data() -> dict:
    with open(DATA / "zh-postal.toml", "rb") as f:
        return tomllib.load(f)


@cache
def _rules() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(r["postal"]), r["wade_giles"]) for r in _data()["rules"])


@cache
def _marks() -> re.Pattern[str]:
    return re.compile(_data()["marks"], re.IGNORECASE)


ENGLISH = 1.0  # wordfreq's Zipf frequency from which a word is taken for English, not a name
# ... where the text is Wade-Giles and nothing marks the word, in a conversion asked for: the
# period's places are as frequent in English books as this (Tientsin 2.1, Loyang 1.5, Peiping
# 1.4); Pole, Taking and Note (4 to 5.4) stay, never Bole, Daqing, Nuote
ENGLISH_UNMARKED = 2.0


def postal_looking(word: str, marked: bool = True) -> bool:
    """Whether a capitalised word of running text may be a postal form: a spelling pinyin never
    writes (data/zh-postal.toml, ``marks``; not asked when ``marked`` is false, for text the
    user says or bukva found is Wade-Giles: Paoting, Peiping), no English word, no place
    already in pinyin."""
    from ..languages.english import english

    if not word[:1].isupper() or (marked and not _marks().search(word)):
        return False
    if "-" not in word and english(word) >= (ENGLISH if marked else ENGLISH_UNMARKED):
        return False
    return re.sub("[-'’]", "", word.lower()) not in places()


def samples() -> dict[str, str]:
    """The data file's postal forms and their pinyin."""
    return dict(_data()["samples"])


@cache
def _wade_giles() -> dict[str, frozenset[str]]:
    """Wade-Giles spellings without apostrophes or diacritics → the pinyin they can be: every
    spelling the table reads and every one it writes (lo is luo and lo)."""
    from .tables import table

    tab = table("wade-giles")
    pairs = [*tab.to_pinyin.items(), *((w, p) for p, w in tab.from_pinyin.items())]
    out: dict[str, set[str]] = {}
    for spelling, pinyin in pairs:
        plain = spelling.translate(_PLAIN)
        out.setdefault(plain, set()).add(pinyin.rstrip("12345"))
    return {k: frozenset(v) for k, v in out.items()}


@cache
def syllable_readings(spelling: str) -> frozenset[str]:
    """Every pinyin syllable one postal or Wade-Giles syllable (lower case, no apostrophe)
    can stand for."""
    table = _wade_giles()
    forms = {spelling}
    for pattern, replacement in _rules():  # each rule applied to every form so far
        forms |= {pattern.sub(replacement, f) for f in forms}
    return frozenset(p for f in forms for p in table.get(f, ()))


@cache
def places() -> dict[str, dict[str, int]]:
    """Known places by their toneless pinyin letters (xiangyang) → each pinyin written
    (Xiangyang) and how often jieba's dictionary has its characters (how well known the place
    is): CC-CEDICT's places of two syllables or more and the gazetteer's Chinese places."""
    from ..names.gazetteer import _load
    from .tagger import dictionary
    from .transcription_chars import foreign_looking

    freq = dictionary()[0].FREQ
    out: dict[str, dict[str, int]] = {}

    def add(letters: str, written: str, hanzi: str) -> None:
        seen = out.setdefault(letters.replace("ü", "v"), {})
        seen[written] = max(seen.get(written, 0), freq.get(hanzi, 0))

    for hanzi, (role, syllables, _) in cedict_names().items():
        if role in CHINESE_PLACES and len(syllables) >= 2 and not foreign_looking(hanzi):
            plain = [s.rstrip("12345") for s in syllables]
            written = join(plain)
            add("".join(plain), written[:1].upper() + written[1:], hanzi)
    entries, _ = _load()
    for entry in entries.values():
        if entry.origin == "zh" and entry.kind == "place" and " " not in entry.pinyin:
            add(re.sub("[^a-zü]", "", entry.pinyin.lower()), entry.pinyin, entry.hanzi)
    return out


def _cuts(word: str) -> list[list[str]]:
    """Every way to cut a joined word into syllables some reading has."""

    @cache
    def go(i: int) -> tuple[tuple[str, ...], ...]:
        if i == len(word):
            return ((),)
        out = []
        for n in range(1, min(7, len(word) - i) + 1):
            piece = word[i : i + n]
            if syllable_readings(piece):
                out += [(piece, *rest) for rest in go(i + n)]
        return tuple(out)

    return [list(c) for c in go(0)]


def _plain(word: str) -> str:
    """A word as the postal rules read it: lower case, no apostrophes, ü as u."""
    return word.lower().replace("'", "").replace("’", "").replace("ü", "u")


@lru_cache(maxsize=8192)  # asked of every capitalised word when a text's system is detected
def cuts_as_postal(word: str) -> bool:
    """Whether a word without hyphens is two or more syllables the postal rules or Wade-Giles
    (without its apostrophes) write (Tatung, Shaokwan, Chiayukwan): ``_cuts``, asking only
    whether there is one."""
    plain = _plain(word)
    if not re.fullmatch("[a-z]+", plain):
        return False

    @cache
    def go(i: int, count: int) -> bool:
        if i == len(plain):
            return count >= 2
        return any(
            syllable_readings(plain[i : i + n]) and go(i + n, count + 1)
            for n in range(1, min(7, len(plain) - i) + 1)
        )

    return go(0, 0)


@lru_cache(maxsize=4096)
def read_place(word: str) -> str | None:
    """The pinyin of a place written in the postal system or in Wade-Giles without apostrophes
    (Siangyang-hsien → Xiangyang Xian, Kiuchuan → Jiuquan), when exactly one place CC-CEDICT or
    the gazetteer knows can be so written; else None."""
    parts = [p for p in _plain(word).split("-") if p]
    generic = ""
    if len(parts) >= 2 and parts[-1] in GENERICS:
        generic = " " + GENERICS[parts[-1]]
        parts = parts[:-1]
    name = "".join(parts)
    if not re.fullmatch("[a-z]+", name):
        return None
    options = [parts] if len(parts) > 1 else _cuts(name)
    known = places()
    hits: dict[str, int] = {}
    for cut in options:
        readings = [sorted(syllable_readings(s)) for s in cut]
        if len(cut) < 2 or not all(readings):
            continue
        count = 1
        for r in readings:
            count *= len(r)
        if count > MAX_READINGS:
            continue
        for combo in itertools.product(*readings):
            for written, count in known.get("".join(combo).replace("ü", "v"), {}).items():
                hits[written] = max(hits.get(written, 0), count)
    ranked = sorted(hits.items(), key=lambda h: -h[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] < PROMINENT * max(ranked[1][1], 1)):
        return None  # no place, or two the text could mean (Tsinan: Jinan, Jin'an)
    return ranked[0][0] + generic


def postal_places(text: str, marked: bool = True) -> Iterator[tuple[int, int, str]]:
    """(start, end, pinyin) of each word of ``text`` that Wade-Giles does not read, that looks
    like a postal form (``postal_looking``) and that fits one known place (Chungking)."""
    from .own_words import romanized_russian
    from .running_text import TOKEN as _TOKEN
    from .tables import parse, table

    wade = table("wade-giles")
    for m in _TOKEN.finditer(text):
        word = m.group()
        if parse(word, wade) is not None or not postal_looking(word, marked):
            continue
        if romanized_russian(word):
            continue  # Kitai: Russian's China in a title, no postal form
        place = read_place(word)
        if place is not None:
            yield m.start(), m.end(), place


def through_places(
    parts: list[str], changes: list[dict[str, str]]
) -> tuple[list[str], list[dict[str, str]]]:
    """The gazetteer's parts with the postal place names in the text between its names read as
    the one place they can be (Chungking → Chongqing); words Wade-Giles reads are left to it."""
    out: list[str] = []
    for k, part in enumerate(parts):
        if k % 2:
            out.append(part)
            continue
        at, pieces = 0, []
        for start, end, place in postal_places(part, marked=False):
            pieces += [part[at:start], place]
            at = end
            changes.append(
                {
                    "from": part[start:end],
                    "to": place,
                    "system": "postal",
                    "source": "postal: known places",
                }
            )
        out += [*pieces, part[at:]]  # text, name, text ...: the alternation kept
    return out, changes
