"""The check is linear in text length: one long paragraph, doubled and doubled again.

    python benchmarks/bench_check_linear.py

Three kinds of paragraph, each at 63k, 126k and 252k characters, checked in one call against
the example book's house style: running Cyrillic (benchmarks/corpus.py, no line breaks, every
name of the familiar list repeated through it), the same romanized by BGN/PCGN (every word a
finding), and one Cyrillic run with no punctuation at all. Linear means the seconds double with
the length (ratio about 2.0 per row).
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import russian_text


def main() -> None:
    from bukva import romanize
    from bukva.checker.check import check_text

    style = {
        "ru": "ala-lc-book",
        "zh": "pinyin",
        "include": ["familiar-russian", "familiar-chinese"],
        "exceptions": {"Юдин": "Yudin"},
    }
    check_text("warm up: Mikoian", style)
    base = russian_text(260_000).replace("\n", " ")
    kinds = {
        "Cyrillic paragraph": lambda n: (base[:n] + " Хрущёв Микоян Юдин" * (n // 2000))[:n],
        "BGN/PCGN paragraph": lambda n: romanize(base[:n], system="bgn-pcgn"),
        "one Cyrillic run": lambda n: re.sub(r"[^\u0400-\u04ff ]", "", base)[:n],
    }
    print(f"{'paragraph':22} {'chars':>8} {'seconds':>8} {'ratio':>6} {'findings':>9}")
    for name, make in kinds.items():
        last = None
        for n in (63_000, 126_000, 252_000):
            text = make(n)
            t = time.perf_counter()
            found = check_text(text, style, markdown=False)
            took = time.perf_counter() - t
            ratio = f"{took / last:.2f}" if last else "-"
            print(f"{name:22} {len(text):8,} {took:8.2f} {ratio:>6} {len(found):9,}")
            last = took


if __name__ == "__main__":
    main()
