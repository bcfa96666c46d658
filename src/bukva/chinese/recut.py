"""jieba's words cut again where GB/T 16159 writes two words: a noun and its locative (山上
shan shang), a date's figure and its unit (2011 nian cai), a particle the HMM glued on (huijianle
Yuan Ying), an idiom listed by mistake (a department's name joined where jieba cut it:
units.py; a verb and its preposition: prepositions.py)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .script import NUMERALS
from .segment import _cut_at
from .tagger import COMMON_COUNT, FLOOR_COUNT, SEEN_COUNT, dictionary

LOCATIVES = frozenset("上下里中内外前后")  # locatives after a noun: 会议上, 过程中, 一年后
# 一年多 | 后: a count; 九大 (j) | 上作了: a congress by its abbreviation
_BEFORE_LOCATIVE = frozenset("n vn nz ns nt nr nrt an ng s t m q j".split())
_AFTER_LOCATIVE = frozenset("v vd t b d p c j".split())  # what jieba's HMM tagged the pair


def locatives_apart(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A locative after a noun and the next character, which jieba's HMM made a word its
    dictionary does not have (会议 | 上讲, 大会 | 上作了, 一年多 | 后才), are two words: the
    locative closes the noun's phrase (GB/T 16159, the 1996 text's 4.2.2, kept in 2012: a noun
    and the locative after it are written apart, shan shang, shu xia), the next character is a
    word of its own (shang zuole); so is 于 after a locative that ends a verb's phrase (在 ... 的
    帮助 | 下于 | 1957年: bangzhu xia yu)."""
    freq, tags = dictionary()[0].FREQ, dictionary()[1]
    out: list[tuple[int, int, str]] = []
    for k, (start, end, flag) in enumerate(tokens):
        if simp[start:end] == "后任" and _served_after(simp, out, tokens[k + 1 : k + 2]):
            out += [(start, start + 1, "f"), (start + 1, end, "v")]  # 回国 | 后 | 任: hou ren
            continue
        if (
            end - start == 2
            and out
            and out[-1][1] == start
            and (out[-1][2] in _BEFORE_LOCATIVE or simp[start + 1] == "于")
            and flag in _AFTER_LOCATIVE
            and simp[start] in LOCATIVES
            and freq.get(simp[start:end]) is None  # no word of jieba's dictionary: its HMM's
            and freq.get(simp[start + 1], 0) > 0
        ):
            out += [(start, start + 1, "f"), (start + 1, end, tags.get(simp[start + 1], "x"))]
            continue
        if _rare_locative_pair(simp, start, end, out, freq, tags):  # 中站 | 在: zhong zhan zai
            out += [(start, start + 1, "f"), (start + 1, end, "v")]
            continue
        if simp[start] == "后" and _after_then(simp, start, end, out, freq, tags):  # 后写 | 了
            out += [(start, start + 1, "f"), (start + 1, end, tags[simp[start + 1]])]
            continue
        if (
            end - start == 2
            and simp[start] in _PLACES_BY
            and simp[start + 1] in "上下里外"
            and flag in ("s", "f", "n")
            and simp[start:end] != "门下"  # a master's disciples (menxia), and an office's name
            and not _japanese_family(simp[start:end])  # 山下 (奉文): Yamashita
        ):
            out += [(start, start + 1, "n"), (start + 1, end, "f")]  # 山上: shan shang
            continue
        if simp[start:end] == "时说" and out and out[-1][1] == start and out[-1][2][:1] in "vn":
            out += [(start, start + 1, "n"), (start + 1, end, "v")]  # 会见 | 时 | 说: shi shuo
            continue
        if flag == "t" and _event_and_locative(simp[start:end], flag):  # 解放后: jiefang hou
            out += [(start, end - 1, tags[simp[start : end - 1]]), (end - 1, end, "f")]
            continue
        out.append((start, end, flag))
    return out


def _rare_locative_pair(simp: str, start: int, end: int, out: list, freq: dict, tags: dict) -> bool:
    """Whether jieba's word of two characters, a locative and a verb, that its dictionary
    has seen fewer than ten times (中站, 上有), right after a noun and before a preposition or a
    particle, is the noun's locative and a verb (论战中站在苏联一边: zhong zhan zai; 4.2.2 as in
    locatives_apart)."""
    return (
        end - start == 2
        and simp[start] in "上中里"  # 外借, 后去, 前为, 下到: a verb's own first character
        and bool(out)
        and out[-1][1] == start
        and out[-1][2] in _BEFORE_LOCATIVE
        and out[-1][2] not in ("m", "q", "t")
        and freq.get(simp[start:end], FLOOR_COUNT) < FLOOR_COUNT
        and tags.get(simp[start + 1], "").startswith("v")
        and tags.get(simp[end : end + 1], "") in ("p", "ul", "uz", "ug", "uj")
    )


