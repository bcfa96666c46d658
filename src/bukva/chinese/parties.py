"""Parties by their abbreviations and what follows them as part of their names (GB/T
16159-2012 6.3.2: a proper name's words, each capitalized): 联共（布） Liangong (Bu), 中共中央
Zhonggong Zhongyang."""

from __future__ import annotations

from .capitals import _countries
from .tagger import dictionary
from .word import ORG, PLACE, PROPER, WORD, Word


def party_abbreviation(simp: str) -> bool:
    """A country's communist party by its abbreviation (中共, 苏共, 美共; 联共, the All-Union
    party, its 联 the Union's): a proper name, one word."""
    return (
        len(simp) == 2 and simp[1] == "共" and (simp[0] in _countries()["chars"] or simp[0] == "联")
    )


_CONGRESS_NUMERALS = frozenset("一二三四五六七八九十")


def _congress(simp: str) -> bool:
    """A party congress by its number (八大, 二十大: 第八次全国代表大会)."""
    return len(simp) >= 2 and simp[-1] == "大" and all(c in _CONGRESS_NUMERALS for c in simp[:-1])


def party_heads(words: list[Word]) -> list[Word]:
    """A party's abbreviation at the head of a word jieba joined (中共党员, 中共党史, 中共广东,
    中共二大) as a word of its own, the rest a word after it (GB/T 16159-2012 5: the word is the
    unit of writing; 6.3.3: the abbreviation a proper name): Zhonggong dangyuan, Zhonggong
    Guangdong. A congress by its number after a party is its name, one word, capitalized, as
    the organisation rule writes 中共八大 (Zhonggong Bada, Sugong Ershida)."""
    if not any("共" in w.text for w in words):  # no party's abbreviation: most text
        return words
    tags = dictionary()[1]
    out: list[Word] = []
    for w in words:
        simp = w.simp
        congress = len(simp) > 2 and _congress(simp[2:])
        if (
            len(simp) > 2
            and party_abbreviation(simp[:2])
            and (
                (congress and w.role in (WORD, PLACE, ORG))  # 中共七大 (nt)
                or (not w.org and w.role in (WORD, PLACE))
            )
        ):
            rest_simp = simp[2:]
            party = Word(w.start, w.start + 2, w.text[:2], WORD, w.syllables[:2], flag="j")
            rest = Word(
                w.start + 2, w.end, w.text[2:], WORD, w.syllables[2:], flag=tags.get(rest_simp, "n")
            )
            if rest.flag == "ns" or w.role == PLACE:  # 中共 | 广东
                rest.role, rest.groups, rest.caps = PLACE, [len(rest.text)], [True]
            party.org = rest.org = w.org
            out += [party, rest]
            w = rest
        else:
            out.append(w)
        prev = out[-2] if len(out) > 1 else None
        if (
            prev is not None
            and prev.end == w.start
            and w.role in (WORD, ORG)
            and _congress(w.simp)
            and party_abbreviation(prev.simp)
        ):
            w.role, w.groups, w.caps = PROPER, [len(w.text)], [True]
    return out


# parties' names that jieba's dictionary tags common nouns (n), where its other parties' are
# bodies' names (社会党, 自由党, 民主党 nt): each names a party (工党 Labour, 保守党 the
# Conservatives, 进步党 Liang Qichao's Progressive Party of 1913), a proper name, capitalized
# (GB/T 16159-2012 6.3.2). Kinds of party stay common nouns until a proper name leads them:
# 政党, 执政党, 在野党, 革命党, and 工人党 and 劳动党, "a workers' party" (各国共产党和工人党;
# 朝鲜劳动党 is a name).
NAMED_PARTIES = frozenset(
    "工党 保守党 进步党 独立党 激进党 绿党 公明党 亲民党 新芬党 真主党".split()
)


# the kinds of a party's units: 党 and one of them is a kind, no name (党组织 "Party
# organizations", 党支部, 党小组: dangzuzhi), whatever jieba tags it
_UNITS = frozenset(("组织", "支部", "小组", "基层组织"))


def party_unit(simp: str) -> bool:
    """A word jieba tags a body's name that is the Party's and a kind of unit (党组织)."""
    return simp[:1] == "党" and simp[1:] in _UNITS


