"""Foreign names written with middle dots (安娜·路易斯·斯特朗, 阿·伊·米高扬): each part one
capitalized word, as a foreign name in characters is; and a name after a nationality in
brackets ([俄]潘佐夫), which is a foreign one."""

from __future__ import annotations

import re
from itertools import pairwise

from .capitals import _CLOSE, _OPEN
from .japanese_names import japanese_author, japanese_author_end
from .lexicons import _foreign_hanzi, cedict_names, names
from .regions import one_character_places
from .tagger import dictionary
from .transcription_chars import foreign_looking, name_char
from .word import KNOWN, OTHER, PERSON, PERSON_FLAGS, PLACE, PROPER, WORD, Word

_DOTS = ("·", "・")
# a Latin initial between a foreign name's parts, with its dots (约翰·F·肯尼迪, 约翰·W.加弗,
# John F. Kennedy, John W. Garver): one separator, written as the initial
INITIAL_DOT = re.compile("[·・]([A-Z])[.·・]?")


def _is_dot(w: Word) -> bool:
    return w.role == OTHER and (w.text in _DOTS or INITIAL_DOT.fullmatch(w.text) is not None)


def _initials_joined(words: list[Word]) -> list[Word]:
    """A dot, a Latin initial and the dot or full stop after it (· | W. , · | F | ·), between
    Han words, as one word: the separator between the name's parts."""
    out: list[Word] = []
    k = 0
    while k < len(words):
        w = words[k]
        piece = words[k : k + 3]
        text = "".join(p.text for p in piece)
        match = INITIAL_DOT.match(text) if w.text in _DOTS and out else None
        if match is not None and out[-1].role != OTHER:
            taken, length = [], 0
            for p in piece:  # the words the separator spans, whole
                taken.append(p)
                length += len(p.text)
                if length >= match.end():
                    break
            after = words[k + len(taken) : k + len(taken) + 1]
            if (
                length == match.end()
                and all(p.role == OTHER for p in taken)
                and after
                and after[0].role != OTHER
            ):
                out.append(Word(w.start, taken[-1].end, text[:length], OTHER, []))
                k += len(taken)
                continue
        out.append(w)
        k += 1
    return out


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
    words = _initials_joined(words)
    dots = [k for k, w in enumerate(words) if _is_dot(w)]
    if any(_grammar_glued(words, k - 1) for k in dots if k):
        words = [p for k, w in enumerate(words) for p in _grammar_apart(words, k)]
        dots = [k for k, w in enumerate(words) if _is_dot(w)]
    after = {_reach(words, k + 1, 1) + 1 for k in dots if k + 1 < len(words)}
    if any(_glued_after(words, k) for k in after):
        words = _after_apart(words, after)
        dots = [k for k, w in enumerate(words) if _is_dot(w)]
    # runs of dots with one name's part between each two (沃尔特·蒙代尔和共和党参议员鲍勃·多尔:
    # two runs, 和共和党参议员 no name's part)
    chains: list[list[int]] = []
    for k in dots:
        middle = _between(words, chains[-1][-1], k) if chains else None
        if middle is not None and _name_part(words[middle[0] : middle[1] + 1], True):
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
        if (
            not any(_named(words[i]) for a, b in parts for i in range(a, b + 1))
            and not any(b > a for a, b in parts)
            and not _initialed(words, parts)
            and not _inverted(words, first, parts)
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


def _named(w: Word) -> bool:
    """A foreign name's part for sure: a proper name, or a place all of transcription's
    characters (乔治·凯南: 凯南, a place to jieba, is Kennan), or a person's name jieba's HMM
    made of them that weighs as a foreign name's (乔治·夏勒: 夏勒, Schaller, no Xia Le)."""
    if w.role == PERSON:
        return (
            w.flag != KNOWN
            and all(map(name_char, w.simp))
            and foreign_looking(w.simp)
            and w.simp not in cedict_names()
        )
    return w.role == PROPER or (w.role == PLACE and all(map(name_char, w.simp)))


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
        _named(w)
        or (w.role == PLACE and after_dot)  # 尼古拉·亚历山德罗 | 维奇·布尔加宁, 乔治·华盛顿
        or (w.role == PERSON and (len(w.text) == 2 or after_dot))
        or (w.role == WORD and (w.flag in PERSON_FLAGS or all(map(name_char, w.simp))))
        or (len(words) == 1 and len(w.text) == 1 and w.role in (WORD, PLACE))  # 阿·伊·米高扬
        for w in words
    )


def _initialed(words: list[Word], parts: list[tuple[int, int]]) -> bool:
    """Whether a dotted chain is initials in characters and a surname of three characters or
    more in transcription's (安·潘佐夫, A. Pantsov), which jieba took for a Chinese name, or a
    foreigner's Chinese name after an initial in transcription's characters (尼·费德林)."""
    (a, b), (c, d) = parts[0], parts[-1]
    last, initial = words[c], words[a].simp
    return (
        a == b
        and len(initial) == 1
        and c == d
        and last.role == PERSON
        and len(last.text) >= 3
        and (
            all(map(name_char, last.simp))
            # 尼·费德林, N. Fedorenko under his Chinese name: an initial transcription writes,
            # no dynasty (唐·李白 stays "Tang, Li Bai")
            or (name_char(initial) and initial not in names()["dynasties"])
        )
    )


