"""Score `bukva romanize --system pinyin` (GB/T 16159) on the development list.

    python benchmarks/score_gbt.py [--failures]

benchmarks/data/gbt-dev.tsv (built by build_gbt_dev.py from CC-CEDICT): exact per kind, tones
off. Foreign names and places are in bukva's tables, so they measure coverage, not
generalisation. Institutions: bukva's institution table (tools/build_zh_institutions.py) comes
from the same CC-CEDICT, so it recognizes most of them; its word division is bukva's own rules
(CC-CEDICT's words only join lone characters and foreign names), so the row measures division
against CC-CEDICT's. ``--rules-only`` scores them without the table.

benchmarks/data/gbt-standard.tsv: the standard's own examples for its rules (and the Xinhua
Pinxie Cidian's numbers), each with its source, scored the same way per rule; the examples are
phrases, not sentences, so the case of their first letter is not scored (6.4.1's sentence
capital is bukva's guess there), except for the one sentence.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

import bukva

DEV = Path(__file__).parent / "data" / "gbt-dev.tsv"
STANDARD = Path(__file__).parent / "data" / "gbt-standard.tsv"


def _rows(path: Path, standard: bool) -> list[tuple[str, str, str, str]]:
    """(kind or rule, where from, hanzi, expected) of each row."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        a, b, c, d = line.split("\t")
        out.append((a, b, c, d) if standard else (a, "CC-CEDICT", b, c))
    return out


def score(rows: list[tuple[str, str, str, str]], failures: bool, phrases: bool) -> None:
    """Exact per kind; ``phrases``: the case of the first letter of a phrase (no sentence) is
    not scored."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for kind, source, hanzi, expected in rows:
        got = bukva.romanize(hanzi, lang="zh", system="pinyin")
        if phrases and not hanzi.endswith("。"):  # whether it opens a sentence (6.4.1)
            got = expected[:1] + got[1:] if got[:1].lower() == expected[:1].lower() else got
        for key in (kind, "all"):
            counts[key][0] += 1
            counts[key][1] += got == expected
        if failures and got != expected:
            print(f"  {kind} ({source}): {hanzi}  want {expected!r}  got {got!r}")
    for key, (n, ok) in sorted(counts.items()):
        print(f"{key:14} {ok:4} / {n:4}  {ok / n:6.1%}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--failures", action="store_true")
    ap.add_argument(
        "--rules-only",
        action="store_true",
        help="without the institution table (built from the same CC-CEDICT the list samples): "
        "how the rules alone recognize institutions",
    )
    args = ap.parse_args()
    if args.rules_only:
        from bukva.chinese import known_bodies

        known_bodies.institutions = dict
    score(_rows(DEV, False), args.failures, phrases=False)
    print("the standard's examples, by rule:")
    score(_rows(STANDARD, True), args.failures, phrases=True)


if __name__ == "__main__":
    main()
