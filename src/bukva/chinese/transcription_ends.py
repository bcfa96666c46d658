"""Where a foreign name found by its characters begins and ends (see ``transcription``): the
generic after a place's name (弗吉尼亚 | 州, a street's 街), a last character jieba read as a
measure word or an ordinal's 第, the words beside a found name that with it spell a Russian
name, whether the name seems to go on past what was found, and where two names the dictionary
holds whole touch (列宁格勒 | 基洛夫)."""

from __future__ import annotations

from bisect import bisect_right

from .script import NUMERALS
from .tagger import FLOOR_COUNT, SEEN_COUNT, dictionary, grammar_word
from .transcription_chars import (
    MEAN_WEIGHT,
    MIN_LENGTH,
    ON_WEIGHT,
    char_table,
    mean_weight,
    name_char,
)

# generic terms after a foreign place's name, written apart and capitalized (GB/T 16159-2012,
# 6.3.2: Fujiniya Zhou, Lankaixia Jun, Moxige Cheng, Yazhou Bei, Nuobei'er Jiang,
# Helan Dui; a ship's name: Kantebolei Hao)
GENERICS = frozenset("州郡城港杯奖队号")
# jieba's flags of a dictionary word of several characters that may be a name
NAME_FLAGS = frozenset("nr nrt nrfg ns nz".split())


_THROUGH_TOKENS = 2  # dictionary words a found name may take on at either side
_THROUGH_LENGTH = 3  # ... each at most this long


def spelled_through(
    simp: str, tokens: list[tuple[int, int, str]], found: dict[int, int]
) -> dict[int, int]:
    """Each found name taken over up to two whole words right before or after it whose
    characters are all transcription's and that are names or bound morphemes to jieba, where
    the whole spells a Russian name by the standard table: 涅斯米 | 扬 | 诺夫 (Несмеянов; 扬 vg),
    拉夫 | 连 | 季耶夫 (Лаврентьев; 连 nr). The longest such whole wins."""
    from ..names.transcribed import russian_names

    table = char_table()
    by_start = {s: k for k, (s, _, _) in enumerate(tokens)}
    by_end = {e: k for k, (_, e, _) in enumerate(tokens)}
    taken = sorted(found.items())
    out: dict[int, int] = {}
    floor = 0  # where the last name kept ends
    for n, (a, length) in enumerate(taken):
        b = a + length
        ceiling = taken[n + 1][0] if n + 1 < len(taken) else len(simp)
        best = (a, b)
        if not generic_length(simp[a:b]):
            lefts, rights = [a], [b]
            k = by_end.get(a)
            while k is not None and len(lefts) <= _THROUGH_TOKENS and _joins(simp, tokens[k]):
                if tokens[k][0] < floor:
                    break
                lefts.append(tokens[k][0])
                k = by_end.get(tokens[k][0])
            k = by_start.get(b)
            while k is not None and len(rights) <= _THROUGH_TOKENS and _joins(simp, tokens[k]):
                if tokens[k][1] > ceiling:
                    break
                rights.append(tokens[k][1])
                k = by_start.get(tokens[k][1])
            for start, end in sorted(
                ((s, e) for s in lefts for e in rights if (s, e) != (a, b)),
                key=lambda span: span[0] - span[1],
            ):
                whole = simp[start:end]
                if all(c in table for c in whole) and (
                    russian_names(whole)
                    or (
                        _all_rare_names(simp, tokens, start, a, b, end)
                        and mean_weight(whole) >= MEAN_WEIGHT
                    )
                ):
                    best = (start, end)
                    break
        out[best[0]] = best[1] - best[0]
        floor = best[1]
    return out


def _all_rare_names(
    simp: str, tokens: list[tuple[int, int, str]], start: int, a: int, b: int, end: int
) -> bool:
    """Whether the words taken in before ``a`` and after ``b`` are all names jieba's dictionary
    all but never met, with no conjunction or particle in them (苏达 ns, 3 times, before 里科夫:
    Sudarikov, whom the lexicon lacks)."""
    freq = dictionary()[0].FREQ
    return all(
        flag in NAME_FLAGS
        and freq.get(simp[s:e], 0) <= FLOOR_COUNT
        and _GRAMMAR.isdisjoint(simp[s:e])
        for s, e, flag in tokens
        if start <= s < a or b <= s < end
    )


# conjunctions and particles jieba glues into the rare names it lists (斯和忒, 姆和恩): never
# read into a name on the strength of its weight alone
_GRAMMAR = frozenset("和与及同跟的之在是")


def _joins(simp: str, token: tuple[int, int, str]) -> bool:
    """Whether a word may be taken into a found name beside it: short, all transcription's
    characters, a name or a bound morpheme to jieba (no free word: 派 "sent" in 斯大林派科瓦廖夫),
    no generic."""
    start, end, flag = token
    word = simp[start:end]
    table = char_table()
    return (
        end - start <= _THROUGH_LENGTH
        and (flag in NAME_FLAGS or flag.endswith("g"))
        and all(c in table for c in word)
        and word[-1] not in GENERICS
    )


def street_after(simp: str, tokens: list[tuple[int, int, str]], ends: list[int], at: int) -> bool:
    """Whether a street's generic stands at ``at`` as a word of its own (基塔伊斯卡亚 | 街:
    Jitayisikaya Jie, GB/T 16159-2012 6.3.2; not 街道, 路过)."""
    if simp[at : at + 1] not in _STREETS:
        return False
    k = bisect_right(ends, at)
    return k < len(tokens) and tokens[k][:2] == (at, at + 1)


