"""Check a book-length manuscript: time and peak memory; and false alarms on plain English.

Run: python benchmarks/bench_check.py [--words 150000] [--english FILE ...]

The book is generated: the example chapter (examples/manuscript/chapter-3.md, which mixes
systems on purpose) with its names varied, between paragraphs of English prose from Python's
own documentation (pydoc_data.topics, shipped with every Python), to the word count asked.
False alarms are counted on English texts with no romanized words: the Python documentation by
default, and any files given (the King James Bible from Debian's bible-kjv-text is used in
docs/benchmarks.md: /usr/share/bible-kjv/...).
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAMES = [
    ("Yudin", "Iudin"),
    ("Mikoian", "Mikoyan"),
    ("Mao Tse-tung", "Mao Zedong"),
    ("Chou En-lai", "Zhou Enlai"),
    ("družby", "druzhby"),
    ("Khrushchev", "Khrushchev"),
]


def english_prose() -> list[str]:
    from pydoc_data.topics import topics

    paras = []
    for text in topics.values():
        for p in re.split(r"\n\s*\n", text):
            p = " ".join(p.split())
            if len(p) > 200 and not p.startswith((">>>", "...")):
                paras.append(p)
    return paras


def make_book(words: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    chapter = (ROOT / "examples" / "manuscript" / "chapter-3.md").read_text("utf-8")
    body = chapter.split("## Notes")[0].split("\n\n")[1:]
    prose = english_prose()
    out: list[str] = []
    count = 0
    while count < words:
        para = rng.choice(body) if rng.random() < 0.3 else rng.choice(prose)
        for a, b in NAMES:
            if rng.random() < 0.5:
                para = para.replace(a, b)
        out.append(para)
        count += len(para.split())
    return "\n\n".join(out) + "\n"


def false_alarms(paths: list[Path]) -> list[tuple[str, int, int, list[str]]]:
    from bukva.checker.check import check_text

    results = []
    texts = [("Python documentation (pydoc_data.topics)", "\n\n".join(english_prose()))]
    texts += [(str(p), p.read_text("utf-8", errors="replace")) for p in paths]
    style = {"ru": "ala-lc-book", "zh": "pinyin"}
    for name, text in texts:
        findings = check_text(text, style, markdown=False)
        results.append(
            (
                name,
                len(text.split()),
                len(findings),
                sorted({f"{f.rule}: {f.text}" for f in findings})[:20],
            )
        )
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=150_000)
    ap.add_argument("--english", type=Path, nargs="*", default=[])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "book.md"
        book.write_text(make_book(args.words), "utf-8")
        (Path(tmp) / "bukva.toml").write_text(
            (ROOT / "examples" / "manuscript" / "bukva.toml").read_text("utf-8"), "utf-8"
        )
        n = len(book.read_text("utf-8").split())
        t0 = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-m", "bukva", "check", str(book), "--output-format", "json"],
            capture_output=True,
            text=True,
        )
        elapsed = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        import json

        summary = json.loads(out.stdout)["summary"]
    print(
        f"book: {n:,} words; bukva check: {elapsed:.2f} s wall (one process, start-up and "
        f"model loading included), peak memory {peak:.0f} MB; {summary['findings']} findings"
    )
    print()
    print("| English text | words | findings (false alarms) |")
    print("|---|---:|---:|")
    for name, words, count, examples in false_alarms(args.english):
        print(f"| {name} | {words:,} | {count} |")
        for e in examples:
            print(f"|   {e} | | |")


if __name__ == "__main__":
    main()
