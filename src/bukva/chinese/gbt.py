"""GB/T 16159-2012 (Basic rules of the Chinese phonetic alphabet orthography) for pinyin.

Applied to the analysed words before pinyin writes them:

- 6.3.2 (names of institutions and other proper nouns of several words): each word written
  apart and capitalized: Zhongguo Gongchandang Zhongyang Weiyuanhui, Zhongguo Shehui
  Kexueyuan, Beijing Daxue Tushuguan; periodicals and the names of treaties, agreements and
  declarations are such names: Renmin Ribao, Zhong-Su Youhao Tongmeng Huzhu Tiaoyue.
- 6.3.3 (abbreviations of proper nouns joined to common words): a pair of one-syllable country
  names joined by a hyphen, each capitalized (Zhong-Su guanxi); a word that begins with one is
  capitalized (Hanyu, Zhongwen).
- 6.1.2 (a whole concept of four syllables or more is written word by word; one that cannot be
  divided into words is written joined): huanjing baohu guihua, wufeng gangguan, waijiao
  buzhang; hongshizihui, yanjiushengyuan stay joined (no division into words of two
  syllables or more).
- 6.1.7 (set phrases of four characters that read as two pairs): the pairs joined by a
  hyphen (bai hua-qi fang → baihua-qifang).
- 6.1.6 (numbers): 第 and the number after it joined by a hyphen (di-yi); numbers over a
  hundred written apart at each hundred, thousand, ten thousand (sanqian wubai).
- 6.4.1 (the first letter of a sentence is capitalized): see the render's sentence capitals.
"""

from __future__ import annotations

import math
from functools import cache
from itertools import pairwise

from .capitals import _countries, mark_countries
from .lexicons import _foreign_hanzi, cedict_names
from .organizations import CLAUSE_FLAGS
from .script import simplified
from .tagger import dictionary
from .word import NUMBER, ORG, OTHER, PERSON, PLACE, PROPER, WORD, Word

# the last word of the name of a treaty, an agreement, a declaration or a communiqué: a proper
# name of several words (6.3.2), Zhong-Su Youhao Tongmeng Huzhu Tiaoyue
DOCUMENTS = ("条约", "协定", "宣言", "公报")
# the last word of the name of an event or a work named for a place (6.3.2: a proper name of
# several words): Rineiwa Huiyi, Huaihai Zhanyi, Xi'an Shibian, Zhongguo Changchun Tielu
EVENTS = ("会议", "战役", "事件", "事变", "起义", "会战", "铁路")
PERIODICALS = (
    *("日报", "晚报", "晨报", "早报", "时报", "周报", "月报", "快报", "导报", "学报", "画报"),
    *("月刊", "周刊", "季刊", "旬刊", "丛刊", "杂志", "通讯"),
)
_UNITS = set("百千万萬亿億")
_NUMERALS = set("零〇一二两兩三四五六七八九十百千万萬亿億")


@cache
def _freq() -> dict[str, int]:
    """jieba's dictionary, with the names bukva knows (CC-CEDICT's persons and places, foreign
    names in characters) as words of their own: 宾夕法尼亚 | 大学."""

    freq = dict(dictionary()[0].FREQ)
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


# jieba's parts of speech of a common word that 6.1.2 divides (nouns, verbs, time words ...);
# idioms (i) take a hyphen (6.1.7), set expressions (l), numbers and names keep their own rules
_COMPOUND_FLAGS = frozenset("n nz vn v t j b s a d".split())
_SUFFIXES = ("主义", "学家")


def compound_words(text: str) -> list[int]:
    """6.1.2: a word of four characters or more as the words of two or more characters it is
    made of (环境保护规划 → 环境 | 保护 | 规划: the fewest, then the likeliest); ``[len]`` when it
    cannot be so divided (红十字会, 研究生院: a one-character part keeps it whole)."""
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


def _compound(w: Word) -> None:
    """A common word of four characters or more written by its words (6.1.2); a place or a
    person's name among them keeps its capital (越南战争 → Yuenan zhanzheng), and so does a
    country's syllable (驻华大使 → zhu Hua dashi, 6.3.3). A last part like 主义 or 学家 is a
    suffix, joined as the standard's own examples join it (weiwuzhuyi, gushengwuxuejia)."""
    simp = simplified(w.text)
    if w.flag not in _COMPOUND_FLAGS or len(simp) < 4:
        return
    sizes = compound_words(simp)
    if len(sizes) < 2 or simp[-sizes[-1] :] in _SUFFIXES:
        return
    cuts = {0, *(sum(sizes[:k]) for k in range(1, len(sizes)))}
    inner = [c for c in w.capital_at if c > 0]
    cuts |= {*inner, *(c + 1 for c in inner if c + 1 < len(simp))}
    edges = [*sorted(cuts), len(simp)]
    names = cedict_names()
    w.groups = [b - a for a, b in pairwise(edges)]
    w.caps = [a in w.capital_at or simp[a:b] in names for a, b in pairwise(edges)]
    w.capital_at = ()


