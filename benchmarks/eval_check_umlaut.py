"""Wade-Giles names in running English: found by the check and fixed whole?

    python benchmarks/eval_check_umlaut.py [--limit 1500]

Persons made up from bukva's surname list and forty common given-name characters (as in
eval_zh_name_pairs.py), spelled by bukva's own tables, so the figures measure the check's
reading of running text, not knowledge of names: each in a sentence, "In 1950 {name} met the
delegation.", in a pinyin house; names whose Wade-Giles is their pinyin are left out. Reported:
a finding on the name; right: its fix is the whole name's pinyin (a fix of the given name alone
leaves half a name: T'ang Wenwen). Apart: a hyphenated given name with ü (Wade-Giles's
Hsü, Yün, Chün), one without, and a one-syllable given name (Ch'en Hua, which the check
leaves: also an English or pinyin word).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bukva.checker.check import check_text
from eval_zh_name_pairs import persons

STYLE = {"zh": "pinyin", "ru": "ala-lc-book"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=1500)
    args = ap.parse_args()
    counts: dict[str, list[int]] = {}
    for person in persons(11, args.limit):
        pinyin, wade = person["pinyin"], person["wade-giles"]
        if wade == pinyin:
            continue
        text = f"In 1950 {wade} met the delegation."
        findings = [f for f in check_text(text, STYLE) if f.text in wade or wade in f.text]
        kind = (
            "one-syllable given name"
            if "-" not in wade
            else "hyphenated given name with ü"
            if "ü" in wade
            else "hyphenated given name without ü"
        )
        c = counts.setdefault(kind, [0, 0, 0])
        c[0] += 1
        c[1] += bool(findings)
        c[2] += any(f.fix == pinyin for f in findings)
    for kind, (n, found, right) in sorted(counts.items()):
        print(
            f"made-up persons in Wade-Giles, {kind}: {n}; reported {found / n:.1%}, "
            f"fixed whole to the right pinyin {right / n:.1%}"
        )


if __name__ == "__main__":
    main()