def party(w: Word) -> bool:
    """A party's abbreviation jieba took as a word or a body's name: a proper name."""
    return len(w.text) == 2 and w.role in (WORD, ORG) and party_abbreviation(w.simp)


def party_body(words: list[Word], k: int) -> None:
    """What follows a party's abbreviation as part of its name, capitalized: its (Bolsheviks)
    in 联共（布） (Liangong (Bu)), and 中央, its Central Committee (Meigong Zhongyang, as
    Zhonggong Zhongyang)."""
    inner = words[k + 1 : k + 4]
    end = words[k].end
    if len(inner) == 3 and [w.text for w in inner[::2]] in (["（", "）"], ["(", ")"]):
        if inner[1].text == "布":
            inner[1].role, inner[1].groups, inner[1].caps = PROPER, [1], [True]
        inner, end = words[k + 4 : k + 5], inner[2].end  # 联共（布）中央: Liangong (Bu) Zhongyang
    if inner and inner[0].text == "中央" and inner[0].start == end:
        inner[0].role, inner[0].groups, inner[0].caps = PROPER, [2], [True]


def bolsheviks(words: list[Word]) -> None:
    """（布）, "(Bolsheviks)", after a party's name is part of it: Bu, capitalized
    (苏联共产党（布） Sulian Gongchandang (Bu), as 联共（布） Liangong (Bu))."""
    for k in range(2, len(words) - 1):
        w = words[k]
        if (
            w.text == "布"
            and words[k - 1].text in ("（", "(")
            and words[k + 1].text in ("）", ")")
            and words[k - 2].simp.endswith("党")
        ):
            w.role, w.groups, w.caps = PROPER, [1], [True]


_LEVELS = frozenset("省市县区地")  # a province's, a city's, a county's ... party committee
_POSTS = ("书记", "副书记", "常委")  # posts jieba's HMM glues to 委 (委 | 书记)


def _department(w: Word) -> bool:
    """Whether a word is 委 and a department of the committee that jieba glued to it: 委宣传部,
    委组织部 (an organisation's word ending in 部), or its party school (委党校 Shengwei
    Dangxiao)."""
    return w.text[:1] == "委" and (
        (w.role == ORG and len(w.text) >= 3 and w.simp.endswith("部")) or w.simp[1:] == "党校"
    )


def committees(words: list[Word]) -> list[Word]:
    """A place's party committee: the place's generic and 委 one word, a body's name after the
    place (中共北京市委 Zhonggong Beijing Shiwei, 湖北省委宣传部 Hubei Shengwei Xuanchuanbu), where
    the analysis wrote the place with its generic (Beijing Shi) and 委 apart, or 委 with the
    committee's department (上海市 | 委宣传部: Shanghai Shiwei Xuanchuanbu)."""
    out: list[Word] = []
    for w in words:
        prev = out[-1] if out else None
        if (
            w.text[:1] == "委"  # the same in both scripts; most words stop here
            and prev is not None
            and (len(w.text) == 1 or w.simp[1:] in _POSTS or _department(w))
            and prev.role in (PLACE, PROPER)
            and len(prev.groups) >= 2
            and prev.groups[-1] == 1
            and prev.simp[-1] in _LEVELS
            and prev.end == w.start
        ):
            level, syllable = prev.text[-1], prev.syllables[-1]
            prev.text, prev.end, prev.syllables = prev.text[:-1], prev.end - 1, prev.syllables[:-1]
            prev.groups, prev.caps = prev.groups[:-1], prev.caps[:-1]
            body = Word(prev.end, w.start + 1, level + w.text[0], ORG, [syllable, w.syllables[0]])
            body.groups, body.caps, body.org, body.flag = [2], [True], True, "nt"
            out.append(body)
            if len(w.text) > 1 and _department(w):  # 委 | 宣传部: the department, a body
                dept = Word(w.start + 1, w.end, w.text[1:], ORG, w.syllables[1:])
                dept.groups, dept.caps, dept.org, dept.flag = [len(dept.text)], [True], True, "nt"
                out.append(dept)
            elif len(w.text) > 1:  # 委 | 书记: the post, a word of its own
                post = Word(w.start + 1, w.end, w.text[1:], WORD, w.syllables[1:])
                post.flag = "n"
                out.append(post)
            continue
        out.append(w)
    return out


