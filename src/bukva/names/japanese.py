"""A Japanese name in Hepburn romanization as Russian writes it, by Polivanov's system
(Kurosawa Куросава, Suzuki Судзуки, Shinzō Синдзо): what reading a name back gives where
its letters are a Japanese name's and no Russian system reads it as a Russian word. The table,
the marks of a Japanese name and sample pairs are data (data/ja-polivanov.toml)."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache, lru_cache

from ..languages.charmodel import DATA
from ..languages.name_counts import name_counts as _name_counts
from .russian import RUSSIAN_ENDING, own_letters

_LONG = (("ou", "o"), ("oo", "o"), ("uu", "u"))  # a long vowel written once: Satou Сато
_MACRON_LETTERS = "āēīōūâêîôû"
_MACRONS = str.maketrans(_MACRON_LETTERS, "aeiouaeiou")


@cache
def _table() -> dict:
    return tomllib.loads((DATA / "ja-polivanov.toml").read_text("utf-8"))


@cache
def _syllable_re() -> re.Pattern[str]:
    """One syllable with what may double before it (kk, ss, tt, pp; t before ch or ts, s
    before sh), longest first; n alone only before no vowel or y (a syllable's own n), or
    marked n' (Shin'ichi Синъити)."""
    kana = sorted((s for s in _table()["syllables"] if s != "n"), key=len, reverse=True)
    body = "|".join(kana)
    return re.compile(rf"(k(?=k)|s(?=s)|t(?=t)|p(?=p)|t(?=ch))?({body})|(n'|n(?![aiueoy]))")


@cache
def _marks() -> re.Pattern[str]:
    return re.compile(_table()["marks"])


def _plain(word: str) -> str:
    low = unicodedata.normalize("NFC", word.lower()).translate(_MACRONS).replace("’", "'")
    return low if low.isascii() and low.replace("'", "").isalpha() else ""


def _syllables(word: str) -> list[tuple[str, str]] | None:
    """``word`` cut into (doubled consonant, syllable) pairs, or None where it is not all
    Hepburn syllables."""
    out: list[tuple[str, str]] = []
    at = 0
    pattern = _syllable_re()
    while at < len(word):
        m = pattern.match(word, at)
        if m is None:
            return None
        out.append((m.group(1) or "", m.group(2) or m.group(3)))
        at = m.end()
    return out


def japanese_looking(word: str) -> bool:
    """Whether a Latin word is all Hepburn syllables and has what only a Japanese name has
    (tsu, shi, chi, ji, a palatal syllable, -moto, -ko ...), is not too short to tell and is
    no Chinese given name in pinyin: Suzuki, Hiroshima, Fujita; not Mateo, Renato, Jansen, Haji
    or Fuchun."""
    low = _plain(word)
    macron = sum(c in _MACRON_LETTERS for c in word.lower())  # Hepburn's long vowel: Kōsaka
    if len(low) < (2 if macron else _table()["least"]) or not (macron or _marks().search(low)):
        return False
    if _chinese_given_name(low, macron):
        return False
    return _syllables(low) is not None


def _chinese_given_name(low: str, marked: int = 0) -> bool:
    """Whether ``low`` is one or two pinyin syllables, as a Chinese given name is (Li Fuchun's
    Fuchun is no Футюн); a Japanese name of that shape (Kenji) is let go. ``marked`` letters
    with a macron are pinyin's first tone only where each syllable has one (Mō, not Mōri,
    Yōta or Chishū: pinyin marks every syllable's tone, Hepburn only a long vowel's)."""
    from ..chinese.syllables import split_run

    return any(split_run(low, k) is not None and marked in (0, k) for k in (1, 2))


_DOUBLED = str.maketrans({"ō": "oo", "ū": "uu", "ô": "oo", "û": "uu"})


@lru_cache(maxsize=4096)
def polivanov(word: str, doubled: bool = False) -> str | None:
    """``word`` (Hepburn) in Cyrillic by Polivanov's system, in lower case; None where it is
    not all Hepburn syllables. ``doubled``: a long o, u with a macron written twice, as many
    Russian sources write them (Ōmori Оомори, where the system writes Омори)."""
    low = _plain(word.lower().translate(_DOUBLED) if doubled else word)
    for long, short in _LONG if not doubled else _LONG[:1]:
        low = low.replace(long, short)
    parts = _syllables(low) if low else None
    if parts is None:
        return None
    table = _table()["syllables"]
    out = []
    for k, (double, syllable) in enumerate(parts):
        cyr = "нъ" if syllable == "n'" else table[syllable]
        if syllable == "n" and k + 1 < len(parts) and parts[k + 1][1][:1] in ("b", "p", "m"):
            cyr = "м"  # Genba Гэмба, Shinmei Симмэи
        out.append(cyr[0] * bool(double) + cyr)
    return "".join(out)


def hepburn_only(latin: str) -> str | None:
    """A capitalised name of three syllables or more, all Hepburn's and no Chinese given name,
    by Polivanov's system, without the marks :func:`japanese_looking` asks for (the caller
    has other evidence: a reading back no Russian word could be); else None."""
    low = _plain(latin)
    if not latin[:1].isupper() or len(low) < _table()["least"] or _chinese_given_name(low):
        return None
    parts = _syllables(low)
    return polivanov(latin) if parts is not None and len(parts) >= 3 else None


def japanese_name(latin: str, read: str = "") -> str | None:
    """The Cyrillic (lower case) of a capitalised Japanese-looking name by Polivanov's
    system, where its reading back ``read`` is no word of the Russian lexicon and has no
    Russian surname's ending (Chichibabin is Чичибабин, not Титибабин), or the name has a
    letter no Russian system writes (Kōsaka is no козака); else None."""
    from ..checker.recognize import _lexicon_entry

    low = read.lower()
    if not latin[:1].isupper() or not japanese_looking(latin):
        return None
    own = own_letters(latin)  # Kōsaka: no козака
    if low and not own and (_lexicon_entry(low) or RUSSIAN_ENDING.search(low)):
        return None
    written = polivanov(latin)
    if written and own:  # a macron: the form Wikidata's persons bear more, Омори or Оомори
        counts = _name_counts()
        twice = polivanov(latin, doubled=True)
        if twice and counts.get(twice, 0) > counts.get(written, 0):
            return twice
    return written
