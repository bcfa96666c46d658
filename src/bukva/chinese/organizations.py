"""Organisations' names in running text: the words up to an ending like 出版社."""

from __future__ import annotations

from .capitals import _countries
from .division import UNIT_ENDINGS
from .dotted import dotted_head
from .faculties import NO_FACULTIES, SCHOOLS, lone_faculties
from .known_bodies import determined, mark_known, numbered_body, of_countries
from .name_stops import (
    _ACTING_ON_BODIES,
    _HONOURING_BODIES,
    _WHEN,
    _adverb,
    _count,
    _counted,
    _date_part,
    _locative,
    _verb_before_name,
    _verb_of,
    clause_word,
)
from .org_endings import (
    _BUREAUS,
    _LASTS,
    _NO_PERIODICAL_LEAD,
    _PERIODICAL_KINDS,
    _TREATY_BODIES,
    _WORLD,
    BARE,
    BRANCHES,
    LED_ENDINGS,
    ORG_ENDINGS,
    SESSIONS,
    SOCIETIES,
    WORLD_ENDINGS,
    bare,
)
from .parties import ministry_department
from .periodicals import KINDS_AFTER
from .script import simplified
from .word import ETHNIC, NUMBER, ORG, OTHER, PERSON, PLACE, PROPER, WORD, Word


def _cjk_punct(text: str) -> bool:
    return any(
        "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef" or c in "“”‘’《》…—·" for c in text
    )


def _a_country(simp: str) -> bool:
    """A country's name of two characters, its syllable and 国, 联 or 本 (英国, 苏联, 日本)."""
    return len(simp) == 2 and simp[0] in _countries()["chars"] and simp[1] in "国联本"


def _split_ending(joined: str, last: str) -> bool:
    """Whether a name's ending that needs a proper name before it runs over jieba's last two
    words (国家 | 公园, 集团 | 军), the last word no more than its end."""
    return any(joined.endswith(e) and len(e) > len(last) for e in LED_ENDINGS)


def _relations(simp: str) -> bool:
    """Two countries and their relations, which jieba tags a body (中苏关系 nt, 中俄关系): no
    organisation's name ends there (馆藏 | 中苏关系 | 文件: papers on relations)."""
    data = _countries()
    return (
        len(simp) > 2
        and simp[0] in data["chars"]
        and simp[1] in data["chars"]
        and simp[2:].startswith(data["relations"])
    )


def _bureau(w: Word, simp: str) -> bool:
    """A word of three characters or more ending in a bureau's or a factory's character
    (铁路局, 港务局, 机床厂)."""
    return w.role == WORD and len(simp) >= 3 and simp[-1] in _BUREAUS


# jieba's tags of a word that names a body of an organisation before its unit's word (统一战线
# l | 工作部, 对外 | 联络部): nouns, set phrases, verbal nouns, abbreviations, distinguishers
_BODY_NAMING = frozenset("n l vn nz j b".split())
# cadres, all; troops, a team; a body's headquarters (公司 | 总部: gongsi zongbu)
_NO_BODIES = frozenset("干部 全部 局部 头部 军队 部队 团队 总部".split())
_MEETINGS = frozenset("大会 全会 工会 总会 分会 年会".split())  # bodies in 会 of two characters
# endings whose bodies nest (中央委员会 | 军事委员会, 银行 | 北京分行 | 分公司): one name may
# hold two of them
_NESTING = ("委员会", "公司", "协会", "学会", "联合会", "研究会", "分会")


def _same_kind(before: str, end: str) -> bool:
    """A whole organisation's name of the same kind as the one being read ends before it (苏联
    政府 | 照会 | 中国政府): the two are two names, not one."""
    kind = next((e for e in ORG_ENDINGS if end.endswith(e)), "")
    return bool(kind) and kind not in _NESTING and before.endswith(kind) and before != kind


def _proper_lead(first: Word, more: bool) -> bool:
    """A name that begins with a place, a person, a people or an organisation (or a country's
    syllable: 中 of 中国, kept as capital_at; or a railway jieba names, 中长铁路), and has words
    after it."""
    return more and (
        first.role in (PLACE, PROPER, PERSON, ETHNIC, ORG)
        or first.capital_at[:1] == (0,)
        or (first.flag == "nz" and first.simp.endswith("铁路"))  # 中长铁路 | 管理局: a railway
    )


def _world_led(words: list[Word], first: int, k: int) -> bool:
    """An international body's name: it begins with 世界 or 国际 and has more words after (or
    jieba holds it as one word: 世界和平理事会 nz)."""
    lead = words[first].simp
    return lead.startswith(_WORLD) and (first < k or len(lead) > len(_WORLD[0]) + 2)


