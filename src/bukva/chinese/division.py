"""Word division by the dictionary for GB/T 16159-2012: the words of a long name (6.3.2) and of
a long common word (the 1996 text's 4.1.3, kept in 2012: a whole concept of four syllables or
more is written word by word; one that cannot be divided into words is written joined:
huanjing baohu guihua, wufeng gangguan; hongshizihui, yanjiushengyuan)."""

from __future__ import annotations

import math
from functools import cache
from itertools import pairwise

from .lexicons import (
    MEMORIALS,
    TITLES,
    _foreign_hanzi,
    _generic_split,
    cedict_names,
    common_words,
    one_char_generics,
)
from .parties import party_abbreviation
from .place_groups import _FACILITIES
from .script import NUMERALS
from .tagger import COMMON_COUNT, FLOOR_COUNT, SEEN_COUNT, dictionary, two_words
from .word import Word

_NAMES = ("nr", "ns", "nz")  # jieba's flags of names

# the last character of a department's, a bureau's, an office's name (宣传部, 公安局)
UNIT_ENDINGS = frozenset("部局处厅院所委会社厂站队团科署")
_JOINING = UNIT_ENDINGS | {"系"}  # and a university's department: 自动化 | 系 (Zidonghuaxi)


def country_cuts(w: Word) -> tuple[set[int], set[int]]:
    """A country's syllables inside a word (华 of 驻华, not 中 of 中文: that one heads it) and
    the cuts that set each apart as a word of its own (6.3.3: zhu Hua, fang Hua)."""
    inner = {c for c in w.capital_at if 0 < c < len(w.text)}
    return inner, {*inner, *(c + 1 for c in inner if c + 1 < len(w.text))}


DETERMINERS = frozenset("各我本该贵敝")  # pronouns that determine a noun (各国, 我党, 本市)
_DETERMINED = frozenset("国党军省市县方")  # ... and the nouns they and 两 determine (两国, 两党)


@cache
def _freq() -> dict[str, int]:
    """jieba's dictionary, with the names bukva knows (CC-CEDICT's persons and places, foreign
    names in characters) as words of their own: 宾夕法尼亚 | 大学; and a determiner and its noun
    (两党, 两军, 我党) as a word, as 两国 is, so that 两党关系 is divided as 两国关系 is."""

    freq = dict(dictionary()[0].FREQ)
    for name in [*cedict_names(), *_foreign_hanzi()]:
        freq[name] = max(freq.get(name, 0), 100_000)
    for first in (*DETERMINERS, "两"):
        for noun in _DETERMINED:
            freq[first + noun] = max(freq.get(first + noun, 0), FLOOR_COUNT)
    return freq


def _whole_name(piece: str) -> bool:
    """A name jieba's dictionary, CC-CEDICT or the gazetteer holds whole, with no generic term
    to set apart (宾夕法尼亚; not 内蒙古自治区, whose 自治区 is a word of its own)."""
    tag, entry = dictionary()[1].get(piece, ""), cedict_names().get(piece)
    known = tag[:2] in _NAMES or (entry and entry[0] != "term") or piece in _foreign_hanzi()
    return bool(known) and _generic_split(piece, "ns") is None


def facility_groups(simp: str) -> list[int] | None:
    """A place's facility named for it and something more, one word to jieba (北京首都机场):
    the words of its name by the dictionary, then the facility (Beijing Shoudu Jichang)."""
    end = next((f for f in _FACILITIES if simp.endswith(f)), "")
    head = simp[: len(simp) - len(end)]
    if not end or len(head) < 3:
        return None
    sizes = divide(head) if len(head) > 3 else [len(head)]
    if 1 in sizes or (len(sizes) == 1 and not _freq().get(head)):
        return None  # 中国大 | 饭店: no word before the facility (中国 | 大饭店)
    return [*sizes, len(end)]


