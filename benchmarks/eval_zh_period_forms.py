"""The period's Chinese names in Wade-Giles, postal and familiar forms, converted to pinyin.

    python benchmarks/eval_zh_period_forms.py

benchmarks/data/zh-period-forms.tsv: a development list of our own (Mao Tse-tung, Liu
Shao-ch'i, Po I-po, Mukden, Port Arthur, Kalgan ...), each converted with the system detected
(`bukva.convert`, as `bukva convert` does); prints the count right and the others.
"""

from __future__ import annotations

from pathlib import Path

import bukva

DATA = Path(__file__).parent / "data" / "zh-period-forms.tsv"


def main() -> None:
    rows = [
        line.split("\t")
        for line in DATA.read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    wrong = [(a, got, b) for a, b in rows if (got := bukva.convert(a)) != b]
    print(f"{len(rows) - len(wrong)} of {len(rows)} converted to the listed pinyin")
    for form, got, want in wrong:
        print(f"  {form} → {got} (listed: {want})")


if __name__ == "__main__":
    main()
