"""Wade-Giles place names with their aspiration marks lost, as the checker meets them.

    python benchmarks/eval_lost_marks.py ../shared/data [--held-out]

GeoNames cities of China (CC BY 4.0; ``eval_names.geonames``): each Latin alternate written
as Wade-Giles with an aspiration mark (T'ai-yüan), the mark taken out (Tai-yüan), as presses
and authors print it, is checked in a sentence that writes marks elsewhere (Liu Shao-ch'i),
with the book's house (pinyin). The truth is the checker's fix of the alternate as written,
with its marks (Taiyuan; many alternates are older names or carry a generic, so the city's
own name is no truth). Counted: the fix of the unmarked form is that (spaces, hyphens,
apostrophes and case aside) or not, applied by ``--fix`` (safe) or for review. A wrong safe
fix damages the text: that is the figure to keep at zero.
Development half by default; ``--held-out`` for the other.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from eval_names import _norm, geonames

_MARK = re.compile("['’‘ʻ]")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    ap.add_argument("--held-out", action="store_true")
    ap.add_argument("--failures", action="store_true")
    args = ap.parse_args()
    from bukva.checker.check import check_text

    pairs = sorted({a for a, _ in geonames(args.data, args.held_out) if _MARK.search(a)})

    def fixes(written: str) -> list:
        return [
            f
            for f in check_text(f"Liu Shao-ch'i visited {written} in 1950.\n")
            if f.text == written and f.fix
        ]

    tally: Counter[str] = Counter()
    for alt in pairs:
        truth = fixes(alt)
        if not truth:
            tally["marked form: no finding"] += 1
            continue
        written = _MARK.sub("", alt)
        found = fixes(written)
        if not found:
            tally["no finding"] += 1
            continue
        f = found[0]
        right = _norm(f.fix) == _norm(truth[0].fix)
        tally[f"{'safe' if f.safe else 'review'}, {'right' if right else 'wrong'}"] += 1
        if args.failures and not right and f.safe:
            print(f"  {written} -> {f.fix} (as {alt}: {truth[0].fix})")
    print(f"{len(pairs)} alternates with a mark; the checker's fix of each as written is the truth")
    for kind in (
        "safe, right",
        "safe, wrong",
        "review, right",
        "review, wrong",
        "no finding",
        "marked form: no finding",
    ):
        print(f"  {kind:24} {tally[kind]:4}")


if __name__ == "__main__":
    main()