_STREETS = frozenset("街路")


def no_ordinal(simp: str, at: int) -> bool:
    """Whether ``simp[at]`` is a 第 with no number after it: no ordinal's, a name's last
    character (巴拉 | 第 | 是: Baladi, Palladius)."""
    nxt = simp[at + 1 : at + 2]
    return simp[at] == "第" and not (nxt and (nxt in NUMERALS or nxt.isdigit() or nxt in "几多"))


def ends_name(ch: str, least: float = ON_WEIGHT) -> bool:
    """A character jieba reads as a measure word (克, as in 斯克, 夫斯克) or a pronoun (斯, 什)
    that is far more a foreign name's, at least ``least``: not a numeral (a pronoun needs twice
    the weight: 他 and 其 stay words)."""
    return ch not in NUMERALS and char_table().get(ch, (0, 0.0))[1] >= least


def generic_length(name: str) -> int:
    """How many characters at the end of a found name are its generic (1 or 0)."""
    return 1 if len(name) > MIN_LENGTH and (name[-1] in GENERICS or name[-1] in _STREETS) else 0


def goes_on(simp: str, a: int, b: int, after: str = "") -> bool:
    """Whether the name seems to go on past [a, b) into words the run could not take (阿列克 |
    西斯): then the run is left alone, not cut short. A name that ends as a Russian surname
    does (-夫, -斯基) goes on into no common word of jieba's, ``after``, the word at ``b``
    (阿斯塔夫耶夫 | 拜会 "called on")."""
    table = char_table()
    ends = b < len(simp) and simp.endswith(SURNAME_ENDS, a, b) and _common_word(after, b, simp)
    return any(
        0 <= at < len(simp) and table.get(simp[at], (0, -9.0))[1] >= ON_WEIGHT
        for at in ((a - 1,) if ends else (a - 1, b))
    )


# how Chinese writes a Russian surname's ending (-ов, -ев, -ова, -ский)
SURNAME_ENDS = ("夫", "娃", "斯基", "茨基")


def _common_word(word: str, at: int, simp: str) -> bool:
    """Whether ``word`` begins at ``at`` in ``simp`` and is a word of jieba's dictionary it has
    met often enough, no name nor abbreviation (拜会 v)."""
    freq, tags = dictionary()[0].FREQ, dictionary()[1]
    return (
        len(word) >= 2
        and simp.startswith(word, at)
        and freq.get(word, 0) >= SEEN_COUNT
        and not tags.get(word, "x").startswith(("nr", "ns", "nz", "nt", "j", "x"))
    )


def two_names(
    simp: str, run: list[int], start: int, end: int, known: frozenset[str] | dict
) -> bool:
    """Whether the run so far is one name jieba's dictionary holds whole, has met and tags a
    transcribed name or a place, and the word at [start, end) another such name right after it
    (列宁格勒 | 基洛夫: the Kirov works of Leningrad), each of three characters or more: two
    names, not one."""
    if not run or run[-1] != start - 1 or not isinstance(known, dict):
        return False
    before, word = simp[run[0] : start], simp[start:end]
    tags = dictionary()[1]
    return all(
        len(name) >= MIN_LENGTH
        and known.get(name, 0) > FLOOR_COUNT
        and tags.get(name) in _WHOLE_NAME_TAGS
        for name in (before, word)
    )


# jieba's tags of a transcribed name and a place: two names so tagged are two (米哈伊尔 |
# 戈尔巴乔夫), where two it tags a Chinese person's may halve one (特兰西 | 瓦尼亚 nr, Transylvania)
_WHOLE_NAME_TAGS = frozenset(("nrt", "ns"))


# jieba's tags of a word of grammar a name's run does not end in: a pronoun (任 "to serve as" is
# r to it, from 任何), a preposition, a conjunction, an adverb (曾 "once") where no name's
# character follows (拉真 | 陀罗); no verb (扬 vg of 米高扬)
_TAIL_TAGS = frozenset("r p c d".split())


def _verb_at(simp: str, at: int) -> bool:
    """Whether a verb of two characters the dictionary met often begins at ``at`` (曾 | 考察
    "once surveyed"): an adverb before it ends the name (奥布鲁切夫 | 曾 Obruchev)."""
    word = simp[at : at + 2]
    return dictionary()[1].get(word, "").startswith("v") and (
        dictionary()[0].FREQ.get(word, 0) >= SEEN_COUNT
    )


def grammar_head(simp: str, at: int) -> bool:
    """Whether the character at ``at``, the first of a word jieba's HMM made up, is a common
    word of grammar no transcription has been met with, right after a name that ends as a
    Russian surname does (马利诺夫斯基 | 任后 "served as"): the name ends before it."""
    ch = simp[at]
    return (
        simp.endswith(SURNAME_ENDS, 0, at)
        and char_table().get(ch, (1, 0.0))[0] == 0
        and grammar_word(ch)
    )


def grammar_tail(simp: str, start: int, end: int) -> bool:
    """Whether the last character of ``simp[start:end]``, a word jieba's HMM made up, is a
    common word of grammar no transcription of a name has been met with (任 "to serve as", 曾
    "once"), and, for an adverb, the character after the word no name's."""
    ch = simp[end - 1]
    tag = dictionary()[1].get(ch, "")
    return (
        simp[start:end] not in dictionary()[0].FREQ
        and char_table().get(ch, (1, 0.0))[0] == 0
        and tag in _TAIL_TAGS
        and (tag != "d" or not name_char(simp[end : end + 1]) or _verb_at(simp, end))
        and grammar_word(ch)
    )
