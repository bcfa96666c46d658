"""Streets and lanes as GB/T 16159 writes place names (the 1996 text's 4.2.4, kept in 2012,
after the rules it refers to: 中国地名汉语拼音字母拼写规则（汉语地名部分）, 中地字第17号,
1984): the proper name and the generic apart, each capitalized (Nanjing Lu, Chang'an Jie,
Dama Lu, Menkuang Hutong), and a modifier of one syllable joined to its part: to the generic
(Jingshan Houjie, the standard's example; Zhongshan Beilu, Xidan Beidajie), or to the name
(Chaoyangmennei Dajie: 内 and 外 say where the name's place is).

jieba writes such names three ways, and each is read here: one word it tags as a place (中山北路
ns, 东长安街), a name or a person (王府井大街 nr, 东交民巷 nz: never a person, whose given name
does not end in 大街); a name and the generic with its addition (西单 | 北大街); or a place, the
modifier and the generic apart (景山 | 后 | 街, 新街口 | 外 | 大街). A road that is no street
keeps its words (高速公路, 丝绸之路, 中长铁路, 走投无路).
"""

from __future__ import annotations

import re

from .joins import _cut, _joined
from .lexicons import cedict_names
from .script import all_han
from .tagger import FLOOR_COUNT, dictionary
from .word import OTHER, PERSON, PLACE, PROPER, WORD, Word

_LAST_CHARS = frozenset("街路巷道同衕")  # what a street's name ends in (大道, 胡同, 衚衕)
_ADDED = "东西南北中前后"  # one syllable joined to its generic (Houjie, Beilu)
_INSIDE = frozenset("内外")  # one joined to the name (Chaoyangmennei Dajie, Xinjiekouwai Dajie)
# the generic with what is joined to it: a direction, 大 or 小 (Nanxiaojie, Beidajie)
_GENERIC_PART = re.compile(rf"[{_ADDED}]?[大小]?(?:胡同|大道|街|路|巷)")
# a road that is no street: the syllable before 路 makes a word with it (铁路 railway, 公路
# highway, 之路 "the road to", 出路 "a way out"); 东路, 北路 are additions, not these
_NOT_STREETS = frozenset(
    "铁路 公路 电路 线路 道路 之路 歧路 后路 出路 生路 弯路 近路 回路 死路 末路 退路 "
    "财路 言路 通路 思路 去路 来路 坡路 头路 无路 岔路 铺路 补路 迷路 长路 归路".split()
)
_NAME_FLAGS = frozenset("ns nz nr nrt nt n j".split())


def generic_at(simp: str) -> int | None:
    """Where a street's generic, with what is joined to it, begins in ``simp`` (中山|北路,
    王府井|大街, 东交民|巷, 朝阳门内|南小街), or None: no street generic, fewer than two
    syllables of name before it, or a road that is no street (高速公路, 丝绸之路)."""
    if simp[-2:] in _NOT_STREETS:
        return None
    at = next((a for a in range(max(0, len(simp) - 4), len(simp)) if _generic(simp[a:])), None)
    return at if at is not None and at >= 2 else None


def _generic(simp: str) -> bool:
    return _GENERIC_PART.fullmatch(simp) is not None


def _street_word(w: Word) -> bool:
    """One word jieba tags as a place, a name or a person that is a street's whole name."""
    if w.role not in (WORD, PLACE, PROPER, PERSON) or len(w.text) < 3 or w.flag not in _NAME_FLAGS:
        return False
    if w.flag == "n" or (w.role == PERSON and len(w.text) < 4 and w.simp[-1] == "路"):
        return False  # 商业街 "a shopping street"; 王一路 may be a person (唐宁街 is none)
    at = generic_at(w.simp)  # and no generic inside the name: 填街塞巷 is an idiom
    return at is not None and not any(c in "街巷" for c in w.simp[:at])


def _addition(w: Word) -> bool:
    """A word that is only a street's generic with a direction joined (北大街, 东路, 南小街), or
    胡同, which is only ever an alley's."""
    simp = w.simp
    return (
        w.role != OTHER
        and (
            simp == "胡同"
            or (
                simp not in _NOT_STREETS  # 汉军 | 后路: the way back
                and simp[:1] in _ADDED
                and len(simp) >= 2
                and _generic(simp)
            )
        )
    )


def _rare_street(w: Word) -> bool:
    """A street jieba lists as a common noun it all but never met (常熟路 n, 通化街 n: 3 times)
    whose name before the generic is a city's, a place's or a person's in CC-CEDICT: a street
    named for it (Changshu Lu), not a kind of road (碎石路, 商业街: no name before it)."""
    if w.role not in (WORD, PLACE, PROPER) or w.flag != "n" or len(w.text) < 3 or len(w.groups) > 1:
        return False
    at = generic_at(w.simp)
    if at is None or dictionary()[0].FREQ.get(w.simp, 0) > FLOOR_COUNT:
        return False
    known = cedict_names().get(w.simp[:at])
    return known is not None and known[0] in _NAMED_FOR