def ministry_department(words: list[Word], k: int) -> bool:
    """Whether ``words[k]``, right after a ministry's name (外交部, an organisation's word in
    部), begins the name of one of its departments (司), and mark it so: a word of three
    characters or more in 司 (礼宾司 Libinsi), or up to two places' names and 司 (远东 | 司
    Yuandong Si, 苏联 | 东欧 | 司 Sulian Dong'ou Si: the proper name and its generic apart,
    each capitalized, GB/T 16159-2012 6.3.2, as 亚洲司 Yazhou Si)."""
    prev, w = words[k - 1], words[k]
    if not (prev.org and prev.simp.endswith("部") and prev.end == w.start):
        return False
    if (
        w.role == WORD
        and w.flag in ("n", "nt", "nz")  # 打官司 (l), "to go to court": no department
        and len(w.simp) >= 3
        and w.simp.endswith("司")
        and not w.simp.endswith(("公司", "官司"))  # a company, a lawsuit
    ):
        w.org = True
        return True
    j = k
    while j < len(words) and j < k + 2 and words[j].role in (PLACE, PROPER):
        j += 1
    if j == k or j >= len(words) or words[j].simp != "司" or words[j - 1].end != words[j].start:
        return False
    for x in words[k : j + 1]:
        x.org = True
    words[j].role, words[j].groups, words[j].caps = ORG, [1], [True]
    return True


def congresses_joined(words: list[Word]) -> list[Word]:
    """A party's congress by its number that jieba cut after the numeral (苏共 | 二十三 | 大):
    the number and 大 one word, a proper name (Sugong Ershisanda), as 苏共二十大 is."""
    out: list[Word] = []
    k = 0
    while k < len(words):
        w = words[k]
        if (
            k + 2 < len(words)
            and party_abbreviation(w.simp)
            and words[k + 1].start == w.end
            and words[k + 2].start == words[k + 1].end
            and _congress(words[k + 1].simp + "大")
            and words[k + 2].simp[:1] == "大"
            and words[k + 2].simp[1:] in ("", "上", "后", "前", "期间")
        ):
            number, big = words[k + 1], words[k + 2]
            congress = Word(number.start, big.start + 1, number.text + big.text[0], PROPER)
            congress.syllables = number.syllables + big.syllables[:1]
            congress.groups, congress.caps, congress.flag = [len(congress.text)], [True], "nz"
            out += [w, congress]
            if len(big.text) > 1:  # 二十二 | 大上: the congress, then 上 (at it)
                out.append(Word(big.start + 1, big.end, big.text[1:], WORD, big.syllables[1:]))
                out[-1].flag = "f"
            k += 3
            continue
        out.append(w)
        k += 1
    return out


# what a party's name says it stands for, a word before a party's word that jieba cut from it:
# 民主 | 进步党 (Taiwan's Democratic Progressive Party), 立宪 | 民主党 (the Kadets), 社会 |
# 革命党 (the Socialist Revolutionaries, where 革命党 alone is "revolutionaries")
_PROGRAMMES = frozenset("民主 社会 立宪 自由 人民 统一 共和 民族 国家".split())


def programmes_named(words: list[Word]) -> None:
    """A word of a party's programme right before a party's name, and 革命党 after one: the
    name's words, each capitalized (GB/T 16159-2012 6.3.2): Minzhu Jinbudang, Lixian
    Minzhudang, Shehui Gemingdang."""
    for k in range(1, len(words)):
        w, prev = words[k], words[k - 1]
        if prev.end != w.start or prev.role != WORD or prev.simp not in _PROGRAMMES:
            continue
        if k >= 2 and words[k - 2].end == prev.start and words[k - 2].simp in _PROGRAMMES:
            continue  # 人民 | 民主 | 党 ...: more than one word before: left as jieba cut it
        if (w.role == ORG and w.simp.endswith("党")) or w.simp == "革命党":
            for part in (prev, w):
                part.role, part.groups, part.caps = ORG, [len(part.text)], [True]
