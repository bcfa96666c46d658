"""Polyphone accuracy and speed on the CPP dev split: bukva, pypinyin (large phrase data), g2pM.

Run: python benchmarks/bench_chinese.py ../shared/data/cpp-polyphones [--limit N] [--repeat 3]

Each tool reads the same sentences; accuracy is on the marked character (with tones, and with
tones ignored). Speed is characters per second on one core: bukva reads the whole document in
one call (its batched network), pypinyin and g2pM one sentence at a time (their APIs). bukva's
one free parameter (the lexicon bonus) was chosen on the even-numbered sentences; the odd ones
(half B) were not looked at while building, so the B figure is the clean one.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path


def load(folder: Path, limit: int | None):
    sents = (folder / "dev.sent").read_text("utf-8").splitlines()
    labels = [
        x.strip().replace("u:", "ü") for x in (folder / "dev.lb").read_text("utf-8").splitlines()
    ]
    data = [(s.replace("▁", ""), s.index("▁"), lab) for s, lab in zip(sents, labels, strict=True)]
    return data[:limit] if limit else data


def score(preds: list[str | None], data) -> dict[str, float]:
    def acc(idx, notone=False):
        ok = 0
        for i in idx:
            p, gold = preds[i] or "", data[i][2]
            ok += (p.rstrip("12345") == gold.rstrip("12345")) if notone else p == gold
        return 100 * ok / len(idx)

    every = range(len(data))
    half_b = range(1, len(data), 2)
    return {
        "tones": acc(every),
        "no tones": acc(every, True),
        "B tones": acc(half_b),
        "B no tones": acc(half_b, True),
    }


def run_bukva(data):
    import bukva

    text = "\n".join(s for s, _, _ in data)
    bukva.readings("预热")  # load the model and lexicons before timing
    t0 = time.perf_counter()
    marks = bukva.readings(text)
    elapsed = time.perf_counter() - t0
    preds, at = [], 0
    for s, pos, _ in data:
        preds.append(marks[at + pos])
        at += len(s) + 1
    return preds, elapsed


def run_pypinyin(data):
    from pypinyin import Style, pinyin
    from pypinyin_dict.phrase_pinyin_data import large_pinyin

    large_pinyin.load()
    pinyin("预热")
    t0 = time.perf_counter()
    out = [
        pinyin(s, style=Style.TONE3, neutral_tone_with_five=True, errors=lambda x: [None] * len(x))
        for s, _, _ in data
    ]
    elapsed = time.perf_counter() - t0
    preds = []
    for (_, pos, _), marks in zip(data, out, strict=True):
        flat = [m[0] if isinstance(m, list) else m for m in marks]
        preds.append((flat[pos] or "").replace("v", "ü") if pos < len(flat) else None)
    return preds, elapsed


def run_g2pm(data):
    from g2pM import G2pM

    model = G2pM()
    t0 = time.perf_counter()
    out = [model(s, char_split=True, tone=True) for s, _, _ in data]
    elapsed = time.perf_counter() - t0
    return [
        o[pos].replace("u:", "ü") if pos < len(o) else None
        for (s, pos, _), o in zip(data, out, strict=True)
    ], elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    data = load(args.folder, args.limit)
    chars = sum(len(s) for s, _, _ in data)
    print(
        f"CPP dev: {len(data):,} sentences, {chars:,} characters; speed: median of "
        f"{args.repeat} runs\n"
    )
    rows = []
    for name, fn in (
        ("bukva", run_bukva),
        ("pypinyin + large phrases", run_pypinyin),
        ("g2pM", run_g2pm),
    ):
        times = []
        for _ in range(args.repeat):
            preds, elapsed = fn(data)
            times.append(elapsed)
        rows.append((name, score(preds, data), chars / statistics.median(times)))
    ours = rows[0][2]
    print(
        "| tool | accuracy, tones | no tones | half B, tones | half B, no tones | chars/s "
        "| bukva ÷ tool |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, sc, speed in rows:
        print(
            f"| {name} | {sc['tones']:.2f} % | {sc['no tones']:.2f} % | {sc['B tones']:.2f} % "
            f"| {sc['B no tones']:.2f} % | {speed:,.0f} | {ours / speed:.2f}× |"
        )


if __name__ == "__main__":
    main()
