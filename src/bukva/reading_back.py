"""Reading romanized text back in Cyrillic: the system detected, each word ranked by the
lexicon, the character model and a round trip (:func:`reverse`, :func:`detect_system`)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .calls import _compiled, _segments
from .engine.compile import Compiled
from .engine.deadline import check as deadline_check
from .engine.registry import BukvaError, find
from .engine.result import Notice, Span, Transliteration
from .engine.reverse import Candidate, Reverser, build_reverser, prepare
from .engine.text import nfc
from .languages.cases import breve_lost
from .languages.detect import ALPHABETS


def _reverser(lang: str, system: str, options: dict[str, Any]) -> Reverser:
    spec = find(lang, system)
    if "reverse" not in spec.data["directions"]:
        raise BukvaError(f"{lang}/{system} is not written back to Cyrillic; try iso9 or ala-lc")
    options = dict(options)
    if options.get("ties") == "half-marks":  # both tie forms are read alike
        options.pop("ties")
    return build_reverser(
        _compiled(lang, system, tuple(sorted(options.items()))), ALPHABETS.get(lang)
    )


_MARC_MARKER = re.compile(r"(?<![^\s])[$‡][a-z0-9](?=\s|$)")


@lru_cache(maxsize=4096)
def _ranked_word(rev: Reverser, lang: str, word: str) -> tuple[Candidate, ...]:
    from .languages.charmodel import model_for
    from .languages.lexicon import lexicon_for

    return tuple(rev.candidates(word, lexicon_for(lang), model_for(lang)))


def reverse_candidates(
    word: str, lang: str = "ru", system: str = "ala-lc", **options: Any
) -> list[Candidate]:
    """Every Cyrillic spelling one Latin word can stand for under ``system``, best first."""
    rev = _reverser(lang, system, options)
    return list(_ranked_word(rev, lang, prepare(word)))


def _typed_for(text: str, comp: Compiled) -> str:
    """What a typist writes for a system's marks, as the system writes them: typographic
    apostrophes for its soft-sign prime (Yel’tsin), and no diaeresis where it writes none
    (Mikoïan read by a system without ï)."""
    letters = set("".join(comp.mapping.values()))
    if "ʹ" in letters and "'" not in letters:
        text = re.sub(r"(?<=\w)['’](?=\w)", "ʹ", text)
    elif "'" in letters:
        text = re.sub(r"(?<=\w)’(?=\w)", "'", text)
    if "ï" not in letters and "ï" in text:
        text = text.replace("ï", "i").replace("Ï", "I")
    return text


def _known_reading(word: str, system: str, best_known: bool) -> str | None:
    """The lexicon's word that ``system`` writes as ``word``, in the word's case: a name for
    a capitalised word (Алексей for Aleksei, not the form алексеи), or any word where the
    reverse lattice's best guess is none."""
    from .checker.recognize import _lexicon_entry
    from .names.russian import _russian

    found = _russian(word)
    if found is None or system not in found[1]:
        return None
    entry = _lexicon_entry(found[0])
    if entry is None or (best_known and not (word[:1].isupper() and entry[1])):
        return None
    return _in_case(word, found[0])


def _not_cyrillic(c: str) -> bool:
    """Whether ``c`` is a letter of another script (w, ç, å, ō: what a system left unread)."""
    return c.isalpha() and not "\u0400" <= c <= "\u04ff"


def _latin_in(read: str) -> bool:
    """Whether a reading back left letters no Cyrillic alphabet has (Wojciechowski's w,
    Çelik's ç, Håvard's å)."""
    return any(map(_not_cyrillic, read))


def _name_elsewhere(word: str, read: str) -> str | None:
    """The name another system reads a capitalised word as, where the detected system reads
    it as no word or leaves Latin letters (Yurchenko, Ostrovsky in a list of names written in
    several systems), or None."""
    from .checker.recognize import _lexicon_entry
    from .names.russian import _russian, misspelt

    if not word[:1].isupper():
        return None
    latin_left = _latin_in(read)
    if not latin_left and _lexicon_entry(read.lower()) is not None and not misspelt(read):
        return None
    found = _russian(word)
    if found is None:
        return None
    entry = _lexicon_entry(found[0])
    if latin_left or (entry is not None and entry[1]):
        return _in_case(word, found[0])
    return None


