"""Chinese names in ``match``: a name in Latin letters another system reads as the other's
pinyin (Shan Kuo, Chua Kuang), a Russian name in characters (波德戈尔内 = Подгорный), a name
half in pinyin and half in Wade-Giles (Mao Tsedong), a dropped ü (Chu Chun-ming), a Chinese
word a Russian system wrote (Xiahou = Сяхоу)."""

from __future__ import annotations

import re
from functools import lru_cache

from .identity import EAST_SLAVIC, Identity, _fold
from .mixed import mixed_name
from .press import press_likelier, reads_as
from .readings import _chinese, chinese_readings
from .transcribed import surname_in_characters, transcribed_pinyin, transcribes
from .verdict import Match

_PRESS_SYSTEMS = ("pinyin", "wade-giles", "czech")  # the systems books and the press wrote


def _other_system(a: Identity, b: Identity) -> Match | None:
    """A Chinese name in Latin letters that another system reads as ``b``'s pinyin: Shan Kuo
    (pinyin as written, Wade-Giles's Shan Guo), Chi Hai (Ji Hai)."""
    if b.language != "zh" or a.script != "Latn" or not b.pinyin:
        return None  # (a may have been read as Russian: Chiu Lin, Li Hsiaoming)
    found = _read_otherwise(a, b)
    if found is None:
        return None
    for bare, marked in ((a, b), (b, a)):  # Tang Pingkuo, Tang P'ing-kuo: the press's
        # Wade-Giles, whatever else reads the one as the other
        if (
            "wade-giles" in marked.systems
            and re.search("[-'’]", marked.input)
            and not re.search("[-'’]", bare.input)
            and _fold(re.sub("[-'’]", "", marked.input)) == _fold(" ".join(bare.input.split()))
        ):
            return Match(found.score, True, f"{bare.input} is {marked.input} without its marks")
    return found


def _read_otherwise(a: Identity, b: Identity) -> Match | None:
    """:func:`_other_system`'s finding, its reason naming the systems read."""
    want = _fold(b.pinyin or "").replace("'", "").rstrip(".,;: ")
    readings = chinese_readings(" ".join(a.input.split())) if a.language == "zh" else {}
    if not readings and b.script == "Hani" and a.surname:
        # a heading's name, its dates and role aside: Tong, Liya, 1984- actor. (which identify
        # reads as Russian first), Liang, Lemin
        readings = chinese_readings(" ".join([a.surname, *a.given]).rstrip("."))
    for text, systems in readings.items():
        if _fold(text).replace("'", "") == want:
            return Match(0.85, True, f"{a.input} read as {', '.join(systems)} is {b.pinyin}")
    other = _other_readings(b)
    for text, systems in readings.items():
        if _fold(text).replace("'", "").replace(" ", "") in other:  # 梁樂民: Liang Lemin
            return Match(
                0.8,
                True,
                f"{a.input} read as {', '.join(systems)} is {b.sources[0]} (a "
                "character's other reading)",
            )
    if b.script == "Latn" and b.language == "zh":  # Chua Kuang (Czech) and Hua Kuang (Wade-
        # Giles): each read by its own system, neither as the other reads it; Yale's readings
        # left out (its one-letter syllables read too much)
        theirs = {
            _fold(t).replace("'", ""): s
            for t, s in chinese_readings(" ".join(b.input.split()), _PRESS_SYSTEMS).items()
        }
        for text, systems in chinese_readings(" ".join(a.input.split()), _PRESS_SYSTEMS).items():
            other = theirs.get(_fold(text).replace("'", ""))
            if other and set(systems) != set(other):
                return Match(
                    0.85,
                    True,
                    f"{a.input} read as {', '.join(systems)} and {b.input} read as "
                    f"{', '.join(other)} are both {text}",
                )
    lost = _mark_lost(a, want)
    if lost is not None:
        return lost
    # the press's Wade-Giles, hyphens and apostrophes dropped (Chang Wenpin, Li Hsiaoming)
    # — only where nothing marks the words (a hyphen, an apostrophe: read by their system) and
    # pinyin does not read them as written, unless the press's reading is the likelier name
    # (Chang Hanfu and Zhang Hanfu: Chang is pinyin too, but a rare surname; Tang Yunchun and
    # Tang Yunjun stay apart, chun and jun alike common)
    words = a.input.split()
    if (
        2 <= len(words) <= 3
        and not re.search("[-'’]", a.input)
        and (not _pinyin_as_written(" ".join(words)) or press_likelier(words, b))
        and reads_as(words, want.replace(" ", ""))
    ):
        return Match(0.85, True, f"{a.input} read syllable by syllable as {b.pinyin}")
    return None


def _other_readings(b: Identity) -> frozenset[str]:
    """A name in characters read with each character's every reading, toneless and joined
    (梁樂民: liangyuemin, lianglemin), for a name of two to four characters with few such
    readings; frozenset() otherwise."""
    if b.script != "Hani" or not b.sources or not 2 <= len(b.sources[0]) <= 4:
        return frozenset()
    from itertools import product

    from ..chinese.readings import _candidates  # no Chinese tables for a Russian match
    from ..chinese.script import simplified

    name = b.sources[0]
    options = [_candidates(c, simplified(c)) or ("",) for c in name]
    if sum(len(o) > 1 for o in options) > 2:
        return frozenset()
    return frozenset(
        "".join(re.sub(r"\d", "", s) for s in combo).replace("ü", "u").replace("v", "u")
        for combo in product(*options)
    )


