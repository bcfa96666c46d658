"""Foreign names in characters, recognised by the characters transcription uses.

GB/T 16159-2012 writes a non-Han personal or place name given in characters as pinyin words of
its own (its examples: 乌兰夫 Wūlánfū, 马克思 Mǎkèsī): 伏罗希洛夫 is one word, Fuluoxiluofu,
never a Chinese surname and given name (Fu Luoxiluofu). The gazetteer and CC-CEDICT know many
such names; this module finds the others from their characters: a run of characters that
transcription uses (斯 夫 尔 洛 娃 ..., ``data/zh-transcription.tsv``, counted from CC-CEDICT's
foreign names by ``tools/build_zh_transcription.py``) that jieba's dictionary does not read as
ordinary words, three characters or more, and whose characters are on average far more a
name's than a word's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from .lexicons import _generic_split, names, one_char_generics
from .name_words import place_and_each
from .tagger import FLOOR_COUNT, dictionary
from .transcription_chars import (
    CORE_COUNT,
    CORE_WEIGHT,
    EDGE_WEIGHT,
    GIVEN_WEIGHT,
    MIN_CORE,
    MIN_LENGTH,
    ON_WEIGHT,
    char_table,
    chinese_person_shape,
    mean_weight,
    name_char,
    named_enough,
)
from .transcription_ends import (
    GENERICS,
    NAME_FLAGS,
    ends_name,
    generic_length,
    goes_on,
    grammar_head,
    grammar_tail,
    no_ordinal,
    spelled_through,
    street_after,
    two_names,
)
from .transcription_runs import (
    BREAK_FLAGS,
    numeral_inside,
    opens_name,
    rare_name,
    rare_word_in_run,
)
from .word import PERSON_FLAGS

# the dictionary's names of organisations are read character by character: a foreign name
# begins many (宾夕法尼亚 | 大学, 霍普金斯 | 大学)
_READ_THROUGH = frozenset({"nt"})


@cache
def _peoples() -> frozenset[str]:
    """Names of peoples (蒙古, 锡伯): a word of their own after a place's name."""
    return frozenset(names()["ethnic_groups"])


@cache
def _runs() -> tuple[re.Pattern[str], frozenset[str]]:
    """Runs of MIN_LENGTH or more characters of the table, and its core characters."""
    table = char_table()
    core = frozenset(c for c, (n, w) in table.items() if n >= CORE_COUNT and w >= CORE_WEIGHT)
    return re.compile(f"[{''.join(map(re.escape, sorted(table)))}]{{{MIN_LENGTH},}}"), core


def _may_hold_name(simp: str) -> bool:
    """Whether ``simp`` has a run of the table's characters long enough and with core characters
    enough to be a name (every name ``transcribed_names`` finds is such a run): most sentences
    have none, and are not read token by token."""
    pattern, core = _runs()
    return any(sum(c in core for c in m.group()) >= MIN_CORE for m in pattern.finditer(simp))


_DOTS = ("·", "・")  # the dot between a foreign name's parts (卡尔·马克思, 彼得·卡皮察)


def _dotted(simp: str, a: int, b: int) -> bool:
    """Whether a name's dot stands right before or after ``simp[a:b]``: a part of a foreign
    name stands there, read with the looser bar of a given name's characters."""
    return simp[a - 1 : a] in _DOTS or simp[b : b + 1] in _DOTS