def _frequent(word: str, read: str, lang: str, notices: list[Notice], start: int, end: int) -> str:
    """``read``, or the name word Russian text uses that a system writes as ``word`` where
    ``read`` is none (Stetsenko: Стеценко, not Стэценко; see ``names.frequent``), said in a
    notice."""
    from .names.frequent import frequent_name

    if lang != "ru" or _latin_in(read):
        return read
    found = frequent_name(word, read)
    if not found:
        return read
    named = _in_case(word, found)
    notices.append(
        Notice(
            "name-word",
            f"{word!r} read as {named!r}, a name Russian text uses ({read!r} is none)",
            start,
            end,
        )
    )
    return named


def _by_sound(
    word: str, read: str, guessed: bool, notices: list[Notice], start: int, end: int
) -> str:
    """A capitalised word no system reads as Russian (it leaves Latin letters, or no word of
    the text is Russian in any system) as the name it sounds as (Dwight Дуайт), or a Japanese
    name's as Polivanov's system writes it (Suzuki Судзуки), a German one's by the practical
    transcription of German (Schäfer Шефер), said in a notice; else ``read`` as it is."""
    from .names.heard import english_name, heard_name, transcribed_name

    latin_left = _latin_in(read)
    if not word[:1].isupper():
        return read
    written = transcribed_name(word, "" if latin_left else read)
    if written is not None:
        kind, how, found = written
        heard = _in_case(word, found)
        notices.append(Notice(kind, f"{word!r} is read as {how}: {heard!r}", start, end))
        return heard
    if latin_left or guessed:
        found = heard_name(word)
        why = "no system reads it as Russian"
    else:  # Coleman: Цолеман is no word, Коулмэн a name
        found = english_name(word, read)
        why = "its English pronunciation; no system reads it as a Russian word"
    if found is None:
        return read
    heard = _in_case(word, found)
    notices.append(
        Notice(
            "name-by-sound",
            f"{word!r} is read by its sound as {heard!r}, a name Wikidata's persons bear in"
            f" Russian ({why})",
            start,
            end,
        )
    )
    return heard


def _latin_left(
    word: str, read: str, lang: str, notices: list[Notice], start: int, end: int
) -> str:
    """A capitalised word the system read leaves Latin letters in (Wojciechowski: w is no
    letter of ALA-LC's) as the first of the systems that write such names reads it wholly in
    Cyrillic (Polish, German, Czech, French), said in a notice; else ``read``."""
    if not word[:1].isupper() or not _latin_in(read):
        return read
    found = other_system_reading(word, lang)
    if found is None:
        return _any_table(word, read, notices, start, end)
    other, system = found
    notices.append(Notice("other-system", f"{word!r} read as {system}: {other!r}", start, end))
    return other


def _any_table(word: str, read: str, notices: list[Notice], start: int, end: int) -> str:
    """A name still read with letters Russian lacks (Xavier, Samarqandī) as the practical
    transcription tables write it (see ``any_written``), said in a notice as a guess; else
    ``read``."""
    from .names.practical import any_written

    found = any_written(word)
    if found is None:
        return read
    table, form = found
    heard = _in_case(word, form)
    notices.append(
        Notice(
            "reverse-guess",
            f"{word!r} has no letters that tell its language; read by "
            f"{table.how.split(' by ', 1)[1]}, the likeliest of the tables: {heard!r}",
            start,
            end,
        )
    )
    return heard


def other_system_reading(word: str, lang: str = "ru") -> tuple[str, str] | None:
    """A capitalised word as the first of the systems that write such names (Polish, German,
    Czech, French) reads it wholly in Cyrillic (Wojciechowski: Войцеховский), and that system;
    None where none does."""
    for system in _SKI_SYSTEMS:
        rev = _reverser(lang, system, {})
        other = _ranked_word(rev, lang, prepare(word))[0].text
        if not _latin_in(other):
            return _surname_ending(word, other, lang), system
    return None


