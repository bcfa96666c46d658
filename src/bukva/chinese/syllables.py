"""Pinyin syllables: tones as numbers or marks, the inventory, splitting joined words."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

_TONE_MARK = ("\u0304", "\u0301", "\u030c", "\u0300")  # tones 1-4 as combining marks
_MARK_TONE = {m: t for t, m in enumerate(_TONE_MARK, 1)}
_NUMBERED = re.compile(r"^([a-zêü]+?)([1-5])?$")


@lru_cache(maxsize=8192)  # a few thousand readings, met again and again
def split_tone(reading: str) -> tuple[str, int]:
    """``zhong1`` → (``zhong``, 1); a reading without a digit has tone 5."""
    m = _NUMBERED.match(reading)
    if not m:
        return reading, 5
    return m.group(1), int(m.group(2) or 5)


def toneless(reading: str) -> str:
    return split_tone(reading)[0]


@lru_cache(maxsize=8192)
def with_marks(reading: str) -> str:
    """``zhong1`` → ``zhōng``, ``lü4`` → ``lǜ``, ``le5`` → ``le`` (the standard's placement:
    a or e takes the mark, then o of ou, else the last vowel)."""
    base, tone = split_tone(reading)
    if tone == 5:
        return base
    i = -1
    for vowel in ("a", "e", "ê"):
        if vowel in base:
            i = base.index(vowel)
            break
    else:
        if "ou" in base:
            i = base.index("o")
        else:
            vowels = [k for k, c in enumerate(base) if c in "aeiouü"]
            if not vowels:
                vowels = [k for k, c in enumerate(base) if c in "mn"]
            if not vowels:
                return base
            i = vowels[-1]
    return unicodedata.normalize("NFC", base[: i + 1] + _TONE_MARK[tone - 1] + base[i + 1 :])


def from_marks(syllable: str) -> str:
    """``zhōng`` → ``zhong1``; a syllable without a mark gets 5."""
    tone = 5
    out = []
    for ch in unicodedata.normalize("NFD", syllable):
        if ch in _MARK_TONE:
            tone = _MARK_TONE[ch]
        else:
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out)).replace("v", "ü") + str(tone)


@cache
def inventory() -> frozenset[str]:
    """Every toneless pinyin syllable the readings dictionary uses."""
    from pypinyin.pinyin_dict import pinyin_dict

    out = {
        from_marks(r)[:-1] for readings in set(pinyin_dict.values()) for r in readings.split(",")
    }
    return frozenset(s for s in out if s.isalpha())


@cache
def _with_vowel() -> frozenset[str]:
    return frozenset(s for s in inventory() if any(v in s for v in "aeiouüê"))


def split_run(word: str, count: int | None = None) -> list[str] | None:
    """Split a joined pinyin word into syllables (``Qiqihaer`` → qi qi ha er), exactly
    ``count`` of them if given; prefers longer syllables first. None if it cannot."""
    low = word.lower().replace("'", "").replace("’", "")
    syll = _with_vowel()
    longest = max(map(len, syll))

    @cache
    def go(i: int, left: int | None) -> tuple[str, ...] | None:
        if i == len(low):
            return () if left in (None, 0) else None
        if left == 0:
            return None
        for n in range(min(longest, len(low) - i), 0, -1):
            piece = low[i : i + n]
            if piece in syll:
                rest = go(i + n, None if left is None else left - 1)
                if rest is not None:
                    return (piece, *rest)
        return None

    found = go(0, count)
    return list(found) if found is not None else None


def join(syllables: list[str]) -> str:
    """Join syllables into one word, with the apostrophe before a, o, e that does not begin the
    word (Xi'an, Tian'anmen, Nibo'er)."""
    out = syllables[0] if syllables else ""
    for s in syllables[1:]:
        if s[:1] in _APOSTROPHE_BEFORE:
            out += "'"
        out += s
    return out


_APOSTROPHE_BEFORE = frozenset("aoeāáǎàōóǒòēéěè")


def hard_signed(spelled: list[str]) -> str:
    """Palladius syllables as one word, with the dividing ъ where a syllable ends in н (pinyin's
    -ng) and the next begins with a vowel (长安 Чанъань, 陆定一 Лу Динъи, 朋友 пэнъю; Яньань
    keeps its нь: the rule of the system as Russian usage states it)."""
    out = spelled[0] if spelled else ""
    for s in spelled[1:]:
        if out[-1:].lower() == "н" and s[:1].lower() in _RUSSIAN_VOWELS:
            out += "ъ"
        out += s
    return out


_RUSSIAN_VOWELS = frozenset("аеёиоуыэюя")


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_UNTONE = str.maketrans(
    _TONED + _TONED.upper(), "aaaaeeeeiiiioooouuuuüüüü" + "aaaaeeeeiiiioooouuuuüüüü".upper()
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _toned_pinyin(word: str) -> bool:
    """Whether ``word`` is pinyin with tone marks, one on each syllable (Máo, Zédōng, Xī'ān);
    not Mária or José, whose marks are no pinyin tones."""
    for piece in re.split("['’]", word):
        plain = piece.translate(_UNTONE)
        marks = sum(1 for a, b in zip(piece, plain, strict=True) if a != b)
        parts = split_run(plain, marks) if marks else None
        if parts is None:
            return False
        at = 0
        for part in parts:  # each syllable bears one mark
            if sum(1 for c in piece[at : at + len(part)] if c.lower() in _TONED) != 1:
                return False
            at += len(part)
    return True


def untoned(text: str) -> str:
    """``text`` with the tone marks of its pinyin words taken off, letter for letter (the
    offsets stay): Máo Zédōng → Mao Zedong, Lǚ → Lü; other words as they are."""

    def one(m: re.Match[str]) -> str:
        word = m.group()
        plain = word.translate(_UNTONE)
        return plain if plain != word and _toned_pinyin(word) else word

    return _WORD.sub(one, text)


def with_tones(lc_syllables: list[str], reads: list[str | None]) -> list[str]:
    """LC's syllables for a name, with the tone our reading gives where the syllable agrees."""
    out = []
    for syl, r in zip(lc_syllables, reads, strict=False):
        if syl is None:  # no fixed syllable: the reading in context
            out.append(r or "")
        elif syl[-1:].isdigit():  # the table's reading with its tone (the gazetteer's)
            out.append(syl)
        elif r and split_tone(r)[0] == syl:
            out.append(r)
        else:
            out.append(syl + "5")
    return out
