"""Japanese persons' names in Chinese text: the family name and the given name each a word,
in the characters' Chinese readings: 吉田茂 Jitian Mao, 鸠山一郎 Jiushan Yilang, not a Chinese
surname and the rest (Ji Tianmao). GB/T 16159-2012 writes a name of another language by its
own romanization and allows the pinyin of its characters; bukva, which does not read kanji in
Japanese, writes the pinyin, family and given name apart as 6.3.1 writes a Chinese person's.
Family names from CC-CEDICT (data/zh-japanese-surnames.tsv, built by
tools/build_zh_japanese_surnames.py); a name CC-CEDICT lists is divided as it divides it."""

from __future__ import annotations

from functools import cache

from .lexicons import DATA, TITLES, cedict_names, common_words, names, one_char_generics
from .tagger import COMMON_COUNT, dictionary
from .word import OTHER, PERSON, Word

_ROLES = "著编译撰"  # a credit's role after a name, as a title after one
# what no given name holds and what ends a name: particles, prepositions, verbs of speech and
# movement, locatives, likeness (般, 似), 人 (石田人 "a native of Shitian"), a credit's role
# (竹内实著: Takeuchi Minoru, "wrote")
_NOT_GIVEN = frozenset(
    "的了是在有和与及对向把被给为于说也都就还又很不没这那其之等上下里中内外访率来去到般似样人"
    + _ROLES
)
_PLACE_FIRST = frozenset("市县区省町村")  # a place's generic after the name: 山口 | 市南部
SEEN_WORD = 20  # jieba's count from which a word of two characters is a word, not a given name
_NAME_FLAGS = frozenset(("nr", "nrfg"))
_FUNCTION = frozenset("c p u uj ul uz ug y r d".split())  # jieba's tags of function words
# jieba's count from which a family name that is also a place or a word (和田 Hotan, 中山,
# 清水 "clear water") begins no name jieba made up (和田螺: 和 | 田螺 "and river snails")
PLACE_OR_WORD = 100


@cache
def _rows() -> list[list[str]]:
    with open(DATA / "zh-japanese-surnames.tsv", encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip() and line[0] != "#"]


@cache
def japanese_surnames() -> frozenset[str]:
    """The family names, none that is also a Chinese compound surname (司马)."""
    compound = names()["compound_surnames"]
    return frozenset(r[0] for r in _rows() if len(r) == 3 and r[0] not in compound)


@cache
def whole_persons() -> dict[str, int]:
    """The period's persons whose family name is one character (岸信介, Kishi Nobusuke: 岸 is
    a Chinese word and surname too), known whole: name → the family name's length."""
    return {r[0]: int(r[3]) for r in _rows() if len(r) == 4}


@cache
def family_heads() -> frozenset[str]:
    """The first two characters of every family name and whole person (where one may begin)."""
    return frozenset(name[:2] for name in (*japanese_surnames(), *whole_persons()))


def japanese_persons(simp: str, tokens: list[tuple[int, int, str]]) -> dict[int, tuple[int, int]]:
    """Japanese persons' names in ``simp`` by start: (length, family name's length). A family
    name beginning one of jieba's words and a given name of two, three or one characters
    ending another (鸠山 | 一郎, 币原 | 喜 | 重郎, 犬 | 养毅, 德田球 | 一), no word jieba has
    met, where the name ends there (the text ends, or a particle, a verb of speech, a title
    follows); or else a word jieba tags a person's name that begins with a family name
    (中曾根康弘). The caller asks only of a text where a family name may begin
    (:func:`family_heads`)."""
    family_names = japanese_surnames()
    ends = {b for _, b, _ in tokens}
    out: dict[int, tuple[int, int]] = {}
    for name, family in whole_persons().items():  # 岸信介: An Xinjie
        at = simp.find(name)
        while at != -1:
            out[at] = (len(name), family)
            at = simp.find(name, at + len(name))
    for k, (a, b, flag) in enumerate(tokens):
        family = next((n for n in (3, 2) if simp[a : a + n] in family_names), 0)
        if not family or (b < a + family and (flag in _FUNCTION or simp[a] in _NOT_GIVEN)):
            continue  # 和 | 田螺 "and river snails": no Wada
        size = _given(simp, a, family, tokens[k:], ends)
        if size:  # 鸠山 | 一郎: Jiushan Yilang; 德田球 (nr) | 一: Detian Qiuyi
            out[a] = (family + size, family)
        elif b > a + family and _named_whole(simp[a:b], family, flag):
            out[a] = (b - a, family)  # 吉田茂 (nr) 首相: Jitian Mao
    return out


def _named_whole(word: str, family: int, flag: str) -> bool:
    """Whether a word of jieba's that begins with a family name is a Japanese person's name:
    a person's to jieba, a given name of one to three characters, none of them a particle
    (金子般 "like gold"), no entry of CC-CEDICT's or common word, the family name no place
    or word jieba has met often."""
    freq, tags = dictionary()[0].FREQ, dictionary()[1]
    head = word[:family]
    if tags.get(head, "nr") not in (*_NAME_FLAGS, "nrt") and freq.get(head, 0) >= PLACE_OR_WORD:
        return False  # 和田 (Hotan, nz) | 螺: no Wada; 清水, 金子 "gold"
    given = word[family:]
    # 人 ends a given name of two (池田勇人) in a name of jieba's, as no native of a place does
    # (石田人, "a native of Shitian", is no word of jieba's)
    held = given[:-1] if len(given) >= 2 and given.endswith("人") else given
    return (
        flag in _NAME_FLAGS
        and 1 <= len(given) <= 3
        and not any(c in _NOT_GIVEN for c in held)
        and word not in cedict_names()
        and word not in common_words()
        and freq.get(word, 0) < COMMON_COUNT
    )


