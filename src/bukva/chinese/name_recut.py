"""jieba's words cut again around names: a conjunction its HMM glued to a name after it, a rare
name of its dictionary that takes the first character of the common word after it, a rare
"name" that is a slogan's verb and country, a pair of countries read as a party's
abbreviation or glued to a rare name, a credit's role glued to the name before it, and a rare
character jieba's tables lack after a name its HMM made."""

from __future__ import annotations

from .capitals import _countries, country_pair
from .lexicons import _foreign_hanzi, names
from .particles_recut import CONJUNCTIONS
from .recut import last_joins_next
from .tagger import FLOOR_COUNT, SEEN_COUNT, dictionary
from .verb_persons import adverbs_after_names, verbs_apart


def coordinates_apart(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A conjunction jieba's HMM glued to the name after it, between two names that end in one
    generic (兰新铁路 | 和集二 | 铁路; 滨洲 | 铁路 | 和滨绥 | 铁路): the conjunction a word of its
    own, the second name's head a place's, which the generic after it then names as it names
    the first (Lanxin Tielu he Ji'er Tielu)."""
    if not any(end - start == 3 and simp[start] in CONJUNCTIONS for start, end, _ in tokens):
        return tokens  # most sentences
    freq = dictionary()[0].FREQ
    out: list[tuple[int, int, str]] = []
    for k, (start, end, flag) in enumerate(tokens):
        before = tokens[k - 1] if k else None
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if (
            end - start == 3
            and simp[start] in CONJUNCTIONS
            and freq.get(simp[start:end]) is None  # no word of the dictionary: its HMM's
            and before is not None
            and after is not None
            and before[1] == start
            and after[0] == end
            and after[1] - after[0] >= 2
            and simp[before[0] : before[1]].endswith(simp[after[0] : after[1]])
        ):
            out += [(start, start + 1, "c"), (start + 1, end, "ns")]
            continue
        out.append((start, end, flag))
    return out


def titles_of_chiefs(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A surname and 总 that jieba's HMM made a person, before the rest of a post in 总 (朱总 |
    司令: 总司令 "commander-in-chief", 总理, 总书记): the surname, then the post whole (Zhu
    zongsiling, as Wang buzhang, GB/T 16159-2012 6.3.1.4)."""
    if "总" not in simp:
        return tokens
    freq, surnames = dictionary()[0].FREQ, names()["common_surnames"]

    def moves(start: int, end: int, flag: str, nxt: tuple[int, int, str]) -> bool:
        return (
            end - start == 2
            and flag.startswith("nr")
            and simp[end - 1] == "总"
            and simp[start] in surnames
            and freq.get(simp[start:end], 0) <= FLOOR_COUNT
            and freq.get(simp[end - 1 : nxt[1]], 0) >= SEEN_COUNT
        )

    tags = dictionary()[1]
    out: list[tuple[int, int, str]] = []
    for start, end, flag in last_joins_next(simp, tokens, moves, lambda a, b, _: [(a, b, "nr")]):
        post = simp[start + 1 : end]
        if (  # 朱总司令 (nr, one word to jieba): the surname and the post
            end - start >= 3
            and flag.startswith("nr")
            and post[:1] == "总"
            and simp[start] in surnames
            and freq.get(simp[start:end], 0) <= FLOOR_COUNT
            and freq.get(post, 0) >= SEEN_COUNT
        ):
            out += [(start, start + 1, "nr"), (start + 1, end, tags.get(post, "n"))]
            continue
        out.append((start, end, flag))
    return out


def known_names_apart(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A rare name of jieba's dictionary that is a foreign name the gazetteer knows and the
    first character of a common word after it (鲍曼高 | 等: 鲍曼 Bauman, 高等 "higher"): the
    gazetteer's name, and the common word whole."""
    names = _foreign_hanzi()
    if not any(end - start >= 3 and simp[start : end - 1] in names for start, end, _ in tokens):
        return tokens  # most sentences
    freq = dictionary()[0].FREQ

    def moves(start: int, end: int, flag: str, nxt: tuple[int, int, str]) -> bool:
        return (
            end - start >= 3
            and flag.startswith("n")
            and freq.get(simp[start:end], 0) <= FLOOR_COUNT
            and simp[start : end - 1] in names
            and freq.get(simp[end - 1 : nxt[1]], 0) >= SEEN_COUNT
        )

    return last_joins_next(simp, tokens, moves, lambda start, end, _: [(start, end, "nrt")])


def pair_before_party_apart(
    simp: str, tokens: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A pair of countries whose second syllable jieba read with the 共 after it as a party's
    abbreviation (中 | 苏共 | 管: the CPSU), where 共 and the next word make a word of the
    dictionary (共管 "to administer jointly"): the pair one word and that word (中苏共管 Zhong-Su
    gongguan, not Zhong Sugong guan)."""
    if "共" not in simp:
        return tokens
    freq, tags = dictionary()[0].FREQ, dictionary()[1]
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(tokens):
        start, end, flag = tokens[k]
        prev = out[-1] if out else None
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        joined = simp[start + 1 : nxt[1]] if nxt is not None else ""
        if (
            end - start == 2
            and simp[start + 1] == "共"
            and prev is not None
            and nxt is not None
            and prev[1] == start
            and nxt[0] == end
            and prev[1] - prev[0] == 1
            and country_pair(simp[prev[0] : start + 1])
            and freq.get(joined, 0) > FLOOR_COUNT
        ):
            out[-1] = (prev[0], start + 1, "j")  # the pair one word, as jieba reads 中苏
            out.append((start + 1, nxt[1], tags.get(joined, "v")))
            k += 2
            continue
        out.append((start, end, flag))
        k += 1
    return out


def pair_before_rare_name_apart(
    simp: str, tokens: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """A country's syllable after another's, which jieba's dictionary glued to the common word
    after it in a "name" it has all but never met (日 | 苏中立 | 条约: 苏中立, twice): the pair of
    countries, and that word (Ri-Su Zhongli Tiaoyue, as 苏 | 日 | 中立 is read)."""
    chars = _countries()["chars"]
    if sum(c in chars for c in simp) < 2:
        return tokens  # most sentences: no pair of countries
    freq, tags = dictionary()[0].FREQ, dictionary()[1]
    out: list[tuple[int, int, str]] = []
    for start, end, flag in tokens:
        prev = out[-1] if out else None
        rest = simp[start + 1 : end]
        if (
            end - start >= 3
            and flag.startswith("n")
            and prev is not None
            and prev[1] == start
            and prev[1] - prev[0] == 1
            and country_pair(simp[prev[0] : start + 1])
            and freq.get(simp[start:end], 0) <= FLOOR_COUNT
            and freq.get(rest, 0) >= SEEN_COUNT
        ):
            out[-1] = (prev[0], start + 1, "j")  # the pair one word, as jieba reads 中苏
            out.append((start + 1, end, tags.get(rest, "n")))
            continue
        out.append((start, end, flag))
    return out


def slogans_apart(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A "name" of three characters jieba's dictionary lists but has seldom met whose last two
    are a verb and the country it takes (援 | 越抗美: 抗美 "resist America"): the first character
    a word of its own, so that the slogan reads as 抗美援越 does (yuan Yue kang Mei, not yuan
    Yuekangmei); and two such slogans jieba lists as a name (反共抗俄, nt: fangong kang E)."""
    data = _countries()
    if not any(
        end - start in (3, 4)
        and simp[end - 2] in data["after"]
        and simp[end - 1] in data["after_chars"]
        for start, end, _ in tokens
    ):
        return tokens
    freq, tags = dictionary()[0].FREQ, dictionary()[1]
    out: list[tuple[int, int, str]] = []
    for start, end, flag in tokens:
        if (
            end - start == 3
            and flag.startswith("nr")
            and freq.get(simp[start:end], 0) < SEEN_COUNT  # 越抗美: 19 times
            and simp[start + 1] in data["after"]
            and simp[end - 1] in data["after_chars"]
        ):
            out += [(start, start + 1, tags.get(simp[start], "j")), (start + 1, end, "v")]
            continue
        if (  # 反共抗俄 (an organization to jieba): two slogans, fangong kang E
            end - start == 4
            and flag[:2] in ("nt", "nz", "ns", "nr")
            and simp[start] in data["after"]
            and simp[start + 2] in data["after"]
            and simp[end - 1] in data["after_chars"]
        ):
            first = simp[start : start + 2]
            out += [(start, start + 2, tags.get(first, "v")), (start + 2, end, "v")]
            continue
        out.append((start, end, flag))
    return out


# what a credit's last character names (周爱琦 | 译, 费德林 | 著, 李海文 | 编): merge.ROLE_CHARS
# but 主, which begins words (主编)
_ROLES = frozenset("著编撰辑译注校述")
_CREDIT_ENDS = frozenset("，,：:、；;）)")
_NO_GIVEN = frozenset("c p u uj ul d r m q f".split())  # jieba's tags of no given name's character


def roles_apart(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name of four characters jieba's HMM made of a surname, a given name and the role after
    it, before a comma or a colon (周爱琦译： in a credit): the name of three, and the role a word
    of its own (Zhou Aiqi yi), as 王玉强 | 译 is cut; so a name of two and its role (谭实译: Tan
    Shi yi), a compound surname and a given name glued to the role (司徒 | 协译: Situ Xie yi),
    等 "and others" and the role (等译: deng yi); and a name of three it made of a name of two
    and 率, "led" (刘虎率 | 少部分人: Liu Hu shuai)."""
    data = names()
    freq, tags = dictionary()[0].FREQ, dictionary()[1]
    out: list[tuple[int, int, str]] = []
    for start, end, flag in tokens:
        before = out[-1] if out else None
        if (  # 郑明 | 萱译 (both the HMM's): Zheng Mingxuan yi
            before is not None
            and before[1] == start
            and before[1] - before[0] == 2
            and end - start == 2
            and simp[end - 1] in _ROLES
            and tags.get(simp[start], "") not in _NO_GIVEN  # 李明 | 所著: Li Ming suozhu
            and simp[before[0]] in data["common_surnames"]
            and not freq.get(simp[before[0] : before[1]])
            and not freq.get(simp[start:end])
            and (end == len(simp) or simp[end] in _CREDIT_ENDS)
        ):
            out[-1] = (before[0], start + 1, "nr")
            out.append((end - 1, end, "v"))
            continue
        if (
            end - start == 4
            and flag == "nr"
            and simp[end - 1] in _ROLES
            and (simp[start] in data["common_surnames"] or simp[start] in data["surnames"])
            and not freq.get(simp[start:end])
            and (end == len(simp) or simp[end] in _CREDIT_ENDS)
        ):
            out += [(start, end - 1, "nr"), (end - 1, end, "v")]
            continue
        credit = end == len(simp) or simp[end] in _CREDIT_ENDS
        if (  # 谭实译 (the HMM's) ，: Tan Shi yi
            end - start == 3
            and flag.startswith("nr")
            and simp[end - 1] in _ROLES
            and simp[start] in data["common_surnames"]
            and not freq.get(simp[start:end])
            and credit
        ):
            out += [(start, end - 1, "nr"), (end - 1, end, "v")]
            continue
        if (  # 司徒 | 协译 (the HMM's) ，: Situ Xie yi; 等译 "and others translated": deng yi
            before is not None
            and before[1] == start
            and end - start == 2
            and simp[end - 1] in _ROLES
            and not freq.get(simp[start:end])
            and credit
            and (simp[start] == "等" or simp[before[0] : before[1]] in data["compound_surnames"])
        ):
            if simp[start] == "等":
                out += [(start, start + 1, "u"), (end - 1, end, "v")]
            else:
                out[-1] = (before[0], start + 1, "nr")
                out.append((end - 1, end, "v"))
            continue
        if (  # 刘虎率 (the HMM's) | 少部分人: Liu Hu shuai, "Liu Hu led"
            end - start == 3
            and flag.startswith("nr")
            and simp[end - 1] == "率"
            and simp[start] in data["common_surnames"]
            and not freq.get(simp[start:end])
            and end < len(simp)
        ):
            out += [(start, end - 1, "nr"), (end - 1, end, "v")]
            continue
        out.append((start, end, flag))
    return out


def rare_given_joined(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A name of two characters jieba's HMM made of a surname and one character, or a surname
    it tags a person's alone, and a Han character its tables lack right after it (胡景 | 澐, x;
    周 | 玙): the given name ends with the rare character (Hu Jingyun, Zhou Yu); names are
    where such characters stand."""
    if all(flag != "x" or end - start != 1 for start, end, flag in tokens):
        return tokens  # most sentences
    surnames = names()["common_surnames"]
    freq = dictionary()[0].FREQ
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(tokens):
        start, end, flag = tokens[k]
        k += 1
        before = out[-1] if out else None
        if (
            before is not None
            and end - start == 1
            and flag == "x"
            and "\u3400" <= simp[start] <= "\u9fff"
            and before[1] == start
            and before[2] in ("nr", "nrfg")
            and simp[before[0]] in surnames
            and (
                (before[1] - before[0] == 2 and not freq.get(simp[before[0] : before[1]]))
                # 周 (nr) | 玙: Zhou Yu, where the surname begins a phrase (no plant's name:
                # 芒毛 | 苣 | 苔)
                or (before[1] - before[0] == 1 and _phrase_begins(simp, out[:-1]))
            )
        ):
            if before[1] - before[0] == 1 and _last_given(simp, tokens, k):
                end = tokens[k][1]  # 冯 | 珺 | 光 ，: the name's last character too (Feng Junguang)
                k += 1
            out[-1] = (before[0], end, before[2])
            continue
        out.append((start, end, flag))
    return out


def _last_given(simp: str, tokens: list[tuple[int, int, str]], k: int) -> bool:
    """Whether ``tokens[k]`` is one Han character, no function word, with a mark, a space or
    the text's end after it: the given name's last character."""
    if k >= len(tokens):
        return False
    start, end, flag = tokens[k]
    if end - start != 1 or not "\u3400" <= simp[start] <= "\u9fff" or flag in _BEFORE_NAME:
        return False
    return end == len(simp) or not "\u3400" <= simp[end] <= "\u9fff"


# jieba's tags of a word after which a name may begin: function words, verbs, adverbs,
# locatives, time words, numerals and measure words
_BEFORE_NAME = frozenset("c p d v vd u uj ul uz ug r f t m q".split())


def _phrase_begins(simp: str, before: list[tuple[int, int, str]]) -> bool:
    """Whether a word after ``before`` begins a phrase: the text's start, a mark or a space
    before it, or a function word, a verb or a time word."""
    if not before:
        return True
    _, end, flag = before[-1]
    return not "\u3400" <= simp[end - 1] <= "\u9fff" or flag in _BEFORE_NAME


def around_names(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """jieba's words cut again around names, each cut in turn (this module's)."""
    tokens = roles_apart(simp, known_names_apart(simp, coordinates_apart(simp, tokens)))
    tokens = titles_of_chiefs(simp, tokens)
    tokens = rare_given_joined(simp, tokens)
    tokens = adverbs_after_names(simp, verbs_apart(simp, tokens))
    tokens = pair_before_rare_name_apart(simp, pair_before_party_apart(simp, tokens))
    return slogans_apart(simp, tokens)
