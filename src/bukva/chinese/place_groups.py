"""The written words of a place's name and its generic (GB/T 16159-2012 6.3.2 and LC's
guidelines alike): the name, two places in one name, the peoples an autonomous area is named
for, the generic."""

from __future__ import annotations

from .lexicons import PLACES, cedict_names, names
from .tagger import SEEN_COUNT, dictionary


def _place_groups(simp: str, split: int) -> list[int]:
    """The written words of a place with its generic: the name, the ethnic groups an
    autonomous area is named for, the generic (伊通满族自治县 Yitong Manzu Zizhixian, 保亭黎族
    苗族自治县 Baoting Lizu Miaozu Zizhixian: LC's guidelines and GB/T 16159 alike)."""
    groups = names()["ethnic_groups"]
    # a people of three syllables or more may be named without its 族 (新疆维吾尔自治区
    # Xinjiang Weiwu'er Zizhiqu, as GB/T 16159 and the region's own name write it); before
    # 自治 any people may (和布克赛尔蒙古自治县 Hebukesai'er Menggu Zizhixian, CC-CEDICT's form)
    least = 3 if simp.startswith("自治", split) else 4
    bare = {p[:-1] for p in groups if p.endswith("族") and len(p) >= least}
    peoples = sorted(groups | bare, key=len, reverse=True)
    name, tail = simp[:split], []
    while True:
        hit = next((p for p in peoples if name.endswith(p) and len(name) - len(p) >= 2), None)
        if hit is None:
            break
        tail.insert(0, len(hit))
        name = name[: -len(hit)]
    return [*_two_places(name), *tail, *([len(simp) - split] if split < len(simp) else [])]


# a place's facility named for it (北京 | 机场 Beijing Jichang), a country's form of state
# (俄罗斯 | 联邦 Eluosi Lianbang): a word of its own
_FACILITIES = frozenset(
    "机场 车站 火车站 广场 大街 大道 大桥 码头 港口 饭店 宾馆 联邦 王国 帝国".split()
)


def _own_groups(entry: tuple | None, length: int) -> list[int]:
    """A CC-CEDICT name's written words (鸭绿江: Yalu Jiang), or one word (长江 | 大桥:
    Changjiang Daqiao, as the bridges are named)."""
    groups = list(entry[2]) if entry and length >= 3 else []
    return groups if sum(groups) == length else [length]


def _two_places(name: str) -> list[int]:
    """A place's name of four characters or more that is two places CC-CEDICT knows, the
    larger first (新疆伊犁 → Xinjiang Yili, 黑龙江哈尔滨), or a place and a facility (北京机场):
    two words; any other, one."""
    known = cedict_names()
    for cut in range(2, len(name) - 1) if len(name) >= 4 and name not in known else ():
        a, b = known.get(name[:cut]), known.get(name[cut:])
        if a and a[0] in PLACES and ((b and b[0] in PLACES) or name[cut:] in _FACILITIES):
            # each in its own words (鸭绿江 | 大桥: Yalu Jiang Daqiao)
            return [*_own_groups(a, cut), *_own_groups(b, len(name) - cut)]
    tokenizer, tags = dictionary()
    # 俄罗斯 | 远东 (地区): a country CC-CEDICT writes by its sounds, a region jieba has met
    for cut in range(3, len(name) - 1) if len(name) >= 5 and name not in known else ():
        a, b = known.get(name[:cut]), name[cut:]
        if (
            a
            and a[0] == "transcribed"
            and tags.get(b) == "ns"
            and tokenizer.FREQ.get(b, 0) >= SEEN_COUNT
        ):
            return [cut, len(name) - cut]
    return [len(name)]
