"""`convert` on a long Russian text: characters a second.

    python benchmarks/bench_convert.py

The text: 20,000 of the 5,000 commonest Russian words (wordfreq), every twelfth capitalised,
with a Chinese or Soviet name every 40 words (Мао Цзэдун, Пекине, Гао Гана, Микоян ...);
converted once from Palladius to pinyin after a warm-up call. Run it on another commit with
PYTHONPATH to compare.
"""

from __future__ import annotations

import random
import time

NAMES = ["Мао Цзэдун", "Чжоу Эньлай", "Пекине", "Гао Гана", "Микоян", "Лю Шаоци"]


def text() -> str:
    from wordfreq import top_n_list

    rng = random.Random(3)
    words = top_n_list("ru", 5000)
    parts = []
    for i in range(20000):
        w = rng.choice(words)
        parts.append(w.capitalize() if i % 12 == 0 else w)
        if i % 40 == 0:
            parts.append(rng.choice(NAMES))
    return " ".join(parts)


def main() -> None:
    import bukva

    sample = text()
    bukva.convert(sample[:2000], "palladius")
    start = time.perf_counter()
    bukva.convert(sample, "palladius")
    took = time.perf_counter() - start
    print(f"{len(sample):,} characters in {took:.2f} s: {len(sample) / took:,.0f} a second")


if __name__ == "__main__":
    main()
