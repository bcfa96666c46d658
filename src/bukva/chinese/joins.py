"""GB/T 16159's joins and splits of small words, applied to jieba's words for pinyin.

The rules as the 1996 text numbers them (the 2012 revision keeps them and their examples,
grouped by word class):

- 4.3.1 (verbs): a verb and the aspect particle after it, 着, 了, 过, are one word (kanzhe,
  jinxingle, kanguo); 了 that ends a sentence is a word of its own (Huoche dao le.).
- 4.2.1 (nouns): 们 after a noun or a pronoun is joined (haizimen); a one-syllable prefix
  (副, 总, 非, 反, 超) before a noun is joined (fubuzhang, feiyewu renyuan).
- 4.1.4 (reduplication): a one-syllable word said twice is one word (renren, kankan); an
  AABB form is two words joined by a hyphen (qingqing-chuchu, lailai-wangwang).
- 4.3.3 (verbs and complements): a verb and a complement of two syllables apart (zou
  jinlai, zhengli hao); of one syllable each, joined (gaohuai).
- 4.5.2 (pronouns): 这, 那, 哪 and a measure word after them are written apart (na ci huiyi,
  zhe zhi chuan), except 这些, 这么, 这样, 这个 and their like (zhexie, zhege).
- 6.1.6 (numbers): below ten thousand, apart at the thousands and the hundreds (sanqian wubai
  liushisi); 万 and 亿 joined to a number of one syllable (yiwan, qianwan) and apart after a
  longer one (shiyi wan, sanbai wushiba wan).

The examples are the standard's and the Xinhua Pinxie Cidian's (benchmarks/data/gbt-standard.tsv,
with their sources).
"""

from __future__ import annotations

from collections.abc import Iterator

from .division import _DETERMINED, compound_words
from .script import NUMERALS, simplified
from .tagger import FLOOR_COUNT, SEEN_COUNT, dictionary
from .word import OTHER, WORD, Word

_ASPECT = frozenset("着了过")
_ASPECT_FLAGS = frozenset("ul uz ug u".split())
_PREFIXES = {"副": "b", "总": "b", "非": "h", "反": "zg"}  # with the tag jieba gives the prefix
_NOUN_FLAGS = ("n", "vn")
_END = "。！？!?…"
# 这些, 这么, 这样, 这般, 这里, 这边, 这个 (and 那, 哪): one word (4.5.2)
_DEMONSTRATIVE_JOINED = frozenset("些么样般里边个儿会")
_DEMONSTRATIVES = frozenset(("这", "那", "哪", "每"))
_DIGIT_CHARS = frozenset("零〇一二两兩三四五六七八九十百千")
_ONE_DIGIT = frozenset("一二两三四五六七八九十")
_BIG = frozenset("万萬亿億")
# directional complements of two syllables: a word of their own after the verb (zou jinlai)
_DIRECTIONS = frozenset(a + b for a in "进出上下回过起开" for b in "来去") - {"开去"}
_JOINERS = _ASPECT | {"来", "去", "们", "者"}  # the words join_small_words joins to the one before


def _plain(w: Word) -> bool:
    return w.role == WORD and not w.groups and not w.capital_at and not w.org


def _joined(a: Word, b: Word, flag: str) -> Word:
    return Word(a.start, b.end, a.text + b.text, WORD, a.syllables + b.syllables, flag=flag)


def _sentence_end(words: list[Word], k: int) -> bool:
    """Whether word k ends a sentence: a full stop, a question or an exclamation mark after it
    (a phrase without one, 看了, is no sentence: kanle)."""
    nxt = words[k + 1] if k + 1 < len(words) else None
    return nxt is not None and nxt.role == OTHER and nxt.text.strip()[:1] in _END


def _verb_by_object(prev: Word, words: list[Word], k: int) -> bool:
    """A word jieba's dictionary calls a noun (参观, 会见) used as a verb: a particle after it
    and an object after that (参观了 | 工厂: canguanle gongchang)."""
    nxt = words[k + 1] if k + 1 < len(words) else None
    return (
        prev.flag in ("n", "vn")
        and len(prev.text) == 2
        and nxt is not None
        and nxt.start == words[k].end
        and nxt.role != OTHER
    )


