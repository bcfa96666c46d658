"""How often a pinyin syllable is a Chinese person's surname or part of a given name, counted
over CC-CEDICT's persons (``zh-cedict-names.tsv``, CC BY-SA 4.0): the odds that a name which
reads as pinyin was written by the press in Wade-Giles without its marks (Chang Hanfu is
Zhang Hanfu: Chang is a rare surname in pinyin, 张 the commonest; Tang Yunchun may well be
pinyin, chun and jun being alike common in given names)."""

from __future__ import annotations

from collections import Counter
from functools import cache


@cache
def _counts() -> tuple[Counter[str], Counter[str]]:
    """(surnames, given-name syllables), toneless and lower case."""
    from ..chinese.lexicons import cedict_names
    from ..chinese.syllables import toneless

    surnames: Counter[str] = Counter()
    given: Counter[str] = Counter()
    for role, readings, sizes in cedict_names().values():
        if role != "person" or len(sizes) != 2 or sizes[0] > 2:
            continue
        syllables = [toneless(r).lower() for r in readings]
        surnames["".join(syllables[: sizes[0]])] += 1
        given.update(syllables[sizes[0] :])
    return surnames, given


def surname_counts() -> Counter[str]:
    """How many CC-CEDICT persons bear each pinyin surname."""
    return _counts()[0]


def given_counts() -> Counter[str]:
    """How many CC-CEDICT persons' given names hold each pinyin syllable."""
    return _counts()[1]


def name_odds(surname: str, given: list[str]) -> float:
    """How common a name of these syllables is in persons' names: the surname's count and each
    given-name syllable's, each plus one, multiplied."""
    surnames, counts = _counts()
    odds = float(surnames[surname] + 1)
    for s in given:
        odds *= counts[s] + 1
    return odds


def _syllables(word: str) -> list[str] | None:
    from ..chinese.tables import parse, table

    return parse(word.lower().replace("'", "").replace("’", ""), table("pinyin"))


def meant_odds(written: str, meant: str) -> float:
    """How many times likelier a person's name ``meant`` (pinyin) is than ``written`` read as
    pinyin, word by word, the first word the surname: the product, over the syllables that
    differ, of their counts (each plus one). 0.0 where the two do not align syllable by
    syllable."""
    surnames, given = _counts()
    a, b = written.split(), meant.split()
    if len(a) != len(b) or not a:
        return 0.0
    odds = (surnames[b[0].lower()] + 1) / (surnames[a[0].lower()] + 1)
    for x, y in zip(a[1:], b[1:], strict=True):
        sx, sy = _syllables(x), _syllables(y)
        if not sx or not sy or len(sx) != len(sy):
            return 0.0
        for p, q in zip(sx, sy, strict=True):
            if p != q:
                odds *= (given[q] + 1) / (given[p] + 1)
    return odds
