"""From Hanzi to words: segmentation, names, places, numbers, each word with its readings.

Every romanization of Chinese bukva writes starts from this analysis; the systems differ only in
how they spell a syllable and how they join and capitalise words.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from time import monotonic

from ..engine.deadline import check as deadline_check
from ..engine.deadline import current as current_deadline
from .body_words import body_words_apart
from .capitals import (
    PAIR,
    _countries,
    country_pair,
    pairs_before_union,
    relation_pairs,
    verb_and_country,
)
from .courtesy import glossed_names, introduced_names
from .credits import credited_names, titled_names
from .division import common_pair, each_of, facility_groups
from .lexicons import (
    PLACES,
    QUARTERS,
    TITLE_WORDS,
    TITLES,
    _generic_split,
    _split_person,
    cedict_names,
    common_words,
    names,
)
from .merge import _merge
from .name_recut import around_names
from .name_words import (
    NAME_TAGS,
    common_word,
    department,
    doctrines_apart,
    familiar,
    features_named,
    native_of,
    person_and_word,
    place_and_each,
    titles_apart,
)
from .org_endings import _BUILDINGS, new_or_old, no_body
from .particles_recut import particles_apart
from .parties import NAMED_PARTIES, party_unit
from .period_names import one_word_persons
from .place_groups import _place_groups
from .place_heads import generics_apart, places_apart, places_at_head
from .prepositions import prepositions_apart
from .readings import readings
from .recut import (
    LOCATIVES,
    dates_apart,
    ibid_joined,
    locatives_apart,
    rare_heads_back,
    rare_idioms_apart,
    rare_places_apart,
)
from .regions import lone_places, one_character_places
from .script import HAN, all_han, simplified
from .segment import _DIGITS, _words
from .spans import _overrides
from .syllables import with_tones
from .tagger import dictionary
from .transcription_chars import foreign_after_surname, foreign_given
from .triples import country_triples
from .units import departments_joined
from .villages import villages
from .word import (
    ETHNIC,
    KNOWN,
    NUMBER,
    ORG,
    OTHER,
    PERSON,
    PLACE,
    PROPER,
    WORD,
    Word,
)
from .word_kinds import (
    RARE_WORD,
    _abroad,
    _rare_word_of_a_place,
    _titled,
    _trade,
    begins_with_surname,
    word_and_head,
)

# parts of speech that make a dictionary word an ordinary word even where CC-CEDICT also has a
# place of that name (友好 a, 发展 v): adjectives, verbs, adverbs, conjunctions, pronouns ...
_WORD_FLAGS = frozenset("a ad an v vd vn d c p r u m q".split())
_LINKING = frozenset("同和跟与及对向在把被给为")  # prepositions and conjunctions
# CC-CEDICT's kinds of name written as one word whatever generic ends it (牡丹江, 北戴河)
_WHOLE_KINDS = frozenset(("person", "city", "short", "building", "transcribed"))


def analyze(
    text: str,
    catalog: bool = False,
    persons: dict[int, tuple[int, int]] | None = None,
    breaks: frozenset[int] = frozenset(),
) -> list[Word]:
    """The words of ``text``, each with its role and one reading per character
    (``catalog``: with the readings LC's table fixes). ``persons`` names spans the caller knows
    to be personal names (a name heading, a name beside a role word): start → (length, length of
    the surname). ``breaks``: offsets no word runs across (the gaps a catalog record keyed)."""
    simp = simplified(text)
    reads = readings(text, catalog=catalog)
    data = names()
    words: list[Word] = []
    tokens = _words(simp, breaks)
    tokens = doctrines_apart(simp, dates_apart(simp, locatives_apart(simp, tokens)))
    tokens = generics_apart(simp, tokens)
    tokens = rare_places_apart(simp, rare_heads_back(simp, rare_idioms_apart(simp, tokens)))
    tokens = departments_joined(simp, prepositions_apart(simp, tokens))
    tokens = around_names(simp, tokens)
    tokens = places_at_head(simp, places_apart(simp, particles_apart(simp, tokens)), catalog)
    tokens = ibid_joined(simp, titles_apart(simp, body_words_apart(simp, tokens)))
    if "苏联" in simp or "国" in simp:
        tokens = pairs_before_union(simp, tokens)
    tokens = country_triples(simp, tokens)
    ends = [e for _, e, _ in tokens]
    found = {**titled_names(simp, tokens), **credited_names(simp, tokens)}
    found.update(glossed_names(simp, tokens))
    persons = {**found, **introduced_names(simp, tokens), **(persons or {})}
    overrides = _overrides(text, simp, persons, tokens, ends, catalog)
    starts = sorted(overrides)
    i = 0
    limit = current_deadline()
    while i < len(simp):
        if limit is not None and monotonic() > limit:
            deadline_check()  # raises: the deadline has passed
        if i in overrides:
            n, role, payload = overrides[i]
            w = Word(i, i + n, text[i : i + n], role, reads[i : i + n], simp=simp[i : i + n])  # type: ignore[arg-type]
            if role == NUMBER:
                w.value = payload  # type: ignore[assignment]
            elif role == PERSON:  # a name the caller knows: surname and given name
                _as_person(w, payload, data)  # type: ignore[arg-type]
                w.flag = KNOWN
            else:  # an LC proper name: its word division and capitals, our tones
                hit: list = payload  # type: ignore[assignment]
                w.syllables = with_tones([s for part, _ in hit for s in part], reads[i : i + n])
                w.groups = [len(part) for part, _ in hit]
                w.caps = [cap for _, cap in hit]
            words.append(w)
            i += n
            continue
        begin, end, flag = tokens[bisect_right(ends, i)]
        later = bisect_right(starts, i)
        if later < len(starts) and starts[later] < end:
            end = starts[later]
            if simp[end - 1] == "第" and end - 1 > i and overrides[end][1] == NUMBER:
                end -= 1  # 共产党第 | 一: the ordinal's 第 is a word of its own (di-yi)
        token_end = tokens[bisect_right(ends, i)][1]
        if begin != i or end != token_end:
            flag = _flag_of_part(simp[i:end], flag, simp[begin:token_end])
        words.extend(_classify(text[i:end], simp[i:end], i, flag, reads[i:end], data, catalog))
        i = end
    words = lone_places(_merge(words, catalog), catalog)
    return relation_pairs(features_named(villages(words)))


# jieba's tags of function words: conjunctions, prepositions, particles, pronouns
_FUNCTION_FLAGS = frozenset("c p u uj ul uz ug uv y r".split())


def _flag_of_part(part: str, flag: str, token: str) -> str:
    """The tag of what is left of jieba's word ``token`` where a name bukva knows took the rest
    of it: the part's own tag where jieba's HMM made the word up (了扎 v, with 扎哈罗夫 a
    foreigner's name: 了 is the aspect particle) or the part is a function word left of a name
    (乌布利 | 希和 ns: 和 is a conjunction); else the word's (中华 of 中华民国)."""
    tokenizer, tags = dictionary()
    own = tags.get(part, "")
    if own and not tokenizer.FREQ.get(token):
        return own
    return own if flag in NAME_TAGS and own in _FUNCTION_FLAGS else flag


def _as_person(w: Word, surname: int, data: dict) -> None:
    """Make ``w`` a personal name: surname (its surname reading: 曾 Zeng, 单 Shan) and given
    name, each a capitalised written word."""
    w.groups = [surname, len(w.text) - surname] if len(w.text) > surname else [len(w.text)]
    w.caps = [True] * len(w.groups)
    if surname == 2 and w.text[:2] in data["compound_surnames"]:
        w.syllables[:2] = data["compound_surnames"][w.text[:2]].split()
    elif surname == 1 and w.text[0] in data["surnames"]:
        w.syllables[0] = data["surnames"][w.text[0]]


def _classify(
    piece: str, simp: str, start: int, flag: str, reads: list, data: dict, catalog: bool = False
):
    end = start + len(piece)
    kind = _han_kind(piece)
    if kind == _NO_HAN:
        return [Word(start, end, piece, OTHER)]
    if kind == _MIXED:  # mixed: split into runs
        out = []
        for m in _RUNS.finditer(piece):
            sub = m.group()
            s = start + m.start()
            if all_han(sub):
                out.append(Word(s, s + len(sub), sub, WORD, reads[m.start() : m.end()]))
            else:
                out.append(Word(s, s + len(sub), sub, OTHER))
        return out
    role, syllables, patch, groups, caps = _decide(piece, simp, flag, catalog)
    read = list(reads if syllables is None else syllables)
    for i, syllable in patch:
        read[i] = syllable
    w = Word(start, end, piece, role, read, list(groups), list(caps), flag=flag, simp=simp)
    return [w]


_NO_HAN, _MIXED, _ALL_HAN = 0, 1, 2
_SURNAME_TITLES = frozenset(("氏", "总", "老总"))  # a clan's, a commander's or a chief's
# a mixed piece's runs: Han, other letters (阿 | Q of 阿Q正传), digits, the rest
_RUNS = re.compile(f"{HAN.pattern}+|[^\\W\\d_{HAN.pattern[1:-1]}]+|\\d+|\\W+|_+")


@lru_cache(maxsize=65536)
def _han_kind(piece: str) -> int:
    """Whether a piece has no Han character, some, or only Han characters."""
    if not HAN.search(piece):
        return _NO_HAN
    return _ALL_HAN if all_han(piece) else _MIXED


@lru_cache(maxsize=65536)  # a word and its tag decide the same way wherever they stand
def _decide(piece: str, simp: str, flag: str, catalog: bool) -> tuple:
    """A word's role from its characters and jieba's tag: (role, its syllables where a table
    fixes them all, (index, syllable) where it fixes one, groups, caps)."""
    data = names()
    role, syllables, groups, caps = WORD, None, [], []
    patch: list[tuple[int, str]] = []
    known = cedict_names().get(piece) or cedict_names().get(simp)
    if known and (known[0] == "term" or (catalog and known[0] == "building")):
        # a book, a period (and in catalogs a palace, a hall, a museum): an ordinary word, with
        # CC-CEDICT's readings
        syllables = known[1]
    elif (
        catalog
        and flag in ("ns", "nr")
        and len(simp) >= 3
        and simp[-1] in _BUILDINGS
        and not _generic_split(simp, flag)
    ):
        pass  # 故宫博物院, 颐和园: buildings and institutions stay syllable by syllable in LC
    elif (
        known
        and known[0] in PLACES
        and flag in _WORD_FLAGS
        and simp in dictionary()[0].FREQ
        and not _rare_word_of_a_place(known[0], simp)
    ):
        syllables = known[1]  # 友好 "friendly" to jieba, a district to CC-CEDICT: a word
    elif (
        known
        and known[0] in PLACES
        and known[2] == [1, 1]
        and flag in ("n", "s")
        and dictionary()[0].FREQ.get(simp, 0) >= RARE_WORD
    ):
        syllables = known[1]  # 城区 "the city proper", 郊区 "suburbs": districts so named are rare
    elif known and known[0] == "short" and common_word(simp):
        pass  # 资源 "resources" (a county without its 县 to CC-CEDICT, a noun to jieba): a word
    elif known:
        kind, syllables, groups = known
        role = PERSON if kind == "person" else PROPER
        # a city's name is one word, its 江 or 山 part of it (牡丹江 Mudanjiang, 平顶山), a
        # district's without its 区 (北戴河 Beidaihe), and a palace's (中南海 Zhongnanhai)
        whole = kind in _WHOLE_KINDS or groups != [len(piece)]
        split = None if whole else _generic_split(simp, "ns")
        if split:  # 板橋市 Banqiao Shi: the generic apart and capitalised, as LC writes it
            groups = _place_groups(simp, split)
        caps = [True] * len(groups)
    elif len(simp) >= 3 and simp[0] in QUARTERS and _abroad(simp[1:]):
        role, groups, caps = PROPER, [len(piece)], [True]  # 东柏林 East Berlin: Dongbolin
    elif simp in data["ethnic_groups"] or piece in data["ethnic_groups"]:
        role, groups, caps = ETHNIC, [len(piece)], [True]
    elif simp in one_word_persons():  # 溥仪 Puyi, no Chinese surname first: one word
        role, groups, caps = PERSON, [len(piece)], [True]
    elif simp[1:] in _SURNAME_TITLES and simp[0] in data["common_surnames"]:
        # 王氏 Wang shi (a clan); 彭总, 陈老总: Peng zong, Chen laozong (a title, 6.3.1.4)
        role, groups, caps = PERSON, [1, len(simp) - 1], [True, False]
        if piece[0] in data["surnames"]:
            patch = [(0, data["surnames"][piece[0]])]
    elif simp in common_words() or piece in common_words():
        pass  # jieba tags it as a name, CC-CEDICT knows it as a word: 陆军, 朴素, 明白
    elif piece in data["compound_surnames"]:  # alone: 东方 is also "the east"; see _merge
        patch = list(enumerate(data["compound_surnames"][piece].split()))
    elif piece[:2] in data["compound_surnames"] and flag == "ns" and 3 <= len(piece) <= 4:
        role, groups, caps = PERSON, [2, len(piece) - 2], [True, True]  # 夏侯惇 (ns)
        patch = list(enumerate(data["compound_surnames"][piece[:2]].split()))
    elif flag in NAME_TAGS and len(simp) >= 4 and (person := person_and_word(simp)):
        # 毛泽东思想 (nr to jieba): the person's name, then an ordinary word (Mao Zedong sixiang)
        role, groups, caps, patch = PERSON, person[0], person[1], person[2]
        if catalog:  # LC writes the word syllable by syllable: Mao Zedong si xiang
            groups, caps = [*groups[:-1], *[1] * groups[-1]], [*caps[:-1], *[False] * groups[-1]]
    elif len(simp) == 2 and simp[1] in "方军侨籍裔" and simp[0] in _countries()["chars"]:
        pass  # 苏方 "the Soviet side", 苏军, 苏侨, 华裔 (nr to jieba): words (Sufang, Suqiao)
    elif len(simp) == 2 and simp[0] == "姓" and simp[1] in data["common_surnames"]:
        # 姓李 (one word to jieba): "is surnamed" and the surname, capitalized (xing Li)
        groups, caps = [1, 1], [False, True]
        if piece[1] in data["surnames"]:
            patch = [(1, data["surnames"][piece[1]])]
    elif flag == "nr" and native_of(simp):
        role, groups, caps = PLACE, [2, 1], [True, False]  # 温州人: Wenzhou ren
    elif flag in ("nr", "nrfg") and department(simp):
        pass  # 宣传部 (nr to jieba): a department, xuanchuanbu, no person Xuan Chuanbu
    elif flag == "nr" and familiar(piece[:1], piece[1:], data):
        # 老张: a familiar name, each part capitalized (Lao Zhang)
        role, groups, caps = PERSON, [1, 1], [True, True]
        if piece[1] in data["surnames"]:
            patch = [(1, data["surnames"][piece[1]])]
    elif (
        flag in ("nr", "nrfg") and not begins_with_surname(piece, data) and foreign_given(simp)
    ):  # 卡皮察 (a person to jieba, no Chinese surname first): a foreign name, one word
        role, groups, caps = PROPER, [len(piece)], [True]
    elif (
        (flag in ("nr", "nrfg") or _titled(simp, flag))
        and len(piece) >= 2
        and not (  # 和平友好: two common words, no He Pingyouhao (诸葛孔明, 欧阳先生 are names)
            common_pair(simp, flag)
            and simp[2:] not in TITLES
            and simp[:2] not in data["compound_surnames"]
        )
        and begins_with_surname(piece, data)
        and not (len(simp) == 2 and simp[1] == "者")  # 闻者 "those who heard": no Wen Zhe
        and not _trade(simp)  # 古董商 "an antique dealer": no Gu Dongshang
        and not word_and_head(simp)  # 封建制 "a feudal system": no Feng Jianzhi
    ):
        n = _split_person(piece)
        role = PERSON
        if n == 1 and foreign_after_surname(simp[1:]):  # 马卡连柯 Makalianke, 潘佐夫 Panzuofu
            return role, None, (), (len(piece),), (True,)
        groups = [n, len(piece) - n] if len(piece) > n else [n]
        title = piece[n:] in TITLE_WORDS
        caps = [True, not title][: len(groups)]  # 欧阳先生 Ouyang xiansheng, 刘司令 Liu siling
        if n == 2:
            patch = list(enumerate(data["compound_surnames"][piece[:2]].split()))
        elif piece[0] in data["surnames"]:
            patch = [(0, data["surnames"][piece[0]])]
    elif flag == "nrt" and len(piece) >= 2 and piece[0] not in _DIGITS:  # not 四万人
        role, groups, caps = PROPER, [len(piece)], [True]
    elif flag == "nt" and len(simp) == 2 and verb_and_country(simp):
        pass  # 联俄 (a body to jieba): to ally with, and a country's syllable (lian E)
    elif flag == "nt" and not catalog and new_or_old(simp):
        groups, caps = [1, len(simp) - 1], [False, False]  # 新政府: a new government, xin zhengfu
    elif flag == "nt" and not no_body(simp) and not party_unit(simp):
        role = ORG
    elif flag in ("n", "nz") and simp in NAMED_PARTIES:
        role = ORG  # 工党 (n to jieba): the Labour Party, a body's name as 社会党 (nt) is
    elif flag == "ns" and len(simp) == 3 and each_of(simp):  # 各省市 (ns): no place, a word
        groups, caps = ([], []) if catalog else ([1, 2], [False, False])  # ge shengshi
    elif flag == "ns" and (head := place_and_each(simp)):
        # 亚洲 | 各国: Yazhou ge guo, the determiner apart; 沿海 | 各省: yanhai ge sheng
        role, groups = PLACE, [head, 1, 1]
        caps = [dictionary()[1].get(simp[:head], "").startswith("ns"), False, False][: len(groups)]
    elif flag == PAIR or (
        flag == "ns" and country_pair(simp) and dictionary()[0].FREQ.get(simp, 0) > 0
    ):  # 美苏 (a place in jieba's dictionary) or a pair of three (日美 | 英): two countries,
        # Mei Su (GB/T: Mei-Su); not a name jieba's HMM made up (西蒙 of 皮埃尔-西蒙 Simon)
        role, groups, caps = PLACE, [1, 1], [True, True]
    elif flag == "ns" and len(simp) == 2 and verb_and_country(simp):
        pass  # 驻苏 (a place to jieba): stationed in, and a country's syllable (zhu Su)
    elif flag == "ns" and len(simp) == 2 and simp[0] in LOCATIVES and simp[1] in _LINKING:
        groups, caps = [1, 1], [False, False]  # 会议 | 上同 (jieba's HMM): shang tong, no place
    elif flag == "ns" and len(simp) == 1 and simp not in one_character_places():
        pass  # 锡 "tin", 鸭 "duck", 南 "south": places to jieba alone, words unless abbreviations
    elif flag == "ns":
        split = _generic_split(simp, flag)
        role = PLACE
        groups = _place_groups(simp, split or len(simp))  # 伊通 | 满族 (| 自治县)
        if groups == [len(simp)]:  # 北京首都机场: Beijing Shoudu Jichang
            groups = facility_groups(simp) or groups
        caps = [True] * len(groups)
    return (
        role,
        None if syllables is None else tuple(syllables),
        tuple(patch),
        tuple(groups),
        tuple(caps),
    )
