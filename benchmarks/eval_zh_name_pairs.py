"""Chinese names outside the gazetteer across systems and scripts: match recall and precision.

    python benchmarks/eval_zh_name_pairs.py [--seed 7] [--count 1500]

Persons the gazetteer does not know, made up as Chinese names are made: a common surname of
one character (bukva's surname list, from CC-CEDICT and the Xinhua surname tables) and a given
name of one or two characters drawn from forty common in names; pinyin by the surname reading
and bukva's readings, Wade-Giles, Palladius and the Czech transcription spelled from the pinyin by
bukva's system tables (as a catalog, a Soviet text or a Prague report would write them: Mao
Ce-tung), and the characters. Every two forms of one
name must match (recall, per pair of systems; "press" is Wade-Giles as newspapers printed it,
without hyphens and apostrophes: Li Hsiaoming; "unmarked" keeps the hyphens and drops the
apostrophes, as many books print it: Chi Peng-fei); a name against another that shares its surname
and one given-name syllable, in another system, must not (look-alikes). The spellings come from
bukva's own tables, so this measures identify's and match's reading of the systems, not the
tables.
"""

from __future__ import annotations

import argparse
import itertools
import random

import bukva
from bukva.chinese.lexicons import names
from bukva.chinese.syllables import join, toneless
from bukva.chinese.tables import table
from bukva.names.gazetteer import lookup

GIVEN = "明华建国文志伟永平海军德新立东春光福林晓红英玉秀兰云山金庆成宏安家俊杰鹏飞"


def _spell(pinyin: str, system: str, hyphen: str) -> str:
    from bukva.chinese.syllables import split_run

    spell = table(system).from_pinyin
    words = [[spell.get(s, s) for s in split_run(w.lower())] for w in pinyin.split()]
    return " ".join(hyphen.join(w).capitalize() for w in words)


def persons(seed: int, count: int) -> list[dict[str, str]]:
    rng = random.Random(seed)
    data = names()
    surnames = sorted(c for c in data["common_surnames"] if c in data["surnames"])
    out, seen = [], set()
    while len(out) < count:
        surname = rng.choice(surnames)
        given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
        syllables = [toneless(r) for r in bukva.readings(given)]
        pinyin = (
            f"{toneless(data['surnames'][surname]).capitalize()} {join(syllables).capitalize()}"
        )
        if pinyin in seen or lookup(pinyin) or lookup(surname + given):
            continue
        seen.add(pinyin)
        out.append(
            {
                "hanzi": surname + given,
                "pinyin": pinyin,
                "wade-giles": _spell(pinyin, "wade-giles", "-"),
                "press": _spell(pinyin, "wade-giles", "").replace("'", ""),
                "unmarked": _spell(pinyin, "wade-giles", "-").replace("'", ""),
                "palladius": _spell(pinyin, "palladius", ""),
                "czech": _spell(pinyin, "czech", "-"),
            }
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--count", type=int, default=1500)
    args = ap.parse_args()
    people = persons(args.seed, args.count)
    forms = ("pinyin", "wade-giles", "press", "unmarked", "palladius", "czech", "hanzi")
    recall = {}
    for a, b in itertools.combinations(forms, 2):
        recall[f"{a}~{b}"] = sum(bukva.match(p[a], p[b]).same for p in people) / len(people)
    by_surname: dict[str, list[dict[str, str]]] = {}
    for p in people:
        by_surname.setdefault(p["pinyin"].split()[0], []).append(p)
    negatives = 0
    false = 0
    for p in people:
        given = set(bukva.readings(p["hanzi"][1:]))
        for q in by_surname[p["pinyin"].split()[0]]:
            if q is p or not given & set(bukva.readings(q["hanzi"][1:])):
                continue
            for other in ("wade-giles", "press", "unmarked", "palladius", "czech"):
                negatives += 1
                false += bukva.match(p["pinyin"], q[other]).same
    print(f"{len(people)} made-up persons outside the gazetteer: match recall")
    for k, v in recall.items():
        print(f"  {k:24} {v:.1%}")
    print(
        f"  look-alikes (same surname, one given syllable shared, another system): "
        f"{false} false matches in {negatives}"
    )


if __name__ == "__main__":
    main()
