"""A check as a declarative unit (its id, what it finds, examples that must fail and pass), and
the house styles the examples assume."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    explanation: str
    fails: tuple[str, ...]
    passes: tuple[str, ...]
    style: dict = field(default_factory=dict)  # the house style the examples assume


BOOK = {"ru": "ala-lc-book", "zh": "pinyin"}
# a series that keeps Wade-Giles, with the postal names of places
WADE_GILES = {"ru": "ala-lc-book", "zh": "wade-giles", "include": ["postal-chinese"]}
BOOK_WITH_EXCEPTIONS = {**BOOK, "exceptions": {"Микоян": "Mikoyan", "蒋介石": "Chiang Kai-shek"}}
