"""GB/T 16159's numbers and measure words, applied to jieba's words for pinyin.

- 6.1.6 (numbers): below ten thousand, apart at the thousands and the hundreds (sanqian wubai
  liushisi); 万 and 亿 joined to a number of one syllable (yiwan, qianwan) and apart after a
  longer one (shiyi wan, sanbai wushiba wan); a numeral and its measure word apart (liang ge
  ren; the 1996 text's jule yi ge gong, 4.3.2), approximate numbers too (ji ge, yibai duo ge).

The examples are the standard's and the Xinhua Pinxie Cidian's (benchmarks/data/gbt-standard.tsv,
with their sources).
"""

from __future__ import annotations

from collections.abc import Iterator

from .division import _DETERMINED
from .joins import _MEASURES, _NOUN_FLAGS, _cut, _degree_split, _joined, _one_and_measure, _plain
from .script import NUMERALS, simplified
from .tagger import FLOOR_COUNT, SEEN_COUNT, dictionary
from .word import OTHER, PERSON, WORD, Word

_DEMONSTRATIVES = frozenset(("这", "那", "哪", "每"))
_ONE_DIGIT = frozenset("一二两三四五六七八九十")
_BIG = frozenset("万萬亿億")


def _measure_split(w: Word) -> list[Word]:
    """A numeral and the measure word or noun jieba joined to it (六个, 三次, 两年, 亿 | 美元) as
    two words: the 1996 text writes them apart (jule yi ge gong, liguo san ci fa in 4.3.2; na ci
    huiyi in 4.5.2), and the numeral then joins the rest of its number (一百五十 | 六 → yibai
    wushiliu)."""
    if w.role == WORD and w.flag in ("n", "l") and not w.groups:  # 两条路线 (l): liang tiao
        return _counted_noun(w)
    if w.role != WORD or w.flag not in ("m", "d", "t") or w.groups:  # 一幅: d, 八年: t
        return [w]
    n = _numeral_length(w.simp, w.flag)
    rest = simplified(w.text[n:])
    if n and rest[:1] in _ABOUT and w.flag == "m":  # 一百多个: yibai duo ge
        number, more = _cut(w, n, "m", "m")
        if len(rest) == 1:
            return [number, more]
        return [number, *_cut(more, 1, "m", dictionary()[1].get(rest[1:], "q"))]
    if n > 0 and len(rest) >= 2 and rest[0] == "个" and rest[1:] != "个" and w.flag == "m":
        # 一个月: the numeral, 个 and the noun each a word (yi ge yue), as 一个 | 星期 is
        number, counted = _cut(w, n, "m", "n")
        measure, noun = _cut(counted, 1, "q", dictionary()[1].get(rest[1:], "n"))
        if len(rest) >= 3 and rest[1] in _ABOUT:  # 一个多月: yi ge duo yue
            return [number, measure, *_cut(noun, 1, "m", dictionary()[1].get(rest[2:], "n"))]
        return [number, measure, noun]
    if rest == "点" and w.flag == "m" and n > 0 and w.simp[0] != "一":
        return _cut(w, n, "m", "q")  # 六点 "six o'clock": liu dian (一点 "a little" is a word)
    noun = dictionary()[1].get(rest, "") if len(rest) >= 2 else ""
    if (
        not 0 < n < len(w.text)
        or (len(w.text) == 2 and w.text[0] in "百千万萬亿億")  # 万岁, 千年: words (wansui)
        or (
            rest not in _MEASURES
            and rest != "年代"  # 五十年代 (t): the fifties, wushi niandai
            and (w.flag in "dt" or noun[:1] not in ("n", "q"))
        )
    ):
        return [w]
    return _cut(w, n, "m", noun or "q")


# what makes a number approximate after it, a word of its own: 多, 来, 余 (yibai duo ge, shi
# lai wan ren), as GB/T 16159-2012 6.1.6 writes the words of a number and its measure word
# apart; 几 is a digit of the numeral (shiji, jishi, jibai), its measure word apart (ji ge)
_ABOUT = frozenset("多来余")