def _after_then(simp: str, start: int, end: int, out: list, freq: dict, tags: dict) -> bool:
    """Whether jieba's word of 后 and a verb it has met fewer than SEEN_COUNT times (后写, 43),
    right after a noun and before the aspect particle 了, is the locative "after" closing the
    clause before it and the verb (访问苏联 | 后 | 写了: fangwen Sulian hou xiele); 后退了 and
    后悔了, words met often, stay."""
    return (
        end - start == 2
        and simp[start] == "后"
        and bool(out)
        and out[-1][1] == start
        and out[-1][2] in _BEFORE_LOCATIVE
        and simp[end : end + 1] == "了"
        and freq.get(simp[start:end], 0) < SEEN_COUNT
        and tags.get(simp[start + 1], "").startswith("v")
    )


# what a successor (后任) is after: a possessive, a pronoun; and what it is before: the copula
_SUCCESSOR_BEFORE = frozenset("uj ul r rr rz c".split())  # and 而 of 而后 "then"
_SUCCESSOR_AFTER = frozenset("是 为 的 ， 。".split())


def _served_after(simp: str, out: list, after: list) -> bool:
    """Whether jieba's 后任 "successor" is 后 "after" and the verb 任 "served as": right after a
    verb or an event (回国后任外交部副部长, 逝世后任), before what was served as; after a pronoun
    or at the start only before a body (他后任外交部副部长); not after 的 (他的后任是尤金), nor
    before a name (东进 nr: 任 would read as a surname)."""
    if not after or (out and out[-1][1] != after[0][0] - 2):
        return False
    if simp[after[0][0] : after[0][1]] in _SUCCESSOR_AFTER or after[0][2] in ("nr", "nrfg"):
        return False
    if not out or (out[-1][2] in _SUCCESSOR_BEFORE and out[-1][2] not in ("uj", "ul")):
        return after[0][2] == "nt"  # (他)后任外交部常务副部长: a body served in
    return out[-1][2] not in _SUCCESSOR_BEFORE


# things a place is by, on or in, nouns of one character: with a locative after them jieba's word
# is a place word (山上 s), which GB/T writes as two (the 1996 text's 4.2.2, kept in 2012: shan
# shang, men wai, he li, shu xia). What is a word of its own stays one (海外, 天上, 地下, 楼上,
# 城里: none of these nouns)
_PLACES_BY = frozenset("山河江湖岛树桌床墙门窗车船桥井洞池塘岸坡崖")


def _japanese_family(word: str) -> bool:
    from .japanese_names import japanese_surnames

    return word in japanese_surnames()


def _event_and_locative(word: str, flag: str) -> bool:
    """A time word of jieba's that is a verb or a noun of two characters and 后 or 前 (解放后,
    建国前, 午饭后): two words, as the 1996 text's 4.2.2 writes a noun and its locative (kept in
    2012); a time word of two (战后, 婚前) is a word (zhanhou)."""
    return (
        len(word) == 3
        and flag == "t"
        and word[-1] in "后前"
        and dictionary()[1].get(word[:2], "")[:1] in ("v", "n")
        and dictionary()[0].FREQ.get(word[:2], 0) >= SEEN_COUNT
    )


_DAY = re.compile(r"[0-9０-９]{1,2}")


