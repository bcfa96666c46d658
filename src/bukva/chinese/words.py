"""From Hanzi to words: segmentation, names, places, numbers, each word with its readings.

Every romanization of Chinese bukva writes starts from this analysis; the systems differ only in
how they spell a syllable and how they join and capitalise words.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from functools import cache
from pathlib import Path

from ..engine.deadline import check as deadline_check
from .capitals import mark_countries, mark_dynasties
from .readings import readings
from .script import is_han, simplified
from .word import (
    ETHNIC,
    KNOWN,
    NUMBER,
    ORG,
    OTHER,
    PERSON,
    PLACE,
    PROPER,
    WORD,
    Word,
)

DATA = Path(__file__).resolve().parent.parent / "data"


@cache
def names() -> dict:
    with open(DATA / "zh-names.toml", "rb") as f:
        data = tomllib.load(f)
    data["common_surnames"] = set(data["common_surnames"]["chars"].replace("\n", ""))
    data["dynasties"] = set(data["dynasties"]["chars"])
    data["ethnic_groups"] = set(data["ethnic_groups"]["names"])
    data["features_short"] = set(data["features_short"]["names"])
    return data


@cache
def common_words() -> frozenset[str]:
    """Ordinary words jieba tags as names (明白, 陆军, 朴素); data/zh-common-words.txt."""
    with open(DATA / "zh-common-words.txt", encoding="utf-8") as f:
        return frozenset(line.strip() for line in f if not line.startswith("#"))


TITLES = frozenset(  # words after a surname that make it one: 曾先生 Zeng xiansheng
    "先生 女士 小姐 夫人 太太 老师 同志 同学 师傅 教授 博士 将军 主席 总理 部长 大使 氏".split()
)
# parts of speech that make a dictionary word an ordinary word even where CC-CEDICT also has a
# place of that name (友好 a, 发展 v): adjectives, verbs, adverbs, conjunctions, pronouns ...
_WORD_FLAGS = frozenset("a ad an v vd vn d c p r u m q".split())
COMMON_FLAGS = frozenset("n v vn a ad an d r m q p c f t u ul uj".split())  # jieba's tags
# what may follow a compound surname (x: a character the tagger has no states for, 卨)
NAME_FLAGS = ("nr", "nrfg", "nrt", "nz", "yg", "ng", "g", "x")


@cache
def lc_names() -> dict[str, list[tuple[list[str], bool]]]:
    """LC's proper names: hanzi → written words, each (syllables, capitalised)."""
    out = {}
    with open(DATA / "zh-lc-names.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            hanzi, grouped = line.rstrip("\n").split("\t")
            out[hanzi] = [
                ([s.lower() for s in w.split("-")], w[:1].isupper()) for w in grouped.split(" ")
            ]
    return out


@cache
def cedict_names() -> dict[str, tuple[str, list[str], list[int]]]:
    """CC-CEDICT's persons and places: hanzi → (role, readings, word sizes)."""
    out = {}
    with open(DATA / "zh-cedict-names.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            hanzi, role, reading, groups = line.rstrip("\n").split("\t")
            out[hanzi] = (role, reading.split(), [int(g) for g in groups.split(",")])
    return out


# -- numbers ---------------------------------------------------------------------------------

_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "萬": 10_000, "亿": 10**8, "億": 10**8}
_NUMERAL = re.compile("[零〇一二两兩三四五六七八九十百千万萬亿億]+")


def numeral_value(text: str) -> int | None:
    """一九四九 → 1949 (digit by digit), 二十三 → 23, 一千二百三十四 → 1234."""
    if all(c in _DIGITS for c in text):
        return int("".join(str(_DIGITS[c]) for c in text))
    total, section, digit = 0, 0, 0
    for c in text:
        if c in _DIGITS:
            digit = _DIGITS[c]
        elif c in ("万", "萬", "亿", "億"):
            section = (section + digit) * _UNITS[c]
            total += section
            section, digit = 0, 0
        else:
            section += (digit or 1) * _UNITS[c]
            digit = 0
    return total + section + digit


def _number_spans(text: str) -> list[tuple[int, int, str]]:
    """Numerals that catalogs write in Arabic figures: dates, ordinals, years, ranges."""
    out: list[tuple[int, int, str]] = []
    for m in _NUMERAL.finditer(text):
        s, e = m.start(), m.end()
        run = m.group()
        before = text[s - 1] if s else ""
        after = text[e] if e < len(text) else ""
        digit_style = (
            len(run) >= 2
            and all(c in _DIGITS for c in run)
            and ("零" in run or "〇" in run or after == "年" or len(run) == 4)
        )
        ranged = before in ("至", "到", "-", "－", "~") and out and out[-1][1] == s - 1
        # 月, 日: a date; 年 only after a year written digit by digit (一九四九年), since
        # 二十年 is as often "twenty years" as a reign year
        if before == "第" or (after and after in "月日号號") or digit_style or ranged:
            value = numeral_value(run)
            if value is not None:
                out.append((s, e, str(value)))
    return out


# -- segmentation ----------------------------------------------------------------------------


@cache
def _posseg():
    from .lexicon import _jieba

    _jieba()
    import jieba.posseg

    return jieba.posseg


def _lc_matches(simp: str, original: str) -> dict[int, tuple[int, list]]:
    """Longest LC proper-name matches, by start offset."""
    table = lc_names()
    longest = 12
    out = {}
    i = 0
    while i < len(simp):
        for n in range(min(longest, len(simp) - i), 1, -1):
            hit = table.get(original[i : i + n]) or table.get(simp[i : i + n])
            if hit and sum(len(s) for s, _ in hit) == n:
                out[i] = (n, hit)
                i += n - 1
                break
        i += 1
    return out


@cache
def _foreign_hanzi() -> dict[str, list[str]]:
    """The Chinese transcriptions of foreign names and places the period's gazetteer knows
    (赫鲁晓夫, 伏罗希洛夫, 海参崴) and CC-CEDICT's foreign names (奥斯丁 "Austin (name)"), with
    their syllables: CC-CEDICT's reading where it has the word, else [] (read in context)."""
    from ..names.gazetteer import _load

    entries, forms = _load()
    out: dict[str, list[str]] = {}
    persons = cedict_names()
    for hanzi, (role, syllables, _groups) in persons.items():  # 奥斯丁 Austin (name)
        if role == "foreign" and simplified(hanzi) == hanzi:
            out[hanzi] = [r.rstrip("12345") for r in syllables]
    for spellings in forms.values():
        for eid, hanzi, system in spellings:
            if system != "hanzi" or entries[eid].origin != "ru":
                continue
            if len(hanzi) >= 2 and all(is_han(c) for c in hanzi):
                known = persons.get(hanzi)
                out[hanzi] = (
                    [r.rstrip("12345") for r in known[1]] if known else _phrase_syllables(hanzi)
                )
    return out


def _phrase_syllables(hanzi: str) -> list[str]:
    """pypinyin's reading of a whole word from its phrase table (海参崴 hai shen wai: the 参 of
    海参), or [] to read it in context."""
    from pypinyin import Style, lazy_pinyin

    out = lazy_pinyin(hanzi, style=Style.NORMAL, v_to_u=True)
    return out if len(out) == len(hanzi) and all(x.isalpha() for x in out) else []


def _foreign_names(simp: str) -> dict[int, tuple[int, list]]:
    """Longest gazetteer matches of foreign names in characters, by start offset, each one
    written word (LC-style hit: one part, capitalised)."""
    table = _foreign_hanzi()
    if not table:
        return {}
    longest = max(map(len, table))
    out = {}
    i = 0
    while i < len(simp):
        for n in range(min(longest, len(simp) - i), 1, -1):
            piece = simp[i : i + n]
            if piece in table:
                syllables = table[piece] or [None] * n
                out[i] = (n, [(syllables, True)])
                i += n - 1
                break
        i += 1
    return out


def _split_person(text: str) -> int:
    """Length of the surname at the start of a personal name (2 for 司马, 欧阳, ...)."""
    data = names()
    if len(text) >= 3 and text[:2] in data["compound_surnames"]:
        return 2
    return 1


def _place_groups(simp: str, split: int) -> list[int]:
    """The written words of a place with its generic: the name, the ethnic groups an
    autonomous area is named for, the generic (伊通满族自治县 Yitong Manzu Zizhixian, 保亭黎族
    苗族自治县 Baoting Lizu Miaozu Zizhixian: LC's guidelines and GB/T 16159 alike)."""
    peoples = sorted(names()["ethnic_groups"], key=len, reverse=True)
    name, tail = simp[:split], []
    while True:
        hit = next((p for p in peoples if name.endswith(p) and len(name) - len(p) >= 2), None)
        if hit is None:
            break
        tail.insert(0, len(hit))
        name = name[: -len(hit)]
    return [len(name), *tail, *([len(simp) - split] if split < len(simp) else [])]


_NOT_A_DISTRICT = frozenset("社区 市区 郊区 景区 灾区 特区 辖区 片区 园区 校区 小区 城区".split())


def _generic_split(text: str, role: str) -> int | None:
    """Where a place's generic term begins (北京|市, 峨眉|山), or None (东北地区: 地区 is
    "region", not a district called 东北地)."""
    data = names()
    if text[-2:] in _NOT_A_DISTRICT:
        return None
    for table, min_rest in ((data["place_generics"], 1), (data["feature_generics"], 2)):
        for generic in sorted(table, key=len, reverse=True):
            rest = len(text) - len(generic)
            if text.endswith(generic) and (
                rest
                >= min_rest + (1 if len(generic) == 1 and table is data["place_generics"] else 0)
                or text in data["features_short"]
            ):
                return rest
    return None


@cache
def _hmm_chars() -> frozenset[str]:
    """Characters jieba's tagging HMM has states for; any other one would make its Viterbi
    consider every state (about 250) at each step, thousands of times slower per character."""
    from jieba.posseg.char_state_tab import P

    return frozenset(P)


_LONG_RUN = 200  # characters without punctuation handed to the tagger at most at once


def _tagger_pieces(simp: str) -> list[tuple[int, int, bool]]:
    """(start, end, tag) pieces: characters the tagger's HMM does not know, and a character
    repeated more than _REPEAT times in a row, stand alone (tag False); no piece runs longer
    than _LONG_RUN characters. So the tagger's cost per character is bounded on any input (a
    page of one character, random rare Hanzi): its Viterbi costs the square of a character's
    states at each step, and a run of one character is no word it could find."""
    known = _hmm_chars()
    out: list[tuple[int, int, bool]] = []
    start = 0
    i = 0
    n = len(simp)
    while i < n:
        ch = simp[i]
        j = i + 1
        while j < n and simp[j] == ch:
            j += 1
        alone = is_han(ch) and (ch not in known or j - i > _REPEAT)
        if alone:
            if i > start:
                out.append((start, i, True))
            out += [(k, k + 1, False) for k in range(i, j)]
            start = j
        elif j - start > _LONG_RUN:
            if i > start:
                out.append((start, i, True))
                start = i
            while j - start > _LONG_RUN:  # one character repeated within the bound
                out.append((start, start + _LONG_RUN, True))
                start += _LONG_RUN
        i = j
    if start < n:
        out.append((start, n, True))
    return out


_REPEAT = 3  # a character repeated more often than this is read character by character


def _words(simp: str) -> list[tuple[int, int, str]]:
    """jieba's words with their part-of-speech flags, as offsets."""
    out = []
    cut = _posseg().cut
    tags, known = _posseg().dt.word_tag_tab, _hmm_chars()
    for start, end, tag in _tagger_pieces(simp):
        if not tag:  # a repeated character keeps its dictionary tag; an unknown one has none
            ch = simp[start:end]
            out.append((start, end, tags.get(ch, "x") if ch in known else "x"))
            continue
        pos = start
        for pair in cut(simp[start:end]):
            deadline_check()
            out.append((pos, pos + len(pair.word), pair.flag))
            pos += len(pair.word)
    return out


def analyze(
    text: str, catalog: bool = False, persons: dict[int, tuple[int, int]] | None = None
) -> list[Word]:
    """The words of ``text``, each with its role and one reading per character
    (``catalog``: with the readings LC's table fixes). ``persons`` names spans the caller knows
    to be personal names (a name heading, a name beside a role word): start → (length, length of
    the surname)."""
    simp = simplified(text)
    reads = readings(text, catalog=catalog)
    data = names()
    overrides: dict[int, tuple[int, str, object]] = {}
    for s, (n, surname) in (persons or {}).items():
        overrides[s] = (n, PERSON, surname)
    for s, e, value in _number_spans(simp):
        if not any(s <= k < e for k in overrides):
            overrides[s] = (e - s, NUMBER, value)
    words: list[Word] = []
    tokens = _words(simp)
    ends = [e for _, e, _ in tokens]
    names_here = cedict_names()
    for s, (n, hit) in _foreign_names(simp).items():  # 赫鲁晓夫: one word, never Chinese
        if not any(s <= k < s + n for k in overrides):
            overrides[s] = (n, PROPER, hit)
    for s, (n, hit) in _lc_matches(simp, text).items():
        if any(s <= k < s + n for k in overrides):
            continue
        # an LC name may end inside a common word or an organisation's name (中国|共产党),
        # never inside a personal name or a place jieba or CC-CEDICT knows
        t = bisect_right(ends, s + n - 1)
        tstart, tend, tflag = tokens[t]
        if tend != s + n and (tflag.startswith(("nr", "ns")) or simp[tstart:tend] in names_here):
            continue
        overrides[s] = (n, PROPER, hit)
    starts = sorted(overrides)
    i = 0
    while i < len(simp):
        deadline_check()
        if i in overrides:
            n, role, payload = overrides[i]
            w = Word(i, i + n, text[i : i + n], role, reads[i : i + n])  # type: ignore[arg-type]
            if role == NUMBER:
                w.value = payload  # type: ignore[assignment]
            elif role == PERSON:  # a name the caller knows: surname and given name
                _as_person(w, payload, data)  # type: ignore[arg-type]
                w.flag = KNOWN
            else:  # an LC proper name: its word division and capitals, our tones
                hit: list = payload  # type: ignore[assignment]
                w.syllables = _with_tones([s for part, _ in hit for s in part], reads[i : i + n])
                w.groups = [len(part) for part, _ in hit]
                w.caps = [cap for _, cap in hit]
            words.append(w)
            i += n
            continue
        _, end, flag = tokens[bisect_right(ends, i)]
        end = min([end, *(o for o in starts if o > i)])
        words.extend(_classify(text[i:end], simp[i:end], i, flag, reads[i:end], data, catalog))
        i = end
    return _merge(words, catalog)


def _as_person(w: Word, surname: int, data: dict) -> None:
    """Make ``w`` a personal name: surname (its surname reading: 曾 Zeng, 单 Shan) and given
    name, each a capitalised written word."""
    w.groups = [surname, len(w.text) - surname] if len(w.text) > surname else [len(w.text)]
    w.caps = [True] * len(w.groups)
    if surname == 2 and w.text[:2] in data["compound_surnames"]:
        w.syllables[:2] = data["compound_surnames"][w.text[:2]].split()
    elif surname == 1 and w.text[0] in data["surnames"]:
        w.syllables[0] = data["surnames"][w.text[0]]


def _with_tones(lc_syllables: list[str], reads: list[str | None]) -> list[str]:
    """LC's syllables for a name, with the tone our reading gives where the syllable agrees."""
    from .syllables import split_tone

    out = []
    for syl, r in zip(lc_syllables, reads, strict=False):
        if syl is None:  # no fixed syllable: the reading in context
            out.append(r or "")
        elif r and split_tone(r)[0] == syl:
            out.append(r)
        else:
            out.append(syl + "5")
    return out


def _classify(
    piece: str, simp: str, start: int, flag: str, reads: list, data: dict, catalog: bool = False
):
    end = start + len(piece)
    if not any(is_han(c) for c in piece):
        return [Word(start, end, piece, OTHER)]
    if not all(is_han(c) for c in piece):  # mixed: split into runs
        out = []
        for m in re.finditer(r"[^\W\d_]+|\d+|\W+|_+", piece):
            sub = m.group()
            s = start + m.start()
            if all(is_han(c) for c in sub):
                out.append(Word(s, s + len(sub), sub, WORD, reads[m.start() : m.end()]))
            else:
                out.append(Word(s, s + len(sub), sub, OTHER))
        return out
    w = Word(start, end, piece, WORD, list(reads))
    w.flag = flag
    known = cedict_names().get(piece) or cedict_names().get(simp)
    if known and (known[0] == "term" or (catalog and known[0] == "building")):
        # a book, a period (and in catalogs a palace, a hall, a museum): an ordinary word, with
        # CC-CEDICT's readings
        w.syllables = list(known[1])
    elif (
        catalog
        and flag in ("ns", "nr")
        and len(simp) >= 3
        and simp[-1] in _BUILDINGS
        and not _generic_split(simp, flag)
    ):
        pass  # 故宫博物院, 颐和园: buildings and institutions stay syllable by syllable in LC
    elif known and known[0] == "proper" and flag in _WORD_FLAGS and simp in _posseg().dt.FREQ:
        w.syllables = list(known[1])  # 友好 "friendly" to jieba, a district to CC-CEDICT: a word
    elif known:
        role, syllables, groups = known
        w.role = PERSON if role == "person" else PROPER
        split = _generic_split(simp, "ns") if role != "person" and groups == [len(piece)] else None
        if split:  # 板橋市 Banqiao Shi: the generic apart and capitalised, as LC writes it
            groups = _place_groups(simp, split)
        w.syllables, w.groups, w.caps = list(syllables), list(groups), [True] * len(groups)
    elif simp in data["ethnic_groups"] or piece in data["ethnic_groups"]:
        w.role, w.groups, w.caps = ETHNIC, [len(piece)], [True]
    elif len(simp) == 2 and simp[1] == "氏" and simp[0] in data["common_surnames"]:
        w.role, w.groups, w.caps = PERSON, [1, 1], [True, False]  # 王氏 Wang shi (a clan)
        if piece[0] in data["surnames"]:
            w.syllables[0] = data["surnames"][piece[0]]
    elif simp in common_words() or piece in common_words():
        pass  # jieba tags it as a name, CC-CEDICT knows it as a word: 陆军, 朴素, 明白
    elif piece in data["compound_surnames"]:  # alone: 东方 is also "the east"; see _merge
        w.syllables = data["compound_surnames"][piece].split()
    elif piece[:2] in data["compound_surnames"] and flag == "ns" and 3 <= len(piece) <= 4:
        w.role, w.groups, w.caps = PERSON, [2, len(piece) - 2], [True, True]  # 夏侯惇 (ns)
        w.syllables[:2] = data["compound_surnames"][piece[:2]].split()
    elif (
        flag in ("nr", "nrfg")
        and len(piece) >= 2
        and (
            piece[0] in data["common_surnames"]
            or piece[0] in data["surnames"]
            or piece[:2] in data["compound_surnames"]
        )
    ):
        n = _split_person(piece)
        w.role = PERSON
        w.groups = [n, len(piece) - n] if len(piece) > n else [n]
        w.caps = [True, piece[n:] not in TITLES][: len(w.groups)]  # 欧阳先生 Ouyang xiansheng
        if n == 2:
            w.syllables[:2] = data["compound_surnames"][piece[:2]].split()
        elif piece[0] in data["surnames"]:
            w.syllables[0] = data["surnames"][piece[0]]
    elif flag == "nrt" and len(piece) >= 2 and piece[0] not in _DIGITS:  # not 四万人
        w.role, w.groups, w.caps = PROPER, [len(piece)], [True]
    elif flag == "nt":
        w.role = ORG
    elif flag == "ns":
        split = _generic_split(simp, flag)
        w.role = PLACE
        w.groups = _place_groups(simp, split or len(simp))  # 伊通 | 满族 (| 自治县)
        w.caps = [True] * len(w.groups)
    return [w]


# the last character of a building's or an institution's name (殿 hall, 宫 palace, 院, 园 ...)
_BUILDINGS = frozenset("殿宫宮院园園寺庙廟楼樓阁閣馆館塔桥橋陵墓祠观觀堂亭斋齋")
ORG_ENDINGS = (
    "出版社",
    "出版公司",
    "书局",
    "书店",
    "书社",
    "印书馆",
    "委员会",
    "研究所",
    "研究院",
    "研究中心",
    "学院",
    "大学",
    "图书馆",
    "博物馆",
    "档案馆",
    "公司",
    "协会",
    "学会",
    "编辑部",
    "报社",
    "杂志社",
    "编委会",
    "出版集团",
    "文化基金会",
    "政府",
    "制片厂",
    "印刷厂",
    "印刷所",
    "出版部",
    "出版中心",
    "研究会",
    "研究室",
    "编译馆",
    "书屋",
    "电视台",
    "广播电台",
    "报馆",
    "联合会",
    "日报",
    "晚报",
    "晨报",
    "时报",
    "周报",
    "学报",
    "画报",
    "月刊",
    "周刊",
    "季刊",
    "杂志",
)
ROLE_CHARS = "著编撰辑译注校述主"


def _merge(words: list[Word], catalog: bool = False) -> list[Word]:
    """Join what jieba split but the romanization rules treat as one, and mark what the rules
    treat specially: a place and the generic term after it (广州 + 市 → Guangzhou Shi), a name
    cut short by jieba (李洪 + 财著 → 李洪财 著), dynasties, the words of an organisation's name."""
    data = names()
    out: list[Word] = []
    for w in words:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.role == OTHER
            and w.role == OTHER
            and prev.end == w.start
            and not _cjk_punct(prev.text)
            and not _cjk_punct(w.text)
        ):
            prev.end, prev.text = w.end, prev.text + w.text  # Latin text stays one piece
            continue
        if (
            prev is not None
            and len(prev.text) == 1
            and (
                (prev.role == WORD and prev.flag == "nr" and prev.text in data["common_surnames"])
                or (
                    prev.role in (WORD, PLACE)
                    and prev.text in data["surnames"]
                    and w.flag in ("nr", "nrfg")
                )
            )  # 周 (nr) + 阿根; 曾 (an adverb to jieba), 华 (China) + 志强 (a given name)
            and w.role in (WORD, PROPER, PLACE)
            and w.flag[:2] in ("nr", "ns", "nz")
            and 1 <= len(w.text) <= 2
            and prev.end == w.start
            and w.text not in common_words()
        ):  # 周 + 阿根: a name jieba cut in two
            prev.role, prev.end, prev.text = PERSON, w.end, prev.text + w.text
            prev.syllables = [data["surnames"].get(prev.text[0], prev.syllables[0]), *w.syllables]
            prev.groups, prev.caps = [1, len(w.text)], [True, True]
            continue
        if (
            prev is not None
            and prev.role == WORD
            and prev.text in data["compound_surnames"]
            and w.role == WORD
            and w.flag in NAME_FLAGS
            and 1 <= len(w.text) <= 2
            and prev.end == w.start
        ):  # 万俟 + 卨: a compound surname and the given name jieba left apart
            prev.role, prev.end, prev.text = PERSON, w.end, prev.text + w.text
            prev.syllables = [*data["compound_surnames"][prev.text[:2]].split(), *w.syllables]
            prev.groups, prev.caps = [2, len(w.text)], [True, True]
            continue
        if (
            prev is not None
            and prev.role == WORD
            and w.text in TITLES
            and (prev.text in data["compound_surnames"] or prev.text in data["common_surnames"])
            and prev.syllables[:1] == [data["surnames"].get(prev.text, prev.syllables[0])]
        ):  # 曾 + 先生: a surname before a title is a name
            prev.role, prev.groups, prev.caps = PERSON, [len(prev.text)], [True]
        if (
            prev is not None
            and w.role == WORD
            and w.text in data["place_generics"]
            and prev.end == w.start
            and (
                prev.role in (PLACE, PROPER)
                or (
                    prev.role == WORD
                    and 2 <= len(prev.text) <= 4
                    and len(w.text) == 1
                    and prev.flag not in COMMON_FLAGS  # 著名演员 + 区: not a district
                )
            )
        ):
            if prev.role == WORD:
                prev.role, prev.groups, prev.caps = PLACE, [len(prev.text)], [True]
            prev.end = w.end
            prev.text += w.text
            prev.syllables = prev.syllables + w.syllables
            if len(prev.groups) == 1:  # 伊通满族 + 自治县: the people apart too
                prev.groups = _place_groups(simplified(prev.text), len(prev.text) - len(w.text))
            else:
                prev.groups = [*prev.groups, len(w.text)]
            prev.caps = [True] * len(prev.groups)
            continue
        if (
            prev is not None
            and prev.role == PERSON
            and prev.flag != KNOWN
            and len(prev.text) == 2
            and w.role == WORD
            and len(w.text) == 2
            and w.text[1] in ROLE_CHARS
            and prev.end == w.start
        ):
            prev.end += 1
            prev.text += w.text[0]
            prev.syllables = [*prev.syllables, w.syllables[0]]
            prev.groups = [prev.groups[0], prev.groups[-1] + 1] if len(prev.groups) > 1 else [1, 2]
            prev.caps = [True, True]
            w = Word(w.start + 1, w.end, w.text[1:], WORD, w.syllables[1:])
        out.append(w)
    mark_dynasties(out, data["dynasties"])
    if catalog:
        mark_countries(out)
    _mark_organizations(out, catalog)
    return out