def transcribed_names(
    simp: str,
    tokens: list[tuple[int, int, str]],
    known: frozenset[str] | dict = frozenset(),
    streets: bool = True,
) -> dict[int, int]:
    """Foreign names in ``simp`` (simplified text) found by their characters: start → length
    (with a generic after a place's name: ``generic_length``; ``streets``: a street's 街 or 路
    too, as GB/T 16159 writes it).

    ``tokens`` are jieba's (start, end, flag) words of ``simp``, in order; ``known`` holds the
    dictionary's words. A dictionary word is taken whole or not at all: an ordinary one (大使)
    stops a run, a name (斯大林格勒 nz, 列日涅夫 nrt) joins it when its characters are a
    transcription's; the words jieba's HMM made up, and one-character words that are not
    particles, pronouns or the like, are read character by character."""
    if not _may_hold_name(simp):
        return {}
    table = char_table()
    out: dict[int, int] = {}
    run: list[int] = []  # offsets of the characters in the current run
    if isinstance(known, dict):
        tokens = _names_first(simp, tokens, known)

    ends = [e for _, e, _ in tokens]
    last_end = 0  # where the last name found ends

    def close() -> None:
        nonlocal last_end
        span = _name_span(run) if len(run) >= MIN_LENGTH else None
        run.clear()
        if span is None:
            return
        a, b = span
        if simp[b - 1 : b] not in GENERICS and (
            simp[b : b + 1] in GENERICS or (streets and street_after(simp, tokens, ends, b))
        ):
            b += 1  # 弗吉尼亚 | 州: the generic after the name goes with it
        end = b - generic_length(simp[a:b])
        k = bisect_right(ends, end)
        after = simp[tokens[k][0] : tokens[k][1]] if k < len(tokens) else ""
        if last_end <= a and not goes_on(simp, a, end, after):
            out[a] = b - a
            last_end = b

    def _name_span(run: list[int]) -> tuple[int, int] | None:
        text = simp[run[0] : run[-1] + 1]
        core = sum(1 for c in text if table[c][0] >= CORE_COUNT and table[c][1] >= CORE_WEIGHT)
        if _dotted(simp, run[0], run[-1] + 1):  # 彼得·卡皮察: a name's part stands here
            if mean_weight(text) < GIVEN_WEIGHT:
                return None
        elif core < MIN_CORE or not named_enough(text):
            return None
        return _whole_tokens(simp, tokens, ends, known, run[0], run[-1] + 1)

    for i, (start, end, flag) in enumerate(tokens):
        word = simp[start:end]
        if (
            end - start > 1
            and word in known
            and flag not in _READ_THROUGH
            # 沃州 (ns) of 伊万诺沃州: the name's end and its generic, read character by
            # character so that the generic closes the name
            and not (word[-1] in GENERICS and end - start <= MIN_LENGTH)
        ):
            if place_and_each(word):  # 亚洲各国 "Asian countries": no foreign place's name
                close()
                continue
            if (
                flag in NAME_FLAGS
                and all(c in table for c in word)
                and not chinese_person_shape(word, flag)
                and (
                    mean_weight(word) >= GIVEN_WEIGHT
                    if _dotted(simp, start, end)
                    else named_enough(word)
                )
                and (
                    _generic_split(word, "place") is None
                    or (word[-1] in GENERICS and end - start > MIN_LENGTH)
                )
            ):  # 伊尔库茨克州 (nrt): the name and its generic (纽约州: the place's rule's)
                if (
                    flag == "ns"
                    and end - start >= MIN_LENGTH
                    and not _glued(simp, tokens, i, known)
                ) or word in _peoples():
                    # a place the dictionary knows whole, a people: 匈牙利 | 维斯普雷姆, 蒙古
                    close()
                    run.extend(range(start, end))
                    close()
                    continue
                if two_names(simp, run, start, end, known):
                    close()  # 列宁格勒 | 基洛夫 (工厂): two names, Lieninggele Jiluofu
                run.extend(range(start, end))  # 列日涅夫 nrt, and the 勃 before it
                continue
            # a name all but never met is read character by character where a run comes
            # into it or it may begin one (施普林 | 格 Shipulinge, Springer: the whole run
            # decides, and 施普林 alone has a Chinese name's shape)
            if not (
                (rare_name(word, flag, known) or rare_word_in_run(word, flag, known, run, start))
                and (
                    (run and run[-1] == start - 1)
                    or (all(map(name_char, word)) and not chinese_person_shape(word, flag))
                )
            ):
                close()
                continue
        if end - start == 1 and flag in BREAK_FLAGS:
            if (
                flag in ("m", "q", "r")
                and run
                and run[-1] == start - 1
                and (
                    ends_name(simp[start], 2 * ON_WEIGHT if flag == "r" else ON_WEIGHT)
                    or no_ordinal(simp, start)
                )
            ):  # 斯维尔德洛夫斯 | 克 (克 "gram" to jieba); 佛罗伦 | 斯 (a pronoun, r): the end
                run.append(start)
                continue
            if numeral_inside(simp, start, flag, run):
                run.append(start)  # 列 | 多 (m) | 夫斯基: Lieduofusiji, Ledovsky
                continue
            close()
            if opens_name(simp, start, flag, tokens[i + 1 : i + 2]):
                run.append(start)  # 什 (r) | 维尔 | 尼克: Shiwei'ernike, Shvernik
            continue
        if end - start > 3 and word not in known and _verb_after_person(simp, tokens, i, known):
            close()  # 斯大林 | 派 | 科瓦廖夫 "Stalin sent Kovalev": the verb no name's start
            start += 1
        for at in range(start, end):
            ch = simp[at]
            if at == end - 1 and run and run[-1] == at - 1 and grammar_tail(simp, start, end):
                close()  # 苏斯洛夫 | 任 of the HMM's 夫任: "served as", no name's end
                break
            if at == start and run and run[-1] == at - 1 and grammar_head(simp, at):
                close()  # 马利诺夫斯基 | 任 of the HMM's 任后: "served as", no name's end
                continue
            if (
                name_char(ch)
                and ch not in GENERICS  # a name ends at 州
                # the standard table's word characters (别, 任) inside a word jieba made, not
                # alone: 任 (v) | 库兹涅茨克 "served as ... at Kuznetsk"
                and (end - start > 1 or table[ch][1] >= EDGE_WEIGHT)
            ):
                run.append(at)
            else:
                close()
    close()
    return spelled_through(simp, tokens, out) if out else out


