"""The public calls: romanize, transliterate, reverse, systems."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from .calls import (
    _CYRILLIC,
    _HAN,
    AUTO,
    CHINESE,
    _compiled,
    _is_chinese,
    _prepare_cyrillic,
    _segments,
    _word_re,
    compiled,
)
from .engine.deadline import check as deadline_check
from .engine.registry import BukvaError, all_specs
from .engine.result import Notice, Span, Transliteration
from .engine.reverse import Candidate
from .reading_back import (  # noqa: F401  (the public reverse calls, re-exported)
    _reverse_detailed,
    detect_system,
    reverse,
    reverse_candidates,
)


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
    if _is_chinese(text, lang, system):
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
    if _is_chinese(text, lang, system):
        from .chinese import transliterate_chinese

        result = transliterate_chinese(text, system=system, **options)
        cyrillic = _CYRILLIC.search(text)
        if cyrillic:  # a gloss in Russian (尤金（П.Ф.Юдин）): left, and the user told so
            left = Notice(
                "cyrillic-left",
                "Cyrillic letters are left as they are in a zh pass; romanize them with "
                "lang='ru' (--lang ru)",
                cyrillic.start(),
                cyrillic.start() + 1,
            )
            result = replace(result, warnings=(*result.warnings, left))
        return result
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
    return convert_explained(text, source, target, lang)[0]


def convert_explained(
    text: str, source: str = "auto", target: str = "pinyin", lang: str = "zh"
) -> tuple[str, list[dict[str, str]]]:
    """:func:`convert`, and each name the gazetteer converted, with its source: ``from``,
    ``to``, ``system`` (the one the name was written in: postal, wade-giles, palladius ...)
    and ``source`` (Peking → Beijing: postal, "PO; EB 'Beijing' ...")."""
    if lang not in CHINESE:
        raise BukvaError(f"convert works on romanized Chinese (lang='zh'), not {lang!r}")
    from .chinese.convert import convert_detailed

    return convert_detailed(text, source, target)


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
