"""Chinese: Hanzi to pinyin (ALA-LC, GB/T 16159) and to the systems historians meet.

Nothing here is imported until Chinese is asked for: the readings model, the lexicons and jieba
load on first use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..engine.compile import resolve_options
from ..engine.registry import BukvaError, SystemSpec, find
from ..engine.result import Notice, Span, Transliteration
from ..engine.text import nfc
from .formats import PUNCT, Writing, render
from .readings import readings as _readings
from .script import is_han

__all__ = ["readings", "romanize_chinese", "romanize_with_names", "transliterate_chinese"]


@dataclass(frozen=True)
class ChineseSystem:
    """A Chinese system file with its options applied."""

    spec: SystemSpec
    options: dict[str, str]
    mapping: dict[str, str]
    writing: Writing


@lru_cache(maxsize=64)
def _system(system: str, options: tuple[tuple[str, str], ...]) -> ChineseSystem:
    spec = find("zh", system)
    resolved = dict(resolve_options(spec, dict(options)))
    mapping = dict(spec.data["mapping"])
    writing = dict(spec.data["writing"])
    for name, value in resolved.items():
        choice = spec.options[name]["choices"][value]
        for old, new in choice.get("replace", {}).items():
            mapping = {k: v.replace(old, new) for k, v in mapping.items()}
        writing.update(choice.get("writing", {}))
    resolved.setdefault("tones", writing["tones"])
    resolved.setdefault("capitalize", writing["capitalize"])
    return ChineseSystem(
        spec=spec,
        options=resolved,
        mapping=mapping,
        writing=Writing(
            writing["plain"],
            writing["name"],
            writing["apostrophe"],
            resolved["capitalize"],
            writing.get("organizations", True),
            writing.get("ng_apostrophe", False),
            writing.get("hard_sign", False),
            spec.data.get("tone_marks", {}),
            writing.get("titles", False),
        ),
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


def readings(text: str) -> list[str | None]:
    """One pinyin reading per character of ``text`` as given (numbered tones, ``le5``,
    ``lü4``); None for a character that is not Han. Each character is read as its NFC form
    when that is one character (a compatibility ideograph as its unified twin), so the list
    is as long as the input, combining marks included."""
    one_each = "".join(n if len(n := nfc(c)) == 1 else c for c in text)
    return _readings(one_each)


def _write(
    text: str,
    system: str,
    options: dict[str, Any],
    persons: dict[int, tuple[int, int]] | None = None,
    breaks: frozenset[int] = frozenset(),
):
    from .words import analyze

    sysdef = _system(
        system,
        tuple(
            sorted(
                (k, str(v).lower() if isinstance(v, bool) else str(v)) for k, v in options.items()
            )
        ),
    )
    text = nfc(text)
    # nothing Chinese, neither characters nor full-width marks (a Russian archive's citation in
    # a Chinese note: АПРФ，ф.45): the text stays as it is
    if not any(is_han(c) or (c >= "\u3000" and c in PUNCT) for c in text):
        return text, text, [(0, len(text), 0, len(text), "text")] if text else [], sysdef
    if (bad := _SURROGATE.search(text)) is not None:  # what no dictionary nor model can read
        raise BukvaError(
            f"the text holds something that is no Unicode character (a lone surrogate, "
            f"U+{ord(bad.group()):04X}) at offset {bad.start()}; from a file, the file is not "
            "valid UTF-8 there"
        )
    words = analyze(text, catalog=sysdef.spec.id == "ala-lc", persons=persons, breaks=breaks)
    if sysdef.spec.data["writing"].get("rules") == "gb-t-16159":
        from .gbt import apply

        words = apply(words, sysdef.options)
    out, spans = render(words, sysdef.mapping, sysdef.writing, sysdef.options)
    return text, nfc(out), spans, sysdef


def romanize_chinese(text: str, system: str = "ala-lc", **options: Any) -> str:
    """Hanzi → the system's romanization; other text passes through."""
    return _write(text, system, options)[1]


def romanize_with_names(
    text: str,
    persons: dict[int, tuple[int, int]],
    system: str = "ala-lc",
    breaks: frozenset[int] = frozenset(),
    **options: Any,
) -> str:
    """As :func:`romanize_chinese`, with spans the caller knows to be personal names
    (start → (length, surname length)): a catalog's name heading, a name beside a role word;
    and ``breaks``, offsets no word runs across (word gaps a catalog record keyed)."""
    return _write(text, system, options, persons, breaks)[1]


def transliterate_chinese(text: str, system: str = "ala-lc", **options: Any) -> Transliteration:
    source, out, spans, sysdef = _write(text, system, options)
    marks = _readings(source) if any(is_han(c) for c in source) else []
    notices = tuple(
        Notice(
            "no-reading",
            f"{ch!r} (U+{ord(ch):04X}) has no Mandarin reading in bukva's "
            "dictionaries; it is left as it is",
            i,
            i + 1,
        )
        for i, (ch, r) in enumerate(zip(source, marks, strict=False))
        if r is None and is_han(ch)
    )
    return Transliteration(
        source,
        out,
        "zh",
        system,
        "forward",
        dict(sysdef.options),
        tuple(Span(a, b, c, d, kind) for a, b, c, d, kind in spans),
        notices,
    )
