"""Build the GB/T 16159 development list (benchmarks/data/gbt-dev.tsv) from CC-CEDICT.

    python benchmarks/build_gbt_dev.py ../shared/data/cedict-proper-nouns/cedict_proper_nouns.tsv

CC-CEDICT writes the pinyin of a proper noun with a capital at each of its words (Zhong1 guo2
She4 hui4 Ke1 xue2 yuan4): the word division and capitals GB/T 16159 asks for proper nouns
(6.3.2). The list takes, with a fixed seed, entries of four or more characters in three kinds:
- institution: organisations, parties, ministries, academies, universities, newspapers and
  journals (glosses say so). bukva's shipped tables leave these out, so they are held out.
- foreign: foreign names in characters, one word (Aosiding). bukva ships these (from the same
  dictionary), so their score shows coverage, not generalisation.
- place: places with a generic (Shi, Sheng, Xian, Zizhiqu). Shipped too.
Expected forms: CC-CEDICT's pinyin, tones dropped, ü as u: (CC BY-SA 4.0, mdbg.net).
"""

from __future__ import annotations

import csv
import random
import re
import sys
from pathlib import Path

ORG = re.compile(
    r"\b(ministry|department|bureau|committee|party|university|academy|institute|association|"
    r"newspaper|daily|journal|magazine|news agency|federation|council|league|army|bank|"
    r"commission|society)\b",
    re.I,
)
PLACE = re.compile(r"\b(city|county|province|autonomous region|prefecture)\b", re.I)


def expected(pinyin: str) -> str | None:
    words: list[str] = []
    for syl in pinyin.split():
        m = re.fullmatch(r"([A-Za-z:]+)([1-5])", syl)
        if not m:
            return None
        s = m.group(1).replace("u:", "u").replace("U:", "U")
        if s[0].isupper() or not words:
            words.append(s)
        else:  # the apostrophe before a, o, e inside a word (GB/T 16159, 5.3)
            words[-1] += ("'" if s[0] in "aoe" else "") + s
    return " ".join(words)


def main() -> None:
    src = Path(sys.argv[1])
    with open(src, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    kinds: dict[str, list[tuple[str, str, str]]] = {"institution": [], "foreign": [], "place": []}
    for r in rows:
        h, py, gloss = r["simplified"], r["pinyin_numbered"], r["english_glosses"]
        if not re.fullmatch(r"[\u4e00-\u9fff]{4,12}", h) or len(py.split()) != len(h):
            continue
        exp = expected(py)
        if exp is None:
            continue
        caps = sum(1 for s in py.split() if s[0].isupper())
        first = gloss.split("/")[0]
        if ORG.search(first) and caps >= 2:
            kinds["institution"].append((h, exp, first[:60]))
        elif caps == 1 and re.search(r"\((?:name|surname)\)", gloss):
            kinds["foreign"].append((h, exp, first[:60]))
        elif PLACE.search(first) and caps >= 2:
            kinds["place"].append((h, exp, first[:60]))
    rng = random.Random(16159)
    out = Path(__file__).parent / "data" / "gbt-dev.tsv"
    with open(out, "w", encoding="utf-8") as f:
        f.write("# GB/T 16159 development list, built by benchmarks/build_gbt_dev.py from\n")
        f.write("# CC-CEDICT (CC BY-SA 4.0, mdbg.net), seed 16159.\n")
        f.write("# Columns: kind, hanzi, expected (CC-CEDICT's pinyin), CC-CEDICT's gloss.\n")
        for kind, items in kinds.items():
            picked = rng.sample(items, min(len(items), {"institution": 200}.get(kind, 60)))
            for h, exp, gloss in sorted(picked):
                f.write(f"{kind}\t{h}\t{exp}\t{gloss}\n")
    print({k: len(v) for k, v in kinds.items()}, "written to", out)


if __name__ == "__main__":
    main()
