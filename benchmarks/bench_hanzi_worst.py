"""Chinese romanization cost per character on hostile input, against running text.

    python benchmarks/bench_hanzi_worst.py ../shared/data/cpp-polyphones --chars 20000

Running text is the CPP dev sentences; the hostile inputs are as long: random rare characters
(CJK Extension A and B, which jieba's tagging HMM has no states for), one common character
repeated, one rare character repeated, and rare characters interleaved with common ones. Each is
romanized in one call (ALA-LC, as `bukva romanize` does); the figure is characters a second and
the slowdown against running text (the target: within 3x).
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cpp", type=Path)
    ap.add_argument("--chars", type=int, default=20_000)
    args = ap.parse_args()
    import bukva

    sentences = (args.cpp / "dev.sent").read_text("utf-8").replace("▁", "").splitlines()
    running = "".join(sentences)[: args.chars]
    rng = random.Random(7)
    ext_a = [chr(c) for c in range(0x3400, 0x4DB6)]
    ext_b = [chr(c) for c in range(0x20000, 0x2A6D7)]
    common = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年"
    inputs = {
        "running text (CPP dev)": running,
        "random rare (Ext. A/B)": "".join(rng.choice(ext_a + ext_b) for _ in range(args.chars)),
        "one common character": "的" * args.chars,
        "one rare character": "\u3400" * args.chars,
        "rare and common mixed": "".join(
            rng.choice(ext_a) if k % 2 else rng.choice(common) for k in range(args.chars)
        ),
    }
    bukva.romanize("中国", lang="zh")  # load the models first
    base = None
    print(f"{'input':28} {'chars/s':>10} {'÷ running':>10}")
    for name, text in inputs.items():
        t = time.perf_counter()
        bukva.romanize(text, lang="zh")
        rate = len(text) / (time.perf_counter() - t)
        base = base or rate
        print(f"{name:28} {rate:10,.0f} {base / rate:9.2f}x")


if __name__ == "__main__":
    main()
