"""jieba's words cut again where a particle, a conjunction or the copula stands inside one (GB/T
16159 writes function words apart): 第五 | 连和 (di-wu lian he), 党的领导 (dang de lingdao),
党和政府 (dang he zhengfu), 会见 | 了圆瑛 (huijianle Yuan Ying), 钨砂 | 和锡 (wusha he xi),
静静 | 的 (jingjing de)."""

from __future__ import annotations

from .dotted import _DOTS
from .tagger import FLOOR_COUNT, dictionary

_PARTICLE_TAGS = {"的": "uj", "和": "c", "是": "v"}
_NAMED = ("nr", "ns", "nz", "nt")  # jieba's tags of names, by their first two letters


CONJUNCTIONS = frozenset("和与及同")


def _initial_after_conjunction(
    simp: str, start: int, end: int, out: list[tuple[int, int, str]]
) -> bool:
    """Whether ``simp[start:end]`` is a conjunction and one character right after a person's
    name and right before a middle dot: the character is the next name's initial (弗·伊·列宁和约
    ·维·斯大林: Liening he Yue Wei Sidalin, no heyue "peace treaty")."""
    return (
        end - start == 2
        and simp[start] in CONJUNCTIONS
        and simp[end : end + 1] in _DOTS
        and bool(out)
        and out[-1][1] == start
        and out[-1][2].startswith("nr")
    )


