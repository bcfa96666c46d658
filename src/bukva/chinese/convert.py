"""Convert romanized Chinese inside running text from one system to another.

``Mao Tse-tung met Chou En-lai in Pei-ching`` (Wade-Giles) → ``Mao Zedong met Zhou Enlai in
Beijing``; ``Лю Шаоци`` (Palladius) → ``Liu Shaoqi``. Only what reads as Chinese names is
converted: hyphenated syllable groups, and capitalised words that are syllables of the source
system standing beside such a group or being a common surname. English (or Russian) words are
left alone.
"""

from __future__ import annotations

import re
from functools import cache

from ..engine.deadline import check as deadline_check
from ..engine.registry import BukvaError
from ..engine.text import keep_gaps, nfc, word_gap
from .own_words import (
    OWN_WORD,
    common_word_test,
    foreign_in_russian,
    romanized,
    russian_text_keeps,
)
from .running_text import after_foreign_surname, cyrillic, script_runs, tokens
from .source_system import detect_source
from .syllables import hard_signed, join, untoned
from .tables import (
    _APOSTROPHES,
    SyllableTable,
    parse,
    parse_declined,
    parse_exact,
    pinyin_as_written,
    table,
)

# Capitalised English words that are also Wade-Giles or pinyin syllables; converted only
# when they stand next to a hyphenated name.
_ENGLISH = frozenset(
    "a i an as at be he ho in is it me no on so to we ye yo am pa ma men man pan pen tin ten tan "
    "sun sung hung lung chin shin ping pin mien lo la li lee may cha chai".split()
)
# those of them English capitalises in a title or a sentence after a name (With Mao In Peking):
# never read as a given name after a surname; the others are (Wan Li, Chang Ho)
_FUNCTION_WORDS = frozenset("a i an as at be he in is it me no on so to we ye yo am may".split())


# given names as initials before a surname (H. H. Kung, T. V. Soong): the person's own
# spelling, in the Western order
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.\s*){1,3}$")
_INITIALS_REACH = 40  # how far back they are looked for: three initials and their spaces


def _write(syllables: list[str], target: str, tab: SyllableTable, capital: bool) -> str:
    if target in ("pinyin", "ala-lc"):
        word = join(syllables)
    else:
        spelled = [tab.from_pinyin.get(s, s) for s in syllables]
        if tab.hard_sign:  # Palladius: Лу Динъи, Чанъань
            word = hard_signed(spelled)
        else:
            word = "".join(spelled) if tab.joined else "-".join(spelled)
    return word[:1].upper() + word[1:] if capital else word


def respell(word: str, source: str, target: str) -> str | None:
    """One word read in ``source`` and written in ``target``, whatever stands around it (a
    phrase already known to be Chinese: lishi → li-shih), capitalized as written; None where
    ``source`` cannot read it."""
    syllables = parse(word, table(source))
    if not syllables:
        return None
    return _write(list(syllables), target, table(target), word[:1].isupper())


# a place's generic as the last syllable of a hyphenated name of three or more (Shen-yang-hsien,
# Tan-tung-shih, Hu-shan-chen): county, city, town
_GENERICS = frozenset(("xian", "shi", "zhen"))


def _generic(syllables: list[str], target: str) -> str:
    """The generic written apart and capitalized, or ''."""
    if target == "pinyin" and len(syllables) >= 3 and syllables[-1] in _GENERICS:
        return " " + syllables[-1].capitalize()
    return ""


def _pair(word: str, syllables: list[str], target: str) -> bool:
    """Two one-syllable abbreviations, each capitalized, hyphenated (Chung-Su, Kuo-Kung: China
    and the Soviet Union, the two parties): pinyin keeps the hyphen and both capitals
    (Zhong-Su, Guo-Gong, as gbt.py writes 中苏 by GB/T 16159-2012 6.3.3). A personal name's
    second part is small (Tse-tung); one capitalized after its surname is left to its rules."""
    parts = word.split("-")
    return (
        target == "pinyin"
        and len(parts) == len(syllables) == 2
        and all(p[:1].isupper() for p in parts)
    )


