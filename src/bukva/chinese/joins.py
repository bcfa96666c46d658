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
- 6.1.6 (numbers): in counting.py.

The examples are the standard's and the Xinhua Pinxie Cidian's (benchmarks/data/gbt-standard.tsv,
with their sources).
"""

from __future__ import annotations

from .division import compound_words
from .lexicons import cedict_names
from .tagger import FLOOR_COUNT, SEEN_COUNT, dictionary
from .word import NUMBER, OTHER, PLACE, PROPER, WORD, Word

_ASPECT = frozenset("着了过")
_ASPECT_FLAGS = frozenset("ul uz ug u".split())
_PREFIXES = {"副": "b", "总": "b", "非": "h", "反": "zg"}  # with the tag jieba gives the prefix
_NOUN_FLAGS = ("n", "vn")
_END = "。！？!?…"
# 这些, 这么, 这样, 这般, 这里, 这边, 这个 (and 那, 哪): one word (4.5.2)
_DEMONSTRATIVE_JOINED = frozenset("些么样般里边个儿会")
_DIGIT_CHARS = frozenset("零〇一二两兩三四五六七八九十百千")
# directional complements of two syllables: a word of their own after the verb (zou jinlai)
_DIRECTIONS = frozenset(a + b for a in "进出上下回过起开" for b in "来去") - {"开去"}
_DOCTRINES = ("主义", "主义者")  # a doctrine's suffix, and its follower's
_JOINERS = _ASPECT | {
    "来",
    "去",
    "们",
    "者",
    "往",
    *_DOCTRINES,
}  # the words join_small_words joins to the one before


_DOCTRINE_STEMS = frozenset("v vn a an ad n".split())  # jieba's flags of a doctrine's common stem


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
    """A word jieba's dictionary calls a noun (参观, 会见; 汇报 nz, which is no name here) used
    as a verb: a particle after it and an object after that (参观了 | 工厂: canguanle
    gongchang), or a quoted one."""
    at = k + 1
    if at < len(words) and words[at].role == OTHER and words[at].text in _OPENING:
        at += 1  # 参观了 | “阿芙乐尔”号: the object in quotation marks
    nxt = words[at] if at < len(words) else None
    return (
        prev.flag in ("n", "vn", "nz")
        and len(prev.text) == 2
        and nxt is not None
        and nxt.start == words[at - 1].end
        and nxt.role != OTHER
        # 空间 | 过 | 小 "too small": 过 an adverb before an adjective, no aspect
        and not (words[k].simp == "过" and nxt.flag[:1] == "a")
    )


_OPENING = frozenset(('"', "“", "《", "「", "『", "‘"))  # a quotation's or a title's mark


def _going(prev: Word, out: list[Word], words: list[Word], k: int) -> bool:
    """上 or 下 that jieba tags a locative used as the verb "to board", "to get off": after a
    pronoun, an adverb or nothing (no noun it could be the locative of), and a noun after the
    particle (他下了车: Ta xiale che; 桌子上了 keeps shang le)."""
    before = out[-2] if len(out) > 1 and out[-2].end == prev.start else None
    nxt = words[k + 1] if k + 1 < len(words) else None
    return (
        prev.simp in ("上", "下")
        and prev.flag == "f"
        and (before is None or before.flag[:1] in ("r", "d"))
        and nxt is not None
        and nxt.start == words[k].end
        and nxt.flag[:1] == "n"
    )


def _prefix(prev: Word, out: list[Word]) -> bool:
    """Whether ``prev``, the last word so far, is a prefix as jieba tags it, or 副 or 总 that
    jieba cut with an ordinal before it (第一副 | 主席: di-yi fuzhuxi)."""
    if _PREFIXES.get(prev.simp) == prev.flag:
        return True
    before = out[-2] if len(out) > 1 else None
    return (
        prev.simp in ("副", "总")
        and prev.flag == "m"
        and before is not None
        and before.role == NUMBER
        and before.end == prev.start
    )


def _county_as_verb(w: Word) -> bool:
    """A county's name without its generic (CC-CEDICT's short names: 新建, 沿河) that jieba
    reads as a place: before an aspect particle, the verb or word it also is (no place takes
    了)."""
    known = cedict_names().get(w.simp)
    short = known is not None and known[0] == "short"
    return short and w.role in (PLACE, PROPER) and len(w.groups) <= 1


def counties_as_verbs(words: list[Word]) -> list[Word]:
    """A county's short name that is also a verb (新建 "to build new"), then a conjunction and a
    verb (新建 | 和 | 改建): the verb, no place (xinjian he gaijian). Only so: a verb before the
    conjunction may be a place's word (通道 | 和 | 靖州, two counties)."""
    for k, w in enumerate(words[:-2]):
        if words[k + 1].text in _VERB_LINKS and words[k + 2].flag == "v" and _county_as_verb(w):
            w.role, w.groups, w.caps, w.flag = WORD, [], [], "v"
    return words


_VERB_LINKS = frozenset("和 与 與 及 或 并 並".split())  # conjunctions between two verbs


