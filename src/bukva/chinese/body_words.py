"""A body's last character read with the character after it: its head, its editorial, its member.

jieba's dictionary holds some bodies whole (人民日报社, the People's Daily's offices), and its
route then takes the body before the word the text means: 人民日报社 | 论 for 人民日报 | 社论 ("a
People's Daily editorial"), 人民日报社 | 长 for 人民日报 | 社长 (its director). Written so, the
body's name took the editorial's first syllable (Renmin Ribao She lun).
"""

from __future__ import annotations

from .division import UNIT_ENDINGS
from .tagger import FLOOR_COUNT, SEEN_COUNT, dictionary

# what a body's last character begins when one of these follows it alone: its head (社长,
# 院长, 部长), an editorial (社论), a member (社员, 会员). jieba's count of the two-character
# word must be at least SEEN_COUNT (all are nouns it meets hundreds of times or more).
_AFTER_BODY = frozenset("长论员")


def body_words_apart(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A word of three characters or more ending in a body's character (社, 院, 部 ...) and a
    lone 长, 论 or 员 after it that makes a common noun with that character (社论, 社长): the
    body's name without its last character, and that noun (Renmin Ribao shelun). A word jieba
    all but never met of a body and its head (协会会长) is cut so too."""
    if _AFTER_BODY.isdisjoint(simp):
        return tokens
    freq, tags = dictionary()[0].FREQ, dictionary()[1]
    out: list[tuple[int, int, str]] = []
    for start, end, flag in tokens:
        body, post = simp[start : end - 2], simp[end - 2 : end]
        if (  # 协会会长 (3 times): the body and its head, 协会 | 会长 (Youhao Xiehui huizhang)
            end - start >= 4
            and post[-1] in _AFTER_BODY
            and body[-1:] in UNIT_ENDINGS
            and freq.get(simp[start:end], 0) <= FLOOR_COUNT
            and freq.get(body, 0) >= SEEN_COUNT
            and freq.get(post, 0) >= SEEN_COUNT
        ):
            out += [(start, end - 2, tags.get(body, "n")), (end - 2, end, "n")]
            continue
        if (
            end - start == 1
            and simp[start] in _AFTER_BODY
            and out
            and out[-1][1] == start
            and out[-1][1] - out[-1][0] >= 3
            and simp[start - 1] in UNIT_ENDINGS
            and tags.get(simp[start - 1 : end]) == "n"
            and freq.get(simp[start - 1 : end], 0) >= SEEN_COUNT
        ):
            head, _, head_flag = out.pop()
            rest = simp[head : start - 1]
            out.append((head, start - 1, tags.get(rest, head_flag)))
            out.append((start - 1, end, "n"))
            continue
        out.append((start, end, flag))
    return out
