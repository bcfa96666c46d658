"""Japanese persons' names in Chinese text: the family name and the given name each a word,
read as Chinese reads the characters (GB/T 16159-2012 6.3.1: names of other languages written
in Chinese characters are spelled by their Chinese readings, family name and given name
apart): 吉田茂 Jitian Mao, 鸠山一郎 Jiushan Yilang, not a Chinese surname and the rest (Ji
Tianmao). Family names from CC-CEDICT (data/zh-japanese-surnames.tsv, built by
tools/build_zh_japanese_surnames.py); a name CC-CEDICT or the gazetteer has is theirs."""

from __future__ import annotations

from functools import cache

from .lexicons import DATA, TITLES, cedict_names, common_words, names
from .tagger import COMMON_COUNT, dictionary

# what no given name holds and what ends a name: particles, prepositions, verbs of speech and
# movement, locatives, likeness (般, 似)
_NOT_GIVEN = frozenset(
    "的了是在有和与及对向把被给为说也都就还又很不没这那其之等上下里中内外访率来去到般似样"
)
SEEN_WORD = 20  # jieba's count from which a word of two characters is a word, not a given name
_NAME_FLAGS = frozenset(("nr", "nrfg"))


@cache
def japanese_surnames() -> frozenset[str]:
    """The family names, none that is also a Chinese compound surname (司马)."""
    compound = names()["compound_surnames"]
    with open(DATA / "zh-japanese-surnames.tsv", encoding="utf-8") as f:
        rows = [line.split("\t")[0] for line in f if line.strip() and not line.startswith("#")]
    return frozenset(r for r in rows if r not in compound)


def japanese_persons(simp: str, tokens: list[tuple[int, int, str]]) -> dict[int, tuple[int, int]]:
    """Japanese persons' names in ``simp`` by start: (length, family name's length). A word
    jieba tags a person's name that begins with a family name (吉田茂, 佐藤荣作); or a family
    name jieba holds as a word of its own and the two characters after it, a given name
    where they are no word jieba has met (鸠山 | 一郎, 石原 | 莞尔 "smile", met 18 times) and
    the name ends there (the text ends, or a particle, a verb of speech, a title follows)."""
    table = japanese_surnames()
    if not any(simp[i : i + 2] in table for i in range(len(simp) - 1)):
        return {}
    freq, known = dictionary()[0].FREQ, cedict_names()
    ends = {b for _, b, _ in tokens}
    out: dict[int, tuple[int, int]] = {}
    for a, b, flag in tokens:
        family = next((k for k in (3, 2) if simp[a : a + k] in table), 0)
        if not family:
            continue
        word = simp[a:b]
        if 1 <= len(word) - family <= 3:
            if (
                flag in _NAME_FLAGS
                and not any(c in _NOT_GIVEN for c in word[family:])  # 金子般 "like gold"
                and word not in known
                and word not in common_words()
                and freq.get(word, 0) < COMMON_COUNT
            ):
                out[a] = (len(word), family)  # 吉田茂 (nr): Jitian Mao
            continue
        if len(word) != family or b + 2 not in ends:
            continue
        given = simp[b : b + 2]
        entry = known.get(simp[a : b + 2])
        if entry is not None and entry[0] == "person":  # 近卫 | 文 | 麿: CC-CEDICT's person
            out[a] = (family + 2, family)
            continue
        if (
            entry is not None
            or any(c in _NOT_GIVEN or not "\u4e00" <= c <= "\u9fff" for c in given)
            or (freq.get(given, 0) >= SEEN_WORD and dictionary()[1].get(given) not in _NAME_FLAGS)
        ):
            continue
        after = simp[b + 2 : b + 3]
        if (
            not after
            or not "\u4e00" <= after <= "\u9fff"
            or after in _NOT_GIVEN
            or any(simp.startswith(t, b + 2) for t in (*TITLES, "首相", "外相", "大使"))
        ):
            out[a] = (family + 2, family)  # 鸠山 | 一郎: Jiushan Yilang
    return out