def _verb_after_person(
    simp: str, tokens: list[tuple[int, int, str]], i: int, known: frozenset[str] | dict
) -> bool:
    """Whether the word jieba's HMM made at ``tokens[i]`` begins with a verb of one character
    right after a person's name the dictionary knows (斯大林 | 派科瓦廖夫: Stalin sent
    Kovalev), the rest all a name's characters."""
    start, end, _ = tokens[i]
    if not i or tokens[i - 1][1] != start or tokens[i - 1][2] not in PERSON_FLAGS:
        return False
    if simp[tokens[i - 1][0] : start] not in known:
        return False
    return dictionary()[1].get(simp[start], "").startswith("v") and all(
        map(name_char, simp[start + 1 : end])
    )


def _names_first(
    simp: str, tokens: list[tuple[int, int, str]], known: dict
) -> list[tuple[int, int, str]]:
    """An organisation's name the dictionary holds whole (nt) that begins with a name it
    holds too: that name as a word of its own, taken whole or not at all (宾夕法尼亚 | 大学:
    no name 法尼亚 read from its last characters), the rest read character by character. An
    organisation's name that begins with none is cut into the dictionary's words, so that a
    run from a name before it ends where one of them begins (俄国 | 社会民主工党: no name
    俄国社 read into 社会)."""
    tags = dictionary()[1]
    out: list[tuple[int, int, str]] = []
    for start, end, flag in tokens:
        if flag in _READ_THROUGH:
            for cut in range(end - 1, start + 1, -1):
                tag = tags.get(simp[start:cut], "")
                if tag in NAME_FLAGS and known.get(simp[start:cut]):
                    out += [(start, cut, tag), (cut, end, flag)]
                    break
            else:
                out += _inner_words(simp, start, end, flag)
            continue
        out.append((start, end, flag))
    return out