def dates_apart(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A day's 日 or a month's 月 after its figure that jieba joined to the next word (16 | 日照
    | 会, a city and "can"; 5 | 日本 | 报讯; 10 | 月入 | 朝, "monthly income"): the date's word of
    its own, and what follows it cut again up to the end of the next word (16 ri zhaohui, 5 ri
    benbao xun, 10 yue ru Chao). A month's own time words stay (10 | 月底, 月初, 月份)."""
    if "日" not in simp and "月" not in simp and "年" not in simp:
        return tokens
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(tokens):
        start, end, flag = tokens[k]
        unit = simp[start]
        if unit == "年" and out and out[-1][1] == start and _year_and_more(simp, out[-1], end):
            out += [(start, start + 1, "m"), (start + 1, end, dictionary()[1].get(simp[end - 1]))]
            k += 1
            continue
        if (
            simp[start:end] in ("后任", "前任")
            and len(out) > 1
            and simp[out[-1][0] : out[-1][1]] == "年"
            and out[-1][1] == start
        ):  # 1949年 | 后任 (a successor to jieba): after the year, 任 "served as" (nian hou ren)
            out += [(start, start + 1, "f"), (start + 1, end, "v")]
            k += 1
            continue
        if (
            out
            and unit in _DATE_UNITS
            and end - start > 1
            and _DAY.fullmatch(simp[out[-1][0] : out[-1][1]])
            and out[-1][1] == start
            and 1 <= int(simp[out[-1][0] : out[-1][1]]) <= _DATE_UNITS[unit]
            and not (unit == "月" and (flag == "t" or simp[start:end] == "月份"))
        ):
            stop = tokens[k + 1][1] if k + 1 < len(tokens) else end
            out.append((start, start + 1, "m"))
            out += _cut_at(simp, start + 1, stop)
            k += 2
            continue
        out.append((start, end, flag))
        k += 1
    return out


_DATE_UNITS = {"日": 31, "月": 12}  # a date's units and their largest figure
# locatives after a year, apart (1949 nian hou), and the seasons (1964 nian qiu, as jieba's 年 | 春)
_AFTER_YEAR = frozenset("后前春夏秋冬")


def _year_and_more(simp: str, number: tuple[int, int, str], end: int) -> bool:
    """Whether a word of jieba's (2011 | 年才, 1949 | 年后) is 年 after a number, and an adverb or a
    locative of one character it glued on: 2011 nian cai, 1949 nian hou, as 年 | 又 and 年 | 以前
    are (the 1996 text's 4.2.2 and 4.5, kept in 2012: a noun and the locative after it apart; an
    adverb is a word), and a year's figure and a verb (1923 | 年率: 年率 "annual rate" to jieba, a
    year and 率 "led": nian shuai). A year's own time words (年代, 年底, 年初) are none."""
    figure = simp[number[0] : number[1]]
    last = simp[end - 1]
    tag = dictionary()[1].get(last, "")
    return (
        end - number[1] == 2
        and (figure.isdigit() or all(c in NUMERALS for c in figure))
        and (
            last in _AFTER_YEAR
            or tag in ("d", "p")
            or (tag == "v" and _YEAR.fullmatch(figure) is not None)  # 1923 | 年率: nian shuai
        )
    )


_YEAR = re.compile("1[0-9]{3}|20[0-9]{2}")  # a year's figure: a verb glued to its 年 is the verb


# one-character words that end no idiom jieba listed by mistake: particles, prepositions,
# conjunctions, pronouns, numerals, measure words, locatives (细微差别 | 的 stays)
_FUNCTION_FLAGS = frozenset("u uj ul uz ug uv ud p c y e r rr rz m q f d".split())


# jieba's tags of a listed word whose last character may belong to the word after it: an idiom
# (反右派斗 | 争), a name of its dictionary's (史丹佛大 | 学 nz, 3 times: Shidanfo | Daxue, a
# word met at least COMMON_COUNT times)
_RARE_HEAD_FLAGS = frozenset("i nz nt".split())


def rare_idioms_apart(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A four-character "idiom" jieba's dictionary lists but all but never met, whose last
    character and the one-character word after it make a word it has met often (反右派斗 | 争,
    listed 3 times: 反右派 | 斗争, "the Anti-Rightist struggle"): cut again so, the rest of
    the idiom by the dictionary (fanyoupai douzheng, not fanyou-paidou zheng). So a name it
    lists so, before a common word (史丹佛大 | 学: Shidanfo Daxue, Stanford University)."""
    if not any(flag in _RARE_HEAD_FLAGS for _, _, flag in tokens):
        return tokens  # most sentences: no idiom, no name of these
    freq = dictionary()[0].FREQ

    def moves(start: int, end: int, flag: str, nxt: tuple[int, int, str]) -> bool:
        return (
            flag in _RARE_HEAD_FLAGS
            and (end - start == 4 if flag == "i" else end - start >= 3)
            and nxt[1] - nxt[0] == 1
            and nxt[2] not in _FUNCTION_FLAGS
            and freq.get(simp[start:end], 0) <= FLOOR_COUNT
            and freq.get(simp[end - 1 : nxt[1]], 0) >= (SEEN_COUNT if flag == "i" else COMMON_COUNT)
        )

    return last_joins_next(simp, tokens, moves, lambda start, end, _: _cut_at(simp, start, end))


# jieba's tags of the words of a phrase, never of a place's name: adjectives, verbs, adverbs
_PHRASE_TAGS = frozenset("a ad v vd d".split())


def rare_places_apart(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A "place" of four characters jieba's dictionary lists but all but never met (热烈庆祝, 3
    times) that is two words it has met often, each an adjective, a verb or an adverb (热烈 |
    庆祝 "warmly celebrate"): the two words, no place Relieqingzhu."""
    if not any(flag == "ns" and end - start == 4 for start, end, flag in tokens):
        return tokens  # most sentences: no place of four characters
    freq, tags = dictionary()[0].FREQ, dictionary()[1]
    out: list[tuple[int, int, str]] = []
    for start, end, flag in tokens:
        halves = (simp[start : start + 2], simp[start + 2 : end])
        if (
            flag == "ns"
            and end - start == 4
            and freq.get(simp[start:end], 0) <= FLOOR_COUNT
            and all(freq.get(h, 0) >= SEEN_COUNT and tags.get(h) in _PHRASE_TAGS for h in halves)
        ):
            out += [(start, start + 2, tags[halves[0]]), (start + 2, end, tags[halves[1]])]
            continue
        out.append((start, end, flag))
    return out


def rare_heads_back(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A word of three characters or more jieba's dictionary lists but all but never met, whose
    first character and the one-character word before it make a word it has met often, the
    rest a word it lists (人 | 数最多 | 时, listed 3 times: 人数 | 最多, "the number of people at
    its highest"): cut again so (renshu zuiduo, no "ren shuzuiduo")."""
    freq, tags = dictionary()[0].FREQ, dictionary()[1]
    out: list[tuple[int, int, str]] = []
    for start, end, flag in tokens:
        before = out[-1] if out else None
        if (
            before is not None
            and end - start >= 3
            and before[1] == start
            and before[1] - before[0] == 1
            and before[2] not in _FUNCTION_FLAGS
            and not flag.startswith("nr")  # 北 | 宋建隆, 路 | 易二世: a name's head or tail
            and freq.get(simp[start:end], 0) <= FLOOR_COUNT
            and freq.get(simp[before[0] : start + 1], 0) >= SEEN_COUNT
            and simp[start + 1 : end] in freq
        ):
            head = simp[before[0] : start + 1]
            out[-1] = (before[0], start + 1, tags.get(head, "n"))
            out.append((start + 1, end, tags.get(simp[start + 1 : end], "x")))
            continue
        out.append((start, end, flag))
    return out


def last_joins_next(
    simp: str,
    tokens: list[tuple[int, int, str]],
    moves: Callable[[int, int, str, tuple[int, int, str]], bool],
    head: Callable[[int, int, str], list[tuple[int, int, str]]],
) -> list[tuple[int, int, str]]:
    """The tokens, each one ``moves`` picks giving its last character to the word right after
    it (the two one word, tagged as the dictionary tags it), what is left of it as ``head``
    cuts it (start, end, its flag)."""
    tags = dictionary()[1]
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(tokens):
        start, end, flag = tokens[k]
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and nxt[0] == end and moves(start, end, flag, nxt):
            out += head(start, end - 1, flag)
            out.append((end - 1, nxt[1], tags.get(simp[end - 1 : nxt[1]], "x")))
            k += 2
            continue
        out.append((start, end, flag))
        k += 1
    return out


# what follows a note's "ibid." (同上, 同上书 "the same book as above"): the note's page, or the
# end of its clause
_AFTER_IBID = frozenset("，,。.：:；;第）)")


def ibid_joined(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A note's 同上 "ibid.", which jieba cuts as the preposition 同 and the locative 上 (or 上书
    "to petition"), one word, tongshang; 书 after it "book" a word of its own (同上书，第56页:
    Tongshang shu, di 56 ye). Only where a page or the clause's end follows."""
    if "同上" not in simp:
        return tokens
    out: list[tuple[int, int, str]] = []
    for start, end, flag in tokens:
        word = simp[start:end]
        before = out[-1] if out else None
        if (
            before is not None
            and simp[before[0] : before[1]] == "同"
            and before[1] == start
            and word in ("上", "上书")
            and (end == len(simp) or simp[end] in _AFTER_IBID)
        ):
            out[-1] = (before[0], start + 1, "l")
            if word == "上书":
                out.append((start + 1, end, "n"))
            continue
        out.append((start, end, flag))
    return out
