"""Joins and marks over the analysed words: what jieba split but the romanization rules treat
as one (a place and its generic, a name cut short, a compound surname and its given name), and
what they treat specially (dynasties, countries in catalogs, organisations' names)."""

from __future__ import annotations

from itertools import pairwise

from .capitals import mark_countries, mark_dynasties
from .lexicons import TITLE_WORDS, _place_groups, common_words, names
from .name_words import alone, familiar, names_alone, noun_run_on, rare_given, short_name
from .organizations import _cjk_punct, _mark_organizations
from .tagger import FLOOR_COUNT, dictionary
from .transcription_chars import name_char
from .word import ETHNIC, KNOWN, OTHER, PERSON, PERSON_FLAGS, PLACE, PROPER, WORD, Word

# a surname jieba cut alone as a noun after 老 or 小, which no word of its dictionary joins
# (老 | 钱: Lao Qian, not "old money", which would be one word, 小钱): GB/T 16159-2012 6.3.1.4
_SURNAME_AS_WORD = frozenset(("n", "ng", "zg"))

COMMON_FLAGS = frozenset("n v vn a ad an b d r m q p c f t u ul uj".split())  # jieba's tags
# what may follow a compound surname (x: a character the tagger has no states for, 卨)
NAME_FLAGS = ("nr", "nrfg", "nrt", "nz", "yg", "ng", "g", "x")
ROLE_CHARS = "著编撰辑译注校述主"
# what begins a word of a role itself (口述 "oral account", 所著, 合著, 主编, 自述, 原著):
# no given name's last character before it (师哲 | 口述: Shi Zhe koushu)
_ROLE_HEADS = frozenset("所合编主自口原遗专译校笔论")


