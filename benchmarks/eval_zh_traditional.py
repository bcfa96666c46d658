"""Polyphone accuracy on traditional characters: the CPP dev sentences converted to traditional
script by OpenCC (s2t), each read with its label unchanged (a character's reading does not change
with its script), beside the same sentences in simplified script, one call per sentence.

    python benchmarks/eval_zh_traditional.py ../shared/data/cpp-polyphones

Taiwan's and Hong Kong's archives, and the PRC's documents before 1956, are in traditional
characters; the polyphone network learned simplified text. A sentence whose conversion changes
its length is left out (none in the dev split). Also: how many sentences' GB/T pinyin differs
between the two scripts (``--pinyin N``: the first N sentences; word division, capitals and
readings all count).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--pinyin", type=int, default=2000, help="sentences compared in GB/T pinyin")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).parent))
    import opencc

    import bukva
    from bench_chinese import load

    data = load(args.folder, None)
    to_traditional = opencc.OpenCC("s2t")
    pairs = [(s, to_traditional.convert(s), at, label) for s, at, label in data]
    pairs = [p for p in pairs if len(p[0]) == len(p[1])]
    for name, index in (("simplified", 0), ("traditional", 1)):
        right = right_toneless = changed = 0
        for p in pairs:
            text, at, label = p[index], p[2], p[3]
            reading = bukva.readings(text)[at] or ""
            right += reading == label
            right_toneless += reading[:-1] == label[:-1]
            changed += p[0][at] != p[1][at]
        print(
            f"{name}: {len(pairs)} sentences ({changed} with the marked character itself in "
            f"another form), accuracy {right / len(pairs):.2%}, tones aside "
            f"{right_toneless / len(pairs):.2%}"
        )
    differ = sum(
        bukva.romanize(s, lang="zh", system="pinyin")
        != bukva.romanize(t, lang="zh", system="pinyin")
        for s, t, _, _ in pairs[: args.pinyin]
    )
    print(f"GB/T pinyin differs between the scripts in {differ} of {min(args.pinyin, len(pairs))}")


if __name__ == "__main__":
    main()