def _numeral_length(text: str, flag: str) -> int:
    """How many characters a numeral of jieba's (m) begins with: its digits, and 几 among
    them, which makes it approximate (几个 ji ge, 十几 shiji, 几十 jishi; 好几 haoji; 数十
    shushi)."""
    n = 2 if flag == "m" and text.startswith("好几") else 0
    if flag == "m" and text[:1] == "数" and text[1:2] in NUMERALS:
        n = 1  # 数十, 数百: "some tens", as 几十 (shushi ge)
    if flag == "m" and text.startswith("半个"):
        return 1  # 半个 | 小时: half, and its measure word (ban ge xiaoshi)
    while n < len(text) and (text[n] in NUMERALS or (text[n] == "几" and flag == "m")):
        n += 1
    return n


def _counted_noun(w: Word) -> list[Word]:
    """A numeral, its measure word and a noun that jieba's dictionary lists as one noun (五项原则,
    五年计划, 两国人民) as three words, as the standard writes a numeral and its measure apart
    from each other and from the noun (4.3.2: jule yi ge gong): wu xiang yuanze. The noun must
    be one jieba has met often (SEEN_COUNT); a name CC-CEDICT lists (九章算术) stays whole."""
    from .lexicons import cedict_names

    simp = w.simp
    tags, freq = dictionary()[1], dictionary()[0].FREQ
    noun = simp[2:]
    if (
        len(simp) < 4
        or simp[0] not in _ONE_DIGIT
        or simp[1] not in _MEASURES
        or tags.get(noun) not in _NOUN_FLAGS
        or freq.get(noun, 0) < SEEN_COUNT
        or simp in cedict_names()
    ):
        return [w]
    counted, rest = _cut(w, 2, "m", tags[noun])
    if _two_of(counted.simp):
        return [counted, rest]  # 两国 | 人民: liangguo renmin, as 两国关系 is liangguo guanxi
    return [*_cut(counted, 1, "m", "q"), rest]


def _two_of(simp: str) -> bool:
    """两 and a noun it determines (两国, 两党, 两军): one word, as the four-syllable rule
    counts it (division.py), wherever jieba puts it."""
    return len(simp) == 2 and simp[0] == "两" and simp[1] in _DETERMINED


def measure_head(w: Word) -> list[Word]:
    """A measure word at the head of the word after a number (第二 | 次世界大战): the measure
    apart, the rest a word of its own (di-er ci shijie dazhan)."""
    head = simplified(w.text[:1])
    if w.role != WORD or w.groups or len(w.text) < 3 or head not in _MEASURES:
        return [w]
    if dictionary()[0].FREQ.get(w.simp, 0) > FLOOR_COUNT:
        return [w]  # a word of jieba's dictionary: 第五 | 集团军 (an army group), no 集 counted
    return _cut(w, 1, "q", w.flag)


def join_numbers(words: list[Word]) -> list[Word]:
    """Adjacent words jieba cut out of one numeral (三百五十 | 八万) as one word, the measure
    word after a numeral apart (六个 → 六 | 个), 很 apart from its adjective (很大 → 很 | 大)."""
    out: list[Word] = []
    for w in _number_pieces(words):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.role == OTHER
            and _after_figure(prev, w)
            and len(parts := measure_head(w)) > 1
        ):
            out += parts  # K3 | 次列车 (jieba's, 3 times): the train's number, ci lieche
            continue
        if _this_one_inside(w):  # 那件事, 那本书: na jian shi, na ben shu
            head, rest = _cut(w, 2, "r", dictionary()[1].get(w.simp[2:], "n"))
            out += [*_cut(head, 1, "r", "q"), rest]
            continue
        if (
            w.text[-1:] in ("党", "黨")
            and w.simp == "国党"
            and prev is not None
            and prev.end == w.start
            and _numeral(prev)
        ):
            country, party = _cut(w, 1, "n", "n")  # 八十一 | 国党: the countries' parties
            two = _two_of(prev.simp + country.simp)  # 两国 | 党: liangguo dang
            out[-1:] = [_joined(prev, country, "m")] if two else [prev, country]
            out.append(party)
            continue
        if w.role == WORD and w.simp == "个人" and prev is not None and _approximate(out):
            out += _cut(w, 1, "q", "n")  # 二十 | 来 | 个人: the measure word and 人, lai ge ren
            continue
        if (
            prev is None
            or prev.end != w.start
            or not (
                w.flag in ("m", "r")
                or w.text[:1] == "一"
                or len(w.text) == len(prev.text) == 1
                or prev.simp in _DEMONSTRATIVES
            )
        ):  # none of the joins below can apply (most words)
            out.append(w)
            continue
        if _numeral(prev) and _numeral(w) and not prev.groups:
            out[-1] = _joined(prev, w, "m")
            continue
        if _plain(prev) and _plain(w) and _two_of(prev.simp + w.simp):
            out[-1] = _joined(prev, w, "n")  # 两 | 党 (jieba's cut): one word, liangdang
            continue
        if _one_and_noun(prev, w):
            out += _cut(w, 1, "m", dictionary()[1].get(w.simp[1:], "n"))
            continue
        if _counted_this(prev, w):
            out += _cut(w, 1, "q", dictionary()[1].get(w.simp[1:], "n"))
            continue  # 一 | 本书 "this book" → yi ben shu, 这本书 zhe ben shu
        if _about_big_measure(prev, w):  # 一百五十 | 多万平方公里: duo wan pingfang gongli
            about, rest = _cut(w, 1, "m", "m")
            out += [about, *_cut(rest, 1, "m", dictionary()[1].get(rest.simp[1:], "q"))]
            continue
        if _after_a_number(prev, w) or _after_a_count(out, w):
            # 1100 wan zhang, 30 yu wan, qiqian duo gongli
            out += _cut(w, 1, "m", "m" if w.simp[1:] in _BIG else "q")
            continue
        out.append(w)
    return _one_and_measure(out)


