"""The public calls: romanize, transliterate, reverse, systems."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .engine.compile import Compiled, compile_system, resolve_options
from .engine.deadline import check as deadline_check
from .engine.registry import BukvaError, all_specs, find
from .engine.result import Notice, Span, Transliteration
from .engine.reverse import Candidate, Reverser, build_reverser, prepare
from .engine.text import nfc, repair_lookalikes

AUTO = ("auto", None)
CHINESE = ("zh", "zh-hans", "zh-hant")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def _is_chinese(text: str, lang: str | None) -> bool:
    """``lang`` names Chinese, or is auto and the text has Hanzi and no Cyrillic."""
    if lang in CHINESE:
        return True
    return lang in AUTO and bool(_HAN.search(text)) and not _CYRILLIC.search(text)


@lru_cache(maxsize=256)
def _compiled(lang: str, system: str, options: tuple[tuple[str, Any], ...]) -> Compiled:
    spec = find(lang, system)
    return compile_system(spec, resolve_options(spec, dict(options)))


def compiled(lang: str, system: str, options: dict[str, Any] | None = None) -> Compiled:
    """The compiled form of ``system`` for ``lang`` with ``options`` (cached)."""
    return _compiled(lang, system, tuple(sorted((options or {}).items())))


def _prepare_cyrillic(text: str, lang: str | None) -> tuple[str, str, list[Notice]]:
    """NFC, look-alike repair and the language guess, with a warning for each."""
    text = nfc(text)
    notices: list[Notice] = []
    if _CYRILLIC.search(text):
        text, repairs = repair_lookalikes(text)
        for start, end, word in repairs:
            notices.append(
                Notice(
                    "lookalike-repaired",
                    f"{word!r} mixes Latin and Cyrillic letters; read as {text[start:end]!r}",
                    start,
                    end,
                )
            )
    if lang in AUTO:
        from .languages.detect import detect

        guess = detect(text)
        lang = guess.lang
        if not guess.certain:
            notices.append(
                Notice("language-guessed", f"language guessed as {lang}: {guess.evidence}")
            )
    return text, lang, notices  # type: ignore[return-value]


def romanize(
    text: str,
    lang: str | None = "ru",
    system: str | None = None,
    *,
    style: Any = None,
    scope: str = "body",
    marc_field: str | None = None,
    **options: Any,
) -> str:
    """Romanize ``text`` by ``system`` (see :func:`systems`; ALA-LC by default); Latin text
    passes through.

    ``marc_field`` ("245", "245b", "100a") romanizes the text as that MARC field's partner, by
    the code path ``bukva marc`` uses: capitals by field, numerals, name headings, credits.

    ``lang="auto"`` guesses the language from the script and letters. Options are the system's
    own (``ties="half-marks"`` for ALA-LC, ``signs="drop"`` for the book form, ...). ``style``
    (a ``bukva.toml`` path, its table as a dict, or a HouseStyle) picks the system for the
    language and ``scope`` (body, notes, bibliography) and applies the house's exceptions.
    """
    if marc_field is not None:
        return _romanize_marc_field(text, lang, system, marc_field, style, options)
    if style is not None:
        return transliterate(text, lang, system, style=style, scope=scope, **options).text
    system = system or "ala-lc"
    if _is_chinese(text, lang):
        from .chinese import romanize_chinese

        heading = str(options.get("name_heading", "")).lower() == "true"
        if system == "ala-lc" and (heading or options.get("capitalize") == "first"):
            # a name heading or a title: the catalog's field rules (bukva.catalog)
            rest = {k: v for k, v in options.items() if k not in ("name_heading", "capitalize")}
            return _romanize_marc_field(text, "zh", system, "100" if heading else "245", None, rest)
        return romanize_chinese(text, system=system, **options)
    text, lang, _ = _prepare_cyrillic(text, lang)
    return _compiled(lang, system, tuple(sorted(options.items()))).forward(text)


def _romanize_marc_field(
    text: str, lang: str | None, system: str | None, marc_field: str, style: Any, options: dict
) -> str:
    from .catalog import parse_marc_field, romanize_field

    tag, code = parse_marc_field(marc_field)
    if style is not None:
        from .style.house import as_style

        house = as_style(style)
        assert house is not None
        system, own = house.system_for("zh" if _is_chinese(text, lang) else (lang or "ru"), "body")
        options = {**own, **options}
    if _is_chinese(text, lang):
        lang = "zh"
    elif lang in AUTO:
        text, lang, _ = _prepare_cyrillic(text, lang)
    return romanize_field(text, lang or "ru", system or "ala-lc", tag, code, **options)


# A word: letters (any script) with their marks, joined by apostrophes inside the word.
_WORD = r"(?:[^\W\d_]|[\u0300-\u036f\ufe20-\ufe2f])+"


@lru_cache(maxsize=16)
def _word_re(joiners: str) -> re.Pattern[str]:
    if not joiners:
        return re.compile(_WORD)
    j = "[" + re.escape(joiners) + "]"
    return re.compile(f"{_WORD}(?:{j}{_WORD})*")


def _segments(text: str, pattern: re.Pattern[str]):
    """Yield (start, end, is_word) over the whole text."""
    pos = 0
    for m in pattern.finditer(text):
        if m.start() > pos:
            yield pos, m.start(), False
        yield m.start(), m.end(), True
        pos = m.end()
    if pos < len(text):
        yield pos, len(text), False


def transliterate(
    text: str,
    lang: str | None = "ru",
    system: str | None = None,
    *,
    reverse: bool = False,
    style: Any = None,
    scope: str = "body",
    **options: Any,
) -> Transliteration:
    """Like :func:`romanize` (or :func:`reverse`), with spans and warnings."""
    if style is not None and not reverse:
        from .style.apply import transliterate_styled
        from .style.house import as_style

        return transliterate_styled(text, as_style(style), lang, scope, system, **options)
    if reverse:
        return _reverse_detailed(text, lang if lang not in AUTO else "ru", system, options)
    system = system or "ala-lc"
    if _is_chinese(text, lang) and not reverse:
        from .chinese import transliterate_chinese

        return transliterate_chinese(text, system=system, **options)
    if reverse:
        return _reverse_detailed(text, lang or "ru", system, options)
    text, lang, notices = _prepare_cyrillic(text, lang)
    comp = _compiled(lang, system, tuple(sorted(options.items())))
    spans: list[Span] = []
    out: list[str] = []
    at = 0
    unknown: dict[str, int] = {}
    for start, end, is_word in _segments(text, _word_re(comp.joiners)):
        if not len(out) % 512:
            deadline_check()
        piece = text[start:end]
        romanizes = is_word and any(ord(ch) in comp.table for ch in piece)
        result = comp.forward(piece) if romanizes else piece
        if is_word:
            for ch in piece:
                if _CYRILLIC.match(ch) and ord(ch) not in comp.table and ch not in comp.joiners:
                    unknown.setdefault(ch, start)
        out.append(result)
        spans.append(Span(start, end, at, at + len(result), "word" if romanizes else "text"))
        at += len(result)
    hanzi = _HAN.search(text)
    if hanzi:
        notices.append(
            Notice(
                "hanzi-left",
                f"Chinese characters are left as they are in a {lang} pass; "
                "romanize them with lang='zh' (--lang zh)",
                hanzi.start(),
                hanzi.start() + 1,
            )
        )
    for ch, where in unknown.items():
        notices.append(
            Notice(
                "unknown-letter",
                f"{ch!r} is not a {lang} letter in {system}; it is left as it is"
                + _other_language_hint(text, lang),
                where,
                where + 1,
            )
        )
    return Transliteration(
        text,
        "".join(out),
        lang,
        system,
        "forward",
        dict(comp.options),
        tuple(spans),
        tuple(notices),
    )


def _other_language_hint(text: str, lang: str) -> str:
    from .languages.detect import detect

    guess = detect(text)
    return f" (the text looks {guess.lang}: {guess.evidence})" if guess.lang != lang else ""


# -- reverse ---------------------------------------------------------------------------------


def _reverser(lang: str, system: str, options: dict[str, Any]) -> Reverser:
    spec = find(lang, system)
    if "reverse" not in spec.data["directions"]:
        raise BukvaError(f"{lang}/{system} is not written back to Cyrillic; try iso9 or ala-lc")
    options = dict(options)
    if options.get("ties") == "half-marks":  # both tie forms are read alike
        options.pop("ties")
    return build_reverser(_compiled(lang, system, tuple(sorted(options.items()))))


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
    from .names.identity import _russian

    found = _russian(word)
    if found is None or system not in found[1]:
        return None
    entry = _lexicon_entry(found[0])
    if entry is None or (best_known and not (word[:1].isupper() and entry[1])):
        return None
    cyr = found[0]
    if word.isupper():
        return cyr.upper()
    return cyr[:1].upper() + cyr[1:] if word[:1].isupper() else cyr


def detect_system(text: str, lang: str = "ru") -> tuple[str, dict[str, float]]:
    """The system romanized ``text`` is most likely written in (for reading it back), and the
    weight of each system that reads its words: each word counts for the systems that write a
    Russian word exactly so (surnames most). ALA-LC wins a tie."""
    from .names.identity import _russian

    words = re.findall(r"[^\W\d_][\w'’ʹʺ\u0300-\u036f\ufe20-\ufe2f]*", text)[:200]
    if re.search("[\u0361\ufe20\ufe21ʺ]|[ĭ]", text):
        return "ala-lc", {"ala-lc": 1.0}  # ties, the hard sign's prime, ĭ: LC's catalog form
    weights: dict[str, float] = {}
    for word in words:
        if lang != "ru" or len(word) < 3:
            continue
        read = _russian(word)
        if read is None:
            continue
        for sys_id, w in read[1].items():
            weights[sys_id] = weights.get(sys_id, 0.0) + w
    if not weights:
        return "ala-lc", {}
    best = max(weights.values())
    tied = [s for s, w in weights.items() if w == best]
    return ("ala-lc" if "ala-lc" in tied else tied[0]), weights


def _reverse_detailed(text: str, lang: str, system: str | None, options: dict[str, Any]):
    detected: list[Notice] = []
    if system in (None, "auto"):
        system, weights = detect_system(prepare(text), lang)
        if weights:
            detected.append(
                Notice(
                    "system-detected",
                    f"read as {system} (the system most of its words "
                    f"are written in; also: {', '.join(s for s in weights if s != system)})",
                )
            )
        else:
            detected.append(
                Notice("system-guessed", "no word read as Russian in any system; read as ala-lc")
            )
    rev = _reverser(lang, system, options)
    text = _typed_for(prepare(text), rev.compiled)
    markers = {m.start() + 1 for m in _MARC_MARKER.finditer(text)}
    spans: list[Span] = []
    notices: list[Notice] = []
    out: list[str] = []
    at = 0
    for start, end, is_word in _segments(text, rev.word_re):
        piece = text[start:end]
        alternatives: tuple[str, ...] = ()
        deadline_check()
        if not is_word or start in markers:
            result = piece
        elif rev.exact:
            result = rev.exact_word(piece)
        else:
            ranked = _ranked_word(rev, lang, piece)
            result = ranked[0].text
            alternatives = tuple(c.text for c in ranked[1:6])
            if detected:  # the system was detected: read the word as the detection did
                result = _known_reading(piece, system, ranked[0].known) or result
            if not ranked[0].known and not ranked[0].round_trip:
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
            left = [c for c in result if c.isascii() and c.isalpha()]
            if left:
                notices.append(
                    Notice(
                        "unknown-letter",
                        f"{''.join(left)!r} in {piece!r} has no Cyrillic value in {system}",
                        start,
                        end,
                    )
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


# -- Chinese ---------------------------------------------------------------------------------


def readings(text: str, lang: str = "zh") -> list[str | None]:
    """One pinyin reading per character (``le5``, ``lü4``; None where it is not Han), each
    decided in its sentence."""
    if lang not in CHINESE:
        raise BukvaError(f"readings are given for Chinese (lang='zh'), not {lang!r}")
    from .chinese import readings as chinese_readings

    return chinese_readings(text)


def convert(text: str, source: str = "auto", target: str = "pinyin", lang: str = "zh") -> str:
    """Rewrite the romanized Chinese names in running ``text`` from one system to another
    (``wade-giles``, ``palladius``, ``czech``, ``yale``, ``pinyin``, or ``auto``: detected);
    names the gazetteer knows go through it (Peking → Beijing); other words stay."""
    if lang not in CHINESE:
        raise BukvaError(f"convert works on romanized Chinese (lang='zh'), not {lang!r}")
    from .chinese.convert import convert as convert_chinese

    return convert_chinese(text, source, target)


# -- the catalog of systems ------------------------------------------------------------------


@dataclass(frozen=True)
class SystemInfo:
    """A system as :func:`systems` lists it."""

    id: str
    languages: tuple[str, ...]
    name: str
    authority: str
    source: str
    date: str
    reversible: bool
    options: dict[str, dict[str, Any]]
    samples: int

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "languages": list(self.languages)}


def systems(lang: str | None = None) -> list[SystemInfo]:
    """Every system bukva ships (for ``lang`` only, if given)."""
    infos = []
    for spec in all_specs():
        if lang and lang not in spec.languages:
            continue
        d = spec.data
        infos.append(
            SystemInfo(
                id=spec.id,
                languages=tuple(spec.languages),
                name=spec.name,
                authority=d["authority"],
                source=d["source"],
                date=d["date"],
                reversible=spec.reversible,
                options={
                    k: {
                        "default": v["default"],
                        "choices": list(v["choices"]),
                        "description": v["description"],
                    }
                    for k, v in spec.options.items()
                },
                samples=len(d["samples"]),
            )
        )
    return infos


__all__ = [
    "BukvaError",
    "Candidate",
    "SystemInfo",
    "Transliteration",
    "compiled",
    "convert",
    "readings",
    "reverse",
    "reverse_candidates",
    "romanize",
    "systems",
    "transliterate",
]
