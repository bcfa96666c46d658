"""Romanize a long text piece by piece, at the library's speed, in bounded memory.

The pieces are whole lines (a word never straddles two), so romanizing them one by one gives
the text romanizing the whole would. The language is guessed once, from the first piece with
Cyrillic in it, and kept for the rest; warnings come with offsets into their own piece.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from .calls import AUTO, _compiled, _prepare_cyrillic
from .engine.result import Notice

_HAN_HINT = "Chinese characters are left as they are in a {lang} pass; romanize them with --lang zh"


_HAN_BMP = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


@lru_cache(maxsize=64)
def _unknown_letters(comp) -> re.Pattern[str]:
    """Cyrillic letters ``comp`` has no value for (so a search runs at C speed)."""
    chars = [
        chr(cp)
        for cp in range(0x400, 0x500)
        if cp not in comp.table and chr(cp) not in comp.joiners and chr(cp).isalpha()
    ]
    return re.compile("[" + re.escape("".join(chars)) + "]" if chars else "(?!)")


@lru_cache(maxsize=64)
def _left_over(comp) -> re.Pattern[str]:
    """What a piece may hold that ``comp`` leaves as it is and a warning names: its unknown
    Cyrillic letters, and Hanzi (one scan finds either; most pieces have neither)."""
    unknown = _unknown_letters(comp).pattern
    inner = unknown[1:-1] if unknown.startswith("[") else ""
    return re.compile(f"[{inner}{_HAN_BMP}]")


def romanize_pieces(
    pieces: Iterable[str],
    lang: str | None = "auto",
    system: str | None = None,
    *,
    style: Any = None,
    scope: str = "body",
    **options: Any,
) -> Iterator[tuple[str, list[Notice]]]:
    """(romanized piece, its warnings) for each piece of one text."""
    from .api import transliterate
    from .calls import _CYRILLIC, _HAN, _is_chinese

    told_hanzi = False
    for piece in pieces:
        cyrillic = _CYRILLIC.search(piece)
        chinese = _is_chinese(piece, lang, system)
        if style is not None or chinese:
            result = transliterate(piece, lang, system, style=style, scope=scope, **options)
            yield result.text, list(result.warnings)
            continue
        if lang in AUTO and not cyrillic:
            yield piece, []  # nothing to romanize here (Latin, digits, blank lines)
            continue
        text, found, notices = _prepare_cyrillic(piece, lang)
        if lang in AUTO:
            lang = found  # the first guess holds for the whole text
        sys_id = system or "ala-lc"
        comp = _compiled(found, sys_id, tuple(sorted(options.items())))
        out = comp.forward(text)
        if _left_over(comp).search(text):
            unknown = _unknown_letters(comp)
            for ch in sorted(set(unknown.findall(text))):
                at = text.index(ch)
                notices.append(
                    Notice(
                        "unknown-letter",
                        f"{ch!r} is not a {found} letter in {sys_id}; it is left as it is",
                        at,
                        at + 1,
                    )
                )
            han = _HAN.search(text)
            if not told_hanzi and han:
                told_hanzi = True
                at = han.start()
                notices.append(Notice("hanzi-left", _HAN_HINT.format(lang=found), at, at + 1))
        yield out, notices
