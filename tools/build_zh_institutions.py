"""Institutions' names from CC-CEDICT: ministries, parties, committees, leagues, universities,
banks, newspapers, as the GB/T writer recognizes them in running text.

GB/T 16159-2012 6.3.2 writes a proper name's words apart, each capitalized (Zhongguo Renmin
Yinhang); an institution jieba reads as an ordinary word (公安部 n, 少年 | 先锋队) was written in
lower case. This table says which strings of Hanzi are an institution's name; bukva's own rules
still divide them into words. Kept: a CC-CEDICT proper noun of three Han characters or more
that ends as an institution's name does (部, 党, 委员会, 大学 ...) and whose first gloss is an
English proper name (capitalized) naming a body (Ministry, Party, League, University ...);
not a person (a life span), and not a generic name (工人党: see ``generic``).

Licence of the output: CC BY-SA 4.0, as CC-CEDICT (mdbg.net); the file says so in its header.

Run: python tools/build_zh_institutions.py \
         ../shared/data/cedict-proper-nouns/cedict_proper_nouns.tsv \
         src/bukva/data/zh-institutions.tsv
"""

from __future__ import annotations

import csv
import re
import sys
from itertools import pairwise

from build_zh_cedict_names import BODY, INSTITUTION, LIFE
from table_file import write_table

HAN = re.compile(r"^[\u3400-\u9fff]{3,16}$")
# how an institution's name ends in Chinese (a ministry 部, a party 党, a league 联盟 ...)
ENDINGS = re.compile(
    "(部|院|党|黨|会|會|局|队|隊|团|團|社|馆|館|行|署|厅|廳|所|校|委|盟|组织|組織|公司|报|報|"
    "军|軍|台|處|处|办|辦|司|中心|集团|集團|大学|大學|协商会议|協商會議|新闻|新聞)$"
)
# a body named in English, beyond the words the names table already uses: pioneers, forces,
# corps, a court, a procuratorate, an administration, a service, an academy, a foundation
MORE = re.compile(
    r"\b(pioneers|forces|corps|court|procuratorate|administration|service|academy|foundation|"
    r"group|federation|organization|organisation|station|press|agency|commission|secretariat|"
    r"politburo|presidium|daily|times|news)\b",
    re.IGNORECASE,
)
_LEAD = re.compile(r"^\s*(\([^)]*\)\s*)+")  # "(military) General Political Department"


def sense(glosses: str) -> str:
    """The first gloss, without a leading label in parentheses and without what follows its
    own parentheses (Ministry of Public Security; General Political Department)."""
    first = _LEAD.sub("", glosses.split("/")[0])
    return first.split("(")[0].strip()


def institution(hanzi: str, glosses: str) -> bool:
    """Whether a CC-CEDICT proper noun is an institution's name: the first gloss names a body,
    in its words or in the parentheses that spell out an abbreviation (DPP (Democratic
    Progressive Party, Taiwan))."""
    head = sense(glosses)
    if not HAN.match(hanzi) or not ENDINGS.search(hanzi) or not head[:1].isupper():
        return False
    if LIFE.search(glosses) and not BODY.search(head):
        return False  # a person (Guo Quan, formerly Professor of ...)
    first = _LEAD.sub("", glosses.split("/")[0])
    return any(r.search(first) for r in (INSTITUTION, BODY, MORE))


def sizes(syllables: list[str]) -> str:
    """CC-CEDICT's written words as sizes, from its capitals (Guo2 jia1 Han4 ban4 → 2,2)."""
    starts = [i for i, s in enumerate(syllables) if s[:1].isupper()] or [0]
    starts[0] = 0
    bounds = [*starts, len(syllables)]
    return ",".join(str(b - a) for a, b in pairwise(bounds))


def generic(simp: str) -> bool:
    """A name every country has (工人党 a workers' party, 民主党, 世界银行 to jieba "world" and
    "bank"): an ending that makes a name only after a proper name (bukva's LED_ENDINGS: 银行,
    工人党, 理事会 ...) after an ordinary word of two characters at most. bukva's rules judge
    these in context (中国 | 工人党: Zhongguo Gongrendang), not the table."""
    from bukva.chinese.org_endings import LED_ENDINGS
    from bukva.chinese.tagger import dictionary

    ending = next((e for e in LED_ENDINGS if simp.endswith(e)), "")
    before = simp[: len(simp) - len(ending)]
    tag = dictionary()[1].get(before, "")
    return bool(ending) and len(before) <= 2 and not tag.startswith(("ns", "nr", "nt", "nz"))


# the abbreviated name an entry's gloss spells out (abbr. for 北京大學|北京大学[Bei3 jing1 ...])
ABBREVIATION = re.compile(r"abbr\. (?:for|of) ([^\s,;/()\[]+)")
# jieba's tags of an abbreviation it holds as a name (j: abbreviation; nt, nz, ns, nr: names);
# one it tags as an ordinary word (民盟 n, 同济 n "mutual aid", 天外 s "beyond the sky") is left
# out, and one it does not know is kept only if three characters long or more (交通大学; 国保,
# 大外 would be found across jieba's words: 国 | 保, 大 | 外); one of two characters only if
# jieba counts it SEEN_COUNT times (北大, 东盟, 人大; not 中银, 中视, 东突)
NAME_TAGS = ("j", "nt", "nz", "ns", "nr")


