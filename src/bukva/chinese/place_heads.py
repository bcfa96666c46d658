"""A place's name at the head of a word jieba holds whole: a body's name in catalogs (英国工党:
Yingguo gong dang), and a place jieba's dictionary joins to the word after it (北京市民)."""

from __future__ import annotations

from .lexicons import (
    CHINESE_PLACES,
    QUARTERS,
    cedict_names,
    names,
    one_char_generics,
)
from .org_endings import _BUILDINGS
from .period_names import gazetteer_places
from .segment import _cut_at
from .tagger import dictionary

PLACE_HEAD = 1000  # jieba's count from which a place's name heading an organisation's is the place
_SEATS_GENERICS = frozenset("市县省区州乡镇縣區鄉鎮")  # the generics of an administrative seat
_NOUN_TAGS = frozenset("n ng nr ns nt nz vn".split())
# the quarters, and the centre, China's 华 and in and out, as regions' names make them (西南, 华中)
_QUARTERS = QUARTERS | frozenset("中华内外")


def _dictionary_words(simp: str, start: int, end: int) -> bool:
    """Whether ``simp[start:end]`` is words of jieba's dictionary, two characters or more each
    (最高 | 苏维埃 of 苏联最高苏维埃 nt: the Supreme Soviet)."""
    freq = dictionary()[0].FREQ
    return all(b - a >= 2 and simp[a:b] in freq for a, b, _ in _cut_at(simp, start, end))


def _chinese_place(name: str) -> bool:
    """A Chinese place CC-CEDICT or the period's gazetteer names (上海, 南京; not 故宫)."""
    return cedict_names().get(name, ("",))[0] in CHINESE_PLACES or name in gazetteer_places()


def places_at_head(
    simp: str, tokens: list[tuple[int, int, str]], catalog: bool = False
) -> list[tuple[int, int, str]]:
    """In catalogs, an organisation's name jieba holds as one word (英国工党 nt) that begins
    with a place's name (a place to jieba, which counts it PLACE_HEAD times) and goes on with a
    word of its dictionary: the place, then the organisation's word, as jieba cuts 吉林 | 大学
    (ALA-LC: Yingguo gong dang, Sulian hong jun, as LC writes Jilin da xue; GB/T 16159 divides
    the name by its own rules, Yingguo Gongdang). A quarter (西南 "southwest", 华中) is no
    place's name here. So is a building jieba holds as a place (上海博物馆 ns) that a Chinese
    place heads: Shanghai bo wu guan, as LC's authority file has it (故宫 is a palace: 故宫博物院
    stays Gu gong bo wu yuan)."""
    if not catalog:
        return tokens
    freq, tags = dictionary()[0].FREQ, dictionary()[1]
    out: list[tuple[int, int, str]] = []
    for start, end, flag in tokens:
        building = flag == "ns" and simp[end - 1] in _BUILDINGS
        if (flag == "nt" or building) and end - start >= 4:
            for cut in range(min(4, end - start - 2), 1, -1):
                head, rest = simp[start : start + cut], simp[start + cut : end]
                if (
                    not all(c in _QUARTERS for c in head)
                    and tags.get(head) == "ns"
                    and freq.get(head, 0) >= PLACE_HEAD
                    and (rest in freq or _dictionary_words(simp, start + cut, end))
                    and (not building or _chinese_place(head))
                ):
                    out += [(start, start + cut, "ns"), (start + cut, end, "nt")]
                    break
            else:
                out.append((start, end, flag))
            continue
        out.append((start, end, flag))
    return out


# how the name of a site, a building or a street ends (机场, 大桥, 饭店, 西站, 公园, 东路):
# jieba's place holds the name whole, and its division is the place rules' (Shenzhen Jichang)
_FACILITIES = frozenset("场桥店站馆园港宫寺塔楼门路街巷厦院")


# a province's, a city's, a county's government as jieba's one word (省政府 "the provincial
# government"): after a place's name, its generic and the government (GB/T 16159-2012 6.3.2:
# Beijing Shi Renmin Zhengfu, as jieba cuts 湖南省 | 政府)
_SEATS = frozenset(("省政府", "市政府", "县政府", "区政府"))
# a province's, a city's, a county's party committee, which jieba joins to the post (省委书记)
_COMMITTEES = frozenset(("省委", "市委", "县委", "区委"))


