"""Names in romanized text read back to Cyrillic as Russian writes them: the gazetteer's
(Peking Пекин, Mao Tse-tung Мао Цзэдун, Beria Берия), and a Chinese person's name in Latin
letters (pinyin, Wade-Giles ...) the gazetteer lacks, by Palladius (Liu Xiao Лю Сяо, Chen
Boda Чэнь Бода), not letter by letter (Лиу Ксиао). A run of two or three capitalised words
is such a name where :func:`bukva.identify` finds it Chinese and no word of it is a Russian
first name or a Japanese name's (Anna Li, Yoshida Shigeru are left to the reading back)."""

from __future__ import annotations

import re
from contextvars import ContextVar
from functools import lru_cache

_INSIDE: ContextVar[bool] = ContextVar("chinese_names", default=False)
_RUN = re.compile(r"\b[A-Z][a-zü'’]*(?:-[a-zü'’]+)?(?: [A-Z][a-zü'’]*(?:-[a-zü'’]+)?){1,2}\b")


# the gazetteer's spellings of a Chinese name in Chinese systems, English and Czech usage (not
# a Russian system's spelling of its Russian form: Pekin, Pekine read back letter by letter)
_CHINESE_SPELLINGS = frozenset(
    (
        "pinyin",
        "wade-giles",
        "german-press",
        "czech",
        "yale",
        "postal",
        "familiar",
        "other",
        "exonym:cs",
    )
)


def gazetteer_names(text: str, soviet: bool = True) -> dict[int, tuple[int, str, str]]:
    """The gazetteer's names in romanized text as Russian writes them, by start: (end, the
    Russian form, where it comes from). Peking is Пекин, Port Arthur Порт-Артур (the names
    Russian has for them); a Chinese person Palladius's form of the pinyin (Mao Tse-tung, Mao
    Zedong: Мао Цзэдун); a Soviet name in any system the gazetteer spells it in, or in its
    familiar English form, the Russian name (Beria: Берия). Only where every entry the
    words may be agrees, and the name ends where a word does (Mao Tse-tung's is left alone); a
    Russian system's spelling of a Chinese place (Pekine, which may be a case form) and names the
    gazetteer lacks are left to the reading back; a person's, of two words, is the gazetteer's.
    ``soviet``: Soviet names too (benchmarks turn it off to measure the reading alone)."""
    from ..chinese.convert import convert
    from .gazetteer import find, russian_form

    out: dict[int, tuple[int, str, str]] = {}
    for found in find(text):
        if text[found.end : found.end + 1].isalnum() or text[found.end : found.end + 2] in (
            "'s",
            "’s",
        ):
            continue  # a possessive: the word is read as a whole
        forms: dict[str, str] = {}
        for spelling in found.spellings:
            entry = spelling.entry
            if entry.origin in ("ru", "other") and soviet:  # Hoxha: Ходжа
                form = russian_form(entry, len(found.text.split())) or ""
                if not form:
                    forms = {}
                    break
            elif entry.origin != "zh" or not (
                spelling.system in _CHINESE_SPELLINGS or _palladius_person(spelling, found.text)
            ):
                forms = {}
                break
            else:
                form = entry.cyrillic or convert(entry.pinyin, "pinyin", "palladius")
            why = f"{entry.hanzi or entry.pinyin} ({spelling.system}) in the gazetteer"
            forms.setdefault(form, why)
        if len(forms) == 1:
            form, why = next(iter(forms.items()))
            out[found.start] = (found.end, form.upper() if found.text.isupper() else form, why)
    return out


def _palladius_person(spelling, text: str) -> bool:
    """A person's name of two words or more as a Russian system spells its Palladius form:
    the gazetteer's Cyrillic, for a spelling that dropped the soft sign and й (Chzhou Enlai
    Чжоу Эньлай, not Энлаи). A place so spelt is left to the reading back, which keeps its
    case (v Pekine: в Пекине)."""
    return (
        spelling.system.startswith("palladius-latin:")
        and spelling.entry.kind == "person"
        and " " in text.strip()
    )


