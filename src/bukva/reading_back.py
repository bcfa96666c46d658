"""Reading romanized text back in Cyrillic: the system detected, each word ranked by the
lexicon, the character model and a round trip (:func:`reverse`, :func:`detect_system`)."""

from __future__ import annotations

import re
from typing import Any

from .calls import _segments
from .engine.compile import Compiled
from .engine.deadline import check as deadline_check
from .engine.result import Notice, Span, Transliteration
from .engine.reverse import Candidate, prepare
from .engine.text import nfc
from .languages.cases import breve_lost
from .name_steps import (
    _by_sound,
    _frequent,
    _known_reading,
    _latin_left,
    _name_elsewhere,
    _not_cyrillic,
    _ranked_word,
    _reverser,
    _surname_ending,
    _ukrainian,
    _with_yo,
    _yo_reading,
)

_MARC_MARKER = re.compile(r"(?<![^\s])[$‡][a-z0-9](?=\s|$)")


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
    from .names.ukrainian import beside_ukrainian, ukrainian_compounds

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
    # names read whole, by start: (end, reading, why): the gazetteer's, Chinese names (lang ru),
    # hyphenated Ukrainian names (lang uk)
    whole: dict[int, tuple[int, str, str]] = {}
    if detected and lang == "ru":  # the gazetteer's names as Russian writes them
        from .chinese.syllables import untoned
        from .names.chinese_names import chinese_names, gazetteer_names

        text = untoned(text)  # pinyin with tone marks is pinyin (Máo Zédōng): letter for letter

        whole = gazetteer_names(text, SOVIET_NAMES)
        # Liu Xiao: Лю Сяо, as Russian writes a Chinese name the gazetteer lacks
        taken = {k for s, (e, _, _) in whole.items() for k in range(s, e)}
        whole |= chinese_names(text, taken)
    elif detected and lang == "uk":  # Ivano-Frankivsk read whole: Івано-Франківськ
        whole = ukrainian_compounds(text)
    guessed = bool(detected) and detected[0].code == "system-guessed"
    marks_yo = bool(re.search("[ëËёЁ]", text))  # a text that marks ё means е by a plain e
    text = _typed_for(text, rev.compiled)  # letter for letter: the offsets stay
    markers = {m.start() + 1 for m in _MARC_MARKER.finditer(text)}
    beside = beside_ukrainian(text) if detected and lang == "ru" else frozenset()
    spans: list[Span] = []
    notices: list[Notice] = []
    out: list[str] = []
    at = 0
    taken = 0  # where the last name read whole ends
    segments = list(_segments(text, rev.word_re))
    bounds = {k for start, end, _ in segments for k in (start, end)}
    # a name found must begin and end where the words do, lest a word's rest be lost
    whole = {k: v for k, v in whole.items() if k in bounds and v[0] in bounds}
    for start, end, is_word in segments:
        if start < taken:
            continue
        piece = text[start:end]
        alternatives: tuple[str, ...] = ()
        deadline_check()
        if start in whole:
            taken, result, why = whole[start]
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
                result = result if marks_yo else _with_yo(result)
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
                result = read = result if marks_yo else _with_yo(result)
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
