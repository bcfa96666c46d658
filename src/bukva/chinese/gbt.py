"""GB/T 16159-2012 (Basic rules of the Chinese phonetic alphabet orthography) for pinyin.

Applied to the analysed words before pinyin writes them:

- 6.3.2 (names of institutions and other proper nouns of several words): each word written
  apart and capitalized: Zhongguo Gongchandang Zhongyang Weiyuanhui, Zhongguo Shehui
  Kexueyuan, Beijing Daxue Tushuguan; periodicals and the names of treaties, agreements and
  declarations are such names: Renmin Ribao, Zhong-Su Youhao Tongmeng Huzhu Tiaoyue.
- A continent's name is one word (the standard's examples Feizhou 非洲, Nanmei 南美): Yazhou,
  Beimeizhou, where LC's catalog table writes Ya Zhou.
- 6.3.3 (abbreviations of proper nouns joined to common words): a pair of one-syllable country
  names joined by a hyphen, each capitalized (Zhong-Su guanxi); a word that begins with one is
  capitalized (Hanyu, Zhongwen); a party's abbreviation jieba joined to the word after it is a
  word of its own (Zhonggong dangyuan), a congress by its number after it one capitalized word
  (Sugong Ershida, as the organisation rule writes Zhonggong Bada).
- 1996 text 4.1.3, kept in 2012 (a whole concept of four syllables or more is written word by
  word; one that cannot be
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

from itertools import pairwise

from .acronyms import acronymed_names
from .awards import awards_named
from .brands import brands_named, crafts_named, models_named
from .capitals import PAIR, country_and_pair, country_pair, mark_countries
from .counting import join_numbers, measure_head, number_sizes
from .country_lists import mark_listed
from .division import _compound, compound_words, country_cuts, determiner_apart, divide
from .documents import DOCUMENTS, mark_documents
from .events import name_events
from .joins import join_small_words
from .known_bodies import joined_fragments, persons_apart
from .name_words import doctrine_pairs, religions_named, states_named
from .org_endings import _BUILDINGS
from .parties import (
    bolsheviks,
    committees,
    congresses_joined,
    party,
    party_body,
    party_heads,
    programmes_named,
)
from .periodicals import _paper_sizes, _periodical, _periodical_titles
from .plenums import plenums
from .regions import cities_after_verbs, forms_alone, regions_named
from .regnal import regnal_numbers
from .script import NUMERALS
from .streets import streets
from .tagger import COMMON_COUNT, FLOOR_COUNT, SEEN_COUNT, dictionary, two_words
from .triples import counted, three_countries
from .word import NUMBER, ORG, OTHER, PERSON, PLACE, PROPER, WORD, Word

# the last word of the name of an event or a work named for a place (6.3.2: a proper name of
# several words): Rineiwa Huiyi, Huaihai Zhanyi, Xi'an Shibian, Zhongguo Changchun Tielu
EVENTS = ("会议", "战役", "事件", "事变", "起义", "会战", "保卫战", "铁路")
# an event's, a proclamation's or a peace treaty's word a place before it names (朝鲜 | 战争,
# 波茨坦 | 公告, 凡尔赛 | 和约; a government's 公告 is no name, 表演和约9000 is 和 | 约 9000)
_AFTER_PLACE = (*EVENTS, "战争", "公告", "和约")
_AFFAIRS = ("事件", "事变")  # named for a person too, as CC-CEDICT names them for places
# the last word of a movement's, a revolution's or a war's name, named for a date, a year of
# the sixty-year cycle or a place: Wusi Yundong, Xinhai Geming, Chaoxian Zhanzheng
_ERAS = ("运动", "革命", "战争", "大战", "事变")
_STEMS = frozenset("甲乙丙丁戊己庚辛壬癸")
_BRANCHES = frozenset("子丑寅卯辰巳午未申酉戌亥")
_STATES = ("合众国", "共和国", "联邦", "王国", "帝国", "公国")  # forms of state
# forms of state before a country's name, the short names of a divided country's states
# (民主德国 Minzhu Deguo, the GDR; 联邦德国 Lianbang Deguo, the FRG)
_STATES_BEFORE = ("民主", "联邦")
# conjunctions and particles inside a name stay small, as in official pinyin (Waiyu Jiaoxue yu
# Yanjiu Chubanshe; Zhufang he Chengxiang Jianshebu)
_LINKS = frozenset("与 和 及 暨 的 之 或".split())
_UNITS = set("百千万萬亿億")


def _named(w: Word) -> Word:
    """An organisation's or a periodical's name: its words apart, each capitalized."""
    simp = w.simp
    sizes = (
        _paper_sizes(simp)
        if _periodical(w)
        else persons_apart(simp, joined_fragments(simp, divide(simp)))
    )
    inner, apart = country_cuts(w)
    if inner:  # a country's syllable inside a word is a word of its own: 驻华 → Zhu Hua
        edges = sorted({0, len(w.text), *apart, *(sum(sizes[:k]) for k in range(len(sizes)))})
        sizes = [b - a for a, b in pairwise(edges)]
        w.capital_at = ()
    at = [sum(sizes[:k]) for k in range(len(sizes))]
    caps = [simp[a : a + n] not in _LINKS for a, n in zip(at, sizes, strict=True)]
    w.groups, w.caps, w.role = sizes, caps, PROPER
    return w


def _building(w: Word) -> None:
    """A building's or a park's name of four characters or more written by its words, each
    capitalized (6.3.2: Gugong Bowuyuan, Renmin Dahuitang, Beihai Gongyuan, Kelimulin Gong);
    one of three stays one word (Yiheyuan)."""
    simp = w.simp
    if len(simp) >= 4 and simp[-1] in _BUILDINGS:
        sizes = divide(simp)
        if 1 in sizes[1:-1] or sizes[-2:] == [1, 1]:  # 克里姆 | 林 | 宫: a name the
            sizes = [len(simp) - 1, 1]  # dictionary cannot divide, then its generic
        if len(sizes) > 1:
            w.groups, w.caps = sizes, [True] * len(sizes)


def _state(w: Word) -> None:
    """A country's name and its form of state, words each capitalized (6.3.2): 俄罗斯联邦
    Eluosi Lianbang, 美利坚合众国 Meilijian Hezhongguo, 联合王国 Lianhe Wangguo, 德意志民主共和国
    Deyizhi Minzhu Gongheguo; the form first, where jieba tags the rest a place: 民主德国 Minzhu
    Deguo."""
    simp = w.simp
    form = next((s for s in _STATES_BEFORE if simp.startswith(s)), "")
    if len(w.groups) == 1 and form and dictionary()[1].get(simp[len(form) :]) == "ns":
        w.groups, w.caps = [len(form), len(simp) - len(form)], [True, True]  # Minzhu Deguo
        return
    end = next((s for s in _STATES if simp.endswith(s)), "")
    if len(w.groups) == 1 and end and len(simp) - len(end) >= 2:
        head = len(simp) - len(end)
        # the name before it by its words (德意志 | 民主 | 共和国: Deyizhi Minzhu Gongheguo), but
        # not into a lone character (a name the dictionary cannot divide stays whole)
        sizes = divide(simp[:head]) if head >= 4 else [head]
        if 1 in sizes:
            sizes = [head]
        w.groups, w.caps = [*sizes, len(end)], [True] * (len(sizes) + 1)


def _inner_capitals(w: Word) -> None:
    """A country's syllable inside a plain word written apart and capitalized: 访华 → fang
    Hua, 留苏 → liu Su (the abbreviation of a proper name, 6.3.3)."""
    inner, apart = country_cuts(w)
    edges = sorted({0, len(w.text), *apart})
    w.groups = [b - a for a, b in pairwise(edges)]
    w.caps = [a in inner for a, _ in pairwise(edges)]


def _country_pair(w: Word, named: bool = False) -> list[Word]:
    """中苏关系 → Zhong-Su | guanxi (and, in a name, 中苏友好同盟互助条约 → Zhong-Su | Youhao
    Tongmeng Huzhu Tiaoyue)."""
    pair = Word(w.start, w.start + 2, w.text[:2], PROPER, w.syllables[:2], [1, 1], [True, True])
    pair.joins = ["-"]
    if len(w.text) == 2:
        return [pair]
    rest = Word(w.start + 2, w.end, w.text[2:], WORD, w.syllables[2:], flag=w.flag)
    return [pair, _named(rest) if named else rest]


def _pair_chars(w: Word, nxt: Word) -> bool:
    """Two one-character words that are such a pair (中 | 苏; 美 a place to jieba)."""
    return (
        len(w.text) == 1 == len(nxt.text) and nxt.role != PERSON and country_pair(w.text + nxt.text)
    )


def _pair_name(w: Word) -> bool:
    """Such a pair jieba took for a place (中苏 ns)."""
    return w.role in (PLACE, PROPER) and (w.flag == PAIR or country_pair(w.text))


def _number(w: Word) -> None:
    """A numeral's written words (6.1.6: sanqian wubai liushisi, shiyi wan)."""
    sizes = number_sizes(w.text)
    if len(sizes) > 1:
        w.groups, w.caps = sizes, [False] * len(sizes)


