"""A Russian name in Chinese characters: whether 波德戈尔内 is Подгорный.

Chinese writes a Russian name by its sound, a syllable for each consonant and vowel (拉 ла,
洛 ло) and one for each consonant with none (克 к, 斯 с, 夫 в, 尔 р): 波德戈尔内, bo·de·ge·er·nei,
is Подгорный. Each syllable of the characters' reading is turned into the Russian letters it
may stand for (``data/zh-ru-sounds.toml``), and the names are the same when the Russian is
spelt by them in order. The gazetteer knows the period's names whose characters follow no
table (费德林 Fedorenko); this reads the others.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache, lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent.parent / "data" / "zh-ru-sounds.toml"
_INITIALS = ("zh", "ch", "sh", *"bpmfdtnlgkhjqxrzcswy")
# y- syllables read by their finals: ye as ie, you as iu, yu as ü
_Y = {"a": "ia", "e": "ie", "ou": "iu", "an": "ian", "ang": "iang", "ao": "iao", "u": "v",
      "uan": "van", "un": "vn", "ong": "iong", "ue": "ve"}  # fmt: skip
MIN_SYLLABLES = 3  # two syllables (列宁, 尤金) say too little: the gazetteer's alone
# the characters' weight as a foreign name's (data/zh-transcription.tsv: log ratio of their
# share in CC-CEDICT's foreign names to that in jieba's words), averaged, at least this: 东方红
# (-0.97), 王稼祥 (-1.15) are Chinese words and names, 伏罗希洛夫, 契尔沃年科 (0.6) are not
MIN_WEIGHT = 0.0
_NOT_IN_TABLE = -1.0  # the weight of a character transcription does not use
_SEPARATORS = re.compile("[·•・‧]")


@cache
def _table() -> dict:
    """data/zh-ru-sounds.toml, loaded once."""
    with open(_DATA, "rb") as f:
        return tomllib.load(f)


def _split(syllable: str) -> tuple[str, str]:
    for initial in _INITIALS:
        if syllable.startswith(initial):
            return initial, syllable[len(initial) :]
    return "", syllable


def _vowels(initial: str, final: str) -> list[str] | None:
    """The Russian vowels a final may stand for after ``initial``."""
    table = _table()
    finals = table["finals"]
    if initial in ("j", "q", "x", "y") and final.startswith("u"):
        final = "v" + final[1:]  # ju, que, xuan: ü
    if initial == "y":
        return finals.get(_Y.get(final, final)) or finals.get(final)
    if initial == "w":
        return table["w"].get(final)
    if initial in ("j", "q", "x") and final[:1] in ("i", "v") and len(final) > 1:
        # 加 га, 捷 те: the i after j, q, x is the syllable's, not the Russian's
        plain = finals.get(final[1:]) or finals.get("u" + final[1:]) or []
        return [*finals.get(final, []), *plain] or None
    return finals.get(final)


def _soft(letters: list[str]) -> set[str]:
    return {x + soft for x in letters for soft in ("", "ь")}


def _syllable(syllable: str) -> tuple[set[str], set[str], bool] | None:
    """(consonants, vowels, whether the vowel may be left out): the Russian letters a pinyin
    syllable may stand for; None for a syllable the table has no reading of. A syllable that
    also writes its consonant alone (克 к) has every spelling among its vowels."""
    table = _table()
    initial, final = _split(syllable)
    if not initial and final == "er":
        return {""}, {f"{a}{r}{b}" for a in ("", "ь") for r in "рл" for b in ("", "ь")}, False
    if initial == "w" and final == "u":
        return {""}, {"у", "ву", "фу"}, False
    vowels = _vowels(initial, final)
    if vowels is None:
        return None
    vowels = [*vowels, *table["extra"].get(syllable, [])]
    if initial == "y":
        consonants = {"", "й", "ь", "ъ"}
    elif initial == "w":
        consonants = {"в", "ф", "у"}
    elif initial:  # a letter may be doubled (Кеннеди) and softened (Ильич)
        letters = table["initials"][initial]
        consonants = _soft([c + c if len(c) == 1 else c for c in letters] + letters)
    else:
        consonants = {""}
    alone = table["alone"].get(syllable)
    if alone:  # the consonant with no vowel, or with its vowel
        return {""}, _soft(alone) | {c + v for c in consonants for v in vowels}, False
    return consonants, set(vowels), True


class Spelling:
    """The Russian spellings of a transcription: one set of strings a syllable, read left to
    right over every place the letters so far may end (no backtracking, whatever the length)."""

    def __init__(self, parts: list[frozenset[str]], tail: frozenset[str]) -> None:
        self.parts = parts
        self.tail = tail

    def fullmatch(self, text: str) -> bool:
        """Whether ``text`` (as ``russian_forms`` gives it) is one of the spellings."""
        ends = {0}
        for options in self.parts:
            ends = {e + len(x) for e in ends for x in options if text.startswith(x, e)}
            if not ends:
                return False
        return any(text[e:] in self.tail for e in ends)


@lru_cache(maxsize=8192)
def pattern(syllables: tuple[str, ...]) -> Spelling | None:
    """The Russian spellings a transcription's pinyin syllables (toneless, ü as ü) stand for;
    None where a syllable has no reading. A place's ending written by fixed characters (格勒
    -град) is that ending."""
    for ending, readings in _table()["endings"].items():
        for reading in readings:
            tail = tuple(reading.split())
            if len(syllables) > len(tail) and syllables[-len(tail) :] == tail:
                return _spelling(syllables[: -len(tail)], frozenset({ending}))
    return _spelling(syllables, frozenset({"", *_table()["tail"]["endings"]}))


def _spelling(syllables: tuple[str, ...], tail: frozenset[str]) -> Spelling | None:
    parts = [_syllable(s.replace("ü", "v")) for s in syllables]
    if any(p is None for p in parts):
        return None
    out = []
    for k, part in enumerate(parts):
        consonants, vowels, may_drop = part  # type: ignore[misc]
        after = syllables[k + 1] if k + 1 < len(syllables) else ""
        before = syllables[k - 1] if k else ""
        if before.endswith(("n", "ng")) and _split(syllables[k])[0] == "n":
            consonants = consonants | {""}  # 丹诺 дано: one н for both syllables
        cluster = after.startswith("l")  # 托洛 Тро: a vowel the cluster needs
        if may_drop and (cluster or (after.startswith("y") and syllables[k].endswith("i"))):
            vowels = vowels | {""}  # ... and 里亚 ря
        out.append(frozenset(c + v for c in consonants for v in vowels))
    return Spelling(out, tail)


def _reading(hanzi: str) -> tuple[str, ...] | None:
    from ..chinese import readings

    found = readings(hanzi)
    if not found or any(r is None for r in found):
        return None
    return tuple(re.sub(r"\d", "", r) for r in found)  # type: ignore[arg-type]


def surname_in_characters(hanzi: str) -> str:
    """The last name of a foreign name in characters (尼古拉·波德戈尔内: 波德戈尔内)."""
    return _SEPARATORS.split(hanzi.strip())[-1]


@lru_cache(maxsize=4096)
def russian_pattern(hanzi: str) -> tuple[Spelling, str] | None:
    """The Russian spellings a foreign name in characters stands for (a ``Spelling`` of
    ``russian_forms``) and the characters' reading (bo·de·ge·er·nei); None for characters that
    are not a transcription's: three syllables at least, all characters but one those that
    transcription uses (忠 of 奥尔忠尼启则 is no common one), on average more a foreign name's
    than a word's."""
    from ..chinese.transcription_chars import char_table as transcription_characters

    chars = transcription_characters()
    if len(hanzi) < MIN_SYLLABLES or sum(c not in chars for c in hanzi) > 1:
        return None
    weights = [chars[c][1] if c in chars else _NOT_IN_TABLE for c in hanzi]
    if sum(weights) / len(weights) < MIN_WEIGHT:
        return None
    syllables = _reading(hanzi)
    found = pattern(syllables) if syllables else None
    return (found, "·".join(syllables)) if found and syllables else None


