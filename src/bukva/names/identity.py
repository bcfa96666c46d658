"""One person, every spelling: what a name is, and whether two names are one.

``identify`` reads a name in any script and system (Iudin, Yudin, Judin, Ioudine, Юдин, 尤金;
"Khrushchev, N. S.", "N. S. Khrushchev"), says which language and systems it is written in,
with probabilities, gives its source form (Cyrillic for a Russian name, Hanzi where known and
pinyin for a Chinese one) and its rendering in every system. ``match`` compares two names by
what they are, not by their letters; ``cluster`` groups a list into persons.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field, replace
from functools import cached_property, lru_cache
from typing import Any

from ..engine.text import nfc, ties_to_combining
from ..languages.charmodel import DATA
from .gazetteer import Entry, lookup, lookup_as_indexed
from .heard import heard_form
from .mixed import mixed_name
from .mixed_spellings import russian_name
from .order import CYRILLIC as _CYRILLIC
from .order import INITIAL as _INITIAL
from .order import chinese_heading, chinese_order, split_name, strip_title, surname_first, unglossed
from .readings import _chinese, cedict_place, press_reading
from .russian import _APOSTROPHES, RU_SYSTEMS, RUSSIAN_ENDING
from .russian_letters import russian_looking
from .subjects import english_phrase
from .transcribed import transcription_evidence

_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


@dataclass(frozen=True)
class Identity:
    """What a name is."""

    input: str
    script: str  # Latn, Cyrl, Hani
    language: str  # ru, zh, or unknown
    systems: dict[str, float]  # the systems it is written in, with probabilities
    sources: tuple[str, ...]  # the surname's (or name's) source forms: Cyrillic, Hanzi
    pinyin: str | None
    surname: str  # as written
    given: tuple[str, ...]  # given names or initials, as written
    given_initials: tuple[str, ...]  # their first letters in the source script
    gazetteer: tuple[str, ...]  # entry ids
    renderings: dict[str, str] = field(default_factory=dict)
    evidence: tuple[str, ...] = ()

    @cached_property  # an identity is cached and never changes: its key is computed once
    def key(self) -> str | None:
        """What two spellings of one name share: the Cyrillic surname, or the pinyin."""
        if self.language in EAST_SLAVIC and self.sources:
            return "ru:" + _fold(self.sources[0])
        if self.language == "zh" and self.pinyin:
            return "zh:" + re.sub(r"[\s'\-]", "", _fold(self.pinyin))
        return None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["key"] = self.key
        return d


# о after ж, ч, ш, щ in a surname's -ов is the ё a reading back cannot tell (Iljitschow:
# Ильичов, Ильичёв; Chruschtschow: Хрущов)
_SIBILANT_O = re.compile("(?<=[жчшщ])о(?=в(?:а|ы)?$)")


def _fold(s: str) -> str:
    """A name's key: case, ё, ü and the soft and hard signs aside (Фолкман as a catalog keyed
    it for Фолькман; Gorky, Lazar drop the soft sign), and о after ж, ч, ш, щ in -ов as the ё
    it stands for."""
    s = s.lower().replace("ё", "е").replace("ü", "u").replace("ь", "").replace("ъ", "")
    return unicodedata.normalize("NFC", _SIBILANT_O.sub("е", s))


def _clean(name: str) -> str:
    from ..chinese.syllables import untoned

    name = untoned(nfc(ties_to_combining(name.translate(_APOSTROPHES))).strip())  # Máo Zédōng
    name = re.sub(r"'s$", "", name)
    return strip_title(re.sub(r"\s+", " ", unglossed(name)))


def _initials_in_source(given: tuple[str, ...], system: str | None) -> tuple[str, ...]:
    """The first letter of each given name in Cyrillic (Latin read by ``system``)."""
    from ..api import reverse

    out = []
    for g in given:
        g = g.rstrip(".")
        if not g:
            continue
        if _CYRILLIC.match(g) or not g[0].isalpha():
            out.append(g[0].upper())
            continue
        english = english_given().get(g.lower())
        if english:  # Joseph Stalin: Иосиф, not Йосепх
            out.append(english[0])
            continue
        try:
            cyr = reverse(g, system=system or "ala-lc-book")
        except Exception:
            cyr = g
        out.append((cyr or g)[:1].upper())
    return tuple(out)


@lru_cache(maxsize=1)
def english_given() -> dict[str, str]:
    """The Russian given name each English equivalent stands for (Joseph: Иосиф)."""
    path = DATA / "ru-given-english.tsv"
    out: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            russian, english = line.split("\t")
            out.update(dict.fromkeys(english.lower().split("|"), russian))
    return out


def _normalize_probabilities(weights: dict[str, float]) -> dict[str, float]:
    total = sum(weights.values()) or 1.0
    return {k: round(v / total, 3) for k, v in sorted(weights.items(), key=lambda kv: -kv[1])}


# the East Slavic languages: a name in any of them is keyed and matched as one family (a
# Ukrainian's Підгорний is the Russian file's Подгорный)
EAST_SLAVIC = ("ru", "uk", "be")


def _renderings_cyrillic(cyrillic: str, lang: str = "ru") -> dict[str, str]:
    """The name in every system bukva has for its language (Russian's nine; Ukrainian's and
    Belarusian's own)."""
    from ..api import romanize, systems

    if lang == "ru":
        return {s: romanize(cyrillic, lang="ru", system=s) for s in RU_SYSTEMS}
    return {i.id: romanize(cyrillic, lang=lang, system=i.id) for i in systems(lang)}


def _renderings_zh(pinyin: str) -> dict[str, str]:
    from ..chinese.convert import convert

    out = {"pinyin": pinyin}
    for s in ("wade-giles", "czech", "yale", "palladius"):
        try:
            out[s] = convert(pinyin, "pinyin", s)
        except Exception:
            continue
    return out


def _zh(
    name: str,
    script: str,
    systems: dict[str, float],
    sources: tuple[str, ...],
    pinyin: str,
    entries: tuple[str, ...],
    evidence: tuple[str, ...],
) -> Identity:
    """A Chinese name's identity: its pinyin, and its rendering in every Chinese system."""
    text = _clean(name)
    return Identity(
        name, script, "zh", systems, sources, pinyin, text, (), (), entries,
        _renderings_zh(pinyin), evidence,
    )  # fmt: skip


def _han_person(text: str) -> str | None:
    """A name of two to four characters that no table knows and that begins with a surname,
    read as a person's: the surname by its reading as a surname (曾涌泉 Zeng Yongquan, not the
    adverb ceng), the given name joined."""
    from ..chinese.lexicons import cedict_names, names
    from ..chinese.readings import readings
    from ..chinese.syllables import join

    data = names()
    if not 2 <= len(text) <= 4 or not all(map(_HAN.match, text)) or cedict_names().get(text):
        return None
    compound = data["compound_surnames"].get(text[:2])
    surname = compound.split() if compound else [data["surnames"].get(text[0], "")]
    given = readings(text)[len(surname) :]
    if not surname[0] or not 1 <= len(given) <= 2 or None in given:
        return None
    head = [r.rstrip("12345") for r in surname]
    rest = [r.rstrip("12345") for r in given if r]
    return f"{join(head).capitalize()} {join(rest).capitalize()}"


def _sources(entry: Entry) -> tuple[str, ...]:
    return tuple(x for x in (entry.hanzi, entry.cyrillic) if x)


def _russian_name(word: str) -> bool:
    """Whether a Latin word reads as a name the Russian lexicon knows (Dali, Shelepin)."""
    from ..checker.recognize import read_russian

    reading = read_russian(word)
    return reading is not None and reading.name


def _russian_word(word: str) -> bool:
    """Whether the Russian lexicon knows ``word`` (a Russian name, not a Chinese one)."""
    from ..checker.recognize import _is_surname, _lexicon_entry

    low = word.lower()
    return _lexicon_entry(low) is not None or _is_surname(low)


@lru_cache(maxsize=20_000)
def identify(name: str, lang: str | None = None) -> Identity:
    """What ``name`` is: script, language and systems (with probabilities), source forms,
    and its rendering in every system. ``lang`` (ru or zh) narrows the reading."""
    text = _clean(name)
    script = "Hani" if _HAN.search(text) else "Cyrl" if _CYRILLIC.search(text) else "Latn"
    if not re.search(r"[^\W\d_]", text):
        return Identity(name, script, "unknown", {}, (), None, text, (), (), (), {}, ())
    heading = chinese_heading(text) if lang in (None, "zh") else None
    if heading is not None:  # Mao, Zedong, 1893-1976: a catalog's heading of a Chinese name
        return replace(identify(heading, lang), input=name)
    found = lookup(text) or lookup_as_indexed(text)
    surname, given = split_name(text)
    if not found and surname != text:
        found = tuple(s for s in lookup(surname) if s.entry.origin in ("ru", "other"))
    entries: dict[str, Entry] = {s.entry.id: s.entry for s in found}
    if lang:  # a foreigner's entry (Hoxha) is read as Russian writes the name
        entries = {k: e for k, e in entries.items() if e.origin.replace("other", "ru") == lang}
    if not entries and script == "Latn" and english_phrase(" ".join((surname, *given))):
        # Anshan steel works, Treaty of Friendship: an index's subject, no person's name
        return Identity(name, script, "unknown", {}, (), None, text, (), (), (), {}, ())
    if entries:
        entry = next(iter(entries.values()))
        systems = _normalize_probabilities({s.system: 1.0 for s in found if s.entry.id == entry.id})
        evidence = (f"gazetteer: {entry.source}",)
        if entry.origin in ("ru", "other"):
            cyr = entry.cyrillic
            system = next((s for s in systems if s in RU_SYSTEMS), None)
            if len(cyr.split()) == len(text.split()) > 1:
                surname, given = text, ()  # the name itself has the words (Хо Ши Мин)
            return Identity(
                name,
                script,
                "ru",
                systems,
                (cyr, *([entry.hanzi] if entry.hanzi else [])),
                entry.pinyin or None,
                surname,
                given,
                _initials_in_source(given, system),
                tuple(entries),
                _renderings_cyrillic(cyr),
                evidence,
            )
        return _zh(name, script, systems, _sources(entry), entry.pinyin, tuple(entries), evidence)
    if script == "Hani":
        from ..api import romanize

        pinyin = _han_person(text) or romanize(text, lang="zh", system="pinyin")
        evidence = ("Hanzi, read by pinyin", *transcription_evidence(text))
        return _zh(name, script, {"hanzi": 1.0}, (text,), pinyin, (), evidence)
    from .palladius_identity import palladius_in_latin, palladius_name, palladius_word

    palladius = palladius_name(text) if script == "Cyrl" and lang in (None, "zh") else None
    if palladius is None and script == "Cyrl" and lang in (None, "zh") and " " not in text:
        palladius = palladius_word(text)  # Гоминдан, Хунань: the gazetteer's alone
    if palladius:  # Мао Цзэ-дун, Фын Юй-сян: a Chinese name in Palladius, old forms too
        known = [s.entry for s in lookup(palladius) if s.entry.origin == "zh"]
        if known:
            e = known[0]
            evidence = (f"read by Palladius as {palladius}", f"gazetteer: {e.source}")
            return _zh(name, script, {"palladius": 1.0}, _sources(e), e.pinyin, (e.id,), evidence)
        if "-" in text or not _russian_word(surname) or chinese_order(text):
            evidence = (f"every syllable reads by Palladius: {palladius}",)
            return _zh(name, script, {"palladius": 1.0}, (), palladius, (), evidence)
    if script == "Cyrl":
        from ..languages.detect import detect

        cyr = surname
        found_lang = detect(text)  # Підгорний Микола: Ukrainian, by its і
        language = found_lang.lang if found_lang.lang in EAST_SLAVIC else "ru"
        evidence = ("Cyrillic",) if language == "ru" else (f"Cyrillic: {found_lang.evidence}",)
        return Identity(
            name,
            script,
            language,
            {"cyrillic": 1.0},
            (cyr,),
            None,
            surname,
            given,
            _initials_in_source(given, None),
            (),
            _renderings_cyrillic(cyr, language),
            evidence,
        )
    zh = _chinese(text) if lang in (None, "zh") and not given_initials_only(given) else None
    if zh is None and lang in (None, "zh") and 2 <= len(text.split()) <= 3:
        half = mixed_name(text)  # Mao Tsedong: no one system reads it, the two together do
        if half is not None:
            e = half[0]
            evidence = (f"read syllable by syllable in pinyin and Wade-Giles: {e.pinyin}",)
            systems = {"pinyin": 0.5, "wade-giles": 0.5}
            return _zh(name, script, systems, _sources(e), e.pinyin, (), evidence)
    if zh is None and lang in (None, "zh") and " " not in text and not _russian_name(text):
        place = cedict_place(text)  # Zhongnanhai, Beidaihe: one word, a place CC-CEDICT lists
        if place is not None:
            evidence = (f"CC-CEDICT: {'/'.join(place[1][:2])}, a place read {place[0]}",)
            return _zh(name, script, {"pinyin": 1.0}, place[1][:1], place[0], (), evidence)
    if zh is None and lang in (None, "zh") and not given_initials_only(given):
        zh = press_reading(text)  # Ko Fute: Ge Fude, the press's marks dropped
    ru = russian_name(surname) if lang in (None, "ru") else None
    if ru is None and lang in (None, "ru") and surname[:1].isupper():
        ru = _other_system(surname)  # Wojciechowski: Войцеховский, as Polish reads it
    # Liu Hsiao: every syllable Chinese, and the surname's Russian reading (Хсиао) no Russian name
    foreign = ru is not None and not russian_looking(ru[0])
    if zh and (
        not ru or sum(zh[1].values()) >= 2 or lang == "zh" or foreign or surname_first(zh[0])
    ):
        pinyin, weights = zh
        systems = _normalize_probabilities(weights)
        return _zh(name, script, systems, (), pinyin, (), ("every syllable reads",))
    if ru and lang in (None, "zh") and 2 <= len(text.split()) <= 3:
        read = palladius_in_latin(name, script, text)
        if read:  # Chzhou Ėnʹlaĭ: a Russian catalog's Palladius, romanized
            return read
    from .slavic_identity import belarusian_identity, ukrainian_identity

    uk = ukrainian_identity(name, script, surname, given, ru) if lang in (None, "uk") else None
    if uk is None and lang in (None, "be"):  # Lukashenka: Лукашэнка, not Лукашенка
        uk = belarusian_identity(name, script, surname, given, ru)
    if uk is not None:  # Hrushevskyi: Грушевський, not Хрусхевскый
        return uk
    if ru:
        cyr, weights, _others = ru
        cyr = cyr[:1].upper() + cyr[1:]
        system = max(weights, key=lambda s: weights[s])
        by_sound, heard = heard_form(surname, cyr)
        if by_sound:  # Hiroshima: Хиросима, not Хиросхима; Schäfer: Шефер
            cyr = by_sound
        return Identity(
            name,
            script,
            "ru",
            _normalize_probabilities(weights),
            (cyr,),
            None,
            surname,
            given,
            _initials_in_source(given, system),
            (),
            _renderings_cyrillic(cyr),
            (f"read back as {ru[0].capitalize()} by {', '.join(weights)}", *heard),
        )
    form, heard = heard_form(surname, "")  # White: no system reads it; Уайт by its sound
    if form:  # Cəfərov: no system's; Джафаров by the practical transcription of Azerbaijani
        initials = _initials_in_source(given, None)
        renderings = _renderings_cyrillic(form)
        return Identity(
            name, script, "ru", {}, (form,), None, surname, given, initials, (), renderings, heard
        )
    return Identity(name, script, "unknown", {}, (), None, surname, given, (), (), {}, heard)


def _other_system(surname: str) -> tuple[str, dict[str, float], tuple[str, ...]] | None:
    """A surname no system reads back exactly (letters of its own language: Wojciechowski's
    w, ci) as the system that reads it wholly in Cyrillic reads it, where that is a Russian
    surname's form: -ский, -цкий, or -ов, -ин ... in letters Russian surnames have; else
    None."""
    from ..name_steps import other_system_reading

    found = other_system_reading(surname)
    if found is None:
        return None
    cyr, system = found
    slavic = cyr.lower().endswith(("ский", "цкий", "ская", "цкая"))  # a Polish -ski's own
    if not RUSSIAN_ENDING.search(cyr.lower()) or not (slavic or russian_looking(cyr)):
        return None
    return cyr.lower(), {system: 0.5}, (cyr.lower(),)


def given_initials_only(given: tuple[str, ...]) -> bool:
    return bool(given) and all(_INITIAL.match(g) for g in given)
