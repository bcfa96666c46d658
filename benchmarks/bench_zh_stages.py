"""Where a one-sentence `romanize --system pinyin` call spends its time, stage by stage.

    python benchmarks/bench_zh_stages.py ../shared/data/cpp-polyphones [--limit 1500]

Warm on 3,000 other CPP sentences (as a service is after its first requests), then each stage
timed in place on the next ``--limit`` sentences, and pypinyin's call on the same sentences
(P). Stages nest: ``analyze`` holds readings, the tagger (``_words``), the spans
(``_overrides``) and the merge.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--limit", type=int, default=1500)
    args = ap.parse_args()
    lines = (args.folder / "dev.sent").read_text("utf-8").splitlines()
    sents = [s.replace("▁", "") for s in lines[: args.limit]]
    others = [s.replace("▁", "") for s in lines[args.limit : args.limit + 3000]]

    from pypinyin import Style, pinyin

    import bukva
    import bukva.chinese as chinese
    from bukva.chinese import gbt, words

    for s in others:
        bukva.romanize(s, lang="zh", system="pinyin")
    spent: dict[str, float] = {}

    def timed(module, name: str) -> None:
        inner = getattr(module, name)

        def wrapper(*a, **k):
            t = time.perf_counter()
            result = inner(*a, **k)
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - t
            return result

        setattr(module, name, wrapper)

    for name in ("readings", "_words", "_overrides", "_merge", "analyze"):
        timed(words, name)
    timed(gbt, "apply")
    timed(chinese, "render")
    t = time.perf_counter()
    for s in sents:
        bukva.romanize(s, lang="zh", system="pinyin")
    total = time.perf_counter() - t
    t = time.perf_counter()
    for s in sents:
        pinyin(s, style=Style.TONE3)
    p = time.perf_counter() - t
    n = len(sents)
    print(f"romanize {total / n * 1e6:,.0f} µs a sentence; pypinyin (P) {p / n * 1e6:,.0f} µs")
    for name, seconds in spent.items():
        print(f"  {name:12} {seconds / n * 1e6:6,.0f} µs  {seconds / p:.2f} P")


if __name__ == "__main__":
    main()