# kinds of paper, not a paper's name (大字报 dazibao, a big-character poster), and 现世报
_PAPER_KINDS = frozenset(
    "大字报 小字报 机关报 黑板报 墙报 板报 壁报 手抄报 剪报 电子报 英文报 收盘报 现世报".split()
)
# words in 报 that are no newspaper (a communiqué, intelligence, a telegram, a forecast ...)
_NOT_PAPERS = frozenset(
    "公报 情报 电报 警报 预报 通报 汇报 举报 申报 简报 捷报 喜报 海报 财报".split()
)


def _paper(simp: str, flag: str) -> bool:
    """A newspaper's name in 报 (6.3.2), found by its words: 真理报 Zhenli Bao, 消息报 Xiaoxi
    Bao, 北京青年报 (an organisation to jieba) Beijing Qingnian Bao; not a kind of paper
    (大字报) or a word in 报 (联合公报, 天气预报)."""
    if len(simp) < 3 or not simp.endswith("报") or simp in _PAPER_KINDS:
        return False
    if flag not in ("n", "vn", "nz", "nt"):
        return False
    freq, rest = _freq(), simp[:-1]
    if not (freq.get(rest) or len(compound_words(rest)) > 1):
        return False
    return not freq.get(simp[-2:]) or (
        flag == "nt" and simp[-2:] not in _NOT_PAPERS and bool(freq.get(simp[-3:-1]))
    )


def _paper_sizes(simp: str) -> list[int]:
    """A periodical's name as words, its ending apart: 人民 | 日报, 北京 | 青年 | 报."""
    ending = next((e for e in PERIODICALS if simp.endswith(e)), simp[-1])
    rest = simp[: -len(ending)]
    return [*divide(rest), len(ending)] if rest else [len(simp)]


def _periodical(w: Word) -> bool:
    simp = simplified(w.text)
    return w.role in (WORD, ORG) and (
        (len(simp) >= 4 and simp.endswith(PERIODICALS)) or _paper(simp, w.flag)
    )


def _party(w: Word) -> bool:
    """A country's communist party by its abbreviation (中共, 苏共, 美共): a proper name."""
    simp = simplified(w.text)
    return (
        w.role == WORD and len(simp) == 2 and simp[1] == "共" and simp[0] in _countries()["chars"]
    )


def _named(w: Word) -> Word:
    """An organisation's or a periodical's name: its words apart, each capitalized."""
    simp = simplified(w.text)
    sizes = _paper_sizes(simp) if _periodical(w) else divide(simp)
    inner = [c for c in w.capital_at if c > 0]  # 华 in 驻华, not 中 of 中文 (Zhongwen)
    if inner:  # a country's syllable inside a word is a word of its own: 驻华 → Zhu Hua
        cuts = {0, len(w.text), *inner, *(sum(sizes[:k]) for k in range(len(sizes)))}
        cuts |= {c + 1 for c in inner if c + 1 < len(w.text)}
        edges = sorted(cuts)
        sizes = [b - a for a, b in pairwise(edges)]
        w.capital_at = ()
    w.groups, w.caps, w.role = sizes, [True] * len(sizes), PROPER
    return w


def _country_pair(w: Word, named: bool = False) -> list[Word]:
    """中苏关系 → Zhong-Su | guanxi (and, in a name, 中苏友好同盟互助条约 → Zhong-Su | Youhao
    Tongmeng Huzhu Tiaoyue)."""
    pair = Word(w.start, w.start + 2, w.text[:2], PROPER, w.syllables[:2], [1, 1], [True, True])
    pair.joins = ["-"]
    if len(w.text) == 2:
        return [pair]
    rest = Word(w.start + 2, w.end, w.text[2:], WORD, w.syllables[2:], flag=w.flag)
    return [pair, _named(rest) if named else rest]


def _is_pair(text: str) -> bool:
    """Two characters that are a pair of country names (中苏, 中美), not a word (华美)."""
    data = _countries()
    pair = simplified(text)
    return len(pair) == 2 and all(c in data["chars"] for c in pair) and pair not in data["never"]


def _pair_chars(w: Word, nxt: Word) -> bool:
    """Two one-character words that are such a pair (中 | 苏; 美 a place to jieba)."""
    return nxt.role != PERSON and _is_pair(w.text + nxt.text)


def _pair_name(w: Word) -> bool:
    """Such a pair jieba took for a place (中苏 ns)."""
    return w.role in (PLACE, PROPER) and _is_pair(w.text)


def _mark_documents(words: list[Word]) -> set[int]:
    """The words up to an ending like 条约 name a document: an organisation-like name. Returns
    the start offsets of the words marked."""
    marked: set[int] = set()
    for k, w in enumerate(words):
        simp = simplified(w.text)
        if w.role == OTHER or not simp.endswith(DOCUMENTS):
            continue
        first = k
        while (
            first > 0
            and words[first - 1].role not in (OTHER, PERSON)
            and words[first - 1].end == words[first].start
            and words[first - 1].flag not in CLAUSE_FLAGS
        ):
            first -= 1
        if first < k or len(simp) > 2:  # a bare 条约 is a common noun
            for j in range(first, k + 1):
                words[j].org = True
                marked.add(words[j].start)
    return marked


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
            and not prev.capital_at  # a country syllable stays apart: Zhong-Su
            and not w.capital_at
            and prev.role != NUMBER
            and w.role != NUMBER
            and w.text != "第"  # an ordinal stays apart: Di-ba Ci
        ):
            prev.end, prev.text = w.end, prev.text + w.text
            prev.syllables = prev.syllables + w.syllables
            prev.role = ORG
            continue
        out.append(w)
    return out