def _fraction(w: Word) -> bool:
    """A fraction jieba holds as one numeral (百分之四十四, 三分之二): the denominator, 分之 and
    the numerator each written apart, each number by 6.1.6 (bai fenzhi sishisi, san fenzhi
    er, as grammars of the language write fractions); whether it is one."""
    below, _, above = w.simp.partition("分之")
    if w.flag not in ("m", "mq") or not below or not above:  # 三分之一 is mq to jieba
        return False
    if not all(c in NUMERALS for c in below + above):
        return False
    sizes = [*number_sizes(below), 2, *number_sizes(above)]
    w.groups, w.caps = sizes, [False] * len(sizes)
    return True


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
            # ... and its measure word (第二次 | 全苏: Di-er Ci Quansu, no "Ciquansu")
            and not (prev.simp in ("次", "届") and len(out) > 1 and out[-2].role == NUMBER)
        ):
            prev.end = w.end
            prev.absorb(w.text)
            prev.syllables = prev.syllables + w.syllables
            prev.role = ORG
            continue
        out.append(w)
    return out


def _dated_event(w: Word, simp: str) -> bool:
    """A movement, a revolution or a war jieba's dictionary names (nz) for its date, its year
    or its place (6.3.2, a proper name of several words): 五四运动 Wusi Yundong, 辛亥革命 Xinhai
    Geming, 朝鲜战争 Chaoxian Zhanzheng; not 户外运动, 人民战争 (a kind, not a name). The
    specifier is one word, the event's word another."""
    if w.flag != "nz":
        return False
    end = next((e for e in _ERAS if simp.endswith(e)), None)
    if end is None or len(simp) == len(end):
        return False
    head = simp[: -len(end)]
    days = head[:-1] if head.endswith("月") else head  # 十月革命: a month
    dated = all(c in NUMERALS or c in "卅廿" for c in days) or (
        len(head) == 2 and head[0] in _STEMS and head[1] in _BRANCHES
    )
    if not dated and dictionary()[1].get(head) != "ns":
        return False
    w.groups, w.caps, w.role = [len(head), len(end)], [True, True], PROPER
    return True


