"""The characters Chinese transcribes foreign names with, and how much a name's each one is.

``data/zh-transcription.tsv`` (``tools/build_zh_transcription.py``) counts each character's uses
in CC-CEDICT's foreign names (half of them; the other half is held out for
``benchmarks/eval_zh_transcription.py``) and weighs it by the log ratio of its share there to its
share in jieba's words: 斯 夫 娃 far more a name's, 大 生 白 a word's. The characters of Xinhua's
Russian-Chinese transcription table that those names lack are there too, counted 0 (别 бе).
``transcription.py`` finds runs of these characters in running text; ``names/transcribed.py``
reads a run as the Russian name it stands for.
"""

from __future__ import annotations

from functools import cache

from .lexicons import DATA, names, one_char_generics

CORE_COUNT = 3  # a character CC-CEDICT's foreign names use this often is a transcription one
CORE_WEIGHT = 0.0  # ... unless it is at least as common in ordinary words (国, 大, 山)
EDGE_WEIGHT = -0.1  # any other character of the table not much more a word's than a name's (金)
MEAN_WEIGHT = 1.2  # a run is a name when its characters average this much
MIN_LENGTH = 3
MIN_CORE = 2
RUSSIAN_MARGIN = 0.2  # how far short of MEAN_WEIGHT a run spelling a Russian name may fall
ON_WEIGHT = 1.0  # a character this much a name's beside a run: the name goes on past it
GIVEN_WEIGHT = 0.9  # what a personal name's characters after its surname average (卡连柯)
_NEVER = frozenset("之的")  # particles jieba may leave inside a word it made up (尼伯龙根之)


@cache
def char_table() -> dict[str, tuple[int, float]]:
    """data/zh-transcription.tsv: character → (uses in the counted foreign names, weight)."""
    out: dict[str, tuple[int, float]] = {}
    with open(DATA / "zh-transcription.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            ch, count, weight = line.rstrip("\n").split("\t")
            out[ch] = (int(count), float(weight))
    return out


def name_char(ch: str) -> bool:
    """A character a foreign name may hold: in the table, not much more a word's than a
    name's or one the standard Russian table writes (别 бе: counted 0), no place's generic
    (市, 山), no particle."""
    hit = char_table().get(ch)
    return (
        hit is not None
        and (hit[1] >= EDGE_WEIGHT or hit[0] == 0)
        and ch not in one_char_generics()
        and ch not in _NEVER
    )


def mean_weight(text: str) -> float:
    """The characters' weights averaged (each must be in the table)."""
    table = char_table()
    return sum(table[c][1] for c in text) / len(text)


# two characters that end Russian surnames in transcription (-ков, -нов, -лов, -ев, -тов, -зов,
# -ский, -вич, -ова), no Chinese given name: none of CC-CEDICT's Chinese persons has one (郁达夫's
# 达夫, 邵逸夫's 逸夫 are not here), and jieba's dictionary lists some 200 foreign names of three
# characters ending so (朱可夫 Zhukov, 李可夫 Rykov, 潘佐夫 Pantsov)
FOREIGN_GIVEN = frozenset(
    "可夫 科夫 柯夫 诺夫 洛夫 罗夫 耶夫 列夫 托夫 莫夫 索夫 波夫 佐夫 廖夫 切夫 舍夫 涅夫 "
    "斯基 茨基 维奇 洛娃 科娃 耶娃 诺娃".split()
)


def foreign_given(text: str, unknown: int = 0) -> bool:
    """Whether what follows a one-character surname in a personal name is a foreign name's:
    three or more characters of transcription (马 | 卡连柯 Makarenko, 安 | 东诺夫 Antonov), as
    no Chinese given name is; ``unknown``: how many may be characters the table lacks, each
    counted as no name's and no word's (吉 | 洪诺夫 Tikhonov: 洪, of no name CC-CEDICT's half
    holds)."""
    if len(text) < 3:
        return False
    table = char_table()
    known = [table[c][1] for c in text if c in table]
    return len(text) - len(known) <= unknown and sum(known) / len(text) >= GIVEN_WEIGHT


def foreign_after_surname(text: str) -> bool:
    """Whether what follows a surname jieba read is a foreign name's: ``foreign_given`` with one
    character the table lacks, or two that end Russian surnames (潘 | 佐夫 Pantsov)."""
    return text in FOREIGN_GIVEN or foreign_given(text, unknown=1)


def foreign_looking(text: str) -> bool:
    """Whether a name's characters are all transcription's and on average far more a foreign
    name's than a word's (索契 Sochi, 马普托 Maputo; not 西安, 重庆)."""
    table = char_table()
    return all(c in table for c in text) and mean_weight(text) >= MEAN_WEIGHT


def named_enough(text: str) -> bool:
    """Whether characters all transcription's are a name's by their weight, or, a little short
    of it, spell a Russian name by the standard table (别林斯基 Белинский: 别 weighs as much a
    word's as a name's), unless they have a Chinese name's shape."""
    if mean_weight(text) >= MEAN_WEIGHT:
        return True
    if len(text) < MIN_LENGTH or mean_weight(text) < MEAN_WEIGHT - RUSSIAN_MARGIN:
        return False
    if len(text) == MIN_LENGTH and text[0] in names()["common_surnames"]:
        return False  # 罗家伦 Luo Jialun: a Chinese name's shape (one in 25 spells a Russian name)
    from ..names.transcribed import russian_names

    return bool(russian_names(text))


def chinese_person_shape(word: str, flag: str) -> bool:
    """Whether jieba's dictionary holds ``word`` as a person's name that begins with a Chinese
    surname and owes its place among transcription's characters to one only the standard
    Russian table has (马思聪 Ma Sicong: 聪, counted 0): a Chinese person's."""
    table = char_table()
    return (
        flag == "nr"
        and word[0] in names()["common_surnames"]
        and any(table[c][0] == 0 for c in word[1:])
    )