def join_small_words(words: list[Word]) -> list[Word]:
    """The words with GB/T's joins made: aspect particles, 们, prefixes, reduplications."""
    out: list[Word] = []
    for k, w in enumerate(words):
        prev = out[-1] if out else None
        if prev is None or not (
            w.text in _JOINERS or prev.text in _PREFIXES or w.text == prev.text
        ):  # none of the joins below can apply (most words)
            out.append(w)
            continue
        touching = prev.end == w.start and _plain(prev) and _plain(w)
        if (
            touching
            and w.text in _ASPECT
            and w.flag in _ASPECT_FLAGS
            # a word jieba calls a preposition with an aspect particle is the verb (通过了
            # tongguole, 给了 geile): a preposition takes none
            and (prev.flag.startswith("v") or prev.flag == "p" or _verb_by_object(prev, words, k))
            and not (w.text == "了" and _sentence_end(words, k))
        ):
            out[-1] = _joined(prev, w, "v")  # kanle, jinxingzhe: a verb, a clause's
            continue
        if (
            touching
            and w.text in ("来", "去")
            and len(prev.text) == 2
            and prev.flag.startswith("v")
            and prev.text[1] + w.text in _DIRECTIONS
        ):  # 走进 | 来 → zou | jinlai
            verb, direction = _cut(prev, 1, prev.flag, "")
            out[-1:] = [verb, _joined(direction, w, "v")]
            continue
        if touching and w.text == "们" and prev.flag[:1] in ("n", "r"):
            out[-1] = _joined(prev, w, prev.flag)  # haizimen
            continue
        if touching and w.text == "者" and w.flag == "k" and prev.flag[:1] == "n":
            # the suffix 者 joins its noun (GB/T 16159, the 1996 text's 4.2.1, kept in 2012:
            # one-syllable suffixes, 者 among them): 马列主义 | 者 maliezhuyizhe
            out[-1] = _joined(prev, w, prev.flag)
            continue
        if touching and _PREFIXES.get(prev.text) == prev.flag and w.flag.startswith(_NOUN_FLAGS):
            merged = _joined(prev, w, w.flag)  # fubuzhang
            sizes = compound_words(w.simp) if len(w.text) >= 4 else []
            if len(sizes) > 1:  # the prefix goes with the first word: feiyewu renyuan
                merged.groups = [sizes[0] + 1, *sizes[1:]]
            else:  # one word, not divided again: fuzongzhihui
                merged.groups = [len(merged.text)]
            merged.caps = [False] * len(merged.groups)
            out[-1] = merged
            continue
        if (
            touching
            and len(w.text) == 1
            and prev.text == w.text
            and (w.flag != "m" or w.text not in _DIGIT_CHARS)
        ):
            out[-1] = _joined(prev, w, w.flag)  # renren, kankan
            continue
        out.append(w)
    for w in out:
        if not _plain(w):
            continue  # every split below is of a plain word
        size = len(w.text)
        if size == 4:
            _reduplicated_pairs(w)
        elif size == 3:
            if w.text[1:] in _DIRECTIONS and w.flag in ("v", "l"):
                w.groups, w.caps = [1, 2], [False, False]  # 看起来 → kan qilai
            elif _last_syllable_apart(w):
                w.groups, w.caps = [size - 1, 1], [False, False]  # 交还给 → jiaohuan gei
            elif _verb_and_object(w):
                w.groups, w.caps = [1, 2], [False, False]  # 开玩笑 → kai wanxiao
        elif size == 2:
            _split_demonstrative(w)
    return out