def _inner_words(simp: str, start: int, end: int, flag: str) -> list[tuple[int, int, str]]:
    """An organisation's name [start, end) as the dictionary's words, each of two characters
    or more with its own tag, the characters between still the organisation's."""
    tokenizer, tags = dictionary()
    block = simp[start:end]
    dag = tokenizer.get_DAG(block)
    dag[0] = [k for k in dag[0] if k != len(block) - 1] or [0]  # not the whole name again
    route: dict = {}
    tokenizer.calc(block, dag, route)
    out: list[tuple[int, int, str]] = []
    x = 0
    while x < len(block):
        y = route[x][1] + 1
        word = block[x:y]
        out.append((start + x, start + y, tags.get(word, "n") if y - x > 1 else flag))
        x = y
    return out


def _glued(
    simp: str, tokens: list[tuple[int, int, str]], i: int, known: frozenset[str] | dict
) -> bool:
    """Whether a place jieba's dictionary all but never met is followed by a word its HMM made
    up (乌布利 | 希在: the name goes on, 乌布利希 Ulbricht, and the HMM glued its end to 在)."""
    if not isinstance(known, dict) or i + 1 >= len(tokens):
        return False
    start, end, _ = tokens[i]
    nxt = simp[tokens[i + 1][0] : tokens[i + 1][1]]
    return known.get(simp[start:end], 0) <= FLOOR_COUNT and len(nxt) > 1 and not known.get(nxt)


def _bound(word: str) -> bool:
    """A morpheme that is no free word to jieba's dictionary (扬 vg, as against 说 v)."""
    return dictionary()[1].get(word, "g").endswith("g")


# function words jieba's HMM glues to a name's first character (会见了扎 | 哈罗夫: 了 | 扎哈罗夫)
_GLUED_BEFORE = frozenset("u ul uj uz ug uv c p".split())
# verbs that name what follows, which the HMM glues to a name's start too (称 | 达曼斯基岛)
_NAMING = frozenset("称叫为是即")


def _whole_tokens(
    simp: str,
    tokens: list[tuple[int, int, str]],
    ends: list[int],
    known: frozenset[str] | dict,
    a: int,
    b: int,
) -> tuple[int, int] | None:
    """The run [a, b) taken to the ends of a word jieba's HMM made up that it begins or ends
    inside, when the rest of that word is characters of foreign names too (基拉伊森蒂什特 | 万
    → the whole 基拉伊森蒂什特万), or cut there when the rest after the name is a free word of
    the dictionary (克里斯汀 | 在 in the made-up 汀在) or the rest before it a particle or a
    preposition (了 | 扎 in 了扎); None when the rest of that word is neither (巴格拉米 | 扬 in
    the made-up word 米扬: the name may go on)."""

    def fits(text: str) -> bool:
        return all(map(name_char, text))

    k = bisect_right(ends, a)
    first = tokens[k]
    if first[0] < a and simp[first[0] : first[1]] not in known:
        head = simp[first[0] : a]
        verb = len(head) == 1 and _verb_after_person(simp, tokens, k, known)
        if fits(head) and not verb:
            a = first[0]
        elif (
            dictionary()[1].get(head, "") not in _GLUED_BEFORE and head not in _NAMING and not verb
        ):
            return None  # the HMM's word goes on with characters no name has: not sure
        # else the HMM glued a particle or a preposition to the name's start (了 | 扎哈罗夫)
    last = tokens[bisect_right(ends, b - 1)]
    if last[1] > b and simp[last[0] : last[1]] not in known:
        rest = simp[b : last[1]]
        if fits(rest) and not (len(rest) == 1 and grammar_tail(simp, last[0], last[1])):
            b = last[1]  # (not 苏斯洛夫 | 任 of the HMM's 夫任: "served as")
        elif rest in GENERICS or rest in one_char_generics() or rest == "村":
            pass  # 安东诺夫 | 卡村 (the HMM's): the name, then its generic (Andongnuofuka Cun)
        elif rest not in known or _bound(rest):
            return None  # 巴格拉米 | 扬: a bound morpheme, the name may go on
        # else the HMM glued the name's end to a word of the dictionary (克里斯汀 | 在): cut
    return a, b
