"""A university's department (系) in GB/T 16159 pinyin: the field's words and 系 part of the
university's name (Beijing Daxue Lishixi, Dongfang Yuyanxi, Eluosi Yuyan Wenxuexi)."""

from __future__ import annotations

from .word import PLACE, PROPER, WORD, Word

SCHOOLS = ("大学", "学院")  # whose departments end in 系 (历史系, 中文系)
NO_FACULTIES = frozenset("关系 体系 联系 派系".split())  # relations, systems, ties, factions

_FACULTY_NAMING = frozenset("n s f nz l vn".split())  # 东方 (s), 语言 (n): the field a 系 is of


def _field_word(w: Word) -> bool:  # 语言, and a country (俄罗斯 | 语言 | 文学系)
    return (w.role == WORD and w.flag in _FACULTY_NAMING) or (
        w.role in (PLACE, PROPER) and len(w.groups) <= 1  # one word: no person's name
    )


def lone_faculties(words: list[Word]) -> None:
    """A university's department whose 系 jieba left alone (a verb to it: 国立大学 | 东方 | 系,
    北京大学 | 东方 | 语言 | 系) or whose field is more words than one (西方 | 语言 | 文学系): the
    field's words and 系 are the university's name's, as 历史系 is (GB/T 16159-2012 6.3.2:
    Dongfangxi, joined as a unit's ending is)."""
    for j, w in enumerate(words):
        if not w.simp.endswith("系") or w.simp in NO_FACULTIES or w.role != WORD or j < 2:
            continue  # 系, or a field's 系 after more of its words (西方 | 语言 | 文学系)
        if words[j - 1].end != w.start or words[j - 1].org:
            continue
        i = j - 1
        while i > 0 and j - i <= 3 and _field_word(words[i]):
            school = words[i - 1]
            if school.org and school.simp.endswith(SCHOOLS) and school.end == words[i].start:
                for x in words[i : j + 1]:
                    x.org = True
                break
            if words[i - 1].end != words[i].start:
                break
            i -= 1