def _last_syllable_apart(w: Word) -> bool:
    """A word of two syllables and one syllable jieba's dictionary lists with it as one word,
    to be written apart: the preposition 于 or the complement 成 (来源于, 取决于, 转变成), as a
    function word is (the 1996 text's 4.7, kept in 2012) and as a one-syllable complement after
    a verb of two is (4.3.3: zou jinlai, zhengli hao, jianshe cheng): laiyuan yu, zhuanbian
    cheng; and 给 after a verb where jieba all but never met the whole (交还给, 写信给, 赠送给:
    jiaohuan gei). Two syllables (属于, 位于, 变成: huawei in 4.3.3) are one word."""
    if len(w.text) != 3:
        return False
    freq = dictionary()[0].FREQ
    simp = w.simp
    if freq.get(simp[:2], 0) < SEEN_COUNT:
        return False
    if simp[-1] == "给":
        return freq.get(simp, 0) <= FLOOR_COUNT
    return simp[-1] in "于成" and w.flag in ("v", "l", "n", "vn")


def _verb_and_object(w: Word) -> bool:
    """A verb of one syllable and its object of two that jieba's dictionary lists as one verb
    or phrase (开玩笑, 发脾气, 促生产, 打电话): a verb and its object are apart (the 1996 text's
    4.3.2, kept in 2012: kan xin, kai wanxiao, jiaoliu jingyan); the object a word jieba has
    met often, the verb one it tags a verb alone."""
    if len(w.text) != 3:
        return False
    tags, freq = dictionary()[1], dictionary()[0].FREQ
    simp = w.simp
    return (
        len(simp) == 3
        # a verb or phrase, or a "noun" jieba all but never met (坐火车, 3 times)
        and (w.flag in ("v", "l") or (w.flag == "n" and freq.get(simp, 0) <= FLOOR_COUNT))
        and tags.get(simp[0]) == "v"
        and tags.get(simp[1:], "")[:1] in ("n", "v")  # jieba tags 玩笑, 招呼 verbs
        and simp[1] not in "不得"  # a complement: 看不起, 想得到
        and freq.get(simp[1:], 0) >= SEEN_COUNT
        and freq.get(simp[:2], 0) < SEEN_COUNT  # not a word and 于, 成, 者: 来源于, 转变成
    )


def _reduplicated_pairs(w: Word) -> None:
    """AABB: two words joined by a hyphen (qingqing-chuchu)."""
    t = w.text
    if _plain(w) and len(t) == 4 and t[0] == t[1] and t[2] == t[3] and t[0] != t[2]:
        w.groups, w.caps, w.joins = [2, 2], [False, False], ["-"]


def _split_demonstrative(w: Word) -> None:
    """那次 → na | ci: a demonstrative and a measure word apart (4.5.2)."""
    t = w.text
    if (
        _plain(w)
        and len(t) == 2
        and t[0] in "这那哪"
        and t[1] not in _DEMONSTRATIVE_JOINED
        and (dictionary()[1].get(t[1]) == "q" or t[1] in _MEASURES)  # 部 a noun to jieba
    ):
        w.groups, w.caps = [1, 1], [False, False]


# measure words that follow a numeral (两个, 三次, 五公斤); the few that also make words with
# 一 (一道 together, 一口咬定, 一块儿, 一头, 一门心思) are left out
_MEASURES = frozenset(
    "个 次 位 名 本 条 项 辆 架 件 份 届 批 场 种 张 只 支 把 片 根 棵 颗 匹 家 所 座 栋 间 层 "
    "台 封 篇 首 句 段 章 节 页 册 套 双 对 副 群 类 级 期 声 遍 趟 顿 倍 岁 年 天 周 艘 枚 笔 "
    "小时 分钟 公斤 公里 吨 亩 元 国 方 幅 杯 碗 株 枝 粒 盏 盘 桩 扇 尺 米 尊 幢 盒 户 袋 箱 "
    "帧 顶 部 朵 滴 串 堆 圈 幕 股 周年 周岁 克 斤 千克".split()
)


def _cut(w: Word, n: int, first: str, rest: str) -> list[Word]:
    """``w`` as two words at character ``n``, with jieba's flags ``first`` and ``rest``; both
    parts of an organisation's name if it was (第一 | 次全国代表大会: Ci Quanguo Daibiao Dahui)."""
    head = Word(w.start, w.start + n, w.text[:n], WORD, w.syllables[:n], flag=first)
    tail = Word(w.start + n, w.end, w.text[n:], WORD, w.syllables[n:], flag=rest)
    head.org = tail.org = w.org
    return [head, tail]