def divide(text: str, top: bool = True) -> list[int]:
    """The words of a long name, by jieba's dictionary (fewest words, then the likeliest):
    社会科学院 → 社会 | 科学院. Names of three characters or fewer stay whole. ``top``: the
    whole name, not a word of it divided again (whose lone characters tell it is a name the
    dictionary holds whole: 威斯康星, not 威斯 | 康星)."""
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
            if (j - i > 1 and not freq.get(piece) and not party_abbreviation(piece)) or (
                i == 0 and j == n
            ):
                continue
            if j - i >= 4 and freq.get(piece, 0) < _RARE_LONG and _glued(piece, freq):
                continue  # 西北军 | 政委员会 (3 times): no word, as 地球物理 (3 times) is
            if j - i == 1 and piece in NUMERALS and j < n and freq.get(text[i : i + 2]):
                continue  # 八 | 国联军: a numeral and the noun it counts make a word (八国 | 联军)
            if piece[:3] == "党中央" and i >= 2 and freq.get(text[i - 2 : i + 1]):
                continue  # 劳动 | 党中央: a party's 党 ends its name (劳动党 | 中央)
            step = 10.0 - math.log(freq.get(piece, 1) + 1) / 10  # each word costs; frequent less
            candidate = (cost + step, [*sizes, j - i])
            if best[j] is None or candidate[0] < best[j][0]:  # type: ignore[index]
                best[j] = candidate
    if not best[n]:
        return [n]
    out: list[int] = []
    at = 0
    for size in best[n][1]:  # type: ignore[index]
        piece = text[at : at + size]
        # 中央委员会: 中央 | 委员会, 长江大桥: 长江 | 大桥; a name the dictionary cannot divide
        # into words stays whole (宾夕法尼亚 | 大学, not 宾 | 夕 | 法 | 尼 | 亚)
        inner = divide(piece, top=False) if size > 3 else [size]
        out += [size] if 1 in inner and _whole_name(piece) else inner
        at += size
    at = 0
    for k, size in enumerate(out[:-1]):  # 总 | 参谋部: a prefix joins its word (Zongcanmoubu)
        if size == 1 and (text[at] in _PREFIXES or _big_building(text, at, out[k + 1])):
            out[k : k + 2] = [1 + out[k + 1]]
            break
        at += size
    at = 0
    for k, size in enumerate(out):  # 民主 | 主义: a suffix joins its word (Minzhuzhuyi)
        if k and text[at : at + size] in _SUFFIXES:
            out[k - 1 : k + 1] = [out[k - 1] + size]
            break
        at += size
    at = 0
    for k, size in enumerate(out):  # 共产主义 | 者: the suffix 者 joins its word (the 1996
        if k and size == 1 and text[at] == "者":  # text's 4.2.1, kept in 2012)
            out[k - 1 : k + 1] = [out[k - 1] + 1]
            break
        at += size
    at = 0
    for k, size in enumerate(out):  # 国际 | 史 → 国际史: a field's history, its study (Guojishi)
        if k and size == 1 and text[at] in _FIELDS and out[k - 1] >= 2:
            out[k - 1 : k + 1] = [out[k - 1] + 1]
            break
        at += size
    if top:
        out = _lone_run_joined(text, out)
    if len(out) > 1 and out[-1] == 1 and text[-1] in _JOINING and text[-2] not in "报刊志":
        # 国土 | 资源部: a unit's ending joins its word (Ziyuanbu); a periodical's title stays
        # whole (Renmin Ribao She)
        out[-2:] = [out[-2] + 1]
    return out


def _big_building(text: str, at: int, size: int) -> bool:
    """大 before a building of two characters, one word (大 | 剧院: 国家大剧院 Guojia Dajuyuan,
    as 大会堂, 大饭店 are jieba's words)."""
    return text[at] == "大" and size == 2 and text[at + 2] in "院场堂店馆厅楼"


_RARE_LONG = 5  # jieba's count under which a long word inside a name may be a glued character


def _glued(piece: str, freq: dict) -> bool:
    """Whether ``piece`` is a character glued to a common word (政 | 委员会), where the jieba
    word is no two words of two characters or more (地球 | 物理) and no name (克里姆林)."""
    return freq.get(piece[1:], 0) >= _COMMON_TAIL and not any(
        freq.get(piece[:p]) and freq.get(piece[p:]) for p in range(2, len(piece) - 1)
    )


_COMMON_TAIL = 1000


_NO_NAME_CHARS = frozenset("的和及与之第在")  # particles, conjunctions, 在, the ordinal's 第


def _lone_run_joined(text: str, sizes: list[int]) -> list[int]:
    """Characters the dictionary leaves alone side by side inside a name, a firm's own name
    that is no word (汉口 | 燮 | 昌 | 火柴厂: Xiechang Huochaichang), one word; not a particle,
    a conjunction or a numeral."""
    out: list[int] = []
    run = False  # whether the last word written is such characters only
    at = 0
    for size in sizes:
        ch = text[at]
        lone = size == 1 and ch not in _NO_NAME_CHARS and ch not in NUMERALS
        if lone and ch in one_char_generics():
            lone = False  # 卡 | 村: a village's generic stays a word of its own
        if lone and run:
            out[-1] += 1
        else:
            out.append(size)
        run = lone
        at += size
    return out


# jieba's parts of speech of a common word the four-syllable rule divides (nouns, verbs ...);
# idioms (i) take a hyphen (6.1.7), set expressions (l), numbers and names keep their own rules
_COMPOUND_FLAGS = frozenset("n nz nt vn v t j b s a d l".split())  # nt: 人民公社化
_SUFFIXES = ("主义", "主义者", "学家")
# the last character of a body whose member 员 names (GB/T 16159, the 1996 text's 4.2.1, kept
# in 2012: a suffix joins its word): 共产党 | 员 is gongchandangyuan, never 共产 | 党员; a
# painter (肖像 | 画家) or a revolutionary (民主 | 革命家) is no member
_BODY_CHARS = frozenset("党团队")


