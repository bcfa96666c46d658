"""The name tables Chinese analysis reads: surnames and generics, LC's names, CC-CEDICT's
persons and places, foreign names in characters, and the written words of a place name."""

from __future__ import annotations

import tomllib
from functools import cache, lru_cache
from pathlib import Path

from .script import is_han, simplified

DATA = Path(__file__).resolve().parent.parent / "data"
TITLES = frozenset(  # words after a surname that make it one: 曾先生 Zeng xiansheng
    "先生 女士 小姐 夫人 太太 老师 同志 同学 师傅 教授 博士 将军 主席 总理 部长 大使 氏".split()
)
# what names a memorial after a person (鲁迅纪念馆, 孙中山故居, 毛主席纪念堂): with the name,
# a proper name, each word capitalized (GB/T 16159-2012 6.3.6)
MEMORIALS = ("纪念堂", "纪念馆", "故居")
# posts written after a name as titles are, in lower case (GB/T 16159-2012 6.3.1.4: Wang
# buzhang, Tian zhuren), but in jieba's dictionary also after words that are no surname
# (班主任, 系主任, 总书记): after a name, or a surname jieba tags as one, only
POSTS = frozenset(
    "主任 书记 司令 校长 院长 局长 厂长 省长 市长 经理 政委 团长 处长 社长 总统 总司令".split()
)
TITLE_WORDS = TITLES | POSTS  # what may follow a surname as its bearer's title or post