_SKI_SYSTEMS = ("polish", "german", "czech", "french")  # -ский written -ski (Dostojewski)


def _surname_ending(word: str, read: str, lang: str) -> str:
    """A capitalised word read as ending in -ски or -цки, no word of the lexicon, as the name in
    -ский, -цкий: one German, Polish, Czech or French writes so (Kurowski, Chmielecki, Branicki:
    Куровский, Хмелецкий, Браницкий), or a Slavic name's own -ski, which Russian writes -ский
    (Crvenkovski; 44 of the 45 -ski surnames of Wikidata's development half); no Russian name
    ends in -ски (по-русски is an adverb)."""
    from .names.russian import skii

    fuller = skii(read) if lang == "ru" and word[:1].isupper() else None
    if fuller is None:
        return read
    if word.lower().endswith(("ski", "cki", "zki")):
        return fuller  # a Slavic name's own -ski (Crvenkovski, Zamoyski): -ский in Russian
    for system in _SKI_SYSTEMS:
        if _compiled("ru", system, ()).forward(fuller).lower() == word.lower():
            return fuller
    return read


def _ukrainian(
    word: str, lang: str, notices: list[Notice], start: int, end: int, beside: frozenset[int]
) -> str | None:
    """A Ukrainian name in a Ukrainian romanization (Hrushevskyi; see ``names.ukrainian``) in
    Russian letters (lang ru: Грушевский) or in Ukrainian (lang uk), said in a notice;
    ``beside``: where the words of a name with such a word begin (Mykola Skrypnyk)."""
    from .names.ukrainian import read_back

    found = read_back(word, lang, start in beside)
    if found is None:
        return None
    if found[1]:
        notices.append(Notice("ukrainian", found[1], start, end))
    return _in_case(word, found[0])


def _in_case(word: str, cyr: str) -> str:
    """``cyr`` in the case of ``word``: all capitals, a capital first, or as it is."""
    if word.isupper():
        return cyr.upper()
    return cyr[:1].upper() + cyr[1:] if word[:1].isupper() else cyr


def _yo_reading(word: str) -> str | None:
    """The name a reading with о after ж, ч, ш, щ is when that о is ё (Хрущов → Хрущёв), in
    the word's case; None when it is no name of the lexicon."""
    from .checker.recognize import yo_name

    found = yo_name(word.lower())
    return None if found is None else _in_case(word, found[0])


def detect_system(text: str, lang: str = "ru") -> tuple[str, dict[str, float]]:
    """The system romanized ``text`` is most likely written in (for reading it back), and the
    weight of each system that reads its words: each word counts for the systems that write a
    Russian word exactly so (surnames most). ALA-LC wins a tie, the book form where the text
    writes the soft sign as a typed apostrophe (ALA-LC's own is the prime ʹ)."""
    from .names.russian import _russian
    from .names.ukrainian import ukrainian_name

    words = re.findall(r"[^\W\d_][\w'’ʹʺ\u0300-\u036f\ufe20-\ufe2f]*", text)[:200]
    if re.search("[\u0361\ufe20\ufe21ʺ]|[ĭ]", text):
        return "ala-lc", {"ala-lc": 1.0}  # ties, the hard sign's prime, ĭ: LC's catalog form
    weights: dict[str, float] = {}
    for word in words:
        if lang != "ru" or len(word) < 3:
            continue
        read = _russian(word)
        if read is None or ukrainian_name(word, read[:2]) is not None:
            continue  # Hrushevskyi: a Ukrainian system's, no Russian one's evidence
        for sys_id, w in read[1].items():
            weights[sys_id] = weights.get(sys_id, 0.0) + w
    if not weights:
        return "ala-lc", {}
    best = max(weights.values())
    tied = [s for s, w in weights.items() if w == best]
    if "ala-lc-book" in tied and re.search(r"(?<=[^\W\d_])'", text):
        return "ala-lc-book", weights  # a typed apostrophe is the book form's sign (Igor')
    return ("ala-lc" if "ala-lc" in tied else tied[0]), weights


