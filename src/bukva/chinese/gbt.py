"""GB/T 16159-2012 (Basic rules of the Chinese phonetic alphabet orthography) for pinyin.

Applied to the analysed words before pinyin writes them:

- 6.3.2 (names of institutions and other proper nouns of several words): each word written
  apart and capitalized: Zhongguo Gongchandang Zhongyang Weiyuanhui, Zhongguo Shehui
  Kexueyuan, Beijing Daxue Tushuguan; periodicals are such names: Renmin Ribao.
- 6.3.3 (abbreviations of proper nouns joined to common words): a pair of one-syllable country
  names joined by a hyphen, each capitalized (Zhong-Su guanxi); a word that begins with one is
  capitalized (Hanyu, Zhongwen).
- 6.1.7 (set phrases of four characters that read as two pairs): the pairs joined by a
  hyphen (bai hua-qi fang → baihua-qifang).
- 6.1.6 (numbers): 第 and the number after it joined by a hyphen (di-yi); numbers over a
  hundred written apart at each hundred, thousand, ten thousand (sanqian wubai).
- 6.4.1 (the first letter of a sentence is capitalized): see the render's sentence capitals.
"""

from __future__ import annotations

import math
from functools import cache

from .capitals import mark_countries
from .word import NUMBER, ORG, OTHER, PERSON, PLACE, PROPER, WORD, Word

PERIODICALS = ("日报", "晚报", "周报", "学报", "画报", "月刊", "周刊", "季刊", "杂志", "通讯")
_UNITS = set("百千万萬亿億")
_NUMERALS = set("零〇一二两兩三四五六七八九十百千万萬亿億")


@cache
def _freq() -> dict[str, int]:
    """jieba's dictionary, with the names bukva knows (CC-CEDICT's persons and places, foreign
    names in characters) as words of their own: 宾夕法尼亚 | 大学."""
    from .lexicons import _foreign_hanzi, cedict_names
    from .segment import _posseg

    freq = dict(_posseg().dt.FREQ)
    for name in [*cedict_names(), *_foreign_hanzi()]:
        freq[name] = max(freq.get(name, 0), 100_000)
    return freq


def divide(text: str) -> list[int]:
    """The words of a long name, by jieba's dictionary (fewest words, then the likeliest):
    社会科学院 → 社会 | 科学院. Names of three characters or fewer stay whole."""
    n = len(text)
    if n <= 3:
        return [n]
    freq = _freq()
    best: list[tuple[float, list[int]] | None] = [None] * (n + 1)
    best[0] = (0.0, [])
    for i in range(n):
        if best[i] is None:
            continue
        cost, sizes = best[i]  # type: ignore[misc]
        for j in range(i + 1, min(n, i + 6) + 1):
            piece = text[i:j]
            if (j - i > 1 and not freq.get(piece)) or (i == 0 and j == n):
                continue
            step = 10.0 - math.log(freq.get(piece, 1) + 1) / 10  # each word costs; frequent less
            candidate = (cost + step, [*sizes, j - i])
            if best[j] is None or candidate[0] < best[j][0]:  # type: ignore[index]
                best[j] = candidate
    if not best[n]:
        return [n]
    out: list[int] = []
    at = 0
    for size in best[n][1]:  # type: ignore[index]
        out += divide(text[at : at + size]) if size > 3 else [size]  # 中央委员会: 中央 | 委员会
        at += size
    return out


def _periodical(w: Word) -> bool:
    from .script import simplified

    return w.role in (WORD, ORG) and len(w.text) >= 4 and simplified(w.text).endswith(PERIODICALS)


def _named(w: Word) -> Word:
    """An organisation's or a periodical's name: its words apart, each capitalized."""
    from .script import simplified

    sizes = divide(simplified(w.text))
    w.groups, w.caps, w.role = sizes, [True] * len(sizes), PROPER
    return w


