"""Names of the period in running text, through the gazetteer: which spelling stands here, by
which system, and what the house writes for it.

The gazetteer knows spellings the word-by-word readings cannot: Wade-Giles without hyphens
(Kao Kang, Chu Teh), postal forms (Peking, Mukden), Palladius in Latin letters (Mao Tszedun),
German and French transcriptions of Soviet names (Chruschtschow, Jdanov), and a Chinese
transcription's pinyin (Heluxiaofu); each with the entry's source as evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..chinese.tables import pinyin_as_written
from ..names.gazetteer import Entry, Spelling, find, lookup
from ..names.identity import RU_SYSTEMS
from ..style.house import HouseStyle
from . import house_zh as hz
from .anglicized import ENGLISH_GIVEN_CONFIDENCE, soviet_person
from .english_names import in_english_name
from .pinyin_text import in_pinyin_text
from .recognize import (
    IN_NAME_CONFIDENCE,
    english,
    first_name,
    read_russian,
)
from .russian import PRESS
from .unlisted import house_surname

# the rule a spelling's system reports under, for a Chinese name
_ZH_RULE = {
    "wade-giles": "zh.wade-giles",
    "czech": "zh.czech",
    "german-press": "zh.german-press",
    "yale": "zh.yale",
    "palladius": "zh.palladius",
    "postal": "zh.postal",
    "other": "zh.postal",
    "familiar": "zh.postal",
}


@dataclass(frozen=True)
class NameHit:
    start: int
    end: int
    text: str
    rule: str
    fix: str
    confidence: float
    evidence: tuple[str, ...]
    system: str
    key: tuple[str, ...]  # one name's spellings share it (for the variants rule)


def _house_form(entry: Entry, like: str, style: HouseStyle, scope: str) -> str | None:
    """What the house prints for ``entry`` (with the shape of ``like``: its words)."""
    exc = None
    for source in (entry.cyrillic, entry.hanzi):
        if source and source in style.exceptions:
            exc = style.exceptions[source]
    if exc is not None and style.exceptions_apply(scope):
        return exc.form
    if entry.origin == "zh":
        system = hz.other_house(style, scope)
        if system is None:
            return entry.pinyin or None
        form = hz.house_form(entry, like, system)
        return hz.styled(form, style, scope) if form else None
    system, options = style.system_for("ru", scope)
    if not entry.cyrillic:
        return None
    from ..api import romanize

    words = like.split()
    if len(words) == 1:
        return romanize(entry.cyrillic, lang="ru", system=system, **options)
    if entry.kind == "org":  # Novy Mir: the title in the house's system, capitals as written
        form = romanize(entry.cyrillic, lang="ru", system=system, **options).split()
        if len(form) == len(words):
            return " ".join(
                f[:1].upper() + f[1:] if w[:1].isupper() else f
                for f, w in zip(form, words, strict=True)
            )
    return None  # a full name: the words are judged one by one


def _full_name_form(
    text: str, spellings: list[Spelling], style: HouseStyle, scope: str
) -> str | None:
    """What the house prints for a Soviet full name the gazetteer knows in another system
    (Vasilij Kuznecov, ISO 9: Vasilii Kuznetsov): the name read back by that system, where it
    writes the reading exactly so again, and romanized by the house's; the surname as the
    house's exception writes it."""
    from ..api import reverse, romanize

    system, options = style.system_for("ru", scope)
    for spelling in spellings:
        if spelling.entry.origin != "ru" or spelling.system not in RU_SYSTEMS:
            continue
        cyrillic = reverse(text, lang="ru", system=spelling.system)
        if romanize(cyrillic, lang="ru", system=spelling.system) != text:
            continue
        words = romanize(cyrillic, lang="ru", system=system, **options).split()
        exc = style.exceptions.get(spelling.entry.cyrillic)
        if exc is not None and style.exceptions_apply(scope):
            words[-1] = exc.form
        return " ".join(words)
    return None


def _accepted(entry: Entry, spelling: Spelling, style: HouseStyle) -> bool:
    """The house accepts this spelling: an exception's form, or a familiar or postal form of
    an entry written either way (Canton beside Guangzhou)."""
    if spelling.form in style.accepted_forms:
        return True
    if spelling.system in ("familiar", "postal", "other") and entry.prefer == "either":
        return True
    if spelling.system == "familiar" and entry.kind != "person" and entry.prefer != "strict":
        return True  # a place's or body's English name (Moscow, Manchuria, Comintern)
    return any(
        e.prefer == "either" and spelling.form == e.form
        for e in style.exceptions.values()
        if e.source in (entry.cyrillic, entry.hanzi)
    )


