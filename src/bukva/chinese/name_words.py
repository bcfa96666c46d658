"""Words that are names and words that are not, where jieba's tag alone misleads: a person
and the word after the name (毛泽东思想), a department (宣传部), the given name jieba cut off as
a rare word (李 | 越然), a familiar name (老王), a county's short name that is also a word
(资源)."""

from __future__ import annotations

from itertools import pairwise

from .capitals import _countries
from .division import UNIT_ENDINGS
from .lexicons import (
    TITLE_WORDS,
    TITLES,
    _foreign_hanzi,
    _generic_split,
    cedict_names,
    common_words,
    names,
)
from .script import simplified
from .tagger import COMMON_COUNT, SEEN_COUNT, dictionary
from .word import OTHER, PERSON, PLACE, PROPER, WORD, Word

NAME_TAGS = frozenset("nr nrfg ns nz".split())


def person_and_word(simp: str) -> tuple[list[int], list[bool], list] | None:
    """A person CC-CEDICT knows and an ordinary word of jieba's after the name (毛泽东 | 思想):
    the groups, capitals and the name's readings; None if the word is not so made."""
    known, tags = cedict_names(), dictionary()[1]
    for cut in (3, 2):
        name, rest = known.get(simp[:cut]), simp[cut:]
        tag = tags.get(rest, "")
        if name and name[0] == "person" and len(rest) >= 2 and tag and tag[:2] not in NAME_TAGS:
            sizes = name[2] if sum(name[2]) == cut else [1, cut - 1]
            return [*sizes, len(rest)], [True] * len(sizes) + [False], list(enumerate(name[1]))
        foreign = simp[:cut] in _foreign_hanzi()  # 列宁 | 全集 (nr): Lenin, one word
        if (
            foreign
            and len(rest) >= 2
            and tag
            and tag[:2] not in NAME_TAGS
            and _generic_split(simp, "place") != cut  # 堪察加 | 半岛: a place and its generic
        ):
            return [cut, len(rest)], [True, False], []  # its readings the sentence's
    return None


def native_of(simp: str) -> bool:
    """A city's name and 人 that jieba tags a person (温州人, 苏州人): a native of the city,
    written as 上海 | 人 is (Wenzhou ren), no person Wen Zhouren."""
    if len(simp) != 3 or simp[2] != "人":
        return False
    known = cedict_names().get(simp[:2])
    return bool(known) and known[0] == "city"


def place_and_each(simp: str) -> int | None:
    """The length of the place's name in a word jieba's dictionary holds as a place, a place's
    name and 各国 "each country" or 各省 (亚洲各国 Asian countries, 沿海各省): two words,
    written apart (Yazhou geguo), the determiner's no part of the name; else None."""
    each = simp[-2:]
    if len(simp) < 4 or each[0] != "各" or not dictionary()[1].get(each, "").startswith("r"):
        return None
    return len(simp) - 2


def department(simp: str) -> bool:
    """A word of an ordinary word and a unit's ending (宣传 | 部; 顾问 | 团, 顾问 an ordinary
    word jieba tags as a name): no person's name."""
    if len(simp) < 3 or simp[-1] not in UNIT_ENDINGS:
        return False
    tag = dictionary()[1].get(simp[:-1], "")
    return bool(tag) and (not tag.startswith("nr") or simp[:-1] in common_words())


RARE_GIVEN = 100  # jieba's count under which a word after a surname (nr) is its given name
_PLACE_ENDS = frozenset("村门門街路镇鎮乡鄉县縣区區市省山河湖江桥橋寺庙廟楼樓港站场場园園")
_NOT_GIVEN = frozenset("x m q p c u uj ul uz ug uv y e r f".split())


SUFFIX_COUNT = 20  # jieba's count from which a noun and the character after it are a word


def noun_run_on(before: str, simp: str) -> bool:
    """Whether a two-character name jieba's dictionary has (史纲, nr: a person) is rather its
    first character ending the noun before it and its second a noun (关系 | 史纲: 关系史 "a
    history of relations", n, and 纲 "outline", n; a title's 中苏关系史纲, no person Shi Gang):
    a person CC-CEDICT has is a person still."""
    if len(simp) != 2 or cedict_names().get(simp):
        return False
    freq, tags = dictionary()[0].FREQ, dictionary()[1]
    if tags.get(simp[1], "") != "n" or freq.get(simp[1], 0) < COMMON_COUNT:
        return False
    return any(
        tags.get(before[-k:] + simp[0], "") == "n"
        and freq.get(before[-k:] + simp[0], 0) >= SUFFIX_COUNT
        for k in (1, 2, 3)
        if len(before) >= k
    )