def abbreviations(entries: list[dict], rows: dict[str, tuple[str, str]]) -> dict:
    """CC-CEDICT's abbreviations of the institutions kept (北大 for 北京大学, 东盟 for 东南亚国家
    联盟, 中国作协): each one word, as GB/T 16159 writes an abbreviated proper name (Beida), but
    a generic CC-CEDICT writes apart after it (世卫 | 组织: Shiwei Zuzhi)."""
    from bukva.chinese.script import is_han, simplified
    from bukva.chinese.tagger import SEEN_COUNT, dictionary

    tags, freq = dictionary()[1], dictionary()[0].FREQ
    out: dict[str, tuple[str, str]] = {}
    for e in entries:
        m = ABBREVIATION.search(e["english_glosses"])
        simp = simplified(e["simplified"])
        if m is None or not 2 <= len(simp) <= 16 or not all(map(is_han, simp)):
            continue
        target = simplified(m.group(1).split("|")[-1])
        tag = tags.get(simp)
        if target not in rows or simp in rows:
            continue
        if not (tag in NAME_TAGS or (tag is None and len(simp) >= 3)):
            continue
        if len(simp) == 2 and freq.get(simp, 0) < SEEN_COUNT:
            continue  # 中银 (34): in 太 | 中银 | 铁路 a railway's stations, no bank
        syllables = e["pinyin_numbered"].split()
        if len(syllables) != len(simp):
            continue
        merged: list[int] = []
        last_single = False
        for n in (int(n) for n in sizes(syllables).split(",")):
            if n == 1 and last_single:
                merged[-1] += 1  # Bei3 Da4: one word (Beida); Zhong1 guo2 Zuo4 Xie2: Zuoxie
            else:
                merged.append(n)
            last_single = n == 1
        gloss = f"abbreviation of {target}: {rows[target][1]}"[:80]
        for hanzi in {simp, e["traditional"]}:
            out.setdefault(hanzi, (",".join(map(str, merged)), gloss))
    return out


def short_bodies(entries: list[dict], rows: dict[str, tuple[str, str]]) -> dict:
    """A body's name of two characters that CC-CEDICT writes as one word and glosses with an
    English body's name (欧盟 "European Union", Oumeng), where jieba holds it as an
    abbreviation (j) met SEEN_COUNT times: one word, capitalized."""
    from bukva.chinese.script import is_han, simplified
    from bukva.chinese.tagger import SEEN_COUNT, dictionary

    tags, freq = dictionary()[1], dictionary()[0].FREQ
    out: dict[str, tuple[str, str]] = {}
    for e in entries:
        simp = simplified(e["simplified"])
        syllables = e["pinyin_numbered"].split()
        if len(simp) != 2 or not all(map(is_han, simp)) or simp in rows or len(syllables) != 2:
            continue
        head = sense(e["english_glosses"])
        if not (syllables[0][:1].isupper() and syllables[1][:1].islower()):
            continue  # one written word (Ou1 meng2)
        if tags.get(simp) != "j" or freq.get(simp, 0) < SEEN_COUNT or not head[:1].isupper():
            continue
        words = [w for w in re.findall(r"[A-Za-z]+", head) if w not in ("of", "the", "and")]
        if not all(w[0].isupper() for w in words):
            continue  # "US army", "Hunan army": a force named by its country, no body's name
        if any(r.search(head) for r in (INSTITUTION, BODY, MORE)):
            for hanzi in {simp, e["traditional"]}:
                out.setdefault(hanzi, ("2", head[:80]))
    return out


def main(source: str, out: str) -> None:
    from bukva.chinese.script import simplified

    with open(source, encoding="utf-8") as f:
        entries = list(csv.DictReader(f, delimiter="\t"))
    rows: dict[str, tuple[str, str]] = {}
    for e in entries:
        syllables = e["pinyin_numbered"].split()
        if generic(simplified(e["simplified"])):
            continue
        for hanzi in (e["simplified"], e["traditional"]):
            if institution(hanzi, e["english_glosses"]) and len(syllables) == len(hanzi):
                rows.setdefault(hanzi, (sizes(syllables), sense(e["english_glosses"])[:80]))
    rows.update(abbreviations(entries, rows))
    rows.update(short_bodies(entries, rows))
    header = (
        "Institutions' names from CC-CEDICT (mdbg.net), licence CC BY-SA 4.0.",
        "Built by tools/build_zh_institutions.py: hanzi, CC-CEDICT's word sizes (its capitals), "
        "its first gloss.",
    )
    write_table(out, header, ((hanzi, *rows[hanzi]) for hanzi in sorted(rows)))
    print(f"{len(rows)} names", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
