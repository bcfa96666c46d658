"""Capitals inside words ALA-LC writes apart: dynasties, and countries and peoples.

ALA-LC Romanization Tables, Chinese, "Capitalization": the names of dynasties are capitalized
(Song shi, Qing dai, Han Wei); so are one-syllable names of countries and peoples where they
stand for the country or people inside a compound (抗日 kang Ri, 英语 Ying yu, 中英 Zhong Ying,
中苏 Zhong Su). The country syllables and their contexts are data (data/zh-catalog.toml).
A country's party by its abbreviation (中共, 苏共) is a proper name in both systems.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from .lexicons import cedict_names, zh_catalog
from .script import simplified
from .tagger import dictionary
from .word import OTHER, PLACE, PROPER, WORD, Word

DATA = Path(__file__).resolve().parent.parent / "data"
_OPEN, _CLOSE = "[(（【〔［", "])）】〕］"
_AFTER_DYNASTY = ("史", "代", "朝", "末", "初")  # 宋史 Song shi, 清末 Qing mo
_ONE_WORD = "朝代末初"  # GB/T writes these after a dynasty as one word with it (清朝 Qingchao)
_NOT_ALONE = "周夏"  # dynasties whose 末 and 初 are more often a week's or a summer's


def dynasty_word(text: str, dynasties: set[str]) -> bool:
    """Whether ``text`` is a dynasty and 朝, 代, 末 or 初, one proper noun in GB/T 16159 as the
    dictionary writes 清朝 Qīngcháo (LC writes two: Qing chao); not 周末 "the weekend"."""
    return (
        len(text) == 2
        and text[0] in dynasties
        and text[1] in _ONE_WORD
        and not (text[1] in "末初" and text[0] in _NOT_ALONE)
    )


def mark_dynasties(words: list[Word], dynasties: set[str], catalog: bool = True) -> None:
    """Dynasty names as proper names: 汉魏 Han Wei, 清代 Qing dai, 宋史 Song shi, (宋) Song,
    清乾隆 Qing Qianlong (a dynasty before its reign title), 宋 standing alone. Outside catalogs
    (GB/T 16159) a dynasty and 朝, 代, 末 or 初 are one word: 清朝 Qingchao, 清末 Qingmo."""
    for k, w in enumerate(words):
        if w.role != WORD or w.text[:1] not in dynasties:
            continue
        prev = words[k - 1] if k else None
        nxt = words[k + 1] if k + 1 < len(words) else None
        before = prev.text[-1:] if prev else ""
        after = nxt.text[:1] if nxt else ""
        # a figure before it counts: 100元 "100 yuan", no Yuan dynasty
        alone = (prev is None or (prev.role == OTHER and not before.isdigit())) and (
            nxt is None or nxt.role == OTHER
        )
        if len(w.text) == 2 and all(c in dynasties for c in w.text):  # 汉魏
            w.role, w.groups, w.caps = PROPER, [1, 1], [True, True]
        elif len(w.text) == 2 and w.text[1] in "末初" and w.text[0] in _NOT_ALONE:
            continue  # 周末 "the weekend", 夏末 "late summer", 周初 "early in the week"
        elif len(w.text) == 2 and w.text[1] in _AFTER_DYNASTY:
            whole = not catalog and dynasty_word(w.text, dynasties)  # 宋史 stays Song shi
            w.role, w.groups, w.caps = PROPER, [2] if whole else [1, 1], [True, False][: 2 - whole]
        elif len(w.text) == 1 and (
            (before and after and before in _OPEN and after in _CLOSE)
            or (alone and before not in ("'", '"'))  # the text's start too: "" is in any str
            or (nxt is not None and nxt.start == w.end and nxt.role == PROPER and nxt.groups)
            or (nxt is not None and nxt.start == w.end and nxt.text in _AFTER_DYNASTY)
        ):
            w.role, w.groups, w.caps = PROPER, [1], [True]


@cache
def _countries() -> dict:
    data = dict(zh_catalog()["countries"])
    data["chars"] = frozenset(data["chars"])
    data["after_chars"] = frozenset(data["after_chars"])
    data["never"] = frozenset(data["never"]) | _one_words(data["chars"])
    data["never_sizes"] = sorted({len(x) for x in data["never"]})
    data["pairs"] = tuple(data["pairs"])
    data["pair_firsts"] = frozenset(x[0] for x in data["pairs"])
    data["pair_only"] = frozenset(data["pair_only"])
    data["relations"] = tuple(data["relations"])  # for str.startswith
    data["after_dui"] = (*data["relations"], *data["after_in_word_before"])
    return data


PAIR = "pair"  # the tag of two country syllables read as a pair by what follows them


# jieba's count from which two syllables one of which is a country only in a pair are a word
# or a place of their own (越南 Vietnam 1,532, 巴西 Brazil, 西南, 中南 618), not a pair read from
# what follows (苏南 187, 中古 138, 中巴 68)
PAIR_WORD = 300


def _relation_pair(simp: str) -> bool:
    """Two syllables that are two countries before a word of relations: both in the list, or
    one of them a country only in such a pair (苏 | 南: the USSR and Yugoslavia), the two no
    word of their own: none CC-CEDICT names (南美, 南越), none jieba counts PAIR_WORD times or
    tags other than a place or an abbreviation (法老 pharaoh, 罗汉)."""
    data = _countries()
    chars, only = data["chars"], data["pair_only"]
    if not (
        len(simp) == 2
        and simp[0] != simp[1]
        and (simp[0] in chars or simp[1] in chars)
        and all(c in chars or c in only for c in simp)
        and simp not in data["never"]
    ):
        return False
    if simp[0] in chars and simp[1] in chars:
        return True
    tokenizer, tags = dictionary()
    return (
        tokenizer.FREQ.get(simp, 0) < PAIR_WORD
        and tags.get(simp, "ns") in ("ns", "j")
        and simp not in cedict_names()
    )


def relation_pairs(words: list[Word]) -> list[Word]:
    """Two country syllables right before a word for what passes between two states (关系,
    两国, 边界, 条约, 战争 ...): a pair of countries, whatever jieba made of them (苏德 a person
    Su De, 苏南 southern Jiangsu, 中 | 缅 two words): 苏德关系 Su-De guanxi, 中缅边界 (ALA-LC's
    capitals, GB/T 16159-2012 6.3.3's hyphen). Marked PLACE, its two syllables capitalized,
    tagged PAIR."""
    relations = _countries()["relations"]
    text = "".join(w.simp for w in words)
    if not any(r in text for r in relations):
        return words

    def before_relation(at: int) -> bool:  # jieba may cut the word otherwise (两 | 国签订)
        nxt = words[at] if at < len(words) else None
        return nxt is not None and text.startswith(relations, nxt.start - words[0].start)

    out: list[Word] = []
    k = 0
    while k < len(words):
        w = words[k]
        ahead = words[k : k + 3]
        if (
            len(ahead) == 3
            and len(w.text) == len(ahead[1].text) == 1
            and w.end == ahead[1].start
            and ahead[1].end == ahead[2].start
            and before_relation(k + 2)
            and w.role != OTHER
            and _relation_pair(w.simp + ahead[1].simp)
        ):
            b = ahead[1]
            w = Word(w.start, b.end, w.text + b.text, WORD, w.syllables + b.syllables)
            k += 1
        nxt = words[k + 1] if k + 1 < len(words) else None
        if (  # 苏芬战争, one word (a person) to jieba: the pair, then the word of relations
            len(w.text) >= 3
            and w.role != OTHER
            and w.simp[2:] in relations
            and _relation_pair(w.simp[:2])
        ):
            out += _pair_and_rest(w)
            k += 1
            continue
        if (
            nxt is not None
            and len(w.text) == 2
            and w.role != OTHER
            and w.end == nxt.start
            and before_relation(k + 1)
            and _relation_pair(w.simp)
        ):
            w.role, w.groups, w.caps, w.flag = PLACE, [1, 1], [True, True], PAIR
        out.append(w)
        k += 1
    return out


def _pair_and_rest(w: Word) -> list[Word]:
    """A word that begins with a pair of countries (苏芬战争): the pair, then the rest."""
    pair = Word(w.start, w.start + 2, w.text[:2], PLACE, w.syllables[:2], [1, 1], [True, True])
    rest = Word(w.start + 2, w.end, w.text[2:], WORD, w.syllables[2:])
    pair.flag, rest.flag = PAIR, dictionary()[1].get(rest.simp, "n")
    return [pair, rest]


def country_pair(text: str) -> bool:
    """Two characters that are a pair of country names (中苏, 中美), not a word (华美)."""
    data = _countries()
    pair = simplified(text)
    return (
        len(pair) == 2
        and pair[0] != pair[1]  # 蒙蒙亮: a reduplication, no pair of countries
        and all(c in data["chars"] for c in pair)
        and pair not in data["never"]
    )


def _one_words(chars: frozenset[str]) -> frozenset[str]:
    """Two country syllables that make one word: a place or a period CC-CEDICT writes as one
    word (西藏 Xizang, 华中, 汉朝; data/zh-country-words.txt), or a word jieba's dictionary
    calls an adjective, a verb or an adverb (美满 meiman "happy")."""
    from .tagger import dictionary

    with open(DATA / "zh-country-words.txt", encoding="utf-8") as f:
        words = {line.strip() for line in f if line.strip() and not line.startswith("#")}
    tags = dictionary()[1]
    words |= {
        a + b for a in chars for b in chars if tags.get(a + b, "") in ("a", "ad", "an", "v", "d")
    }
    return frozenset(words)


def verb_and_country(simp: str) -> bool:
    """A verb ALA-LC and GB/T write a country's syllable after (驻, 访, 抗) and the syllable."""
    data = _countries()
    return (
        len(simp) == 2
        and simp[0] in data["after"]
        and simp[1] in data["after_chars"]
        and simp not in data["never"]
    )


def mark_countries(words: list[Word]) -> None:
    """Country and people syllables inside plain words: their positions in ``capital_at``.
    Each run of adjacent Hanzi words is read as one text, so a pair jieba cut in two (中 | 英)
    is still a pair."""
    run: list[Word] = []
    for w in [*words, None]:
        if w is not None and w.role != OTHER and (not run or run[-1].end == w.start):
            run.append(w)
            continue
        if run:
            _mark_run(run)
        run = [w] if w is not None and w.role != OTHER else []


def _word_after(text: str, at: int, starts: set[int]) -> bool:
    """Whether the rest of the word from ``at`` is nothing or a word of jieba's dictionary
    (对华 | 政策 of jieba's 对华政策; not 对 | 华丽)."""
    end = min((s for s in starts if s >= at), default=len(text))
    return end == at or dictionary()[0].FREQ.get(text[at:end], 0) > 0


def _lone_after_dui(run: list[Word], base: int, data: dict) -> set[int]:
    """A country's syllable jieba left a word of its own after 对, before a word of relations,
    war or policy (苏联对日宣战: dui Ri xuanzhan; jieba tags that 日 a date's numeral)."""
    follow = data["after_dui"]
    out: set[int] = set()
    for k in range(1, len(run) - 1):
        w, before, after = run[k], run[k - 1], run[k + 1]
        if (
            len(w.text) == 1
            and w.simp in data["after_chars"]
            and before.simp in data["after_in_word"]
            and after.simp.startswith(follow)
            and not w.groups
        ):
            out.add(w.start - base)
    return out


def _mark_run(run: list[Word]) -> None:
    data = _countries()
    chars, never, sizes = data["chars"], data["never"], data["never_sizes"]
    base = run[0].start
    text = simplified("".join(w.text for w in run))
    if chars.isdisjoint(text) and data["pair_firsts"].isdisjoint(text):
        for w in run:  # no country's syllable here
            w.capital_at = ()
        return
    starts = {w.start - base for w in run}
    long_starts = {w.start - base for w in run if len(w.text) > 1}
    plain = {
        i
        for w in run
        if w.role not in (PROPER, PLACE) and not w.groups and w.flag != "m"  # a date's 日
        for i in range(w.start - base, w.end - base)
    }
    caps: set[int] = set()
    pairs, firsts = data["pairs"], data["pair_firsts"]
    for i, c in enumerate(text):
        if c not in chars and c not in firsts:
            continue
        if c in _AS_COUNTRY and not _read_as_country(run, base + i, c):
            continue  # 馆藏 | 中苏: cang, no Tibet
        if (
            text.startswith(pairs, i)
            and {i, i + 1} <= plain
            and i in starts
            and i + 1 not in long_starts  # 八十一 | 国 | 共产党: no pair begins a longer word
        ):
            caps |= {i, i + 1}  # 国共: two parties
            continue
        if c not in chars or i not in plain:
            continue
        at = (i,) if i in starts and i - 1 not in starts else (i, i - 1)  # 其中 | 华裔: no 中华
        if any(text[j : j + n] in never for n in sizes for j in at if j >= 0):
            continue
        head = i in starts or i - 1 in caps
        nxt = text[i + 1 : i + 2]
        if head and nxt and nxt in chars and nxt != c and i + 1 in plain:  # 中苏, 中 | 英 (蒙蒙亮:
            # a reduplication, no pair)
            caps |= {i, i + 1}
        elif (
            (head and any(text.startswith(b, i + 1) for b in data["before"]))
            or (
                c in data["after_chars"]
                and i
                and text[i - 1] in data["after"]
                # the word holding it begins with one (抗日, 抗美援朝): not 进入 | 法庭, 纳入,
                # 输入法, 越来越, where 入 and 来 end another verb
                and text[max(s for s in starts if s < i)] in data["after"]
            )
            or (  # 在 | 华 | 的: the syllable a word of its own
                c in data["after_chars"]
                and i
                and text[i - 1] in data["after_alone"]
                and {i - 1, i} <= starts
                and (i + 1 == len(text) or i + 1 in starts)
            )
            or (  # 对华 (政策): the syllable inside the word 对华, as 访华 has it
                c in data["after_chars"]
                and i
                and text[i - 1] in data["after_in_word"]
                and i - 1 in starts
                and i not in starts
                and _word_after(text, i + 1, starts)
            )
        ):  # 英语
            caps.add(i)
    if any(word in text for word in data["after_in_word"]):  # 对 | 日 | 宣战
        caps |= _lone_after_dui(run, base, data)
    for k, w in enumerate(run[:-1]):  # 中 | 美苏: a third country before a pair jieba took
        nxt = run[k + 1]
        if len(w.text) == 1 and w.start - base in plain and country_and_pair(w, nxt):
            caps.add(w.start - base)
    for w in run:
        at = w.start - base
        w.capital_at = tuple(sorted(p - at for p in caps if at <= p < at + len(w.text)))


# country syllables of several readings, with the one each has as a country: read otherwise,
# they name none (档案馆藏 | 中苏: cang, "held", not Tibet's Zang; 朝 zhao, "morning")
_AS_COUNTRY = {"藏": "zang", "朝": "chao"}


def _read_as_country(words: list[Word], at: int, char: str) -> bool:
    """Whether the character at offset ``at`` has the reading it has as a country's syllable."""
    w = next(w for w in words if w.start <= at < w.end)
    reading = w.syllables[at - w.start] if at - w.start < len(w.syllables) else None
    return (reading or "").rstrip("012345") == _AS_COUNTRY[char]


def country_and_pair(w: Word, nxt: Word) -> bool:
    """Whether ``w`` and ``nxt`` are a country's syllable and a pair of countries written as a
    place (美苏 ns), the syllable not one of the pair: 中 | 美苏, Zhong-Mei-Su; or the pair and
    a country after it that jieba took for a place (中俄 | 印 ns: Zhong-E-Yin)."""
    one, pair = (w, nxt) if len(w.text) == 1 else (nxt, w)
    simp = simplified(one.text)
    return (
        len(one.text) == 1
        and simp in _countries()["chars"]
        and (one is w or one.role in (PLACE, PROPER))
        and (simp not in _AS_COUNTRY or _read_as_country([one], one.start, simp))
        and nxt.start == w.end
        and pair.role in (PLACE, PROPER)
        and country_pair(pair.text)
        and simp not in simplified(pair.text)
    )


UNION_WORD = 1000  # jieba's count from which 联 and the character after it are a word (联合)
# ... and 国 and the character after it (国界, 国境: 208 and 214 times)
BORDER_WORD = 100


def pairs_before_union(simp: str, tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """中 | 苏联 | 合 as jieba cuts 中苏联合 (Sino-Soviet joint): the pair of countries and the
    word 联合 (Zhong-Su lianhe jiandui), where the character after 苏联 is a word of one
    character and 联 with it a common word (联合, 联系); 战争中 | 苏联 | 损失 stays. So a
    country's name in 国 (中 | 俄国 | 界: Zhong-E guojie, the Sino-Russian border)."""
    freq, tags = dictionary()[0].FREQ, dictionary()[1]
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(tokens):
        start, end, flag = tokens[k]
        if (
            end - start == 2
            and (simp[start:end] == "苏联" or (simp[start + 1] == "国" and flag == "ns"))
            and out
            and out[-1][1] - out[-1][0] == 1
            and out[-1][1] == start
            and country_pair(simp[start - 1 : start + 1])
            and k + 1 < len(tokens)
            and tokens[k + 1][1] - tokens[k + 1][0] == 1
            and freq.get(simp[start + 1 : end + 1], 0)
            >= (UNION_WORD if simp[start + 1] == "联" else BORDER_WORD)
        ):
            union = simp[start + 1 : end + 1]
            out += [(start, start + 1, "j"), (start + 1, end + 1, tags.get(union, "v"))]
            k += 2
            continue
        out.append((start, end, flag))
        k += 1
    return out
