"""The check on Chinese names already in pinyin: every finding is a false alarm.

    python benchmarks/eval_check_pinyin_names.py ../shared/data [--show 20]

Two lists of Chinese personal names in pinyin, each name put in English sentences ("In 1956
{a} met {b} in Beijing.") and checked against two houses: pinyin with the Library of
Congress book form for Russian (the example manuscript's ``bukva.toml``), and pinyin with
ALA-LC for Russian:

- CC-CEDICT's persons (cedict-proper-nouns, CC BY-SA 4.0): entries of two capitalized words,
  a common surname first, whose gloss gives life dates, written in pinyin as CC-CEDICT
  divides them (Wang Guangmei, Wu Cheng'en);
- made-up names: 50 common surnames, one or two given syllables of 40 (Wang Yulin, Li Ying),
  the way a manuscript names people no list has.

A name in pinyin as GB/T divides it is what a pinyin house writes, so each finding is a false
alarm (a safe one is a wrong fix ``--fix`` would apply), except where the house's own list
puts a familiar form (Jiang Jieshi → Chiang Kai-shek, ``zh.exception``), counted apart.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from collections import Counter
from pathlib import Path

SURNAMES = (
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng "
    "Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye "
    "Cheng Wei Su Lu Ding Ren Shen Yao Wan Kang"
).split()
GIVEN = (
    "wen ming hua guo jian zhong de li xiang qing ping hong jun hai yong dong fang zhi sheng bo "
    "shu rong lin chun xiao yu feng tao kai yuan bin xin hui zhen wei qiang gan nan"
).split()
LIFE = re.compile(r"\(\d{3,4}-\d{0,4}\)")


def cedict_persons(folder: Path) -> list[str]:
    """CC-CEDICT's persons of a common surname and a given name, in pinyin with its
    apostrophes (Wu Cheng'en)."""
    from bukva.chinese.convert import surname_syllables
    from bukva.chinese.syllables import join

    surnames = surname_syllables()
    out = []
    with open(folder / "cedict-proper-nouns" / "cedict_proper_nouns.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            syllables = row["pinyin_numbered"].split()
            caps = [s[0].isupper() for s in syllables]
            if sum(caps) != 2 or not caps[0] or not LIFE.search(row["english_glosses"]):
                continue
            if not all(re.fullmatch(r"[A-Za-z:]+[1-5]", s) for s in syllables):
                continue
            cut = caps.index(True, 1)
            words = [
                [re.sub(r"\d", "", s).lower().replace("u:", "ü") for s in w]
                for w in (syllables[:cut], syllables[cut:])
            ]
            if words[0] != [w.lower() for w in words[0]] or "".join(words[0]) not in surnames:
                continue  # 南朝陈 "Southern Dynasties Chen": no surname first, no person
            out.append(" ".join(join(w).capitalize() for w in words))
    return sorted(set(out))


def made_up(n: int) -> list[str]:
    rng = random.Random(3)
    return [
        f"{rng.choice(SURNAMES)} {''.join(rng.sample(GIVEN, rng.choice([1, 2]))).capitalize()}"
        for _ in range(n)
    ]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    ap.add_argument("--show", type=int, default=10)
    args = ap.parse_args()
    from bukva.checker.check import check_text
    from bukva.style.house import load_style

    example = Path(__file__).resolve().parents[1] / "examples" / "manuscript" / "bukva.toml"
    houses = {"pinyin, LC book form": load_style(example), "pinyin, ALA-LC": {"zh": "pinyin"}}
    print("| names (sentences) | house | false findings | of them safe | by rule | house list |")
    print("|---|---|---:|---:|---|---:|")
    shown = []
    for label, names in (
        ("CC-CEDICT persons", cedict_persons(args.data)),
        ("made-up names", made_up(3000)),
    ):
        text = "\n\n".join(
            f"In 1956 {a} met {b} in Beijing."
            for a, b in zip(names[::2], names[1::2], strict=False)
        )
        for house, style in houses.items():
            everything = check_text(text, style)
            found = [f for f in everything if f.rule != "zh.exception"]
            rules = Counter(f.rule for f in found)
            print(
                f"| {label}: {len(names)} ({len(names) // 2}) | {house} | {len(found)} | "
                f"{sum(f.safe for f in found)} | "
                f"{', '.join(f'{r} {n}' for r, n in rules.most_common())} | "
                f"{len(everything) - len(found)} |"
            )
            shown += [(f.rule, f.text, f.fix, f.safe) for f in found]
    for rule, text, fix, safe in list(dict.fromkeys(shown))[: args.show]:
        print(f"  {rule}: {text!r} → {fix!r}{'' if safe else ' (review)'}")


if __name__ == "__main__":
    main()
