"""A name a text gives after 原名 "formerly named", 改名为 "renamed" and the like: the words up
to a building's or a body's ending are that name, each capitalized (GB/T 16159-2012 6.3.2):
北京展览馆原名苏联展览馆 Beijing Zhanlanguan yuanming Sulian Zhanlanguan, where 苏联展览馆 alone
may be any Soviet exhibition hall."""

from __future__ import annotations

from .division import UNIT_ENDINGS
from .org_endings import _BUILDINGS, LED_ENDINGS, ORG_ENDINGS
from .word import NUMBER, OTHER, PERSON, Word

# words that say what follows is a name (原名 "formerly named", 改名为 "renamed as")
_NAMING = frozenset(
    "原名 旧名 舊名 又名 曾名 改名为 改名為 更名为 更名為 定名为 定名為 命名为 命名為 原称 原稱 "
    "旧称 舊稱".split()
)  # in both scripts: the words' text is looked up, as cheap as it is
_LONGEST = 6  # a name's words at most
# jieba's tags of words no name of a building or a body holds: verbs, particles, prepositions,
# conjunctions, pronouns, adverbs
_NO_NAME_TAGS = ("v", "u", "p", "c", "r", "d", "y")


def _ends_name(simp: str) -> bool:
    return (
        simp[-1:] in _BUILDINGS
        or simp[-1:] in UNIT_ENDINGS
        or simp.endswith(ORG_ENDINGS)
        or simp.endswith(LED_ENDINGS)
    )


def renamed(words: list[Word]) -> None:
    """Mark as a body's or a building's name the words right after a naming word up to one
    that ends such a name (苏联 | 展览馆, 北京 | 苏联 | 红十字 | 医院), none of them a verb or a
    word of grammar: GB/T text (catalogs keep LC's capitals)."""
    for j, w in enumerate(words):
        if w.text not in _NAMING:
            continue
        run: list[Word] = []
        at = w.end
        for x in words[j + 1 : j + 1 + _LONGEST]:
            if (
                x.start != at
                or x.role in (OTHER, NUMBER, PERSON)
                or x.flag.startswith(_NO_NAME_TAGS)
            ):
                break
            run.append(x)
            at = x.end
            if len(run) >= 2 and _ends_name(x.simp):
                for y in run:
                    y.org = True
                run[0].lead = True
                break
