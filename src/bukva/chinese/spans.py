"""Spans of a text read as one word whatever the segmenter says: the caller's personal names,
numbers, the gazetteer's and CC-CEDICT's foreign names, the proper names of LC's table,
Japanese persons' names, and foreign names found by their characters."""

from __future__ import annotations

from bisect import bisect_right
from functools import cache, lru_cache

from .capitals import dynasty_word
from .division import UNIT_ENDINGS
from .japanese_names import family_heads, japanese_persons
from .lexicons import (
    _foreign_hanzi,
    cedict_names,
    cedict_transcribed,
    generic_places,
    lc_names,
    names,
    one_char_generics,
    quarter_places,
)
from .period_names import curated_persons, gazetteer_persons, gazetteer_places
from .segment import _number_spans
from .tagger import COMMON_COUNT, FLOOR_COUNT, SEEN_COUNT, dictionary, grammar_word
from .transcription import generic_length, transcribed_names
from .transcription_ends import SURNAME_ENDS
from .word import NUMBER, PERSON, PROPER

_NAME_TAGS = frozenset("nr nrt nrfg ns nz".split())  # jieba's flags of names
_PERSON_TAGS = frozenset("nr nrfg".split())  # jieba's flags of Chinese persons' names
# what makes a person's name a place's (斯维尔德洛夫 | 斯克 Sverdlovsk, 列宁 | 格勒 Leningrad,
# 彼得 | 堡): the gazetteer's person is then no word of its own
_PLACE_ENDINGS = ("斯克", "格勒", "堡")


@cache
def _places() -> dict[str, list[tuple[list[str], bool]]]:
    """The places read whole where jieba cuts them: the gazetteer's Chinese places,
    CC-CEDICT's places abroad by their quarter (北 | 越: Beiyue) and its places named with a
    generic (黑瞎子 | 岛: Heixiazi Dao; 西乡 | 塘区: Xixiangtang Qu)."""
    return {**generic_places(), **quarter_places(), **gazetteer_places()}


_TABLES = {
    "lc": lc_names,
    "foreign": _foreign_hanzi,
    "transcribed": cedict_transcribed,
    "places": _places,
    "persons": gazetteer_persons,
}


@cache
def _heads(which: str) -> dict[str, tuple[int, ...]]:
    """The first two characters of every name in a table (where a match can begin), each with
    the lengths of the names that begin so, longest first."""
    table = _TABLES[which]()
    lengths: dict[str, set[int]] = {}
    for name in table:
        lengths.setdefault(name[:2], set()).add(len(name))
    return {head: tuple(sorted(n, reverse=True)) for head, n in lengths.items()}


@lru_cache(maxsize=16)
def _pairs(text: str) -> frozenset[str]:
    """Every two characters of ``text`` side by side: where a table's name could begin. A
    text none of whose pairs begins a name holds none (most sentences, most tables)."""
    return frozenset(text[i : i + 2] for i in range(len(text) - 1))


def _lc_matches(simp: str, original: str) -> dict[int, tuple[int, list]]:
    """Longest LC proper-name matches, by start offset."""
    table = lc_names()
    heads = _heads("lc")
    same = original == simp
    if heads.keys().isdisjoint(_pairs(simp)) and (
        same or heads.keys().isdisjoint(_pairs(original))
    ):
        return {}
    longest = 12
    out = {}
    size = len(simp)
    i = 0
    while i < size:
        two = simp[i : i + 2]
        lengths = heads.get(two, ())
        if not same and original[i : i + 2] != two:
            lengths = tuple(sorted({*lengths, *heads.get(original[i : i + 2], ())}, reverse=True))
        for n in lengths:  # only the lengths of names that begin with these two characters
            if n > longest or n > size - i or n < 2:
                continue
            hit = table.get(original[i : i + n]) or table.get(simp[i : i + n])
            if hit and sum(len(s) for s, _ in hit) == n:
                out[i] = (n, hit)
                i += n - 1
                break
        i += 1
    return out


def _longest(simp: str, which: str) -> dict[int, str]:
    """The longest names of a table (``_TABLES``) in ``simp``, none inside another, by start."""
    table, heads = _TABLES[which](), _heads(which)
    if heads.keys().isdisjoint(_pairs(simp)):
        return {}
    out = {}
    size = len(simp)
    i = 0
    while i < size:
        for n in heads.get(simp[i : i + 2], ()):  # longest first
            if n <= size - i and simp[i : i + n] in table:
                out[i] = simp[i : i + n]
                i += n - 1
                break
        i += 1
    return out


