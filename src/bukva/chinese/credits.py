"""Names a bibliography's credit gives: a name of two or three characters between a break and its
role (/ 张沱生主编, 沈志华、李丹慧著, 张岱云等译), and names a post introduces at a clause's end
(临时代办安致远). jieba cuts a name whose given name it has never met at random (张沱 | 生, a
"place"; 安 | 致远, "to settle" and "far-reaching"): the credit or the post says it is a person's,
written as surname and given name, each capitalized (GB/T 16159-2012 6.2.1; LC's guidelines
alike)."""

from __future__ import annotations

import re

from .division import UNIT_ENDINGS
from .lexicons import POSTS, names
from .script import all_han, is_han
from .tagger import SEEN_COUNT, dictionary, grammar_word
from .transcription_chars import foreign_after_surname

# the roles a credit gives, the longer first (主编 before 编, 所著 before 著): authors, editors,
# translators
_ROLES = (
    *("总主编", "主编", "编著", "合著", "选编", "编译", "整理", "口述", "校注", "所著", "所编"),
    *("所译", "著", "编", "译", "撰"),
)
# what every role holds one of: a text with none has no credit to read; a colon before a
# title's mark credits an author as a role does (章百家：《改变自己、影响世界》)
_ANY_ROLE = ("著", "编", "译", "撰", "整理", "口述", "校注", "：《", ":《")
# a name's start: the text's, or after a space, a slash, a colon or a list's mark
_BREAK = re.compile(r"(?:^|(?<=[\s/／:：;；,，、]))")


def credited_names(simp: str, tokens: list[tuple[int, int, str]]) -> dict[int, tuple[int, int]]:
    """The names credits give in ``simp``, by start: (length, length of the surname). Each
    begins at a break with a common surname that is no common word of grammar (但, 于), holds
    no word jieba has met often but a person's (/ 文化部编: a ministry, no name), and is
    followed by a role (or 等 and a role) and then no more Han."""
    if not any(role in simp for role in _ANY_ROLE):
        return {}
    freq = dictionary()[0].FREQ
    out: dict[int, tuple[int, int]] = {}
    for m in _BREAK.finditer(simp):
        at = m.start()
        surname = _surname(simp, at)  # a surname is Han: no other break begins a name
        if not surname or grammar_word(simp[at]):
            continue  # 但 | 窥基撰: "but", no surname Dan
        size = _credit(simp, at, surname)
        if not size or simp[at : at + size] in freq:
            continue  # no credit; a name jieba holds whole is read as it reads it (高尔基)
        if not _word_inside(simp, tokens, at, at + size, freq, at + surname):
            out[at] = (size, surname)
    return out


def _surname(simp: str, at: int) -> int:
    """The length of the common surname at ``at`` (司徒 2, 李 1), or 0."""
    data = names()
    if simp[at : at + 2] in data["compound_surnames"]:
        return 2
    return 1 if simp[at : at + 1] in data["common_surnames"] else 0


def _credit(simp: str, at: int, surname: int) -> int:
    """The length of the name at ``at`` that a role follows (its surname and a given name of
    one or two characters), or 0."""
    for role in _ROLES:
        for size in (surname + 2, surname + 1):
            if simp[at + size - 1] == "等":
                continue  # 牛可等译: 等 "and others" after the name, no given name's
            rest = at + size + (1 if simp[at + size : at + size + 1] == "等" else 0)
            end = rest + len(role)
            if simp.startswith(role, rest) and not is_han(simp[end : end + 1]):
                return size
    for size in (surname + 2, surname + 1):
        if simp.startswith(("：《", ":《"), at + size):
            return size  # 章百家：《…》: the author of the title after the colon
    return 0


def _word_inside(
    simp: str, tokens: list[tuple[int, int, str]], start: int, end: int, freq: dict, given: int
) -> bool:
    """Whether a word of jieba's, met often and no person's, lies in [start, end) or runs past
    it (高教 | 部, 文化部), other than a given name of two characters that a name may be and that
    ends as no body does (张 | 大军著: Zhang Dajun; not 史 | 学会编)."""
    return any(
        b - a >= 2
        and freq.get(simp[a:b], 0) >= SEEN_COUNT
        and not f.startswith("nr")
        and not (a == given and b == end and f in _GIVEN_TAGS and simp[b - 1] not in UNIT_ENDINGS)
        for a, b, f in tokens
        if a < end and b > start
    )


# posts a name follows in the period's documents (临时代办安致远, 参赞苏达利科夫); not the
# titles that follow a surname (曾先生)
_POSTS = frozenset(
    (*POSTS, *"大使 部长 主席 总理 将军 代办 临时代办 参赞 领事 总领事 司长 元帅 特使".split())
)
# the first letters of jieba's tags of a word of grammar, no part of a name after a post: a
# preposition, a conjunction, an adverb, a pronoun, a particle (了 ul, 的 uj), a modal
_FUNCTION_TAGS = frozenset("pcdruy")
# jieba's tags a given name of two characters may have as a word of its own (致远 a, 建国 ...)
# (a numeral's too: 百家 of 章百家, 一波, 三强)
_GIVEN_TAGS = frozenset("a ad an ag n ng nr nrfg nz m".split())


def titled_names(simp: str, tokens: list[tuple[int, int, str]]) -> dict[int, tuple[int, int]]:
    """Names of two or three characters right after a post jieba cut as a word of its own and
    before the clause's end (中国驻苏联大使馆临时代办安致远: An Zhiyuan; 主任江华), by start:
    (length, 1). Each begins with a common surname that is no conjunction, preposition, adverb
    or pronoun (a verb's character may be one: 安); its given name holds no particle (谈了) and
    is a word jieba does not know or one a name may be (致远 "far-reaching"; not 北京, 视察)."""
    surnames = names()["common_surnames"]
    freq, tags = dictionary()[0].FREQ, dictionary()[1]
    out: dict[int, tuple[int, int]] = {}
    for a, b, _ in tokens:
        if simp[a:b] not in _POSTS or simp[b : b + 1] not in surnames:
            continue
        if tags.get(simp[b], "x")[:1] in _FUNCTION_TAGS:
            continue  # 总理 | 和 ...: a conjunction, no surname He
        size = next((n for n in (3, 2) if _ends_clause(simp, b, n)), 0)
        given = simp[b + 1 : b + size]
        if (
            size
            and (len(given) == 1 or given not in freq or tags.get(given, "") in _GIVEN_TAGS)
            and not any(tags.get(c, "x")[:1] in _FUNCTION_TAGS for c in given)  # 谈了, 来的
            and not _one_word(simp, tokens, b, b + size, freq)
            and not foreign_after_surname(given)  # 元帅 | 朱可夫: Zhukov, no Zhu Kefu
        ):
            out[b] = (size, 1)
    return out


def _ends_clause(simp: str, at: int, size: int) -> bool:
    """Whether ``size`` Han characters at ``at`` end their clause."""
    piece = simp[at : at + size]
    return len(piece) == size and all_han(piece) and not is_han(simp[at + size : at + size + 1])


def _one_word(
    simp: str, tokens: list[tuple[int, int, str]], start: int, end: int, freq: dict
) -> bool:
    """Whether one word of jieba's, met often and no person's, covers [start, end) or begins
    it (位置 | 上, "the position"; the given name may be such a word: 安 | 致远)."""
    return any(
        a <= start
        and (b >= end or (a == start and b - a >= 2))
        and freq.get(simp[a:b], 0) >= SEEN_COUNT
        and not f.startswith("nr")
        for a, b, f in tokens
    )
