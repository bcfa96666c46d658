"""A name its acronym glosses: 冷战国际史项目（CWIHP）, the Cold War International History Project.

A phrase of nouns right before an acronym in brackets (Latin or Cyrillic capitals: CWIHP,
РГАСПИ) names one thing, an institution's or a project's: GB/T 16159-2012 6.3.2 writes such a
proper name by its words, each capitalized (Lengzhan Guoji Shi Xiangmu). Catalogs are left as
they are: LC's guidelines capitalize persons, places and bodies only.
"""

from __future__ import annotations

import re

from .word import OTHER, PERSON, WORD, Word

# an acronym in brackets: two to eight capitals, Latin or Cyrillic
_ACRONYM = re.compile(r"[(（][A-ZА-ЯЁ]{2,8}[)）]")
# jieba's tags of the words such a name is made of: nouns, verbal nouns, adjectives of kind,
# abbreviations, idioms it lists as nouns
_NAME_WORDS = frozenset("n ng nz nt ns nr vn an b j l s".split())
MIN_WORDS = 2  # a single word before an acronym is left alone (冷战（CW）)
# what stands before a noun that jieba tags a verb heading such a name (美国的 | 冷战, 研究 | 冷战)
_BEFORE = frozenset("uj v vn p".split())


def acronymed_names(words: list[Word]) -> None:
    """Mark the plain words of a phrase of nouns right before an acronym in brackets as a
    proper name's (``org``: written by its words, each capitalized)."""
    for k, w in enumerate(words):
        if w.role != OTHER or not k or w.text[:1] not in "(（":
            continue
        glossed = "".join(x.text for x in words[k : k + 3] if x.role == OTHER)
        if not _ACRONYM.match(glossed):
            continue
        first = k
        while first > 0 and _in_name(words, first - 1, words[first].start):
            first -= 1
        head = words[first - 1] if first else None
        if (
            head is not None
            and head.flag == "v"
            and len(head.text) >= 2
            and head.end == words[first].start
            and (first == 1 or words[first - 2].role == OTHER or words[first - 2].flag in _BEFORE)
        ):
            first -= 1  # 冷战 (v to jieba) heading the phrase: a noun after 的, a verb, a start
        if k - first < MIN_WORDS:
            continue
        for x in words[first:k]:
            if x.role == WORD:
                x.org = True


def _in_name(words: list[Word], j: int, after: int) -> bool:
    """Whether the word at ``j``, right before ``after``, may be a word of such a name."""
    x = words[j]
    return (
        x.role not in (OTHER, PERSON)
        and x.end == after
        and (x.role != WORD or x.flag in _NAME_WORDS)
    )
