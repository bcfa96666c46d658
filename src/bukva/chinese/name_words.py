"""Words that are names and words that are not, where jieba's tag alone misleads: a person
and the word after the name (毛泽东思想), a department (宣传部), the given name jieba cut off as
a rare word (李 | 越然), a familiar name (老王), a county's short name that is also a word
(资源)."""

from __future__ import annotations

from itertools import pairwise

from .division import UNIT_ENDINGS
from .lexicons import TITLES, cedict_names, common_words
from .script import simplified
from .tagger import COMMON_COUNT, dictionary
from .word import OTHER, PLACE, PROPER, WORD, Word

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
    return None


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


def rare_given(w: Word) -> bool:
    """A word of one or two characters jieba's dictionary has all but never seen (越然 3 times,
    明复 3): after a surname jieba tags as one (李, 阎), the given name it cut off."""
    return (
        w.role == WORD
        and w.flag not in _NOT_GIVEN
        and w.text[-1] not in _PLACE_ENDS
        and dictionary()[0].FREQ.get(simplified(w.text), 0) < RARE_GIVEN
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


def alone(before: Word | None, after: list[Word]) -> bool:
    """A name standing as an author or a speaker stands: after the start or punctuation, and
    before punctuation, a role (主编) or a verb (李越然： , 阎明复说; not 被毛粗乱)."""
    nxt = after[0] if after else None
    return (before is None or before.role == OTHER) and (
        nxt is None or nxt.role == OTHER or nxt.flag.startswith("v") or nxt.text in TITLES
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