def _place_generic(word: str) -> bool:
    """A place's or a natural feature's generic (地区, 盆地, 半岛), a word that ends in one of
    one character (郊区, 市区) or a site's word (机场, 大桥): the place's name goes on there
    (Sichuan Pendi, Shenzhen Jichang), as jieba's entry holds it."""
    data = names()
    generics = (*data["place_generics"], *data["feature_generics"])
    return word in generics or word.endswith(tuple(one_char_generics())) or word[-1] in _FACILITIES


def generics_apart(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A word of two characters jieba's dictionary lacks (its HMM joined them), an
    administrative generic and a character it lists alone as no noun, right after a place's or
    a foreign name's token: the generic, and the character as its dictionary tags it
    (布拉戈维申斯克 | 市隔 | 江相望: Bulageweishensike Shi ge jiang xiangwang, no person Jiang
    Xiangwang; 陕西省 | 省队 stays, a noun's compound)."""
    if _SEATS_GENERICS.isdisjoint(simp):
        return tokens  # most sentences: no generic of a seat
    freq, tags = dictionary()[0].FREQ, dictionary()[1]
    out: list[tuple[int, int, str]] = []
    for start, end, flag in tokens:
        if (
            end - start == 2
            and simp[start] in _SEATS_GENERICS
            and out
            and out[-1][1] == start
            and out[-1][2] in ("ns", "nrt")
            and simp[start:end] not in freq
            and tags.get(simp[end - 1], "n") not in _NOUN_TAGS
        ):
            out += [
                (start, start + 1, tags.get(simp[start], "n")),
                (start + 1, end, tags[simp[end - 1]]),
            ]
            continue
        out.append((start, end, flag))
    return out


def places_apart(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A place jieba's dictionary holds whole (ns) that neither CC-CEDICT nor the gazetteer
    names, made of a Chinese place's name and another word of its dictionary (北京 | 市民,
    台湾 | 水果, 上海 | 浦东): the place, and the word as its dictionary tags it. Written whole,
    jieba's entry joined the two (Beijingshimin, Shanghaipudong); GB/T 16159-2012 writes the
    place's name apart from what follows (Beijing shimin, Shanghai Pudong), and so does LC."""
    freq, tags = dictionary()[0].FREQ, dictionary()[1]
    known, places = cedict_names(), gazetteer_places()
    out: list[tuple[int, int, str]] = []
    for start, end, flag in tokens:
        word = simp[start:end]
        if word == "脉" and out and out[-1][1] == start and simp[start - 1] == "山":
            # 喀喇昆仑山 | 脉: the range's generic 山脉 (Kalakunlun Shanmai)
            a, b, f = out[-1]
            out[-1:] = [(a, b - 1, f)] if b - a > 1 else []
            out.append((start - 1, end, "ns"))
            continue
        if (
            (word in _SEATS or word[:2] in _COMMITTEES)
            and out
            and out[-1][1] == start
            and out[-1][2] == "ns"
            and simp[start - 1] not in one_char_generics()
        ):
            if word in _SEATS:  # 新疆 | 省政府: the generic, then the government (Xinjiang Sheng
                # Zhengfu, as jieba cuts 湖南省 | 政府)
                a, _, f = out.pop()
                out += [(a, start + 1, f), (start + 1, end, tags.get(word[1:], "n"))]
                continue
            if end - start > 2 and word[2:] in freq:
                # 新疆 | 省委书记: the committee, then the post (Xinjiang Shengwei shuji, as
                # jieba cuts 广东省委 | 书记)
                out += [(start, start + 2, "nt"), (start + 2, end, tags.get(word[2:], "n"))]
                continue
        cut = 0
        if flag == "ns" and end - start >= 4 and word not in known and word not in places:
            cut = next(
                (
                    c
                    for c in range(min(3, end - start - 2), 1, -1)
                    if word[c:] in freq
                    and tags.get(word[:c]) == "ns"
                    and freq.get(word[:c], 0) >= PLACE_HEAD
                    and _chinese_place(word[:c])
                ),
                0,
            )
        rest = word[cut:]
        place = bool(cut) and _chinese_place(rest)
        if not cut or _place_generic(rest):
            # 四川 | 盆地, 北京 | 郊区: the generic of a place's name; 南京 | 东路, 深圳 | 机场:
            # a street's, a site's name; jieba's word stays whole
            out.append((start, end, flag))
            continue
        out += [
            (start, start + cut, "ns"),
            (start + cut, end, "ns" if place else tags.get(rest, "x")),
        ]
    return out