ENGLISH_WORD = 4.0  # Zipf from which a word in lower case is English's (in, on, an)
# a press transcription only (German, French, Polish, Czech) that English text uses this much
# is that language's own name too (Polanski, Kowalski): for review
NAME_OF_ITS_OWN = 1.5
PRESS_NAME_CONFIDENCE = 0.6
ALSO_PINYIN_CONFIDENCE = 0.8  # a period name's Palladius in Latin that is pinyin too: review


def _cased_as_named(text: str, form: str) -> bool:
    """Whether no word the gazetteer's form capitalizes is an English word in lower case in
    the text (the lookup ignores case: Li in, Yuan in are English, no Li In, Yuan In; the
    press's Jen-min jih-pao is the paper)."""
    written, named = text.split(), form.split()
    return len(written) != len(named) or not any(
        w.islower() and n[:1].isupper() and english(w) >= ENGLISH_WORD
        for w, n in zip(written, named, strict=True)
    )


def name_hits(text: str, style: HouseStyle, scope_at, runs=(), marked=True) -> list[NameHit]:
    """Gazetteer names in ``text`` that the house writes otherwise (``runs``: a Word
    paragraph's italic runs, which bound a title as Markdown's asterisks do; ``marked``: whether
    the document writes Wade-Giles's aspiration mark anywhere)."""
    other = hz.other_houses(style)
    out = hz.pinyin_text_hits(text, style, scope_at, runs) if other else []
    for found in find(text):
        if any(h.start < found.end and found.start < h.end for h in out):
            continue  # a name in a title in pinyin, which is judged whole
        also_pinyin = False
        entries = {s.entry.id: s.entry for s in found.spellings}
        scope = scope_at(found.start)
        spelling = found.spellings[0]
        entry = spelling.entry
        if (
            entry.origin == "ru"
            and entry.kind == "person"
            and len(found.text.split()) > 1
            and _read_alone(found.text, style.system_for("ru", scope)[0], entry.cyrillic)
        ):
            continue  # a Soviet full name: its words are judged one by one (a title whole)
        if any(s.entry.origin == "other" for s in found.spellings):
            continue  # a foreigner (Hoxha, Nagy): the author's spelling, no Russian name
        if any(_accepted(s.entry, s, style) for s in found.spellings):
            continue
        zh_house = hz.other_house(style, scope) if entry.origin == "zh" else None
        how = zh_house and {
            hz.house_spelling(e, found.spellings, zh_house, (style, scope), found.text, marked)
            for e in entries.values()
        }
        if how and hz.OWN in how:
            continue  # Chou En-lai, Peking in a Wade-Giles house
        if not _cased_as_named(found.text, spelling.form):
            continue  # Li in (Beijing): the English word, no 李纓 Ли Ин
        forms = {_house_form(e, found.text, style, scope) for e in entries.values()}
        if entry.origin == "ru" and entry.kind == "person" and " " in found.text:
            forms = {_full_name_form(found.text, found.spellings, style, scope)}
        forms.discard(None)
        if len(forms) != 1:
            continue  # a spelling of several names the house writes differently: not ours
        fix = forms.pop()
        if (fix == found.text or found.text.lower() == fix.lower()) and not (
            entry.origin == "ru" and _english_given_before(text, found.start, entry.cyrillic)
        ):  # as the house writes it, but after the English form of his given name
            continue
        order = ("wade-giles", "postal", "yale", "czech", "palladius")
        systems = sorted(
            {s.system for s in found.spellings},
            key=lambda x: (order.index(x) if x in order else len(order), x),
        )
        if entry.origin == "zh":
            rule = next(
                (_ZH_RULE[s.split(":")[0]] for s in systems if s.split(":")[0] in _ZH_RULE), None
            )
            if any(s.startswith("palladius-latin") for s in systems):
                rule = "zh.palladius"
            if zh_house and "pinyin" in systems:
                rule = "zh.pinyin"  # Zhou Enlai in a Wade-Giles house
            elif how and hz.NEAR in how:
                rule = "zh.house-form"  # Liu Shao-chi, a mark lost, in a Wade-Giles house
            if rule is None:
                continue
            if pinyin_as_written(found.text):
                if all(e.from_cedict_list for e in entries.values()):
                    # Lu Jun, Wang Tao: pinyin as written in a pinyin text, no 柳永 (Лю Юн in
                    # Polish letters) or 王导 (Wade-Giles) that CC-CEDICT alone gives
                    continue
                if all(s.startswith("palladius-latin") for s in systems):
                    also_pinyin = True  # Gao Gan: 高岗 Гао Ган, or a name of its own
        else:
            if "pinyin" in systems:
                rule = "ru.wrong-system"
            elif any(s in ("familiar", "cyrillic", "hanzi") for s in systems):
                continue
            else:
                exc = style.exceptions.get(entry.cyrillic)
                rule = "ru.exception" if exc is not None else "ru.wrong-system"
        confidence = 0.97  # every entry this spelling names is written so by the house
        evidence = (
            f"gazetteer: {found.text!r} is {', '.join(systems)} for "
            f"{entry.canonical or entry.pinyin} ({entry.source})",
        )
        if how and hz.NEAR in how:  # Chen Yun: pinyin, or the house's system with a mark lost
            confidence = hz.NEAR_CONFIDENCE
            evidence = (*evidence, f"the house writes {zh_house} so: {fix}, for review")
        if also_pinyin:
            confidence = ALSO_PINYIN_CONFIDENCE
            evidence = (*evidence, f"{found.text!r} is also pinyin as written: for review")
        if entry.origin == "ru" and systems == ["pinyin"]:  # A'erxibofu: 阿尔希波夫's pinyin
            before = text[: found.start].rstrip(" *_")
            if before.endswith(("(", "（")) and before[:-1].rstrip().endswith(entry.hanzi or "\0"):
                continue  # 阿尔希波夫 (A'erxibofu): the characters' own pinyin beside them
            if in_pinyin_text(text, found.start, found.end, runs):
                continue  # *Mao Zedong, Sidalin yu Chaoxian zhanzheng*: a Chinese title's own
            confidence = ALSO_PINYIN_CONFIDENCE
            evidence = (*evidence, f"the pinyin of the Chinese {entry.hanzi}: for review")
        if (
            entry.origin == "ru"
            and all(s in PRESS for s in systems)
            and (used := english(found.text)) >= NAME_OF_ITS_OWN
        ):
            confidence = min(confidence, PRESS_NAME_CONFIDENCE)
            evidence = (
                *evidence,
                f"English text uses {found.text!r} (Zipf {used:.1f}): a name of that language's "
                "own (Polanski, Polański), for review",
            )
        if entry.kind == "place" and systems == ["other"]:  # Dalny, Fengtian: another name
            confidence = min(confidence, PRESS_NAME_CONFIDENCE)
            evidence = (
                *evidence,
                "another name of the place (a former or a foreign one): the "
                "author may mean it, for review",
            )
        if entry.origin == "zh" and entry.kind == "person" and systems == ["familiar"]:
            confidence = min(confidence, PRESS_NAME_CONFIDENCE)  # Wellington Koo, H. H. Kung
            evidence = (*evidence, "the English name its bearer went by: for review")
        named = entry.origin == "zh" and in_english_name(
            text, found.start, found.end, before=entry.kind == "place"
        )
        if named and any(s.split(":")[0] in ("postal", "other", "familiar") for s in systems):
            confidence = IN_NAME_CONFIDENCE
            evidence = (
                *evidence,
                f"part of an English proper name ({named}): an institution's, a title's or a "
                "treaty's own spelling may stand: for review",
            )
        key = ("ru", entry.cyrillic.lower()) if entry.origin == "ru" else ("name", fix, "")
        start, written = found.start, found.text
        given = _given_before(text, start, spelling.system) if entry.origin == "ru" else None
        if given is not None:  # Sergej Kuznecov: the phrase fixed whole, Sergei Kuznetsov
            from ..api import romanize

            start, cyrillic, english_form = given
            system, options = style.system_for("ru", scope)
            fix = f"{romanize(cyrillic, lang='ru', system=system, **options)} {fix}"
            written = text[start : found.end]
            if english_form:
                confidence = min(confidence, ENGLISH_GIVEN_CONFIDENCE)
                evidence = (
                    *evidence,
                    f"{text[start : found.start].strip()!r} is the English form of {cyrillic}: "
                    "the house may keep it, for review",
                )
        out.append(
            NameHit(start, found.end, written, rule, fix, confidence, evidence, systems[0], key)
        )
    if other:  # Ye Gongchao: pinyin no list has, where the house writes otherwise
        out += hz.pinyin_name_hits(text, style, scope_at, out)
    return out