def particles_apart(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A word of two characters jieba's HMM made up (its dictionary lacks it) that ends in the
    particle 的, the conjunction 和 or the copula 是 (第五 | 连和 | 第八 | 连的; 三叉神经 | 核是):
    the character before, a word of its own, and the particle (di-wu lian he di-ba lian de; he shi).
    The dictionary's words keep theirs (目的, 温和). A longer word of its HMM with 的 inside is the
    words before and after the particle, and the particle (阿伊 | 莎的信: 莎 | 的 | 信, no word
    "shadexin"). Such a word that begins with 了 after another word is the aspect particle and the
    word after it (见到 | 了任 | 大使: jiandaole Ren dashi; 会见 | 了圆瑛: huijianle Yuan Ying), and
    one of two that begins with 过 or 着 after a verb (担任 | 过驻: danrenguo zhu). A phrase with
    的 inside that the dictionary has all but never met is cut so too (党的领导: dang de lingdao),
    and a conjunction the HMM made a person's surname after a noun (钨砂 | 和锡: he xi)."""
    freq, tags = dictionary()[0].FREQ, dictionary()[1]
    out: list[tuple[int, int, str]] = []
    for start, end, flag in tokens:
        if _initial_after_conjunction(simp, start, end, out):
            # 列宁 | 和约 | ·维·斯大林: the conjunction, and the initial of the next name
            out += [(start, start + 1, "c"), (start + 1, end, "nr")]
            continue
        inside = simp.find("的", start + 1, end) if end - start > 2 else -1
        if inside != -1 and (
            simp[start:end] not in freq or _rare_phrase(simp, start, end, inside, flag, freq)
        ):
            out += [(start, inside, tags.get(simp[start:inside], flag)), (inside, inside + 1, "uj")]
            if inside + 1 < end:
                out.append((inside + 1, end, tags.get(simp[inside + 1 : end], "x")))
            continue
        inside = simp.find("和", start + 1, end - 1) if end - start > 2 else -1
        if inside != -1 and _rare_phrase(simp, start, end, inside, flag, freq):
            out += [  # 党和政府 (nt, 3 times): dang he zhengfu, two nouns and the conjunction
                (start, inside, tags.get(simp[start:inside], "n")),
                (inside, inside + 1, "c"),
                (inside + 1, end, tags.get(simp[inside + 1 : end], "n")),
            ]
            continue
        last = simp[end - 1]
        if (
            end - start >= 2
            and simp[start] == "了"
            and out
            and out[-1][2] != "x"
            and out[-1][1] == start
            and simp[start:end] not in freq
            and (end - start > 2 or freq.get(last, 0) > 0)
        ):  # 见到 | 了任 (大使), 会见 (n) | 了圆瑛 (nr): the aspect particle after its verb, and
            # the word after it, which keeps the tag jieba gave the whole (a name's)
            rest = simp[start + 1 : end]
            out += [(start, start + 1, "ul"), (start + 1, end, tags.get(rest, flag))]
            continue
        if (  # 担任 | 过驻 (波兰大使): 过 or 着 after a verb is its aspect particle (danrenguo zhu)
            end - start == 2
            and simp[start] in "过着"
            and out
            and out[-1][2].startswith("v")
            and out[-1][1] == start
            and simp[start:end] not in freq
            and freq.get(last, 0) > 0
        ):
            particle = "ug" if simp[start] == "过" else "uz"
            out += [(start, start + 1, particle), (start + 1, end, "v")]
            continue
        if (  # 钨砂 | 和锡 (nr): the conjunction and a noun of one character, no person He Xi
            end - start == 2
            and simp[start] in "和与及"
            and flag.startswith("nr")
            and not freq.get(simp[start:end])  # its HMM's, or a longer word's head (0)
            and out
            and out[-1][1] == start
            and out[-1][2] in ("n", "vn", "nz", "ns")
        ):
            out += [(start, start + 1, "c"), (start + 1, end, tags.get(simp[start + 1], "n"))]
            continue
        if simp[start:end] == "的话" and _words_said(simp, start, end):
            out += [(start, start + 1, "uj"), (start + 1, end, "n")]  # 挑衅 | 的 | 话
            continue
        if end - start > 2 and last == "的" and _state_word(simp[start : end - 1], flag):
            out += [(start, end - 1, "z"), (end - 1, end, "uj")]  # 静静 | 的 (顿河): jingjing de
            continue
        if (
            end - start == 2
            and last in _PARTICLE_TAGS
            and simp[start:end] not in freq
            and freq.get(simp[start], 0) > 0
            # 史翠 | 珊是: the character before 是 may end a name jieba cut short
            and not (last == "是" and out and out[-1][1] == start and out[-1][2][:2] in _NAMED)
        ):
            out += [
                (start, start + 1, tags.get(simp[start], "x")),
                (start + 1, end, _PARTICLE_TAGS[last]),
            ]
            continue
        out.append((start, end, flag))
    return out


def _rare_phrase(simp: str, start: int, end: int, inside: int, flag: str, freq: dict) -> bool:
    """Whether jieba's word with 的 (or 和) inside is a phrase its dictionary has all but never
    met (党的领导, 新的一页, 党和政府: 3 times each), the particle between two words: no
    name (波罗的海), and no word it makes with the character before or after it (目的港, 的确良,
    和平)."""
    return (
        freq.get(simp[start:end], 0) <= FLOOR_COUNT
        and not flag.startswith(("ns", "nr"))
        and inside + 1 < end
        and freq.get(simp[start:inside], 0) > 0
        and freq.get(simp[inside + 1 : end], 0) > 0
        and not freq.get(simp[inside - 1 : inside + 1])
        and not freq.get(simp[inside : inside + 2])
    )


def _state_word(stem: str, flag: str) -> bool:
    """Whether jieba's word ``stem`` + 的 is a state word and the particle (静静的, 冷冷的, 多彩的:
    z; 大大的, a reduplication): GB/T 16159 writes function words, the structural particle 的
    among them, apart from the word before (jingjing de, as mai cai de)."""
    return flag == "z" or (len(stem) == 2 and stem[0] == stem[1])


# words that make 的话 "if" in their clause (如果 ... 的话), or "if so" right before it (这样的话)
_CONDITIONS = frozenset("如果 要是 假如 假若 倘若 倘使 若是 假使 如若 万一 只要".split())
_CONDITION_HEADS = tuple("这样 那样 不然 否则 可能 必要 需要 有空 的话".split())
_CLAUSE_MARKS = "，。！？；：,.!?;:\n"


def _words_said(simp: str, start: int, end: int) -> bool:
    """Whether 的话 ending a sentence is 的 and 话 "words" (说了挑衅的话, 听党的话: de hua): no
    word of condition in its clause (如果 ... 的话 stays dehua, "if"), and nothing of its own
    before it that makes it "if so" (这样的话)."""
    if end < len(simp) and simp[end] not in '。！？!?”"」』':
        return False  # 的话， ...: a condition before the clause it conditions
    clause = max(simp.rfind(c, 0, start) for c in _CLAUSE_MARKS) + 1
    before = simp[clause:start]
    return not any(c in before for c in _CONDITIONS) and not before.endswith(_CONDITION_HEADS)