def _suffixed(simp: str) -> bool:
    """Whether a word is a body of three characters or more jieba's dictionary has and 员,
    its member (共产党员, 少先队员, 共青团员)."""
    return (
        simp[-1] == "员"
        and len(simp) >= 4
        and simp[-2] in _BODY_CHARS
        and dictionary()[0].FREQ.get(simp[:-1], 0) >= SEEN_COUNT
    )


# one-syllable nouns of a field that a name's division leaves alone after a word (国际 | 史, 东欧
# | 史): bound, they join the word before them, as 近代史 Jindaishi and 经济学 jingjixue are one
# word in the dictionary (GB/T 16159, the 1996 text's 4.1.3, kept in 2012: what cannot be
# divided into words of two syllables or more is written joined)
_FIELDS = frozenset("史学")
# one-syllable prefixes that join their noun (GB/T 16159, the 1996 text's 4.2.1, kept in 2012:
# fubuzhang, zonggongchengshi)
_PREFIXES = frozenset("总副")


def compound_words(text: str) -> list[int]:
    """The four-syllable rule: a word of four characters or more as the words of two or more
    characters it is made of (环境保护规划 → 环境 | 保护 | 规划: the fewest, then the likeliest);
    ``[len]`` when it cannot be so divided (红十字会, 研究生院: a one-character part keeps it
    whole)."""
    n = len(text)
    freq = _freq()
    best: list[tuple[int, float, list[int]] | None] = [None] * (n + 1)
    best[0] = (0, 0.0, [])
    for i in range(n - 1):
        if best[i] is None:
            continue
        count, cost, sizes = best[i]  # type: ignore[misc]
        for j in range(i + 2, min(n, i + 8) + 1):
            f = freq.get(text[i:j])
            if not f or (i == 0 and j == n):
                continue
            candidate = (count + 1, cost - math.log(f), [*sizes, j - i])
            if best[j] is None or candidate[:2] < best[j][:2]:  # type: ignore[index]
                best[j] = candidate
    return best[n][2] if n >= 4 and best[n] else [n]  # type: ignore[index]


def common_pair(simp: str, flag: str) -> bool:
    """Four characters jieba's dictionary tags a person (保持中立, 采取措施, 道德规范: nr, as
    a thousand such phrases) that are two words it has at least a hundred times each: a common
    phrase, divided like any other (baochi zhongli); and one it all but never met whose halves
    are words it has met (简体中文, 9 times: jianti Zhongwen, no person Jian Tizhongwen)."""
    if flag not in ("nr", "nrfg") or len(simp) != 4:
        return False
    rare = dictionary()[0].FREQ.get(simp, 0) <= FLOOR_COUNT
    return two_words(simp, SEEN_COUNT) or (rare and two_words(simp, FLOOR_COUNT + 1))


def _name_part(part: str) -> bool:
    """A name inside a common phrase keeps its capital: a place or a person CC-CEDICT knows
    and jieba tags a name (越南; not 资源, a county to CC-CEDICT, a noun to jieba), or a place
    jieba's dictionary has often that CC-CEDICT does not call an ordinary word (德国, 台湾;
    not 城市, 回国)."""
    tok, tags = dictionary()
    tag = tags.get(part, "ns")
    if part in cedict_names():
        return tag[:2] in _NAMES
    return tag == "ns" and tok.FREQ.get(part, 0) >= COMMON_COUNT and part not in common_words()


def titled(simp: str) -> bool:
    """A surname and a title jieba's dictionary holds as one word, seen more than a few times
    (毛主席, 周总理; not 任教授, "to teach", all but unseen)."""
    return len(simp) >= 3 and simp[1:] in TITLES and dictionary()[0].FREQ.get(simp, 0) > FLOOR_COUNT


