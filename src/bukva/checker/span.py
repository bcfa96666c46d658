"""A protected span of text, and the sentence the context scanners read."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str


SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")  # one line's sentence (a wrapped one: cut)

ATTRIBUTED = "attributed"  # a sentence citing another source's spelling
RUSSIAN_AUTHOR = "author of a Russian title"  # a name its bearer did not romanize
# a cited title in romanized Russian: the author's romanization, no title page's (*Agrobiologiya*)
RUSSIAN_TITLE = "title in romanized Russian"
# a cited title in pinyin where the house writes Chinese otherwise: the author's romanization of
# a title page in characters (*Zai lishi juren shenbian* in a Wade-Giles house)
CHINESE_TITLE = "title in romanized Chinese"
# kinds whose findings are for review
REVIEW_ONLY = frozenset({ATTRIBUTED, RUSSIAN_AUTHOR, RUSSIAN_TITLE, CHINESE_TITLE})
