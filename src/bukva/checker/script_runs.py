"""Runs of Hanzi and of Cyrillic left in romanized text, as the check takes them: a run with
the punctuation and figures inside it, and the brackets around it that it holds the closers of;
and the English terms that hold an older spelling of a name (Peking duck), left as English."""

from __future__ import annotations

import re
import tomllib
from functools import cache

from ..languages.charmodel import DATA

CYRILLIC_RUN = re.compile(r"[\u0400-\u04ff]+(?:[\s\-‐–][\u0400-\u04ff]+)*")
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# a run of Hanzi with the punctuation between them, and the figures inside it or before it
# (1960年第8期, 第7册: one phrase, romanized whole)
HAN_RUN = re.compile(
    f"(?:[0-9]+(?=[{_HAN}]))?[{_HAN}]+(?:[\u3000-\u303f\uff00-\uffef{_HAN}]+|[0-9]+(?=[{_HAN}]))*"
)


_PAIRS = dict(zip("《「『（〈【“", "》」』）〉】”", strict=True))


def bracketed(text: str, start: int, end: int) -> tuple[int, int]:
    """A run of Hanzi with the opening marks just before it whose closers it holds (《 of
    中苏关系史纲》), and without closers it holds alone at its end: the span is replaced whole."""
    while start and text[start - 1] in _PAIRS and _PAIRS[text[start - 1]] in text[start:end]:
        start -= 1
    while end > start and text[end - 1] in _PAIRS.values():
        opener = next(o for o, c in _PAIRS.items() if c == text[end - 1])
        if text.count(opener, start, end) >= text.count(text[end - 1], start, end):
            break
        end -= 1
    return start, end


@cache
def english_terms() -> re.Pattern[str]:
    """Any of data/english-terms.toml's phrases as whole words, any case (Peking duck, Peking
    Man, beef stroganoff)."""
    data = tomllib.loads((DATA / "english-terms.toml").read_text("utf-8"))
    forms = sorted((t["form"] for t in data["term"]), key=len, reverse=True)
    alternatives = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)