SOVIET_NAMES = True  # a Soviet name the gazetteer spells so is its Russian form (benchmarks
# turn this off to measure the reading alone)


def _reverse_detailed(text: str, lang: str, system: str | None, options: dict[str, Any]):
    from .names.russian import misspelt

    detected: list[Notice] = []
    if system in (None, "auto"):
        system, weights = detect_system(prepare(text), lang)
        if weights:
            others = [s for s in weights if s != system]
            detected.append(
                Notice(
                    "system-detected",
                    f"read as {system} (the system most of its words are written in"
                    + (f"; also: {', '.join(others)})" if others else ")"),
                )
            )
        else:
            said = (  # only Russian's systems are told apart by the words' readings
                "no word read as Russian in any system"
                if lang == "ru"
                else f"the system is told from the words' readings for Russian only ({lang})"
            )
            said += "; read as ala-lc"
            if lang == "uk":  # a capitalised word Ukrainian's dictionary has: names.ukrainian
                said += ", a name Ukrainian's dictionary has as that name (Kyiv Київ)"
            detected.append(Notice("system-guessed", said))
    rev = _reverser(lang, system, options)
    text = prepare(text)
    # no system given: a name the gazetteer knows is written as Russian writes it
    chinese: dict[int, tuple[int, str, str]] = {}
    if detected and lang == "ru":  # the gazetteer's names as Russian writes them
        from .chinese.syllables import untoned
        from .names.chinese_names import chinese_names, gazetteer_names

        text = untoned(text)  # pinyin with tone marks is pinyin (Máo Zédōng): letter for letter

        chinese = gazetteer_names(text, SOVIET_NAMES)
        # Liu Xiao: Лю Сяо, as Russian writes a Chinese name the gazetteer lacks
        taken = {k for s, (e, _, _) in chinese.items() for k in range(s, e)}
        chinese |= chinese_names(text, taken)
    elif detected and lang == "uk":  # Ivano-Frankivsk read whole: Івано-Франківськ
        from .names.ukrainian import ukrainian_compounds

        chinese = ukrainian_compounds(text)
    guessed = bool(detected) and detected[0].code == "system-guessed"
    text = _typed_for(text, rev.compiled)  # letter for letter: the offsets stay
    markers = {m.start() + 1 for m in _MARC_MARKER.finditer(text)}
    from .names.ukrainian import beside_ukrainian as _beside_ukrainian

    beside = _beside_ukrainian(text) if detected and lang == "ru" else frozenset()
    spans: list[Span] = []
    notices: list[Notice] = []
    out: list[str] = []
    at = 0
    taken = 0  # where the last Chinese name ends
    segments = list(_segments(text, rev.word_re))
    bounds = {k for start, end, _ in segments for k in (start, end)}
    # a name found must begin and end where the words do, lest a word's rest be lost
    chinese = {k: v for k, v in chinese.items() if k in bounds and v[0] in bounds}
    for start, end, is_word in segments:
        if start < taken:
            continue
        piece = text[start:end]
        alternatives: tuple[str, ...] = ()
        deadline_check()
        if start in chinese:
            taken, result, why = chinese[start]
            piece = text[start:taken]
            if lang == "ru":  # (lang uk: a Ukrainian word read by the dictionary, unsaid)
                code = "gazetteer" if why.endswith("gazetteer") else "chinese-name"
                notices.append(Notice(code, f"{piece!r} is {why}: {result}", start, taken))
            out.append(result)
            spans.append(Span(start, taken, at, at + len(result), "word", ()))
            at += len(result)
            continue
        if not is_word or start in markers:
            result = piece
        elif rev.exact:
            result = rev.exact_word(piece)
            uk = _ukrainian(piece, lang, notices, start, end, beside) if detected else None
            # no system given: Pidhornyi read by ALA-LC, its ĭ without the breve (Підгорний);
            # a system named reads letter for letter, Підгорниі
            mended = breve_lost(result, lang) if detected and piece[-1:] in "iI" else None
            mended = None if uk is not None else mended
            if mended is not None:
                notices.append(
                    Notice(
                        "breve-lost",
                        f"{piece!r} read as {mended!r}: its last i is ĭ (й), the breve lost",
                        start,
                        end,
                    )
                )
                result = mended
            if uk is not None:  # Hrushevskyi: Грушевский, not Хрусхевскый
                result = uk
            elif detected and lang == "ru":  # no system given: Khrushchov is Хрущёв, whatever
                # reads it exactly; Romanoff, read exactly as no word, is the name an older
                # spelling stands for
                result = _yo_reading(result) or _name_elsewhere(piece, result) or result
                result = _surname_ending(piece, result, lang)
                # a foreign name: Dwight Дуайт
                read = result
                result = _by_sound(piece, result, guessed, notices, start, end)
                result = _latin_left(piece, result, lang, notices, start, end)
                if result is read:
                    result = _frequent(piece, result, lang, notices, start, end)
        else:
            ranked = _ranked_word(rev, lang, piece)
            result = ranked[0].text
            alternatives = tuple(c.text for c in ranked[1:6])
            uk = _ukrainian(piece, lang, notices, start, end, beside) if detected else None
            read = result
            if uk is not None:  # Mykola: Микола, not Мыкола
                result = uk
            elif detected and lang == "ru":  # the system was detected: read the word as the
                result = _known_reading(piece, system, ranked[0].known) or result  # detection did
                if not ranked[0].known or misspelt(result):  # Khrushchov: ё after ж, ч, ш, щ
                    # written o; a name another system reads (Mikhailovich in BGN text)
                    result = _yo_reading(result) or _name_elsewhere(piece, result) or result
                result = read = _surname_ending(piece, result, lang)
                result = _by_sound(piece, result, guessed, notices, start, end)
                result = _latin_left(piece, result, lang, notices, start, end)
                if result is read:
                    result = _frequent(piece, result, lang, notices, start, end)
            if uk is None and result is read and not ranked[0].known and not ranked[0].round_trip:
                notices.append(
                    Notice(
                        "reverse-guess",
                        f"{piece!r} read as {result!r} without a "
                        "dictionary or a round trip to confirm it",
                        start,
                        end,
                    )
                )
        kind = "word" if result != piece else "text"
        out.append(result)
        spans.append(Span(start, end, at, at + len(result), kind, alternatives))
        at += len(result)
        if is_word and rev.exact and result != piece:
            left = [c for c in result if _not_cyrillic(c)]
            if left:
                notices.append(
                    Notice(
                        "unknown-letter",
                        f"{''.join(left)!r} in {piece!r} has no Cyrillic value in {system}",
                        start,
                        end,
                    )
                )
    if guessed and lang == "ru" and any(n.code == "ukrainian" for n in notices):  # Mykola
        detected[0] = Notice(
            "system-detected",
            "read as Ukrainian names in the Ukrainian national system (2010); no word read as "
            "Russian in any Russian system",
        )
    return Transliteration(
        text,
        nfc("".join(out)),
        lang,
        system,
        "reverse",
        dict(rev.compiled.options),
        tuple(spans),
        tuple(detected + notices),
    )


def reverse(text: str, lang: str = "ru", system: str | None = "auto", **options: Any) -> str:
    """Write romanized ``text`` back in Cyrillic.

    ``system="auto"`` (the default) reads it by the system most of its words are written in
    (:func:`detect_system`: Yudin by BGN, Judin by the Czech press form), ALA-LC on a tie.
    Exact for reversible systems (``ala-lc``, ``iso9``, ``gost-7.79-b``); for the others each word
    becomes its likeliest spelling (see :func:`reverse_candidates` for the rest).
    """
    return _reverse_detailed(text, lang, system, options).text