def spells_tones(system: str) -> bool:
    """Whether ``system`` spells each syllable's tone in its letters (Gwoyeu Romatzyh: ba, bar,
    baa, bah): its table has a key per tone (``ba2``)."""
    if system in ("pinyin", "ala-lc"):
        return False
    from . import _system

    return any(key[-1:].isdigit() for key in _system(system, ()).mapping)


def convert(text: str, source: str, target: str, strict: bool = False) -> str:
    """Rewrite the romanized Chinese names in ``text`` from ``source`` (or ``auto``) to
    ``target``. Names the gazetteer knows are converted through it first (Peking, Canton,
    Mukden, Chu Teh, Mao Tszedun: postal, familiar and older forms too); the rest syllable by
    syllable.

    ``strict``: convert only hyphenated groups and the surname before them, never a word on its
    own (what a checker wants, where English text is full of Chang and Ho)."""
    return convert_detailed(text, source, target, strict)[0]


def convert_detailed(
    text: str, source: str, target: str, strict: bool = False
) -> tuple[str, list[dict[str, str]]]:
    """:func:`convert`, with each change the gazetteer made: from, to, system and source."""
    detected = source == "auto"  # the gazetteer's exonyms count too (Kanton, Czech and German)
    if source == "auto":
        runs = script_runs(nfc(text))
        if len(runs) > 1:  # Cyrillic and Latin: each run by its own system (an English book
            latin = " ".join(r for r, cyr in runs if not cyr)  # quoting a Russian source)
            found = detect_source(latin, target)
            out, changes = [], []
            for run, cyr in runs:
                written, made = convert_detailed(run, "palladius" if cyr else found, target, strict)
                out.append(written)
                changes += made
            return "".join(out), changes
        source = detect_source(untoned(nfc(text)), target)
    text = nfc(text)
    if source == "pinyin" and target != "pinyin":  # Máo Zédōng: toneless in another system
        text = untoned(text)
    if target not in ("pinyin", "ala-lc") or strict:
        return _convert(text, source, target, strict), []
    parts, changes = _through_gazetteer(text, source, detected)
    if source == "wade-giles":  # postal forms: Tsingtao, Siangyang-hsien, Chengtu
        from .postal import through_places

        parts, changes = through_places(parts, changes)
    # the gazetteer's pinyin is final; only the text between its names is read by syllables,
    # and text already in the system asked for stays as written (Hunan, not Hun'an)
    out = [
        _convert(p, source, target) if k % 2 == 0 and source != target else p
        for k, p in enumerate(parts)
    ]
    return "".join(out), changes


def _through_gazetteer(
    text: str, source: str, detected: bool = False
) -> tuple[list[str], list[dict[str, str]]]:
    """The text cut at the names the gazetteer converts: [text, name, text, name, ..., text],
    the names already in pinyin; and each change with its source. ``detected``: the source
    system was detected, and other languages' names for places count too (Kanton)."""
    from ..names.gazetteer import continued, find

    out: list[str] = []
    changes: list[dict[str, str]] = []
    at = 0
    declines = table(source).declines
    wanted = {source, "postal", "familiar", "other"}
    if source == "palladius":  # the names Russian has for them: Пекин, Порт-Артур, Чан Кайши
        wanted.add("cyrillic")
    if source == "palladius" or detected:  # and Palladius romanized by a Russian system, as
        wanted.add("palladius-latin")  # a catalog of Russian books writes it (Mao Tszedun),
        from ..names.russian import RU_SYSTEMS  # and the Russian name of a Chinese place so

        wanted.update(RU_SYSTEMS)  # romanized (Kharbin, Pekin, Port-Artur)
    if source == "czech" or detected:  # and Czech's: Kanton, Šanghaj, Čankajšek
        wanted.add("exonym")
    if source == "wade-giles" or detected:  # and Wade-Giles as the German press respelled it
        wanted.add("german-press")  # (Tschou En-lai, Liu Schao-tschi: the GDR's archives)
    for found in find(text, declines=declines):
        if len(found.text.split()) == 1 and continued(text, found.end, declines):
            continue  # Дальний Восток: the Far East, not Dalny
        spellings = [s for s in found.spellings if s.entry.origin == "zh"]
        if not spellings:  # a Soviet or another foreign name (Микоян, Чита): never syllables
            out += [text[at : found.start], found.text]
            at = found.end
            continue
        own = [s for s in spellings if s.system != "other"]
        if len({s.entry.pinyin for s in spellings}) > 1 and len({s.entry.pinyin for s in own}) == 1:
            spellings = own  # Peiping: 北平's own postal form, only another name of 北京
        entries = {s.entry.id: s.entry for s in spellings}
        systems = {s.system.split(":")[0] for s in spellings}
        pinyins = {e.pinyin for e in entries.values()}
        if found.text in pinyins:  # a name already in pinyin (Taiyuan, Liaoning; Chen Yi and
            out += [text[at : found.start], found.text]  # Kang Sheng, alike in both): kept
            at = found.end
            continue
        # one name, though the period's list and CC-CEDICT may both have it (陈伯达)
        if len(pinyins) != 1 or not systems & wanted or "pinyin" in systems:
            continue
        entry = entries[min(entries)]  # the period's list's entry before CC-CEDICT's
        if not entry.pinyin or (systems == {"familiar"} and not romanized(found.text, entry)):
            continue
        if systems & wanted == {"palladius-latin"} and pinyin_as_written(found.text):
            continue  # Gao Gan: pinyin as well (高淦), not only Гао Ган romanized
        out += [text[at : found.start], keep_gaps(found.text, entry.pinyin)]  # Lin / Biao
        at = found.end
        system = min(systems & wanted, key=lambda s: (s == "exonym", s))  # Peking: postal
        changes.append(
            {"from": found.text, "to": entry.pinyin, "system": system, "source": entry.source}
        )
    out.append(text[at:])
    return out, changes


