"""Joins and marks over the analysed words: what jieba split but the romanization rules treat
as one (a place and its generic, a name cut short, a compound surname and its given name), and
what they treat specially (dynasties, countries in catalogs, organisations' names)."""

from __future__ import annotations

from .capitals import mark_countries, mark_dynasties
from .country_lists import mark_listed
from .dotted import bracketed_foreigners, dotted_names
from .foreigners_names import chinese_names_of_foreigners
from .hyphened import hyphened_names
from .lexicons import TITLE_WORDS, common_words, names
from .name_words import alone, familiar, names_alone, noun_run_on, rare_given, short_name
from .organizations import _cjk_punct, _mark_organizations
from .place_groups import _place_groups
from .renamed import renamed
from .tagger import FLOOR_COUNT, dictionary
from .transcription_chars import foreign_after_surname
from .word import ETHNIC, KNOWN, OTHER, PERSON, PLACE, PROPER, WORD, Word

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


def _noun_goes_on(w: Word, after: list[Word]) -> bool:
    """Whether a noun's character, or another the tagger has no states for, follows ``w``
    glued to it (蛛毛 | 苣 | 苔): a word of rare characters going on, no given name ending."""
    return bool(after) and after[0].start == w.end and after[0].flag[:1] in ("n", "x")


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
            prev.end = w.end
            prev.absorb(w.text)  # Latin text stays one piece
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
                # a character the tagger has no states for, after a surname: a rare given name's
                # (唐 | 弢: Tang Tao)
                or (
                    w.flag == "x"
                    and prev.flag == "nr"
                    and len(w.text) == 1
                    and w.role == WORD
                    and not _noun_goes_on(w, words[k + 1 : k + 2])  # 毛 | 苣 | 苔: a plant's
                )
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
            # a common word jieba tags a given name after a surname it tags one alone: a name
            # (张 | 文武: Zhang Wenwu, as 建国, 志强 are given names)
            and (w.simp not in common_words() or (prev.flag == "nr" == w.flag and len(w.text) == 2))
        ):  # 周 + 阿根: a name jieba cut in two; 李 (nr) + 越然 (a word jieba all but never saw)
            prev.role, prev.end = PERSON, w.end
            prev.absorb(w.text)
            prev.syllables = [data["surnames"].get(prev.simp[0], prev.syllables[0]), *w.syllables]
            prev.groups, prev.caps = [1, len(w.text)], [True, True]
            if foreign_after_surname(w.simp):  # 潘 | 佐夫: Pantsov, one foreign name (Panzuofu)
                prev.role, prev.groups, prev.caps = PROPER, [len(prev.text)], [True]
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
            and prev.role in (WORD, PROPER)  # 欧阳 | 钦: LC's names list 欧阳 (a proper name)
            and prev.simp in data["compound_surnames"]
            and w.role == WORD
            and (
                w.flag in NAME_FLAGS
                # 拓跋 (a person's to jieba) | 郁律, a noun it has all but never met
                or (
                    prev.flag in NAME_FLAGS
                    and w.flag in ("n", "nz")
                    and dictionary()[0].FREQ.get(w.simp, 0) <= FLOOR_COUNT
                )
            )
            and 1 <= len(w.text) <= 2
            and prev.end == w.start
        ):  # 万俟 + 卨: a compound surname and the given name jieba left apart
            prev.role, prev.end = PERSON, w.end
            prev.absorb(w.text)
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
            prev.role, prev.end = PERSON, w.end
            prev.absorb(w.text)
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
            prev.role, prev.end = ETHNIC, w.end
            prev.absorb(w.text)
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
            prev.absorb(w.text)
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
            prev.absorb(w.text[0])
            prev.syllables = [*prev.syllables, w.syllables[0]]
            prev.groups = [prev.groups[0], prev.groups[-1] + 1] if len(prev.groups) > 1 else [1, 2]
            prev.caps = [True, True]
            w = Word(w.start + 1, w.end, w.text[1:], WORD, w.syllables[1:])
        if _name_goes_on(prev, w, words[k + 1 : k + 2], out[-2:-1]):  # 李俊 | 文（）: Li Junwen
            prev.end = w.end
            prev.absorb(w.text)
            prev.syllables = prev.syllables + w.syllables
            prev.groups, prev.caps = [1, 2], [True, True]
            continue
        out.append(w)
    out = chinese_names_of_foreigners(bracketed_foreigners(hyphened_names(dotted_names(out))))
    mark_dynasties(out, data["dynasties"], catalog)
    if catalog:
        mark_countries(out)
        mark_listed(out)
    _mark_organizations(out, catalog)
    if not catalog:
        renamed(out)
    return out


def _name_goes_on(prev: Word | None, w: Word, after: list[Word], before: list[Word]) -> bool:
    """A surname and one character jieba took for a name, then one character that is the
    given name's last: a rare one that is no word of its own (蒋廷 | 黻), one before 等 or a
    credit's role (张岱 | 云 | 等译), one of a noun, a numeral or an adjective before the
    brackets a biography's dates stand in (李俊 | 文 | （, 王定 | 一 | （), or one before the
    colon after an author opening a reference (张盛 | 发 | :, no verb of saying: 张盛说: stays):
    a name of three characters jieba cut short. ``before``: the word before ``prev``, if any."""
    if not (
        prev is not None
        and prev.role == PERSON
        and prev.flag != KNOWN
        and prev.groups == [1, 1]
        and w.role == WORD
        and len(w.text) == 1
        and prev.end == w.start
    ):
        return False
    if w.flag == "g":
        return True
    nxt = after[0] if after and after[0].start == w.end else None
    if nxt is None:
        return False
    if w.flag[:1] in ("n", "g") and (nxt.simp == "等" or nxt.simp in ROLE_CHARS):
        return True
    if nxt.text[:1] in (":", "：") and w.simp not in _SAYING and _opens_reference(before):
        return True
    return w.flag[:1] in ("n", "m", "a", "z") and nxt.text[:1] in ("（", "(")


_SAYING = frozenset("说道称问答曰讲写云谈笑叹")  # verbs of saying before a colon: 张盛说:


def _opens_reference(before: list[Word]) -> bool:
    """Whether a name after ``before`` opens a line or a note: nothing before it, or a line
    break or a note's number (1. 张盛发:, ① 张盛发:)."""
    if not before:
        return True
    text = before[0].text
    return before[0].role == OTHER and (
        "\n" in text or text.strip().rstrip(".、)）").isdigit() or text.strip() in _NOTE_MARKS
    )


_NOTE_MARKS = frozenset("①②③④⑤⑥⑦⑧⑨⑩")


def _after_name(out: list[Word]) -> bool:
    """Whether the word before the last of ``out`` is a name right before it: the last is then
    a verb, no surname (尤金 | 任 | 大使: Youjin ren dashi, "Yudin served as ambassador")."""
    if len(out) < 2:
        return False
    name, last = out[-2], out[-1]
    return name.role in (PERSON, PROPER) and name.end == last.start
