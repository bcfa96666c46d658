"""Postal place names the gazetteer lacks (Siangyang-hsien, Loyang), read by the postal
system's rules as the one place they can be (bukva.chinese.postal), where the house writes
pinyin: for review, as a postal form does not say its aspiration."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..style.house import HouseStyle
from .names import NameHit
from .recognize import chinese_given_name

_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")  # where a Markdown or text file's paragraph ends
POSTAL_CONFIDENCE = 0.8  # a place read by the postal rules: below SAFE_CONFIDENCE, for review


def postal_hits(text: str, style: HouseStyle, scope_at) -> list[NameHit]:
    """Postal place names the gazetteer lacks, read by the postal system's rules as the one
    known place they fit (Siangyang-hsien → Xiangyang Xian), where the house writes pinyin:
    for review, as a postal form does not say its aspiration. Beside one, a word no spelling
    marks as postal counts too (Loyang, which English books know)."""
    from ..chinese.postal import postal_places

    found = list(postal_places(text))
    if found:  # in a paragraph that writes postal forms, those English knows a little (Loyang)
        paragraph = [m.start() for m in _BLANK_LINE.finditer(text)]
        postal = {bisect_right(paragraph, start) for start, _, _ in found}
        found += [
            p
            for p in postal_places(text, marked=False)
            if bisect_right(paragraph, p[0]) in postal and p[0] not in {f[0] for f in found}
        ]
    out = []
    for start, end, place in found:
        if style.system_for("zh", scope_at(start))[0] not in ("pinyin", "ala-lc"):
            continue
        word = text[start:end]
        if chinese_given_name(text, start, word):
            continue  # Chen Chungan: a given name in pinyin, no postal Chong'an
        evidence = (f"postal: {word!r} fits one place CC-CEDICT or the gazetteer knows, {place}",)
        out.append(
            NameHit(
                start,
                end,
                word,
                "zh.postal",
                place,
                POSTAL_CONFIDENCE,
                evidence,
                "postal",
                ("name", place, ""),
            )
        )
    return out