def _given(
    simp: str, start: int, family: int, tokens: list[tuple[int, int, str]], ends: set[int]
) -> int:
    """The length of the given name after a family name of ``family`` characters at
    ``start``, 0 if none: two,
    three or one characters ending where a word of jieba's ends, a name's end after them;
    jieba's word the family name ends inside is a name's or a rare one (犬 | 养毅 nr; not 大 |
    平原 "a plain"); the given name no word jieba has met (一郎, 莞尔 met 18 times) but as a
    name, none of jieba's common words inside it (茂 | 首相), one character only in a name of
    jieba's or before a title, no generic (片山区: a district)."""
    freq, tags = dictionary()[0].FREQ, dictionary()[1]
    at = start + family
    inside = next(((a, b, f) for a, b, f in tokens if a < at < b), None)
    if inside is not None:
        a, b, f = inside
        if f not in _NAME_FLAGS and freq.get(simp[a:b], 0) >= SEEN_WORD:
            return 0
    entry = cedict_names()
    for size in (2, 3, 1):
        end = at + size
        given = simp[at:end]
        if len(given) < size or not (end in ends or _glued_after(simp, end, tokens)):
            continue
        if any(c in _NOT_GIVEN or not "\u4e00" <= c <= "\u9fff" for c in given):
            continue
        if (
            given[0] in _PLACE_FIRST
            or any(  # 茂 | 首相: a word of jieba's the name holds
                a >= at and b <= end and b - a >= 2 and freq.get(simp[a:b], 0) >= SEEN_WORD
                for a, b, f in tokens
                if f not in _NAME_FLAGS
            )
        ):
            continue
        known = entry.get(simp[start:end])
        if known is not None and known[0] == "person":  # 近卫 | 文 | 麿: CC-CEDICT's, as
            return size if known[2][:1] == [family] else 0  # it divides it (not 石 | 田明)
        if known is not None or (size == 1 and given in one_char_generics()):
            continue
        if size > 1 and freq.get(given, 0) >= SEEN_WORD and tags.get(given) not in _NAME_FLAGS:
            continue
        titled = any(simp.startswith(t, end) for t in (*TITLES, "首相", "外相", "大使", *_ROLES))
        if size == 1 and not titled and not (inside and inside[1] == end and inside[2] == "nr"):
            continue  # one character: in a name of jieba's (犬 | 养毅) or before a title only
        after = simp[end : end + 1]
        if not after or not "\u4e00" <= after <= "\u9fff" or after in _NOT_GIVEN or titled:
            return size
    return 0


def _glued_after(simp: str, end: int, tokens: list[tuple[int, int, str]]) -> bool:
    """Whether a given name may end at ``end`` inside a word jieba's HMM made up, a particle or
    a preposition after it (乙三向 = 乙三 | 向: 山田乙三向苏军投降, Yamada Otozō surrendered to
    the Soviet army)."""
    if simp[end : end + 1] not in _NOT_GIVEN:
        return False
    freq = dictionary()[0].FREQ
    return any(a < end < b and not freq.get(simp[a:b]) for a, b, _ in tokens)


_AUTHOR_ENDS = frozenset(_ROLES + "等主")  # what follows an author's name in a credit


def japanese_author_end(words: list[Word], k: int) -> int:
    """After [日], "Japan", in a bibliography, a name of three or four characters up to a mark
    or a role (毛里和子：, 竹内实 | 著): a Japanese person's; the index of the word after it, 0 if
    none (a role glued to the name's last character is left alone: no guess where it ends)."""
    end, size = k, 0
    while (
        end < len(words)
        and words[end].role != OTHER
        and words[end].simp[:1] not in _AUTHOR_ENDS
        and (end == k or words[end].start == words[end - 1].end)
    ):
        size += len(words[end].text)
        end += 1
    run = "".join(w.simp for w in words[k:end])
    if end == k or not 3 <= size <= 5 or not all("\u3400" <= c <= "\u9fff" for c in run):
        return 0
    if run[-1] in _AUTHOR_ENDS or (size == 5 and run[:3] not in japanese_surnames()):
        return 0
    if end - k == 1 and words[k].role == PERSON and words[k].groups[:1] in ([2], [3]):
        return 0  # already a name divided as a Japanese one's (吉田茂 is Jitian Mao)
    return end


def japanese_author(parts: list[Word]) -> Word:
    """The words of a Japanese author's name as one person: family name and given name each a
    word, as 6.3.1 writes a person's (Maoli Hezi, Zhunei Shi), the family name of two characters
    (of three where the family names' list begins the name so)."""
    name = Word(parts[0].start, parts[-1].end, "".join(w.text for w in parts), PERSON)
    name.syllables = [s for w in parts for s in w.syllables]
    family = 3 if name.simp[:3] in japanese_surnames() else 2
    name.groups, name.caps = [family, len(name.text) - family], [True, True]
    return name
