"""Common words whose character has several readings: how many bukva reads as the dictionary.

    python benchmarks/eval_zh_common_readings.py

benchmarks/data/zh-common-readings.tsv, a development list of our own (129 phrases of the
period's prose: 首长, 各行各业, 着想, 剥削, 朝气蓬勃 ...), each with the standard toneless
syllable of one character; prints the count right and the phrases read otherwise.
"""

from __future__ import annotations

from pathlib import Path

import bukva

DATA = Path(__file__).parent / "data" / "zh-common-readings.tsv"


def main() -> None:
    rows = [
        line.split("\t")
        for line in DATA.read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    wrong = []
    for text, char, syllable in rows:
        got = bukva.readings(text)[text.index(char)] or ""
        if got.rstrip("12345").replace("ü", "v") != syllable:
            wrong.append(f"{text} ({char} {got}, want {syllable})")
    print(f"{len(rows) - len(wrong)} of {len(rows)} read as listed; otherwise: {'; '.join(wrong)}")


if __name__ == "__main__":
    main()