def join_small_words(words: list[Word]) -> list[Word]:
    """The words with GB/T's joins made: aspect particles, 们, prefixes, reduplications."""
    words = counties_as_verbs(words)
    out: list[Word] = []
    for k, w in enumerate(words):
        prev = out[-1] if out else None
        if prev is None or not (
            w.simp in _JOINERS or prev.simp in _PREFIXES or w.text == prev.text
        ):  # none of the joins below can apply (most words)
            out.append(w)
            continue
        if (
            prev.end == w.start
            and w.simp in _ASPECT
            and w.flag in _ASPECT_FLAGS
            and _plain(w)
            and _county_as_verb(prev)
            and k + 1 < len(words)
            and words[k + 1].start == w.end
            and words[k + 1].role != OTHER  # an object after it: 冀州 | 了，stays a place
        ):  # 新建 (a county's name to CC-CEDICT, a place to jieba) | 了: the verb, xinjianle
            prev.role, prev.groups, prev.caps, prev.flag = WORD, [], [], "v"
            out[-1] = _joined(prev, w, "v")
            continue
        touching = prev.end == w.start and _plain(prev) and _plain(w)
        if (
            touching
            and w.simp in _ASPECT
            and w.flag in _ASPECT_FLAGS
            # a word jieba calls a preposition with an aspect particle is the verb (通过了
            # tongguole, 给了 geile): a preposition takes none
            and (
                prev.flag.startswith("v")
                or prev.flag == "p"
                or _verb_by_object(prev, words, k)
                or _going(prev, out, words, k)
            )
            and not (w.simp == "了" and _sentence_end(words, k))
        ):
            out[-1] = _joined(prev, w, "v")  # kanle, jinxingzhe: a verb, a clause's
            continue
        if (
            touching
            and w.simp in ("来", "去")
            and len(prev.text) == 2
            and prev.flag.startswith("v")
            and prev.simp[1] + w.simp in _DIRECTIONS
        ):  # 走进 | 来 → zou | jinlai
            verb, direction = _cut(prev, 1, prev.flag, "")
            out[-1:] = [verb, _joined(direction, w, "v")]
            continue
        if (
            touching
            and w.simp == "往"
            and w.flag == "p"
            and len(prev.text) == 1
            and prev.flag == "v"
            and k + 1 < len(words)
            and words[k + 1].start == w.end
            and words[k + 1].role != OTHER
        ):  # 派 | 往 | 苏联: a verb and its complement, both of one syllable (the 1996 text's
            # 4.3.3, kept in 2012: huawei, dangzuo), as 飞往 is one word to jieba: paiwang
            out[-1] = _joined(prev, w, "v")
            continue
        if touching and w.simp == "们" and prev.flag[:1] in ("n", "r"):
            out[-1] = _joined(prev, w, prev.flag)  # haizimen
            continue
        if touching and w.simp in _DOCTRINES and prev.flag in _DOCTRINE_STEMS:
            # 分裂 | 主义者: a common word and the suffix, one word (fenliezhuyizhe, as jieba's
            # 修正主义者 xiuzhengzhuyizhe; the 1996 text's 4.2.1); a person's name stays apart
            out[-1] = _joined(prev, w, "n")
            continue
        if touching and w.simp == "者" and w.flag == "k" and prev.flag[:1] == "n":
            # the suffix 者 joins its noun (GB/T 16159, the 1996 text's 4.2.1, kept in 2012:
            # one-syllable suffixes, 者 among them): 马列主义 | 者 maliezhuyizhe
            out[-1] = _joined(prev, w, prev.flag)
            continue
        if touching and _prefix(prev, out) and w.flag.startswith(_NOUN_FLAGS):
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
    """那次 → na | ci: a demonstrative and a measure word apart (4.5.2); 這次 as 这次."""
    t = w.simp
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
    "帧 顶 部 朵 滴 串 堆 圈 幕 股 周年 周岁 克 斤 千克 秒 秒钟 卷 集 轮".split()
)


def _cut(w: Word, n: int, first: str, rest: str) -> list[Word]:
    """``w`` as two words at character ``n``, with jieba's flags ``first`` and ``rest``; both
    parts of an organisation's name if it was (第一 | 次全国代表大会: Ci Quanguo Daibiao Dahui)."""
    head = Word(w.start, w.start + n, w.text[:n], WORD, w.syllables[:n], flag=first)
    tail = Word(w.start + n, w.end, w.text[n:], WORD, w.syllables[n:], flag=rest)
    head.org = tail.org = w.org
    return [head, tail]


def _degree_split(w: Word) -> list[Word]:
    """很 and the adjective jieba joined to it (很大, 很多, 很快) as two words: the word is the
    unit of writing, and the 1996 text's general rule gives hěn among its one-word examples
    (S1 of benchmarks/data/gbt-standard.tsv): hen da, hen duo."""
    if w.role != WORD or w.groups or len(w.text) < 2 or w.text[0] != "很":
        return [w]
    return _cut(w, 1, "d", dictionary()[1].get(w.simp[1:], "a"))


# measure words that also make words with 一 (一道 "together", 一块儿, 一头): a measure word
# only before a noun (一块 | 金表, 一道 | 命令, 一头 | 牛), where jieba's numeral holds both
_ALSO_WORDS = frozenset("块 塊 道 头 頭 口 门 門".split())
_COUNTED = frozenset("n ng nz zg".split())


def _one_and_measure(words: list[Word]) -> list[Word]:
    """一 and such a measure word (jieba's numeral 一块) before a noun as two words: yi kuai
    jinbiao, as yi ge ren (the 1996 text's 4.3.2); before a verb it stays (yikuai qu)."""
    if not any(w.text[:1] == "一" for w in words):
        return words  # no 一: most text
    out: list[Word] = []
    for k, w in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else None
        if (
            nxt is not None
            and w.role == WORD
            and w.flag == "m"
            and len(w.text) == 2
            and w.text[0] == "一"
            and w.text[1] in _ALSO_WORDS
            and not w.groups
            and nxt.role == WORD
            and nxt.start == w.end
            and nxt.flag in _COUNTED
        ):
            out += _cut(w, 1, "m", "q")
        else:
            out.append(w)
    return out