def _after_figure(prev: Word, w: Word) -> bool:
    return prev.text[-1:].isdigit() and prev.end == w.start


def _after_a_number(prev: Word, w: Word) -> bool:
    """A numeral word of two characters jieba joined after a number that is two words: 万 or
    亿 and a measure word (500 | 万名, 三千 | 万元: shi wan yuan, 6.1.6), or 余 or 多 and 万 or
    亿 (30 | 余万: 30 yu wan, as wubai yu ren), or 余 or 多 and a measure word of one or two
    characters (七千 | 多公里, 300 | 余公里: qiqian duo gongli, as sanshi duo gongli)."""
    if w.role != WORD or w.flag != "m" or w.groups or len(w.text) not in (2, 3):
        return False
    first, rest = w.simp[0], w.simp[1:]
    big = len(rest) == 1 and (
        (first in _BIG and rest in _MEASURES) or (first in _ABOUT and rest in _BIG)
    )
    about = first in _ABOUT and (rest in _MEASURES or dictionary()[1].get(rest) == "q")
    return (big or about) and (prev.text.isdigit() or _numeral(prev))


def _about_big_measure(prev: Word, w: Word) -> bool:
    """A numeral word jieba made of 多 or 余, 万 or 亿 and a measure word of two characters or
    more, after a number (一百五十 | 多万平方公里): three words, duo wan pingfang gongli."""
    if w.role != WORD or w.flag != "m" or w.groups or len(w.text) < 4:
        return False
    rest = w.simp[2:]
    return (
        w.simp[0] in _ABOUT
        and w.simp[1] in _BIG
        and (rest in _MEASURES or dictionary()[1].get(rest, "")[:1] == "q")
        and (prev.text.isdigit() or _numeral(prev))
    )


_COUNTED_TIMES = frozenset(("月", "星期", "礼拜", "钟头"))  # what 个 counts, 多 before it


def _after_a_count(out: list[Word], w: Word) -> bool:
    """多 or 余 and a span of time jieba joined after a numeral and 个 (两 | 个 | 多月): the
    approximation apart, liang ge duo yue, as yi ge duo yue."""
    return (
        len(out) > 1
        and w.role == WORD
        and w.flag == "m"
        and not w.groups
        and w.simp[:1] in _ABOUT
        and w.simp[1:] in _COUNTED_TIMES
        and out[-1].simp == "个"
        and out[-1].end == w.start
        and _numeral(out[-2])
    )


def _approximate(out: list[Word]) -> bool:
    """Whether the words so far end in a numeral and 多, 来 or 余 (二十 | 来), as plain words."""
    return (
        len(out) > 1
        and out[-1].role == WORD
        and out[-1].simp in _ABOUT
        and out[-2].end == out[-1].start
        and _numeral(out[-2])
    )


def _number_pieces(words: list[Word]) -> Iterator[Word]:
    """The words with :func:`_measure_split` and :func:`_degree_split` made, asked only of the
    plain words they can split (jieba's nouns, numerals, adverbs and time words; 很)."""
    for word in words:
        if (
            word.role != WORD
            or word.groups
            or (word.flag not in _SPLIT_FLAGS and word.text[:1] != "很")
        ):
            yield word
            continue
        for part in _measure_split(word):
            yield from _degree_split(part)


