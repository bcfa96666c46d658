"""jieba's dictionary "persons" that are a word of grammar and the word after it: 相 | 连接
"are linked", 升任 | 中书, 任 | 苏共 "served in the Soviet party"."""

from __future__ import annotations

from .lexicons import names
from .tagger import COMMON_COUNT, FLOOR_COUNT, GRAMMAR_TAGS, SEEN_COUNT, dictionary
from .transcription_ends import SURNAME_ENDS
from .word import PERSON_FLAGS

# jieba's tags of a one-character word that, before a common verb, is the sentence's: an adverb
# (相 "mutually"), a preposition (向), a verb (关), a conjunction
_BEFORE_VERBS = frozenset("d p v c".split())


def verbs_apart(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A "person" of three characters in jieba's dictionary that is a surname's character jieba
    also reads as an adverb, a preposition or a verb, and a verb it has met often (相连接 "are
    linked", 关进来, 应予以: nr, each a handful of times): the two words (xiang lianjie), no Xiang
    Lianjie. Likewise one whose first character makes a verb with a verb's character before it
    (升 | 任中书: shengren Zhongshu), and one all but never met after a verb of one character,
    the rest a verb (隔 | 江相望: ge jiang xiangwang)."""
    tags, freq = dictionary()[1], dictionary()[0].FREQ
    surnames = names()["common_surnames"]
    out: list[tuple[int, int, str]] = []
    for start, end, flag in tokens:
        rest = simp[start + 1 : end]
        before = out[-1] if out else None
        verb = flag == "nr" and end - start == 3 and _one_verb(before, start)
        if (  # 升 | 任中书 (nr): 升任 "was promoted to" and 中书, no Ren Zhongshu
            verb
            and freq.get(simp[start:end], 0) <= SEEN_COUNT
            and freq.get(simp[before[0] : start + 1], 0) >= SEEN_COUNT
            and tags.get(simp[before[0] : start + 1], "")[:1] == "v"
        ):
            out[-1] = (before[0], start + 1, "v")
            out.append((start + 1, end, tags.get(rest, "n")))
            continue
        if (
            end - start == 3
            and flag == "nr"
            and simp[start] in surnames
            and tags.get(simp[start], "")[:1] in _BEFORE_VERBS
            and freq.get(rest, 0) >= COMMON_COUNT
            and tags.get(rest, "")[:1] == "v"
        ):
            out += [(start, start + 1, tags[simp[start]]), (start + 1, end, tags[rest])]
            continue
        if (  # 隔 | 江相望 (nr, met 4 times): 隔江相望 "face each other across the river"
            verb
            and freq.get(simp[start:end], 0) <= FLOOR_COUNT
            and tags.get(rest, "") == "v"
            and freq.get(rest, 0) >= SEEN_COUNT
        ):
            out += [(start, start + 1, "n"), (start + 1, end, "v")]
            continue
        if flag == "nr" and end - start == 3 and _grammar_before_body(simp, start, end, before):
            out += [(start, start + 1, tags[simp[start]]), (start + 1, end, tags[rest])]
            continue
        out.append((start, end, flag))
    return out


def _one_verb(before: tuple[int, int, str] | None, start: int) -> bool:
    """Whether the word right before ``start`` is a verb of one character."""
    return before is not None and before[1] == start == before[0] + 1 and before[2] == "v"


# jieba's tags of the word before a 任 or 于 that is a verb or a preposition, not a surname: a
# pronoun, a person, a time word, an adverb (他 | 任北平, 米高扬 | 任苏共, 后来 | 任北平)
_SUBJECTS = frozenset(("r", "t", "d", *PERSON_FLAGS))
# the last characters of a Russian surname in characters (-ов, -ова, -ский): 苏斯洛 | 夫 | 任苏共
_SURNAME_ENDS = frozenset(end[-1] for end in SURNAME_ENDS)
# jieba's tags of a place or a body, and of an abbreviation (苏共, 湘军)
_BODIES = frozenset(("ns", "nt", "j"))


def _grammar_before_body(
    simp: str, start: int, end: int, before: tuple[int, int, str] | None
) -> bool:
    """Whether a "person" of three characters jieba's dictionary all but never met is a word
    of grammar (任 "to serve as", 于, 从) and a place or body it has met often, after a
    subject, a Russian surname or a time word (米高扬 | 任苏共代表团团长: ren Sugong, no Ren
    Sugong; 他后来 | 任北平市长). At a sentence's start or after a noun (作家 | 于海洋) it stays
    a person."""
    tags, freq = dictionary()[1], dictionary()[0].FREQ
    rest = simp[start + 1 : end]
    return (
        before is not None
        and before[1] == start
        and (before[2] in _SUBJECTS or simp[start - 1] in _SURNAME_ENDS)
        and freq.get(simp[start:end], 0) <= SEEN_COUNT
        and tags.get(simp[start], "") in GRAMMAR_TAGS
        and tags.get(rest, "") in _BODIES
        and freq.get(rest, 0) >= SEEN_COUNT
    )


def adverbs_after_names(
    simp: str, tokens: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A "person" of three characters jieba has met fewer than SEEN_COUNT times (曾率军, 8)
    right after a person's name, of an adverb (曾 "once"), a character and the first character
    of a word it has met often that the next word ends (华西列夫斯基 | 曾率军 | 事: 曾 | 率 |
    军事, "once led a military delegation"): the three words, no person Zeng Shuaijun."""
    if not any(flag == "nr" and end - start == 3 for start, end, flag in tokens):
        return tokens  # most sentences: no such "person"
    tags, freq = dictionary()[1], dictionary()[0].FREQ
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(tokens):
        start, end, flag = tokens[k]
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if (
            flag == "nr"
            and end - start == 3
            and nxt is not None
            and nxt[0] == end
            and out
            and out[-1][1] == start
            and out[-1][2] in PERSON_FLAGS
            and tags.get(simp[start], "") == "d"
            and freq.get(simp[start:end], 0) < SEEN_COUNT
            and freq.get(simp[end - 1 : nxt[1]], 0) >= SEEN_COUNT
        ):
            word = simp[end - 1 : nxt[1]]
            out += [(start, start + 1, "d"), (start + 1, end - 1, tags.get(simp[start + 1], "v"))]
            out.append((end - 1, nxt[1], tags.get(word, "n")))
            k += 2
            continue
        out.append((start, end, flag))
        k += 1
    return out