def _inverted(words: list[Word], first: int, parts: list[tuple[int, int]]) -> bool:
    """Whether a dotted chain of single characters follows a foreign surname and a comma, as a
    book's index inverts a name (斯大林，约·维: Sidalin, Yue Wei; J. V. Stalin)."""
    if first < 2 or any(a != b or len(words[a].text) != 1 for a, b in parts):
        return False
    comma, surname = words[first - 1], words[first - 2]
    return (
        comma.role == OTHER
        and comma.text.strip() in (",", "，")
        and surname.role in (PROPER, PERSON)
        and len(surname.text) >= 2
        and (surname.simp in _foreign_hanzi() or all(map(name_char, surname.simp)))
    )


def _reach(words: list[Word], k: int, step: int) -> int:
    """How far the outer part of a dotted name reaches from ``k`` (the word next to the dot)
    over touching words jieba tags names, of foreign names' characters (阿林·莫尔多 | 韦亚努
    Mo'erduoweiyanu, 谢尔盖·博恰尔 | 尼科夫): jieba cuts a name it does not know into names it
    does."""
    j = k
    while 0 <= j + step < len(words):
        w = words[j + step]
        if not (_touching(words[j], w, step) and w.role in (WORD, PERSON, PROPER)):
            break
        if not _named_piece(w):
            # after the last dot, one character jieba read as a word of its own (莫 "do
            # not", 扬 "raise") between two of the name's pieces: 科斯 | 莫 | 杰米 | 扬 |
            # 斯卡娅, Kesimojiemiyangsikaya
            beyond = words[j + 2 * step] if 0 <= j + 2 * step < len(words) else None
            if not (
                step > 0
                and len(w.text) == 1
                and name_char(w.simp)
                and w.simp not in _GRAMMAR_AFTER_NAMES
                and w.simp not in _GRAMMAR_BEFORE_NAMES
                and beyond is not None
                and _touching(w, beyond, step)
                and beyond.role in (WORD, PERSON, PROPER)
                and _named_piece(beyond)
            ):
                break
        j += step
    return j


def _touching(w: Word, nxt: Word, step: int) -> bool:
    """Whether ``nxt`` touches ``w`` on the side ``step`` points to."""
    return nxt.end == w.start if step < 0 else nxt.start == w.end


def _named_piece(w: Word) -> bool:
    """A word jieba tags a name, or a proper name, all of it foreign names' characters."""
    return (w.flag in PERSON_FLAGS or w.role == PROPER) and all(map(name_char, w.simp))


def _between(words: list[Word], a: int, b: int) -> tuple[int, int] | None:
    """The words between the dots at ``a`` and ``b`` when they are touching Han words."""
    inner = words[a + 1 : b]
    if not inner or any(w.role == OTHER for w in inner):
        return None
    if any(w.end != nxt.start for w, nxt in zip(words[a:b], words[a + 1 : b + 1], strict=True)):
        return None
    return a + 1, b - 1


def _nationality(words: list[Word], k: int) -> bool:
    """Whether the words before ``k`` are a country's syllable in brackets, as Chinese
    bibliographies mark an author's nationality: [俄], （美）, 〔苏〕, [中]."""
    if k < 3:
        return False
    before, country, after = words[k - 3], words[k - 2], words[k - 1]
    return (
        before.role == OTHER
        and before.text[-1:] in _OPEN
        and after.role == OTHER
        and after.text[:1] in _CLOSE
        and len(country.text) == 1
        and country.simp in one_character_places()
    )


def bracketed_foreigners(words: list[Word]) -> list[Word]:
    """A nationality in brackets before an author's name ([俄]潘佐夫, [俄]A.B.潘佐夫): the
    country's syllable a proper name (E), and a name after it that jieba took for a Chinese
    one, all of it transcription's characters, one word (Panzuofu, not Pan Zuofu)."""
    if not any(w.role == OTHER and w.text[-1:] in _OPEN for w in words):
        return words  # most sentences: no bracket
    japanese: dict[int, int] = {}  # first word → the word after the name
    for k, w in enumerate(words):
        if not _nationality(words, k):
            continue
        country = words[k - 2]
        country.role, country.groups, country.caps = PROPER, [1], [True]
        if country.simp == "日" and (end := japanese_author_end(words, k)):
            japanese[k] = end
            continue
        if (
            country.simp not in "中华"  # [中]王明: a Chinese name
            and w.role == PERSON
            and w.flag != KNOWN
            and len(w.text) >= 2
            and w.start == words[k - 1].end
            and all(map(name_char, w.simp))
        ):
            w.role, w.groups, w.caps = PROPER, [len(w.text)], [True]
    for k, end in sorted(japanese.items(), reverse=True):
        words[k:end] = [japanese_author(words[k:end])]
    return words


def dotted_head(words: list[Word], first: int) -> int:
    """The first word of a body's name that begins with words joined by middle dots (生活·读书·
    新知三联书店, the SDX press: Shenghuo, Dushu, Xinzhi Sanlian Shudian; LC's Sheng huo, du shu,
    xin zhi san lian shu dian)."""
    while (
        first >= 2
        and words[first - 1].role == OTHER
        and words[first - 1].text in _DOTS
        and words[first - 1].end == words[first].start
        and words[first - 2].end == words[first - 1].start
        and words[first - 2].role == WORD
        and 2 <= len(words[first - 2].text) <= 4
    ):
        first -= 2
    return first
