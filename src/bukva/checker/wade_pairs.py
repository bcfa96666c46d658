"""Chinese names in Wade-Giles written as two words, surname and a one-syllable given name, no
hyphen to show them (Ch'en Kuang, Hsieh Yün; Chou Yang where the text writes Zhou Yang), and
the press's given names run together (Hsiaoan)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ..engine.text import word_gap
from .lost_marks import aspirated_reading


@dataclass(frozen=True)
class ChineseName:
    """A Chinese name found in another system than the house's, with the form the house
    writes."""

    start: int
    end: int
    text: str
    system: str
    fix: str
    parts: tuple[ChineseName, ...] = ()  # a phrase's groups, each a finding where one is taken
    # False: for review only (the group follows a surname in pinyin and has no aspiration mark,
    # Deng Hsiao-ping: half a name converted by hand, whose marks may be lost: Xiaoping)
    safe: bool = True
    note: str = ""  # why it is for review, where it is not the half name above


# a surname and a one-syllable given name, unhyphenated (Ch'en Kuang, Hsieh Yün; Chou Yang's)
_CAPITALIZED = re.compile(r"(?<![\w'’‘ʻ-])[A-Z][a-zü'’‘ʻ]*?(?=(?:['’]s)?(?![\w'’‘ʻ-]))")
# what only Wade-Giles writes in a syllable: the aspiration mark, ü, hs-, -ih, -ieh, ts-, tz-
_WADE_ONLY = re.compile(r"[a-z]['’‘ʻ]|ü|^hs|ih$|ieh$|^t[sz]", re.IGNORECASE)
_ENGLISH_PAIRS = frozenset({"shih tzu"})  # the dog


def marked_pairs(
    text: str, house: str, target: str, found: list[ChineseName], seen: frozenset[str]
) -> list[ChineseName]:
    """A common surname and a given name of one syllable, each one word of Wade-Giles, with a
    mark only Wade-Giles writes (Ch'en Kuang, Hsieh Yün, Shih Shan) or read as a name the
    document writes in pinyin (``seen``: Chou Yang, where it writes Zhou Yang): a name whatever
    English says of its parts (pinyin's Chen Guang, Xie Yun). Names some other group took are
    left."""
    from ..chinese.convert import surname_syllables
    from ..chinese.syllables import join
    from ..chinese.tables import parse, table

    if house == "wade-giles" or target != "pinyin":
        return []
    wade = table("wade-giles")
    out: list[ChineseName] = []
    words = list(_CAPITALIZED.finditer(text))
    for a, b in pairwise(words):
        start, end = a.start(), b.end()
        if not word_gap(text[a.end() : b.start()]) or (out and out[-1].end > start):
            continue
        if any(n.start < end and start < n.end for n in found):
            continue
        surname, given = a.group(), b.group()
        marked = bool(_WADE_ONLY.search(surname) or _WADE_ONLY.search(given))
        if not marked and not seen:
            continue
        if f"{surname} {given}".lower() in _ENGLISH_PAIRS:
            continue
        first, second = parse(surname, wade), parse(given, wade)
        safe = True
        if second is None:  # Hsiao Hsiaoan, Shih Weian: the press's given name, run together
            second, safe = run_together(given), False
        if first is None or second is None or len(first) != 1 or not 1 <= len(second) <= 2:
            continue
        if first[0] not in surname_syllables():
            continue
        fix = f"{first[0].capitalize()} {join(second).capitalize()}"
        if fix == f"{surname} {given}":
            continue  # Lü Meng: pinyin writes its ü too, the name as the house has it
        if not marked and (fix not in seen or not safe):
            continue  # no mark of its own: only the pinyin name the text writes elsewhere
        note = (
            ""
            if safe
            else "the given name run together, as the press wrote it: its marks may be lost"
        )
        out.append(
            ChineseName(start, end, text[start:end], "wade-giles", fix, safe=safe, note=note)
        )
    return out


def run_together(given: str) -> list[str] | None:
    """The two syllables of a given name the press wrote in Wade-Giles without its hyphen
    (Hsiaoan: hsiao-an, xiao'an), where exactly one place to cut it reads; None otherwise. The
    press drops apostrophes too, so a stop is read aspirated where that makes the commoner name
    (Hsiaoping: xiaoping, not xiaobing; CC-CEDICT's persons counted). For review only."""
    from ..names.readings import wade_giles_cut

    pieces = wade_giles_cut(given, vowels_only=False)
    return [_likelier(piece) for piece in pieces] if pieces else None


def _likelier(piece: str) -> str:
    """A Wade-Giles syllable as pinyin, read aspirated where its mark may be lost and that
    syllable is the commoner in given names (ping: ping, not bing)."""
    from ..chinese.tables import parse, table
    from ..names.syllable_odds import given_counts

    plain = (parse(piece, table("wade-giles")) or [piece])[0]
    aspirated = aspirated_reading(piece)
    counts = given_counts()
    return aspirated if aspirated and counts[aspirated] > counts[plain] else plain


def pinyin_names(texts) -> frozenset[str]:
    """The names a document writes in pinyin as a common surname and a given name of one
    syllable or two, each one capitalized word (Zhou Yang, Ding Ling): what a Wade-Giles pair
    with no mark of its own (Chou Yang) is read against."""
    from ..chinese.convert import surname_syllables
    from ..chinese.tables import parse, table

    pinyin, surnames, out = table("pinyin"), surname_syllables(), set()
    for text in texts:
        for a, b in pairwise(_CAPITALIZED.finditer(text)):
            if not word_gap(text[a.end() : b.start()]):
                continue
            first, second = parse(a.group().lower(), pinyin), parse(b.group().lower(), pinyin)
            if first and len(first) == 1 and first[0] in surnames and second and len(second) <= 2:
                out.add(f"{a.group()} {b.group()}")
    return frozenset(out)