@cache
def zh_catalog() -> dict:
    """data/zh-catalog.toml: role words, countries' syllables, regions' abbreviations."""
    with open(DATA / "zh-catalog.toml", "rb") as f:
        return tomllib.load(f)


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
def institutions() -> dict[str, tuple[int, ...]]:
    """Institutions' names (公安部, 少年先锋队, 统一战线工作部) in simplified characters, each
    with CC-CEDICT's written words as sizes (汉萨同盟: one word; () where the name comes from the
    period gazetteer's organizations, each of their Chinese names): data/zh-institutions.tsv,
    data/zh-state-bodies.tsv (the PRC's ministries of 1949-1958) and the gazetteer."""
    from ..names.gazetteer import _load

    out: dict[str, tuple[int, ...]] = {}
    with open(DATA / "zh-institutions.tsv", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                hanzi, sizes, _gloss = line.split("\t", 2)
                out.setdefault(simplified(hanzi), tuple(int(n) for n in sizes.split(",")))
    with open(DATA / "zh-state-bodies.tsv", encoding="utf-8") as f:  # ministries jieba calls nouns
        for line in f:
            if not line.startswith("#"):
                hanzi, pinyin, _rest = line.split("\t", 2)
                out.setdefault(hanzi, _sizes(pinyin))
    entries, forms = _load()
    orgs = {e.id for e in entries.values() if e.kind == "org"}
    for spellings in forms.values():  # each organisation's Chinese names, short ones too (经互会)
        for eid, form, system in spellings:
            if system == "hanzi" and eid in orgs:
                out.setdefault(simplified(form), ())
    return out


def _sizes(pinyin: str) -> tuple[int, ...]:
    """How many syllables each written word of a name's pinyin has (Di-yi Jixie Gongyebu: 2, 2,
    3)."""
    from .syllables import split_run

    out = []
    for word in pinyin.split():
        plain = word.replace("-", "").replace("'", "").lower()
        out.append(len(split_run(plain) or [plain]))
    return tuple(out)


@cache
def institution_starts() -> frozenset[str]:
    """Every beginning of an institution's name (中, 中国, 中国人 ...): a run of words that is
    none is no name."""
    return frozenset(name[:n] for name in institutions() for n in range(1, len(name) + 1))


@cache
def _cedict_rows() -> dict[str, tuple[str, list[str], list[int]]]:
    out = {}
    with open(DATA / "zh-cedict-names.tsv", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            hanzi, role, reading, groups = line.rstrip("\n").split("\t")
            out[hanzi] = (role, reading.split(), [int(g) for g in groups.split(",")])
    return out


@cache
def cedict_names() -> dict[str, tuple[str, list[str], list[int]]]:
    """CC-CEDICT's persons and places: hanzi → (role, readings, word sizes); a body named
    beside a war (八路军) is a term here, named by GB/T's writer only (``cedict_events``)."""
    return {
        h: ("term", *row[1:]) if row[0] == "body" else row
        for h, row in _cedict_rows().items()
        if row[0] != "event"
    }


@cache
def cedict_events() -> dict[str, tuple[list[str], list[int]]]:
    """CC-CEDICT's named events (文化大革命, 百花运动, 西安事变) and bodies named beside a war
    (八路军): hanzi → (readings, word sizes); only GB/T's writer names them (events.py),
    catalogs write their words."""
    return {h: (row[1], row[2]) for h, row in _cedict_rows().items() if row[0] in ("event", "body")}


@cache
def cedict_transcribed() -> dict[str, list[str]]:
    """CC-CEDICT's foreign names in transcription's characters that its glosses give no kind
    (高加索 Caucasus, 克娄巴特拉 Cleopatra), with CC-CEDICT's readings (的 di in 巴尔的摩
    Baltimore): one word where jieba's words take them whole; unlike the gazetteer's, not
    looked for inside other words (斯拉夫 "Slavic" stays inside 南斯拉夫)."""
    return {
        hanzi: syllables
        for hanzi, (role, syllables, _groups) in cedict_names().items()
        if role == "transcribed" and simplified(hanzi) == hanzi
    }


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
    latin: dict[str, list[str]] = {}  # an entry's pinyin-like spellings (Haishenwai)
    for spellings in forms.values():
        for eid, form, system in spellings:
            if system in ("pinyin", "other") and form.isascii():
                latin.setdefault(eid, []).append(form.lower())
    for spellings in forms.values():
        for eid, hanzi, system in spellings:
            if system != "hanzi" or entries[eid].origin == "zh":
                continue
            if " " in entries[eid].pinyin and hanzi == entries[eid].hanzi:
                continue  # a Chinese name he took (费德林 Fei Delin): read as a Chinese name
            if len(hanzi) >= 2 and all(is_han(c) for c in hanzi):
                known = persons.get(hanzi)
                if known and known[0] == "proper" and len(known[2]) > 1:
                    continue  # 库页岛 Kuye Dao (Sakhalin): CC-CEDICT's words, a Chinese name
                out[hanzi] = (
                    [r.rstrip("12345") for r in known[1]]
                    if known
                    else _spelled(hanzi, [*latin.get(eid, []), entries[eid].pinyin.lower()])
                    or _phrase_syllables(hanzi)
                )
    return out


QUARTERS = frozenset("东西南北")  # the quarters' characters (东德 East Germany, 北越)


@cache
def quarter_places() -> dict[str, list[tuple[list[str], bool]]]:
    """CC-CEDICT's places abroad named by a quarter's character and a short name (北越 North
    Vietnam, 东德, 南美), each one written word with its readings, as ``gazetteer_places``."""
    return {
        hanzi: [(syllables, True)]
        for hanzi, (role, syllables, _groups) in cedict_names().items()
        if role == "abroad" and len(hanzi) == 2 and hanzi[0] in QUARTERS
    }


@cache
def generic_places() -> dict[str, list[tuple[list[str], bool]]]:
    """CC-CEDICT's places written as a name and its generic, the name two characters or more:
    islands, rivers, mountains, straits, peninsulas (黑瞎子岛 Heixiazi Dao, 额尔古纳河 Ergun He,
    鞑靼海峡 Dada Haixia) and districts, counties, cities (西乡塘区 Xixiangtang Qu, 龙子湖区
    Longzihu Qu), each as its written words, as ``gazetteer_places``: read whole where jieba
    cuts the name elsewhere (西乡 | 塘区)."""
    generics = frozenset(names()["feature_generics"]) | frozenset(names()["place_generics"])
    out = {}
    for hanzi, (role, syllables, groups) in cedict_names().items():
        n = groups[-1] if len(groups) == 2 else 0
        if (
            n
            and role in ("proper", "abroad")
            and groups[0] >= 2
            and hanzi[-n:] in generics
            and simplified(hanzi) == hanzi
        ):
            out[hanzi] = [(syllables[:-n], True), (syllables[-n:], True)]
    return out


@cache
def one_char_generics() -> frozenset[str]:
    """Places' and features' generic terms of one character (市, 县, 村, 山, 河)."""
    data = names()
    tables = (data["place_generics"], data["feature_generics"])
    return frozenset(g for table in tables for g in table if len(g) == 1)


def _pinyin_letters(pinyin: str) -> bool:
    """Whether a gazetteer's pinyin is in plain letters (and ü: Lüda), no tone marks."""
    return pinyin.replace("ü", "u").replace("Ü", "U").isascii()


def _spelled_words(pinyin: str, syllables: list[str]) -> list[list[str]]:
    """The syllables grouped as ``pinyin`` writes its words (Zhenbao Dao: [zhen, bao], [dao]);
    [] where the words do not take the syllables whole."""
    groups: list[list[str]] = []
    rest = list(syllables)
    if not rest:
        return []
    for word in pinyin.lower().replace("-", " ").split():
        letters = word.replace("'", "")
        group: list[str] = []
        while rest and letters:
            base = rest[0].rstrip("12345")
            if not letters.startswith(base):
                return []
            letters = letters[len(base) :]
            group.append(rest.pop(0))
        if letters or not group:
            return []
        groups.append(group)
    return groups if not rest else []


def _spelled(hanzi: str, forms: list[str], tones: bool = False) -> list[str]:
    """The readings of ``hanzi`` that one of the entry's pinyin spellings spells out (海参崴 and
    Haishenwai: hai shen wai, the 崴 of the name; 斯大林格勒 and Sidalingele: lin ge le, not the
    ling e of a greedy cut), or []; ``tones``: each reading with its tone (hui1)."""
    from pypinyin import Style, pinyin

    style = Style.TONE3 if tones else Style.NORMAL
    options = [
        pinyin(c, style=style, heteronym=True, v_to_u=True, neutral_tone_with_five=True)[0]
        for c in hanzi
    ]
    for form in forms:
        found = _align(form.replace("'", "").replace(" ", "").replace("-", ""), options)
        if found:
            return found
    return []


def _align(form: str, options: list[list[str]]) -> list[str] | None:
    """One reading per character, the readings spelling ``form`` in order, or None."""
    if not options:
        return [] if not form else None
    # longest first; of readings as long, the dictionary's order (its commonest first)
    first = dict.fromkeys(options[0])
    for reading in sorted(first, key=lambda r: len(r.rstrip("12345")), reverse=True):
        base = reading.rstrip("12345")  # a reading with its tone (hui1) spells hui
        if form.startswith(base):
            rest = _align(form[len(base) :], options[1:])
            if rest is not None:
                return [reading, *rest]
    return None


def _phrase_syllables(hanzi: str) -> list[str]:
    """pypinyin's reading of a whole word from its phrase table (海参崴 hai shen wai: the 参 of
    海参), or [] to read it in context."""
    from pypinyin import Style, lazy_pinyin

    out = lazy_pinyin(hanzi, style=Style.NORMAL, v_to_u=True)
    return out if len(out) == len(hanzi) and all(x.isalpha() for x in out) else []


def _split_person(text: str) -> int:
    """Length of the surname at the start of a personal name (2 for 司马, 欧阳, ...)."""
    data = names()
    if len(text) >= 3 and text[:2] in data["compound_surnames"]:
        return 2
    return 1


# CC-CEDICT's roles of a place's name (a county's short name, a city's name without its 市, a
# place outside China)
PLACES = ("proper", "short", "city", "abroad")
CHINESE_PLACES = ("proper", "short", "city")

_NOT_A_DISTRICT = frozenset("社区 市区 郊区 景区 灾区 特区 辖区 片区 园区 校区 小区 城区".split())


@cache
def _generics() -> tuple[tuple[tuple[str, ...], int, bool], ...]:
    """The place generics, then the features', each longest first, with the least that must
    stand before one, and whether a one-character one needs a character more."""
    data = names()
    return tuple(
        (tuple(sorted(table, key=len, reverse=True)), least, places)
        for table, least, places in (
            (data["place_generics"], 1, True),
            (data["feature_generics"], 2, False),
        )
    )


@lru_cache(maxsize=65536)
def _generic_split(text: str, role: str) -> int | None:
    """Where a place's generic term begins (北京|市, 峨眉|山), or None (东北地区: 地区 is
    "region", not a district called 东北地)."""
    if text[-2:] in _NOT_A_DISTRICT:
        return None
    short = names()["features_short"]
    for generics, least, places in _generics():
        for generic in generics:
            if not text.endswith(generic):
                continue
            rest = len(text) - len(generic)
            if rest >= least + (1 if len(generic) == 1 and places else 0) or text in short:
                return rest
    return None
