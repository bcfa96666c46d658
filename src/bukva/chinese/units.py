"""Units' names jieba cut apart or glued wrong: a department's 部 or a works' 厂 it left alone
after the unit's name (对外贸易 | 部: Duiwai Maoyibu; 译制 | 厂: Yizhichang), a unit's character
glued to its head (翻译 | 组组长: fanyizu zuzhang; 两 | 国外 | 长于: liangguo waizhang yu), and a
deputy's 副 glued to 部 (部副 | 部长)."""

from __future__ import annotations

from .fixed_readings import COUNTRIES_COUNTED
from .lexicons import TITLE_WORDS
from .tagger import FLOOR_COUNT, SEEN_COUNT, dictionary

# what a ministry's or a department's name is made of before its 部 (对外贸易, 高等教育, 政治)
# s: 东方 | 部, the Eastern Department; nt: 社会科学 (nt) | 部, a division of the Academy
_DEPARTMENT_NAMING = frozenset("n l vn nz nt j s".split())


def departments_joined(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A 部 jieba left alone after a noun of two characters or more (对外贸易 | 部, where its
    dictionary has 农业部 and 外交部 whole) ends that noun's department: one word, tagged as
    jieba tags the ministries it knows (nt), so that its name is written as theirs (Duiwai
    Maoyibu, GB/T 16159-2012 6.3.2). A 部 after a numeral or a measure word stays (三部,
    一部电影). jieba's 部副 before a post (东方 | 部副 | 部长) is that 部 and the deputy's 副
    (Dongfangbu fubuzhang). So a unit jieba cut short before its head (翻译 | 组组长, a word of
    its dictionary met 3 times: fanyizu zuzhang, as 研究所 | 所长), and a 厂 jieba left alone
    after what the works makes (上海电影 | 译制 | 厂: Shanghai Dianying Yizhichang)."""
    if "长" in simp:
        tokens = _heads_apart(simp, tokens)
    if "副" in simp:
        tokens = _deputies_apart(simp, tokens)
    if "部" not in simp and "厂" not in simp:
        return tokens
    out: list[tuple[int, int, str]] = []
    for start, end, flag in tokens:
        before = out[-1] if out and out[-1][1] == start else None
        if (
            simp[start:end] == "部"
            and before is not None
            and before[1] - before[0] >= 2
            and before[2] in _DEPARTMENT_NAMING
            and simp[before[1] - 1] != "部"  # 联络部 | 部 | 长安 (部长 cut): no 联络部部
        ):
            out[-1] = (before[0], end, "nt")
            continue
        if (
            simp[start:end] == "厂"
            and before is not None
            and 2 <= before[1] - before[0] <= 3  # 译制, 汽轮机 (turbines) | 厂
            and before[2] in ("n", "vn")  # not a verb's object: 离开 | 厂
        ):  # 译制 | 厂: one word, as jieba's 机床厂 (n), a works' name after a place
            out[-1] = (before[0], end, "n")
            continue
        out.append((start, end, flag))
    return out


_UNIT_NAMING = frozenset("n vn v".split())  # 翻译 (v), 研究 (vn), 生产 (vn) | 组


def _heads_apart(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """jieba's made-up words of a unit's character and its head (组组长, 团团长, 科科长: each met
    3 times): the unit's character ends the word before it (翻译组, a noun or verb of two
    characters or more) or stands alone (一 | 团), and the head is its own word (组长)."""
    freq, tags = dictionary()[0].FREQ, dictionary()[1]
    out: list[tuple[int, int, str]] = []
    for start, end, flag in tokens:
        head = simp[start + 1 : end]
        if (  # 两 | 国外 | 长(于): 两国 | 外长 (| 于), the two foreign ministers (waizhang)
            simp[start:end] in ("长于", "长")
            and len(out) >= 2
            and simp[out[-1][0] : out[-1][1]] == "国外"
            and out[-2][1] - out[-2][0] == 1
            and simp[out[-2][0]] in COUNTRIES_COUNTED
        ):
            first = out[-2][0]
            out[-2:] = [(first, first + 2, "n"), (first + 2, start + 1, "n")]
            if end > start + 1:
                out.append((start + 1, end, "p"))
            continue
        if not (
            end - start == 3
            and simp[start] == simp[start + 1]
            and simp[end - 1] == "长"
            and freq.get(simp[start:end], 0) <= FLOOR_COUNT
            and freq.get(head, 0) >= SEEN_COUNT
        ):
            out.append((start, end, flag))
            continue
        if (
            out
            and out[-1][1] == start
            and out[-1][1] - out[-1][0] >= 2
            and out[-1][2] in _UNIT_NAMING
        ):
            out[-1] = (out[-1][0], start + 1, "n")
        else:
            out.append((start, start + 1, "n"))
        out.append((start + 1, end, tags.get(head, "n")))
    return out


def _deputies_apart(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A noun jieba glued to a deputy's 副 before a post (部副 | 部长, 常务副 | 部长): the noun,
    and 副 (b) that makes the post a deputy's (Dongfangbu fubuzhang, changwu fubuzhang, GB/T
    16159-2012 4.5.1). Not a count of pairs (一副) nor 正副, 全副 (b, m)."""
    tags = dictionary()[1]
    out: list[tuple[int, int, str]] = []
    for k, (start, end, flag) in enumerate(tokens):
        post = simp[tokens[k + 1][0] : tokens[k + 1][1]] if k + 1 < len(tokens) else ""
        if (
            end - start > 1
            and simp[end - 1] == "副"
            and flag == "n"
            and tokens[k + 1][0] == end
            and (post in TITLE_WORDS or post.endswith("长"))
        ):
            head = simp[start : end - 1]
            out += [(start, end - 1, tags.get(head, "n")), (end - 1, end, "b")]
        else:
            out.append((start, end, flag))
    return out