def _measure_split(w: Word) -> list[Word]:
    """A numeral and the measure word or noun jieba joined to it (六个, 三次, 两年, 亿 | 美元) as
    two words: the 1996 text writes them apart (jule yi ge gong, liguo san ci fa in 4.3.2; na ci
    huiyi in 4.5.2), and the numeral then joins the rest of its number (一百五十 | 六 → yibai
    wushiliu)."""
    if w.role == WORD and w.flag == "n" and not w.groups:
        return _counted_noun(w)
    if w.role != WORD or w.flag not in ("m", "d", "t") or w.groups:  # 一幅: d, 八年: t
        return [w]
    n = _numeral_length(w.text, w.flag)
    rest = simplified(w.text[n:])
    if n and rest[:1] in _ABOUT and w.flag == "m":  # 一百多个: yibai duo ge
        number, more = _cut(w, n, "m", "m")
        if len(rest) == 1:
            return [number, more]
        return [number, *_cut(more, 1, "m", dictionary()[1].get(rest[1:], "q"))]
    if n > 0 and len(rest) >= 2 and rest[0] == "个" and rest[1:] != "个" and w.flag == "m":
        # 一个月: the numeral, 个 and the noun each a word (yi ge yue), as 一个 | 星期 is
        number, counted = _cut(w, n, "m", "n")
        return [number, *_cut(counted, 1, "q", dictionary()[1].get(rest[1:], "n"))]
    noun = dictionary()[1].get(rest, "") if len(rest) >= 2 else ""
    if (
        not 0 < n < len(w.text)
        or (len(w.text) == 2 and w.text[0] in "百千万萬亿億")  # 万岁, 千年: words (wansui)
        or (rest not in _MEASURES and (w.flag in "dt" or noun[:1] not in ("n", "q")))
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


def _degree_split(w: Word) -> list[Word]:
    """很 and the adjective jieba joined to it (很大, 很多, 很快) as two words: the word is the
    unit of writing, and the 1996 text's general rule gives hěn among its one-word examples
    (S1 of benchmarks/data/gbt-standard.tsv): hen da, hen duo."""
    if w.role != WORD or w.groups or len(w.text) < 2 or w.text[0] != "很":
        return [w]
    return _cut(w, 1, "d", dictionary()[1].get(simplified(w.text[1:]), "a"))


def measure_head(w: Word) -> list[Word]:
    """A measure word at the head of the word after a number (第二 | 次世界大战): the measure
    apart, the rest a word of its own (di-er ci shijie dazhan)."""
    head = simplified(w.text[:1])
    if w.role != WORD or w.groups or len(w.text) < 3 or head not in _MEASURES:
        return [w]
    return _cut(w, 1, "q", w.flag)


def join_numbers(words: list[Word]) -> list[Word]:
    """Adjacent words jieba cut out of one numeral (三百五十 | 八万) as one word, the measure
    word after a numeral apart (六个 → 六 | 个), 很 apart from its adjective (很大 → 很 | 大)."""
    out: list[Word] = []
    for w in _number_pieces(words):
        prev = out[-1] if out else None
        if (
            prev is None
            or prev.end != w.start
            or not (
                w.flag in ("m", "r") or w.text[:1] == "一" or len(w.text) == len(prev.text) == 1
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
        out.append(w)
    return out


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


_SPLIT_FLAGS = frozenset("n m d t".split())


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
    """A pronoun of jieba's that begins with a measure word (本书 "this book", 本届) after a
    numeral or a demonstrative: the measure word and the noun (一本书, 这本书: yi ben shu)."""
    return (
        w.role == WORD
        and w.flag == "r"
        and not w.groups
        and len(w.text) >= 2
        and w.simp[0] in _MEASURES
        and (_numeral(prev) or (prev.role == WORD and prev.simp in _DEMONSTRATIVES))
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