def _merge(words: list[Word], catalog: bool = False) -> list[Word]:
    """Join what jieba split but the romanization rules treat as one, and mark what the rules
    treat specially: a place and the generic term after it (广州 + 市 → Guangzhou Shi), a name
    cut short by jieba (李洪 + 财著 → 李洪财 著), dynasties, the words of an organisation's name."""
    data = names()
    out: list[Word] = []
    known = names_alone(words)
    for k, w in enumerate(words):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.role == OTHER
            and w.role == OTHER
            and prev.end == w.start
            and not _cjk_punct(prev.text)
            and not _cjk_punct(w.text)
        ):
            prev.end, prev.text = w.end, prev.text + w.text  # Latin text stays one piece
            continue
        if (
            prev is not None
            and len(prev.text) == 1
            and (
                (prev.role == WORD and prev.flag == "nr" and prev.simp in data["common_surnames"])
                or (
                    prev.role in (WORD, PLACE)
                    and prev.simp in data["surnames"]
                    and w.flag in ("nr", "nrfg")
                )
            )  # 周 (nr) + 阿根; 曾 (an adverb to jieba), 华 (China) + 志强 (a given name)
            and w.role in (WORD, PROPER, PLACE)
            and (
                w.flag[:2] in ("nr", "ns", "nz")
                or (
                    prev.flag == "nr"
                    and rare_given(w)
                    and (
                        alone(out[-2] if len(out) > 1 else None, words[k + 1 : k + 2])
                        or prev.simp + w.simp in known  # 阎明复：《阎明复回忆录》
                    )
                )
            )
            and 1 <= len(w.text) <= 2
            and prev.end == w.start
            and w.simp not in common_words()
        ):  # 周 + 阿根: a name jieba cut in two; 李 (nr) + 越然 (a word jieba all but never saw)
            prev.role, prev.end, prev.text = PERSON, w.end, prev.text + w.text
            prev.syllables = [data["surnames"].get(prev.simp[0], prev.syllables[0]), *w.syllables]
            prev.groups, prev.caps = [1, len(w.text)], [True, True]
            continue
        if (
            prev is not None
            and w.role == PERSON
            and w.flag == "nr"
            and prev.role != OTHER
            and prev.end == w.start
            and noun_run_on(prev.simp, w.simp)
        ):  # 关系 | 史纲: guanxi shigang, no person Shi Gang
            w.role, w.groups, w.caps = WORD, [], []
        if (
            prev is not None
            and prev.simp == "姓"
            and w.role == WORD
            and len(w.text) == 1
            and (w.simp in data["common_surnames"] or w.simp in data["surnames"])
        ):  # 姓 | 王: the surname after "is surnamed" is a name (xing Wang; 姓曾 xing Zeng)
            w.role, w.groups, w.caps = PERSON, [1], [True]
            w.syllables = [data["surnames"].get(w.simp, w.syllables[0])]
        if (
            prev is not None
            and prev.role == WORD
            and prev.simp in data["compound_surnames"]
            and w.role == WORD
            and w.flag in NAME_FLAGS
            and 1 <= len(w.text) <= 2
            and prev.end == w.start
        ):  # 万俟 + 卨: a compound surname and the given name jieba left apart
            prev.role, prev.end, prev.text = PERSON, w.end, prev.text + w.text
            prev.syllables = [*data["compound_surnames"][prev.simp[:2]].split(), *w.syllables]
            prev.groups, prev.caps = [2, len(w.text)], [True, True]
            continue
        if (
            prev is not None
            and prev.role == WORD
            and (w.flag == "nr" or (prev.text in "老小" and w.flag in _SURNAME_AS_WORD))
            and familiar(prev.simp, w.simp, data)
            and prev.end == w.start
        ):  # 小 + 刘: a familiar name, each part capitalized (GB/T 16159, 1996 4.2.3: Xiao Liu)
            prev.role, prev.end, prev.text = PERSON, w.end, prev.text + w.text
            prev.syllables = [*prev.syllables, data["surnames"].get(w.simp, w.syllables[0])]
            prev.groups, prev.caps = [1, 1], [True, True]
            continue
        if (
            prev is not None
            and prev.role == WORD
            and w.simp in TITLE_WORDS
            and (prev.simp in data["compound_surnames"] or prev.simp in data["common_surnames"])
            and prev.syllables[:1] == [data["surnames"].get(prev.simp, prev.syllables[0])]
            and prev.flag not in ("p", "c", "v")  # 向 | 部长 (汇报), 和 | 部长, 任 | 市长
            and not _after_name(out)
        ):  # 曾 + 先生: a surname before a title is a name
            prev.role, prev.groups, prev.caps = PERSON, [len(prev.text)], [True]
        if (
            prev is not None
            and prev.role in (PLACE, PROPER)
            and w.text == "族"
            and prev.end == w.start
            and prev.simp + w.simp in data["ethnic_groups"]
        ):  # 蒙古 (a name of LC's table, cut from jieba's 蒙古族) + 族: the people, as 蒙古族 is
            prev.role, prev.end, prev.text = ETHNIC, w.end, prev.text + w.text
            prev.syllables = prev.syllables + w.syllables
            prev.groups, prev.caps = [len(prev.text)], [True]
            continue
        if (
            prev is not None
            and w.role == WORD
            and w.simp in data["place_generics"]
            and prev.end == w.start
            and not prev.simp.endswith(w.simp)  # 斯维尔德洛夫斯克州 | 州党委: the oblast's
            and (
                prev.role in (PLACE, PROPER)
                or (prev.role == WORD and short_name(prev.simp))  # 资源 | 县: Ziyuan Xian
                or (
                    prev.role == WORD
                    and 2 <= len(prev.text) <= 4
                    and len(w.text) == 1
                    and prev.flag not in COMMON_FLAGS  # 著名演员 + 区: not a district
                )
            )
        ):
            if prev.role == WORD:
                prev.role, prev.groups, prev.caps = PLACE, [len(prev.text)], [True]
            prev.end = w.end
            prev.text += w.text
            prev.syllables = prev.syllables + w.syllables
            if len(prev.groups) == 1:  # 伊通满族 + 自治县: the people apart too
                prev.groups = _place_groups(prev.simp, len(prev.text) - len(w.text))
            else:
                prev.groups = [*prev.groups, len(w.text)]
            prev.caps = [True] * len(prev.groups)
            continue
        if (
            prev is not None
            and prev.role == PERSON
            and prev.flag != KNOWN
            and len(prev.text) == 2
            and w.role == WORD
            and len(w.text) == 2
            and w.simp[1] in ROLE_CHARS
            and prev.end == w.start
            and w.simp[0] not in _ROLE_HEADS  # 口述, 所著, 主编: a role's word whole
            and dictionary()[0].FREQ.get(w.simp, 0) < FLOOR_COUNT
        ):
            prev.end += 1
            prev.text += w.text[0]
            prev.syllables = [*prev.syllables, w.syllables[0]]
            prev.groups = [prev.groups[0], prev.groups[-1] + 1] if len(prev.groups) > 1 else [1, 2]
            prev.caps = [True, True]
            w = Word(w.start + 1, w.end, w.text[1:], WORD, w.syllables[1:])
        if _cut_before_dates(prev, w, words[k + 1 : k + 2]):  # 李俊 | 文（）: Li Junwen
            prev.end, prev.text, prev.syllables = (
                w.end,
                prev.text + w.text,
                prev.syllables + w.syllables,
            )
            prev.groups, prev.caps = [1, 2], [True, True]
            continue
        out.append(w)
    out = dotted_names(out)
    mark_dynasties(out, data["dynasties"])
    if catalog:
        mark_countries(out)
    _mark_organizations(out, catalog)
    return out