def _pair_head(words: list[Word], j: int) -> bool:
    """The first of two countries' syllables jieba left apart (中 | 苏, 中 a locative to it):
    a pair that leads a name (中苏有色及稀有金属公司: Zhong-Su Youse ji Xiyou Jinshu Gongsi)."""
    chars = _countries()["chars"]
    return (
        j + 1 < len(words)
        and words[j].end == words[j + 1].start
        and len(words[j].simp) == len(words[j + 1].simp) == 1
        and words[j].simp in chars
        and words[j + 1].simp in chars
    )


def _numbered_works(words: list[Word], first: int, k: int) -> bool:
    """A works numbered by an ordinal, with what it makes between (第一 | 汽车 | 制造厂: Di-yi
    Qiche Zhizaochang, the First Automobile Works): a name without its city."""
    return (
        words[k].simp.endswith("厂")
        and words[first].simp == "第"
        and first + 2 < k
        and words[first + 1].role == NUMBER
        and all(w.role == WORD and w.flag[:1] in ("n", "b") for w in words[first + 2 : k])
    )  # b: what kind of works (第一 | 重型 | 机器厂: Di-yi Zhongxing Jiqichang)


_NAME_CONJUNCTIONS = frozenset("和 及 与 與".split())
# "foreign" right before a body's ending: any foreign country's (外国 | 共产党, 外国 | 政府), no
# one body; before more words it may lead a name (外国 | 文学 | 出版社: Waiguo Wenxue Chubanshe)
_FOREIGN = frozenset("外国 外國".split())


_MISSIONS = ("代表团", "代表处", "办事处", "大使馆", "领事馆", "使馆")


def _mission(words: list[Word], k: int) -> bool:
    """Whether a mission follows the word at ``k`` (联合国 | 代表团): 驻 before it begins the
    mission's name (Sulian Zhu Lianheguo Daibiaotuan)."""
    return (
        k + 1 < len(words)
        and words[k + 1].start == words[k].end
        and words[k + 1].simp.endswith(_MISSIONS)
    )


def _held_whole(w: Word) -> bool:
    """A word jieba holds as a name by itself (人民日报 nz, 新华社 nt): in a catalog's title too,
    a one-character verb before it is the title's (这是 | 人民日报, zhe shi Ren min ri bao)."""
    return len(w.text) >= 3 and (w.flag in ("nz", "nt") or w.role == ORG)


def _run_back(words: list[Word], simp_end: list[str], first: int, k: int, catalog: bool) -> int:
    """The first word of the name that ends at ``k``, reading back from ``first``."""
    while (
        first > 0
        and words[first - 1].role != OTHER
        and words[first - 1].end == words[first].start
        and not clause_word(words[first - 1])
        and not _date_part(words[first - 1])
        and (catalog or not _count(words[first - 1]))
        and (catalog or words[first - 1].simp not in _WHEN)
        and (catalog or not _adverb(words, first - 1))
        and (catalog or not _locative(words[first - 1]) or _pair_head(words, first - 1))
        and not (
            (not catalog or _held_whole(words[first]))
            and _verb_before_name(words[first - 1], words[first])
        )
        and (catalog or _verb_of(words[first - 1].simp) not in _ACTING_ON_BODIES)
        # in a catalog's title too, a verb right before a state's or a place's name (or a pair of
        # countries, 中苏) acts on the body it heads (移交 | 中华人民共和国 | 政府: handed over to
        # the government)
        and not (
            catalog
            and words[first - 1].flag == "v"
            and (words[first].role in (PLACE, PROPER) or words[first].capital_at)
            and first < k
        )
        and (
            catalog
            or _verb_of(words[first - 1].simp) not in _HONOURING_BODIES
            or words[first].simp in BARE
        )
        and (catalog or not _same_kind(simp_end[first - 1], simp_end[k]))
        # 驻 before the body itself is where one is stationed (苏联驻 | 联合国 | 代表: the
        # delegate at the UN); before a place, it begins a mission's name (驻苏联大使馆)
        and (
            catalog or not (words[first - 1].simp == "驻" and first == k and not _mission(words, k))
        )
    ):
        first -= 1
    while (  # 也 | 受到 | 政府, 长期 | 主管 | 苏联外交部: after the sentence's adverb, its verb
        not catalog
        and 0 < first < k
        and _adverb(words, first - 1)
        and (words[first].flag.startswith("v") or not _proper_lead(words[first], True))
    ):
        first += 1
    return first