def _convert(text: str, source: str, target: str, strict: bool = False) -> str:
    src, dst = table(source), table(target)
    if spells_tones(target):
        raise BukvaError(
            f"{target} spells each syllable's tone, and romanized text without tones does not "
            "say it; romanize the Chinese characters instead (bukva romanize --system "
            f"{target})"
        )
    common_word = common_word_test(source)
    surnames = surname_syllables()
    matches = tokens(nfc(text), src)
    text = nfc(text)
    read = {w: parse_declined(w, src) for w in {m.group() for m in matches}}  # each word once
    parsed = [read[m.group()] for m in matches]
    if src.declines == "ru":  # Танака Какуэй, Сианука: another language's names, whole
        parsed = [
            None if foreign_in_russian(m.group()) else p
            for m, p in zip(matches, parsed, strict=True)
        ]
    out = []
    at = 0
    converted_at = -2
    for k, m in enumerate(matches):
        deadline_check()
        word, syllables = m.group(), parsed[k]
        if syllables is None:
            continue
        goes_on = not word[:1].isupper() and _goes_on_phrase(
            text, matches, k, converted_at, common_word
        )
        if not word[:1].isupper() and "-" not in word and not goes_on:
            continue
        hyphenated = "-" in word or (src.joined and len(syllables) > 1)
        nxt = parsed[k + 1] if k + 1 < len(matches) else None
        nxt_word = matches[k + 1].group() if k + 1 < len(matches) else ""
        adjacent = k + 1 < len(matches) and word_gap(text[m.end() : matches[k + 1].start()])
        beside_name = (
            adjacent
            and nxt is not None
            and ("-" in nxt_word or (src.joined and len(nxt) > 1 and nxt_word[:1].isupper()))
        )
        # a surname before a name this system cannot read (Chiang Kai-shek, Сунь Ятсен) is
        # left as it is
        # (Chen Bin read as Wade-Giles, where Bin is none: Zhen Bin would be half a name)
        beside_foreign = (
            adjacent
            and nxt is None
            and (
                "-" in nxt_word or (nxt_word[:1].isupper() and cyrillic(nxt_word) == cyrillic(word))
            )
        )
        single = len(syllables) == 1
        if "-" in word and after_foreign_surname(text, matches, parsed, k, common_word):
            continue  # Tschou En-lai, Liou Chao-chi: another system's name, whole or not at all
        after_surname = (
            k > 0
            and converted_at == k - 1
            and word_gap(text[matches[k - 1].end() : m.start()])
            and word[:1].isupper()
            and (
                word.lower() not in _FUNCTION_WORDS
                or (word == "I" and "'" in matches[k - 1].group().translate(_APOSTROPHES))
            )
        )  # Lin Piao, Chu Te, Чжу Дэ, Ch'en I: a one-syllable given name after its surname
        if "-" not in word and not (after_surname or beside_name):
            # a surname that is also a word of the text's language before a given name that
            # is none (Ли Ле: Li Lie; И На stays)
            pair = (
                source in OWN_WORD
                and adjacent
                and nxt is not None
                and len(nxt) == 1
                and nxt_word[:1].isupper()
                and syllables[0] in surnames
                and not common_word(nxt_word)
            )
            if common_word(word) and not pair:
                continue  # See, For, China: English, whatever syllables they also spell
            if src.declines == "cs" and parse_exact(word, src) is None:
                continue  # Panu, Menu: a Czech case read alone is rather a Czech word
        unread_next = adjacent and nxt is None and nxt_word[:1].isupper() and cyrillic(nxt_word)
        readable_next = adjacent and nxt is not None and nxt_word[:1].isupper()
        # a surname that is also a Russian word (Ха, ha: 哈) before a given name of one
        # syllable no Russian word is (Ха Чэн): a name, converted whole
        surname_pair = (
            readable_next
            and single
            and syllables[0] in surnames
            and nxt is not None
            and len(nxt) == 1
            and not common_word(nxt_word)
        )
        named = after_surname or beside_name or surname_pair
        if src.declines == "ru" and russian_text_keeps(
            word, syllables, named, unread_next, after_surname, readable_next
        ):
            continue  # Ханой, Макао, Эйко, Сато Эйсаку: Russian's own words and names
        if (
            single
            and not hyphenated
            and _INITIALS_BEFORE.search(text, max(0, m.start() - _INITIALS_REACH), m.start())
        ):
            continue  # H. H. Kung, T. V. Soong: a name in its own Western order and spelling
        if single and not hyphenated and not after_surname and not goes_on:
            english = word.lower() in _ENGLISH
            # a surname English also writes before a given name of one syllable (Li Ming)
            named = (
                not strict
                and adjacent
                and nxt is not None
                and len(nxt) == 1
                and nxt_word[:1].isupper()
                and word.lower() not in _FUNCTION_WORDS
                and nxt_word.lower() not in _FUNCTION_WORDS
                and syllables[0] in surnames
            )
            alone = not beside_name and not named
            alone = alone and (strict or syllables[0] not in surnames or english)
            if beside_foreign or alone:
                continue
        converted_at = k
        out.append(text[at : m.start()])
        # Shen-yang-hsien → Shenyang Xian: a place's generic apart (GB/T 6.3.2); a place's
        # name is capitalized (yen-chiu-shih, "research office", is yanjiushi)
        generic = _generic(syllables, target) if "-" in word and word[:1].isupper() else ""
        if generic:
            syllables = syllables[:-1]
        if _pair(word, syllables, target) and not after_surname:
            written = "-".join(s.capitalize() for s in syllables)  # Chung-Su → Zhong-Su
        else:
            written = _write(syllables, target, dst, word[:1].isupper()) + generic
        out.append(word if written.lower() == word.lower() else written)  # NaN stays NaN
        at = m.end()
    out.append(text[at:])
    return "".join(out)


def _goes_on_phrase(text: str, matches: list, k: int, converted_at: int, common_word) -> bool:
    """Whether a lower-case word of one syllable goes on the phrase the word before it began,
    which was converted (Chieh-fang chün → Jiefang jun): right after it, and no word of the
    text's language (jieh-fang army stays)."""
    word = matches[k].group()
    return (
        k > 0
        and converted_at == k - 1
        and word_gap(text[matches[k - 1].end() : matches[k].start()])
        and not common_word(word)
    )


@cache
def surname_syllables() -> frozenset[str]:
    """The toneless syllables of the common surnames: each character's first reading and its
    reading as a surname (曾 ceng and zeng: Tseng Shan is Zeng Shan)."""
    from .lexicons import names
    from .syllables import toneless

    data = names()
    common, readings = data["common_surnames"], data["surnames"]
    out = {s for s in map(_syllables_of, common) if s}
    return frozenset(out | {toneless(readings[c]) for c in common & readings.keys()})


@cache
def _syllables_of(char: str) -> str | None:
    from .readings import _heteronyms, normalize
    from .syllables import toneless

    readings = _heteronyms().get(ord(char))
    return toneless(normalize(readings[0])) if readings else None