def _cut_before_dates(prev: Word | None, w: Word, after: list[Word]) -> bool:
    """A surname and one character jieba took for a name, then one character of a noun, a
    numeral or an adjective, then the brackets a biography's dates stand in (李俊 | 文 | （,
    王定 | 一 | （): a name of three characters jieba cut short."""
    return (
        prev is not None
        and prev.role == PERSON
        and prev.flag != KNOWN
        and prev.groups == [1, 1]
        and w.role == WORD
        and len(w.text) == 1
        and w.flag[:1] in ("n", "m", "a", "z")
        and prev.end == w.start
        and bool(after)
        and after[0].start == w.end
        and after[0].text[:1] in ("（", "(")
    )


def _after_name(out: list[Word]) -> bool:
    """Whether the word before the last of ``out`` is a name right before it: the last is then
    a verb, no surname (尤金 | 任 | 大使: Youjin ren dashi, "Yudin served as ambassador")."""
    if len(out) < 2:
        return False
    name, last = out[-2], out[-1]
    return name.role in (PERSON, PROPER) and name.end == last.start


_DOTS = ("·", "・")


def _one_word(parts: list[Word]) -> Word:
    """The words of one part of a dotted name as one capitalized word (谢尔盖 | 耶维奇)."""
    first = parts[0]
    if len(parts) == 1 and first.role != PERSON:
        first.role = PROPER if first.role == WORD else first.role
        first.groups, first.caps = [len(first.text)], [True]
        return first
    syllables = [s for w in parts for s in w.syllables]
    text = "".join(w.text for w in parts)
    word = Word(first.start, parts[-1].end, text, PROPER, syllables, [len(text)], [True])
    word.flag = first.flag
    return word


def dotted_names(words: list[Word]) -> list[Word]:
    """A foreign name written with middle dots (安娜·路易斯·斯特朗, 尼基塔·谢尔盖耶维奇·赫鲁晓夫):
    each part one capitalized word, as a foreign name in characters is (谢尔盖 | 耶维奇 →
    Xie'ergaiyeweiqi; 安娜 no Chinese An Na). A chain with no foreign name's part (诗·词·曲:
    items) is left alone; before the first dot and after the last, the one word next to it is
    the name's part."""
    dots = [k for k, w in enumerate(words) if w.role == OTHER and w.text in _DOTS]
    if not dots:
        return words
    if any(_grammar_glued(words, k - 1) for k in dots if k):
        words = [p for k, w in enumerate(words) for p in _grammar_apart(words, k)]
        dots = [k for k, w in enumerate(words) if w.role == OTHER and w.text in _DOTS]
    after = {_reach(words, k + 1, 1) + 1 for k in dots if k + 1 < len(words)}
    if any(_glued_after(words, k) for k in after):
        words = _after_apart(words, after)
        dots = [k for k, w in enumerate(words) if w.role == OTHER and w.text in _DOTS]
    # runs of dots with one name's part between each two (沃尔特·蒙代尔和共和党参议员鲍勃·多尔:
    # two runs, 和共和党参议员 no name's part)
    chains: list[list[int]] = []
    for k in dots:
        middle = _between(words, chains[-1][-1], k) if chains else None
        if middle is not None and _name_part(words[middle[0] : middle[1] + 1]):
            chains[-1].append(k)
        else:
            chains.append([k])
    merged: dict[int, tuple[int, Word]] = {}  # first index → (last index, the part's word)
    for chain in chains:
        first, last = chain[0] - 1, chain[-1] + 1
        if first < 0 or last >= len(words) or OTHER in (words[first].role, words[last].role):
            continue
        if words[first].end != words[chain[0]].start or words[chain[-1]].end != words[last].start:
            continue
        head, tail = _reach(words, first, -1), _reach(words, last, 1)
        parts = [(head, first)] + [_between(words, a, b) for a, b in pairwise(chain)]
        parts.append((last, tail))
        if not (_name_part(words[first : first + 1]) and _name_part(words[last : last + 1], True)):
            continue
        if not any(words[i].role == PROPER for a, b in parts for i in range(a, b + 1)) and not (
            any(b > a for a, b in parts)
        ):
            continue  # 诗·词·曲: no name's part
        for a, b in parts:
            merged[a] = (b, _one_word(words[a : b + 1]))
    out: list[Word] = []
    k = 0
    while k < len(words):
        if k in merged:
            end, word = merged[k]
            out.append(word)
            k = end + 1
            continue
        out.append(words[k])
        k += 1
    return out


# words of grammar jieba's HMM glues to the name after them, before its dot (由亨利·基辛格 "by
# Henry Kissinger", 向约翰·杜勒斯): a preposition, a conjunction, the object marker
_GRAMMAR_BEFORE_NAMES = frozenset("由被把给向和与同对跟从将")