_SPLIT_FLAGS = frozenset("n m d t l".split())


def _one_and_noun(prev: Word, w: Word) -> bool:
    """A word jieba made of 一 and a noun after 这 or 那 (这 | 一时期): the numeral and the noun
    (zhe yi shiqi), as 这一 | 时期 would be."""
    if w.text[:1] != "一" or len(w.text) < 3 or prev.text not in ("这", "那", "這"):
        return False  # most pairs: no 这 | 一…
    rest = w.simp[1:]
    return (
        w.role == WORD
        and not w.groups
        and prev.simp in ("这", "那")
        and dictionary()[1].get(rest, "")[:1] in ("n", "t")
        and dictionary()[0].FREQ.get(rest, 0) >= SEEN_COUNT
    )


def _counted_this(prev: Word, w: Word) -> bool:
    """A word of jieba's that begins with a measure word after a numeral or a demonstrative:
    the measure word and the noun (4.5.2, na ci huiyi). A pronoun (本书 "this book", 本届: 一本书,
    这本书, yi ben shu), or a word of three characters or more whose rest is a noun jieba has met
    often (这 | 篇文章: zhe pian wenzhang; 这 | 封信, a name to jieba's guess: zhe feng xin)."""
    if len(w.text) < 2 or w.simp[0] not in _MEASURES:
        return False
    if not (_numeral(prev) or (prev.role == WORD and prev.simp in _DEMONSTRATIVES)):
        return False
    if w.role == WORD and w.flag == "r" and not w.groups:
        return True
    if len(w.text) == 2 and w.role == WORD and _rare(w.simp):
        return _guessed(w) and _common_noun(w.simp[1:])  # 这 | 套书, 这 | 首歌: zhe tao shu
    return (len(w.text) >= 3 or w.role == PERSON) and _guessed(w) and _common_noun(w.simp[1:])


def _rare(simp: str) -> bool:
    """A word jieba has met fewer than SEEN_COUNT times (套书, 首歌): after a demonstrative, a
    measure word and its noun, where a common word stays whole (这 | 部分, 这 | 家人)."""
    return dictionary()[0].FREQ.get(simp, 0) < SEEN_COUNT


def _guessed(w: Word) -> bool:
    """A plain noun of jieba's, or a personal name only its guess made (not one a caller or
    the gazetteer named)."""
    return (w.role == WORD and w.flag in ("n", "l") and not w.groups) or (
        w.role == PERSON and w.flag == "nr"
    )


def _common_noun(simp: str) -> bool:
    """A noun jieba has met SEEN_COUNT times or more (文章, 信, 书, 事)."""
    tags, freq = dictionary()[1], dictionary()[0].FREQ
    return tags.get(simp, "")[:1] == "n" and freq.get(simp, 0) >= SEEN_COUNT


def _this_one_inside(w: Word) -> bool:
    """A word jieba made of 这, 那 or 哪, a measure word and a common noun (那件事 l; 那本书, a
    name to jieba's guess): three words, as 4.5.2 writes them (na jian shi)."""
    s = w.simp
    return (
        len(s) >= 3
        and s[0] in "这那哪"
        and s[1] in _MEASURES
        and _guessed(w)
        and _common_noun(s[2:])
    )


def _numeral(w: Word) -> bool:
    t = w.text
    if len(t) == 4 and t[0] == t[1] and t[2] == t[3]:
        return False  # 千千万万: a reduplication (qianqian-wanwan), no number
    return w.role == WORD and w.flag == "m" and all(c in NUMERALS for c in t)


def number_sizes(text: str) -> list[int]:
    """The written words of a numeral (6.1.6): sanqian | wubai | liushisi, shiyi | wan,
    yiwan."""
    sizes: list[int] = []
    run: list[int] = []  # the groups of the part below ten thousand being read
    size = 0
    for k, ch in enumerate(text):
        if ch in _BIG:
            if size:
                run.append(size)
                size = 0
            if not run:  # 亿万, 万万: joined to the unit before
                sizes[-1:] = [sizes[-1] + 1] if sizes else [1]
            elif sum(run) == 1:  # yiwan, qianwan
                sizes.append(2)
            else:
                sizes += [*run, 1]  # shiyi | wan
            run = []
            continue
        size += 1
        if ch in "千百" and k + 1 < len(text) and text[k + 1] not in _BIG:
            run.append(size)
            size = 0
    if size:
        run.append(size)
    return [s for s in [*sizes, *run] if s]
