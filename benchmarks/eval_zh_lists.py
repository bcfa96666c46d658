"""Two development lists of our own, of the period's Chinese, scored.

    python benchmarks/eval_zh_lists.py

- benchmarks/data/zh-common-readings.tsv: 129 common phrases of the period's prose whose
  character has several readings (首长, 各行各业, 着想, 剥削, 朝气蓬勃 ...), each with the
  standard toneless syllable of one character: how many bukva reads so.
- benchmarks/data/zh-period-forms.tsv: 82 of the period's names in Wade-Giles, postal and
  familiar forms (Mao Tse-tung, Po I-po, Mukden, Port Arthur, Kalgan ...), each with its
  pinyin: how many `bukva.convert` (the system detected) converts so.

Each prints the count right and the others.
"""

from __future__ import annotations

from pathlib import Path

import bukva

DATA = Path(__file__).parent / "data"


def _rows(name: str) -> list[list[str]]:
    text = (DATA / name).read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _reading(text: str, char: str) -> str:
    return (bukva.readings(text)[text.index(char)] or "").rstrip("12345").replace("ü", "v")


def main() -> None:
    rows = _rows("zh-common-readings.tsv")
    wrong = [f"{t} ({c} {got}, listed {s})" for t, c, s in rows if (got := _reading(t, c)) != s]
    print(f"common readings: {len(rows) - len(wrong)} of {len(rows)} as listed")
    print("".join(f"  {w}\n" for w in wrong), end="")
    rows = _rows("zh-period-forms.tsv")
    wrong = [f"{a} → {got} (listed {b})" for a, b in rows if (got := bukva.convert(a)) != b]
    print(f"period forms to pinyin: {len(rows) - len(wrong)} of {len(rows)} as listed")
    print("".join(f"  {w}\n" for w in wrong), end="")


if __name__ == "__main__":
    main()