def _grammar_glued(words: list[Word], k: int) -> bool:
    """Whether ``words[k]``, right before a dot, is a word of grammar and a foreign name's
    first part that jieba took for a Chinese name (由亨利: You Hengli)."""
    w = words[k]
    return (
        w.role == PERSON
        and w.flag != KNOWN
        and len(w.text) == 3
        and w.simp[0] in _GRAMMAR_BEFORE_NAMES
        and all(map(name_char, w.simp[1:]))
        and k + 1 < len(words)
        and words[k + 1].start == w.end
        and words[k + 1].text in _DOTS
    )


def _grammar_apart(words: list[Word], k: int) -> list[Word]:
    """``words[k]`` as the word of grammar and the name's part, where it is glued so."""
    w = words[k]
    if not _grammar_glued(words, k):
        return [w]
    grammar = Word(w.start, w.start + 1, w.text[:1], WORD, w.syllables[:1], flag="p")
    name = Word(w.start + 1, w.end, w.text[1:], PROPER, w.syllables[1:], [2], [True])
    name.flag = "nrt"
    return [grammar, name]


# words of grammar jieba's HMM glues to a dotted name's last character, making a word no
# dictionary holds (阿合买提江·哈斯 | 木是 "Qasim is")
_GRAMMAR_AFTER_NAMES = frozenset("是在曾等和与同的于为将被把也都就说")


def _glued_after(words: list[Word], k: int) -> bool:
    """Whether ``words[k]``, right after a dotted name's last part, is the name's last
    character and a word of grammar that jieba's HMM made one word (哈斯 | 木是)."""
    if not 0 < k < len(words):
        return False
    w, before = words[k], words[k - 1]
    return (
        w.role == WORD
        and len(w.text) == 2
        and w.simp[1] in _GRAMMAR_AFTER_NAMES
        and w.simp not in dictionary()[0].FREQ
        and before.end == w.start
        and before.role in (PERSON, PROPER, WORD)
    )


def _after_apart(words: list[Word], after: set[int]) -> list[Word]:
    """The words with each glued word at ``after`` taken apart: its first character joins the
    name's part before it (哈斯 + 木: Hasimu), the word of grammar stands alone."""
    out: list[Word] = []
    for k, w in enumerate(words):
        if k not in after or not _glued_after(words, k):
            out.append(w)
            continue
        before = out.pop()
        piece = Word(w.start, w.start + 1, w.text[:1], PROPER, w.syllables[:1], [1], [True])
        out.append(_one_word([before, piece]))
        out[-1].flag = before.flag or "nrt"
        out.append(Word(w.start + 1, w.end, w.text[1:], WORD, w.syllables[1:], flag="v"))
    return out


def _name_part(words: list[Word], after_dot: bool = False) -> bool:
    """Whether words can be a part of a dotted name: foreign names, a Chinese-looking name of
    two characters (安娜, no An Na), or of any length after a dot (尼古拉·费德林: Nigula
    Feidelin, the surname he bore as a Chinese name is his own's part here), characters of
    foreign names, or a word jieba tags a name (爱新觉罗·玄烨, a Manchu clan's name and a given
    name: Aixinjueluo Xuanye), or one character alone, an initial (阿·伊·米高扬, A. I. Mikoyan;
    诗·词·曲, three words, has no name's part and stays a list). A longer Chinese-looking name
    before a dot is left as it is."""
    return all(
        w.role == PROPER
        or (w.role == PERSON and (len(w.text) == 2 or after_dot))
        or (w.role == WORD and (w.flag in PERSON_FLAGS or all(map(name_char, w.simp))))
        or (len(words) == 1 and len(w.text) == 1 and w.role in (WORD, PLACE))  # 阿·伊·米高扬
        for w in words
    )


def _reach(words: list[Word], k: int, step: int) -> int:
    """How far the outer part of a dotted name reaches from ``k`` (the word next to the dot)
    over touching words jieba tags names, of foreign names' characters (阿林·莫尔多 | 韦亚努
    Mo'erduoweiyanu, 谢尔盖·博恰尔 | 尼科夫): jieba cuts a name it does not know into names it
    does."""
    j = k
    while 0 <= j + step < len(words):
        w = words[j + step]
        touching = w.end == words[j].start if step < 0 else w.start == words[j].end
        named = w.flag in PERSON_FLAGS and all(map(name_char, w.simp))
        if not (touching and w.role in (WORD, PERSON, PROPER) and named):
            break
        j += step
    return j


def _between(words: list[Word], a: int, b: int) -> tuple[int, int] | None:
    """The words between the dots at ``a`` and ``b`` when they are touching Han words."""
    inner = words[a + 1 : b]
    if not inner or any(w.role == OTHER for w in inner):
        return None
    if any(w.end != nxt.start for w, nxt in zip(words[a:b], words[a + 1 : b + 1], strict=True)):
        return None
    return a + 1, b - 1
