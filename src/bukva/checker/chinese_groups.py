"""Chinese names in another syllable system than the house's, in running English.

Taken for Wade-Giles, Czech or Yale as hyphenated syllable groups, with the surname standing
before them (Mao Tse-tung, T'ang Wen-wen), groups one space apart as one phrase fixed whole
(Chung-kuo Kung-ch'an-tang), and a surname with a one-syllable given name only where a mark
only Wade-Giles writes says so (Ch'en Kuang); one syllable alone (Chang, Mao) is never
flagged, since English text is full of them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..engine.text import word_gap
from ..languages.english import english
from .lost_marks import lost_mark, surname_mark
from .wade_pairs import ChineseName, marked_pairs

_ZH_SOURCES = ("wade-giles", "czech", "yale")
# English words made of Chinese syllables, and English compounds of common words (so-so):
# never taken for names
_ENGLISH_COMPOUNDS = frozenset(
    "yin-yang kung-fu tai-chi ping-pong chow-chow chin-chin mah-jong mah-jongg kow-tow "
    "chop-chop ho-hum pooh-pooh tsk-tsk lo-mein chow-mein dim-sum".split()
)
# Wade-Giles's aspiration mark, which no English compound has (Kung-ch'an-tang)
WADE_MARK = re.compile(r"(?:ch|k|p|t|ts|tz)['’‘ʻ]", re.IGNORECASE)
ENGLISH_PART = 4.0  # wordfreq's Zipf frequency from which each part makes an English compound
# (so 7.3, to-do, well-known; not Jen-min: jen 3.6, Kung 3.6)
_SYLLABLE_GROUP = re.compile(r"[^\W\d_][\w'’‘ʻ]*(?:-[^\W\d_][\w'’‘ʻ]*)+")
# wordfreq's Zipf frequency below which a capitalised word before a group that its system
# cannot read is another language's spelling of the surname (Tschou 0, Liou 1.3), not an
# English word (Visiting, Comrade: 3 and up)
FOREIGN_SURNAME_ENGLISH = 2.5
# the word before a group, with Wade-Giles's aspiration mark (T'ang, Ch'en): its surname?
_SURNAME_BEFORE = re.compile(r"(?<![\w'’‘ʻ-])([^\W\d_][\w'’‘ʻ]*)\s+$")  # not Chung-|Su
# a word before a group that ends in a soft sign's mark (Chen' Bo-da, Lin' Khai-iun'): a
# Russian source's Palladius as a Russian system romanizes it (Чэнь Бо-да), no Wade-Giles or Yale
_SOFT_SIGN_BEFORE = re.compile(r"[^\W\d_]['’ʹ]\s+$")


def chinese_names(
    text: str, house: str, marked: bool = True, seen: frozenset[str] = frozenset()
) -> list[ChineseName]:
    """Hyphenated names in another syllable system than ``house`` (with the surname before
    them): each with the form ``house`` writes. A group whose parts are all English words
    (Pa-ta) is a name only one space from another group of its system (Chung-kung Pa-ta: the
    phrase is fixed whole, never Zhonggong Pa-ta). ``marked``: whether the document writes
    Wade-Giles's aspiration mark anywhere; where it does not, a group with a stop it would mark
    (Hung-chi: ji, or ch'i with its mark lost?) is for review. ``seen``: the names the document
    writes in pinyin (Zhou Yang), whose Wade-Giles form is found without a mark (Chou Yang)."""
    target = "pinyin" if house in ("pinyin", "ala-lc") else house
    out: list[ChineseName] = []
    english_like = []
    for m in _SYLLABLE_GROUP.finditer(text):
        group = m.group()
        parts = group.split("-")
        if any(any(c.isupper() for c in p[1:]) for p in parts):
            continue  # not a name: En-laiMao
        if group.lower() in _ENGLISH_COMPOUNDS:
            continue
        if _SOFT_SIGN_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        if not WADE_MARK.search(group) and all(english(p) >= ENGLISH_PART for p in parts):
            english_like.append(m)  # so-so, to-do, well-known; never Kung-ch'an-tang, Jen-min
            continue
        name = _read_group(text, m, house, target, marked=marked)
        if name is not None:
            out.append(name)
    for m in list(english_like):  # after a surname of its system (Ko Hung-an, Po Chin-li)
        name = _read_group(text, m, house, target, marked=marked)
        if name is not None and name.start < m.start() and _surname_word(text, name, m):
            out.append(name)
            english_like.remove(m)
    out = sorted([*out, *marked_pairs(text, house, target, out, seen)], key=lambda n: n.start)
    while english_like:  # beside a name of its system: part of the phrase
        taken = [
            name
            for m in english_like
            if (name := _read_group(text, m, house, target, False, marked)) is not None
            and any(
                n.system == name.system
                and (word_gap(text[n.end : m.start()]) or word_gap(text[m.end() : n.start]))
                for n in out
            )
        ]
        if not taken:
            break
        english_like = [m for m in english_like if all(m.start() != n.start for n in taken)]
        out = sorted([*out, *taken], key=lambda n: n.start)
    phrases = _phrases(text, _with_periodical_kind(text, out))
    return [_named(n) for n in phrases] if house == "pinyin" else phrases


# a periodical's kind the press writes as one word after its title's group (Chieh-fang-chün
# pao, Wen-hui pao: Jiefangjun Bao, Wenhui Bao)
_KIND_AFTER = re.compile(r"\s+([Pp]ao)\b")


def _with_periodical_kind(text: str, names: list[ChineseName]) -> list[ChineseName]:
    """Each Wade-Giles group followed by pao (报) with the word taken into it, its pinyin bao."""
    out = []
    for n in names:
        kind = _KIND_AFTER.match(text, n.end)
        if n.system == "wade-giles" and kind and not n.fix.lower().endswith("bao"):
            n = replace(n, end=kind.end(), text=text[n.start : kind.end()], fix=f"{n.fix} bao")
        out.append(n)
    return out


@cache
def _institution_words() -> frozenset[str]:
    """The pinyin of the words that end an institution's or a periodical's name (出版社
    chubanshe, 委员会 weiyuanhui, 日报 ribao, 报 bao)."""
    from ..chinese.org_endings import ORG_ENDINGS
    from ..chinese.readings import readings
    from ..chinese.syllables import join, toneless

    words = {join([toneless(r) for r in readings(e)]).lower() for e in ORG_ENDINGS}
    return frozenset(w.replace("'", "") for w in words) | {"bao"}


def _institution_word(word: str) -> bool:
    """Whether a word is such an ending, or ends in one of two syllables or more (kexueyuan,
    Kexueyuan as 学院 xueyuan ends it)."""
    words = _institution_words()
    return word in words or any(len(e) >= 6 and word.endswith(e) for e in words)


def _named(name: ChineseName) -> ChineseName:
    """A phrase of several words that ends in an institution's or a periodical's word, each
    word capitalized as GB/T 16159-2012 writes such a proper name (6.3.6: Renmin Chubanshe,
    Jiefangjun Bao), for a pinyin house; its groups so too, where another rule takes one of
    them and the rest are fixed alone (Chung-kuo kung-ch'an-tang | chung-yang | wei-yüan-hui:
    Zhongguo Gongchandang Zhongyang Weiyuanhui)."""
    words = name.fix.split(" ")
    if len(words) < 2 or not _institution_word(words[-1].lower().replace("'", "")):
        return name
    parts = tuple(replace(p, fix=_capitalized(p.fix)) for p in name.parts)
    return replace(name, fix=_capitalized(name.fix), parts=parts)


def _capitalized(fix: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in fix.split(" "))


def _surname_word(text: str, name: ChineseName, m: re.Match) -> bool:
    """Whether the word ``name`` took before the group ``m`` reads as a common Chinese surname
    in its system (Ko, Po, Ch'en: a group of English-looking parts after it is a given name)."""
    from ..chinese.convert import surname_syllables
    from ..chinese.tables import parse, table

    parsed = parse(text[name.start : m.start()].strip(), table(name.system))
    return parsed is not None and len(parsed) == 1 and parsed[0] in surname_syllables()


_STOP = re.compile(r"(?:^|-)(?:ch|ts|tz|k|p|t)(?!['’‘ʻ])", re.IGNORECASE)


def _unmarked_stop(group: str) -> bool:
    """A group with no aspiration mark anywhere and a syllable that begins with a stop Wade-Giles
    marks when aspirated (ping: bing, or p'ing with its mark lost)."""
    return not re.search("['’‘ʻ]", group) and bool(_STOP.search(group))


def _pinyin_surname(word: str) -> bool:
    """A common surname as pinyin writes it and English seldom does (Deng, Zhou, Xu)."""
    from ..chinese.convert import surname_syllables

    return word.lower() in surname_syllables() and english(word) < ENGLISH_PART


_SYLLABLE_HYPHENS = ("wade-giles", "yale")  # a hyphenated name: one syllable a part


def _one_syllable_each(group: str, src) -> bool:
    """Whether each hyphenated part of ``group`` is one syllable of the table ``src``."""
    from ..chinese.tables import parse

    return all(len(parse(p, src) or ()) == 1 for p in group.split("-") if p)


_PAIR = re.compile(r"[A-Z][a-zü]*-[A-Z][a-zü]*")


def _abbreviated_pair(text: str, m: re.Match) -> bool:
    """Two capitalized parts, each one pinyin syllable, no surname before them (the Yi-Ta
    incident, Zhong-Su relations): GB/T 16159-2012 6.3.3, a pair of abbreviated names joined
    by a hyphen, each capitalized; a Wade-Giles given name writes its second part in lower case
    (En-lai)."""
    from ..chinese.tables import parse, table

    if not _PAIR.fullmatch(m.group()):
        return False
    before = _SURNAME_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
    if before and before.group(1)[:1].isupper():
        return False
    pinyin = table("pinyin")
    return all(len(parse(p.lower(), pinyin) or ()) == 1 for p in m.group().split("-"))


def _read_group(
    text: str, m: re.Match, house: str, target: str, surname: bool = True, marked: bool = True
) -> ChineseName | None:
    """The group ``m`` read in the first other system that parses it (with the surname before
    it, ``surname``), with the form ``target`` writes; None if none does or the form is the
    same."""
    from ..chinese.convert import convert
    from ..chinese.tables import parse, table

    group = m.group()
    if house == "pinyin" and _abbreviated_pair(text, m):
        return None  # the Yi-Ta incident, Zhong-Su: GB/T's pair of short names, as written
    if house in _ZH_SOURCES and parse(group, table(house)) is not None:
        return None  # the house's own system (Chou En-lai in a Wade-Giles house, no Yale)
    for system in _ZH_SOURCES:
        if system == house:
            continue
        src = table(system)
        if parse(group, src) is None:
            continue
        if system in _SYLLABLE_HYPHENS and "-" in group and not _one_syllable_each(group, src):
            continue  # Ying-jeou: Gwoyeu Romatzyh's jeou (jiu), no two Yale syllables je·ou
        # pinyin writes a given name or a place joined: a hyphenated group is another
        # system's (or a slip to mend: Xi-an → Xi'an)
        start, end = m.start(), m.end()
        window = max(0, start - 40)
        before = _SURNAME_BEFORE.search(text[window:start]) if surname else None
        safe = True
        if before and before.group(1)[:1].isupper():
            parsed = parse(before.group(1), src)
            if parsed is not None and len(parsed) == 1:
                start = window + before.start(1)  # T'ang Wen-wen: the whole name
            elif _pinyin_surname(before.group(1)) and _unmarked_stop(group):
                safe = (
                    False  # Deng Hsiao-ping: p'ing with its mark lost? (Deng Hsiao-p'ing is sure)
                )
            elif (
                parsed is None
                and not _pinyin_surname(before.group(1))
                and english(before.group(1)) < FOREIGN_SURNAME_ENGLISH
            ):
                return None  # Tschou En-lai, Liou Chao-chi: another language's name, whole or not
        note = ""
        if safe and system == "wade-giles" and not marked and _unmarked_stop(group):
            safe, note = False, "the text writes no aspiration mark: this one may be lost"
        original = text[start:end]
        fix = convert(original, system, target, strict=True)
        if fix == original:
            return None
        if system == "wade-giles" and _unmarked_stop(group):
            doubt = lost_mark(original, target, fix)  # Hung-chi: Hongqi, as Hung-ch'i
            if doubt is not None and (safe or doubt[0] != fix):
                fix, note, safe = doubt[0], doubt[1], False
        if system == "wade-giles" and start < m.start():  # Chen Yung-fa: Ch'en, its mark lost?
            surname = text[start : m.start()].strip()
            doubt = surname_mark(surname, target)
            if doubt is not None:
                fix, note, safe = f"{doubt[0]}{fix[len(fix.split()[0]) :]}", doubt[1], False
        return ChineseName(start, end, original, system, fix, safe=safe, note=note)
    return None


def phrases_or_parts(names: list[ChineseName], taken) -> list[ChineseName]:
    """The phrases, but a phrase part of which another rule has taken (``taken(start, end)``:
    a gazetteer name, Mao Tse-tung in Mao Tse-tung Ssu-hsiang) as its other groups alone."""
    return [
        part for n in names for part in (n.parts if n.parts and taken(n.start, n.end) else (n,))
    ]


def _phrases(text: str, names: list[ChineseName]) -> list[ChineseName]:
    """Groups of one system one space apart as one finding, fixed whole (Jen-min jih-pao:
    Renmin ribao; Chung-kuo Kung-ch'an-tang: Zhongguo Gongchandang), never a half; safe only
    where every group is."""
    out: list[ChineseName] = []
    for name in names:
        last = out[-1] if out else None
        if last and last.system == name.system and word_gap(text[last.end : name.start]):
            out[-1] = ChineseName(
                last.start,
                name.end,
                text[last.start : name.end],
                name.system,
                f"{last.fix} {name.fix}",
                (*(last.parts or (last,)), name),
                last.safe and name.safe,
                last.note or name.note,
            )
        else:
            out.append(name)
    return out