def chinese_names(text: str, taken: set[int]) -> dict[int, tuple[int, str, str]]:
    """Chinese names in ``text`` as Russian writes them, by start: (end, the Palladius form,
    why); runs that touch an offset in ``taken`` (the gazetteer's names) are left alone."""
    if _INSIDE.get():
        return {}  # identify reads a name back itself (a Russian catalog's Palladius)
    token = _INSIDE.set(True)
    try:
        return _find(text, taken)
    finally:
        _INSIDE.reset(token)


_MARK = re.compile("[\u0300-\u036f\ufe20-\ufe2f]")  # a combining mark: ALA-LC's tie, ė's dot


def _find(text: str, taken: set[int]) -> dict[int, tuple[int, str, str]]:
    from .identity import identify
    from .japanese import japanese_looking

    out: dict[int, tuple[int, str, str]] = {}
    for m in _RUN.finditer(text):
        if any(k in taken for k in range(m.start(), m.end())):
            continue
        after = text[m.end() : m.end() + 1]
        if after.isalnum() or _MARK.match(after) or re.search(r"['’]s\b", m.group()):
            continue  # a possessive (Mao Tse-tung's), or a word going on past a tie (Bi͡ao)
        if not all(_syllabic(w) for w in m.group().split()):
            continue  # The Soviet Union: words no Chinese name is made of (cheap, before identify)
        found = identify(m.group())
        if found.language != "zh" or not found.pinyin:
            continue
        if any(_russian_name(w) or japanese_looking(w) for w in m.group().split()):
            continue  # Anna Li: Анна is a Russian name; Yoshida Shigeru a Japanese one
        form = in_palladius(found.pinyin)
        if form is None:
            continue  # a syllable Palladius's table lacks
        why = f"a Chinese name ({', '.join(found.systems)}: {found.pinyin}), by Palladius"
        out[m.start()] = (m.end(), form.upper() if m.group().isupper() else form, why)
    return out


@lru_cache(maxsize=20_000)
def _syllabic(word: str) -> bool:
    """Whether a word may be part of a Chinese name: pinyin syllables, at most three, or a
    hyphenated or apostrophed form (Wade-Giles, Czech: Tse-tung, Ch'en) left to identify."""
    from ..chinese.syllables import split_run

    if "-" in word or "'" in word or "’" in word:
        return True
    return len(word) <= 18 and any(split_run(word, n) is not None for n in (1, 2, 3))


def _russian_name(word: str) -> bool:
    """Whether a word of two syllables or more reads back as a Russian first name the lexicon
    holds (Anna Анна, Nina Нина; a syllable alone, Li, Lin, Ming, is a Chinese name's, which the
    lexicon may also list)."""
    from ..checker.recognize import _morph
    from ..chinese.syllables import split_run
    from .russian import _russian

    if "-" in word or split_run(word, 1) is not None:
        return False  # one syllable: Li, Lin, Wang, Ming are Chinese whatever the lexicon says
    found = _russian(word)
    morph = _morph()
    if found is None or morph is None or not morph.word_is_known(found[0]):
        return False
    return any(  # a first name as cited: a noun in the nominative (Лилин is Лиля's, no name)
        {"NOUN", "Name", "nomn", "sing"} <= set(p.tag.grammemes) for p in morph.parse(found[0])
    )


def in_palladius(pinyin: str) -> str | None:
    """A pinyin name (Song Hui) in Palladius, syllable by syllable (Сун Хуэй), whatever English
    word its letters also spell; None where a syllable has no Palladius form."""
    from ..chinese.tables import parse, table

    source, target = table("pinyin"), table("palladius")
    words = []
    for word in pinyin.split():
        syllables = parse(word, source)
        spelled = [target.from_pinyin.get(s) for s in syllables or [None]]  # type: ignore[arg-type]
        if not syllables or None in spelled:
            return None
        joined = "".join(spelled)  # type: ignore[arg-type]
        words.append(joined[:1].upper() + joined[1:])
    return " ".join(words)