def rare_given(w: Word) -> bool:
    """A word of one or two characters jieba's dictionary has all but never seen (越然 3 times,
    明复 3): after a surname jieba tags as one (李, 阎), the given name it cut off."""
    return (
        w.role == WORD
        and w.flag not in _NOT_GIVEN
        and w.text[-1] not in _PLACE_ENDS
        and dictionary()[0].FREQ.get(w.simp, 0) < RARE_GIVEN
    )


def familiar(title: str, surname: str, data: dict) -> bool:
    """小, 老, 大 or 阿 and a one-character surname: a familiar name (GB/T 16159, 1996 text
    4.2.3: Xiao Liu, Lao Qian)."""
    return (
        len(title) == len(surname) == 1
        and title in "小老大阿"
        and surname in data["common_surnames"]
    )


def common_word(simp: str) -> bool:
    """A county's short name that jieba's dictionary has often and not as a place (资源 17,453
    times, a noun; 友谊 1,499 times, "a person" to jieba, whose corpus tags many words so;
    not 全椒, 8 times, nor 宁夏, a place to jieba): the word, not the county. A short name is a
    place where its generic follows it (资源县) or jieba calls it one."""
    tok, tags = dictionary()
    return tok.FREQ.get(simp, 0) >= COMMON_COUNT and tags.get(simp, "ns")[:2] != "ns"


def short_name(text: str) -> bool:
    """A county's or a district's name without its generic (资源, 运河: words too)."""
    known = cedict_names().get(text) or cedict_names().get(simplified(text))
    return bool(known) and known[0] == "short"


# the works of a person a title names after the name (《阎明复回忆录》, 《周恩来年谱》)
_WORKS = frozenset("回忆录 年谱 文集 选集 全集 自传 日记 文稿 书信集 传记 评传".split())


def alone(before: Word | None, after: list[Word]) -> bool:
    """A name standing as an author or a speaker stands: after the start or punctuation, and
    before punctuation, a role (主编), a verb (李越然： , 阎明复说; not 被毛粗乱) or his works
    (《阎明复回忆录》)."""
    nxt = after[0] if after else None
    return (before is None or before.role == OTHER) and (
        nxt is None
        or nxt.role == OTHER
        or nxt.flag.startswith("v")
        or nxt.text in TITLES
        or nxt.simp in _WORKS
    )


def names_alone(words: list[Word]) -> set[str]:
    """The names a text gives where an author or a speaker stands (a surname and a word jieba
    all but never saw: 阎明复：): the same characters elsewhere in it are that name too."""
    return {
        prev.text + w.text
        for k, (prev, w) in enumerate(pairwise(words), start=1)
        if len(prev.text) == 1
        and prev.role == WORD
        and prev.flag == "nr"
        and 1 <= len(w.text) <= 2
        and w.role in (WORD, PROPER, PLACE)
        and rare_given(w)
        and alone(words[k - 2] if k > 1 else None, words[k + 1 : k + 2])
    }


_DOCTRINE = "主义"


def _named_for(head: str) -> list[int] | None:
    """The names a doctrine is named for, as their lengths (马克思 | 列宁), each one CC-CEDICT
    or the gazetteer knows as a person's or a foreign name (CC-CEDICT files 列宁 with places, as
    "proper"); None if the head is not so made."""
    known, foreign = cedict_names(), _foreign_hanzi()
    if not head:
        return []
    for cut in range(min(len(head), 5), 1, -1):
        part, entry = head[:cut], known.get(head[:cut])
        if part in foreign or (
            entry and entry[0] in ("person", "foreign", "transcribed", "proper")
        ):
            rest = _named_for(head[cut:])
            if rest is not None:
                return [cut, *rest]
    return None


def _country_doctrine(word: str) -> bool:
    """A country's syllable and a doctrine it leads (美帝国主义: the countries' ``before``)."""
    countries = _countries()
    return (
        word[:1] in countries["chars"]
        and word[1:].endswith(_DOCTRINE)
        and (word[1:] in countries["before"])
    )