def _cjk_punct(text: str) -> bool:
    return any(
        "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef" or c in "“”‘’《》…—·" for c in text
    )


# jieba's tags of words no organisation's name runs back through: pronouns, prepositions,
# conjunctions, particles (他在 ... 图书馆: "he is at" is not part of the library's name; a
# verb can be: 出版社, 传播有限公司)
CLAUSE_FLAGS = frozenset("r rr rz p c u uj ul uz ug uv y e".split())


def _mark_organizations(words: list[Word], catalog: bool = True) -> None:
    """The words from the last break up to an ending like 出版社 name an organisation (the
    ending may be split across jieba's words: 物理学 | 会); outside catalogs a word jieba tags
    as an organisation (nt) ends one too."""
    simp_end = [simplified(w.text) for w in words]
    for k, w in enumerate(words):
        if w.role == OTHER:
            continue
        joined = simp_end[k - 1] + simp_end[k] if k and words[k - 1].end == w.start else ""
        if not (
            simp_end[k].endswith(ORG_ENDINGS)
            or (
                joined
                and joined.endswith(ORG_ENDINGS)
                and not simp_end[k - 1].endswith(ORG_ENDINGS)
            )
            or (not catalog and w.role == ORG)
        ):
            continue
        first = k
        while (
            first > 0
            and words[first - 1].role != OTHER
            and words[first - 1].end == words[first].start
            and words[first - 1].flag not in CLAUSE_FLAGS
        ):
            first -= 1
        for j in range(first, k + 1):
            words[j].org = True
        words[first].lead = True
