"""The check's ``zh.mixed``: Chinese names half converted to pinyin (Teng Xiaoping, Mao
Tsedong, Kao Gang) in running text, read by :func:`bukva.names.mixed.mixed_name`. Reported for
review, never fixed: the name as written may be another person's in pinyin (滕小平 is Teng
Xiaoping).
"""

from __future__ import annotations

import re

from ..names.mixed import mixed_name
from ..style.house import HouseStyle
from .house_zh import house_form, other_house, reads_in, styled
from .names import NameHit
from .pinyin_text import in_pinyin_text

_WORD = r"[A-Z][a-zü'’]*(?:-[a-zA-Zü'’]+)*"
_RUN = re.compile(rf"(?<![\w'’-]){_WORD}(?: {_WORD})+(?![\w'’-])")  # capitalised words in a row
MIXED_CONFIDENCE = 0.75  # for review: below SAFE_CONFIDENCE


def mixed_hits(text: str, style: HouseStyle, scope_at, runs=()) -> list[NameHit]:
    """Names of two or three words in mixed systems that read as one gazetteer name in pinyin,
    with the house's form: for review; not the words of a title or a phrase in pinyin
    (*Liu Su jishi*: 留苏, "study in the Soviet Union"; ``runs``: a Word paragraph's italics)."""
    out: list[NameHit] = []
    for run in _RUN.finditer(text):
        scope = scope_at(run.start())
        house = other_house(style, scope)
        starts = [run.start()] + [
            run.start() + k + 1 for k, c in enumerate(run.group()) if c == " "
        ]
        ends = [s - 1 for s in starts[1:]] + [run.end()]
        k = 0
        while k < len(starts) - 1:
            for size in (3, 2):
                if k + size <= len(starts):
                    hit = _hit(text, starts[k], ends[k + size - 1], house, (style, scope))
                    if hit is not None and not in_pinyin_text(text, hit.start, hit.end, runs, True):
                        out.append(hit)
                        k += size - 1
                        break
            k += 1
    return out


def _hit(text: str, start: int, end: int, house: str | None, where) -> NameHit | None:
    """The words text[start:end] as a half-converted name of the gazetteer's, or None; its fix
    in ``house``'s system where the house writes Chinese otherwise than in pinyin (Teng
    Xiaoping: Teng Hsiao-p'ing); ``where``: the house style and the scope."""
    style, scope = where
    written = text[start:end]
    if house and reads_in(written, house):
        return None  # Liu Shao-chi: the house's own letters (a mark lost is house_zh's)
    found = mixed_name(written)
    if found is None:
        return None
    entry, same = found
    fix = (house_form(entry, written, house) if house else None) or entry.pinyin
    fix = styled(fix, style, scope) if house else fix
    if fix == written:
        return None
    others = ", ".join(w for w, ok in zip(written.split(" "), same, strict=True) if not ok)
    evidence = (
        f"{others!r} read as Wade-Giles or postal syllables, the rest as pinyin: "
        f"{entry.pinyin} ({entry.hanzi}, {entry.source})",
    )
    return NameHit(
        start,
        end,
        written,
        "zh.mixed",
        fix,
        MIXED_CONFIDENCE,
        evidence,
        "mixed",
        ("name", fix, ""),
    )