def _mark_organizations(words: list[Word], catalog: bool = True) -> None:
    """The words from the last break up to an ending like 出版社 name an organisation (the
    ending may be split across jieba's words: 物理学 | 会); outside catalogs a word jieba tags
    as an organisation (nt) ends one too."""
    simp_end = [w.simp for w in words]

    def faculty(j: int) -> bool:  # 北京大学 | 历史 | 学系: a university's department
        back = (j - 1, j - 2) if simp_end[j] == "学系" else (j - 1,)  # 历史 | 学系
        return simp_end[j] not in NO_FACULTIES and any(
            i >= 0 and words[i].org and simp_end[i].endswith(SCHOOLS) for i in back
        )

    def body(j: int) -> bool:  # 中央委员会 | 宣传部, | 主席团: a body of the organisation
        simp = simp_end[j]
        return (
            words[j].role == WORD
            and words[j].flag != "f"  # 内部, 南部: inside, the south
            and simp not in _NO_BODIES
            and len(simp) >= 2
            and (
                simp[-1] in UNIT_ENDINGS
                or (simp[-1] == "系" and faculty(j))
                or (simp == "中央" and simp_end[j - 1].endswith("党"))  # 共产党 | 中央
            )
            and simp[-1] != "委"  # 中南局 | 常委: a member of its committee, a post
            # 照会, 机会, 宴会: a note, a chance, a banquet, no body (委员会, 大会 are)
            and (simp[-1] != "会" or len(simp) >= 3 or simp in _MEETINGS)
        )

    for k, w in enumerate(words):
        if w.role == OTHER:
            continue
        if not catalog and numbered_body(words, k) and body(k):
            words[k - 2].org = words[k - 1].org = w.org = True  # 党史研究室 | 第一研究部
            continue
        if not catalog and k and words[k - 1].org and words[k - 1].end == w.start:
            if body(k) or ministry_department(words, k):  # part of the organisation's name
                w.org = True
                continue
            if (  # 中共中央 | 统一战线 | 工作部: a noun names the body
                w.role == WORD
                and w.flag in _BODY_NAMING
                and k + 1 < len(words)
                and words[k + 1].start == w.end
                and body(k + 1)
            ):
                w.org = True
                continue
        if w.role != ORG and simp_end[k][-1:] not in _LASTS:
            continue  # no ending of a name's here (most words): the tests below all fail
        joined = simp_end[k - 1] + simp_end[k] if k and words[k - 1].end == w.start else ""
        led = not catalog and (
            simp_end[k].endswith((*LED_ENDINGS, *WORLD_ENDINGS, *SOCIETIES))
            or _bureau(words[k], simp_end[k])
            or joined.endswith(_TREATY_BODIES)  # 华沙 | 条约 | 组织: Huasha Tiaoyue Zuzhi
            or _split_ending(joined, simp_end[k])  # 垦丁 | 国家 | 公园: Kending Guojia Gongyuan
        )
        if not (
            led
            or (not catalog and simp_end[k].endswith(SESSIONS))
            or simp_end[k].endswith(ORG_ENDINGS)
            or (
                joined
                and joined.endswith(ORG_ENDINGS)
                and not simp_end[k - 1].endswith(ORG_ENDINGS)
            )
            or (not catalog and w.role == ORG and not _relations(simp_end[k]))
        ):
            continue
        first = _run_back(words, simp_end, k, k, catalog)
        # 新疆 | 有色 | 及 | 稀有 | 金属 | 公司: a conjunction inside a name a place leads (not
        # before a name of its own: 中国革命 | 和 | 中国共产党 are two)
        if (
            first >= 2
            and not _proper_lead(words[first], True)
            and simp_end[first - 1] in _NAME_CONJUNCTIONS
            and words[first - 1].end == words[first].start
            and words[first - 2].end == words[first - 1].start
            and words[first - 2].role != OTHER
        ):
            before = _run_back(words, simp_end, first - 2, k, catalog)
            # a body's name, a verb and 与 begin a clause: 中联部 | 负责 | 与 | 外国共产党 (is in
            # charge of ties with), no one name (美国 | 冶炼 | 和 | 精炼公司 is one: a place leads)
            if words[first - 2].flag.startswith("v") and any(
                words[i].role == ORG for i in range(before, first - 2)
            ):
                before = first
            if _proper_lead(words[before], True) or _pair_head(words, before):
                first = before
        if not catalog and first and _same_kind(simp_end[first - 1], simp_end[k]):
            while first < k and not _proper_lead(words[first], True):
                first += 1  # 苏联政府 | 照会 | 中国政府: the word between is the sentence's
        elif not catalog and first and _date_part(words[first - 1]):
            # 16日 | 照会 | 中国政府: after a date, a name with a proper lead begins there
            first = next((j for j in range(first, k) if _proper_lead(words[j], True)), first)
        if (
            not catalog
            and words[first].role == PERSON
            and first + 2 <= k
            and (
                words[first + 1].flag.startswith("v")
                or (words[first + 1].role == WORD and words[first + 2].role in (PLACE, PROPER))
            )
        ):  # 蒲希修 | 进入 | 京华 ... 学校, 王明 | 主管 | 苏联外交部: a person and a verb (a noun
            first += 2  # to jieba, before a place) begin the sentence, not the name
        if (
            led
            and simp_end[k].endswith(BRANCHES)
            and words[k - 1].role in (PLACE, PROPER)
            and not _proper_lead(words[first], first < k)
        ):
            first = k - 1  # 中苏友好协会 | 北京 | 分会: the branch its place names (Beijing Fenhui)
        if led and not (
            _proper_lead(words[first], first < k)
            or _numbered_works(words, first, k)
            or _world_led(words, first, k)
        ):
            continue
        if led and simp_end[k].endswith(WORLD_ENDINGS) and not _world_led(words, first, k):
            continue  # 苏联和中国 | 结成联盟: an alliance formed, no league
        if (
            led
            and (simp_end[k][-1] == "厂" or joined.endswith(("国家公园", "中学", "小学")))
            and _a_country(simp_end[first])
        ):
            if first + 1 < k and words[first + 1].role in (PLACE, PROPER):
                first += 1  # 苏联 | 乌拉尔重型机器厂: the country, then the works a place names
            elif not (  # 中国 | 第 | 一 | 拖拉机 | 制造厂: a numbered works is named
                first + 2 < k and words[first + 1].simp == "第" and words[first + 2].role == NUMBER
            ):
                continue  # 英国造船厂, 美国国家公园, 中国中学: kinds; a city's works are named
        name = simplified("".join(x.text for x in words[first : k + 1]))
        if not catalog and (
            bare(name)
            or any(determined(x.simp) for x in words[first : k + 1])
            or (first + 1 == k and words[first].simp in _FOREIGN)
            or (first + 1 == k and words[first].role == WORD and words[first].flag == "b")
            or (first and words[first - 1].text.endswith("》") and words[first].simp in KINDS_AFTER)
        ):  # 《红旗》 | 杂志 | 编辑部: the magazine's editors, as 《人民日报》 | 编辑部 are
            if first == k and w.role == ORG and bare(w.simp):
                w.role = WORD  # 成立了 | 人民公社 (nt): communes, a kind of body alone
            continue  # 他在大学工作: a university, no name (daxue); 两国政府, 新型 | 大学: no body
        if not catalog and of_countries(words, first):
            if w.role == ORG:  # 各国 | 共产党: the parties of many countries
                w.role = WORD
            continue
        if not catalog and (
            any(_counted(words, j) for j in range(first, k))
            or (
                first
                and _counted(words, first - 1)
                and all(x.role == WORD and not x.capital_at for x in words[first:k])
            )
        ):  # 上海一所大学, 北京第一座水泥厂: a university, the first cement works; 四个 | 合营
            continue  # 公司: four joint companies, a kind of body counted
        if (
            not catalog
            and simp_end[k].endswith(_PERIODICAL_KINDS)
            and words[first].flag in _NO_PERIODICAL_LEAD
        ):
            continue  # 很多 | 杂志: magazines, no magazine's name
        head = dotted_head(words, first)
        if not catalog:  # each item its own capitalized word (GB/T 16159-2012 6.3.2)
            for j in range(head, first - 1, 2):
                words[j].org = words[j].lead = True
        else:
            first = head
        for j in range(first, k + 1):
            words[j].org = True
        # after a title in 《》 the title leads the name (《中国政协》杂志社: "Zhongguo zheng xie"
        # za zhi she), and it takes its capital as a title
        words[first].lead = not (catalog and first and words[first - 1].text == "》")
    if not catalog:
        mark_known(words, simp_end)
        for k in range(1, len(words)):  # a body of a name the tables know: 最高苏维埃 | 主席团
            # (a mission is sent, no body of it: 中共 | 代表团, Zhonggong daibiaotuan)
            prev = words[k - 1]
            if prev.org and prev.end == words[k].start and body(k) and simp_end[k] not in _MISSIONS:
                words[k].org = True
        lone_faculties(words)