def _free_phrase(simp: str) -> bool:
    """Four characters jieba's dictionary calls an idiom (i) but holds all but never, made of
    two words it holds often: a verb and its object, written as two words (举行会谈 juxing
    huitan, 光荣牺牲), not a set phrase with a hyphen (6.1.7: shishi-qiushi, jianku-fendou)."""
    if dictionary()[0].FREQ.get(simp, 0) > FLOOR_COUNT:
        return False
    # a kind of document after what it settles (停战 | 协定, an armistice agreement): a noun and
    # the word before it, no set phrase
    return two_words(simp, COMMON_COUNT) or (simp[2:] in DOCUMENTS and two_words(simp, SEEN_COUNT))


def _counted(simp: str) -> bool:
    """A meeting counted, not named (四次会议, 第三届会议: si ci huiyi)."""
    head = simp.removeprefix("第")
    return head[:1] in NUMERALS and any(m in head[1:3] for m in "次届")


def _named_events(words: list[Word]) -> None:
    """A place's name and an event's word after it (日内瓦 | 会议) make one proper name: the
    word capitalized; a dictionary name that ends so (淮海战役 nz) is divided and capitalized.
    Named so, a railway names an event in turn (中东 | 铁路 | 事件: Zhongdong Tielu Shijian)."""
    named: set[int] = set()
    for k, w in enumerate(words):
        if w.role != WORD:
            continue
        simp = w.simp
        if _dated_event(w, simp):
            continue
        if simp in _AFTER_PLACE:  # 日内瓦 | 会议, 朝鲜 | 战争: Chaoxian Zhanzheng
            prev = words[k - 1] if k else None
            if (
                prev is not None
                and prev.end == w.start
                and (
                    prev.role in (PLACE, PROPER)
                    or k - 1 in named
                    or (prev.role == PERSON and simp in _AFFAIRS)  # 高岗 | 事件: Gao Gang Shijian
                    # 波匈 | 事件: two countries' syllables (Bo-Xiong Shijian)
                    or (simp in _AFFAIRS and prev.capital_at == (0,) and len(prev.text) == 1)
                )
            ):
                w.groups, w.caps = [len(w.text)], [True]
                if simp == "铁路":
                    named.add(k)
        elif w.flag == "nz" and simp.endswith(EVENTS) and not _counted(simp):
            _named(w)


