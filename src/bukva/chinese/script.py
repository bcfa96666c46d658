"""Script helpers: which characters are Han, and traditional characters read as simplified."""

from __future__ import annotations

import re
from functools import cache, lru_cache

HAN = re.compile(
    "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef\U00030000-\U000323af]"
)


_HAN_RUN = re.compile(HAN.pattern + "+")
# the characters Chinese numerals are written with (三百五十, 一九四九, 两万)
NUMERALS = frozenset("零〇一二两兩三四五六七八九十百千万萬亿億")


def is_han(ch: str) -> bool:
    return bool(HAN.match(ch))


def all_han(text: str) -> bool:
    """Every character of ``text`` (not empty) is Han."""
    return bool(_HAN_RUN.fullmatch(text))


@cache
def _converter():
    try:
        import opencc
    except ImportError:  # without opencc, traditional text is read as it is
        return None
    return opencc.OpenCC("t2s")


@cache
def _variants() -> dict[str, str]:
    """Variant and old forms → their standard character (硏 → 研), from Unihan
    (data/zh-variants.tsv, built by tools/build_zh_variants.py)."""
    from pathlib import Path

    out = {}
    path = Path(__file__).resolve().parent.parent / "data" / "zh-variants.tsv"
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                variant, standard, _ = line.rstrip("\n").split("\t")
                out[variant] = standard
    return out


# characters GB 2312 holds that the simplified standard keeps for a name only or not at all,
# read in running text as the character it uses everywhere else: 於 is 于 but in the surname Yū
# and 於菟 (通用规范汉字表, 2013, note to 于/於), so traditional text's 於 (屬於, 於是, 於1952年)
# is yú; 後 and 麽 are the traditional forms of 后 and 么 (後來 houlai, 什麽 shenme); 夥 and 菸
# are 伙 and 烟 in their commonest words (合作夥伴 hezuo huoban, 戒菸 jieyan), read the same. Not
# 徵: simplified text keeps it for zhǐ and for names (惠徵), traditional text's 特徵 is tezheng.
# 砲, Taiwan's and older text's form of 炮 (砲擊 paoji, 砲兵), is a variant the table lists under
# 炮, which OpenCC's t2s keeps
STANDARD_FORMS = {"於": "于", "後": "后", "麽": "么", "夥": "伙", "菸": "烟", "砲": "炮"}


@cache
def _simplified_char(ch: str) -> str:
    """A traditional-only character's simplified form (a variant or old form read as its
    standard character first); any character of the simplified standard (GB 2312: 著, 干, 后)
    stays as it is, so simplified text is never rewritten (but for STANDARD_FORMS's)."""
    if ch in STANDARD_FORMS:
        return STANDARD_FORMS[ch]
    try:
        ch.encode("gb2312")
        return ch
    except UnicodeEncodeError:
        pass
    ch = _variants().get(ch, ch)
    conv = _converter()
    if conv is None:
        return ch
    out = conv.convert(ch)
    return out if len(out) == 1 else ch


class _Table(dict):
    """str.translate's table, filled one character at a time as text meets it."""

    def __missing__(self, code: int) -> int:
        self[code] = out = ord(_simplified_char(chr(code)))
        return out


_TABLE = _Table()


def simplified(text: str) -> str:
    """Traditional characters as simplified, one for one (positions stay the same)."""
    return _simplified_word(text) if len(text) <= 16 else _simplified_text(text)  # cached


def _translated(text: str) -> str:
    return text if text.isascii() else text.translate(_TABLE)


_simplified_word = lru_cache(maxsize=65536)(_translated)
# a sentence's, asked for again by the passes over it (the analysis, the readings, the runs)
_simplified_text = lru_cache(maxsize=16)(_translated)
