"""Periodicals' names (GB/T 16159-2012 6.3.2: a proper name of several words, each capitalized):
in 《》 (《真理报》 "Zhenli Bao") and, found by their words, without them (消息报 Xiaoxi Bao)."""

from __future__ import annotations

import re

from .capitals import country_pair
from .division import _freq, compound_words, divide
from .lexicons import institutions
from .script import simplified
from .word import NUMBER, ORG, OTHER, PERSON, PROPER, WORD, Word

PERIODICALS = (
    *("日报", "晚报", "晨报", "早报", "时报", "周报", "月报", "快报", "导报", "学报", "画报"),
    *("月刊", "周刊", "季刊", "旬刊", "丛刊", "杂志", "通讯"),
)
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
    sizes = institutions().get(simp, ())
    if len(sizes) > 1 and sizes[-1] == 1:
        return True  # a paper CC-CEDICT writes with Bao apart: 大公报 Dagong Bao, 文汇报
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
    last = rest[-divide(rest)[-1] :] if rest else ""
    if ending == "学报" and (len(last) == 1 or not _freq().get(last)) and _freq().get(simp[-3:-1]):
        # 文 | 学报, 中国科 | 学报: a character alone (or no word) before 学报 "journal" begins
        # a word in 学, and the paper is a 报 (《文学报》 Wenxue Bao, 《中国科学报》 Zhongguo
        # Kexue Bao); 历史 | 学报 stays (Lishi Xuebao)
        ending, rest = "报", simp[:-1]
    return [*divide(rest), len(ending)] if rest else [len(simp)]


_LAST = frozenset(e[-1] for e in (*PERIODICALS, "报"))


def _periodical(w: Word) -> bool:
    if w.role not in (WORD, ORG) or w.simp[-1:] not in _LAST:
        return False
    simp = w.simp
    return (len(simp) >= 4 and simp.endswith(PERIODICALS)) or _paper(simp, w.flag)


# an issue after a title: (a year and) 第 … 期, "issue no.": 《历史研究》1980年第5期. A book
# has volumes (卷, 册, 辑), no issues, so only 期 says the title is a periodical's
_ISSUE = re.compile(
    r"(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})?年?[，,]?第[0-9０-９一二三四五六七八九十百]+期"
)
# a kind of periodical right after a title names the title a periodical's: 《中苏友好》杂志,
# 《新时代》周刊 (the magazine Zhong-Su Youhao, the weekly Xin Shidai)
KINDS_AFTER = ("杂志", "月刊", "周刊", "半月刊", "双月刊", "季刊", "旬刊", "画报")
# words of a periodical's name that stay small: particles, conjunctions, prepositions
_SMALL = frozenset("的之与和及暨同跟对在")


def _journal_title(inner: list[Word], simp: str) -> Word:
    """A journal's title as one proper name (6.3.2): its words apart, each capitalized but a
    particle or a conjunction (《党的文献》 Dang de Wenxian)."""
    syllables = [s for x in inner for s in x.syllables]
    title = Word(inner[0].start, inner[-1].end, "".join(x.text for x in inner), PROPER, syllables)
    title.groups = divide(simp)
    at, caps = 0, []
    for size in title.groups:
        caps.append(simp[at : at + size] not in _SMALL)
        at += size
    title.caps = caps
    if title.groups[0] == 2 and country_pair(simp[:2]):  # 《中苏友好》1953年第10期: Zhong-Su Youhao
        title.groups[:1], title.caps[:1] = [1, 1], [True, True]
        title.joins = ["-", *[" "] * (len(title.groups) - 2)]
    return title


def _periodical_titles(words: list[Word]) -> list[Word]:
    """A title in 《》 that ends like a newspaper or a journal (报, 日报, 杂志, 月刊 ...), or is
    followed by an issue (1980年第5期) or by the kind of periodical (《新时代》杂志), names a
    periodical: one proper name, its words apart
    and capitalized (6.3.2: 《真理报》 Zhenli Bao, 《消息报》 Xiaoxi Bao, 《历史研究》1980年第5期
    Lishi Yanjiu; 《红旗》 stays as it is, 《历史研究》 alone is a book's title)."""
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
        if any(x.role in (PERSON, NUMBER) for x in inner):
            continue  # a person's name inside it keeps its form (《毛泽东选集》 is no periodical)
        after = "".join(x.text for x in words[close + 1 : close + 8])
        if (
            len(simp) >= 2
            and simplified(after).startswith(KINDS_AFTER)
            and all(x.role != OTHER for x in inner)
        ):  # its words as they are, each a word of a name (Zhong-Su Youhao, Bu'ershiweike)
            for x in inner:
                if x.role == WORD and 2 <= len(x.simp) <= 4 and 1 in divide(x.simp, top=False):
                    x.role, x.groups, x.caps = PROPER, [len(x.text)], [True]  # Gongchandangren
                else:
                    x.org = x.role == WORD or x.org
            continue
        if len(simp) >= 2 and _ISSUE.match(after) and all(x.role != OTHER for x in inner):
            out.append(_journal_title(inner, simp))
            k = close
            continue
        if len(simp) < 2 or not simp.endswith(("报", "刊", *PERIODICALS)):
            continue
        if simp[-2:] in _NOT_PAPERS and len(simp) >= 4:
            continue  # 《中苏联合公报》: a communiqué, no paper (《大公报》 is Dagong Bao)
        syllables = [s for x in inner for s in x.syllables]
        title = Word(inner[0].start, inner[-1].end, text, ORG, syllables)
        sizes = _paper_sizes(simp)
        title.groups, title.caps, title.role = sizes, [True] * len(sizes), PROPER
        out.append(title)
        k = close
    return out