def _foreign_names(simp: str) -> dict[int, tuple[int, list]]:
    """Longest gazetteer matches of foreign names in characters, by start offset, each one
    written word (LC-style hit: one part, capitalised)."""
    table = _foreign_hanzi()
    return {
        at: (len(name), [(table[name] or [None] * len(name), True)])
        for at, name in _longest(simp, "foreign").items()
    }


def _split_persons(simp: str, tokens: list[tuple[int, int, str]]) -> dict[int, tuple[int, int]]:
    """The gazetteer's Chinese persons that jieba cut into pieces (阎 | 明复 Yan Mingfu, no
    verb "mingfu"), by start: (length, surname length). A name that begins or ends inside one
    of jieba's words is no name there (高岗 in 高 | 岗位, "a high post")."""
    found = _longest(simp, "persons")
    if not found:
        return {}
    starts = {a: b for a, b, _ in tokens}
    ends = {b for _, b, _ in tokens}
    table = gazetteer_persons()
    out = {  # cut after the surname (阎 | 明复); 维新 | 变法, an event's name, is no person
        at: (len(name), table[name])
        for at, name in found.items()
        if at + len(name) in ends
        and (
            starts.get(at) == at + table[name]
            # a name of three characters or more jieba's words begin and end with, however
            # they cut it or tag it (林伯渠 nr, read as a foreign name's characters; 刘澜涛 n;
            # 刘宁 | 一): the gazetteer's person
            or (len(name) >= 3 and at in starts and name in curated_persons())
        )
    }
    ends_at = {b - 1: b for _, b, _ in tokens}
    for at, name in found.items():
        if at not in out and _verb_glued(simp, at, name, starts, ends_at):
            out[at] = (len(name), table[name])
    return out


def _verb_glued(simp: str, at: int, name: str, starts: dict, ends_at: dict) -> bool:
    """Whether the gazetteer's person ``name`` at ``at`` is followed by a common word of grammar
    jieba joined to its end: in a word its HMM made up (刘晓 | 任 of 刘晓任, 师哲 | 任 (翻译), no
    person Liu Xiaoren), or, for a name of the period's list of three characters or more, in a
    word of its dictionary (潘友 | 新任 "newly appointed": 潘友新 | 任 "served as")."""
    end = at + len(name)
    if starts.get(at, 0) == end + 1:
        return simp[at : end + 1] not in dictionary()[0].FREQ and grammar_word(simp[end])
    return (
        at in starts
        and len(name) >= 3
        and name in curated_persons()
        and ends_at.get(end) == end + 1
        and end not in starts
        and grammar_word(simp[end])
    )


def _one_more(simp: str, r: int, m: int, s: int, n: int) -> bool:
    """Whether a run of transcription's characters is a known name and one character more,
    no generic (弗兰克 | 林 Fulankelin, 克里斯蒂安 | 森): the longer name (not 卢卡斯 | 奖, 乌兰巴托
    | 城, a prize's and a city's generic)."""
    return r == s and m == n + 1 and generic_length(simp[r : r + m]) == 0


_PEOPLE = frozenset("人语文族")


def _surname_end(run: str) -> bool:
    """A run of transcription that ends as a Russian surname does is a surname, longer than a
    given name the gazetteer finds at its start."""
    return run.endswith(SURNAME_ENDS)


def _transcribed(simp: str, tokens: list[tuple[int, int, str]]) -> dict[int, tuple[int, list]]:
    """CC-CEDICT's foreign names that its glosses give no kind (克娄巴特拉 Cleopatra) where
    jieba's words take them whole, in pieces (克 | 娄巴 | 特拉) or as one word, by start
    offset: one written word (LC-style hit). A name that begins or ends inside one of jieba's
    words is no name there (大利拉 Delilah in 意大利 | 拉古萨; 斯拉夫 in 南斯拉夫), nor one a
    people's or a language's word follows (加勒比人 Jialebiren, 斯瓦希里语: one word, as
    jieba's merge makes them)."""
    found = _longest(simp, "transcribed")
    if not found:
        return {}
    starts = {a for a, _, _ in tokens}
    ends = {b for _, b, _ in tokens}
    table = cedict_transcribed()
    return {
        at: (len(name), [(table[name], True)])
        for at, name in found.items()
        if at in starts
        and at + len(name) in ends
        and simp[at + len(name) : at + len(name) + 1] not in _PEOPLE
    }


