"""Chinese speed one call per sentence and on one long text: bukva against pypinyin.

    python benchmarks/bench_zh_single.py ../shared/data/cpp-polyphones [--limit 3000]
    python benchmarks/bench_zh_single.py ../shared/data/cpp-polyphones --interleaved
    python benchmarks/bench_zh_single.py ../shared/data/cpp-polyphones --interleaved --system ala-lc

``--interleaved``: romanize and pypinyin, warm on 3,000 other sentences, taking turns 25
sentences at a time, so that a noisy machine's slow spells fall on both; prints the ratio.
``--system`` chooses romanize's system there (pinyin, GB/T 16159, by default; ala-lc is what
catalogs and ``bukva marc`` call).

The CPP dev sentences (what the service, the checker and MARC fields send: one short text per
call). Each tool runs once on the same input after a warm-up call that loads every table bukva
reads lazily (as a service has them after its first request); characters per second on one
core, and the ratio to pypinyin (pinyin(..., style=TONE3), phrase data as installed).
bukva.readings is the reading of every character (what pypinyin computes); bukva.romanize
--system pinyin adds word division, names and GB/T 16159 capitals on top. The last row runs
romanize again on the same sentences after 3,000 *other* CPP sentences (a service's state
after its first requests: the tagger's and the word table's caches warm, none of them holding
these sentences' own runs).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path


def timed(fn, items) -> float:
    start = time.perf_counter()
    for item in items:
        fn(item)
    return time.perf_counter() - start


def interleaved(sents: list[str], others: list[str], system: str = "pinyin") -> None:
    from pypinyin import Style, pinyin

    import bukva

    for s in others:
        bukva.romanize(s, lang="zh", system=system)
        pinyin(s, style=Style.TONE3)
    ours = theirs = 0.0
    for at in range(0, len(sents), 25):
        chunk = sents[at : at + 25]
        theirs += timed(lambda s: pinyin(s, style=Style.TONE3), chunk)
        ours += timed(lambda s: bukva.romanize(s, lang="zh", system=system), chunk)
    chars = sum(map(len, sents))
    print(
        f"romanize {system}, one call per sentence, warm, interleaved: {chars / ours:,.0f} /s; "
        f"pypinyin {chars / theirs:,.0f} /s; ratio {theirs / ours:.3f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--limit", type=int, default=3000)
    ap.add_argument("--interleaved", action="store_true")
    ap.add_argument("--system", default="pinyin")
    args = ap.parse_args()
    lines = (args.folder / "dev.sent").read_text("utf-8").splitlines()
    sents = [s.replace("▁", "") for s in lines[: args.limit]]
    text = "\n".join(sents)
    chars = sum(map(len, sents))

    from pypinyin import Style, pinyin

    import bukva

    if args.interleaved:
        others = [s.replace("▁", "") for s in lines[args.limit : args.limit + 3000]]
        interleaved(sents, others, args.system)
        return
    warm = "银行行长重新发行了长篇的《人民日报》。"  # loads every lazy table (phrases, tagger)
    bukva.readings(warm)
    bukva.romanize(warm, lang="zh", system="pinyin")
    pinyin("预热", style=Style.TONE3)
    runs = {
        "pypinyin, one call per sentence": timed(lambda s: pinyin(s, style=Style.TONE3), sents),
        "bukva.readings, one call per sentence": timed(bukva.readings, sents),
        "bukva.romanize pinyin, one call per sentence": timed(
            lambda s: bukva.romanize(s, lang="zh", system="pinyin"), sents
        ),
        "pypinyin, whole text": timed(lambda t: pinyin(t, style=Style.TONE3), [text]),
        "bukva.readings, whole text": timed(bukva.readings, [text]),
        "bukva.romanize pinyin, whole text": timed(
            lambda t: bukva.romanize(t, lang="zh", system="pinyin"), [text]
        ),
    }
    for other in lines[args.limit : args.limit + 3000]:
        bukva.romanize(other.replace("▁", ""), lang="zh", system="pinyin")
    runs["bukva.romanize pinyin, one call per sentence, warm"] = timed(
        lambda s: bukva.romanize(s, lang="zh", system="pinyin"), sents
    )
    print(f"{len(sents):,} sentences, {chars:,} characters")
    print("| run | chars/s | × pypinyin (same way) |")
    print("|---|---:|---:|")
    for name, seconds in runs.items():
        base = runs[
            "pypinyin, whole text" if "whole" in name else "pypinyin, one call per sentence"
        ]
        print(f"| {name} | {chars / seconds:,.0f} | {base / seconds:.2f} |")


if __name__ == "__main__":
    main()