def russian_forms(russian: str) -> set[str]:
    """A Russian name as the spellings read it: lower case, ё as е, no hard sign, hyphen or
    space; also as said (a letter not pronounced left out) and with doubled vowels single
    (Менделеев 门捷列夫, Куусинен 库西宁)."""
    text = russian.lower().replace("ё", "е").replace("ъ", "").replace("-", "").replace(" ", "")
    said = text
    for written, spoken in _table()["silent"].items():
        said = said.replace(written, spoken)  # Семичастный said Семичасный: 谢米恰斯内
    return {text, said, *(re.sub(r"([аеиоуыэюя])\1", r"\1", t) for t in (text, said))}


def transcribes(hanzi: str, russian: str) -> str | None:
    """The characters' reading (bo·de·ge·er·nei) where ``hanzi`` is how Chinese writes the
    Russian name ``russian`` (one word, Cyrillic), else None (see ``russian_pattern``)."""
    found = russian_pattern(hanzi)
    if found is None or not any(found[0].fullmatch(f) for f in russian_forms(russian)):
        return None
    return found[1]


MIN_PINYIN_SYLLABLES = 4  # Bodege'ernei; fewer (Zhongguoren, Luoshen) may be Chinese words


def transcribed_pinyin(word: str, russian: str) -> str | None:
    """The syllables (bo·de·ge·er·nei) where ``word`` is the pinyin of a Russian name's
    transcription written as one word, as GB/T 16159 writes it (Bodege'ernei, Xiepiluofu), and
    it is ``russian``; else None. Four syllables at least: a word of three may be a Chinese
    one."""
    found = _pinyin_pattern(word)
    if found is None or not any(found[0].fullmatch(f) for f in russian_forms(russian)):
        return None
    return found[1]