def doctrines_apart(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A doctrine jieba's dictionary tags as a name (马克思列宁主义, a place to it) as the
    persons it is named for and 主义, each a word of its own: Makesi-Liening zhuyi, as 马克思 |
    主义 is Makesi zhuyi (GB/T 16159-2012, 6.3: a person's name is written apart); a country's
    syllable before one (美帝国主义) a word of its own."""
    if _DOCTRINE not in simp and MARX_LENIN not in simp:
        return tokens
    out: list[tuple[int, int, str]] = []
    for start, end, flag in tokens:
        word = simp[start:end]
        if _country_doctrine(word):  # 美 | 帝国主义: Mei diguozhuyi, as Riben diguozhuyi
            out += [(start, start + 1, "ns"), (start + 1, end, "n")]
            continue
        if word.startswith(MARX_LENIN) and dictionary()[0].FREQ.get(word[2:], 0) >= SEEN_COUNT:
            # 马列 | 主义(者), 马列 | 著作 (one word to jieba): Ma-Lie zhuyi, Ma-Lie zhuzuo
            out += [(start, start + 2, "j"), (start + 2, end, "n")]
            continue
        if flag[:2] in ("nr", "ns", "nz") and len(word) > 4 and word.endswith(_DOCTRINE):
            sizes = _named_for(word[:-2])
            if sizes:
                for size in sizes:
                    out.append((start, start + size, "nr"))
                    start += size
                out.append((start, end, "n"))
                continue
        out.append((start, end, flag))
    return out


# titles of two characters or more, the longest first (夫人 before 人)
_TITLE_WORDS = sorted((t for t in TITLE_WORDS if len(t) >= 2), key=len, reverse=True)
_TITLED_TAGS = ("nr", "nrt", "nrfg", "nz")  # jieba's tags of a name a title is joined to


def titles_apart(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A title that jieba's dictionary or its HMM joins to the name before it (加伦将军,
    居里夫人, 张健先生, all names to it) as the name and the title, two words: a person's name and
    the title after it are written apart, the title in lower case (GB/T 16159, the 1996 text's
    4.2.3, kept in 2012: Wang buzhang, Li xiansheng; Jialun jiangjun, Juli furen). A word of two
    characters or more stands before the title; what it is (a name, or a word: 千金 | 小姐)
    is left to its own tag."""
    if not any(t in simp for t in _TITLE_WORDS):
        return tokens
    tags = dictionary()[1]
    out: list[tuple[int, int, str]] = []
    for start, end, flag in tokens:
        word = simp[start:end]
        title = next(
            (t for t in _TITLE_WORDS if word.endswith(t) and len(word) - len(t) >= 2), None
        )
        if title is not None and flag in _TITLED_TAGS:
            cut = end - len(title)
            out += [
                (start, cut, _head_flag(simp[start:cut], flag)),
                (cut, end, tags.get(title, "n")),
            ]
            continue
        out.append((start, end, flag))
    return out


def _head_flag(head: str, flag: str) -> str:
    """The tag of what stands before a title in a name jieba tagged whole: a foreign name's
    (nrt) stays so (居里 | 夫人, 居里 a measure word alone); a word the dictionary knows takes its
    own tag (千金 | 小姐); one it does not is a person's, foreign unless a Chinese surname begins
    it (加伦 | 将军 Jialun, 张健 | 先生 Zhang Jian)."""
    own = dictionary()[1].get(head)
    if flag == "nrt" or (own is None and head[0] not in names()["common_surnames"]):
        return "nrt"
    return own or flag


MARX_LENIN = "马列"  # Marx and Lenin by their first syllables: Ma-Lie (Xiandai Hanyu Cidian)


def doctrine_pairs(words: list[Word]) -> list[Word]:
    """Two persons a doctrine is named for, side by side before it, joined by a hyphen as
    coordinated words are (GB/T 16159, the 1996 text's 4.1.5, kept in 2012: lu-hai-kongjun):
    Makesi-Liening zhuyi; and by their first syllables, 马列 Ma-Lie."""
    out: list[Word] = []
    for k, w in enumerate(words):
        prev = out[-1] if out else None
        nxt = words[k + 1] if k + 1 < len(words) else None
        if w.simp == MARX_LENIN and w.role == WORD:  # two names' syllables, as Zhong-Su
            w.role, w.groups, w.caps, w.joins = PROPER, [1, 1], [True, True], ["-"]
        if (
            prev is not None
            and nxt is not None
            and w.role in (PERSON, PROPER)
            and prev.role in (PERSON, PROPER)
            and prev.end == w.start
            and w.end == nxt.start
            and len(prev.groups) <= 1
            and len(w.groups) <= 1
            and nxt.simp == _DOCTRINE
        ):
            pair = Word(prev.start, w.end, prev.text + w.text, PROPER, prev.syllables + w.syllables)
            pair.groups, pair.caps, pair.joins = [len(prev.text), len(w.text)], [True, True], ["-"]
            pair.flag = prev.flag
            out[-1] = pair
            continue
        out.append(w)
    return out


def religions_named(words: list[Word]) -> list[Word]:
    """A religion named for a name, one word as the dictionary writes it (GB/T 16159: the
    word is the unit; Xiandai Hanyu Cidian: Jīdūjiào, Yīsīlánjiào), where the name was read
    apart from its 教 (LC's table writes Jidu jiao, as catalogs keep it)."""
    out: list[Word] = []
    for w in words:
        prev = out[-1] if out else None
        if w.role == PROPER and len(w.groups) == 2 and w.groups[1] == 1 and w.text[-1] == "教":
            w.groups, w.caps = [len(w.text)], [True]  # 基督 | 教 in LC's table
        elif (
            prev is not None
            and w.text == "教"  # one form in both scripts
            and prev.role == PROPER
            and prev.end == w.start
            and len(prev.groups) <= 1
            and not prev.org
        ):
            prev.end = w.end
            prev.absorb(w.text)
            prev.syllables = prev.syllables + w.syllables
            prev.groups, prev.caps = [len(prev.text)], [True]
            continue
        out.append(w)
    return out


# forms of state that end a state's name (6.3.2: a proper name of several words, each word
# capitalized); the words between a country's name and one of them are the name's
_STATE_FORMS = frozenset("共和国 王国 帝国 公国 合众国".split())
_STATE_WORD_FLAGS = frozenset("n nz a b vn j".split())  # 社会主义, 人民, 民主, 联邦
# the kinds of the Soviet Union's republics, whatever jieba tags them: 哈萨克 | 加盟 | 共和国
# Hasake Jiameng Gongheguo (a union republic), 鞑靼 | 自治 | 共和国 (an autonomous one)
_REPUBLIC_KINDS = frozenset(("加盟", "自治"))


def states_named(words: list[Word]) -> None:
    """The words between a country's name and its form of state, capitalized as words of the
    state's name (GB/T 16159-2012 6.3.2): 捷克斯洛伐克 | 社会主义 | 共和国 Jiekesiluofake
    Shehuizhuyi Gongheguo, 南斯拉夫 | 社会主义 | 联邦 | 共和国. Nouns and adjectives only, at most
    three: 中国是社会主义共和国 names no state (a verb stands between)."""
    for k, w in enumerate(words):
        if w.simp not in _STATE_FORMS or k < 2:
            continue
        first = k
        while (
            first > 0
            and k - first < 3
            and words[first - 1].end == words[first].start
            and (
                words[first - 1].simp in _REPUBLIC_KINDS
                or (
                    words[first - 1].role == WORD
                    and not words[first - 1].groups
                    and words[first - 1].flag in _STATE_WORD_FLAGS
                )
            )
        ):
            first -= 1
        country = words[first - 1] if first > 0 else None
        if (
            first == k
            or country is None
            or country.role not in (PLACE, PROPER)
            or country.end != words[first].start
        ):
            continue
        for x in words[first : k + 1]:
            if not x.groups or x.simp in _REPUBLIC_KINDS:
                x.role, x.groups, x.caps = PROPER, [len(x.text)], [True]


# generic terms of natural features a name abroad is written with (6.3.2 of GB/T 16159-2012:
# a place name's proper part and its generic apart, each capitalized: Dongting Hu)
_FEATURES = frozenset(
    "山 山脉 火山 冰川 河 江 湖 海 岛 半岛 群岛 海峡 湾 港 瀑布 高原 沙漠".split()
)


def features_named(words: list[Word]) -> list[Word]:
    """A natural feature's generic (岛, 山脉, 海峡) as a word of its own right after a place's
    or a foreign name (达曼斯基 | 岛 Damansiji Dao, 高加索 | 山脉 Gaojiasuo Shanmai): the
    generic capitalized, a word of the place's name; CC-CEDICT and the gazetteer name the
    places they know whole (珍宝岛 Zhenbao Dao), this the others."""
    for prev, w in pairwise(words):
        if (
            w.role == WORD
            and not w.groups
            and w.simp in _FEATURES
            and prev.end == w.start
            and prev.role in (PLACE, PROPER)
            and prev.caps[-1:] == [True]
        ):
            w.groups, w.caps = [len(w.text)], [True]
    return words