def _named_events(words: list[Word]) -> None:
    """A place's name and an event's word after it (日内瓦 | 会议) make one proper name: the
    word capitalized; a dictionary name that ends so (淮海战役 nz) is divided and capitalized."""
    for k, w in enumerate(words):
        simp = simplified(w.text)
        if w.role != WORD or not simp.endswith(EVENTS):
            continue
        if simp in EVENTS:
            prev = words[k - 1] if k else None
            if prev is not None and prev.end == w.start and prev.role in (PLACE, PROPER):
                w.groups, w.caps = [len(w.text)], [True]
        elif w.flag == "nz":
            _named(w)


def _periodical_titles(words: list[Word]) -> list[Word]:
    """A title in 《》 that ends like a newspaper or a journal (报, 日报, 杂志, 月刊 ...) names a
    periodical: one proper name, its words apart and capitalized (6.3.2: 《真理报》 Zhenli
    Bao, 《消息报》 Xiaoxi Bao, 《红旗》 stays as it is)."""
    out: list[Word] = []
    k = 0
    while k < len(words):
        w = words[k]
        out.append(w)
        k += 1
        if w.role != OTHER or w.text != "《":
            continue
        close = next((j for j in range(k, len(words)) if words[j].role == OTHER), None)
        if close is None or words[close].text != "》" or close == k:
            continue
        inner = words[k:close]
        text = "".join(x.text for x in inner)
        simp = simplified(text)
        if len(simp) < 2 or not simp.endswith(("报", "刊", *PERIODICALS)):
            continue
        if any(x.role in (PERSON, NUMBER) for x in inner):
            continue  # a person's name inside it keeps its form (《毛泽东选集》 is no periodical)
        syllables = [s for x in inner for s in x.syllables]
        title = Word(inner[0].start, inner[-1].end, text, ORG, syllables)
        sizes = _paper_sizes(simp)
        title.groups, title.caps, title.role = sizes, [True] * len(sizes), PROPER
        out.append(title)
        k = close
    return out


def apply(words: list[Word], options: dict | None = None) -> list[Word]:
    """The words as GB/T 16159 divides and capitalizes them (``options``: the system's, for
    numerals=arabic, which keeps 第 and its figure apart)."""
    words_as_figures = (options or {}).get("numerals") == "arabic"
    mark_countries(words)
    documents = _mark_documents(words)
    _named_events(words)
    words = _periodical_titles(_join_names(words))
    out: list[Word] = []
    k = 0
    while k < len(words):
        w = words[k]
        nxt = words[k + 1] if k + 1 < len(words) else None
        if (  # 中 | 苏 (or 中 | 美 with 美 a place to jieba): one pair
            nxt is not None
            and nxt.start == w.end
            and _pair_chars(w, nxt)
            and w.role not in (PROPER, PLACE, PERSON)
        ):
            merged = Word(w.start, nxt.end, w.text + nxt.text, WORD, w.syllables + nxt.syllables)
            merged.flag = nxt.flag
            out += _country_pair(merged)
            k += 2
            continue
        if (
            w.role == WORD
            and w.text == "第"
            and nxt is not None
            and nxt.role == NUMBER
            and not words_as_figures
        ):  # di-yi; in a name Di-ba (Ci Quanguo Daibiao Dahui)
            ordinal = Word(w.start, nxt.end, w.text + nxt.text, NUMBER, w.syllables + nxt.syllables)
            ordinal.value = nxt.value
            ordinal.groups, ordinal.caps = [1, len(nxt.text)], [w.org, False]
            ordinal.joins = ["-"]
            out.append(ordinal)
            k += 2
            continue
        elif (w.capital_at[:2] == (0, 1) and len(w.text) >= 2 and not w.groups) or _pair_name(w):
            out += _country_pair(w, w.start in documents)
        elif (
            _periodical(w)
            or _party(w)
            or ((w.role == ORG or w.org) and w.role not in (PERSON, PLACE))
        ):
            if w.groups and w.role == PROPER:  # an LC or CC-CEDICT name inside it: as it is
                out.append(w)
            else:
                out.append(_named(w))
        elif w.role == WORD and w.flag == "i" and len(w.text) == 4:
            w.groups, w.caps, w.joins = [2, 2], [False, False], ["-"]
            out.append(w)
        else:
            if w.role == NUMBER or (w.flag == "m" and all(c in _NUMERALS for c in w.text)):
                _number(w)
            if w.capital_at and w.capital_at[0] == 0 and not w.groups:  # Hanyu, Zhongwen
                w.groups, w.caps = [len(w.text)], [True]
            elif w.role == WORD and not w.groups:
                _compound(w)
            w.capital_at = ()
            out.append(w)
        k += 1
    return [w for w in out if w.role != OTHER or w.text]