# GB/T 16159 (the 1996 text's 4.5.3, kept in 2012): 各, 每, 某, 本, 该, 我 and 你 are written apart
# from the noun or the measure word after them (ge guo, mei nian, mou ren, ben shi, gai kan, wo
# xiao); jieba holds many such pairs as one pronoun (r)
_DIVIDED_DETERMINERS = frozenset("各每某本该我你")
# pronouns of jieba's that are words of their own, no determiner and its noun: plurals (我们,
# 某些, 我俩, like 这些 in 4.5.2), and words whose sense is no longer the two (本身 "itself", 本人
# "oneself", 本事 "ability", 各自 "each", 各位 "everyone", 各个 "one by one", 本地 "local", 本科
# "undergraduate", 我辈 "our kind", 某某 "so-and-so"), and 该是 "should be", 各举 "each cites"
_PRONOUN_WORDS = frozenset(
    "我们 你们 某些 我俩 你俩 本身 本人 本事 各自 各位 各个 本地 本科 本位 本家 本行 本儿 "
    "我辈 我行 你老 某某 各色 各式 各样 该是 各举 本部 "
    "各庄".split()  # a village's name (徐各庄, 东沙各庄), no "each village"
)
# the units and places such a pair names that jieba tags a noun (本市, 我军, 本厂; 我会 "our
# association" and "I will", both wo hui), where most of its nouns so led are words (本质, 本钱)
_UNIT_NOUNS = UNIT_ENDINGS | _DETERMINED | frozenset("校馆站村镇乡区报刊")


# jieba's tags of a word of three characters that may be a determiner and the noun, measure word
# or time word after it (每公斤 n, 各阶层 l, 每星期 i, 本世纪 t), and of that noun
_FUSED_FLAGS = frozenset("n r l i t q m b".split())
_NOUN_FLAGS = frozenset("n q t m b s nz ns".split())


def each_of(simp: str) -> bool:
    """Whether a "place" of jieba's is 各 or 每 and a word of its dictionary (各省市, 各县市:
    each province and city), no place's name."""
    return simp[0] in "各每" and simp[1:] in dictionary()[1]


def determiner_apart(w: Word) -> bool:
    """Write a determiner and the noun jieba fused with it (我国, 各省, 该刊; 每公斤, 本世纪) as
    two words; whether it did."""
    if len(w.text) == 3 and len(w.syllables) == 3 and w.simp[0] in _DIVIDED_DETERMINERS:
        tok, tags = dictionary()
        head, rest = w.simp[:2], w.simp[1:]
        if (
            w.flag in _FUSED_FLAGS
            and tags.get(rest, "") in _NOUN_FLAGS
            and tok.FREQ.get(rest, 0) >= SEEN_COUNT
            # no pronoun or word of its own first (本国 | 产, 每天 | 花, 某某 | 人, 每周 | 一)
            and head not in _PRONOUN_WORDS
            and tok.FREQ.get(head, 0) < SEEN_COUNT
        ):
            w.groups, w.caps = [1, 2], [False, False]
            return True
        return False
    if len(w.text) != 2 or w.simp in _PRONOUN_WORDS:
        return False
    if w.flag != "r" and not (w.flag == "n" and w.simp[1] in _UNIT_NOUNS):
        return False
    if w.simp[0] not in _DIVIDED_DETERMINERS or len(w.syllables) != 2:
        return False
    w.groups, w.caps = [1, 1], [False, False]
    return True


def _compound(w: Word) -> None:
    """A common word of four characters or more written by its words (that rule); a place or a
    person's name among them keeps its capital (越南战争 → Yuenan zhanzheng), and so does a
    country's syllable (驻华大使 → zhu Hua dashi, 6.3.3). A last part like 主义 or 学家 is a
    suffix, joined as the standard's own examples join it (weiwuzhuyi, gushengwuxuejia)."""
    if len(w.text) < 4:
        return
    simp = w.simp
    saying = w.flag == "i" and len(simp) >= 5  # 东风压倒西风: a saying, by its words
    if len(simp) < 4 or (
        w.flag not in _COMPOUND_FLAGS and not saying and not common_pair(simp, w.flag)
    ):
        return
    sizes = compound_words(simp)
    if len(sizes) < 2 or simp[-sizes[-1] :] in _SUFFIXES or _suffixed(simp):
        return
    cuts = {0, *(sum(sizes[:k]) for k in range(1, len(sizes)))}
    cuts |= country_cuts(w)[1]
    edges = [*sorted(cuts), len(simp)]
    # a titled name among the words: its surname capitalized, the title not (毛主席 | 纪念堂:
    # Mao zhuxi), and a memorial named after it a proper name (Mao Zhuxi Jiniantang)
    parts = [(a, b) for a, b in pairwise(edges)]
    groups, caps = [], []
    tags = dictionary()[1]
    for k, (a, b) in enumerate(parts):
        if titled(simp[a:b]):
            groups += [1, b - a - 1]
            caps += [True, False]
        else:
            groups.append(b - a)
            # a name's word counted (三面 | 红旗, "three red banners"): a common noun
            counted = k > 0 and tags.get(simp[slice(*parts[k - 1])], "")[:1] == "m"
            caps.append(a in w.capital_at or (_name_part(simp[a:b]) and not counted))
    if simp.endswith(MEMORIALS) and any(caps):
        caps = [True] * len(caps)
    w.groups, w.caps = groups, caps
    w.capital_at = ()
