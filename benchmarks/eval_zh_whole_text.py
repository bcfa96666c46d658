"""A Chinese text romanized whole against its lines romanized one call each.

    python benchmarks/eval_zh_whole_text.py ../shared/data/cpp-polyphones [--limit 4000]

`bukva romanize FILE`, `bukva batch` on a long field and the service on a pasted page send
many lines in one call; the checker, MARC fields and most API users send one line. The two
must agree: a line reads the same wherever it stands. The CPP dev sentences (fragments of
Wikipedia, some opening with the close of an earlier quotation, some with no full stop) are
joined by line breaks, romanized whole in each system, and compared line by line with one call
per sentence. Prints how many lines differ, and the first few.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--limit", type=int, default=4000)
    ap.add_argument("--show", type=int, default=3)
    args = ap.parse_args()
    import bukva

    lines = (args.folder / "dev.sent").read_text("utf-8").splitlines()[: args.limit]
    sents = [s.replace("▁", "") for s in lines]
    for system in ("pinyin", "ala-lc", "wade-giles"):
        whole = bukva.romanize("\n".join(sents), lang="zh", system=system).split("\n")
        each = [bukva.romanize(s, lang="zh", system=system) for s in sents]
        differ = [(s, a, b) for s, a, b in zip(sents, whole, each, strict=True) if a != b]
        print(f"{system}: {len(differ)} of {len(sents)} lines read otherwise in the whole text")
        for s, a, b in differ[: args.show]:
            print(f"  {s}\n    whole: {a}\n    alone: {b}")


if __name__ == "__main__":
    main()