def _split_places(simp: str, tokens: list[tuple[int, int, str]]) -> dict[int, tuple[int, list]]:
    """The gazetteer's Chinese places that jieba cut into pieces (瑷 | 珲: Aihui), or took
    whole for a person's name (南满 nr: Nanman, no Nan Man), by start offset, each with its
    written words. A place that begins or ends inside one of jieba's words is left to jieba
    (上海 in 上海市), but a long one whose last character jieba joined to the next."""
    found = _longest(simp, "places")
    if not found:
        return {}
    starts = {a: (b, flag) for a, b, flag in tokens}
    out = {}
    ends = {b: a for a, b, _ in tokens}
    for at, name in found.items():
        stop = at + len(name)
        end, flag = starts.get(at, (stop, ""))
        cut = end < stop and (stop in starts or stop == len(simp))
        # a long name whose last character jieba joined to the next one (唐努乌梁 | 海原: 海原 a
        # county; 海是): the name's, where the word ends one character after it
        if end < stop and len(name) >= 4 and stop + 1 in ends and ends[stop + 1] == stop - 1:
            cut = True
        if cut or (end == stop and flag in _PERSON_TAGS):
            out[at] = (len(name), _places()[name])
    return out


def _generic_begins_word(simp: str, start: int, end: int, freq: dict) -> bool:
    """Whether jieba's word ``simp[start:end]`` begins with a place's generic of one character
    and is a common word of its own (市民 "residents", 市长 "mayor", 市场 "market"): the generic
    is that word's, not the end of a place's name before it. Not so for a body of the place
    or a part of it (市委, 省政府, 市区: Beijing Shi wei, Shandong Sheng zheng fu in catalogs)."""
    generics = one_char_generics()
    word = simp[start:end]
    return (
        word[0] in generics
        and freq.get(word, 0) >= COMMON_COUNT
        and word[-1] not in generics
        and word[-1] not in UNIT_ENDINGS
        and not word.endswith("政府")
    )


def _straddles(
    simp: str, tokens: list[tuple[int, int, str]], ends: list[int], s: int, last: int, freq: dict
) -> bool:
    """Whether a name from ``s`` begins inside one of jieba's words and ends inside the next
    (``last`` its start), both words jieba met often (全民 | 国家 around 民国)."""
    first_start, first_end, _ = tokens[bisect_right(ends, s)]
    return (
        first_start < s
        and first_end == last
        and freq.get(simp[first_start:first_end], 0) >= SEEN_COUNT
        and freq.get(simp[last : tokens[bisect_right(ends, last)][1]], 0) >= SEEN_COUNT
    )


