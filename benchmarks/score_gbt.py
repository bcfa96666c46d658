"""Score `bukva romanize --system pinyin` (GB/T 16159) on the development list.

    python benchmarks/score_gbt.py [--failures]

benchmarks/data/gbt-dev.tsv (built by build_gbt_dev.py from CC-CEDICT): exact per kind, tones
off. Institutions are held out (bukva's tables do not ship them); foreign names and places are
in bukva's tables, so they measure coverage, not generalisation.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

import bukva

DEV = Path(__file__).parent / "data" / "gbt-dev.tsv"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--failures", action="store_true")
    args = ap.parse_args()
    score: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for line in DEV.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        kind, hanzi, expected, _gloss = line.split("\t")
        got = bukva.romanize(hanzi, lang="zh", system="pinyin")
        for key in (kind, "all"):
            score[key][0] += 1
            score[key][1] += got == expected
        if args.failures and got != expected:
            print(f"  {kind}: {hanzi}  want {expected!r}  got {got!r}")
    for key, (n, ok) in sorted(score.items()):
        print(f"{key:12} {ok:4} / {n:4}  {ok / n:6.1%}")


if __name__ == "__main__":
    main()