def apply(words: list[Word], options: dict | None = None) -> list[Word]:
    """The words as GB/T 16159 divides and capitalizes them (``options``: the system's, for
    numerals=arabic, which keeps 第 and its figure apart)."""
    words_as_figures = (options or {}).get("numerals") == "arabic"
    words = committees(name_events(words))  # 百花 | 运动: Baihua Yundong; Beijing Shiwei
    words = religions_named(doctrine_pairs(join_small_words(plenums(join_numbers(words)))))
    words = party_heads(congresses_joined(words))
    words = crafts_named(models_named(brands_named(streets(words))))
    words = regnal_numbers(regions_named(awards_named(words)))
    mark_countries(words)
    mark_listed(words)
    cities_after_verbs(words)
    states_named(words)
    forms_alone(words)
    documents = mark_documents(words)
    acronymed_names(words)  # 冷战国际史项目（CWIHP）: Lengzhan Guoji Shi Xiangmu
    _named_events(words)
    words = _periodical_titles(_join_names(words))
    bolsheviks(words)
    programmes_named(words)  # 民主 | 进步党: Minzhu Jinbudang
    for w in words:
        if w.role == PROPER and len(w.groups) > 1 and w.groups[-1] == 1 and w.text[-1] == "洲":
            w.groups, w.caps = [len(w.text)], [True]  # Feizhou, not LC's Fei Zhou
    out: list[Word] = []
    k = 0
    while k < len(words):
        w = words[k]
        nxt = words[k + 1] if k + 1 < len(words) else None
        if nxt is not None and (
            ((w.capital_at == (0,) or _pair_name(w)) and country_and_pair(w, nxt))
            or (w.flag == nxt.flag == PAIR and w.end == nxt.start)  # 美英 | 法苏: four
        ):
            out.append(three_countries(w, nxt))  # 中 | 美苏: Zhong-Mei-Su; 中俄 | 印
            counted(words[k + 2] if k + 2 < len(words) else None)
            k += 2
            continue
        if (  # 中 | 苏 (or 中 | 美 with 美 a place to jieba): one pair
            nxt is not None
            and len(w.text) == 1
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
            w.role in (WORD, ORG)  # 中国第二历史档案馆: 第 cut from jieba's name (nt)
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
            if k < len(words) and words[k].start == ordinal.end:
                words[k : k + 1] = measure_head(words[k])
            continue
        elif (w.capital_at[:2] == (0, 1) and len(w.text) >= 2 and not w.groups) or (
            w.role in (PLACE, PROPER) and _pair_name(w)
        ):
            out += _country_pair(w, w.start in documents)
        elif (w.role in (WORD, ORG) and (_periodical(w) or party(w))) or (
            (w.role == ORG or w.org) and w.role not in (PERSON, PLACE)
        ):
            if party(w):
                party_body(words, k)
            if w.groups and w.role == PROPER:  # an LC or CC-CEDICT name inside it: as it is
                _state(w)  # but for a country's form of state (Eluosi Lianbang Zongtong …)
                out.append(w)
            else:
                out.append(_named(w))
        elif w.role == WORD and w.flag == "i" and len(w.text) == 4:
            w.groups, w.caps = [2, 2], [False, False]
            w.joins = [] if _free_phrase(w.simp) else ["-"]
            out.append(w)
        else:
            if (
                not w.joins
                and not _fraction(w)
                and (w.role == NUMBER or (w.flag == "m" and all(c in NUMERALS for c in w.text)))
            ):
                _number(w)
            if w.role in (PLACE, PROPER) and len(w.groups) == 1:
                _building(w)
                _state(w)
            if (
                w.capital_at
                and w.capital_at[0] == 0
                and not w.groups
                and len(compound_words(w.simp)) < 2  # 中文 | 翻译 (l): Zhongwen fanyi
            ):  # Hanyu, Zhongwen
                w.groups, w.caps = [len(w.text)], [True]
            elif w.role == WORD and not w.groups and not determiner_apart(w):
                _compound(w)
                if not w.groups and w.capital_at:  # 访华, 驻华: fang Hua (6.3.3)
                    _inner_capitals(w)
            w.capital_at = ()
            out.append(w)
        k += 1
    return [w for w in out if w.role != OTHER or w.text]