def _mark_lost(a: Identity, want: str) -> Match | None:
    """A name in Wade-Giles with its hyphens but no aspiration mark anywhere, that reads as
    ``want`` (the other's pinyin) with the marks put back on some of its stops: Chi Peng-fei is
    Ji Pengfei as Chi P'eng-fei (the press and many books drop the apostrophe)."""
    if "-" not in a.input or re.search("['’‘ʻ]", a.input):
        return None
    from ..chinese.attested import marked_readings  # no Chinese tables for a Russian match

    for marked in marked_readings(" ".join(a.input.split())):
        for text in chinese_readings(marked, ("wade-giles",)):
            if _fold(text).replace("'", "") == want:
                return Match(0.8, True, f"{a.input} is {marked}, its aspiration marks lost")
    return None


def _in_characters(hanzi: Identity, other: Identity) -> Match | None:
    """A Russian name in Chinese characters, or in their pinyin as one word (Bodege'ernei), read
    syllable by syllable as Chinese writes Russian names (波德戈尔内 bo·de·ge·er·nei =
    Подгорный, Podgorny): the other's surname in Cyrillic, as read back from Latin where it is
    Latin."""
    if other.language not in EAST_SLAVIC or not other.sources or other.script == "Hani":
        return None
    russian = other.sources[0]
    if hanzi.script == "Hani":
        surname = surname_in_characters(hanzi.input)
        reading = transcribes(surname, russian)
    elif hanzi.script == "Latn" and hanzi.language == "zh" and not hanzi.given:
        surname = hanzi.input.strip()
        reading = transcribed_pinyin(surname, russian)
    else:
        return None
    if reading is None:
        return None
    return Match(
        0.8, True, f"{surname} ({reading}) is how Chinese writes {russian}, syllable by syllable"
    )


def _pinyin_as_written(name: str) -> bool:
    """Whether pinyin reads ``name`` as written: with no apostrophe it would need and the
    name lacks (Huachien is no pinyin: hua·chi'en)."""
    found = _chinese(name, ("pinyin",))
    return found is not None and found[0].count("'") == name.count("'")


def _mixed(written: Identity, known: Identity) -> Match | None:
    """A name half converted to pinyin (Mao Tsedong, Kao Gang) that is the other's gazetteer
    name, read syllable by syllable in pinyin and Wade-Giles."""
    if not known.gazetteer or written.script != "Latn" or "," in written.input:
        return None
    found = mixed_name(" ".join(written.input.split()))
    if found is None or found[0].id not in known.gazetteer:
        return None
    entry = found[0]
    return Match(
        0.9,
        True,
        f"{written.input} read syllable by syllable in pinyin and Wade-Giles is "
        f"{entry.pinyin}, {entry.hanzi} in the gazetteer ({entry.id})",
    )


# a Wade-Giles syllable whose ü is often dropped in print, the initial then read otherwise:
# ch'üan is quan, ch'uan chuan; chü ju, chu zhu; yü yu, yu you (hsü, lü, nü fold alike)
_DROPPED_UMLAUT = re.compile(r"(?<![^\s-])(ch'?|y)u(?=(?:an|n|eh|e)?(?:[\s-]|$))", re.IGNORECASE)


def _umlaut(latin: Identity, other: Identity) -> Match | None:
    """The Latin name is the other once the ü that Wade-Giles writes and print often drops is
    put back (Tseng Yung-ch'uan = 曾涌泉, Zeng Yongquan)."""
    if latin.script != "Latn" or latin.language != "zh" or other.language != "zh":
        return None
    text = latin.input
    spots = [m.end(1) for m in _DROPPED_UMLAUT.finditer(text)][:3]
    for mask in range(1, 2 ** len(spots)):
        chars = list(text)
        for k, at in enumerate(spots):
            if mask >> k & 1:
                chars[at] = "ü" if chars[at] == "u" else "Ü"
        found = _chinese("".join(chars), ("wade-giles",))
        if found and "zh:" + re.sub(r"[\s'\-]", "", _fold(found[0])) == other.key:
            restored = "".join(chars)
            return Match(0.85, True, f"{text} is {restored} with its ü dropped: {found[0]}")
    return None


@lru_cache(maxsize=20_000)
def _syllables(word: str, system: str) -> str | None:
    """The Chinese syllables ``word`` is written with in ``system``, as pinyin run together
    (Zhiyuan, Чжиюань: zhiyuan), or None; three syllables at most, as a surname or a given
    name has (Katarina is no Chinese name that Катажина could be)."""
    from ..chinese.tables import parse, table

    parsed = parse(word.lower(), table(system))
    if not parsed or len(parsed) > 3:  # a Chinese surname or given name has three at most
        return None
    return "".join(parsed)


def _chinese_word(latin: Identity, cyrillic: Identity) -> Match | None:
    """One word written in Chinese syllables each side, the same ones: a surname or a given
    name alone, as an index or a list gives it, in pinyin or Wade-Giles and in Palladius (Huang
    = Хуан, Chou = Чжоу, Zhiyuan = Чжиюань, Xiaopeng = Сяопэн). (Identify reads no one-word
    name as Chinese: Shelepin would be.)"""
    if latin.script != "Latn" or cyrillic.script != "Cyrl" or latin.given or cyrillic.given:
        return None
    text, other = latin.input.strip(), cyrillic.input.strip()
    if " " in text or " " in other:
        return None
    theirs = _syllables(other, "palladius")
    if theirs is None:
        return None
    for system in ("pinyin", "wade-giles"):
        if _syllables(text, system) == theirs:
            return Match(
                0.85, True, f"both are the Chinese syllables {theirs} ({system}, Palladius)"
            )
    return None