def _given_before(text: str, start: int, system: str) -> tuple[int, str, bool] | None:
    """The given name right before a Soviet surname the gazetteer found in ``system``, where
    that system writes a Russian given name so and the word alone reads as none (Sergej before
    Kuznecov: ISO 9 without a diacritic, which alone could be a Slovak's name), or it is the
    name's English form (Alexander before Panyushkin): its start, its Cyrillic and whether it
    is the English form; None otherwise."""
    m = _GIVEN_BEFORE.search(text, max(0, start - 40), start)
    if m is None or read_russian(m.group(1)) is not None:
        return None
    from ..api import reverse, romanize
    from ..names.identity import english_given

    given = m.group(1)
    english = english_given().get(given.lower())
    if english is not None:
        return m.start(1), english, True
    if system not in RU_SYSTEMS:
        return None
    cyrillic = reverse(given, lang="ru", system=system)
    if romanize(cyrillic, lang="ru", system=system) != given or not first_name(cyrillic):
        return None
    return m.start(1), cyrillic, False


def _english_given_before(text: str, start: int, surname: str) -> bool:
    """Whether the English form of the given name the gazetteer gives a Soviet person stands
    before his surname at ``start`` (Alexander before Shelepin, Александр Шелепин)."""
    given = _given_before(text, start, "")
    return given is not None and given[2] and soviet_person(given[1], surname)