def _country_pair(w: Word) -> list[Word]:
    """中苏关系 → Zhong-Su | guanxi."""
    pair = Word(w.start, w.start + 2, w.text[:2], PROPER, w.syllables[:2], [1, 1], [True, True])
    pair.joins = ["-"]
    if len(w.text) == 2:
        return [pair]
    rest = Word(w.start + 2, w.end, w.text[2:], WORD, w.syllables[2:], flag=w.flag)
    return [pair, rest]


def _number(w: Word) -> None:
    """Written apart after each hundred, thousand, ten thousand (sanqian wubai)."""
    sizes, run = [], 0
    for k, ch in enumerate(w.text):
        run += 1
        if ch in _UNITS and k + 1 < len(w.text):
            sizes.append(run)
            run = 0
    if run:
        sizes.append(run)
    if len(sizes) > 1:
        w.groups, w.caps = sizes, [False] * len(sizes)


def _join_names(words: list[Word]) -> list[Word]:
    """Adjacent words of one organisation's or periodical's name (not its own proper names:
    北京 | 大学图书馆) as one word, for :func:`divide` to cut by the dictionary."""
    out: list[Word] = []
    for w in words:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.org
            and w.org
            and not w.lead
            and prev.end == w.start
            and not prev.groups
            and not w.groups
            and prev.role != NUMBER
            and w.role != NUMBER
        ):
            prev.end, prev.text = w.end, prev.text + w.text
            prev.syllables = prev.syllables + w.syllables
            prev.role = ORG
            continue
        out.append(w)
    return out


def apply(words: list[Word], options: dict | None = None) -> list[Word]:
    """The words as GB/T 16159 divides and capitalizes them (``options``: the system's, for
    numerals=arabic, which keeps 第 and its figure apart)."""
    words_as_figures = (options or {}).get("numerals") == "arabic"
    mark_countries(words)
    words = _join_names(words)
    out: list[Word] = []
    k = 0
    while k < len(words):
        w = words[k]
        nxt = words[k + 1] if k + 1 < len(words) else None
        if (  # 中 | 苏 jieba left apart: one pair
            len(w.text) == 1
            and w.capital_at == (0,)
            and nxt is not None
            and nxt.start == w.end
            and len(nxt.text) >= 1
            and 0 in nxt.capital_at
            and w.role not in (PROPER, PLACE, PERSON)
        ):
            merged = Word(w.start, nxt.end, w.text + nxt.text, WORD, w.syllables + nxt.syllables)
            merged.flag = nxt.flag
            out += _country_pair(merged)
            k += 2
            continue
        if w.capital_at[:2] == (0, 1) and len(w.text) >= 2 and not w.groups:
            out += _country_pair(w)
        elif _periodical(w) or ((w.role == ORG or w.org) and w.role not in (PERSON, PLACE)):
            if w.groups and w.role == PROPER:  # an LC or CC-CEDICT name inside it: as it is
                out.append(w)
            else:
                out.append(_named(w))
        elif w.role == WORD and w.flag == "i" and len(w.text) == 4:
            w.groups, w.caps, w.joins = [2, 2], [False, False], ["-"]
            out.append(w)
        elif (
            w.role == WORD
            and w.text == "第"
            and nxt is not None
            and nxt.role == NUMBER
            and not words_as_figures
        ):
            ordinal = Word(w.start, nxt.end, w.text + nxt.text, NUMBER, w.syllables + nxt.syllables)
            ordinal.value = nxt.value
            ordinal.groups, ordinal.caps = [1, len(nxt.text)], [False, False]
            ordinal.joins = ["-"]
            out.append(ordinal)
            k += 2
            continue
        else:
            if w.role == NUMBER or (w.flag == "m" and all(c in _NUMERALS for c in w.text)):
                _number(w)
            if w.capital_at and w.capital_at[0] == 0 and not w.groups:  # Hanyu, Zhongwen
                w.groups, w.caps = [len(w.text)], [True]
            w.capital_at = ()
            out.append(w)
        k += 1
    return [w for w in out if w.role != OTHER or w.text]