def _overrides(
    text: str,
    simp: str,
    persons: dict[int, tuple[int, int]],
    tokens: list[tuple[int, int, str]],
    ends: list[int],
    catalog: bool = False,
) -> dict[int, tuple[int, str, object]]:
    """Spans read as one word whatever jieba says, by start: (length, role, payload). First
    come first served: the caller's personal names, numbers, the gazetteer's foreign names, LC's
    names, foreign names found by their characters (in GB/T text with a street's generic after
    one: Jitayisikaya Jie; catalogs keep 街 and 路 as they had them)."""
    overrides: dict[int, tuple[int, str, object]] = {}
    taken = bytearray(len(simp))

    def take(s: int, n: int, value: tuple[int, str, object]) -> None:
        overrides[s] = value
        taken[s : s + n] = b"\x01" * n

    for s, (n, surname) in persons.items():
        take(s, n, (n, PERSON, surname))
    if not family_heads().isdisjoint(_pairs(simp)):
        for s, (n, family) in japanese_persons(simp, tokens).items():
            if not any(taken[s : s + n]):  # 吉田茂: Jitian Mao; 德田球一, no number 一
                take(s, n, (n, PERSON, family))
    for s, e, value in _number_spans(simp):
        tstart, tend, tflag = tokens[bisect_right(ends, s)]
        if tstart == s and tend > e + 1 and tflag in _NAME_TAGS:
            continue  # 十月革命 (nz): the October Revolution, no date
        if not any(taken[s:e]):
            take(s, e - s, (e - s, NUMBER, value))
    names_here = cedict_names()
    freq = dictionary()[0].FREQ
    runs = transcribed_names(simp, tokens, freq, streets=not catalog)
    for s, (n, hit) in _foreign_names(simp).items():  # 赫鲁晓夫: one word, never Chinese
        if any(
            r <= s
            and s + n <= r + m
            and m > n
            and (n <= 2 or _surname_end(simp[r : r + m]) or _one_more(simp, r, m, s, n))
            for r, m in runs.items()
        ):  # 纳吉 inside 迪安纳吉, 斯捷潘 (Stepan) inside 斯捷潘诺夫: the longer name
            continue
        tstart, tend, tflag = tokens[bisect_right(ends, s + n - 1)]
        if tend != s + n and tstart <= s and tflag in _NAME_TAGS and simp[tstart:tend] in freq:
            continue  # 斯大林 inside the dictionary's 斯大林格勒 (nz): that whole name
        if simp.startswith(_PLACE_ENDINGS, s + n):
            continue  # 斯维尔德洛夫斯克: a place named for the person, read by its characters
        if not any(taken[s : s + n]):
            take(s, n, (n, PROPER, hit))
    for s, (n, hit) in _transcribed(simp, tokens).items():  # 克娄巴特拉: one word
        if any(r <= s and s + n <= r + m and m > n for r, m in runs.items()):
            continue  # 杜塞尔多夫 in 福尔图娜杜塞尔多夫, 坎特伯雷 of 坎特伯雷号: the longer run
        if not any(taken[s : s + n]):
            take(s, n, (n, PROPER, hit))
    for s, (n, hit) in _split_places(simp, tokens).items():
        if not any(taken[s : s + n]):
            take(s, n, (n, PROPER, hit))
    for s, (n, surname) in _split_persons(simp, tokens).items():
        if not any(taken[s : s + n]):
            take(s, n, (n, PERSON, surname))
    for s, (n, hit) in _lc_matches(simp, text).items():
        if any(taken[s : s + n]):
            continue
        # an LC name may end inside a common word or an organisation's name (中国|共产党),
        # never inside a personal name or a place jieba or CC-CEDICT knows, nor begin inside
        # one after a piece that is no name of its own (鞍山市 in 马鞍山市; but 中華 | 民國,
        # 清 | 乾隆: a name, a dynasty)
        tstart, tend, tflag = tokens[bisect_right(ends, s + n - 1)]
        if tend != s + n and (tflag.startswith(("nr", "ns")) or simp[tstart:tend] in names_here):
            continue
        if tend != s + n and _straddles(simp, tokens, ends, s, tstart, freq):
            continue  # 全民 | 国家: no 民国 read across two common words
        if tstart == s + n - 1 < tend - 1 and _generic_begins_word(simp, tstart, tend, freq):
            continue  # 北京 | 市民, 北京 | 市长: Beijing shimin, no Beijing Shi min
        tstart, tend, tflag = tokens[bisect_right(ends, s)]
        head = simp[tstart:s]
        if (
            tstart < s
            and tend == s + n
            and tflag in _COMMON_TAGS
            and freq.get(simp[tstart:tend], 0) > FLOOR_COUNT
        ):
            continue  # 出海口 "an outlet to the sea" (n, 76 times): a word, no 海口 (Haikou) in it
        if (
            tstart != s
            and (tflag.startswith(("nr", "ns")) or simp[tstart:tend] in names_here)
            and not (head in names_here or head in lc_names() or head in names()["dynasties"])
        ):
            continue
        take(s, n, (n, PROPER, hit if catalog else _dynasty_word(simp[s : s + n], hit)))
    for s, n in runs.items():
        if not any(taken[s : s + n]):  # 伏罗希洛夫
            g = generic_length(simp[s : s + n])
            parts = [([None] * (n - g), True)] + ([([None] * g, True)] if g else [])
            take(s, n, (n, PROPER, parts))
    return overrides


# jieba's tags of common nouns, verbs and adjectives: an LC name that is the tail of such a
# word the dictionary lists is none (出海口 "an outlet to the sea": no 海口 Haikou)
_COMMON_TAGS = frozenset("n v vn a an".split())


def _dynasty_word(name: str, hit: list) -> list:
    """LC's dynasty and its 朝, 代, 末 or 初 (清朝 Qing chao) as GB/T 16159 writes it: one
    proper noun (Qingchao), as capitals.mark_dynasties writes the words LC's list lacks."""
    if dynasty_word(name, names()["dynasties"]):
        return [([s for syllables, _ in hit for s in syllables], True)]
    return hit
