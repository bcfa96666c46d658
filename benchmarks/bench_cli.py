"""The command line against the library on one large file: wall time and peak memory.

    python benchmarks/bench_cli.py --chars 10500000

The text is benchmarks/corpus.py's running Russian. The library is timed on the whole string
(``bukva.romanize``, as a program that already holds the text would call it); the command is
timed as a user runs it, start-up included (``bukva romanize FILE -o OUT``), with its peak
resident memory from /usr/bin/time. Both outputs must be identical.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import russian_text


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--chars", type=int, default=10_500_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    import bukva

    text = russian_text(args.chars)
    if not text.endswith("\n"):
        text += "\n"
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.txt", Path(tmp) / "out.txt"
        src.write_text(text, "utf-8")
        lib, cli, rss = [], [], []
        for _ in range(args.repeat):
            t = time.perf_counter()
            expected = bukva.romanize(text, lang="auto")
            lib.append(time.perf_counter() - t)
            t = time.perf_counter()
            run = subprocess.run(
                [
                    "/usr/bin/time",
                    "-f",
                    "%M",
                    sys.executable,
                    "-m",
                    "bukva",
                    "romanize",
                    str(src),
                    "-o",
                    str(out),
                ],
                capture_output=True,
                text=True,
                check=True,
            )
            cli.append(time.perf_counter() - t)
            rss.append(int(re.findall(r"^(\d+)$", run.stderr, re.M)[-1]) / 1024)
        same = out.read_text("utf-8") == (expected if expected.endswith("\n") else expected + "\n")
    n = len(text)
    best_lib, best_cli = min(lib), min(cli)
    print(f"{n:,} characters; outputs identical: {same}")
    print(
        f"library  {n / best_lib / 1e6:6.2f} M chars/s  (best of {args.repeat}: {best_lib:.2f} s)"
    )
    print(
        f"command  {n / best_cli / 1e6:6.2f} M chars/s  (best of {args.repeat}: {best_cli:.2f} s,"
        f" start-up included; peak RSS {max(rss):.0f} MB)"
    )
    print(f"command ÷ library speed: {best_lib / best_cli:.2f}")


if __name__ == "__main__":
    main()
