"""bukva's polyphone accuracy on the CPP dev split, one call per sentence (no peers needed).

python benchmarks/cpp_readings.py ../shared/data/cpp-polyphones
"""

from __future__ import annotations

import sys
import time
from pathlib import Path


def main() -> None:
    import bukva

    folder = Path(sys.argv[1])
    sentences = (folder / "dev.sent").read_text("utf-8").splitlines()
    labels = (folder / "dev.lb").read_text("utf-8").splitlines()
    tones = toneless = 0
    start = time.perf_counter()
    for sentence, label in zip(sentences, labels, strict=True):
        at = sentence.index("▁")
        got = bukva.readings(sentence.replace("▁", ""))[at] or ""
        want = label.replace("u:", "ü")
        tones += got == want
        toneless += got.rstrip("12345") == want.rstrip("12345")
    n = len(sentences)
    print(
        f"{n} sentences: with tones {tones / n:.2%}, without {toneless / n:.2%}, "
        f"{time.perf_counter() - start:.1f} s"
    )


if __name__ == "__main__":
    main()