# CC-CEDICT's kinds of name a street may be named for (lexicons.cedict_names)
_NAMED_FOR = frozenset(("city", "proper", "short", "person", "foreign", "term"))
_BARE = frozenset(("路", "街", "巷", "大街", "大道", "胡同"))  # a generic as a word of its own


def _named_place(w: Word) -> bool:
    """A place's or a foreign person's name written as one capitalized word (上海, 贝当): what
    a generic jieba left as a word of its own after it makes a street's name."""
    return (
        w.role in (PLACE, PROPER, PERSON)
        and len(w.groups) <= 1
        and all(w.caps)
        and len(w.text) >= 2
        and all_han(w.text)
    )


def _bare_street(w: Word, nxt: Word | None, before: Word | None) -> int:
    """How many characters of ``nxt`` are a street's generic after the name ``w``: the
    generic as a word of its own (上海 | 路: Shanghai Lu; 斯大林 | 大街), or 路 or 街 of jieba's
    路上, 街上 "on the street" (南京 | 路上: Nanjing Lu shang, the locative apart, GB/T
    16159-2012 6.1.5). Not after a verb of going, where 路上 is "on the way" (去 | 保定 |
    路上: qu Baoding lushang); 0 where none."""
    if nxt is None or nxt.role != WORD or nxt.groups or w.end != nxt.start:
        return 0
    if not _named_place(w):
        return 0
    if nxt.simp in _BARE:
        return len(nxt.text)
    if nxt.simp in ("路上", "街上") and not (before is not None and before.flag.startswith("v")):
        return 1
    return 0


def _quarter(prev: Word, w: Word) -> bool:
    """A direction jieba cut from the name after it (北 | 四川 | 路): the name's part."""
    return len(prev.text) == 1 and prev.simp in "东西南北" and prev.end == w.start


def _street_of(w: Word, nxt: Word, length: int) -> list[Word]:
    """``w`` and the first ``length`` characters of ``nxt`` as one street; the rest of ``nxt``
    (the locative 上) a word of its own."""
    head, *rest = _cut(nxt, length, "n", "f") if length < len(nxt.text) else [nxt]
    return [_as_street(_joined(w, head, "ns"), len(w.text)), *rest]


def _name_before(w: Word) -> bool:
    return w.role != OTHER and len(w.text) >= 2 and all_han(w.text) and w.flag in _NAME_FLAGS


def _as_street(w: Word, at: int) -> Word:
    w.role, w.groups, w.caps, w.flag = PLACE, [at, len(w.text) - at], [True, True], "ns"
    return w


def streets(words: list[Word]) -> list[Word]:
    """The words with each street's name written as one: name, and generic with addition."""
    if _LAST_CHARS.isdisjoint("".join(w.text for w in words)):
        return words  # no street here: most text
    out: list[Word] = []
    k = 0
    while k < len(words):
        w = words[k]
        nxt = words[k + 1] if k + 1 < len(words) else None
        last = words[k + 2] if k + 2 < len(words) else None
        if (  # 景山 | 后 | 街, 新街口 | 外 | 大街: one street
            nxt is not None
            and last is not None
            and _name_before(w)
            and w.end == nxt.start
            and nxt.end == last.start
            and len(nxt.text) == 1
            and (nxt.text in _ADDED or nxt.text in _INSIDE)
            and (last.text in ("街", "路", "巷", "大街") or _addition(last))
            and last.role != OTHER
        ):
            text = w.text + nxt.text + last.text
            merged = Word(
                w.start, last.end, text, PLACE, w.syllables + nxt.syllables + last.syllables
            )
            out.append(_as_street(merged, len(w.text) + (nxt.text in _INSIDE)))
            k += 3
            continue
        if nxt is not None and _name_before(w) and w.end == nxt.start and _addition(nxt):
            w.role, w.groups, w.caps = PLACE, [len(w.text)], [True]  # 西单 | 北大街
            nxt.role, nxt.groups, nxt.caps = PLACE, [len(nxt.text)], [True]
            out += [w, nxt]
            k += 2
            continue
        if length := _bare_street(w, nxt, out[-1] if out else None):
            street = _street_of(w, nxt, length)  # type: ignore[arg-type]
            if out and _quarter(out[-1], w):  # 北 | 四川 | 路: Beisichuan Lu, as 东长安街
                street[0] = _as_street(_joined(out.pop(), street[0], "ns"), len(w.text) + 1)
            out += street
            k += 2
            continue
        if _street_word(w) or _rare_street(w):
            at = generic_at(w.simp)
            out.append(_as_street(w, at))  # type: ignore[arg-type]
        else:
            out.append(w)
        k += 1
    return out