@lru_cache(maxsize=8192)
def _pinyin_pattern(word: str) -> tuple[Spelling, str] | None:
    from ..chinese.tables import parse, table

    if " " in word or "-" in word:
        return None
    syllables = parse(word.lower(), table("pinyin"))
    if not syllables or len(syllables) < MIN_PINYIN_SYLLABLES:
        return None
    found = pattern(tuple(syllables))
    return (found, "·".join(syllables)) if found else None


_CASES = ("у", "ом", "ым", "е", "ой", "ою")  # oblique cases' endings of a surname in -ов, -ин
MAX_PREFIXES = 2000  # spellings followed at once: more, and the characters say too little


@cache
def _name_forms() -> tuple[frozenset[str], dict[str, list[str]]]:
    """The Russian name words of the lexicon that Russian text uses (``languages.name_counts``:
    OpenCorpora's names in wordfreq's list) by their forms as the spellings read them
    (``russian_forms``): every beginning of a form (a spelling followed letter by letter is
    looked up in one step), and the forms, each with its words."""
    from ..languages.name_counts import name_words

    words: dict[str, list[str]] = {}
    for word in name_words():
        for form in russian_forms(word):
            words.setdefault(form, []).append(word)
    starts = frozenset(form[:n] for form in words for n in range(len(form) + 1))
    return starts, words


def russian_names(hanzi: str) -> list[str]:
    """The Russian name words that ``hanzi``, a foreign name's transcription, stands for
    (科瓦廖夫: ковалёв, ковалев), the commonest in Russian text first; [] where the characters
    are no transcription's (see ``russian_pattern``) or spell no name word the lexicon has."""
    from ..languages.name_counts import borne, name_zipf

    found = russian_pattern(surname_in_characters(hanzi))
    if found is None:
        return []
    spelling = found[0]
    starts, words = _name_forms()
    prefixes = {""}
    for options in spelling.parts:
        grown: set[str] = set()
        for p in prefixes:
            grown.update(p + x for x in options if p + x in starts)
            if len(grown) > MAX_PREFIXES:
                return []  # stopped as soon as there are too many: the answer is the same
        if not grown:
            return []
        prefixes = grown
    # the name as it stands (no case ending after it) where the lexicon has it so
    for tails in ((("",) if "" in spelling.tail else ()), spelling.tail):
        hits = {w for p in prefixes for t in tails if p + t in words for w in words[p + t]}
        if hits:
            break
    # a case of another word found (ковалеву of ковалев: 夫 is ву as well as в) is not the name
    hits = {w for w in hits if not any(w[: -len(e)] in hits for e in _CASES if w.endswith(e))}
    return sorted(hits, key=lambda w: (-name_zipf(w), -borne(w), w))


def transcription_evidence(hanzi: str) -> tuple[str, ...]:
    """What ``identify`` says of characters that are a foreign name's transcription: their
    reading (波德戈尔内: what ``match`` reads against Russian names), and the Russian names they
    may stand for (科瓦廖夫: Ковалёв), for review: no source form says which."""
    found = russian_pattern(surname_in_characters(hanzi))
    if found is None:
        return ()
    out = (f"characters of a foreign name's transcription ({found[1]})",)
    may_be: dict[str, str] = {}
    for name in russian_names(hanzi):
        may_be.setdefault(name.replace("ё", "е"), name.capitalize())
    if may_be:
        names = ", ".join([*may_be.values()][:3])
        out += (f"Russian names they may stand for, the commonest first: {names}",)
    return out