_GIVEN_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{2,}) $")


def _read_alone(name: str, house: str, surname: str) -> bool:
    """Whether the Russian judge reads a Soviet full name's words alone, as the check judges
    them one by one: one of them at least, and the surname (or takes it for a surname the house
    writes so: Shepilov) as the gazetteer's ``surname``. A name none of whose words it reads
    without the rest (Vasilij Kuznecov, Nikolaj Fedorenko: ISO 9 with no diacritic, which alone
    could be Slovene or Czech), whose surname it reads only with the rest (Leonid Ilyichev,
    Ильичёв with the press's e for ё) or as another name by the house's system (Pavel Iudin
    under BGN/PCGN: Иудин, not Юдин) is judged whole, as the gazetteer knows it."""
    words = name.split()
    if not any(read_russian(w) is not None for w in words):
        return False
    own = read_russian(words[-1], house)
    if own is not None and house in own.systems:
        plain = {c.replace("ё", "е") for c in own.spellings}
        return surname.lower().replace("ё", "е") in plain
    return read_russian(words[-1]) is not None or house_surname(words[-1], house)


def person_in_hanzi(run: str) -> Entry | None:
    """The Soviet or other foreign person the gazetteer knows by these characters (尤金 Юдин,
    米高扬 Микоян, 多列士 Торез), or None: his name, not the characters' pinyin, is what an
    English text writes for him."""
    found = {s.entry.id: s.entry for s in lookup(run) if s.entry.origin in ("ru", "other")}
    return next(iter(found.values())) if len(found) == 1 else None


def palladius(run: str, style: HouseStyle) -> tuple[str, float, tuple[str, ...]] | None:
    """The run as the house writes it, if it is a Chinese name in Palladius: one the
    gazetteer knows (Чжоу Эньлай), or words that all parse as Palladius syllables and none
    of which the Russian lexicon knows (never Юдин, a Russian surname)."""
    from ..chinese.convert import convert
    from ..chinese.tables import parse, table
    from .recognize import _lexicon_entry

    words = run.split()
    if not words or not all(w[:1].isupper() for w in words):
        return None
    zh_house, _ = style.system_for("zh", "body")
    target = "pinyin" if zh_house == "ala-lc" else zh_house
    found = lookup(run)
    known = [s for s in found if s.system == "palladius"]
    if known:
        entry = known[0].entry
        fix = (
            entry.pinyin
            if target == "pinyin"
            else hz.styled(convert(run, "palladius", target), style, "body")
        )
        return fix, 0.97, (f"gazetteer: {run} is Palladius for {entry.hanzi} ({entry.source})",)
    # the Russian form a reference work gives, no Palladius spelling (Чан Кайши, Лу Синь, whose
    # синь is also a Russian word): the name's, not a Russian text's to romanize
    russian = [s for s in found if s.system == "cyrillic" and s.entry.origin == "zh"]
    if len({s.entry.id for s in russian}) == 1 and russian[0].entry.pinyin:
        entry = russian[0].entry  # the house's own form of it first (an exception it lists)
        fix = _house_form(entry, run, style, "body") or convert(entry.pinyin, "pinyin", target)
        said = f"gazetteer: {run} is the Russian form of {entry.hanzi} ({entry.source})"
        return fix, 0.97, (said,)
    if len(words) < 2 or not all(parse(w, table("palladius")) for w in words):
        return None
    if any(_lexicon_entry(w.lower()) for w in words):
        return None  # a Russian word: Russian, whatever else it could spell
    out = convert(run, "palladius", target)
    if out == run:
        return None
    return out, 0.85, ("every word parses as Palladius syllables", "no word is Russian")
