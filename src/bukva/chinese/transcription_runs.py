"""How a run of a foreign name's characters meets jieba's words of one character and the
dictionary's rare words: which it takes in (列 | 多 | 夫斯基, 苏达利 | 可夫) and which end it."""

from __future__ import annotations

from .script import NUMERALS
from .tagger import FLOOR_COUNT
from .transcription_chars import ON_WEIGHT, char_table, name_char

# jieba's flags of one-character words that are no part of a name: pronouns, prepositions,
# conjunctions, particles, adverbs, numerals and measure words, time words, locatives
BREAK_FLAGS = frozenset("r rr rz p c u uj ul uz ug uv ud y e d m q t f".split())
# jieba's count below which a common word of a transcription's characters is as likely a
# foreign name's piece as a word where a name's run comes into it (可夫 27, 扎布 26, 维加 16;
# 薄荷 "mint" 88 is a word: 普列 | 薄荷 Pulie bohe)
RARE_WORD_COUNT = 30


def numeral_inside(simp: str, at: int, flag: str, run: list[int]) -> bool:
    """Whether a character jieba cut as a numeral word (多 "many") stands inside a run of
    transcription's characters: one before it, one after it that goes on to a name's end.
    The run must still pass as a name as a whole."""
    nxt = simp[at + 1 : at + 2]
    return (
        flag == "m"
        and bool(run)
        and run[-1] == at - 1
        and simp[at] not in NUMERALS
        and name_char(simp[at])
        and bool(nxt)
        and name_char(nxt)
    )


def opens_name(simp: str, at: int, flag: str, after: list[tuple[int, int, str]]) -> bool:
    """Whether a character jieba cut as a pronoun or an adverb word of its own begins a
    foreign name: far more a name's than a word's (什, alone no word: 什么 is one), right
    before a word whose characters are all a name's; so does a measure word no number comes
    before (米 | 亚斯 | 尼科夫: Myasnikov), a name's character more than a word's."""
    if flag not in ("r", "rr", "rz", "d", "q") or not after or after[0][0] != at + 1:
        return False
    if flag == "q" and at and (simp[at - 1] in NUMERALS or simp[at - 1].isdigit()):
        return False  # 三 | 米: a measure word after its number
    a, b, _ = after[0]
    return (
        char_table().get(simp[at], (0, -9.0))[1] >= (ON_WEIGHT if flag == "q" else 2 * ON_WEIGHT)
        and b - a > 1
        and all(name_char(c) for c in simp[a:b])
    )


def rare_name(word: str, flag: str, known: frozenset[str] | dict) -> bool:
    """A personal name jieba's dictionary all but never met (斯基著, 8 times), read character by
    character where a foreign name's run comes into it: 列多夫斯基 | 著 (Ledovsky, "wrote")."""
    return flag.startswith("nr") and isinstance(known, dict) and known.get(word, 0) <= FLOOR_COUNT


def rare_word_in_run(
    word: str, flag: str, known: frozenset[str] | dict, run: list[int], start: int
) -> bool:
    """Whether a common word jieba's corpus met fewer than RARE_WORD_COUNT times, all of its
    characters a transcription's, is read character by character because a foreign name's
    run comes right into it: 苏达利 | 可夫 (可夫 n, from 人尽可夫) Sudalikefu, 韩罗 | 扎布 (v)
    Hanluozhabu, 纳夫 | 普利 (ad) | 翁 Nafupuliweng. Persons have ``rare_name``'s bar."""
    return (
        bool(run)
        and run[-1] == start - 1
        and isinstance(known, dict)
        and known.get(word, 0) < RARE_WORD_COUNT
        and not flag.startswith("nr")
        and flag not in BREAK_FLAGS
        and all(map(name_char, word))
    )
