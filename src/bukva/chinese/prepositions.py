"""jieba's words cut again where GB/T 16159 writes a preposition or the copula apart: a verb and
the preposition after it (jiudu yu), the copula and what the dictionary joins to it (shi
yinwei, shi cong), 据 and its verb (ju tongji), a phrase the dictionary lists whole that begins
with a preposition (zai huitan zhong), a post the dictionary lists with 兼 "and concurrently"
(shezhang jian)."""

from __future__ import annotations

from .capitals import _countries
from .division import divide
from .segment import _cut_at
from .tagger import COMMON_COUNT, FLOOR_COUNT, SEEN_COUNT, dictionary


def prepositions_apart(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A verb of two syllables and the preposition 于 that jieba's dictionary lists as one word
    but all but never met (就读于, 坐落于, 致力于: 3 times each, the first a noun to it): the verb
    and the preposition, two words (jiudu yu, as joins.py writes 来源于), so that no name runs
    back through them (他就读于 | 北京大学: no "Jiuduyu Beijing Daxue"). Likewise the verb 是
    and a preposition after it that the dictionary joins (是从, 4,054 times: shi cong), and the
    preposition 据 "according to" before a verb the dictionary lists so, 3 times each (据统计,
    据调查: ju tongji, as 据 | 报道 is cut), and a phrase it lists so that begins with 在 or
    从 (在会谈中: zai huitan zhong, as GB/T 16159 writes a preposition and its noun apart). 在
    and a 华 jieba glued to the word after it (在 | 华传教: zai Hua chuanjiao), and 从中, 此中
    before a country's syllable (从中蒙边境: cong Zhong-Meng bianjing), are cut so too."""
    take_as = _countries()["take_as"]
    if (
        not any(c in simp for c in "于是据在从兼此")
        and _ADVERBS.isdisjoint(simp)
        and _PAST_ADVERBS.isdisjoint(simp)
        and not any("以" + c in simp for c in take_as)
    ):
        return tokens
    freq, tags = dictionary()[0].FREQ, dictionary()[1]
    out: list[tuple[int, int, str]] = []
    skip = -1
    for k, (start, end, flag) in enumerate(tokens):
        if k == skip:
            continue
        if (  # 在 | 华传教 (nz, 8 times) | 史: 在华 "in China", then the word (zai Hua chuanjiao)
            simp[start] == "华"
            and end - start >= 3
            and out
            and simp[out[-1][0] : out[-1][1]] == "在"
            and freq.get(simp[start:end], 0) <= FLOOR_COUNT  # met all but never (华传教: 8)
            and freq.get(simp[start + 1 : end], 0) >= SEEN_COUNT
        ):
            out += [
                (start, start + 1, "ns"),
                (start + 1, end, tags.get(simp[start + 1 : end], "v")),
            ]
            continue
        if out and simp[out[-1][0] : out[-1][1]] == "以" and simp[start] in take_as:
            # 以 | 俄 | 为师, 以 | 苏为鉴 (a person to jieba's HMM): the country alone between
            # 以 and 为 "to take as" (yi E wei shi, yi Su wei jian)
            if end - start == 1 and simp[end : end + 1] == "为":
                out.append((start, end, "ns"))
                continue
            if (
                end - start >= 3
                and simp[start + 1] == "为"
                and freq.get(simp[start:end], 0) <= FLOOR_COUNT
            ):
                rest = simp[start + 2 : end]
                out += [
                    (start, start + 1, "ns"),
                    (start + 1, start + 2, "p"),
                    (start + 2, end, tags.get(rest, "n")),
                ]
                continue
        if simp[start:end] in ("从中", "此中") and _countries_after(simp, tokens[k + 1 : k + 2]):
            # 从中 "from it", 此中 "herein" before a country's syllable: 从 or 此 and a pair of
            # countries (从中苏边境撤军: cong Zhong-Su bianjing; 值此中苏 ... 之际: zhi ci
            # Zhong-Su), as jieba cuts 从 | 中美关系
            out += [
                (start, start + 1, tags.get(simp[start], "p")),
                (start + 1, tokens[k + 1][1], "ns"),
            ]
            skip = k + 1
            continue
        parts = _WITH_SHI.get(simp[start:end]) if simp[start] == "是" or end - start == 3 else None
        if parts:  # 是因为: shi yinwei; 是不是: shi bu shi
            at = start
            for size, tag in parts:
                out.append((at, at + size, tag))
                at += size
            continue
        if end - start == 2 and simp[start] == "是" and tags.get(simp[start + 1]) == "p":
            out += [(start, start + 1, "v"), (start + 1, end, "p")]  # 是 | 从: shi cong
            continue
        if (
            end - start == 3
            and simp[end - 1] == "于"
            and flag in ("v", "l", "n", "vn")
            and freq.get(simp[start:end], 0) <= FLOOR_COUNT
            and freq.get(simp[start : end - 1], 0) >= SEEN_COUNT
        ):
            out += [(start, end - 1, tags.get(simp[start : end - 1], "v")), (end - 1, end, "p")]
            continue
        if (  # 已于, 并于 (3 times each): an adverb or a conjunction and 于 (yi yu 1950 nian)
            end - start == 2
            and simp[end - 1] == "于"
            and freq.get(simp[start:end], 0) <= FLOOR_COUNT
            and tags.get(simp[start], "") in ("d", "c")
        ):
            out += [(start, start + 1, tags[simp[start]]), (start + 1, end, "p")]
            continue
        if (  # 在会谈中, 从那时起 (3 times each): zai huitan zhong, cong na shi qi
            flag == "l"
            and end - start >= 3
            and simp[start] in _PHRASE_PREPOSITIONS
            and freq.get(simp[start:end], 0) <= FLOOR_COUNT
        ):
            out += _phrase_words(simp, start, end)
            continue
        if (  # 社长兼 (3 times): a post and 兼 "and concurrently", shezhang jian
            end - start >= 3
            and simp[end - 1] == "兼"
            and freq.get(simp[start:end], 0) <= FLOOR_COUNT
            and freq.get(simp[start : end - 1], 0) >= SEEN_COUNT
        ):
            out += [(start, end - 1, tags.get(simp[start : end - 1], "n")), (end - 1, end, "d")]
            continue
        if (
            end - start == 3
            and simp[start] == "据"
            and freq.get(simp[start:end], 0) <= FLOOR_COUNT
            and freq.get(simp[start + 1 : end], 0) >= SEEN_COUNT
        ):
            out += [(start, start + 1, "p"), (start + 1, end, tags.get(simp[start + 1 : end], "v"))]
            continue
        if (  # 要好看 (3 times): yao haokan, an adverb or a modal verb and its word
            end - start == 3
            and (
                simp[start] in _ADVERBS
                # 曾多次 "has many times" (d): ceng duo ci; 曾向东 (nr), a person, stays whole
                or (simp[start] in _PAST_ADVERBS and flag in ("d", "v", "vn", "ad"))
            )
            and flag not in ("nt", "ns", "nz")  # 太医院, 太华山: names
            and not (simp[start] == "再" and flag in ("n", "vn"))  # 再结晶: re-, a noun's prefix
            and freq.get(simp[start:end], 0) <= FLOOR_COUNT
            and freq.get(simp[start + 1 : end], 0) >= COMMON_COUNT
        ):
            rest = simp[start + 1 : end]
            out += [(start, start + 1, tags.get(simp[start], "d")), (start + 1, end, tags[rest])]
            continue
        out.append((start, end, flag))
    return out


# adverbs and modal verbs jieba's dictionary lists with a common word after them, words it has
# all but never met (要好看, 太漂亮, 没道理: 3 times each): GB/T 16159 writes them apart
_ADVERBS = frozenset("要会能很不也都就才更最太还又再没")
# ... and adverbs of time and continuance that are surnames or a noun's prefix too (曾 Zeng,
# 曾祖父), apart only where jieba's word is an adverb's or a verb's (曾一度, 已损坏, 仍停留)
_PAST_ADVERBS = frozenset("曾已仍亦")


def _phrase_words(simp: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """A phrase's words by the dictionary without the phrase (在 | 会谈 | 中, 从头 | 再来), or its
    preposition and the rest as jieba cuts it where no two words of the dictionary make it."""
    sizes = divide(simp[start:end])
    if len(sizes) == 1:
        return [(start, start + 1, "p"), *_cut_at(simp, start + 1, end)]
    tags = dictionary()[1]
    out, at = [], start
    for n in sizes:
        out.append((at, at + n, tags.get(simp[at : at + n], "x")))
        at += n
    return out


# prepositions that begin phrases jieba's dictionary lists as one (在会谈中, 从那时起)
_PHRASE_PREPOSITIONS = frozenset("在从")
# the three words jieba's dictionary makes of 是 and a word (是因为, 是否是, 是不是): the copula
# is a word of its own, and so are the parts of a question of A-not-A (GB/T 16159: shi bu shi)
_WITH_SHI = {
    "是因为": ((1, "v"), (2, "c")),
    "是否是": ((2, "v"), (1, "v")),
    "是不是": ((1, "v"), (1, "d"), (1, "v")),
}


def _countries_after(simp: str, after: list[tuple[int, int, str]]) -> bool:
    """Whether the word after 从中 is a country's one syllable, with 中 a pair of countries
    (苏, 蒙 of 中苏, 中蒙)."""
    return (
        bool(after)
        and after[0][1] - after[0][0] == 1
        and simp[after[0][0]] in _countries()["chars"]
    )
