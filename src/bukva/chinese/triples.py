"""Three countries by their syllables (中美苏, 中日韩, 中俄印), whatever jieba cut of them.

jieba glues the third country to the word after it (中美 | 苏三国, 中日 | 韩三国) or cuts the
three as a place it does not know (中日韩 ns). GB/T 16159-2012 6.3.3 writes the countries as a
pair is written, each syllable capitalized and joined by hyphens (Zhong-Mei-Su sanguo); LC's
guidelines capitalize each (Zhong Mei Su san guo). Tokens are given as the pair and the third
country, which the pair's rules then read (``gbt.apply``; ``capitals.country_and_pair``).
"""

from __future__ import annotations

import re
from functools import cache

from .capitals import _AS_COUNTRY, PAIR, _countries, country_pair
from .script import all_han
from .segment import _cut_at
from .word import PROPER, WORD, Word

# what may follow the three or four besides a word of relations: how many (三国, 三方, 三边,
# 三角, 大三角, 四国), their heads' meeting (首脑, 外长, 领导人), their allied armies (联军)
_AFTER = ("三", "四", "大三角", "外长", "领导人", "首脑", "自由贸易", "联军")


def country_triples(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tokens with each run of three or four country syllables (each two in a row a pair
    of countries, no other country's syllable on either side) that a word begins and that ends
    the text, a punctuation mark or a word of what passes between states follows, cut as the
    pair and the third (中美 | 苏), or as two pairs (美英 | 法苏)."""
    if not _three_run().search(simp):
        return tokens  # most text: no three country syllables in a row
    chars = _countries()["chars"]
    relations = tuple(_countries()["relations"])
    starts = {s for s, _, _ in tokens}
    for i in range(len(simp) - 2):
        n = 4 if len(simp) >= i + 4 and all(c in chars for c in simp[i : i + 4]) else 3
        run, after = simp[i : i + n], simp[i + n : i + n + 4]
        if (
            i in starts
            and all(c in chars and c not in _AS_COUNTRY for c in run)
            and all(country_pair(run[j : j + 2]) for j in range(n - 1))
            and len(set(run)) == n
            and (i == 0 or simp[i - 1] not in chars)
            and (not after or not all_han(after[0]) or after.startswith((*relations, *_AFTER)))
        ):
            tokens = _recut(simp, tokens, i, n)
    return tokens


@cache
def _three_run() -> re.Pattern[str]:
    return re.compile(f"[{''.join(sorted(_countries()['chars']))}]{{3}}")


def _recut(
    simp: str, tokens: list[tuple[int, int, str]], i: int, n: int
) -> list[tuple[int, int, str]]:
    """``tokens`` with the ``n`` syllables at ``i`` as the pair and the third country (or two
    pairs), and what was left of a word jieba glued the last to cut again (苏三国 → 苏 | 三国)."""
    end = i + n
    out = [t for t in tokens if t[1] <= i]
    rest = [t for t in tokens if t[0] < end < t[1]]
    out += [(i, i + 2, PAIR), (i + 2, end, PAIR if n == 4 else "ns")]
    if rest:
        out += _cut_at(simp, end, rest[0][1])
    out += [t for t in tokens if t[0] >= end]
    return [  # 三边 "trilateral" after them: no place (Shaanxi's Sanbian) to jieba
        (s, e, "n" if s == end and f == "ns" and simp[s] == "三" else f) for s, e, f in out
    ]


def counted(after: Word | None) -> None:
    """The countries counted after three or four (四国, CC-CEDICT's Shikoku): a word, siguo."""
    if after is not None and after.simp in ("三国", "四国") and after.role == PROPER:
        after.role, after.groups, after.caps = WORD, [], []


def three_countries(w: Word, nxt: Word) -> Word:
    """A country's syllable and a pair of countries (or the pair and the syllable, or two
    pairs), one proper name of capitalized syllables joined by hyphens (6.3.3: Zhong-Mei-Su,
    Mei-Ying-Fa-Su)."""
    n = len(w.text) + len(nxt.text)
    three = Word(w.start, nxt.end, w.text + nxt.text, PROPER, w.syllables + nxt.syllables)
    three.groups, three.caps, three.joins = [1] * n, [True] * n, ["-"] * (n - 1)
    return three
